"""Bad input on the write paths is refused at the edge with a clear answer, and leaves nothing behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from oversight.accounts.models import Role
from oversight.accounts.services import api_token_create
from oversight.core.audit import audit_trail
from oversight.core.errors import InvalidChange, NotAllowed
from oversight.organisations.models import Organisation
from oversight.responses.models import Response, ResponseState
from oversight.responses.services import response_ingest_file, response_withdraw
from tests.accounts.factories import member_of
from tests.conftest import SHARED
from tests.responses.factories import ResponseFactory, ResponseItemFactory

TVP_BODY = "Thames Valley Police and Crime Commissioner"
SEED_LETTER = SHARED / "seeds" / "002_1dbf767424ad35b5.txt"
needs_seed = pytest.mark.skipif(not SEED_LETTER.is_file(), reason="the seed letters in ../shared are not beside")


def _uploads() -> list[Path]:
    return [p for p in (Path(settings.MEDIA_ROOT) / "uploads").glob("**/*") if p.is_file()]


def _bearer(user) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {api_token_create(actor=None, user=user, name='t')[1]}"}


@pytest.fixture
def draft(oic):
    response = ResponseFactory(report=oic, organisation=Organisation.objects.get(name=TVP_BODY))
    ResponseItemFactory(response=response, finding=oic.findings.first())
    return response


@pytest.mark.parametrize(
    "decision",
    [
        {"stance": "bogus", "claimed_status": "in_progress"},
        {"stance": "agree", "claimed_status": "bogus"},
    ],
)
def test_an_unknown_stance_or_status_is_a_422_naming_the_field(client, draft, decision):
    editor = member_of(TVP_BODY, Role.BODY_EDITOR)
    item = draft.items.get()
    answer = client.post(
        f"/api/responses/{draft.pk}/confirm",
        {"decisions": [{"item_id": item.pk, **decision}]},
        content_type="application/json",
        **_bearer(editor),
    )
    assert answer.status_code == 422
    bad_field = "stance" if decision["stance"] == "bogus" else "claimed_status"
    assert answer.json()["detail"][0]["loc"][-1] == bad_field
    draft.refresh_from_db()
    assert draft.state == ResponseState.DRAFT


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"items": [{"id": 1, "stance": "agree"}]}, "items"),  # a misnamed list: nothing would be decided
        ({"decisions": [], "publish": True}, "publish"),
    ],
)
def test_a_field_the_confirm_does_not_know_is_a_422_naming_it_and_nothing_is_confirmed(client, draft, body, field):
    editor = member_of(TVP_BODY, Role.BODY_EDITOR)
    answer = client.post(f"/api/responses/{draft.pk}/confirm", body, content_type="application/json", **_bearer(editor))
    assert answer.status_code == 422
    problem = answer.json()["detail"][0]
    assert problem["type"] == "extra_forbidden"
    assert problem["loc"][-1] == field
    draft.refresh_from_db()
    assert draft.state == ResponseState.DRAFT


def test_the_confirm_service_refuses_an_unknown_stance_too(draft):
    from oversight.responses.services import ItemDecision, response_confirm

    editor = member_of(TVP_BODY, Role.BODY_EDITOR)
    with pytest.raises(InvalidChange, match="is not a stance"):
        response_confirm(actor=editor, response=draft, decisions={draft.items.get().pk: ItemDecision("x", "y")})


@pytest.mark.parametrize("content_type", ["text/plain", "application/xml", "application/octet-stream"])
def test_a_nul_character_in_any_body_is_refused(client, oic, content_type):
    answer = client.post("/api/obligations/1/updates", data=b'{"text": "a\x00b"}', content_type=content_type)
    assert answer.status_code == 400
    assert "NUL character" in answer.json()["detail"]


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded"])
def test_a_json_operation_refuses_other_bodies_with_415(client, draft, content_type):
    editor = member_of(TVP_BODY, Role.BODY_EDITOR)
    answer = client.post(f"/api/responses/{draft.pk}/confirm", data="{}", content_type=content_type, **_bearer(editor))
    assert answer.status_code == 415
    assert "application/json" in answer.json()["detail"]


@pytest.mark.parametrize(
    ("organisation", "role"),
    [
        ("West Yorkshire Police", Role.VIEWER),
        ("Yorkshire and Humber Regional Organised Crime Unit", Role.PARTNER),
        ("Thames Valley Police", Role.FORCE_EDITOR),
    ],
)
def test_only_policing_body_editors_may_upload_letters_through_the_api(client, oic, organisation, role):
    user = member_of(organisation, role)
    letter = SimpleUploadedFile("letter.txt", b"Dear Chief Inspector, I agree.", content_type="text/plain")
    answer = client.post("/api/responses/ingest", {"file": letter}, **_bearer(user))
    assert answer.status_code == 403
    assert "policing-body editors" in answer.json()["detail"]
    assert _uploads() == []


def test_a_file_over_the_limit_is_refused_before_it_is_stored(client, oic, settings):
    settings.MAX_UPLOAD_BYTES = 100
    editor = member_of(TVP_BODY, Role.BODY_EDITOR)
    letter = SimpleUploadedFile("big.txt", b"x" * 101, content_type="text/plain")
    answer = client.post("/api/responses/ingest", {"file": letter}, **_bearer(editor))
    assert answer.status_code == 413
    assert _uploads() == []


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("truncated.pdf", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog"),
        ("unknown.bin", bytes(range(256)) * 4),
        ("empty-text.txt", b"   \n  "),
    ],
)
def test_a_refused_letter_leaves_nothing_in_the_uploads_folder(client, oic, name, data):
    editor = member_of(TVP_BODY, Role.BODY_EDITOR)
    client.force_login(editor)
    page = client.post("/responses/upload/", {"letter": SimpleUploadedFile(name, data)})
    assert page.status_code in (400, 422)
    assert _uploads() == []
    assert Response.objects.count() == 0


@needs_seed
def test_a_letter_read_into_a_draft_leaves_no_copy_behind_and_a_second_upload_offers_the_draft(client, oic):
    editor = member_of(TVP_BODY, Role.BODY_EDITOR)
    client.force_login(editor)
    first = client.post("/responses/upload/", {"letter": SimpleUploadedFile("tv.txt", SEED_LETTER.read_bytes())})
    assert first.status_code == 302
    second = client.post("/responses/upload/", {"letter": SimpleUploadedFile("tv.txt", SEED_LETTER.read_bytes())})
    assert second.status_code == 302
    assert first["Location"] == second["Location"]
    assert Response.objects.count() == 1
    assert _uploads() == []
    page = client.get(second["Location"])
    assert "was already read into this draft" in page.content.decode()


@needs_seed
def test_a_renamed_policing_body_still_receives_its_letters(oic):
    body = Organisation.objects.get(name=TVP_BODY)
    body.name = "Office of the Police and Crime Commissioner for Thames Valley"
    body.save()
    editor = member_of(body.name, Role.BODY_EDITOR)
    outcome = response_ingest_file(actor=editor, path=SEED_LETTER, filename="tv.txt")
    assert outcome.response is not None, outcome.problem
    assert outcome.response.organisation == body
    assert SEED_LETTER.is_file()  # a file outside the uploads folder is never removed


def test_publication_is_undone_only_by_a_withdrawal_with_a_reason(client, draft):
    approver = member_of(TVP_BODY, Role.APPROVER)
    editor = member_of(TVP_BODY, Role.BODY_EDITOR)
    Response.objects.filter(pk=draft.pk).update(state=ResponseState.PUBLISHED)
    draft.refresh_from_db()
    with pytest.raises(NotAllowed):
        response_withdraw(actor=editor, response=draft, reason="Wrong letter")
    client.force_login(approver)
    confirm_page = client.get(f"/responses/{draft.pk}/withdraw/")
    assert "Are you sure you want to withdraw this response?" in confirm_page.content.decode()
    empty = client.post(f"/responses/{draft.pk}/withdraw/", {"reason": "  "})
    assert empty.status_code == 400
    assert "Enter why the response is being withdrawn" in empty.content.decode()
    done = client.post(f"/responses/{draft.pk}/withdraw/", {"reason": "The letter answered another report."})
    assert done.status_code == 302
    draft.refresh_from_db()
    assert (draft.state, draft.withdrawn_by) == (ResponseState.WITHDRAWN, approver)
    latest = audit_trail(draft)[0]
    assert latest.reason == "The letter answered another report."
    assert latest.who == approver.get_username()
    assert client.logout() is None
    assert client.get(f"/api/responses/{draft.pk}").status_code == 404  # no longer public
    again = client.post(
        f"/api/responses/{draft.pk}/withdraw",
        {"reason": "again"},
        content_type="application/json",
        **_bearer(approver),
    )
    assert again.status_code == 409
