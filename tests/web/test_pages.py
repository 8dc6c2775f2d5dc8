"""The server-rendered pages, through Django's test client."""

from __future__ import annotations

from oversight.reports.models import ReportState
from tests.reports.factories import ReportFactory


def test_home_lists_published_reports_only(oic, client):
    ReportFactory(title="A draft nobody may see yet", state=ReportState.DRAFT)
    page = client.get("/")
    assert page.status_code == 200
    assert "Improving the response to organised immigration crime" in page.content.decode()
    assert "A draft nobody may see yet" not in page.content.decode()


def test_report_page_shows_findings_and_the_force_matrix_in_few_queries(oic, client, django_assert_max_num_queries):
    with django_assert_max_num_queries(9):  # 8, and the audit mark that keys the kept page
        page = client.get(f"/reports/{oic.key}/")
    html = page.content.decode()
    assert page.status_code == 200
    with django_assert_max_num_queries(2):  # kept: the report (for access) and the audit mark
        again = client.get(f"/reports/{oic.key}/").content.decode()
    main = html.split('<main class="govuk-main-wrapper" id="main-content">')[1].split("</main>")[0]
    assert main in again
    assert "10 July 2025" in html  # the 56-day response deadline
    assert html.count('<th scope="row" class="govuk-table__header">') == 43
    assert "Not published" in html  # the public sees only published statuses


def test_unknown_report_is_a_404(db, client):
    assert client.get("/reports/no-such-report/").status_code == 404


def test_pages_carry_a_content_security_policy_with_a_nonce(oic, client):
    page = client.get("/")
    policy = page.headers["Content-Security-Policy"]
    assert "script-src 'self' 'nonce-" in policy
    nonce = policy.split("'nonce-")[1].split("'")[0]
    assert f'nonce="{nonce}"' in page.content.decode()
