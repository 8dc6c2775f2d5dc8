"""URL patterns of the measures pages (views in `views_measures.py`)."""

from __future__ import annotations

from django.urls import URLPattern

urlpatterns: list[URLPattern] = []
