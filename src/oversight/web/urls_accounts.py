"""URL patterns of the accounts pages (views in `views_accounts.py`)."""

from __future__ import annotations

from django.urls import URLPattern

urlpatterns: list[URLPattern] = []
