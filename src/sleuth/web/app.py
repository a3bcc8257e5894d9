"""The FastAPI application: settings, shared state, size limit and JSON errors."""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from fastapi_offline import FastAPIOffline
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sleuth.catalog.store import Catalog
from sleuth.check import Checker
from sleuth.model import SleuthError
from sleuth.web.links import entity_url

HERE = Path(__file__).parent
DEFAULT_MAX_BYTES = 1_000_000


@dataclass(frozen=True, slots=True)
class WebSettings:
    """How the server behaves; ``max_bytes`` bounds every request body."""

    max_bytes: int = DEFAULT_MAX_BYTES


class WebState:
    """What every request shares: the catalog snapshot and its compiled checker.

    One lock serializes use of the SQLite connection and the checker's caches; checks are
    CPU-bound, so threads would not run them faster under the GIL anyway.
    """

    def __init__(self, catalog: Catalog, settings: WebSettings) -> None:
        self.catalog = catalog
        self.settings = settings
        self.lock = threading.Lock()
        self._checker: Checker | None = None

    @property
    def checker(self) -> Checker:
        if self._checker is None:
            self._checker = Checker(self.catalog)
        return self._checker


class BodyTooLarge(Exception):
    pass


class BodySizeLimit:
    """ASGI middleware: answer 413 for bodies over ``max_bytes`` before anything parses them,
    whether the client declares the size (Content-Length) or streams it (chunked)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._reject(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise BodyTooLarge
            return message

        try:
            await self.app(scope, counted, send)
        except BodyTooLarge:
            await self._reject(scope, receive, send)

    async def _reject(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = error_response(
            413, f"The request body is larger than the limit of {self.max_bytes:,} bytes.",
            hint="Check a shorter text, or split the article into parts.")
        await response(scope, receive, send)


def error_response(status: int, message: str, *, hint: str | None = None,
                   errors: Sequence[object] | None = None) -> JSONResponse:
    """The one shape of every API error: ``{"status", "error", "message", "hint"}``."""
    body: dict[str, object] = {"status": status, "error": HTTPStatus(status).phrase,
                               "message": message, "hint": hint}
    if errors is not None:
        body["errors"] = errors
    return JSONResponse(body, status_code=status)


def validation_message(errors: Sequence[Mapping[str, Any]]) -> str:
    """Pydantic-style errors as one line: ``"body.text: Field required; …"``."""
    return "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in errors)


def create_app(catalog: Catalog, settings: WebSettings | None = None) -> FastAPI:
    """The web application over ``catalog`` (opened read-only by :class:`Catalog`)."""
    from sleuth.web import api, pages

    settings = settings or WebSettings()
    # FastAPIOffline serves the /docs and /redoc assets itself: no CDN at run time.
    app = FastAPIOffline(
        title="Space Sleuth",
        summary="Check what people write about spaceflight history against the record.",
        version="0.1.0",
    )
    app.state.sleuth = WebState(catalog, settings)
    app.state.templates = Jinja2Templates(directory=HERE / "templates")
    app.state.templates.env.globals["entity_url"] = entity_url
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_bytes)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    def wants_html(request: Request) -> bool:
        return not request.url.path.startswith("/api/") and "text/html" in request.headers.get(
            "accept", "")

    @app.exception_handler(SleuthError)
    async def sleuth_error(request: Request, exc: SleuthError) -> Response:
        if wants_html(request):
            return pages.error_page(request, 400, exc.message, exc.hint)
        return error_response(400, exc.message, hint=exc.hint)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")}
                  for e in exc.errors()]
        message = validation_message(errors) or "invalid request"
        if wants_html(request):
            return pages.error_page(request, 422, message, None)
        return error_response(422, message, errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else HTTPStatus(
            exc.status_code).phrase
        if wants_html(request):
            return pages.error_page(request, exc.status_code, message, None)
        return error_response(exc.status_code, message)

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> Response:
        # A bug, not bad input: say so plainly rather than leak a traceback to the client.
        return error_response(500, f"internal error: {type(exc).__name__}",
                              hint="This is a bug in Space Sleuth; please report it.")

    return app

