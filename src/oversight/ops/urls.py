"""URL patterns for operations: health and readiness."""

from __future__ import annotations

from django.urls import URLPattern

urlpatterns: list[URLPattern] = []
