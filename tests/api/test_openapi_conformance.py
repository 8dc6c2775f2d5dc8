"""Property-based checks of the API against its own OpenAPI document (schemathesis).

Every operation gets generated requests with a force editor's token; each response must have a
status code, content type and body the document declares, and no request may crash.
"""

from __future__ import annotations

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from oversight.accounts.models import Membership, Role
from oversight.accounts.services import api_token_create
from oversight.organisations.models import Organisation
from oversight.reports.services import report_import_pack
from oversight_ingest.packs import load_pack
from tests.accounts.factories import UserFactory
from tests.conftest import PACKS


@pytest.fixture
def api_schema(reference_data):
    report_import_pack(actor=None, pack=load_pack(PACKS / "oic-2025.json"), publish=True)
    # Requests go straight to the WSGI handler, which closes the database connection after each
    # one; inside a test's transaction that would close it under the test (as on PostgreSQL).
    # Django's own test client disconnects the same handlers.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi("/api/openapi.json", get_wsgi_application())
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.fixture
def token(db):
    user = UserFactory()
    kent = Organisation.objects.get(name="Kent Police")
    Membership.objects.create(user=user, organisation=kent, role=Role.FORCE_EDITOR)
    return api_token_create(actor=None, user=user, name="conformance")[1]


def test_every_operation_answers_as_documented(api_schema, token):
    checked = []
    for result in api_schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
        def check(case):
            # Data valid for the schema may still break a business rule (an obligation that does not
            # exist, a move the table forbids), so a documented 4xx is a right answer too.
            case.call_and_validate(
                headers={"Authorization": f"Bearer {token}"}, excluded_checks=[positive_data_acceptance]
            )

        check()
        checked.append(operation.label)
    assert len(checked) >= 15


@pytest.fixture
def real_objects(api_schema, db):
    """A caller who edits for Kent Police and its policing body, a draft response of that body and
    Kent's obligations: so generated requests reach the write paths, not only 404s."""
    from oversight.obligations.models import Obligation
    from oversight.reports.models import Report
    from tests.responses.factories import ResponseFactory, ResponseItemFactory

    user = UserFactory()
    kent = Organisation.objects.get(name="Kent Police")
    body = Organisation.objects.get(name="Kent Police and Crime Commissioner")
    for organisation, role in ((kent, Role.FORCE_EDITOR), (body, Role.BODY_EDITOR), (body, Role.APPROVER)):
        Membership.objects.create(user=user, organisation=organisation, role=role)
    report = Report.objects.get(key="oic-2025")
    draft = ResponseFactory(report=report, organisation=body, force=kent)
    for finding in report.findings.all():
        ResponseItemFactory(response=draft, finding=finding)
    ids = {
        "response_id": draft.pk,
        "obligation_id": Obligation.objects.filter(organisation=kent).order_by("pk").first().pk,
    }
    return api_token_create(actor=None, user=user, name="writes")[1], ids


def test_write_paths_on_real_objects_answer_as_documented(api_schema, real_objects):
    token, ids = real_objects
    reached: list[str] = []
    for result in api_schema.get_all_operations():
        operation = result.ok()
        params = {p.name for p in operation.path_parameters}
        if operation.method.upper() != "POST" or not params & set(ids):
            continue

        check = _check_on_real_objects(operation, params & set(ids), ids, token)
        check()
        reached.append(operation.label)
    assert len(reached) >= 4, reached


def _check_on_real_objects(operation, names, ids, token):
    """A property test of one operation with its path ids set to the real objects'."""

    @given(case=operation.as_strategy())
    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    def check(case):
        for name in names:
            case.path_parameters[name] = ids[name]
        response = case.call(headers={"Authorization": f"Bearer {token}"})
        assert response.status_code < 500, (case.path, response.status_code, response.text[:500])
        case.validate_response(response, excluded_checks=[positive_data_acceptance])

    return check
