"""Writing a response in Oversight: what the tracker prefills, the composing service, and the letter
generated from the record (read back from DOCX and PDF)."""

from __future__ import annotations

import datetime as dt
import io
import uuid
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.utils import timezone

from oversight.accounts.models import Role
from oversight.core.audit import audit_trail
from oversight.core.errors import InvalidChange, NotAllowed
from oversight.measures.services import data_import_file
from oversight.obligations.models import Obligation, ObligationStatus, ProgressUpdate
from oversight.organisations.models import Organisation
from oversight.responses.compose import compose_findings, compose_targets, default_introduction
from oversight.responses.letters import letter_docx, letter_of, letter_pdf
from oversight.responses.models import Response, ResponseItem, ResponseState
from oversight.responses.services import ComposeAnswer, response_compose, response_confirm, response_publish
from tests.accounts.factories import member_of

FORCE = "Thames Valley Police"
BODY = "Thames Valley Police and Crime Commissioner"
OTHER_BODY = "Kent Police and Crime Commissioner"


@pytest.fixture
def force(reference_data):
    return Organisation.objects.get(name=FORCE)


@pytest.fixture
def body(reference_data):
    return Organisation.objects.get(name=BODY)


@pytest.fixture
def editor(reference_data):
    return member_of(BODY, Role.BODY_EDITOR)


def answers_for(report, force, **overrides):
    findings = report.findings.filter(obligations__organisation=force).order_by("position")
    return [
        ComposeAnswer(
            finding_id=f.pk,
            stance=overrides.get(f.reference, "agree"),
            claimed_status="in_progress",
            comment=f"Work on {f.reference} & <more> is under way.",
        )
        for f in findings
    ]


def compose(actor, report, body, force, *, token=None, letter_date=None, answers=None, **kwargs):
    return response_compose(
        actor=actor,
        report=report,
        body=body,
        force=force,
        author_name=kwargs.get("author_name", "Matthew Barber"),
        author_role=kwargs.get("author_role", "Police and Crime Commissioner"),
        letter_date=letter_date or dt.date(2025, 7, 1),
        introduction=kwargs.get("introduction", "We welcome the report."),
        answers=answers if answers is not None else answers_for(report, force),
        token=token or str(uuid.uuid4()),
    )


def test_the_body_editor_may_compose_for_its_force_and_no_one_else(oic, force, body, editor):
    assert [(t.body.name, t.force.name) for t in compose_targets(user=editor, report=oic)] == [(BODY, FORCE)]
    for other in (
        member_of(BODY, Role.VIEWER),
        member_of(FORCE, Role.FORCE_EDITOR),
        member_of("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", Role.ANALYST),
    ):
        assert compose_targets(user=other, report=oic) == []
    kent = compose_targets(user=member_of(OTHER_BODY, Role.BODY_EDITOR), report=oic)
    assert [(t.body.name, t.force.name) for t in kent] == [(OTHER_BODY, "Kent Police")]
    with pytest.raises(NotAllowed):
        compose(member_of(OTHER_BODY, Role.BODY_EDITOR), oic, body, force)
    assert not Response.objects.exists()


def test_the_prefill_says_the_status_the_latest_update_and_the_indicator(oic, force, editor, settings):
    settings.OVERSIGHT_PSEUDONYM_KEY = "compose-" + "k" * 40
    r8 = Obligation.objects.get(finding__report=oic, finding__reference="8", organisation=force)
    r8.status = ObligationStatus.ASSURED
    r8.save()
    r2 = Obligation.objects.get(finding__report=oic, finding__reference="2", organisation=force)
    r2.status = ObligationStatus.IN_PROGRESS
    r2.save()
    now = timezone.now()
    ProgressUpdate.objects.create(obligation=r2, text="Older note", created_at=now - dt.timedelta(days=40))
    ProgressUpdate.objects.create(obligation=r2, text="Dip sample of 40 referrals done", created_at=now)
    folder = Path(django_settings.MEDIA_ROOT) / "compose"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "roster.csv").write_text(
        "person_ref,role,department,course,as_of\n" + "".join(f"p{n},PC,Ops,hydra-oic,2025-09-01\n" for n in range(10)),
        encoding="utf-8",
    )
    (folder / "training.csv").write_text(
        "person_ref,role,department,course,completed_on\n"
        + "".join(f"p{n},PC,Ops,hydra-oic,2025-10-0{n + 1}\n" for n in range(7)),
        encoding="utf-8",
    )
    for kind in ("roster", "training"):
        record = data_import_file(actor=None, force=force, kind=kind, path=folder / f"{kind}.csv")
        assert record.state == "succeeded", record.errors
    rows = {row.finding.reference: row for row in compose_findings(user=editor, report=oic, force=force)}
    assert list(rows) == ["2", "4", "8", "9"]
    assert rows["2"].claimed_status == "in_progress"
    assert rows["2"].latest_update == f"{now.day} {now:%B %Y}: Dip sample of 40 referrals done"
    assert "Older note" not in rows["2"].comment
    assert rows["4"].claimed_status == "not_started"
    assert rows["8"].claimed_status == "implemented"
    assert "assured by the policing body" in rows["8"].comment
    month = f"{timezone.localdate():%B %Y}"
    assert (
        f"70% of the roster had completed the Hydra package at the end of {month} (7 of 10);"
        " target 100% by 30 April 2026." in rows["8"].comment
    )
    assert "roster" not in rows["9"].comment  # no one is on the e-learning rosters


def test_not_accepted_prefills_not_stated(oic, force, editor):
    ob = Obligation.objects.get(finding__report=oic, finding__reference="4", organisation=force)
    ob.status = ObligationStatus.NOT_ACCEPTED
    ob.save()
    rows = {row.finding.reference: row for row in compose_findings(user=editor, report=oic, force=force)}
    assert rows["4"].claimed_status == "not_stated"
    assert rows["4"].comment.startswith("On the tracker this is not accepted.")


def test_composing_makes_a_draft_whose_items_point_at_their_own_sections(oic, force, body, editor):
    response = compose(editor, oic, body, force, answers=answers_for(oic, force, **{"4": "partially_agree"}))
    assert response.state == ResponseState.DRAFT
    assert (response.organisation, response.force, response.source_format) == (body, force, "composed")
    assert response.text.startswith(f"{BODY}\n1 July 2025\n\nResponse to {oic.title}\n\nWe welcome the report.")
    assert response.text.rstrip().endswith("Matthew Barber\nPolice and Crime Commissioner")
    items = list(ResponseItem.objects.filter(response=response).select_related("finding"))
    assert [i.finding.reference for i in items] == ["2", "4", "8", "9"]
    for item in items:
        assert item.evidence.startswith(f"Recommendation {item.finding.reference}\n“{item.finding.text.strip()}”")
        assert item.evidence.endswith(f"Work on {item.finding.reference} & <more> is under way.")
        assert item.stance_by == "policing_body"
    assert {i.finding.reference: i.stance for i in items}["4"] == "partially_agree"
    assert "Our response: Partially agreed." in {i.finding.reference: i.evidence for i in items}["4"]
    assert response.flags == []  # dated within the 56 days
    assert audit_trail(response)


def test_a_letter_dated_after_the_deadline_is_flagged_late(oic, force, body, editor):
    response = compose(editor, oic, body, force, letter_date=oic.response_due + dt.timedelta(days=1))
    assert response.flags == ["late_response"]


def test_the_same_submission_twice_makes_one_draft(oic, force, body, editor):
    token = str(uuid.uuid4())
    first = compose(editor, oic, body, force, token=token)
    again = compose(editor, oic, body, force, token=token, introduction="Changed on the second send")
    assert again.pk == first.pk
    assert Response.objects.count() == 1
    assert compose(editor, oic, body, force).pk != first.pk  # a new form is a new draft


def test_values_are_checked_again_by_the_service(oic, force, body, editor):
    answers = answers_for(oic, force)
    with pytest.raises(InvalidChange, match="Select your stance on R2"):
        compose(editor, oic, body, force, answers=[ComposeAnswer(answers[0].finding_id, "not_stated", "planned")])
    with pytest.raises(InvalidChange, match="Select your stance on R4"):
        compose(editor, oic, body, force, answers=answers[:1])
    with pytest.raises(InvalidChange, match="status you claim"):
        compose(editor, oic, body, force, answers=[ComposeAnswer(a.finding_id, "agree", "done") for a in answers])
    with pytest.raises(InvalidChange, match="publication"):
        compose(editor, oic, body, force, letter_date=dt.date(2025, 1, 1))
    with pytest.raises(InvalidChange, match="name of the person"):
        compose(editor, oic, body, force, author_name="  ")
    with pytest.raises(InvalidChange, match="expired"):
        compose(editor, oic, body, force, token="not-a-token")
    assert not Response.objects.exists()


def test_the_introduction_names_the_report_and_section_55(oic, force, body):
    text = default_introduction(report=oic, body=body, force=force)
    assert oic.title in text
    assert "section 55 of the Police Act 1996" in text
    assert "16 May 2025" in text


def confirmed(oic, force, body, editor):
    response = compose(editor, oic, body, force)
    return response_confirm(actor=editor, response=response)


def test_the_letter_reads_back_from_docx(oic, force, body, editor):
    from docx import Document

    letter = letter_of(confirmed(oic, force, body, editor))
    doc = Document(io.BytesIO(letter_docx(letter)))
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "OFFICIAL"
    assert texts[-1] == "OFFICIAL"
    assert doc.sections[0].header.paragraphs[0].text == "OFFICIAL"
    assert BODY in texts
    assert "1 July 2025" in texts
    assert f"Response to {oic.title}" in texts
    quotes = [p.text for p in doc.paragraphs if p.style.name == "Quote"]
    assert len(quotes) == 4
    assert quotes[0] == oic.findings.get(reference="2").text.strip()
    assert "Our response: Agreed." in texts
    assert "Status: In progress." in texts
    assert "Work on 8 & <more> is under way." in texts  # markup characters kept as text
    assert texts[-3:-1] == ["Matthew Barber", "Police and Crime Commissioner"]


def test_the_letter_reads_back_from_pdf(oic, force, body, editor):
    import pypdfium2

    response = confirmed(oic, force, body, editor)
    response_publish(actor=member_of(BODY, Role.APPROVER), response=response)
    pdf = pypdfium2.PdfDocument(letter_pdf(letter_of(response)))
    text = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    flat = " ".join(text.split())
    assert flat.count("OFFICIAL") >= 2
    assert BODY in flat
    assert "1 July 2025" in flat
    assert "Recommendation 9" in flat
    assert "Our response: Agreed." in flat
    assert "Work on 2 & <more> is under way." in flat
    assert "Matthew Barber" in flat


def test_an_uploaded_letter_gives_its_opening_and_confirmed_passages(oic, force, body, editor):
    from tests.responses.factories import ResponseFactory, ResponseItemFactory

    text = "Dear Chief Inspector,\nThank you for the report.\n\nOn recommendation 2 we have trained everyone."
    response = ResponseFactory(report=oic, organisation=body, force=force, text=text, author_name="A Writer")
    start = text.index("On recommendation 2")
    ResponseItemFactory(
        response=response, finding=oic.findings.get(reference="2"), stance="agree", span_start=start, span_end=len(text)
    )
    letter = letter_of(response)
    assert letter.opening_paragraphs == ["Dear Chief Inspector,\nThank you for the report."]
    assert [s.comment for s in letter.sections] == ["On recommendation 2 we have trained everyone."]
    assert letter.sections[0].stance == "Agreed"


# The API ----------------------------------------------------------------------------------------


@pytest.fixture
def bearer(editor):
    from oversight.accounts.services import api_token_create

    return {"Authorization": f"Bearer {api_token_create(actor=None, user=editor, name='compose')[1]}"}


def api_body(oic, force, **changes):
    body = {
        "report": oic.key,
        "author_name": "Matthew Barber",
        "letter_date": "2025-07-01",
        "answers": [
            {"finding_id": a.finding_id, "stance": "agree", "claimed_status": "planned"}
            for a in answers_for(oic, force)
        ],
    }
    return body | changes


def post(client, sent, headers):
    return client.post("/api/responses/compose", sent, content_type="application/json", headers=headers)


def test_the_api_composes_a_draft_once_per_token(oic, force, body, bearer, client):
    token = str(uuid.uuid4())
    sent = api_body(oic, force, token=token)
    answer = client.post("/api/responses/compose", sent, content_type="application/json", headers=bearer)
    assert answer.status_code == 201, answer.content
    data = answer.json()
    assert (data["state"], data["organisation"], data["force"]) == ("draft", BODY, FORCE)
    assert [i["finding"] for i in data["items"]] == ["R2", "R4", "R8", "R9"]
    assert data["items"][0]["evidence"].startswith("Recommendation 2\n“")
    assert "section 55 of the Police Act 1996" in Response.objects.get().text  # the standard introduction
    again = client.post("/api/responses/compose", sent, content_type="application/json", headers=bearer)
    assert again.json()["id"] == data["id"]
    assert Response.objects.count() == 1


def test_the_api_names_a_bad_field(oic, force, bearer, client):
    sent = api_body(oic, force)
    sent["answers"] = sent["answers"][:3]
    answer = client.post("/api/responses/compose", sent, content_type="application/json", headers=bearer)
    assert answer.status_code == 422
    assert answer.json()["detail"] == [
        {"loc": ["body", "payload", "answers"], "msg": "Select your stance on R9", "type": "value_error"}
    ]
    sent = api_body(oic, force, letter_date="2024-01-01")
    problem = client.post("/api/responses/compose", sent, content_type="application/json", headers=bearer).json()
    assert problem["detail"][0]["loc"] == ["body", "payload", "letter_date"]
    sent = api_body(oic, force, answer=[])  # an unknown field is refused, not ignored
    assert (
        client.post("/api/responses/compose", sent, content_type="application/json", headers=bearer).status_code == 422
    )
    sent = api_body(oic, force)
    sent["answers"][0]["stance"] = "not_stated"
    assert (
        client.post("/api/responses/compose", sent, content_type="application/json", headers=bearer).status_code == 422
    )
    assert not Response.objects.exists()


def test_the_api_refuses_those_who_may_not_compose(oic, force, client):
    from oversight.accounts.services import api_token_create

    sent = api_body(oic, force)
    assert client.post("/api/responses/compose", sent, content_type="application/json").status_code == 401
    other = api_token_create(actor=None, user=member_of(FORCE, Role.FORCE_EDITOR), name="x")[1]
    answer = client.post(
        "/api/responses/compose", sent, content_type="application/json", headers={"Authorization": f"Bearer {other}"}
    )
    assert answer.status_code == 403
    sent = api_body(oic, force, report="no-such-report")
    assert client.post("/api/responses/compose", sent, content_type="application/json").status_code == 401


def test_the_api_gives_the_letter_in_three_formats(oic, force, body, editor, bearer, client):
    from docx import Document

    draft = compose(editor, oic, body, force)
    url = f"/api/responses/{draft.pk}/letter"
    assert client.get(url, headers=bearer).status_code == 409
    response_confirm(actor=editor, response=draft)
    html = client.get(url, headers=bearer)
    assert html.status_code == 200
    assert html["Content-Type"].startswith("text/html")
    assert "<style>" in html.content.decode()  # the style inlined: the page stands alone
    docx = client.get(url + "?format=docx", headers=bearer)
    assert "Our response: Agreed." in [p.text for p in Document(io.BytesIO(docx.content)).paragraphs]
    pdf = client.get(url + "?format=pdf", headers=bearer)
    assert pdf.content.startswith(b"%PDF-")
    assert pdf["Cache-Control"] == "private, no-store"
    assert client.get(url + "?format=odt", headers=bearer).status_code == 422
    assert client.get(url).status_code == 404  # not published: the public cannot see it
