"""URL patterns of the tracking pages (views in `views_tracking.py`)."""

from __future__ import annotations

from django.urls import URLPattern

urlpatterns: list[URLPattern] = []
