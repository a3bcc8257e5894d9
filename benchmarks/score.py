"""Accuracy benchmark: run the checker on the labelled articles and score it.

    uv run python benchmarks/score.py [--examples ../shared/examples] [-v]
    uv run python benchmarks/score.py --labels benchmarks/heldout --examples benchmarks/heldout

A labelled claim is *found* when the checker reports a claim of the same property whose
span overlaps the labelled quote. Reported:

- coverage: found labelled claims / all labelled claims;
- accuracy: found claims whose verdict equals the label / found claims;
- contradicted recall: labelled-contradicted claims found *and* judged contradicted /
  labelled-contradicted claims;
- false-alarm rate: claims the checker judged contradicted that are not labelled
  contradicted (matched to another label, or unlabelled) / all claims it reported.

A label naming several crew members ("Dobrovolsky, Volkov and Kubasov") stands for all the
checker's crew claims that start inside its quote (or end in it, naming a person it names):
the list is judged contradicted when any of its people is, else supported when any is.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from sleuth.catalog.store import Catalog
from sleuth.check import Checker
from sleuth.model import Claim

LABELS = Path(__file__).parent / "labels"


def quote_span(text: str, quote: str, occurrence: int) -> tuple[int, int] | None:
    start = -1
    for _ in range(max(occurrence, 1)):
        start = text.find(quote, start + 1)
        if start < 0:
            return None
    return start, start + len(quote)


def score(checker: Checker, examples: Path, verbose: bool = False,
          labels: Path = LABELS) -> dict[str, float]:
    labelled = found = correct = contra = contra_caught = reported = false_alarms = 0
    for label_file in sorted(labels.glob("*.yaml")):
        spec = yaml.safe_load(label_file.read_text(encoding="utf-8"))
        text = (examples / spec["article"]).read_text(encoding="utf-8")
        claims = checker.check_text(text, spec["article"]).claims
        reported += len(claims)
        used: set[int] = set()
        for label in spec["claims"]:
            labelled += 1
            span = quote_span(text, label["quote"], label.get("occurrence", 1))
            if span is None:
                print(f"label quote not in {spec['article']}: {label['quote']!r}",
                      file=sys.stderr)
                continue
            match = _match(claims, span, label["property"], str(label.get("value", "")), used,
                           str(label.get("subject", "")), label["quote"])
            want = label["verdict"]
            if want == "contradicted":
                contra += 1
            if match is None:
                if verbose:
                    print(f"MISS  {want:12} {label['property']:14} {label['quote'][:70]!r}")
                continue
            used.add(id(match))
            verdict = match.verdict
            members = _list_members(claims, span, label, used)
            if members:  # a crew list is one labelled claim and one reported per person
                used.update(id(c) for c in members)
                verdicts = {c.verdict for c in (match, *members)}
                verdict = ("contradicted" if "contradicted" in verdicts else
                           "supported" if "supported" in verdicts else "unverifiable")
            found += 1
            if verdict == want:
                correct += 1
            elif verbose:
                print(f"WRONG want {want:12} got {verdict:12} {label['property']:12} "
                      f"{label['quote'][:60]!r} expected={match.expected}")
            if want == "contradicted" and verdict == "contradicted":
                contra_caught += 1
            if verdict == "contradicted" and want != "contradicted":
                false_alarms += 1
        for claim in claims:
            if id(claim) not in used and claim.verdict == "contradicted":
                false_alarms += 1
                if verbose:
                    print(f"ALARM (unlabelled) {claim.property:12} {claim.quote[:70]!r} "
                          f"expected={claim.expected}")
    return {
        "labelled": labelled,
        "reported": reported,
        "coverage": found / labelled if labelled else 0.0,
        "accuracy": correct / found if found else 0.0,
        "contradicted_recall": contra_caught / contra if contra else 0.0,
        "false_alarm_rate": false_alarms / reported if reported else 0.0,
        "contradicted_labelled": contra,
        "false_alarms": false_alarms,
    }


def _match(claims: list[Claim], span: tuple[int, int], prop: str, value: str,
           used: set[int], subject: str = "", quote: str = "") -> Claim | None:
    """The reported claim a label stands for: same property, overlapping span; among
    several, one whose value agrees with the label's, then one not matched yet, then the
    largest overlap. A claim another label of the same words already took stands for
    this one only if it is about this label's subject: when a quote carries two claims
    ("the pair came back aboard Soyuz T-8 on 10 December": wrong for the ship, right for
    the pair), one reported claim answers one of them."""
    best = None
    for claim in claims:
        if claim.property != prop or claim.end <= span[0] or claim.start >= span[1] or (
                prop == "crew" and _other_person(f"{value} {subject} {quote}", claim)):
            continue
        overlap = min(claim.end, span[1]) - max(claim.start, span[0])
        rank = (_agrees(value, claim), id(claim) not in used, overlap)
        if best is None or rank > best[0]:
            best = (rank, claim)
    if best is None:
        return None
    claim = best[1]
    if id(claim) in used and subject and not _same_subject(subject, claim.subject_name):
        return None
    return claim


def _list_members(claims: list[Claim], span: tuple[int, int], label: dict[str, object],
                  used: set[int]) -> list[Claim]:
    """The other unmatched claims inside a label that names several people or crafts:
    a crew list ("Dobrovolsky, Volkov and Kubasov") or a pair ("The twin Vega probes,
    launched in December 1985", subject "Vega 1 / Vega 2"), one claim reported per member
    and one labelled. The list is scored as one claim, contradicted when any member is."""
    if label["property"] == "crew":
        value = str(label.get("value", ""))
        if not any(mark in value for mark in (",", ";", " and ")):
            return []
        # a claim may also start at its craft, before the list ("Soyuz MS-10, carrying
        # Oleg Kononenko and Nick Hague"): then the label must name its person's surname,
        # as the catalog spells it or as the text does ("Yury Usachov", "Yuri Usachev")
        named = value.casefold()
        return [c for c in claims if c.property == "crew" and id(c) not in used and (
            span[0] <= c.start < span[1] or (span[0] < c.end <= span[1] and any(
                name.rpartition(" ")[2].casefold() in named
                for name in (c.value, c.quote.rstrip()))))]
    subject = str(label.get("subject", ""))
    if not any(mark in subject for mark in (",", "/", " and ")):
        return []
    return [c for c in claims if c.property == label["property"] and id(c) not in used
            and c.end > span[0] and c.start < span[1]
            and _same_subject(subject, c.subject_name)]


def _same_subject(label_subject: str, claim_subject: str) -> bool:
    """Whether the label's subject names the claim's ("Soyuz T-8" / "Soyuz T-8"; "Yuri
    Romanenko and Georgy Grechko" / "Georgy Grechko"; "Vega 1 / Vega 2" / "Vega-2")."""
    want, got = (s.casefold().replace("-", " ") for s in (label_subject, claim_subject))
    return bool(got) and (got in want or want in got)


def _other_person(label_words: str, claim: Claim) -> bool:
    """Whether a crew claim names someone its label (value, subject and quote) does not:
    Kaleri's claim on "Soyuz TM-20 …, alongside Alexander Kaleri" is not the label for
    Merbold's on "Ulf Merbold … on Soyuz TM-20"."""
    if not _is_person(claim.value):
        return False
    named = label_words.casefold()
    return not any(name.rpartition(" ")[2].casefold() in named
                   for name in (claim.value, claim.quote.rstrip()))


def _is_person(value: str) -> bool:
    """Whether a crew claim's value is a person (not "crewed" or "crew of 3")."""
    return bool(value) and value not in ("crewed", "uncrewed") and not value.startswith("crew")


def _agrees(value: str, claim: Claim) -> bool:
    """The label's value is the claim's value (punctuation aside: "Soyuz-2.1b" is
    "Soyuz-2-1B"), or the name the claim's quote ends with ("ESA" for "probes launched by
    ESA")."""
    want, got = _letters_and_digits(value), _letters_and_digits(claim.value)
    return bool(want) and (want in got or got in want
                           or _letters_and_digits(claim.quote).endswith(want))


def _letters_and_digits(words: str) -> str:
    """``words`` case-folded, without spaces and punctuation."""
    return "".join(c for c in words.casefold() if c.isalnum())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=Path, default=Path("../shared/examples"))
    parser.add_argument("--catalog", type=Path, default=None)
    parser.add_argument("--labels", type=Path, default=LABELS,
                        help="folder of label files (default: the five articles' labels; "
                             "benchmarks/heldout for the held-out set)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    checker = Checker(Catalog.open(args.catalog))
    result = score(checker, args.examples, args.verbose, args.labels)
    print(f"labelled claims:      {result['labelled']}  (checker reported {result['reported']})")
    print(f"coverage:             {result['coverage']:.1%}")
    print(f"accuracy (found):     {result['accuracy']:.1%}   goal >= 90%")
    print(f"contradicted recall:  {result['contradicted_recall']:.1%} of "
          f"{result['contradicted_labelled']}   goal >= 85%")
    print(f"false-alarm rate:     {result['false_alarm_rate']:.1%} "
          f"({result['false_alarms']} alarms)   goal <= 3%")


if __name__ == "__main__":
    main()
