"""Split text into paragraphs and sentences, as ``(start, end)`` code-point spans.

Spans index the text exactly as given (no normalization), so a caller can slice
``text[start:end]`` and map anything it finds back to the source.

The sentence splitter is rule based and built for hard-wrapped articles and book scans:

* a single newline inside a paragraph is just a space ("wel-\\ncomed" stays one sentence);
* a blank line ends a sentence, unless it is a spurious break in the middle of one (the text
  before has no final punctuation and the text after starts in lower case or with a comma);
* a newline ends a sentence when the next line is indented more (an indented paragraph), is
  a list item, when the current line looks like a heading (short, capitalised, no final
  punctuation, followed by a capitalised line; a short numbered line may have more words),
  or when either line is a table row (starts with "|");
* a bar between two labelled fields of a line ends a sentence ("Launched: 6 Aug 1961 |
  Landed: 8 Aug 1961");
* ``.``, ``!``, ``?`` and ``…`` end a sentence when followed by white space and a capital,
  digit or opening quote, except after abbreviations ("U.S.", "Mr.", "No.", "e.g."), single
  initials ("J. McDowell") and inside decimals ("83.6").
"""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    """
    mr. mrs. ms. dr. prof. st. mt. ft. no. nos. vol. vols. fig. figs. p. pp. ch. sec. art.
    approx. ca. c. cf. vs. viz. al. ed. eds. jr. sr. gen. col. lt. capt. cmdr. cdr. maj.
    sgt. adm. gov. sen. rep. rev. hon. pres. dept. univ. assn. est. jan. feb. mar. apr. jun.
    jul. aug. sep. sept. oct. nov. dec. mon. tue. tues. wed. thu. thur. thurs. fri. sat.
    sun.
    """.split()  # noqa: SIM905 - a word list reads best as text
)
"""Lower-cased abbreviations (with their period) after which a period does not end a sentence."""

_MAX_TOKEN = 40
_LONG_WORD = max(map(len, ABBREVIATIONS))  # letters this many make a longer word, period and all
_HEADING_MAX_CHARS = 60
_HEADING_MAX_WORDS = 8
_FUNCTION_WORDS = frozenset(
    """
    a an the of and or to in on for with by at from as that which than but nor
    aboard into onto inside after before during via between is was were are has had
    its his her their who whose
    """.split()  # noqa: SIM905 - a word list reads best as text
)

_FIELD_SEPARATOR = re.compile(r"\s[·•|]\s")
# An entry's label and number opening its title: "Lot 207. ", "Exhibit 12: ", "Stop 7 - "
_NUMBERED_ENTRY = re.compile(r"[A-Z][A-Za-z]+\.?[ \t]+\d{1,4}[A-Za-z]?"
                             r"(?:[.:][ \t]|[ \t]+[-–—][ \t])")
# A chapter's time opening its heading in an episode's notes: "00:44:20 — "
_CHAPTER_TIME_RE = re.compile(r"(?:\d{1,2}:)?\d{1,2}:\d\d[ \t]+[-–—][ \t]+")
_BLANK_RE = re.compile(r"\n[^\S\n]*\n\s*")
# Final punctuation (and closing quotes) before white space, or a footnote mark after a
# period ("orbit.12 Next"). Written to start with a character class so that the regex engine
# can skip ahead to candidate characters instead of trying every position.
# (a footnote marker may follow: "… spaceflight.[17] From 1995 …", "….[citation needed]")
_TERMINAL_RE = re.compile(r"[.!?…](?:[.!?…]*[\"'”’»)\]]*(?:\[[^\[\]\n]{1,30}\])*(?=\s)|"
                          r"(?<=[a-z)]\.)\d{1,3}(?=\s))")
_NEXT_RE = re.compile(r"\s*(\S)")
# Words that open sentences and are no one's surname.
_SENTENCE_OPENER_RE = re.compile(r"\s+(?:The|A|An|It|Its|This|That|These|Those|They|He|She|"
                                 r"We|In|On|At|After|Before|But|And|Then|When|While)\b"
                                 r"(?!\.)")  # ("A. A. Leonov": an initial, not the article)
_THE_BEFORE = re.compile(r"\b[Tt]he\s\Z")
# (and the two-letter initials of Russian names: "Gagarin Yu. A.", "Khrunov Ye. V.", and
# hyphened French ones: "J.-L. Chrétien")
_INITIALISM_RE = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z]\.(?:-[A-Za-z]\.)?|"
                            r"(?:Yu|Ya|Ye|Yo|Zh|Ch|Sh|Kh|Ts)\.")
# (a diff's added line, "+ …", is one too, as its removed line, "- …", is)
_LIST_ITEM_RE = re.compile(r"[ \t]*(?:[-+*•‣▪–]|\d{1,3}[.)])[ \t]")
# A timeline's entry: a year (or a range of years) and a dash or colon ("1981-89 - Flight
# director", "1977: Soyuz 25 …")
# "1961 - …", "1961: …", and a year set in a column ("1961   12 April - Gagarin …")
_TIMELINE_ENTRY_RE = re.compile(
    r"[ \t]*\d{4}(?:[-–/]\d{2,4})?(?:[ \t]*(?:[-–—|][ \t]|:)|(?:[ \t]{2,}|\t)\S)|"
    # a full date in any order before its entry: "4 Oct 1959 — …", "12.04.1961 — …",
    # "March 18th, 1965  First spacewalk", "2001, 23 March — …"
    r"[ \t]*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d\d-\d\d|"
    r"\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{2,8}\.?,?[ \t]+\d{4}|"
    r"[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4}|"
    r"\d{4},?[ \t]+(?:\d{1,2}[ \t]+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}))"
    r"(?:[ \t]*(?:[-–—|][ \t]|:[ \t])|[ \t]{2,}\S)")
# A quiz's choices on one line: "A) Vanguard 1  B) Sputnik 1  C) Explorer 1"
CHOICES_RE = re.compile(r"[ \t]*\(?[Aa][).][ \t]+\S.*?[ \t]\(?[Bb][).][ \t]+\S")
_STARTERS = "“‘\"'([«#"
_CLOSERS = "\"'”’»)]"
_ENDERS = ".!?…"


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the paragraphs of ``text``: runs of non-blank lines, trimmed of white space."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BLANK_RE.finditer(text):
        add_trimmed(text, start, m.start(), spans)
        start = m.end()
    add_trimmed(text, start, len(text), spans)
    return spans


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text`` (see the module docstring for the rules)."""
    cuts: set[int] = set()
    _blank_line_cuts(text, cuts)
    _line_cuts(text, cuts)
    _field_cuts(text, cuts)
    _punctuation_cuts(text, cuts)
    spans: list[tuple[int, int]] = []
    start = 0
    for cut in sorted(cuts):  # add_trimmed, inline: there is a span per sentence
        chunk = text[start:cut]
        stripped = chunk.strip()
        if stripped:
            left = cut - len(chunk.lstrip())
            spans.append((left, left + len(stripped)))
        start = cut
    add_trimmed(text, start, len(text), spans)
    return spans


def add_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Append to ``spans`` the span of ``text[start:end]`` trimmed of white space, if any
    text is left."""
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        left = start + len(chunk) - len(chunk.lstrip())
        spans.append((left, left + len(stripped)))


def _ends_sentence(before: str) -> bool:
    """True when ``before`` (already right-stripped) ends with final punctuation."""
    return before.rstrip(_CLOSERS)[-1:] in tuple(_ENDERS) if before else True


def _blank_line_cuts(text: str, cuts: set[int]) -> None:
    for m in _BLANK_RE.finditer(text):
        nxt = text[m.end() : m.end() + 1]
        if nxt and (nxt.islower() or nxt in ",;:)]"):
            before = text[max(0, m.start() - 8) : m.start()].rstrip()
            if not _ends_sentence(before):
                continue  # a stray blank line in the middle of a sentence
        cuts.add(m.start())


def _looks_like_heading(line: str) -> bool:
    stripped = line.strip()
    numbered = _NUMBERED_ENTRY.match(stripped) is not None
    if not stripped or len(stripped) > _HEADING_MAX_CHARS * (2 if numbered else 1):
        return False
    first = stripped[0]
    if not (first.isupper() or first.isdigit() or first in _STARTERS):
        return False
    if stripped[-1] in _ENDERS + ",;:-–—" or _ends_sentence(stripped):
        return False
    words = stripped.split()
    if words[-1].lower() in _FUNCTION_WORDS:
        return False
    if chapter := _CHAPTER_TIME_RE.match(stripped):  # "00:44:20 — Mir, Soyuz T-15 and …"
        words = stripped[chapter.end():].split()
    # "EXHIBIT 13 · Buran orbiter model 1:15 and RD-170 engine": fields a label separates;
    # "Lot 207. Interkosmos: three covers flown to Salyut 6, 1978": a numbered entry's title
    return len(words) <= _HEADING_MAX_WORDS * (2 if numbered else 1) or (
        _FIELD_SEPARATOR.search(stripped) is not None)


def _short_list_item(line: str) -> bool:
    """A short numbered or bulleted line without final punctuation ("9. Salyut 1 (model)
    and a Soyuz 11 menu card"): a caption's heading, however many words it has."""
    stripped = line.strip()
    return (len(stripped) <= _HEADING_MAX_CHARS and _LIST_ITEM_RE.match(line) is not None
            and not _ends_sentence(stripped) and stripped[-1] not in ",;:-–—"
            and stripped.rsplit(None, 1)[-1].lower() not in _FUNCTION_WORDS)


# A bar between two labelled fields of one line: "Launched: 6 Aug 1961 | Landed: 8 Aug 1961"
# (it opens with its literal " |", which the regex engine looks for quickly)
_FIELD_BAR = re.compile(r" \|[ \t]+(?=[A-Z][\w.()/-]*(?:[ \t][\w.()/-]+){0,3}:[ \t])")


def _field_cuts(text: str, cuts: set[int]) -> None:
    """Cut a line of labelled fields at each bar before a label: each field is a sentence
    of its own, so a date goes with its own label ("Landed: 8 Aug 1961"), not the first."""
    if "|" not in text:
        return
    for bar in _FIELD_BAR.finditer(text):
        if bar.start() > 0 and not text[bar.start() - 1].isspace():
            cuts.add(bar.start())
            cuts.add(bar.end())


def _line_cuts(text: str, cuts: set[int]) -> None:
    lines = text.split("\n")
    pos = 0
    for i in range(len(lines) - 1):
        line, nxt = lines[i], lines[i + 1]
        end = pos + len(line)
        pos = end + 1
        nxt_body = nxt.lstrip()
        if not line.strip() or not nxt_body:
            continue  # blank lines are handled by _blank_line_cuts
        first = nxt_body[0]
        capital = first.isupper() or first.isdigit() or first in _STARTERS
        indent = len(nxt) - len(nxt_body)
        if (
            (capital and indent > len(line) - len(line.lstrip()))
            or _LIST_ITEM_RE.match(nxt)
            or _TIMELINE_ENTRY_RE.match(nxt)
            or (capital and (_looks_like_heading(line) or _short_list_item(line)))
            or first == "|" or line.lstrip().startswith("|")
            or " | " in line or " | " in nxt  # rows of a plain-text list
            or CHOICES_RE.match(line) or CHOICES_RE.match(nxt)
        ):
            cuts.add(end)


def _punctuation_cuts(text: str, cuts: set[int]) -> None:
    for m in _TERMINAL_RE.finditer(text):
        end = m.end()  # white space follows
        c = text[end + 1 : end + 2]
        if not c or c.isspace():  # more than one white space character
            nm = _NEXT_RE.match(text, end)
            if nm is None:
                continue
            c = nm.group(1)
        if not (c.isupper() or c.isdigit() or c in _STARTERS):
            continue
        mark = m.group().partition("[")[0]  # (the footnote marker aside)
        if mark[0] == "." and mark.rstrip(_CLOSERS) == "." and not _period_ends(text, m.start()):
            continue
        cuts.add(m.end())


def _period_ends(text: str, dot: int) -> bool:
    """Whether the single period at ``dot`` ends a sentence (not an abbreviation or initial)."""
    if dot >= _LONG_WORD and text[dot - _LONG_WORD : dot].isalpha():
        return True  # after a word longer than any abbreviation, and not an initialism
    if dot and text[dot - 1].isdigit():
        item = _LIST_ITEM_RE.match(text, text.rfind("\n", 0, dot) + 1)
        if item is not None and item.end() == dot + 2:
            return False  # "9. Salyut 1 …": a list item's number (the pattern ends in one space)
    if dot == 0 or not "a" <= text[dot - 1].lower() <= "z":
        # Abbreviations and initials end in an ASCII letter and a period; what stands
        # before this one lowers to no such letter (a longer lowering may, so goes on).
        return True
    lo = max(0, dot - _MAX_TOKEN)
    ws = max(text.rfind(" ", lo, dot), text.rfind("\n", lo, dot), text.rfind("\t", lo, dot))
    token = text[max(ws + 1, lo) : dot + 1].lstrip(_STARTERS)
    if token.lower() in ABBREVIATIONS:
        # "around the Sun." is the star, not Sunday
        return token.lower() == "sun." and bool(_THE_BEFORE.search(text, max(0, ws - 4), ws + 1))
    if _INITIALISM_RE.fullmatch(token):
        # an initial comes before a name, never before "The" or "It": "Saturn V. The two
        # ships" ends at the numeral; nor at the end of a short line of its own ("Stop 9.
        # Salyut 7 and the Soyuz T." over the stop's text)
        return _SENTENCE_OPENER_RE.match(text, dot + 1) is not None or _line_of_its_own(
            text, dot)
    return True


def _line_of_its_own(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` ends a short line of a few words that opens its
    paragraph (a heading or a caption, not a hard-wrapped line of prose)."""
    line_start = text.rfind("\n", 0, dot) + 1
    line = text[line_start:dot]
    return (text.startswith("\n", dot + 1) and len(line) < _HEADING_MAX_CHARS
            and len(line.split()) <= _HEADING_MAX_WORDS and "," not in line
            and (line_start == 0 or text[max(0, line_start - 2):line_start].strip() == ""))


def sentence_around(text: str, start: int, stop: int, ends: re.Pattern[str], reach: int
                    ) -> tuple[int, int]:
    """Rough bounds of the sentence ``text[start:stop]`` is in: from the last match of
    ``ends`` before ``start`` to the first after ``stop``, at most ``reach`` characters
    either side. For a look at the words around a name or a date, not a full split
    (:func:`sentences`)."""
    left = max(0, start - reach)
    before = [m.end() for m in ends.finditer(text, left, start)]
    right = ends.search(text, stop, stop + reach)
    return (before[-1] if before else left), (
        right.start() if right else min(len(text), stop + reach))
