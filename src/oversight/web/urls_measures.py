"""URL patterns of the measures pages (views in `views_measures.py`)."""

from __future__ import annotations

from django.urls import URLPattern, path, re_path

from oversight.web import views_measures as views

urlpatterns: list[URLPattern] = [
    path("data/", views.data_home, name="data-home"),
    path("data/import/", views.data_import_form, name="data-import"),
    path("data/imports/<int:import_id>/", views.data_import_detail, name="data-import-detail"),
    path("data/imports/<int:import_id>/start/", views.data_import_start, name="data-import-start"),
    path("data/imports/<int:import_id>/cancel/", views.data_import_cancel_view, name="data-import-cancel"),
    path("data/templates/<slug:kind>.csv", views.data_template, name="data-template"),
    path("data/sharing/", views.data_sharing, name="data-sharing"),
    path("indicators/<slug:key>/", views.indicators_report, name="indicators-report"),
    path("indicators/<slug:key>/<slug:slug>/", views.indicators_force, name="indicators-force"),
    re_path(
        r"^indicators/(?P<key>[-\w]+)/(?P<slug>[-\w]+)/(?P<indicator>[-\w]+)\.(?P<fmt>svg|csv)$",
        views.indicator_download,
        name="indicator-download",
    ),
    path("partners/<slug:slug>/<slug:key>/", views.partner_dashboard, name="partner-dashboard"),
]
