"""URL patterns of registering and publishing reports (views in `views_reports.py`)."""

from __future__ import annotations

from django.urls import URLPattern, path

from oversight.web import views_reports

urlpatterns: list[URLPattern] = [
    path("reports/register/", views_reports.report_register_view, name="report-register"),
    path("reports/<slug:key>/publish/", views_reports.report_publish_view, name="report-publish"),
]
