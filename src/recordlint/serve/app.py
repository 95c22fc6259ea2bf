"""The web application: LanguageTool's API, the drafting page and rule pages over one Linter.

Linting runs in a worker thread, one record at a time, so the event loop keeps answering and
the spaCy pipeline is never used by two threads at once. Nothing is logged or written to disk:
record text lives only in the request and its answer.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.resources import files

import anyio
import anyio.to_thread
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from recordlint.api import Linter
from recordlint.findings import RecordKind, Report
from recordlint.language_server.convert import display_span
from recordlint.rules.registry import get_rule
from recordlint.serve.drafting import page_response, rule_page
from recordlint.serve.languagetool import (
    BadCheckRequest,
    check_response,
    languages,
    parse_check_form,
)
from recordlint.serve.security import EXTENSION_ORIGIN, GuardSettings, RequestGuard

STATIC = files("recordlint.serve") / "static"


@dataclass
class _Worker:
    """Runs lints off the event loop, one at a time."""

    linter: Linter
    _limiter: anyio.CapacityLimiter | None = field(default=None, init=False)

    async def lint(self, text: str, kind: RecordKind | None) -> Report:
        if self._limiter is None:  # made on first use, inside the running event loop
            self._limiter = anyio.CapacityLimiter(1)
        return await anyio.to_thread.run_sync(
            lambda: self.linter.lint(text, kind=kind), limiter=self._limiter
        )


def _rule_url(request: Request) -> Callable[[str], str]:
    """Rule pages on this server, under the name the client used for it (checked by the
    guard), so the link works from the client's side."""
    base = str(request.base_url)
    return lambda code: f"{base}rules/{code}"


async def _form_fields(request: Request) -> dict[str, str]:
    """The posted form. Some clients post a URL-encoded body without saying so in
    ``Content-Type``; anything that is not multipart is read as URL-encoded."""
    if request.headers.get("content-type", "").startswith("multipart/form-data"):
        form = await request.form()
        return {key: value for key, value in form.items() if isinstance(value, str)}
    body = (await request.body()).decode("utf-8", errors="strict")
    return dict(urllib.parse.parse_qsl(body, keep_blank_values=True))


def create_app(linter: Linter, guard: GuardSettings | None = None) -> Starlette:
    """The application for ``linter``; ``guard`` says which hosts, origins and sizes to accept
    (loopback names, browser add-ons and 1 MB by default)."""
    guard = guard or GuardSettings.for_server("127.0.0.1")
    worker = _Worker(linter)
    index_html = (STATIC / "index.html").read_text(encoding="utf-8")

    async def index(request: Request) -> Response:
        return HTMLResponse(index_html)

    async def languagetool_languages(request: Request) -> Response:
        return JSONResponse(languages())

    async def languagetool_check(request: Request) -> Response:
        try:
            fields = await _form_fields(request)
        except ValueError:
            return PlainTextResponse("Error: the form could not be read", status_code=400)
        try:
            check = parse_check_form(fields)
        except BadCheckRequest as error:
            # LanguageTool answers a bad request with plain text starting "Error:".
            return PlainTextResponse(f"Error: {error}", status_code=400)
        report = await worker.lint(check.text.plain, None)
        return JSONResponse(check_response(report, check, _rule_url(request), display_span))

    async def page_check(request: Request) -> Response:
        try:
            body = await request.json()
        except ValueError:
            return PlainTextResponse("Error: the body must be JSON", status_code=400)
        text = body.get("text") if isinstance(body, dict) else None
        kind_name = body.get("kind") if isinstance(body, dict) else None
        if not isinstance(text, str):
            return PlainTextResponse("Error: 'text' must be a string", status_code=400)
        try:
            kind = RecordKind(kind_name) if kind_name else None
        except ValueError:
            return PlainTextResponse(f"Error: unknown kind {kind_name!r}", status_code=400)
        report = await worker.lint(text, kind)
        return JSONResponse(page_response(report, kind is None, _rule_url(request), display_span))

    async def rule_documentation(request: Request) -> Response:
        rule = get_rule(request.path_params["code"])
        if rule is None:
            return PlainTextResponse("No such rule.", status_code=404)
        return HTMLResponse(rule_page(rule))

    routes = [
        Route("/", index),
        Route("/v2/languages", languagetool_languages),
        Route("/v2/check", languagetool_check, methods=["POST"]),
        Route("/api/check", page_check, methods=["POST"]),
        Route("/rules/{code}", rule_documentation),
        Mount("/static", StaticFiles(packages=[("recordlint.serve", "static")]), name="static"),
    ]
    middleware = [
        Middleware(RequestGuard, settings=guard),
        Middleware(
            CORSMiddleware,
            allow_origins=sorted(guard.allowed_origins),
            allow_origin_regex=EXTENSION_ORIGIN.pattern if guard.extension_origins else None,
            allow_methods=["GET", "POST"],
            allow_headers=["*"],
            # A page on the internet calling this computer must say so and be answered
            # explicitly (Private Network Access); the guard has already checked its origin.
            allow_private_network=True,
            max_age=600,
        ),
    ]
    return Starlette(routes=routes, middleware=middleware)
