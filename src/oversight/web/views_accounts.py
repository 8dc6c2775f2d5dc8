"""Account pages: sign in and out, password change and reset, invitations, and user administration.

Sign-in and password reset are Django's own views with the service's templates; django-axes refuses an
account or an address after too many failures (``accounts/throttle.py``), and this module renders its
lockout page. User administration is for administrators only and writes through ``accounts/services.py``.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import PasswordResetForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from oversight.accounts.throttle import cool_off_minutes, reset_request_allowed


def form_errors(form: forms.BaseForm) -> list[tuple[str, str]]:
    """A form's errors as (link target, message) pairs for the GOV.UK error summary."""
    errors: list[tuple[str, str]] = []
    for name, field_errors in form.errors.items():
        target = f"#{form[name].id_for_label}" if name in form.fields else f"#{next(iter(form.fields), '')}"
        errors.extend((target or "#main-content", str(message)) for message in field_errors)
    return errors


def _reset_hours() -> int:
    return max(1, settings.PASSWORD_RESET_TIMEOUT // 3600)


def _throttle_context() -> dict[str, Any]:
    return {"failure_limit": settings.AXES_FAILURE_LIMIT, "cool_off_minutes": cool_off_minutes()}


def signin_locked_out(
    request: HttpRequest, response: HttpResponse | None = None, credentials: dict[str, Any] | None = None
) -> HttpResponse:
    """The page shown instead of a sign-in or password reset refused by the attempt limit (429)."""
    return render(request, "web/accounts_locked.html", _throttle_context(), status=429)


class LoginView(auth_views.LoginView):
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        form = context["form"]
        if form.errors:
            # One message for a wrong name or password, never which of the two was wrong.
            context["errors"] = [("#id_username", "Enter a correct username and password")]
        context["oidc_enabled"] = settings.OIDC_ENABLED
        context["oidc_label"] = settings.OIDC_SIGN_IN_LABEL
        return {**context, **_throttle_context()}


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "registration/password_change.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["errors"] = form_errors(context["form"])
        return context


class PasswordResetView(auth_views.PasswordResetView):
    """Ask for a reset link: sent through the configured email backend, counted by the attempt limit."""

    template_name = "registration/reset_request.html"
    email_template_name = "registration/reset_email.txt"
    subject_template_name = "registration/reset_subject.txt"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["errors"] = form_errors(context["form"])
        return context

    def form_valid(self, form: PasswordResetForm) -> HttpResponse:
        if not reset_request_allowed(self.request, email=form.cleaned_data["email"]):
            return signin_locked_out(self.request)
        self.extra_email_context = {"site_name": settings.SITE_NAME, "reset_hours": _reset_hours()}
        return super().form_valid(form)


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "registration/reset_sent.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return {**super().get_context_data(**kwargs), "reset_hours": _reset_hours()}


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "registration/reset_confirm.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        if context.get("form") is not None:
            context["errors"] = form_errors(context["form"])
        context["reset_hours"] = _reset_hours()
        return context
