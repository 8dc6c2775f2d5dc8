"""URL patterns of the tracking pages (views in `views_tracking.py`)."""

from __future__ import annotations

from django.urls import URLPattern, path

from oversight.web import views_tracking as views

urlpatterns: list[URLPattern] = [
    path("obligations/<int:obligation_id>/", views.obligation_detail, name="obligation-detail"),
    path("obligations/<int:obligation_id>/actions/add/", views.action_form, name="obligation-action-add"),
    path(
        "obligations/<int:obligation_id>/actions/<int:action_id>/edit/",
        views.action_form,
        name="obligation-action-edit",
    ),
    path(
        "obligations/<int:obligation_id>/actions/<int:action_id>/status/",
        views.action_status,
        name="obligation-action-status",
    ),
    path("obligations/<int:obligation_id>/updates/add/", views.update_add, name="obligation-update-add"),
    path("obligations/<int:obligation_id>/status/", views.status_change, name="obligation-status"),
    path("obligations/<int:obligation_id>/publish-status/", views.publish_status, name="obligation-publish-status"),
    path("obligations/<int:obligation_id>/evidence/add/", views.evidence_form, name="evidence-add"),
    path(
        "obligations/<int:obligation_id>/evidence/<int:evidence_id>/versions/add/",
        views.evidence_form,
        name="evidence-version-add",
    ),
    path("evidence/<int:version_id>/download/", views.evidence_download, name="evidence-download"),
]
