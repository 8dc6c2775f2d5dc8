from django.urls import path, re_path

from oversight.web import urls_accounts, urls_measures, urls_oversee, urls_reports, urls_tracking, views

urlpatterns = [
    *urls_reports.urlpatterns,  # before reports/<key>/, which would take "register" for a key
    path("", views.home, name="home"),
    path("reports/<slug:key>/", views.report_detail, name="report-detail"),
    re_path(
        r"^reports/(?P<key>[-a-zA-Z0-9_]+)/forces-and-findings\.(?P<fmt>csv|xlsx|json)$",
        views.report_export,
        name="report-export",
    ),
    path("responses/", views.response_list, name="response-list"),
    path("responses/upload/", views.response_upload, name="response-upload"),
    path("responses/compose/<slug:key>/", views.response_compose_view, name="response-compose"),
    path("responses/<int:response_id>/", views.response_detail, name="response-detail"),
    path("responses/<int:response_id>/confirm/", views.response_confirm_view, name="response-confirm"),
    path("responses/<int:response_id>/publish/", views.response_publish_view, name="response-publish"),
    path("responses/<int:response_id>/withdraw/", views.response_withdraw_view, name="response-withdraw"),
    re_path(
        r"^responses/(?P<response_id>[0-9]+)/letter\.(?P<fmt>html|docx|pdf)$",
        views.response_letter,
        name="response-letter",
    ),
    *urls_tracking.urlpatterns,
    *urls_oversee.urlpatterns,
    *urls_accounts.urlpatterns,
    *urls_measures.urlpatterns,
]
