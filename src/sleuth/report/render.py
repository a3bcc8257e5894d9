"""Reports of a check: the terminal view, JSON (the contract) and a self-contained HTML page."""

from __future__ import annotations

import html
import json
from bisect import bisect_left

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from sleuth.model import DocumentReport, Report

VERDICT_STYLE = {"supported": "green", "contradicted": "bold red", "unverifiable": "yellow"}
VERDICT_COLOUR = {"supported": "#c8f0c8", "contradicted": "#f8c0c0", "unverifiable": "#f8ecb0"}


def to_json(report: Report) -> str:
    """The JSON contract of ``sleuth check --format json``."""
    return json.dumps(report.as_json(), ensure_ascii=False, indent=2)


VERDICT_RANK = {"contradicted": 0, "supported": 1, "unverifiable": 2}


def claim_segments(doc: DocumentReport) -> list[tuple[int, int, str, list[int]]]:
    """The text cut where any claim starts or ends, as (start, end, verdict, claim
    indices) for each piece some claim covers: every claim keeps its whole span even where
    claims overlap ("Luna 25 lifted off … and crashed eight days after launch" is a launch
    inside a landing). The indices run from the most serious verdict, then the shortest
    (most specific) span; the verdict is the first one's."""
    cuts = sorted({pos for c in doc.claims for pos in (c.start, c.end)})
    covers: list[list[int]] = [[] for _ in cuts]  # the claims over cuts[k]..cuts[k + 1]
    for i, c in enumerate(doc.claims):
        for k in range(bisect_left(cuts, c.start), bisect_left(cuts, c.end)):
            covers[k].append(i)
    segments: list[tuple[int, int, str, list[int]]] = []
    for k, covering in enumerate(covers):
        if not covering:
            continue
        start, end = cuts[k], cuts[k + 1]
        covering.sort(key=lambda i: (VERDICT_RANK[doc.claims[i].verdict],
                                     doc.claims[i].end - doc.claims[i].start, i))
        segments.append((start, end, doc.claims[covering[0]].verdict, covering))
    return segments


def print_terminal(report: Report, console: Console, *, show_text: bool = True) -> None:
    """The text with claim spans coloured by verdict, then a table of claims."""
    for doc in report.documents:
        counts = doc.counts()
        console.rule(f"[bold]{escape(doc.path)}[/]  "
                     f"[green]{counts['supported']} supported[/] · "
                     f"[red]{counts['contradicted']} contradicted[/] · "
                     f"[yellow]{counts['unverifiable']} unverifiable[/]")
        if show_text:
            text = Text(doc.text)
            for start, end, verdict, _ in claim_segments(doc):
                text.stylize(f"underline {VERDICT_STYLE[verdict]}", start, end)
            console.print(text)
        table = Table(show_lines=False, expand=True)
        for col, ratio in (("verdict", 2), ("claim", 5), ("property", 2), ("value", 2),
                           ("record says", 4), ("source", 4)):
            table.add_column(col, ratio=ratio, overflow="fold")
        for c in doc.claims:
            source = "; ".join(dict.fromkeys(
                f"{e.source}: {e.record}" + (f" [{e.citation}]" if e.citation else "")
                for e in c.evidence[:2])) or (c.note or "")
            verdict = c.verdict + (" (planned)" if c.planned else "")
            # the article's and the catalog's words are not markup: "Faris [mo-HAM-ad]"
            table.add_row(Text(verdict, style=VERDICT_STYLE[c.verdict]),
                          f"{escape(c.quote)}  [dim]({escape(c.subject_name)})[/]",
                          c.property, Text(c.value), Text(c.expected or "—"), Text(source))
        console.print(table)


def annotated_html(doc: DocumentReport, *, prefix: str = "") -> str:
    """The document's text, HTML-escaped, with each piece claims cover (see
    :func:`claim_segments`) in a ``<mark>``: ``data-claim`` is ``prefix`` + the index of
    the claim it shows first, ``data-claims`` all the claims there, and a piece under
    several claims has the class ``several`` (the text is never markup)."""
    pieces, pos = [], 0
    for start, end, verdict, indices in claim_segments(doc):
        pieces.append(html.escape(doc.text[pos:start]))
        several = " several" if len(indices) > 1 else ""
        ids = " ".join(f"{prefix}{i}" for i in indices)
        pieces.append(f'<mark class="{verdict}{several}" data-claim="{prefix}{indices[0]}" '
                      f'data-claims="{ids}" tabindex="0">'
                      f"{html.escape(doc.text[start:end])}</mark>")
        pos = end
    pieces.append(html.escape(doc.text[pos:]))
    return "".join(pieces)


def to_html(report: Report) -> str:
    """One self-contained page: annotated text; click a span to see its evidence."""
    sections = []
    for d, doc in enumerate(report.documents):
        counts = doc.counts()
        sections.append(
            f"<section><h2>{html.escape(doc.path)}</h2>"
            f'<p class="summary"><span class="supported">{counts["supported"]} supported</span>'
            f' <span class="contradicted">{counts["contradicted"]} contradicted</span>'
            f' <span class="unverifiable">{counts["unverifiable"]} unverifiable</span></p>'
            f'<div class="text">{annotated_html(doc, prefix=f"{d}-")}</div></section>')
    claims = {f"{d}-{i}": c.as_json() for d, doc in enumerate(report.documents)
              for i, c in enumerate(doc.claims)}
    data = json.dumps(claims, ensure_ascii=False).replace("</", "<\\/")
    style = "".join(f"mark.{v}, .summary .{v} {{ background: {c}; }}"
                    for v, c in VERDICT_COLOUR.items())
    return PAGE.format(style=style, sections="".join(sections), data=data)


PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Space Sleuth report</title>
<style>
body {{ font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem;
        padding: 1rem 1rem 20rem; }}
.text {{ white-space: pre-wrap; }}
mark {{ cursor: pointer; border-radius: 3px; padding: 0 1px; }}
mark.several {{ text-decoration: underline double #333; }}
{style}
.summary span {{ padding: 2px 8px; border-radius: 3px; margin-right: 6px; }}
#evidence {{ position: fixed; bottom: 0; left: 0; right: 0; max-height: 40vh; overflow: auto;
            background: #fff; border-top: 2px solid #333; padding: 0.5rem 1rem;
            display: none; }}
#evidence table {{ border-collapse: collapse; }}
#evidence td, #evidence th {{ border: 1px solid #ccc; padding: 2px 6px; text-align: left; }}
</style></head><body>
<h1>Space Sleuth report</h1>
{sections}
<div id="evidence" role="dialog" aria-live="polite"></div>
<script id="claims" type="application/json">{data}</script>
<script>
const claims = JSON.parse(document.getElementById("claims").textContent);
const panel = document.getElementById("evidence");
function esc(s) {{ const d = document.createElement("div"); d.textContent = s ?? "";
  return d.innerHTML; }}
function show(id, here) {{
  const c = claims[id]; if (!c) return;
  const rows = c.evidence.map(e => `<tr><td>${{esc(e.source)}}</td><td>${{esc(e.record)}}</td>
    <td>${{esc(e.value)}}${{e.property && e.property !== c.property
      ? " (" + esc(e.property.replace("_", " ")) + ")" : ""}}</td>
    <td>${{esc(e.citation)}}</td></tr>`).join("");
  panel.innerHTML = `<p><b>${{esc(c.verdict)}}${{c.planned ? " (planned)" : ""}}</b>:
    ${{esc(c.subject.name)}} · ${{esc(c.property)}} = ${{esc(c.value)}}</p>
    <p>Record says: ${{esc(c.expected || "—")}} ${{c.note ? "— " + esc(c.note) : ""}}</p>
    <table><tr><th>source</th><th>record</th><th>value</th><th>citation</th></tr>${{rows}}
    </table>`;
  const others = here.filter(o => o !== id && claims[o]);
  if (others.length) {{
    const also = document.createElement("p");
    also.textContent = "Also claimed here: ";
    others.forEach(o => {{
      const b = document.createElement("button");
      b.type = "button"; b.className = claims[o].verdict;
      b.textContent = claims[o].property + " (" + claims[o].verdict + ")";
      b.addEventListener("click", () => show(o, here));
      also.append(b);
    }});
    panel.append(also);
  }}
  panel.style.display = "block";
}}
document.querySelectorAll("mark[data-claim]").forEach(m => {{
  const here = m.dataset.claims.split(" ");
  m.addEventListener("click", () => show(m.dataset.claim, here));
  m.addEventListener("keydown", e => {{ if (e.key === "Enter") show(m.dataset.claim, here); }});
}});
</script></body></html>
"""
