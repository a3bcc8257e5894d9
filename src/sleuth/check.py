"""``sleuth.check``: the one code path from text to judged claims.

The CLI, the web application and corpus mode all call :func:`check` (or a
:class:`Checker` they keep for many documents). A check is a pure function of a catalog
snapshot and a text, so documents can be checked in parallel workers.
"""

from __future__ import annotations

import gc
import re
from dataclasses import replace
from itertools import pairwise

from sleuth.catalog.store import Catalog
from sleuth.claims.descriptions import FirstDescriptions
from sleuth.claims.errata import ERRATUM, Correction, corrections
from sleuth.claims.extract import Candidate, extract, quoted_copies
from sleuth.claims.mentions import Gazetteer
from sleuth.claims.patronymics import first_name_mentions, patronymic_mentions
from sleuth.model import Claim, DocumentReport, Report
from sleuth.text.document import Document
from sleuth.verify.judge import Judge


class Checker:
    """A catalog snapshot compiled for checking: the name automaton and the judge."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.gazetteer = Gazetteer(catalog)
        self.judge = Judge(catalog)
        self.descriptions = FirstDescriptions(catalog)
        # The compiled tables live as long as the process; moving them (and everything
        # loaded so far) out of the cyclic collector's generations keeps its full
        # collections from rescanning them while documents are checked.
        gc.freeze()

    def check_text(self, text: str, path: str = "<text>") -> DocumentReport:
        """Find, link and judge every checkable claim in ``text``."""
        read, where = without_link_targets(*joined_hard_wraps(*without_caption_timings(
            without_box_frames(without_key_leaders(unified_line_ends(text))))))
        read = without_reporting_asides(without_quoted_fragments(without_name_quotes(
            without_markdown_marks(read))))
        mentions = self.gazetteer.find(read)
        # names the gazetteer cannot know, each finder seeing the mentions before it: "the
        # first woman in space", then "Valentina Vladimirovna", then "Valentina"
        for finder in (self.descriptions.find, patronymic_mentions, first_name_mentions):
            if found := finder(read, mentions):
                mentions = sorted([*mentions, *found], key=lambda m: m.start)
        copies = quoted_copies(read)  # "> went up on Soyuz TM-11 on 2 December 1991"
        candidates = extract(read, mentions, copies)
        if fixes := corrections(read):
            candidates = self._read_in_place(read, candidates, fixes)
        self.judge.learn_kinds(mentions)
        self.judge.prefetch(c.claim.subject_id for c in candidates if c.claim.subject_id)
        for candidate in candidates:
            self.judge.judge(candidate)
        self.judge.judge_launch_timelines(read, candidates)
        # a claim the judge found names nothing in the catalog ("void") is no claim
        claims = [c.claim for c in candidates if "void" not in c.extra]
        if copies:  # said again where a reply quotes them
            claims = sorted([*claims, *said_again(claims, copies)], key=lambda c: c.start)
        if where is not None:  # offsets index the text as given
            for claim in claims:
                claim.start, claim.end = where[claim.start], where[claim.end - 1] + 1
        if read is not text:  # quotes are of the text as given
            for claim in claims:
                claim.quote = text[claim.start:claim.end]
        return DocumentReport(path, text, claims)

    def _read_in_place(self, text: str, candidates: list[Candidate],
                       fixes: list[Correction]) -> list[Candidate]:
        """``candidates`` with those of each correction's words replaced by the claims
        they make read in place of the printed words they replace (see
        :mod:`sleuth.claims.errata`): "Read: 'reaching an apogee of 372 km'" is about the
        craft of the printed sentence."""
        for fix in fixes:
            reading = fix.reading(text)
            shift = fix.start - fix.kept
            placed = []
            for candidate in extract(reading, self.gazetteer.find(reading)):
                claim = candidate.claim
                if claim.end <= fix.kept:
                    continue  # the printed words'
                claim.start, claim.end = max(claim.start, fix.kept) + shift, claim.end + shift
                claim.quote = text[claim.start:claim.end]
                placed.append(candidate)
            if placed:  # (else what the words say on their own stands)
                candidates = [c for c in candidates
                              if not fix.start <= c.claim.start < fix.end] + placed
        return sorted(candidates, key=lambda c: c.claim.start)

    def check_documents(self, documents: list[Document]) -> Report:
        return Report([self.check_text(d.text, d.path) for d in documents])


def said_again(claims: list[Claim], copies: list[tuple[int, int, int, int]]) -> list[Claim]:
    """The ``claims`` said again in lines that quote them (:func:`quoted_copies`), each at
    the quoting line with the verdict it has where it was first said: a reply's "> went up
    on Soyuz TM-11 on 2 December 1991" is as wrong there as in the line it quotes."""
    again = []
    for _, line_end, words, first in copies:
        length, shift = line_end - words, words - first
        for claim in claims:
            if first <= claim.start and claim.end <= first + length:
                again.append(replace(claim, start=claim.start + shift, end=claim.end + shift,
                                     evidence=list(claim.evidence)))
    return again


def unified_line_ends(text: str) -> str:
    """``text`` with Windows ("\\r\\n") and old Mac ("\\r") line ends read as "\\n", every
    character where it was: the readers look for lines ending in "\\n", and a claim's
    offsets must still index the text as given. "\\r\\n" becomes " \\n" (a space before
    the line end, which every reader skips), a lone "\\r" becomes "\\n".

    >>> unified_line_ends("1961\\r\\nApr. 12 — …\\r")
    '1961 \\nApr. 12 — …\\n'
    """
    if "\r" not in text:
        return text
    return text.replace("\r\n", " \n").replace("\r", "\n")


# Markdown's bold markers: "**", and "__" at a word's edge (not "snake__case")
BOLD_MARK = re.compile(r"\*\*|(?<!\w)__|__(?!\w)")
# A code span's backticks, one on each side of a short span on one line: "on a `Proton-K`"
# (not a fence's "```")
CODE_SPAN = re.compile(r"(?<!`)`([^`\n]{1,60})`(?!`)")


# A Markdown link or image, its words in brackets and its target in parentheses after
# them: "[Vostok 1](https://en.wikipedia.org/wiki/Vostok_1)", "![the capsule](vostok.jpg
# "Vostok 1")"; or a reference link's label in brackets after them: "[Vostok 1][1]"
MARKDOWN_LINK = re.compile(
    r"!?\[(?P<words>[^\[\]\n]{1,200})\]"
    r"(?:\((?:<[^<>\n]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:[ \t]+\"[^\"\n]*\")?\)"
    r"|\[[^\[\]\n]{1,40}\])")


def without_link_targets(text: str, where: list[int] | None = None
                         ) -> tuple[str, list[int] | None]:
    """``text`` with Markdown links read as their words, and where each of the result's
    characters (and its end) stands in the text as given (``where`` maps ``text`` there,
    if it was read from another already): "**[Vostok 1](https://…/wiki/Vostok_1)** lifted
    off" names Vostok 1 once, where its words are, and a sentence reads on past a link as
    it would past the words alone. A text with no link is returned as it is.

    >>> read, where = without_link_targets("[Vostok 1](https://x.org/Vostok_1) flew")
    >>> read, where[read.index("flew")]
    ('Vostok 1 flew', 35)
    """
    if "](" not in text and "][" not in text:
        return text, where
    cuts = []
    for link in MARKDOWN_LINK.finditer(text):
        cuts += [(link.start(), link.start("words"), ""), (link.end("words"), link.end(), "")]
    if not cuts:
        return text, where
    return spliced(text, cuts, where)


def without_markdown_marks(text: str) -> str:
    """``text`` with Markdown's bold markers and code spans' backticks blanked, every
    character where it was: "Jähn, the **first German in space** and the fourth guest"
    and "launched on a `Proton-K`" read as prose, and a claim's offsets still index the
    text as given.

    >>> without_markdown_marks("the **first woman in space**, on a `Vostok 8K72`")
    'the   first woman in space  , on a  Vostok 8K72 '
    """
    if "**" in text or "__" in text:
        text = BOLD_MARK.sub(lambda m: " " * len(m.group()), text)
    if "`" in text:
        text = CODE_SPAN.sub(lambda m: f" {m.group(1)} ", text)
    return text


# A box drawn around a sidebar in plain text: a rule ("+-----+"), rows ("| … |") with no
# other bar in them (a table's would have), a closing rule
BOX_RULE = re.compile(r"[ \t]*\+[-=+]{3,}\+[ \t]*")
BOX_ROW = re.compile(r"[ \t]*(?P<left>\|)[^|\n]*(?P<right>\|)[ \t]*")
# A run of dots leading a row's eye from its date to its entry: "1957 Oct 4 ...... Sputnik 1"
DOT_LEADER = re.compile(r"(?<=\S )\.{2,}(?= \S)")
# … or from a field's name, which starts its line, to its value: "Pilot ...... Yuri Gagarin"
KEY_LEADER = re.compile(r"^(?P<key>[ \t|]*(?:[*•-][ \t]+)?[A-Z][A-Za-z ,/()'-]{0,39}?[ \t])"
                        r"(?P<dots>\.{3,})(?=[ \t]+\S)", re.MULTILINE)


def without_key_leaders(text: str) -> str:
    """``text`` with each dot leader after a field's name made the colon of a "Key: value"
    line, every other character where it was: a fact file's "Pilot ........ Yuri Gagarin"
    reads as "Pilot: Yuri Gagarin" does.

    >>> without_key_leaders("Rocket ...... Vostok")
    'Rocket :      Vostok'
    """
    if "..." not in text:
        return text
    return KEY_LEADER.sub(lambda m: m["key"] + ":" + " " * (len(m["dots"]) - 1), text)


def without_box_frames(text: str) -> str:
    """``text`` with the frames of plain-text boxes blanked, every character where it was:
    a boxed timeline's or glossary's rows read as the lines they frame, and a dot leader in
    a row as the dash a timeline puts between a date and its entry.

    >>> without_box_frames("+------+\\n| 1961 .. Vostok 1 |\\n+------+")
    '        \\n  1961 —  Vostok 1  \\n        '
    """
    if "+--" not in text and "+==" not in text:
        return text
    lines = text.split("\n")
    out = list(lines)
    rules = [i for i, line in enumerate(lines) if BOX_RULE.fullmatch(line)]
    for top, bottom in pairwise(rules):
        rows = [BOX_ROW.fullmatch(line) for line in lines[top + 1:bottom]]
        if not rows or not all(rows):
            continue
        out[top], out[bottom] = " " * len(lines[top]), " " * len(lines[bottom])
        for i, row in enumerate(rows, top + 1):
            line = lines[i]
            assert row is not None  # (all rows matched)
            left, right = row.start("left"), row.start("right")
            line = f"{line[:left]} {line[left + 1:right]} {line[right + 1:]}"
            out[i] = DOT_LEADER.sub(lambda m: "—" + " " * (len(m.group()) - 1), line)
    return "\n".join(out)


# A name in quotation marks, as Russian writes its ships and rockets ("the ship «Soyuz-1»",
# 'by the carrier rocket "Proton-K"'): one to three capitalised words or numbers
NAME_IN_QUOTES = re.compile(r"(?P<open>\(?)[\"“«](?=[A-Z])"
                            r"(?P<name>[\w.-]+(?:[ \t][A-Z0-9][\w.-]*){0,2})"
                            r"(?<![.])[\"”»](?P<close>[,;:.)]?)")


def without_name_quotes(text: str) -> str:
    """``text`` with the quotation marks around names blanked, every character where it
    was: 'the ship "Soyuz-1" with Komarov' reads as 'the ship Soyuz-1 with Komarov' does,
    and a claim's offsets still index the text as given. Quoted speech and titles with
    small words ("Houses in the Sky") keep their marks. A bracket before the name and
    punctuation after it take the marks' places, so that they touch the name as they would
    unquoted: '("Soyuz-30", 27.06.1978)' reads as ' (Soyuz-30,  27.06.1978)'.

    >>> without_name_quotes('the station "Salut-7" (19.04.1982), «Mir»')
    'the station  Salut-7  (19.04.1982),  Mir '
    >>> without_name_quotes('Hermaszewski M. ("Soyuz-30", 27.06.1978)')
    'Hermaszewski M.  (Soyuz-30,  27.06.1978)'
    """
    if '"' not in text and "“" not in text and "«" not in text:
        return text
    return NAME_IN_QUOTES.sub(
        lambda m: f" {m['open']}{m['name']}{m['close']} ", text)


# Words quoted from another text into the writer's own sentence, starting in lower case:
# 'Kvant-2 "on 26 December 1989"', 'puts Jähn "aboard Soyuz 30 in June"'
QUOTED_FRAGMENT = re.compile(r"[\"“](?=[a-z])[^\"“”\n]{1,300}?[\"”]")
CELL_AFTER = re.compile(r"[\t|]|,(?!\s)")


def without_quoted_fragments(text: str) -> str:
    """``text`` with the quotation marks around quoted fragments blanked, every character
    where it was: a review's 'Kvant-2 "on 26 December 1989"' reads as 'Kvant-2 on 26
    December 1989' does, so the quoted words are read as said of what the sentence names.
    Quotes that open with a capital (a title, a whole sentence said) keep their marks, and
    so do an erratum's ('For "…" read "…"'), which the errata reader needs.

    >>> without_quoted_fragments('Kvant-2 "on 26 December 1989"; "The Beeping Ball"')
    'Kvant-2  on 26 December 1989 ; "The Beeping Ball"'
    """
    if '"' not in text and "“" not in text:
        return text
    errata = [m.span() for m in ERRATUM.finditer(text)] if "ead" in text else []
    chars = list(text)
    for m in QUOTED_FRAGMENT.finditer(text):
        if any(start <= m.start() < end for start, end in errata) or (
                m.start() > 0 and text[m.start() - 1] in ",;\t|") or (
                CELL_AFTER.match(text, m.end())):
            continue  # (a data file's quoted cell: '…,"docked with Apollo",…')
        chars[m.start()] = " "  # (the closing mark still ends a phrase, as a comma would)
    return "".join(chars)


# Who says it, told between a sentence's subject and its verb: "Zvezda, she writes, was
# launched …", "Soyuz 19, we are told, docked …", "Sharma, we read, lifted off …"
REPORTING_ASIDE = re.compile(
    r",[ \t]*(?:(?:she|he|they|we|it|the\s+(?:author|book|writer|text))\s+(?:writes|wrote|"
    r"says|said|claims|claimed|asserts|asserted|states|stated|insists|reports|reported|"
    r"tells\s+us|told\s+us|reads?)|we\s+(?:are|were)\s+told|according\s+to\s+[^,;.\n]{1,40})"
    r"[ \t]*,(?=[ \t]*[\"“]?(?-i:[a-z]))", re.IGNORECASE)


def without_reporting_asides(text: str) -> str:
    """``text`` with asides telling who says it blanked, every character where it was:
    "Zvezda, she writes, was launched on 26 July 2000" reads as "Zvezda was launched …"
    does. What a source is said to say is still a claim as written.

    >>> without_reporting_asides("Zvezda, she writes, was launched in 2000.")
    'Zvezda              was launched in 2000.'
    """
    if "," not in text:
        return text
    return REPORTING_ASIDE.sub(lambda m: " " * len(m.group()), text)


# A subtitle file's cue number and timing lines (SRT's "12" over "00:00:41,970 -->
# 00:00:45,100", WebVTT's "00:41.970 --> 00:45.100 align:start"), with the blank line
# before them
CAPTION_TIMING = re.compile(
    r"(?:\n[ \t]*)*\n(?:[ \t]*\d+[ \t]*\n)?[ \t]*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}[ \t]*-->"
    r"[ \t]*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}[^\n]*(?=\n)")
CAPTION_CUES_MIN = 3  # timing lines that make a text a subtitle file


def without_caption_timings(text: str) -> tuple[str, list[int] | None]:
    """``text`` without a subtitle file's cue numbers and timing lines, and where each of
    the result's characters (and its end) stands in ``text``: a sentence split across cues
    ("a Vostok rocket rose" ¶ "7" ¶ "00:00:12,460 --> 00:00:19,090" ¶ "from Baikonur")
    reads on as one line after another, and its clock times are no dates. A text with
    fewer than :data:`CAPTION_CUES_MIN` timing lines is returned as it is, with no map.

    >>> read, where = without_caption_timings("1\\n00:00:01,000 --> 00:00:02,000\\nVostok 1"
    ...                                       "\\n\\n2\\n00:00:02,100 --> 00:00:03,000\\nflew"
    ...                                       "\\n\\n3\\n00:00:03,100 --> 00:00:04,000\\nonce.")
    >>> read, where[read.index("flew")], where[len(read)]
    ('\\nVostok 1\\nflew\\nonce.', 74, 117)
    """
    if "-->" not in text:
        return text, None
    cues = list(CAPTION_TIMING.finditer("\n" + text))
    if len(cues) < CAPTION_CUES_MIN:
        return text, None
    # (the cues' spans are in "\n" + text)
    return spliced(text, [(max(0, cue.start() - 1), cue.end() - 1, "") for cue in cues])


def spliced(text: str, cuts: list[tuple[int, int, str]], where: list[int] | None = None
            ) -> tuple[str, list[int]]:
    """``text`` with each cut ``(start, end, put)`` (in order, not overlapping) replaced by
    ``put``, and where each of the result's characters (and its end) stands in ``text``:
    a kept character where it was, a put one at its cut's start (or where ``where``, when
    ``text`` was read from another text already, puts that character in the other).

    >>> spliced("Vostok\\n> 1 flew", [(6, 9, " ")])
    ('Vostok 1 flew', [0, 1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 14, 15])
    """
    pieces: list[str] = []
    at: list[int] = []
    kept = 0  # the first character of text not yet passed
    for start, end, put in cuts:
        pieces += [text[kept:start], put]
        at += [*range(kept, start), *[start] * len(put)]
        kept = end
    pieces.append(text[kept:])
    at.extend(range(kept, len(text) + 1))
    return "".join(pieces), at if where is None else [where[i] for i in at]


# A line that starts something of its own, not the rest of the line before: a list item, a
# table row, a heading, a quoted or bracketed line, a label ("NARRATOR:", "From:"), an
# entry opening with its year ("1979 – Soyuz 34 landed")
OWN_LINE_START = re.compile(
    r"[ \t]|[-*•·–—|#+=~_\[(<]|\d+[.)](?:\s|$)|[a-z][.)]\s|\d{3,4}\s*[-–—:]|"
    r"[A-Z][\w .'’()-]{0,40}:(?:\s|$)")
# A line's quote marks, indent and list bullet, which its wrapped continuation repeats or
# leaves blank
LINE_MARGIN = re.compile(
    r"(?P<marks>(?:>[ \t]?)*)(?P<indent>[ \t]*)(?P<bullet>(?:[-*•·]|\d+[.)])[ \t]+)?")
# Columns lined up by a run of spaces or a tab (not two spaces after a full stop), or split by
# a bar, or by two commas or semicolons with no space after them (an export's "4,Vostok
# 2,7 Aug 1961", not "1,000,000"): a table's row, never wrapped
TABLE_ROW = re.compile(r"[^\s.!?:;](?: {2,}|\t)\S|\S[ \t]*\||"
                       r"[,;](?!\d{3}\b)[^\s,;].*?[,;](?!\d{3}\b)[^\s,;]")
# Lines not blank, one after another
WRAP_BLOCK = re.compile(r"^[^\S\n]*\S.*(?:\n[^\S\n]*\S.*)+", re.MULTILINE)
HARD_WRAP_MIN_WIDTH = 40  # a text wrapped narrower than this is verse or a list
HARD_WRAP_MAX_WIDTH = 100  # a line longer than this was not wrapped
HARD_WRAP_RAGGEDNESS = 15  # how much shorter than the text's wrap width a block may be
HARD_WRAP_MIN_JOINS = 3  # wraps that make a text wrapped, at least, and more wraps than it
# has lines too long to be wrapped, …
HARD_WRAP_LOWER_SHARE = 0.4  # … of which this share go on in lower case or with a number
# (a list's next line starts with a capital)


def joined_hard_wraps(text: str, where: list[int] | None = None
                      ) -> tuple[str, list[int] | None]:
    """``text`` with the line breaks of hard-wrapped prose read as spaces, and where each
    of the result's characters (and its end) stands in the text as given (``where``
    maps ``text`` there, if it was read from another already).

    Mail, plain-text digests and old web pages break every paragraph at a fixed width
    (about 72 characters), so "The capsule was" ¶ "recovered the next day" would read as
    two lines. A break is a wrap when the next line's first word would not have fitted on
    the line before (the wrapping program moved it down; the width is the paragraph's
    longest line), and the next line starts nothing of its own (:data:`OWN_LINE_START`)
    but goes on with the same quote marks and indent (``"> "``, a list item's hanging
    indent), which are dropped. Tables and paragraphs much narrower than the text's wrap
    width (:func:`_wrap_width`) are left as they are. A text counts as wrapped when it
    has at least :data:`HARD_WRAP_MIN_JOINS` wraps, more than lines too long to be
    wrapped, and :data:`HARD_WRAP_LOWER_SHARE` of them go on in lower case or with a
    number.

    >>> read, where = joined_hard_wraps("Vostok 1 flew once around the Earth in April\\n"
    ...                                 "1961, and the capsule was recovered.\\n\\n"
    ...                                 "> Titov flew seventeen times around the world\\n"
    ...                                 "> in August 1961 and landed the next day.\\n\\n"
    ...                                 "Tereshkova flew forty-eight times around it\\n"
    ...                                 "in June 1963 on board Vostok 6.\\n")
    >>> print(read)
    Vostok 1 flew once around the Earth in April 1961, and the capsule was recovered.
    <BLANKLINE>
    > Titov flew seventeen times around the world in August 1961 and landed the next day.
    <BLANKLINE>
    Tereshkova flew forty-eight times around it in June 1963 on board Vostok 6.
    <BLANKLINE>
    >>> where[read.index("in August")]
    131
    """
    lengths = [len(line.rstrip()) for line in text.split("\n")]
    unwrapped = sum(n > HARD_WRAP_MAX_WIDTH for n in lengths)
    wrapped_at = _wrap_width(lengths)
    joins: list[tuple[int, int, str]] = []  # (the line's words' end, the next's start, " ")
    lowered = 0  # joins whose next line goes on in lower case (or with a number)
    for block in WRAP_BLOCK.finditer(text):
        lines = block.group().split("\n")
        width = max(len(line.rstrip()) for line in lines)
        if (width < wrapped_at - HARD_WRAP_RAGGEDNESS  # lines all shorter: a list
                or not HARD_WRAP_MIN_WIDTH <= width <= HARD_WRAP_MAX_WIDTH):
            continue
        in_table = [TABLE_ROW.search(line) is not None for line in lines]
        offset = block.start()
        for i, (line, after) in enumerate(pairwise(lines)):
            offset += len(line) + 1
            margin = _continuation_margin(line, after)
            if margin is None or in_table[i] or in_table[i + 1]:
                continue
            rest = after[margin:]
            if (len(line.rstrip()) + 1 + len(rest.split(maxsplit=1)[0]) > width - 3
                    and not OWN_LINE_START.match(rest) and not line.rstrip().endswith(":")
                    and not _heading_or_rule(line) and not _heading_or_rule(rest)):
                # (the line's trailing blanks go too: a Windows line end is read as " \n")
                joins.append((offset - 1 - (len(line) - len(line.rstrip())), offset + margin,
                              " "))
                lowered += not rest[0].isupper()
    if (len(joins) < max(HARD_WRAP_MIN_JOINS, unwrapped)
            or lowered < HARD_WRAP_LOWER_SHARE * len(joins)):
        return text, where
    return spliced(text, joins, where)


def _heading_or_rule(line: str) -> bool:
    """Whether a line is a heading in capitals or a rule of dashes ("FROM SPUTNIK TO THE
    SPACE STATION", "------"), which no wrapped paragraph goes on from or into."""
    words = line.strip()
    return words.isupper() or (len(words) >= 3 and not any(c.isalnum() for c in words))


def _wrap_width(lengths: list[int]) -> int:
    """The width a text's lines of ``lengths`` characters look wrapped at: the greatest
    length, up to :data:`HARD_WRAP_MAX_WIDTH`, that :data:`HARD_WRAP_MIN_JOINS` lines come
    within five characters of (a wrapping program fills most lines nearly to its width)."""
    fitting = sorted(n for n in lengths if n <= HARD_WRAP_MAX_WIDTH)
    for i in range(len(fitting) - 1, HARD_WRAP_MIN_JOINS - 2, -1):
        if fitting[i] - fitting[i - HARD_WRAP_MIN_JOINS + 1] <= 5:
            return fitting[i]
    return 0


def _continuation_margin(line: str, after: str) -> int | None:
    """How many characters open ``after`` as the next line of ``line``'s paragraph: the
    same quote marks ("> "), then the same indent, or the hanging indent under a list
    item's text ("- Vostok 6 flew" ¶ "  in June"); None when ``after`` opens otherwise."""
    margin = LINE_MARGIN.match(line)
    if margin is None:  # the pattern matches every line; this is for the type checker
        return None
    marks, indent, bullet = margin.group("marks", "indent", "bullet")
    if after.startswith(marks):
        at = len(marks)
    elif marks and after.startswith(marks.rstrip()):  # "> " over ">" alone
        at = len(marks.rstrip())
    else:
        return None
    spaces = len(after) - at - len(after[at:].lstrip(" \t"))
    if spaces not in (len(indent), len(indent) + len(bullet or "")):
        return None
    return at + spaces


def checker_for(catalog: Catalog) -> Checker:
    """The :class:`Checker` of a catalog snapshot, compiled once and kept on it."""
    existing = getattr(catalog, "_checker", None)
    if existing is None:
        existing = Checker(catalog)
        catalog._checker = existing  # type: ignore[attr-defined]
    return existing


def check(text: str, catalog: Catalog | None = None, *, path: str = "<text>") -> Report:
    """Check one text against ``catalog`` (default: the catalog built by ``sleuth build``).

    >>> report = check("Yuri Gagarin flew aboard Vostok 1 on April 12, 1961.")
    >>> [(c.property, c.verdict) for c in report.documents[0].claims]
    [('crew', 'supported'), ('launch_date', 'supported')]
    """
    catalog = catalog or Catalog.open()
    return Report([checker_for(catalog).check_text(text, path)])
