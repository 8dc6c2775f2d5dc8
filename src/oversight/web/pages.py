"""Small page helpers every view module shares."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def forbidden(request: HttpRequest, message: str) -> HttpResponse:
    """The service's own 403 page, saying why."""
    return render(request, "web/forbidden.html", {"message": message}, status=403)
