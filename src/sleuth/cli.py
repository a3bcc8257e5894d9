"""The ``sleuth`` command line: a thin shell over the Python API."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Mapping, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, cast

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from sleuth import config
from sleuth.catalog.store import Catalog
from sleuth.model import SleuthError
from sleuth.report.cards import in_reading_order

app = typer.Typer(
    name="sleuth",
    help="Space Sleuth: check what people write about spaceflight history against the record.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
data_app = typer.Typer(help="Get the reference data.", no_args_is_help=True)
app.add_typer(data_app, name="data")

# Piped output gets a readable width instead of Rich's 80-column default.
out = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True, highlight=False)

HomeOption = Annotated[
    Path | None,
    typer.Option("--home", help="Sleuth home directory (default: $SLEUTH_HOME or a user cache "
                 "directory).", show_default=False),
]



class CardFormat(StrEnum):
    text = "text"
    json = "json"


class TableFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def _catalog(home: Path | None) -> Catalog:
    return Catalog.open(home=home)


@data_app.command("pull")
def data_pull(
    mirror: Annotated[Path | None, typer.Option("--from", help="Copy from a local mirror "
                      "directory (e.g. ../shared/data) instead of downloading.")] = None,
    home: HomeOption = None,
) -> None:
    """Copy or download the source files (GCAT, crew data) into the data directory."""
    from sleuth.ingest.pull import pull

    target = config.data_dir(home)
    pulled = pull(target, mirror=mirror)
    table = Table(title=f"Source files in {target}")
    for col in ("file", "bytes", "snapshot", "sha256"):
        table.add_column(col)
    for p in pulled:
        table.add_row(p.path, f"{p.bytes:,}", p.snapshot or "-", p.sha256[:16] + "…")
    out.print(table)


@app.command()
def build(
    home: HomeOption = None,
    data: Annotated[Path | None, typer.Option(help="Source directory (default: the home's "
                    "data/ directory).")] = None,
) -> None:
    """Build the catalog from the source files (atomically replacing the old one)."""
    from sleuth.catalog.build import build_catalog
    from sleuth.curated.load import CURATED_DIR

    report = build_catalog(data or config.data_dir(home), config.catalog_path(home),
                           curated_dir=CURATED_DIR)
    table = Table(title=f"Catalog built in {report.seconds:.1f} s → {report.path}")
    for col in ("source", "rows", "quarantined", "snapshot"):
        table.add_column(col)
    for s in report.sources:
        table.add_row(s.key, f"{s.rows:,}", str(s.quarantined), s.snapshot or "-")
    out.print(table)
    out.print(", ".join(f"{k}: {v:,}" for k, v in report.counts.items()))
    links = report.crew_links
    out.print(
        f"crew linking: {links.missions_linked_to_gcat} Wikidata missions joined to GCAT "
        f"spacecraft, {links.missions_standalone} standalone (suborbital, expeditions); "
        f"{links.people_linked} people joined across crew sources, "
        f"{links.people_only_in_csv} only in astronauts-2020; "
        f"{links.csv_rows_unlinked_mission} astronauts-2020 rows name a mission not found"
    )
    for file, reason, count in report.quarantine_reasons:
        out.print(f"[yellow]quarantined[/] {count} row(s) of {file}: {reason}")


@app.command()
def show(
    name: Annotated[str, typer.Argument(help="Any name, alias or id of an entity.")],
    fmt: Annotated[CardFormat, typer.Option("--format", "-f")] = CardFormat.text,
    home: HomeOption = None,
) -> None:
    """Show everything the catalog knows about one entity, with sources."""
    catalog = _catalog(home)
    resolution = catalog.resolve(name)
    if resolution.entity is None:
        if resolution.candidates:
            err.print(f"[yellow]{name!r} is ambiguous[/]; did you mean one of:")
            for e in resolution.candidates:
                err.print(f"  {e.name}  [dim]({e.kind}, {e.id})[/]")
            err.print("Show one by its id, e.g. [bold]sleuth show "
                      f"{resolution.candidates[0].id!r}[/]")
        else:
            err.print(f"[red]No entity named {name!r}.[/]")
            if resolution.suggestions:
                err.print("Did you mean: " + ", ".join(resolution.suggestions) + "?")
        raise typer.Exit(1)
    card = catalog.card(resolution.entity.id)
    if fmt is CardFormat.json:
        out.print_json(json.dumps(card, ensure_ascii=False))
        return
    _print_card(card, resolution.fuzzy)


def _print_card(card: dict[str, object], fuzzy: bool) -> None:
    aliases = [a for a in cast(list[str], card["aliases"]) if a != card["name"]]
    # catalog text is not markup ("[mo-HAM-ad]" would vanish as an unknown tag)
    out.print(f"[bold]{escape(str(card['name']))}[/]  [dim]{card['kind']} · {card['id']}[/]"
              + ("  [yellow](closest match)[/]" if fuzzy else ""))
    if card.get("comment"):
        out.print(f"[italic]{escape(str(card['comment']))}[/]")
    if aliases:
        shown = ", ".join(aliases[:20]) + (f", … (+{len(aliases) - 20})" if len(aliases) > 20
                                            else "")
        out.print(f"[dim]also:[/] {escape(shown)}")
    facts = in_reading_order(card["facts"])  # type: ignore[arg-type]
    table = Table(show_lines=False)
    for col in ("property", "value", "source", "record", "citation"):
        table.add_column(col, overflow="fold")
    for f in facts:
        table.add_row(*(Text(str(f[key] or "")) for key in (
            "property", "value", "source", "record", "citation")))
    out.print(table)
    related = card["related"]
    if related:
        out.print("[bold]related[/]: " + "; ".join(
            f"{r['relation']} {escape(str(r['name']))} [dim]({r['id']})[/]"
            for r in related[:30]))  # type: ignore[index]
    for c in cast(list[dict[str, Any]], card["conflicts"]):
        values = "; ".join(f"{escape(str(v['value']))} [dim]({escape(str(v['source']))}: "
                           f"{escape(str(v['record']))})[/]" for v in c["values"])
        out.print(f"[red]conflict[/] {escape(str(c['note']))}: {values}")


class CheckFormat(StrEnum):
    terminal = "terminal"
    json = "json"
    html = "html"


class FailOn(StrEnum):
    never = "never"
    contradicted = "contradicted"
    unverifiable = "unverifiable"


@app.command()
def check(
    files: Annotated[list[str], typer.Argument(
        help="Articles (.txt, .md, .html; subtitles .srt, .vtt); - reads standard input.",
        show_default=False)],
    fmt: Annotated[CheckFormat, typer.Option("--format", "-f")] = CheckFormat.terminal,
    fail_on: Annotated[FailOn, typer.Option(help="Exit with status 2 when any claim is "
                       "contradicted (or, with 'unverifiable', not supported).")] = FailOn.never,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the report "
                      "to this file instead of standard output.")] = None,
    no_text: Annotated[bool, typer.Option("--no-text", help="Terminal format: only the "
                       "table of claims.")] = False,
    home: HomeOption = None,
) -> None:
    """Find every checkable claim in the articles and judge it against the catalog."""
    from sleuth.check import Checker
    from sleuth.report.render import print_terminal, to_html, to_json
    from sleuth.text.document import document_from_bytes, read_document

    documents = []
    for name in files:
        if name == "-":
            documents.append(document_from_bytes(sys.stdin.buffer.read(), name="<stdin>"))
        else:
            documents.append(read_document(name))
    checker = Checker(_catalog(home))
    report = checker.check_documents(documents)
    if fmt is CheckFormat.terminal:
        console = Console(file=output.open("w", encoding="utf-8"), width=160) if output else out
        print_terminal(report, console, show_text=not no_text)
    else:
        rendered = to_json(report) if fmt is CheckFormat.json else to_html(report)
        if output:
            output.write_text(rendered + "\n", encoding="utf-8")
        else:
            sys.stdout.write(rendered + "\n")
    verdicts = {c.verdict for d in report.documents for c in d.claims}
    if (fail_on is FailOn.contradicted and "contradicted" in verdicts) or (
            fail_on is FailOn.unverifiable and verdicts - {"supported"}):
        raise typer.Exit(2)


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="Words to find in names, aliases and comments.")],
    limit: Annotated[int, typer.Option(min=1, max=500)] = 20,
    fmt: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
    home: HomeOption = None,
) -> None:
    """Full-text search over the catalog."""
    hits = _catalog(home).search(text, limit=limit)
    rows = [{"id": e.id, "name": e.name, "kind": e.kind, "comment": e.comment} for e in hits]
    _emit(rows, fmt, title=f"{len(rows)} match(es) for {text!r}")


@app.command()
def timeline(
    state: Annotated[str | None, typer.Option(help="State code: SU, RU, US, CN, …")] = None,
    operator: Annotated[str | None, typer.Option(help="Operator/agency code (GCAT).")] = None,
    program: Annotated[str | None, typer.Option(help="Program name.")] = None,
    kind: Annotated[str | None, typer.Option(help="Event kind: launch, launch failure, "
                    "crewed launch, founded, docking, …")] = None,
    start: Annotated[int | None, typer.Option("--from", help="First year.")] = None,
    end: Annotated[int | None, typer.Option("--to", help="Last year (inclusive).")] = None,
    limit: Annotated[int | None, typer.Option(min=1)] = None,
    fmt: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
    home: HomeOption = None,
) -> None:
    """List events in date order."""
    if start is not None and end is not None and start > end:
        raise SleuthError(f"--from {start} is after --to {end}")
    events = _catalog(home).timeline(state=state, operator=operator, program=program,
                                     kind=kind, start_year=start, end_year=end, limit=limit)
    rows = [{"date": e.date, "kind": e.kind, "title": e.title, "state": e.state,
             "operator": e.operator, "program": e.program, "entity": e.entity_id,
             "source": e.source, "record": e.record} for e in events]
    _emit(rows, fmt, title=f"{len(rows)} event(s)")


@app.command()
def firsts(
    fmt: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
    home: HomeOption = None,
) -> None:
    """The registry of space-age firsts, with holders, dates and citations."""
    rows = _catalog(home).firsts()
    _emit([{k: r[k] for k in ("date", "first", "holder", "mission", "citation")}
           if fmt is TableFormat.table else r for r in rows], fmt,
          title=f"{len(rows)} firsts")


@app.command()
def agreements(
    party: Annotated[str | None, typer.Option(help="Only agreements naming this party.")]
    = None,
    fmt: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
    home: HomeOption = None,
) -> None:
    """International agreements and organizations by date, with parties and status."""
    rows = _catalog(home).agreements(party)
    if fmt is TableFormat.table:
        rows = [{"date": r["date"], "name": r["name"], "kind": r["kind"],
                 "parties": ", ".join(r["parties"] or r["signatories"]),  # type: ignore[arg-type]
                 "did not sign": ", ".join(r["non_signatories"]),  # type: ignore[arg-type]
                 "status": r["status"]} for r in rows]
    _emit(rows, fmt, title=f"{len(rows)} agreements")


@app.command()
def info(home: HomeOption = None, quarantine: bool = typer.Option(
        False, help="List the quarantined source rows.")) -> None:
    """Where the catalog is, what it was built from, and what was quarantined."""
    catalog = _catalog(home)
    out.print(f"catalog: {catalog.path}  built {catalog.meta().get('built_at')}")
    _emit(catalog.sources(), TableFormat.table, title="sources")
    if quarantine:
        _emit(catalog.quarantine(limit=1000), TableFormat.table, title="quarantined rows")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    max_bytes: Annotated[int, typer.Option(min=1_000, help="Largest request body "
                         "accepted, in bytes.")] = 1_000_000,
    home: HomeOption = None,
) -> None:
    """Serve the web application and HTTP API (docs at /docs) over the read-only catalog."""
    try:
        import uvicorn

        from sleuth.web import WebSettings, create_app
    except ImportError as exc:
        raise SleuthError("the web extra is not installed",
                          hint="Install it with `uv sync --extra web` (or "
                               "`pip install 'space-sleuth[web]'`).") from exc
    application = create_app(_catalog(home), WebSettings(max_bytes=max_bytes))
    err.print(f"Space Sleuth on http://{host}:{port}/  (API docs: /docs; Ctrl-C stops)")
    uvicorn.run(application, host=host, port=port, log_level="warning")


def _emit(rows: Sequence[Mapping[str, object]], fmt: TableFormat, *, title: str) -> None:
    if fmt is TableFormat.json:
        out.print_json(json.dumps(rows, ensure_ascii=False))
    elif fmt is TableFormat.csv:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(rows[0]) if rows else ["empty"])
        writer.writeheader()
        writer.writerows(rows)
        sys.stdout.write(buf.getvalue())
    else:
        table = Table(title=title)
        for col in rows[0] if rows else ["result"]:
            table.add_column(col, overflow="fold")
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row.values()))
        out.print(table)


def main() -> None:
    """Console entry point: user errors are printed without a traceback, exit code 1."""
    try:
        app()
    except SleuthError as exc:
        err.print(f"[bold red]error:[/] {exc.message}")
        if exc.hint:
            err.print(exc.hint)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
