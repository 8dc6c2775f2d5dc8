"""Writing a response from the tracker, through Django's test client: the form, its errors, the draft,
the links to it, and the letter downloads."""

from __future__ import annotations

import io
import re

import pytest
from django.utils import timezone

from oversight.accounts.models import Role
from oversight.obligations.models import Obligation, ObligationStatus, ProgressUpdate
from oversight.organisations.models import Organisation
from oversight.responses.models import Response, ResponseState
from tests.accounts.factories import member_of

FORCE = "Thames Valley Police"
BODY = "Thames Valley Police and Crime Commissioner"


@pytest.fixture
def editor(oic):
    user = member_of(BODY, Role.BODY_EDITOR)
    user.first_name, user.last_name = "Matthew", "Barber"
    user.save()
    return user


@pytest.fixture
def findings(oic):
    force = Organisation.objects.get(name=FORCE)
    return list(oic.findings.filter(obligations__organisation=force).order_by("position"))


def url(oic) -> str:
    return f"/responses/compose/{oic.key}/"


def form(client, oic) -> dict[str, str]:
    """The form's fields as the page fills them in (text inputs, textareas, selected options)."""
    html = client.get(url(oic)).content.decode()
    values = dict(re.findall(r'<input[^>]*name="([^"]+)"[^>]*type="(?:text|hidden)"[^>]*value="([^"]*)"', html))
    values.update(
        {
            name: value
            for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html)
            if name != "csrfmiddlewaretoken"
        }
    )
    values.update(re.findall(r'<textarea[^>]*name="([^"]+)"[^>]*>([^<]*)</textarea>', html, flags=re.S))
    for name, options in re.findall(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', html, flags=re.S):
        chosen = re.search(r'<option value="([^"]*)" selected>', options)
        values[name] = chosen.group(1) if chosen else ""
    return {k: _unescape(v) for k, v in values.items()}


def _unescape(value: str) -> str:
    return (
        value.replace("&#x27;", "'")
        .replace("&quot;", '"')
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
    )


def test_the_form_is_prefilled_from_the_tracker(oic, editor, findings, client):
    force = Organisation.objects.get(name=FORCE)
    ob = Obligation.objects.get(finding=findings[0], organisation=force)
    ob.status = ObligationStatus.IN_PROGRESS
    ob.save()
    ProgressUpdate.objects.create(obligation=ob, text="Referral audit done", created_at=timezone.now())
    client.force_login(editor)
    page = client.get(url(oic))
    assert page.status_code == 200
    values = form(client, oic)
    today = timezone.localdate()
    assert values["author_name"] == "Matthew Barber"
    assert (values["letter_date-day"], values["letter_date-month"], values["letter_date-year"]) == (
        str(today.day),
        str(today.month),
        str(today.year),
    )
    assert "section 55" in values["introduction"]
    assert oic.title in values["introduction"]
    first = findings[0].pk
    assert values[f"status-{first}"] == "in_progress"
    assert "Referral audit done" in values[f"comment-{first}"]
    html = page.content.decode()
    assert 'value="not_stated"' not in re.search(rf'name="stance-{first}".*?</fieldset>', html, re.S).group(0)
    assert f'name="stance-{first}" type="radio" value="agree" checked' not in html  # the stance is the body's to choose


def test_sending_the_form_makes_a_draft_that_the_review_page_shows(oic, editor, findings, client):
    client.force_login(editor)
    values = form(client, oic)
    values |= {f"stance-{f.pk}": "accept" for f in findings}
    page = client.post(url(oic), values)
    assert page.status_code == 302, page.content.decode()[:3000]
    response = Response.objects.get()
    assert page["Location"] == f"/responses/{response.pk}/"
    assert (response.state, response.source_format, response.created_by) == (ResponseState.DRAFT, "composed", editor)
    assert response.flags == ["late_response"]  # today is past the 56 days
    review = client.get(page["Location"]).content.decode()
    assert "Our response: Accepted." in review
    assert "This draft was written in Oversight from the tracker." in review
    assert 'id="letter"' not in review  # a draft has no letter yet
    assert client.post(url(oic), values).status_code == 302  # sent twice
    assert Response.objects.count() == 1


def test_errors_redisplay_with_the_summary_and_nothing_lost(oic, editor, findings, client):
    client.force_login(editor)
    values = form(client, oic)
    values |= {
        "author_name": "",
        "letter_date-day": "31",
        "letter_date-month": "2",
        f"comment-{findings[1].pk}": "Typed words & more",
        f"stance-{findings[1].pk}": "disagree",
    }
    page = client.post(url(oic), values)
    html = page.content.decode()
    assert page.status_code == 400
    assert "<title>Error: " in html
    assert 'class="govuk-error-summary"' in html
    assert '<a href="#author_name">Enter the name of the person signing the letter</a>' in html
    assert '<a href="#letter_date-day">Enter the date of the letter' in html
    assert f'<a href="#stance-{findings[0].pk}">Select your stance on R2</a>' in html
    assert f'href="#stance-{findings[1].pk}"' not in html
    assert "Typed words &amp; more" in html
    assert f'name="stance-{findings[1].pk}" type="radio" value="disagree" checked' in html
    assert 'name="letter_date-day" type="text" inputmode="numeric" value="31"' in html
    assert not Response.objects.exists()


@pytest.mark.parametrize(
    ("organisation", "role"),
    [(FORCE, Role.FORCE_EDITOR), (BODY, Role.VIEWER), ("Kent Police and Crime Commissioner", Role.BODY_EDITOR)],
)
def test_others_may_not_compose(oic, organisation, role, client):
    client.force_login(member_of(organisation, role))
    assert client.get(url(oic) + "?force=thames-valley-police").status_code == 403
    assert client.post(url(oic), {"force": "thames-valley-police", "author_name": "X"}).status_code == 403
    assert not Response.objects.exists()


def test_anonymous_is_asked_to_sign_in_and_unknown_reports_are_not_found(oic, editor, client):
    assert client.get(url(oic))["Location"].startswith("/accounts/login/")
    client.force_login(editor)
    assert client.get("/responses/compose/no-such-report/").status_code == 404


def test_the_report_page_links_to_the_form_for_those_who_may_compose(oic, editor, client):
    link = f'href="/responses/compose/{oic.key}/?force=thames-valley-police"'
    client.force_login(member_of(FORCE, Role.FORCE_EDITOR))
    assert link not in client.get(f"/reports/{oic.key}/").content.decode()
    client.force_login(editor)
    assert link in client.get(f"/reports/{oic.key}/").content.decode()


@pytest.fixture
def confirmed(oic, editor, findings, client):
    client.force_login(editor)
    values = form(client, oic) | {f"stance-{f.pk}": "support" for f in findings}
    values[f"comment-{findings[0].pk}"] = "First paragraph.\n\nSecond paragraph & <b>not markup</b>."
    assert client.post(url(oic), values).status_code == 302
    response = Response.objects.get()
    assert client.post(f"/responses/{response.pk}/confirm/").status_code == 302
    client.logout()
    response.refresh_from_db()
    assert response.state == ResponseState.CONFIRMED
    return response


def test_the_letter_page_is_the_record_with_its_marking(confirmed, editor, oic, client):
    client.force_login(editor)
    page = client.get(f"/responses/{confirmed.pk}/letter.html")
    html = page.content.decode()
    assert page.status_code == 200
    assert page["Content-Type"].startswith("text/html")
    assert html.count('<p class="marking') == 2
    assert f'<p class="letterhead">{BODY}</p>' in html
    assert f"<h1>Response to {oic.title}</h1>" in html
    assert html.count("<blockquote>") == 4
    assert "Our response: <strong>Supported</strong>." in html
    assert "<p>First paragraph.</p>" in html
    assert "<p>Second paragraph &amp; &lt;b&gt;not markup&lt;/b&gt;.</p>" in html
    assert f'href="/responses/{confirmed.pk}/"' in html
    assert "<style>" not in html  # the page's style is a static file (the content security policy)
    record = client.get(f"/responses/{confirmed.pk}/").content.decode()
    assert f'href="/responses/{confirmed.pk}/letter.docx" download>Word (DOCX)' in record


def test_the_letter_downloads_read_back(confirmed, editor, client):
    import pypdfium2
    from docx import Document

    client.force_login(editor)
    docx = client.get(f"/responses/{confirmed.pk}/letter.docx")
    assert docx["Content-Disposition"] == f'attachment; filename="response-{confirmed.pk}-letter.docx"'
    doc = Document(io.BytesIO(docx.content))
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "OFFICIAL"
    assert "Second paragraph & <b>not markup</b>." in texts
    assert [p.style.name for p in doc.paragraphs].count("Quote") == 4
    pdf = client.get(f"/responses/{confirmed.pk}/letter.pdf")
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf["Cache-Control"] == "private, no-store"
    document = pypdfium2.PdfDocument(pdf.content)
    text = " ".join(" ".join(document[i].get_textpage().get_text_range() for i in range(len(document))).split())
    assert "OFFICIAL" in text
    assert "Our response: Supported." in text
    assert "Second paragraph & <b>not markup</b>." in text


def test_a_server_without_the_pdf_libraries_says_so_and_still_gives_the_other_formats(
    confirmed, editor, client, monkeypatch
):
    from oversight.responses import letters

    def missing() -> None:
        raise letters.PdfUnavailable(letters.PdfUnavailable.message)

    monkeypatch.setattr(letters, "_weasyprint_html", missing)
    client.force_login(editor)
    page = client.get(f"/responses/{confirmed.pk}/letter.pdf")
    assert page.status_code == 503
    assert "lacks the Pango and HarfBuzz libraries" in page.content.decode()
    api = client.get(f"/api/responses/{confirmed.pk}/letter?format=pdf")
    assert api.status_code == 503
    assert "Word versions of the letter work" in api.json()["detail"]
    assert client.get(f"/responses/{confirmed.pk}/letter.docx").status_code == 200


def test_the_letter_is_scoped_like_the_response(confirmed, oic, client):
    from oversight.responses.services import response_publish

    for path in ("html", "docx", "pdf"):
        assert client.get(f"/responses/{confirmed.pk}/letter.{path}").status_code == 404
    client.force_login(member_of("Kent Police", Role.FORCE_EDITOR))
    assert client.get(f"/responses/{confirmed.pk}/letter.pdf").status_code == 404
    client.force_login(member_of(FORCE, Role.FORCE_EDITOR))
    assert client.get(f"/responses/{confirmed.pk}/letter.docx").status_code == 200
    response_publish(actor=member_of(BODY, Role.APPROVER), response=confirmed)
    client.logout()
    assert client.get(f"/responses/{confirmed.pk}/letter.html").status_code == 200
    assert client.post(f"/responses/{confirmed.pk}/letter.html").status_code == 405


def test_a_draft_has_no_letter_yet(oic, editor, findings, client):
    client.force_login(editor)
    values = form(client, oic) | {f"stance-{f.pk}": "agree" for f in findings}
    client.post(url(oic), values)
    draft = Response.objects.get()
    page = client.get(f"/responses/{draft.pk}/letter.pdf")
    assert page.status_code == 409
    assert "confirm the draft first" in page.content.decode()


def test_the_home_page_offers_to_write_a_response_that_is_due(oic, editor, client):
    from oversight.reports.models import Report

    Report.objects.filter(pk=oic.pk).update(published=timezone.localdate())
    client.force_login(editor)
    html = client.get("/").content.decode()
    due = html.split('id="responses-due"')[1].split('id="drafts"')[0]
    assert f'href="/responses/compose/{oic.key}/"' in due
    assert "write it from the tracker" in due


def test_a_body_overseeing_two_forces_chooses_the_force(oic, editor, client):
    from oversight.organisations.models import Governance

    kent = Organisation.objects.get(name="Kent Police")
    Governance.objects.filter(force=kent, valid_to__isnull=True).update(valid_to=timezone.localdate())
    Governance.objects.create(force=kent, body=Organisation.objects.get(name=BODY))
    client.force_login(editor)
    report_page = client.get(f"/reports/{oic.key}/").content.decode()
    assert f"Write the response of {BODY} about Kent Police from the tracker" in report_page
    assert f"Write the response of {BODY} about {FORCE} from the tracker" in report_page
    html = client.get(url(oic) + "?force=kent-police").content.decode()
    assert '<input type="hidden" name="force" value="kent-police">' in html
    assert f'href="/responses/compose/{oic.key}/?force=thames-valley-police">{FORCE}</a>' in html
    assert client.get(url(oic) + "?force=essex-police").status_code == 403
