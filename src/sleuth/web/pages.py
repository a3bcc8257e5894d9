"""Server-rendered pages: check an article, an entity's page, search, the explore charts.

Pages call the same functions as the API; every piece of user text reaches the browser
escaped by Jinja (or by :func:`~sleuth.report.render.annotated_html`), and data for
scripts travels as JSON inside ``<script type="application/json">``.
"""

from __future__ import annotations

import dataclasses
from typing import Annotated, Any, cast

from fastapi import APIRouter, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from markupsafe import Markup

from sleuth.catalog.stats import TIMELINE_KINDS, entity_events, launches_per_year
from sleuth.model import DocumentReport, Report, SleuthError
from sleuth.report.cards import in_reading_order
from sleuth.report.render import annotated_html, to_html
from sleuth.web.api import matching_entities, run_check, state_of, upload_document
from sleuth.web.links import entity_url, provenance_links

router = APIRouter(include_in_schema=False)
SPACE_RACE_YEARS = (1957, 2024)
SOVIET_RUSSIAN = ["SU", "RU"]


def render(request: Request, template: str, status: int = 200, **context: Any) -> Response:
    templates = request.app.state.templates
    return templates.TemplateResponse(request, template, context, status_code=status)


def error_page(request: Request, status: int, message: str, hint: str | None) -> Response:
    return render(request, "error.html", status=status, status_code=status, message=message,
                  hint=hint, title=f"Error {status}")


async def _submitted_text(text: str | None, file: UploadFile | None,
                          max_bytes: int) -> tuple[str, str]:
    if file is not None and file.filename:
        return upload_document(await file.read(), file.filename, max_bytes)
    if text and text.strip():
        return text, "pasted text"
    raise SleuthError("Nothing to check: paste some text or choose a file.")


def _page_claims(doc: DocumentReport) -> dict[str, Any]:
    """Claims as the page's script shows them: the JSON contract plus source links."""
    out = {}
    for i, claim in enumerate(doc.claims):
        data = claim.as_json()
        for ev in cast(list[dict[str, Any]], data["evidence"]):
            ev["links"] = provenance_links(ev["source"], ev["record"], ev["citation"])
            ev["entity_url"] = entity_url(ev["entity_id"]) if ev["entity_id"] else None
        data["subject_url"] = entity_url(claim.subject_id) if claim.subject_id else None
        out[str(i)] = data
    return out


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> Response:
    return render(request, "check.html", title="Check an article")


@router.post("/check", response_class=HTMLResponse)
async def check_page(
    request: Request,
    text: Annotated[str | None, Form()] = None,
    file: Annotated[UploadFile | None, File()] = None,
) -> Response:
    state = state_of(request)
    body, path = await _submitted_text(text, file, state.settings.max_bytes)
    doc = run_check(state, body, path)
    return render(request, "result.html", title=f"Check: {path}", doc=doc,
                  counts=doc.counts(), annotated=Markup(annotated_html(doc)),
                  claims=_page_claims(doc), source_text=doc.text)


@router.post("/report.{fmt}")
async def download_report(
    request: Request,
    fmt: str,
    text: Annotated[str | None, Form()] = None,
    path: Annotated[str, Form(max_length=300)] = "article",
) -> Response:
    """The report of a text as a download: the JSON contract or the self-contained page."""
    if fmt not in ("json", "html"):
        raise HTTPException(404, f"no report format {fmt!r}; use json or html")
    state = state_of(request)
    if not text or not text.strip():
        raise SleuthError("Nothing to check: the text is empty.")
    doc = run_check(state, text, path)
    filename = "sleuth-report." + fmt
    headers = {"Content-Disposition": f'attachment; filename="{filename}"'}
    if fmt == "json":
        return JSONResponse(Report([doc]).as_json(), headers=headers)
    return HTMLResponse(to_html(Report([doc])), headers=headers)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = "") -> Response:
    state = state_of(request)
    hits: list[Any] = []
    suggestions: list[str] = []
    if q.strip():
        with state.lock:
            hits, resolved = matching_entities(state.catalog, q[:200], 50)
        suggestions = resolved.suggestions
    return render(request, "search.html", title=f"Search: {q}" if q else "Search", q=q,
                  hits=hits, suggestions=suggestions)


@router.get("/entity/{entity_id:path}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: str) -> Response:
    state = state_of(request)
    with state.lock:
        if state.catalog.entity(entity_id) is None:
            raise HTTPException(404, f"No entity with id {entity_id!r}.")
        card = state.catalog.card(entity_id)
        events = [dataclasses.asdict(e) for e in entity_events(state.catalog, entity_id)]
    facts = in_reading_order(cast(list[dict[str, Any]], card["facts"]))
    card["facts"] = facts
    for fact in facts:
        fact["links"] = provenance_links(fact["source"], fact["record"], fact["citation"])
    chart = card["kind"] in TIMELINE_KINDS and len(events) >= 2
    return render(request, "entity.html", title=str(card["name"]), card=card, events=events,
                  chart=chart)


@router.get("/explore", response_class=HTMLResponse)
def explore(request: Request) -> Response:
    state = state_of(request)
    first, last = SPACE_RACE_YEARS
    with state.lock:
        race = launches_per_year(state.catalog, by="state", start_year=first, end_year=last,
                                 top=8)
        programs = launches_per_year(state.catalog, by="program", states=SOVIET_RUSSIAN,
                                     start_year=first, end_year=last, top=15)
    return render(request, "explore.html", title="Explore", race=race.as_json(),
                  programs=programs.as_json())


@router.get("/favicon.ico")
def favicon() -> Response:
    return Response(status_code=204)


@router.get("/static/vendor/plotly.min.js")
def plotly_js() -> Response:
    """Plotly's browser bundle, served from the installed plotly package (no CDN)."""
    from importlib.resources import files

    bundle = files("plotly") / "package_data" / "plotly.min.js"
    return FileResponse(str(bundle), media_type="text/javascript",
                        headers={"Cache-Control": "public, max-age=86400"})

