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
    path(
        "accounts/invitation/<uidb64>/<token>/",
        views.InvitationAcceptView.as_view(),
        name="invitation-accept",
    ),
    # User administration (administrators only).
    path("users/", views.user_list_view, name="user-list"),
    path("users/invite/", views.user_invite_view, name="user-invite"),
    path("users/<int:user_id>/", views.user_detail_view, name="user-detail"),
    path("users/<int:user_id>/memberships/", views.membership_add_view, name="user-membership-add"),
    path(
        "users/<int:user_id>/memberships/<int:membership_id>/",
        views.membership_change_view,
        name="user-membership-change",
    ),
    path(
        "users/<int:user_id>/memberships/<int:membership_id>/remove/",
        views.membership_remove_view,
        name="user-membership-remove",
    ),
    path("users/<int:user_id>/deactivate/", views.user_deactivate_view, name="user-deactivate"),
    path("users/<int:user_id>/reactivate/", views.user_reactivate_view, name="user-reactivate"),
    path("users/<int:user_id>/invitation/", views.invitation_resend_view, name="user-invitation-resend"),
]

if settings.OIDC_ENABLED:
    # oidc_authentication_init (the "sign in with" link) and oidc_authentication_callback.
    urlpatterns.append(path("accounts/oidc/", include("mozilla_django_oidc.urls")))
