"""Who "I" and "we" are in an interview or transcript.

An interview prints its turns under labels: "SP: Your turn finally came." and "VL: We
lifted off on the twenty-fifth." When a label is the initials ("VL") or the surname
("LYAKHOV", "Lyakhov") of exactly one person the text names, that person is who "I", "me",
"we" and "us" stand for in their own turns, and who "you" and "your" stand for in the other
speakers' turns. :func:`speaker_references` returns those words as references to that
person, so that "We flew about a month after them" is a launch of theirs and "By your third
flight, in 1988" a flight of theirs.
"""

from __future__ import annotations

import re
from collections import Counter

from sleuth.model import Mention

# A turn's label at the start of a line: "VL:", "Q:", "LYAKHOV:", "Petrov:"
_TURN_RE = re.compile(r"^[ \t]*(?P<label>[A-Z]{1,4}|[A-Z][A-Za-z'’-]{2,30}):[ \t]+",
                      re.MULTILINE)
_SELF_RE = re.compile(r"\b(?:I|me|[Ww]e|us)\b")
_OTHER_RE = re.compile(r"\b[Yy]ou(?:r)?\b")
MIN_TURNS = 2  # a label seen once is no interview's


def speaker_references(text: str, mentions: list[Mention]) -> list[Mention]:
    """References to the person an interview's turns are labelled with: "I", "me", "we"
    and "us" in their turns, "you" and "your" in the others' (see the module docstring)."""
    if ":" not in text:
        return []
    turns = list(_TURN_RE.finditer(text))
    counts = Counter(t.group("label") for t in turns)
    people = [m for m in mentions if m.kind == "person" and m.via == "name"]
    speakers = {label: person for label in counts if counts[label] >= MIN_TURNS
                and (person := _labelled(label, people)) is not None}
    if len(speakers) != 1:
        return []  # nobody, or several: whose "we" it is would be a guess
    [(label, person)] = speakers.items()
    out = []
    for turn, following in zip(turns, [*turns[1:], None], strict=True):
        end = following.start() if following is not None else len(text)
        words = _SELF_RE if turn.group("label") == label else _OTHER_RE
        out += [Mention(m.start(), m.end(), person.entity_id, person.name, "person",
                        m.group(), via="reference", female=person.female)
                for m in words.finditer(text, turn.end(), end)]
    return out


def _labelled(label: str, people: list[Mention]) -> Mention | None:
    """The one person a label names, by initials ("VL") or surname ("LYAKHOV")."""
    found = {p.entity_id: p for p in people if label.upper() in _labels_of(p.name)}
    return next(iter(found.values())) if len(found) == 1 else None


def _labels_of(name: str) -> tuple[str, str]:
    words = name.split()
    return "".join(w[0] for w in (words[0], words[-1])).upper(), words[-1].upper()
