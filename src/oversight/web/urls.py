from django.urls import path

from oversight.web import views

urlpatterns = [
    path("", views.home, name="home"),
    path("reports/<slug:key>/", views.report_detail, name="report-detail"),
]
