"""The audit trail records changes made through services and through the admin."""

from __future__ import annotations

from oversight.core.audit import audit_trail
from oversight.reports.models import Report
from tests.accounts.factories import UserFactory
from tests.reports.factories import ReportFactory


def test_an_admin_edit_is_recorded_with_who_before_and_after(db, client):
    admin = UserFactory(is_staff=True, is_superuser=True)
    report = ReportFactory(title="Old title of the report")
    client.force_login(admin)
    url = f"/admin/reports/report/{report.pk}/change/"
    page = client.get(url)
    assert page.status_code == 200
    form = page.context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None}
    data.update(
        {
            "title": "New title of the report",
            "inspectorate": report.inspectorate_id,
            "published": "2025-05-16",
            "findings-TOTAL_FORMS": "0",
            "findings-INITIAL_FORMS": "0",
            "findings-MIN_NUM_FORMS": "0",
            "findings-MAX_NUM_FORMS": "1000",
        }
    )
    for key in ("region", "force"):
        data.pop(key, None)
    response = client.post(url, data)
    assert response.status_code == 302, response.content[:2000]
    latest = audit_trail(Report.objects.get(pk=report.pk))[0]
    assert latest.who == admin.username
    assert latest.action == "changed"
    change = next(c for c in latest.changes if c.field == "title")
    assert (change.before, change.after) == ("Old title of the report", "New title of the report")


def test_the_admin_shows_an_objects_history(db, client):
    admin = UserFactory(is_staff=True, is_superuser=True)
    report = ReportFactory()
    client.force_login(admin)
    page = client.get(f"/admin/reports/report/{report.pk}/history/")
    assert page.status_code == 200
    assert b"Created" in page.content or b"created" in page.content.lower()
