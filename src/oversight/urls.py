"""URL map: the web pages, the JSON API under /api/, and the admin."""

from django.contrib import admin
from django.urls import include, path

from oversight.api.urls import api

urlpatterns = [
    path("", include("oversight.ops.urls")),
    path("admin/", admin.site.urls),
    path("api/", api.urls),
    path("", include("oversight.web.urls")),
]
