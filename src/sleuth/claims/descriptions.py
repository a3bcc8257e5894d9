"""Things a text names only by a first they hold.

"The first artificial satellite was launched on 4 October 1957" says when Sputnik 1 was
launched without naming it: the registry of firsts says who or what holds "first
artificial satellite". :class:`FirstDescriptions` finds such descriptions where they open
a sentence or a clause as its subject and returns them as references to the holder, so
that the sentence's claims, and "it" in the sentences after, are about the holder.

Only a description followed by what the thing did counts ("… was launched", "… weighed",
"… completed"). "The first artificial satellite was Sputnik 1" claims the first itself,
and "The first satellite launched by India was Aryabhata" describes another first.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sleuth.catalog.store import Catalog
from sleuth.model import Mention

# What a described thing did, right after the description (and an optional "was"):
# a verb of its flight or of its making
_DID = (r"(?:was\s+|were\s+|had\s+been\s+)?(?:\w+ly\s+)?(?:launched|built|placed|put|sent|"
        r"lifted|flew|went|carried|weighed|orbited|circled|completed|reached|landed|"
        r"burned|burnt|re-?entered|returned|stayed|spent|docked|touched|transmitted|"
        r"crashed|impacted|entered|remained|operated|worked|lasted|blasted|rode|"
        r"took\s+off|splashed|made|performed|carried\s+out|achieved|"
        r"accomplished|took\s+place|happened|occurred|came)\b")
# an aside between the description and its verb: "The first space station, a 19-tonne
# cylinder, was launched …" (one that names something is left alone: the name says it)
_ASIDE = r"(?:,[^,.;:\n]{1,80},\s*|\s+\([^()\n]{1,80}\)\s*|\s+)"
# what opens a clause of its own: "Komarov flew Voskhod 2, and the first spacewalk …"
_CLAUSE_JOIN = re.compile(r"[,;]\s+(?:and|but|while|whereas)\Z")
# a participle, not the sentence's verb: "The first satellite launched by India was …"
_FINITE_LATER = re.compile(r"\b(?:was|were|is|are|became|remains?)\b")


class FirstDescriptions:
    """The registry's firsts held by one catalog entity, as descriptions of it."""

    def __init__(self, catalog: Catalog) -> None:
        # (the registry's ids, by the entity table's key: no scan of a whole table)
        firsts = [r[0] for r in catalog.execute(
            "SELECT id FROM entity WHERE id >= 'first:' AND id < 'first;'")]
        holder = {fid: facts[0].object_id for fid, facts in catalog.facts_of(
            firsts, "holder").items() if len(facts) == 1 and facts[0].object_id}
        marks = ",".join("?" * len(holder))
        holder_of = {norm.removeprefix("worlds "): holder[fid] for norm, fid in catalog.execute(
            f"SELECT norm, entity_id FROM alias WHERE entity_id IN ({marks})", list(holder))
                     if norm.removeprefix("worlds ").startswith("first ")}
        entities = catalog.entities(holder_of.values())
        women = {eid for eid, facts in catalog.facts_of(entities, "gender").items()
                 if any(f.value == "female" for f in facts)}
        self._holder: dict[str, Mention] = {}  # phrase -> the holder, placed nowhere yet
        for norm, object_id in holder_of.items():
            if (entity := entities.get(object_id)) is not None:
                self._holder[norm] = Mention(0, 0, entity.id, entity.name, entity.kind, norm,
                                             via="reference", female=entity.id in women)
        phrases = sorted(self._holder, key=len, reverse=True)
        # tokens as the alias table normalizes them: "man-made", "world's" are two words
        alternatives = "|".join(r"[\s\-'’]+".join(map(re.escape, p.split())) for p in phrases)
        self._pattern = re.compile(
            rf"\b[Tt]he\s+(?:world[’']?s\s+)?(?P<phrase>{alternatives})\b"
            rf"(?P<aside>{_ASIDE}){_DID}", re.IGNORECASE) if phrases else None

    def find(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """References to a first's holder where a sentence or a clause opens with the
        first: "The first space station was launched …" refers to Salyut 1."""
        if self._pattern is None or "irst" not in text:
            return []
        found: list[Mention] = []
        for match in self._pattern.finditer(text):
            start, end = match.start(), match.end("phrase")
            if not _opens_clause(text, start) or any(
                    start <= m.start < match.end() for m in mentions):
                continue
            aside, did = match.group("aside"), text[match.end("aside"):match.end()]
            if not aside.strip() and not did.lower().startswith(("was", "were", "had")) and (
                    _FINITE_LATER.search(text, match.end(), _sentence_end(text, match.end()))):
                continue  # "The first satellite launched by India was Aryabhata"
            norm = " ".join(re.findall(r"[^\W_]+", match.group("phrase").lower()))
            if (holder := self._holder.get(norm)) is not None:
                found.append(replace(holder, start=start, end=end, alias=text[start:end]))
        return found


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence going on at ``pos`` ends (roughly: at ". " or a line break)."""
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0]
    return min(ends, default=len(text))


def _opens_clause(text: str, start: int) -> bool:
    """Does a sentence, or a clause after "; " or ", and", open at ``start``?"""
    before = text[max(0, start - 12):start].rstrip(" \t\"'“‘(")
    return (start < 12 and not before) or before.endswith((".", "!", "?", "\n", ";")) or (
        _CLAUSE_JOIN.search(before) is not None)
