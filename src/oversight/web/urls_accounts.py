"""URL patterns of the accounts pages (views in `views_accounts.py`).

The sign-in and password URLs keep the names of ``django.contrib.auth.urls`` (login, logout,
password_reset, …), so the admin and ``LOGIN_URL`` find them.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import URLPattern, URLResolver, include, path

from oversight.web import views_accounts as views

urlpatterns: list[URLPattern | URLResolver] = [
    path("accounts/login/", views.LoginView.as_view(), name="login"),
    # Django's LogoutView accepts POST only: a link or an image elsewhere cannot sign anyone out.
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/password_change/", views.PasswordChangeView.as_view(), name="password_change"),
    path(
        "accounts/password_change/done/",
        auth_views.PasswordChangeDoneView.as_view(template_name="registration/password_changed.html"),
        name="password_change_done",
    ),
    path("accounts/password_reset/", views.PasswordResetView.as_view(), name="password_reset"),
    path("accounts/password_reset/done/", views.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path(
        "accounts/reset/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "accounts/reset/done/",
        auth_views.PasswordResetCompleteView.as_view(template_name="registration/reset_complete.html"),
        name="password_reset_complete",
    ),
]

if settings.OIDC_ENABLED:
    # oidc_authentication_init (the "sign in with" link) and oidc_authentication_callback.
    urlpatterns.append(path("accounts/oidc/", include("mozilla_django_oidc.urls")))
