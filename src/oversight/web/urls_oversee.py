"""URL patterns of the oversee pages (views in `views_oversee.py`)."""

from __future__ import annotations

from django.urls import URLPattern, path

from oversight.web import views_oversee

urlpatterns: list[URLPattern] = [
    path("forces/<slug:slug>/", views_oversee.force_detail, name="force-detail"),
]
