"""Who may see responses: published ones are public; drafts stay with their organisation,
the force it oversees, and national roles."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet

from oversight.accounts.access import viewer_for
from oversight.accounts.models import Role
from oversight.core.errors import NotFound
from oversight.responses.models import Response, ResponseState


def responses_visible_to(user: Any) -> QuerySet[Response]:
    viewer = viewer_for(user)
    qs = Response.objects.select_related("report", "organisation", "force")
    if viewer.is_national:
        return qs
    published = Q(state=ResponseState.PUBLISHED)
    if viewer.is_anonymous:
        return qs.filter(published)
    ids = viewer.material_organisation_ids
    return qs.filter(published | Q(organisation_id__in=ids) | Q(force_id__in=ids))


def access_response_by_id(user: Any, response_id: int) -> Response:
    response = responses_visible_to(user).filter(pk=response_id).first()
    if response is None:
        raise NotFound(f"No response with the id {response_id} that you can see")
    return response


def can_review_response(user: Any, response: Response) -> bool:
    """Confirm a draft: the policing body's editors and approvers."""
    return viewer_for(user).has_role(response.organisation_id, Role.BODY_EDITOR, Role.APPROVER)


def can_publish_response(user: Any, response: Response) -> bool:
    return viewer_for(user).has_role(response.organisation_id, Role.APPROVER)


def can_upload_letters(user: Any) -> bool:
    """Letters are recorded by policing-body editors and approvers (and national roles); the
    service then checks that a letter is from the uploader's own body."""
    viewer = viewer_for(user)
    return viewer.is_national or any(viewer.has_role(org, Role.BODY_EDITOR, Role.APPROVER) for org in viewer.roles)
