"""Request guards that apply to every page and API call."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse

NUL = "\x00"


def _has_nul(request: HttpRequest) -> bool:
    if NUL in request.path:
        return True
    for key, values in request.GET.lists():
        if NUL in key or any(NUL in v for v in values):
            return True
    content_type = request.content_type or ""
    if request.method in ("POST", "PUT", "PATCH"):
        if content_type == "application/json":
            return b"\\u0000" in request.body or b"\x00" in request.body
        if content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
            return any(NUL in k or any(NUL in v for v in vs) for k, vs in request.POST.lists())
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
