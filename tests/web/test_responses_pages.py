"""The response review pages, through Django's test client: upload a letter, review, confirm, publish."""

from __future__ import annotations

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from oversight.accounts.models import Role
from oversight.core.audit import audit_trail
from oversight.responses.models import Response, ResponseItem, ResponseState
from tests.accounts.factories import member_of as member
from tests.conftest import SHARED

SEED = SHARED / "seeds" / "002_1dbf767424ad35b5.docx"
TVP_BODY = "Thames Valley Police and Crime Commissioner"
pytestmark = pytest.mark.skipif(not SEED.is_file(), reason="the seed letters in ../shared are not beside the project")


def upload(client, name: str = SEED.name, content: bytes | None = None, report: str = ""):
    data = SEED.read_bytes() if content is None else content
    return client.post("/responses/upload/", {"letter": SimpleUploadedFile(name, data), "report": report})


@pytest.fixture
def editor(oic):
    return member(TVP_BODY, Role.BODY_EDITOR)


@pytest.fixture
def draft(editor, client) -> Response:
    client.force_login(editor)
    page = upload(client)
    assert page.status_code == 302, page.content.decode()
    client.logout()
    return Response.objects.get()


def test_upload_page_offers_a_file_and_the_reports_the_user_can_see(oic, editor, client):
    client.force_login(editor)
    html = client.get("/responses/upload/").content.decode()
    assert 'type="file"' in html
    assert 'enctype="multipart/form-data"' in html
    assert f'<option value="{oic.key}">{oic.title}</option>' in html
    assert "csrfmiddlewaretoken" in html


def test_upload_redirects_to_the_review_page_of_the_draft(editor, client):
    client.force_login(editor)
    page = upload(client)
    response = Response.objects.get()
    assert page.status_code == 302
    assert page["Location"] == f"/responses/{response.pk}/"
    assert response.state == ResponseState.DRAFT
    assert response.created_by == editor
    assert "was read into a draft response" in client.get(page["Location"]).content.decode()


def test_upload_with_a_named_report_uses_it(oic, editor, client):
    client.force_login(editor)
    assert upload(client, report=oic.key).status_code == 302
    assert Response.objects.get().report == oic


def test_upload_without_a_file_says_select_a_letter(editor, client):
    client.force_login(editor)
    for page in (client.post("/responses/upload/", {"report": ""}), upload(client, content=b"")):
        html = page.content.decode()
        assert page.status_code == 400
        assert "There is a problem" in html
        assert '<a href="#letter">Select a letter to upload</a>' in html
        assert "govuk-file-upload--error" in html
    assert Response.objects.count() == 0


def test_upload_naming_a_report_the_user_cannot_see_is_an_error(editor, client):
    client.force_login(editor)
    page = upload(client, report="no-such-report")
    assert page.status_code == 400
    assert '<a href="#report">Select a report from the list' in page.content.decode()
    assert Response.objects.count() == 0


def test_an_unreadable_letter_gives_the_pipelines_problem(editor, client):
    client.force_login(editor)
    page = upload(client, name="broken.pdf", content=b"%PDF-1.7 truncated")
    html = page.content.decode()
    assert page.status_code == 422
    assert "There is a problem" in html
    assert 'href="#letter"' in html
    assert Response.objects.count() == 0


def test_another_bodys_editor_cannot_record_or_see_the_letter(draft, client):
    outsider = member("Kent Police and Crime Commissioner", Role.BODY_EDITOR)
    client.force_login(outsider)
    assert client.get(f"/responses/{draft.pk}/").status_code == 404
    assert draft.organisation.name not in client.get("/responses/").content.decode()
    page = upload(client)
    assert page.status_code == 422
    assert f"the letter is from {TVP_BODY}; only its editors can record it" in page.content.decode()
    assert Response.objects.count() == 1


def test_a_force_editor_may_not_upload(oic, client):
    client.force_login(member("Thames Valley Police", Role.FORCE_EDITOR))
    assert client.get("/responses/upload/").status_code == 403


def test_pages_for_signed_in_users_send_anonymous_visitors_to_sign_in(draft, client):
    assert client.get("/responses/upload/")["Location"].startswith("/accounts/login/")
    assert client.post(f"/responses/{draft.pk}/confirm/")["Location"].startswith("/accounts/login/")
    assert client.get(f"/responses/{draft.pk}/publish/")["Location"].startswith("/accounts/login/")


def test_review_page_shows_each_item_with_highlighted_evidence(draft, editor, client, django_assert_max_num_queries):
    client.force_login(editor)
    # session, user, memberships, overseen forces, overseeing bodies, the response, its items, and the
    # report's findings a passage can be re-linked to: the same number whatever the letter's length.
    with django_assert_max_num_queries(8):
        page = client.get(f"/responses/{draft.pk}/")
    html = page.content.decode()
    assert page.status_code == 200
    assert re.findall(r'<h3 class="govuk-heading-m" id="item-\d+-heading">(R\d+)', html) == ["R2", "R4", "R8", "R9"]
    assert html.count('<mark class="app-evidence">') >= 4
    assert "600 staff" in html  # R9's evidence
    assert "Matthew Barber" in html
    assert "Thames Valley Police" in html
    assert "Confirm response" in html
    assert "Publish response" not in html
    item = draft.items.get(finding__reference="2")
    preselected = f'name="item-{item.pk}-stance" type="radio" value="support" checked'
    assert preselected in html
    assert "Confidence in this reading:" in html
    assert "%" in html


def test_the_force_sees_the_draft_but_cannot_confirm_it(draft, client):
    client.force_login(member("Thames Valley Police", Role.FORCE_EDITOR))
    page = client.get(f"/responses/{draft.pk}/")
    assert page.status_code == 200
    assert "Confirm response" not in page.content.decode()
    assert client.post(f"/responses/{draft.pk}/confirm/", {}).status_code == 403
    draft.refresh_from_db()
    assert draft.state == ResponseState.DRAFT


def _decisions(response: Response, **overrides: str) -> dict[str, str]:
    data = {}
    for item in response.items.select_related("finding"):
        data[f"item-{item.pk}-stance"] = item.stance
        data[f"item-{item.pk}-status"] = item.claimed_status
    data.update(overrides)
    return data


def test_confirming_with_a_corrected_stance_saves_it_and_is_audited(draft, editor, client):
    client.force_login(editor)
    item = draft.items.get(finding__reference="2")
    page = client.post(f"/responses/{draft.pk}/confirm/", _decisions(draft, **{f"item-{item.pk}-stance": "agree"}))
    assert page.status_code == 302
    assert page["Location"] == f"/responses/{draft.pk}/"
    draft.refresh_from_db()
    item.refresh_from_db()
    assert draft.state == ResponseState.CONFIRMED
    assert draft.confirmed_by == editor
    assert item.stance == "agree"
    event = audit_trail(item)[0]
    assert event.who == editor.get_username()
    change = next(c for c in event.changes if c.field == "stance")
    assert (change.before, change.after) == ("support", "agree")
    html = client.get(page["Location"]).content.decode()
    assert "Response confirmed" in html
    assert ">Confirmed</strong>" in html
    assert "Confirm response" not in html
    # Confirming twice is refused with an error summary.
    again = client.post(f"/responses/{draft.pk}/confirm/", _decisions(draft))
    assert again.status_code == 409
    expected = "This response has already been confirmed (it is now confirmed), so it cannot be confirmed again."
    assert expected in again.content.decode()


def test_an_invalid_stance_is_an_error_and_nothing_is_saved(draft, editor, client):
    client.force_login(editor)
    items = list(draft.items.select_related("finding"))
    first, second = items[0], items[1]
    data = _decisions(
        draft, **{f"item-{first.pk}-stance": "agree", f"item-{second.pk}-stance": "<script>alert(1)</script>"}
    )
    page = client.post(f"/responses/{draft.pk}/confirm/", data)
    html = page.content.decode()
    assert page.status_code == 400
    assert "There is a problem" in html
    label = second.finding.short_label
    assert f'<a href="#item-{second.pk}-stance">Select the stance the letter takes on {label}</a>' in html
    assert "<script>alert(1)</script>" not in html
    # What was posted validly is shown again, selected.
    assert 'value="agree" checked' in html
    draft.refresh_from_db()
    first.refresh_from_db()
    assert draft.state == ResponseState.DRAFT
    assert first.stance == "support"
    assert not any(e.action == "changed" for e in audit_trail(first))


def test_an_approver_publishes_after_a_confirmation_page(draft, editor, client):
    client.force_login(editor)
    assert client.post(f"/responses/{draft.pk}/confirm/", _decisions(draft)).status_code == 302
    # The editor is not an approver: no button, and the page is refused.
    assert "Publish response" not in client.get(f"/responses/{draft.pk}/").content.decode()
    assert client.get(f"/responses/{draft.pk}/publish/").status_code == 403
    approver = member(TVP_BODY, Role.APPROVER)
    client.force_login(approver)
    review = client.get(f"/responses/{draft.pk}/").content.decode()
    assert f'href="/responses/{draft.pk}/publish/"' in review
    confirm_page = client.get(f"/responses/{draft.pk}/publish/").content.decode()
    assert "Are you sure you want to publish this response?" in confirm_page
    assert "govuk-warning-text" in confirm_page
    published = client.post(f"/responses/{draft.pk}/publish/")
    assert published.status_code == 302
    assert published["Location"] == f"/responses/{draft.pk}/"
    draft.refresh_from_db()
    assert draft.state == ResponseState.PUBLISHED
    assert audit_trail(draft)[0].who == approver.get_username()


def test_publishing_a_draft_is_refused(draft, client):
    client.force_login(member(TVP_BODY, Role.APPROVER))
    page = client.get(f"/responses/{draft.pk}/publish/")
    assert page.status_code == 409
    assert "Only a confirmed response can be published." in page.content.decode()
    assert client.post(f"/responses/{draft.pk}/publish/").status_code == 409
    draft.refresh_from_db()
    assert draft.state == ResponseState.DRAFT


def test_the_public_sees_published_responses_only(draft, client):
    assert client.get(f"/responses/{draft.pk}/").status_code == 404
    assert TVP_BODY not in client.get("/responses/").content.decode()
    Response.objects.filter(pk=draft.pk).update(state=ResponseState.PUBLISHED)
    page = client.get(f"/responses/{draft.pk}/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "Confirm response" not in html
    assert 'name="csrfmiddlewaretoken"' not in html.split("Sign in")[-1]
    assert '<mark class="app-evidence">' in html
    assert TVP_BODY in client.get("/responses/").content.decode()


def test_the_responses_link_is_shown_only_when_signed_in(draft, editor, client):
    assert ">Responses</a>" not in client.get("/").content.decode()
    client.force_login(editor)
    html = client.get("/responses/").content.decode()
    assert 'href="/responses/" aria-current="page">Responses</a>' in html
    assert TVP_BODY in html
    assert "Draft" in html


def test_unknown_response_is_a_404(db, client):
    assert client.get("/responses/999/").status_code == 404
    assert ResponseItem.objects.count() == 0


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="the seed letters in ../shared are not beside the project")
def test_the_review_page_relinks_a_passage_and_shows_claims(client, oic):
    from oversight.responses.services import response_ingest_file

    editor = member("Thames Valley Police and Crime Commissioner", Role.BODY_EDITOR)
    seed = SHARED / "seeds" / "002_1dbf767424ad35b5.txt"
    response = response_ingest_file(actor=editor, path=seed, filename="tv.txt").response
    client.force_login(editor)
    page = client.get(f"/responses/{response.pk}/").content.decode()
    assert "Which finding this passage answers" in page
    assert "None of the findings (remove this passage)" in page
    r8 = response.items.get(finding__reference="8")
    bad = client.post(f"/responses/{response.pk}/confirm/", {f"item-{r8.pk}-finding": "999999"})
    assert bad.status_code == 400
    assert "Select the finding the passage on R8 answers" in bad.content.decode()
    done = client.post(f"/responses/{response.pk}/confirm/", {f"item-{r8.pk}-finding": "none"})
    assert done.status_code == 302
    assert sorted(response.items.values_list("finding__reference", flat=True)) == ["2", "4", "9"]


SY_LETTER = SHARED / "seeds" / "000_f13dc5c2438480ce.txt"


def _letter_naming_another_report() -> bytes:
    text = SY_LETTER.read_text()
    title = "improving the response to organised immigration crime"
    assert title in text
    return text.replace(title, "an inspection of custody arrangements in South Yorkshire Police").encode()


def test_a_letter_naming_another_report_is_read_against_the_chosen_one_only_when_asked(oic, client):
    client.force_login(
        member("Mayor of South Yorkshire (South Yorkshire Mayoral Combined Authority)", Role.BODY_EDITOR)
    )
    letter = _letter_naming_another_report()
    refused = client.post("/responses/upload/", {"letter": SimpleUploadedFile("sy.txt", letter), "report": oic.key})
    assert refused.status_code == 422
    assert "sy.txt names a different report from the one chosen" in refused.content.decode()
    assert 'name="force_report" type="checkbox" value="yes"' in refused.content.decode()
    assert not Response.objects.exists()
    page = client.post(
        "/responses/upload/",
        {"letter": SimpleUploadedFile("sy.txt", letter), "report": oic.key, "force_report": "yes"},
    )
    assert page.status_code == 302, page.content.decode()
    response = Response.objects.get()
    assert response.report == oic
    assert response.items.exclude(finding=None).count() == 4
    assert any("aligned against it anyway" in w for w in response.extraction["warnings"])
