"""URL patterns of the oversee pages (views in `views_oversee.py`)."""

from __future__ import annotations

from django.urls import URLPattern

urlpatterns: list[URLPattern] = []
