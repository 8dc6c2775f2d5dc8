"""The JSON API: one NinjaAPI, with each domain app contributing its own router."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import HttpError
from ninja.parser import Parser

from oversight.accounts.api import router as accounts_router
from oversight.core.errors import InvalidChange, NotAllowed, NotFound
from oversight.evidence.api import router as evidence_router
from oversight.measures.api import router as measures_router
from oversight.obligations.api import router as obligations_router
from oversight.organisations.api import router as organisations_router
from oversight.reports.api import router as reports_router
from oversight.responses.api import router as responses_router


class UnsupportedMediaType(Exception):
    """The body of a JSON operation was sent as something else."""


class JsonOnlyParser(Parser):
    """Operations that take a JSON body read only JSON: a form post or plain text is refused (415),
    so a body a browser can send cross-site without a preflight is never taken as an API call."""

    def parse_body(self, request: HttpRequest) -> dict[str, Any]:
        content_type = request.content_type or ""
        if content_type != "application/json" and not content_type.endswith("+json"):
            raise UnsupportedMediaType(
                f"Send this request's body as application/json, not {content_type or 'untyped'}."
            )
        return super().parse_body(request)


api = NinjaAPI(
    parser=JsonOnlyParser(),
    title="Oversight API",
    version="1",
    description=(
        "Inspection reports, their findings, the obligations they create and their status. "
        "Authenticate with `Authorization: Bearer <token>`; without a token only public data is returned."
    ),
    urls_namespace="api",
)
api.add_router("/organisations", organisations_router)
api.add_router("/users", accounts_router)
api.add_router("/reports", reports_router)
api.add_router("/obligations", obligations_router)
api.add_router("/responses", responses_router)
api.add_router("/evidence", evidence_router)
api.add_router("", measures_router)


@api.exception_handler(NotFound)
def not_found(request: HttpRequest, exc: NotFound) -> HttpResponse:
    return api.create_response(request, {"detail": exc.message}, status=404)


@api.exception_handler(NotAllowed)
def not_allowed(request: HttpRequest, exc: NotAllowed) -> HttpResponse:
    return api.create_response(request, {"detail": exc.message}, status=403)


@api.exception_handler(InvalidChange)
def invalid_change(request: HttpRequest, exc: InvalidChange) -> HttpResponse:
    return api.create_response(request, {"detail": exc.message}, status=409)


@api.exception_handler(HttpError)
def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    """Ninja's own errors; a body that is not JSON becomes 415 rather than "cannot parse"."""
    if isinstance(exc.__cause__, UnsupportedMediaType):
        return api.create_response(request, {"detail": str(exc.__cause__)}, status=415)
    return api.create_response(request, {"detail": str(exc)}, status=exc.status_code)
