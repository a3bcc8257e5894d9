"""The HTTP API under ``/api``: check, entities, timeline and launch statistics.

Every endpoint returns the same data as its CLI command (``sleuth check --format json``,
``sleuth show --format json``, ``sleuth timeline --format json``); errors are JSON
``{"status", "error", "message", "hint"}`` with status 400, 404, 413 or 422.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from pydantic import BaseModel, Field, ValidationError

from sleuth.catalog.stats import launches_per_year
from sleuth.catalog.store import Catalog, Resolution
from sleuth.model import DocumentReport, Entity, SleuthError
from sleuth.text.document import EXTENSIONS, document_from_bytes
from sleuth.web.app import WebState, validation_message

router = APIRouter(prefix="/api", tags=["api"])
# the formats the checker reads (sleuth.text.document), but for the rarer spellings the
# page's file picker does not offer
UPLOAD_FORMATS = {suffix: fmt for suffix, fmt in EXTENSIONS.items()
                  if suffix not in (".text", ".xhtml")}


class CheckRequest(BaseModel):
    text: str = Field(description="The article to check (plain text).", min_length=1)
    path: str = Field("<text>", description="A name for the document in the report.",
                      max_length=300)


class Subject(BaseModel):
    id: str | None
    name: str


class EvidenceOut(BaseModel):
    source: str
    record: str
    citation: str | None = None
    value: str | None = None
    entity_id: str | None = None
    property: str | None = Field(
        default=None, description="What `value` is of, when the record says (GCAT's "
        "end of operations beside a re-entry claim: `end_date`).")


class ClaimOut(BaseModel):
    start: int = Field(description="Code-point offset of the claim's span in `text`.")
    end: int
    quote: str
    subject: Subject
    property: str
    value: str
    verdict: str = Field(description="supported, contradicted or unverifiable")
    planned: bool
    expected: str | None
    evidence: list[EvidenceOut]
    note: str | None = None


class DocumentOut(BaseModel):
    path: str
    text: str
    claims: list[ClaimOut]
    counts: dict[str, int]


class EntityHit(BaseModel):
    id: str
    name: str
    kind: str
    comment: str | None = None


class EventOut(BaseModel):
    entity_id: str
    kind: str
    date: str
    precision: str
    t_start: str
    title: str
    state: str | None = None
    operator: str | None = None
    program: str | None = None
    source: str
    record: str


class Series(BaseModel):
    key: str
    label: str
    counts: list[int]


class LaunchesPerYear(BaseModel):
    by: str
    years: list[int]
    series: list[Series]
    total: int
    source: str
    note: str


class ErrorOut(BaseModel):
    status: int
    error: str = Field(description="The HTTP reason phrase.")
    message: str
    hint: str | None = None
    errors: list[dict[str, Any]] | None = Field(None, description="Validation details (422).")


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the error statuses an endpoint can answer."""
    what = {400: "Bad input (empty, binary or unsupported text; a reversed year range)",
            404: "Unknown id", 413: "Body larger than the server's limit",
            422: "Malformed request"}
    return {s: {"model": ErrorOut, "description": what[s]} for s in statuses}


class GroupBy(StrEnum):
    state = "state"
    operator = "operator"
    program = "program"
    total = "total"


def state_of(request: Request) -> WebState:
    return request.app.state.sleuth


def matching_entities(catalog: Catalog, q: str, limit: int) -> tuple[list[Entity], Resolution]:
    """Entities for a search box: the exact name or alias match first, then the ambiguous
    candidates, then up to ``limit`` full-text hits, each once; and the resolution (for
    "did you mean")."""
    resolved = catalog.resolve(q)
    hits = [resolved.entity] if resolved.entity is not None and not resolved.fuzzy else []
    hits += resolved.candidates + catalog.search(q, limit=limit)
    return list({e.id: e for e in hits}.values()), resolved  # first place, once


def document_json(doc: DocumentReport) -> dict[str, Any]:
    """One document of the checker's JSON contract, with its verdict counts."""
    return {"path": doc.path, "text": doc.text, "claims": [c.as_json() for c in doc.claims],
            "counts": doc.counts()}


def run_check(state: WebState, text: str, path: str) -> DocumentReport:
    if len(text.encode("utf-8")) > state.settings.max_bytes:
        raise HTTPException(413, f"The text is larger than {state.settings.max_bytes:,} bytes.")
    if not text.strip():
        raise SleuthError("The text is empty.", hint="Give some text to check.")
    with state.lock:
        return state.checker.check_text(text, path)


def upload_document(data: bytes, filename: str | None, max_bytes: int) -> tuple[str, str]:
    """The text of an uploaded file, by its extension (the name never touches the disk)."""
    name = (filename or "upload.txt").replace("\\", "/").rsplit("/", 1)[-1][:200]
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    fmt = UPLOAD_FORMATS.get(suffix)
    if fmt is None:
        raise SleuthError(f"Cannot check {name!r}: only .txt (or .srt, .vtt subtitles), .md "
                          "and .html files.",
                          hint="Save the article as plain text, Markdown or HTML.")
    if len(data) > max_bytes:
        raise HTTPException(413, f"{name} is larger than {max_bytes:,} bytes.")
    doc = document_from_bytes(data, name=name, fmt=fmt, max_bytes=max_bytes)
    return doc.text, name


CHECK_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": CheckRequest.model_json_schema()},
            "multipart/form-data": {"schema": {
                "type": "object", "required": ["file"],
                "properties": {"file": {"type": "string", "format": "binary",
                                        "description": "A .txt, .md or .html file."}},
            }},
        },
    }
}


@router.post("/check", response_model=DocumentOut, openapi_extra=CHECK_BODY,
             responses=errors(400, 413, 422))
async def check(request: Request) -> dict[str, Any]:
    """Check one article: a JSON body ``{"text": ...}`` or a multipart file upload.

    Returns the checker's JSON contract for one document (``sleuth check --format json``),
    plus ``counts`` of verdicts.
    """
    state = state_of(request)
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("multipart/form-data"):
        form = await request.form(max_files=1, max_fields=5)
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise HTTPException(422, "multipart body needs a 'file' field with the article")
        text, path = upload_document(await upload.read(), upload.filename,
                                     state.settings.max_bytes)
    else:
        raw = await request.body()
        try:
            payload = CheckRequest.model_validate(json.loads(raw))
        except (ValueError, ValidationError) as exc:
            detail: Sequence[Mapping[str, Any]] = [{"loc": ["body"], "msg": str(exc)}]
            if isinstance(exc, ValidationError):
                detail = exc.errors(include_url=False)
            message = validation_message(detail) or "invalid JSON"
            raise HTTPException(422, message) from exc
        text, path = payload.text, payload.path
    return document_json(run_check(state, text, path))


@router.get("/entities", response_model=list[EntityHit], responses=errors(422))
def entities(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=200, description="Words to find.")],
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> list[dict[str, Any]]:
    """Search names, aliases and comments; an exact name or alias match comes first."""
    state = state_of(request)
    with state.lock:
        hits, _ = matching_entities(state.catalog, q, limit)
    return [{"id": e.id, "name": e.name, "kind": e.kind, "comment": e.comment}
            for e in hits[:limit]]


@router.get("/entities/{entity_id:path}", responses=errors(404))
def entity(request: Request, entity_id: str) -> dict[str, Any]:
    """The entity card of ``sleuth show --format json``: facts with provenance, related
    entities and conflicts between sources."""
    state = state_of(request)
    with state.lock:
        if state.catalog.entity(entity_id) is None:
            raise HTTPException(404, f"No entity with id {entity_id!r}.")
        return state.catalog.card(entity_id)


@router.get("/timeline", response_model=list[EventOut], responses=errors(400, 422))
def timeline(
    request: Request,
    state_code: Annotated[str | None, Query(alias="state", max_length=20,
                                            description="GCAT state code: SU, RU, US, …")]
    = None,
    operator: Annotated[str | None, Query(max_length=40)] = None,
    program: Annotated[str | None, Query(max_length=100)] = None,
    kind: Annotated[str | None, Query(max_length=40, description="launch, docking, …")]
    = None,
    start: Annotated[int | None, Query(alias="from", ge=1, le=9999)] = None,
    end: Annotated[int | None, Query(alias="to", ge=1, le=9999)] = None,
    limit: Annotated[int, Query(ge=1, le=10000)] = 1000,
) -> list[dict[str, Any]]:
    """Events in date order (launches, dockings, foundings, …), filtered like
    ``sleuth timeline``; ``from`` and ``to`` are inclusive years."""
    if start is not None and end is not None and start > end:
        raise SleuthError(f"from={start} is after to={end}")
    state = state_of(request)
    with state.lock:
        events = state.catalog.timeline(state=state_code, operator=operator, program=program,
                                        kind=kind, start_year=start, end_year=end, limit=limit)
    return [dataclasses.asdict(e) for e in events]


@router.get("/stats/launches-per-year", response_model=LaunchesPerYear,
            responses=errors(400, 422))
def launches(
    request: Request,
    by: GroupBy = GroupBy.state,
    state_codes: Annotated[list[str] | None, Query(
        alias="state", description="Only launches of these GCAT state codes (repeatable).")]
    = None,
    start: Annotated[int | None, Query(alias="from", ge=1900, le=2100)] = None,
    end: Annotated[int | None, Query(alias="to", ge=1900, le=2100)] = None,
    top: Annotated[int | None, Query(ge=1, le=100, description="Keep the largest groups, "
                                     "fold the rest into 'other'.")] = None,
) -> dict[str, Any]:
    """Orbital launch attempts per year from GCAT's launch log, grouped by state, operator
    or program: the data of the space race chart."""
    state = state_of(request)
    with state.lock:
        counts = launches_per_year(state.catalog, by=by.value, states=state_codes,
                                   start_year=start, end_year=end, top=top)
    return counts.as_json()
