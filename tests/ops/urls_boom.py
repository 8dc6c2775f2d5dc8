"""A URL map with a view that fails, to see what a server error shows and logs."""

from django.http import HttpRequest, HttpResponse
from django.urls import include, path


def boom(request: HttpRequest, number: int) -> HttpResponse:
    raise RuntimeError("letter text that must never reach the client")


urlpatterns = [
    path("boom/<int:number>/", boom),
    path("", include("oversight.urls")),
]
