"""Robustness benchmark: every labelled set scored as written and hard-wrapped.

    uv run python benchmarks/rewrapped.py [--width 72] [--examples ../shared/examples] [SET ...]

Mail, plain-text digests and old web pages break each paragraph at a fixed width, so
sentences, dates and names run across line breaks. This re-wraps every line of every
labelled article greedily at ``--width`` columns (a space becomes a line break, so the
text keeps its length and every label keeps its span), moves each label's quote to the
wrapped text, and scores both versions with :func:`score.score`. It prints each set's
coverage, accuracy, contradicted recall and false alarms as written and wrapped, then the
means over the sets. Tables are wrapped too, as a mail program would wrap them; a set
built of wide tables loses more than prose does.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import statistics
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

import yaml
from score import quote_span, score

from sleuth.catalog.store import Catalog
from sleuth.check import Checker

HERE = Path(__file__).parent
MEASURES = ("coverage", "accuracy", "contradicted_recall")


def wrapped(text: str, width: int) -> str:
    """``text`` with each line longer than ``width`` broken at the last space before each
    ``width`` columns, as a mail program wraps: every character stays where it was.

    >>> wrapped("Vostok 1 flew once around the Earth", 16)
    'Vostok 1 flew\\nonce around the\\nEarth'
    """
    chars = list(text)
    line_start = last_space = 0
    for i, char in enumerate(chars):
        if char == "\n":
            line_start = last_space = i + 1
            continue
        if char == " ":
            last_space = i
        if i - line_start >= width and last_space > line_start:
            chars[last_space] = "\n"
            line_start = last_space + 1
    return "".join(chars)


def wrapped_set(labels: Path, examples: Path, out: Path, width: int) -> None:
    """Write the set's articles wrapped at ``width``, with their labels' quotes moved to
    the wrapped text, into ``out``."""
    out.mkdir(parents=True)
    for label_file in sorted(labels.glob("*.yaml")):
        spec = yaml.safe_load(label_file.read_text(encoding="utf-8"))
        text = (examples / spec["article"]).read_text(encoding="utf-8")
        wrapped_text = wrapped(text, width)
        (out / spec["article"]).write_text(wrapped_text, encoding="utf-8")
        for label in spec["claims"]:
            span = quote_span(text, label["quote"], label.get("occurrence", 1))
            if span is None:
                continue  # score() reports it
            label["quote"] = wrapped_text[span[0]:span[1]]
            label["occurrence"] = _occurrence(wrapped_text, label["quote"], span[0])
        (out / label_file.name).write_text(
            yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _occurrence(text: str, quote: str, start: int) -> int:
    """Which occurrence of ``quote`` in ``text`` starts at ``start``, counted as
    :func:`score.quote_span` counts."""
    found, at = 1, text.find(quote)
    while 0 <= at < start:
        found, at = found + 1, text.find(quote, at + 1)
    return found


def quiet_score(checker: Checker, examples: Path, labels: Path) -> dict[str, float]:
    with contextlib.redirect_stdout(io.StringIO()):
        return score(checker, examples, False, labels)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="set folders under benchmarks/ (default: all)")
    parser.add_argument("--width", type=int, default=72)
    parser.add_argument("--examples", type=Path, default=Path("../shared/examples"),
                        help="the five articles of benchmarks/labels")
    args = parser.parse_args()
    names = args.sets or ["labels", *sorted(
        (p.name for p in HERE.glob("heldout*")), key=lambda n: int(n[7:] or 1))]
    checker = Checker(Catalog.open())
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        for name in names:
            labels = HERE / name
            if not labels.is_dir():
                sys.exit(f"no such set: {labels}")
            examples = args.examples if name == "labels" else labels
            out = Path(scratch) / name
            wrapped_set(labels, examples, out, args.width)
            rows.append((name, quiet_score(checker, examples, labels),
                         quiet_score(checker, out, out)))
    print(f"{'set':12} {'as written (cov/acc/rec/alarms)':34} wrapped at {args.width}")
    for name, written, wrapped_result in rows:
        print(f"{name:12} {_line(written):34} {_line(wrapped_result)}")
    print(f"{'mean':12} {_mean(r[1] for r in rows):34} {_mean(r[2] for r in rows)}")


def _line(result: dict[str, float]) -> str:
    return (" / ".join(f"{result[m] * 100:.1f}" for m in MEASURES)
            + f" / {int(result['false_alarms'])}")


def _mean(results: Iterable[dict[str, float]]) -> str:
    listed = list(results)
    return (" / ".join(f"{statistics.mean(r[m] for r in listed) * 100:.2f}" for m in MEASURES)
            + f" / {sum(int(r['false_alarms']) for r in listed)}")


if __name__ == "__main__":
    main()
