"""URL patterns of the oversee pages (views in `views_oversee.py`)."""

from __future__ import annotations

from django.urls import URLPattern, path, re_path

from oversight.web import views_oversee

urlpatterns: list[URLPattern] = [
    path("forces/", views_oversee.force_list, name="force-list"),
    path("forces/<slug:slug>/", views_oversee.force_detail, name="force-detail"),
    re_path(
        r"^forces/(?P<slug>[-a-zA-Z0-9_]+)/obligations\.(?P<fmt>csv|xlsx|json)$",
        views_oversee.force_export,
        name="force-export",
    ),
    path("regions/<slug:slug>/", views_oversee.region_detail, name="region-detail"),
    path("national/", views_oversee.national, name="national"),
    path("good-practice/", views_oversee.good_practice_library, name="good-practice"),
    path("search/", views_oversee.search, name="search"),
    path("accessibility/", views_oversee.accessibility, name="accessibility"),
]
