"""The JSON API: one NinjaAPI, with each domain app contributing its own router."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI

from oversight.core.errors import InvalidChange, NotAllowed, NotFound
from oversight.evidence.api import router as evidence_router
from oversight.measures.api import router as measures_router
from oversight.obligations.api import router as obligations_router
from oversight.organisations.api import router as organisations_router
from oversight.reports.api import router as reports_router
from oversight.responses.api import router as responses_router

api = NinjaAPI(
    title="Oversight API",
    version="1",
    description=(
        "Inspection reports, their findings, the obligations they create and their status. "
        "Authenticate with `Authorization: Bearer <token>`; without a token only public data is returned."
    ),
    urls_namespace="api",
)
api.add_router("/organisations", organisations_router)
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
