"""Account pages: sign in and out, password change and reset, invitations, and user administration.

Sign-in and password reset are Django's own views with the service's templates; django-axes refuses an
account or an address after too many failures (``accounts/throttle.py``), and this module renders its
lockout page. User administration is for administrators only and writes through ``accounts/services.py``.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordResetForm
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.views.decorators.http import require_http_methods, require_POST

from oversight.accounts.access import access_membership_by_id, access_user_by_id, can_administer_users
from oversight.accounts.models import Membership, Role, User
from oversight.accounts.rules import ROLE_ORGANISATION_KINDS
from oversight.accounts.selectors import user_audit, user_list
from oversight.accounts.services import (
    invitation_resend,
    membership_add,
    membership_change,
    membership_remove,
    membership_seen,
    user_invite,
    user_set_active,
)
from oversight.accounts.throttle import cool_off_minutes, reset_request_allowed
from oversight.core.errors import InvalidChange, NotAllowed, NotFound
from oversight.organisations.models import Organisation
from oversight.web.pages import forbidden as _forbidden


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


class InvitationAcceptView(PasswordResetConfirmView):
    """The invited person chooses a password from the emailed link (the same one-use token as a reset)."""

    success_url = reverse_lazy("login")
    reset_url_token = "set-password"  # noqa: S105  # a URL segment, not a password

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["heading"] = "Choose a password to finish setting up your account"
        context["button"] = "Save the password"
        return context

    def form_valid(self, form: Any) -> HttpResponse:
        response = super().form_valid(form)
        messages.success(self.request, "Your password is saved. Sign in with your username and the new password.")
        return response


# User administration ---------------------------------------------------------------------------


class MembershipForm(forms.Form):
    organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.order_by("name"),
        empty_label="Choose an organisation",
        error_messages={"required": "Choose the organisation", "invalid_choice": "Choose the organisation"},
    )
    role = forms.ChoiceField(
        choices=[("", "Choose a role"), *Role.choices],
        error_messages={"required": "Choose the role", "invalid_choice": "Choose the role"},
    )


class InviteForm(MembershipForm):
    name = forms.CharField(max_length=150, error_messages={"required": "Enter the person's full name"})
    email = forms.EmailField(
        max_length=254,
        error_messages={
            "required": "Enter the person's email address",
            "invalid": "Enter an email address in the correct format, like name@example.org",
        },
    )
    field_order = ["name", "email", "organisation", "role"]


def _site_url(request: HttpRequest) -> str:
    return request.build_absolute_uri("/")


def _role_fit_rows() -> list[tuple[str, str]]:
    from oversight.organisations.models import OrganisationKind

    kinds = dict(OrganisationKind.choices)
    return [
        (label, ", ".join(sorted(kinds[k] for k in ROLE_ORGANISATION_KINDS[value]))) for value, label in Role.choices
    ]


def _administrator_only(request: HttpRequest) -> HttpResponse | None:
    if not can_administer_users(request.user):
        return _forbidden(request, "Only administrators can manage users.")
    return None


def _subject_or_404(request: HttpRequest, user_id: int) -> User:
    try:
        return access_user_by_id(request.user, user_id)
    except NotFound as exc:
        raise Http404(exc.message) from exc


def _membership_or_404(request: HttpRequest, user_id: int, membership_id: int) -> Membership:
    try:
        return access_membership_by_id(request.user, user_id, membership_id)
    except NotFound as exc:
        raise Http404(exc.message) from exc


@login_required
def user_list_view(request: HttpRequest) -> HttpResponse:
    if refused := _administrator_only(request):
        return refused
    query = request.GET.get("q", "").strip()[:200]
    users = list(user_list(actor=request.user, query=query)[:500])
    return render(request, "web/users_list.html", {"users": users, "query": query})


@login_required
@require_http_methods(["GET", "POST"])
def user_invite_view(request: HttpRequest) -> HttpResponse:
    if refused := _administrator_only(request):
        return refused
    form = InviteForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                invited = user_invite(
                    actor=request.user,
                    name=form.cleaned_data["name"],
                    email=form.cleaned_data["email"],
                    organisation=form.cleaned_data["organisation"],
                    role=form.cleaned_data["role"],
                    site_url=_site_url(request),
                )
            except NotAllowed as exc:
                return _forbidden(request, exc.message)
            except InvalidChange as exc:
                field = "email" if "email address" in exc.message else "role"
                form.add_error(field, exc.message)
                status = 409
            else:
                messages.success(request, f"Invitation sent to {invited.email}.")
                return redirect("user-detail", user_id=invited.pk)
    context = {"form": form, "errors": form_errors(form), "role_fits": _role_fit_rows()}
    return render(request, "web/users_invite.html", context, status=status)


def _render_user(
    request: HttpRequest, subject: User, *, add_form: MembershipForm | None = None, status: int = 200
) -> HttpResponse:
    add_form = add_form or MembershipForm()
    user_events, membership_events = user_audit(user=subject)
    context = {
        "subject": subject,
        "memberships": [(m, membership_seen(m)) for m in subject.memberships.select_related("organisation")],
        "add_form": add_form,
        "errors": form_errors(add_form),
        "invited": subject.is_active and not subject.has_usable_password(),
        "user_events": user_events,
        "membership_events": membership_events,
        "role_fits": _role_fit_rows(),
    }
    return render(request, "web/users_detail.html", context, status=status)


@login_required
def user_detail_view(request: HttpRequest, user_id: int) -> HttpResponse:
    if refused := _administrator_only(request):
        return refused
    return _render_user(request, _subject_or_404(request, user_id))


@login_required
@require_POST
def membership_add_view(request: HttpRequest, user_id: int) -> HttpResponse:
    if refused := _administrator_only(request):
        return refused
    subject = _subject_or_404(request, user_id)
    form = MembershipForm(request.POST)
    if not form.is_valid():
        return _render_user(request, subject, add_form=form, status=400)
    try:
        membership = membership_add(
            actor=request.user,
            user=subject,
            organisation=form.cleaned_data["organisation"],
            role=form.cleaned_data["role"],
        )
    except InvalidChange as exc:
        form.add_error("role", exc.message)
        return _render_user(request, subject, add_form=form, status=409)
    messages.success(
        request,
        f"{subject.get_username()} is now {membership.get_role_display().lower()}, {membership.organisation.name}.",
    )
    return redirect("user-detail", user_id=subject.pk)


@login_required
@require_http_methods(["GET", "POST"])
def membership_change_view(request: HttpRequest, user_id: int, membership_id: int) -> HttpResponse:
    if refused := _administrator_only(request):
        return refused
    membership = _membership_or_404(request, user_id, membership_id)
    seen = request.POST.get("seen", "") if request.method == "POST" else membership_seen(membership)
    initial = {"organisation": membership.organisation_id, "role": membership.role}
    form = MembershipForm(request.POST if request.method == "POST" else None, initial=initial)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                membership_change(
                    actor=request.user,
                    membership=membership,
                    organisation=form.cleaned_data["organisation"],
                    role=form.cleaned_data["role"],
                    seen=seen,
                )
            except InvalidChange as exc:
                form.add_error("role", exc.message)
                status = 409
            else:
                messages.success(request, "Membership changed.")
                return redirect("user-detail", user_id=user_id)
    context = {
        "membership": membership,
        "form": form,
        "seen": seen,
        "errors": form_errors(form),
        "role_fits": _role_fit_rows(),
    }
    return render(request, "web/users_membership.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def membership_remove_view(request: HttpRequest, user_id: int, membership_id: int) -> HttpResponse:
    if refused := _administrator_only(request):
        return refused
    try:
        membership = access_membership_by_id(request.user, user_id, membership_id)
    except NotFound as exc:
        if request.method == "POST":  # removed already, by a double submission or someone else
            messages.success(request, "Membership removed.")
            return redirect("user-detail", user_id=_subject_or_404(request, user_id).pk)
        raise Http404(exc.message) from exc
    problem = ""
    if request.method == "POST":
        try:
            membership_remove(actor=request.user, membership=membership, seen=request.POST.get("seen", ""))
        except InvalidChange as exc:
            problem = exc.message
        else:
            messages.success(request, "Membership removed.")
            return redirect("user-detail", user_id=user_id)
    context = {"membership": membership, "seen": membership_seen(membership), "problem": problem}
    return render(request, "web/users_membership_remove.html", context, status=409 if problem else 200)


@login_required
@require_http_methods(["GET", "POST"])
def user_deactivate_view(request: HttpRequest, user_id: int) -> HttpResponse:
    if refused := _administrator_only(request):
        return refused
    subject = _subject_or_404(request, user_id)
    problem = ""
    if request.method == "POST":
        try:
            user_set_active(actor=request.user, user=subject, active=False)
        except InvalidChange as exc:
            problem = exc.message
        else:
            messages.success(request, f"{subject.get_username()} is deactivated and can no longer sign in.")
            return redirect("user-detail", user_id=subject.pk)
    elif not subject.is_active:
        return redirect("user-detail", user_id=subject.pk)
    context = {"subject": subject, "problem": problem}
    return render(request, "web/users_deactivate.html", context, status=409 if problem else 200)


@login_required
@require_POST
def user_reactivate_view(request: HttpRequest, user_id: int) -> HttpResponse:
    if refused := _administrator_only(request):
        return refused
    subject = _subject_or_404(request, user_id)
    user_set_active(actor=request.user, user=subject, active=True)
    messages.success(request, f"{subject.get_username()} is active again and can sign in.")
    return redirect("user-detail", user_id=subject.pk)


@login_required
@require_POST
def invitation_resend_view(request: HttpRequest, user_id: int) -> HttpResponse:
    if refused := _administrator_only(request):
        return refused
    subject = _subject_or_404(request, user_id)
    try:
        invitation_resend(actor=request.user, user=subject, site_url=_site_url(request))
    except InvalidChange as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, f"A new invitation was sent to {subject.email}.")
    return redirect("user-detail", user_id=subject.pk)
