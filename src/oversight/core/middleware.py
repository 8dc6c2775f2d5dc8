"""Request guards that apply to every page and API call."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.utils.cache import patch_vary_headers

NUL = "\x00"


def _has_nul(request: HttpRequest) -> bool:
    if NUL in request.path:
        return True
    for key, values in request.GET.lists():
        if NUL in key or any(NUL in v for v in values):
            return True
    content_type = request.content_type or ""
    if request.method in ("POST", "PUT", "PATCH", "DELETE"):
        if content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
            # Form fields, decoded; uploaded files are documents and are not inspected.
            return any(NUL in k or any(NUL in v for v in vs) for k, vs in request.POST.lists())
        # Any other body (JSON, text, XML, none declared) is checked as sent, with JSON's escape too.
        body = request.body
        return b"\x00" in body or b"\\u0000" in body.lower()
    return False


class RejectNulCharactersMiddleware:
    """Refuse text containing the NUL character, which PostgreSQL cannot store or compare.

    Without this a NUL in a query parameter reaches a query and fails there as a server error;
    here it is a clear 400 for any page or API call. (Uploaded files are not inspected: they
    are documents, read by the ingestion pipeline.)
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if _has_nul(request):
            message = "The request contains a NUL character, which is not allowed in text."
            if request.path.startswith("/api/"):
                return JsonResponse({"detail": message}, status=400)
            return HttpResponseBadRequest(message)
        return self.get_response(request)


class PrivateResponseHeadersMiddleware:
    """Keep signed-in answers out of shared and browser caches, and refuse unused browser features.

    Anything answered to a signed-in user (a session or an API token) may hold unpublished,
    OFFICIAL-SENSITIVE material, so it is marked ``Cache-Control: private, no-store``. Public pages
    for anonymous visitors and static files keep their own caching. Every answer carries the
    Permissions-Policy from settings."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if request.path.startswith(settings.STATIC_URL):
            return response
        user = getattr(request, "user", None)
        if getattr(user, "is_authenticated", False) or request.headers.get("Authorization"):
            response.headers["Cache-Control"] = "private, no-store"
            patch_vary_headers(response, ("Cookie", "Authorization"))
        return response
