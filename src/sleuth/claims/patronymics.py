"""People called by their first name and patronymic, as Russian writing calls them:
"Svetlana Yevgenyevna became the second woman in space" after "Svetlana Savitskaya",
"Yuri Alekseyevich" after "Yuri Gagarin". The catalog's names have no patronymics, so such
a name is the person of that first name the text named last before it. So is a first name
alone, as talk calls people: "Valentina went up two days after Bykovsky" after "Valentina
Tereshkova".
"""

from __future__ import annotations

import re
from dataclasses import replace

from sleuth.model import Mention

# A first name and a patronymic ("Yevgenyevna", "Arkhipovich", "Ilyich")
FIRST_AND_PATRONYMIC = re.compile(
    r"\b(?P<first>[A-Z][a-z]+)[ \t]+[A-Z][a-z]+(?:ovich|evich|ilich|ilyich|ovna|evna|ichna)\b"
    r"(?![ \t]+[A-Z])")  # (a surname after it: "Vladimir Alexandrovich Dzhanibekov")
# Spellings of one first name: "Alexei"/"Aleksei", "Yuri"/"Yury"
_SPELLING = (("ks", "x"), ("y", "i"), ("j", "i"))


def _folded(first: str) -> str:
    folded = first.lower()
    for spelled, common in _SPELLING:
        folded = folded.replace(spelled, common)
    return folded


def patronymic_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions of the people ``text`` calls by first name and patronymic, each the last
    person of that first name in ``mentions`` (the text's, in order) before it. A full
    name with the patronymic in it ("Yuri Alekseyevich Gagarin") is the surname's."""
    if not any(ending in text for ending in ("vich", "lich", "vna", "ichna")):
        return []  # (most texts have no patronymic: a look for their endings is cheap)
    people = [m for m in mentions if m.kind == "person"]
    out: list[Mention] = []
    for called in FIRST_AND_PATRONYMIC.finditer(text):
        if any(p.start < called.end() and called.start() < p.end for p in people):
            continue
        first = _folded(called.group("first"))
        person = next((p for p in reversed(people) if p.end <= called.start() and any(
            _folded(name.split()[0]) == first for name in (p.name, p.alias) if name)), None)
        if person is not None:
            out.append(replace(person, start=called.start(), end=called.end(),
                               alias=called.group(), via="name"))
    return out


# First names that are also words or places: "the German cosmonaut", "in May", the city of
# Vladimir
_NOT_FIRST_NAMES = frozenset({"german", "may", "mark", "max", "will", "guy", "rich", "bill",
                              "frank", "grant", "victor", "vladimir", "georgia", "chris"})
SENTENCE_END = re.compile(r"[.!?][\s\"')]|\n")
FIRST_NAME_REACH = 3000  # characters from a first name back to the full name it stands for
# What follows a first name that is no one called by it: a surname ("Valery Kubasov"), a
# speaker's label ("Valentina:"), a name of its own ("Yuri's Night")
NOT_CALLED_AFTER = re.compile(r"[ \t]+[A-Z]|[-:]|['’]s[ \t]+[A-Z]")


def first_name_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions of the people ``text`` calls by first name alone: each the last person of
    that first name in ``mentions`` (the text's, in order), named in full before it and
    within :data:`FIRST_NAME_REACH` and in an earlier sentence. A first name before a
    capitalised word starts another name ("Valery Kubasov"); one before a colon, or in
    capitals, is a speaker's label."""
    # (each person named in full, with the first name the text gives them)
    named = [(words[0], m) for m in mentions if m.kind == "person"
             and len(words := text[m.start:m.end].split()) > 1]
    firsts = {f for f, _ in named if len(f) >= 4 and f.isalpha() and f[0].isupper()
              and f[1:].islower() and f.lower() not in _NOT_FIRST_NAMES}
    if not firsts:
        return []
    out: list[Mention] = []
    for start, first in sorted(_whole_words(text, firsts)):
        end = start + len(first)
        if NOT_CALLED_AFTER.match(text, end) or any(p.start <= start < p.end for p in mentions):
            continue
        person = next((p for name, p in reversed(named) if p.end <= start and name == first),
                      None)
        if person is not None and start - person.end <= FIRST_NAME_REACH and (
                SENTENCE_END.search(text, person.end, start)):
            # (in the full name's sentence, a restatement: "Yuri Romanenko, Yuri again")
            out.append(replace(person, start=start, end=end, alias=first, via="name"))
    return out


def _whole_words(text: str, words: set[str]) -> list[tuple[int, str]]:
    """Where each of ``words`` (of letters) stands in ``text`` as a whole word. (A search
    for each is many times faster than compiling a pattern of them for every text.)"""
    found = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if not (at and (text[at - 1].isalnum() or text[at - 1] == "_")) and not (
                    end < len(text) and (text[end].isalnum() or text[end] == "_")):
                found.append((at, word))
            at = text.find(word, end)
    return found
