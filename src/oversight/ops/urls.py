"""URL patterns for operations: health and readiness, at the site root."""

from __future__ import annotations

from django.urls import path

from oversight.ops import views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("readyz", views.readyz, name="readyz"),
]
