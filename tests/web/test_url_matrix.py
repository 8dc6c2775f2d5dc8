"""Who gets what, for every URL the resolver knows, over HTTP.

Every URL pattern (pages, API, downloads, admin) is requested with GET and with POST against a live
server, as six personas with real sessions: anonymous, a force A editor, a force B editor, force A's
policing body (an editor who is also an approver), a partner and an inspectorate analyst, always with
the ids of force A's objects. The answer is sorted into a class:

    +  allowed and done: a page, a file, a change made, a redirect elsewhere than sign-in
    ?  allowed here, but this input refused (400, 409, 415, 422): a form's error, a change that
       another request made first
    -  refused: 403 or 404, nothing shown and nothing done
    L  sign in first: a redirect to the sign-in page, or 401 from the API
    M  method not allowed (405)

and compared with the table below. A URL pattern with no row in the table fails the test, so a new
page or operation must state who may use it. Writes are sent with valid input, so that a refusal is
the access rule's and not the form's.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from django.conf import settings
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from oversight.accounts.models import Membership, Role
from oversight.evidence.models import EvidenceFile, EvidenceVersion
from oversight.evidence.services import evidence_add
from oversight.measures.models import DataImport
from oversight.measures.services import data_import_file, data_sharing_set
from oversight.obligations.models import Action, Obligation, ProgressUpdate
from oversight.organisations.models import Organisation
from oversight.reports.services import report_import_pack
from oversight.responses.models import Response
from oversight_ingest.packs import load_pack
from tests.accounts.factories import member_of
from tests.conftest import PACKS
from tests.responses.factories import ResponseFactory, ResponseItemFactory

PERSONAS = ("anon", "a_editor", "b_editor", "body_a", "partner", "analyst")
FORCE_A, FORCE_B = "Thames Valley Police", "Kent Police"
BODY_A = "Thames Valley Police and Crime Commissioner"
PARTNER_ORG = "South East Regional Organised Crime Unit"

# name -> {method: one class per persona, in the order of PERSONAS}; an API path is named by its first operation.
EXPECTED: dict[str, dict[str, str]] = {
    "accessibility": {"GET": "++++++", "POST": "MMMMMM"},
    "api:add_action": {"GET": "-+-+-+", "POST": "L+----"},
    "api:add_membership": {"GET": "MMMMMM", "POST": "L-----"},
    "api:add_update": {"GET": "-+-+-+", "POST": "L+----"},
    "api:api-root": {"GET": "------", "POST": "------"},
    "api:change_membership": {"GET": "MMMMMM", "POST": "L-----", "DELETE": "L-----"},
    "api:compose": {"GET": "MMMMMM", "POST": "L--+--"},
    "api:confirm": {"GET": "MMMMMM", "POST": "L--+--"},
    "api:data_import_detail": {"GET": "L+-+-+", "POST": "MMMMMM"},
    "api:data_import_list": {"GET": "L+++++", "POST": "L+----"},
    "api:deactivate_user": {"GET": "MMMMMM", "POST": "L-----"},
    "api:download": {"GET": "-+-+-+", "POST": "MMMMMM"},
    "api:edit_action": {"GET": "MMMMMM", "POST": "MMMMMM", "PUT": "L+----"},
    "api:get_evidence": {"GET": "-+-+-+", "POST": "MMMMMM"},
    "api:get_obligation": {"GET": "-+-+-+", "POST": "MMMMMM"},
    "api:get_obligation_history": {"GET": "-+-+-+", "POST": "MMMMMM"},
    "api:get_obligation_trail": {"GET": "-+-+-+", "POST": "MMMMMM"},
    "api:get_organisation": {"GET": "++++++", "POST": "MMMMMM"},
    "api:get_report": {"GET": "++++++", "POST": "MMMMMM"},
    "api:get_report_matrix": {"GET": "++++++", "POST": "MMMMMM"},
    "api:get_response": {"GET": "-+-+-+", "POST": "MMMMMM"},
    "api:get_user": {"GET": "L-----", "POST": "MMMMMM"},
    "api:indicators": {"GET": "++++++", "POST": "MMMMMM"},
    "api:letter": {"GET": "-?-?-?", "POST": "MMMMMM"},
    "api:ingest": {"GET": "MMMMMM", "POST": "L--+-+"},
    "api:ingest_progress": {"GET": "L-----", "POST": "MMMMMM"},
    "api:list_evidence": {"GET": "-+-+-+", "POST": "L+----"},
    "api:list_obligations": {"GET": "++++++", "POST": "MMMMMM"},
    "api:list_organisations": {"GET": "++++++", "POST": "MMMMMM"},
    "api:list_reports": {"GET": "++++++", "POST": "L----+"},
    "api:extract_report": {"GET": "MMMMMM", "POST": "L----+"},
    "api:list_responses": {"GET": "++++++", "POST": "MMMMMM"},
    "api:list_users": {"GET": "L-----", "POST": "L-----"},
    "api:openapi-json": {"GET": "++++++", "POST": "++++++"},
    "api:openapi-view": {"GET": "++++++", "POST": "++++++"},
    "api:publish": {"GET": "MMMMMM", "POST": "L--+--"},
    "api:publish_report": {"GET": "MMMMMM", "POST": "L----?"},
    "api:publish_status": {"GET": "MMMMMM", "POST": "L--+-+"},
    "api:reactivate_user": {"GET": "MMMMMM", "POST": "L-----"},
    "api:set_action_status": {"GET": "MMMMMM", "POST": "L+----"},
    "api:transition": {"GET": "MMMMMM", "POST": "L+-?-?"},
    "api:upload_version": {"GET": "MMMMMM", "POST": "L+----"},
    "api:withdraw": {"GET": "MMMMMM", "POST": "L--+--"},
    "data-home": {"GET": "L+++++", "POST": "LMMMMM"},
    "data-import": {"GET": "L++---", "POST": "L+?---"},
    "data-import-cancel": {"GET": "LMMMMM", "POST": "L-----"},
    "data-import-detail": {"GET": "L+-+-+", "POST": "LMMMMM"},
    "data-import-start": {"GET": "LMMMMM", "POST": "L-----"},
    "data-sharing": {"GET": "L++---", "POST": "L??---"},
    "data-template": {"GET": "++++++", "POST": "MMMMMM"},
    "evidence-add": {"GET": "L+----", "POST": "L+----"},
    "evidence-download": {"GET": "L+-+-+", "POST": "LMMMMM"},
    "evidence-version-add": {"GET": "L+----", "POST": "L?----"},
    "force-detail": {"GET": "++++++", "POST": "MMMMMM"},
    "force-export": {"GET": "++++++", "POST": "MMMMMM"},
    "force-list": {"GET": "++++++", "POST": "MMMMMM"},
    "good-practice": {"GET": "++++++", "POST": "MMMMMM"},
    "healthz": {"GET": "++++++", "POST": "MMMMMM"},
    "home": {"GET": "++++++", "POST": "MMMMMM"},
    "indicator-download": {"GET": "L+-+++", "POST": "LMMMMM"},
    "indicators-force": {"GET": "L+-+++", "POST": "LMMMMM"},
    "indicators-report": {"GET": "L+++++", "POST": "LMMMMM"},
    "invitation-accept": {"GET": "++++++", "POST": "++++++"},
    "login": {"GET": "++++++", "POST": "++++++"},
    "logout": {"GET": "MMMMMM", "POST": "++++++"},
    "national": {"GET": "++++++", "POST": "MMMMMM"},
    "obligation-action-add": {"GET": "L+----", "POST": "L+----"},
    "obligation-action-edit": {"GET": "L+----", "POST": "L?----"},
    "obligation-action-status": {"GET": "L?----", "POST": "L?----"},
    "obligation-detail": {"GET": "L+-+-+", "POST": "LMMMMM"},
    "obligation-publish-status": {"GET": "L--+-+", "POST": "L--?-?"},
    "obligation-status": {"GET": "L+-+-+", "POST": "L?-?-?"},
    "obligation-update-add": {"GET": "L+----", "POST": "L+----"},
    "partner-dashboard": {"GET": "L+-+++", "POST": "LMMMMM"},
    "password_change": {"GET": "L+++++", "POST": "L+++++"},
    "password_change_done": {"GET": "L+++++", "POST": "LMMMMM"},
    "password_reset": {"GET": "++++++", "POST": "++++++"},
    "password_reset_complete": {"GET": "++++++", "POST": "MMMMMM"},
    "password_reset_confirm": {"GET": "++++++", "POST": "++++++"},
    "password_reset_done": {"GET": "++++++", "POST": "MMMMMM"},
    "readyz": {"GET": "++++++", "POST": "MMMMMM"},
    "region-detail": {"GET": "++++++", "POST": "MMMMMM"},
    "report-detail": {"GET": "++++++", "POST": "MMMMMM"},
    "report-register": {"GET": "L----+", "POST": "L----+"},
    "report-publish": {"GET": "L----+", "POST": "L----?"},
    "report-export": {"GET": "++++++", "POST": "MMMMMM"},
    "response-compose": {"GET": "L--+--", "POST": "L--+--"},
    "response-confirm": {"GET": "LMMMMM", "POST": "L--?--"},
    "response-detail": {"GET": "-+-+-+", "POST": "-+-+-+"},
    "response-letter": {"GET": "-?-?-?", "POST": "MMMMMM"},
    "response-list": {"GET": "++++++", "POST": "++++++"},
    "response-publish": {"GET": "L--?--", "POST": "L--?--"},
    "response-upload": {"GET": "L--+-+", "POST": "L--?-?"},
    "response-withdraw": {"GET": "L--?--", "POST": "L--?--"},
    "search": {"GET": "++++++", "POST": "MMMMMM"},
    "user-deactivate": {"GET": "L-----", "POST": "L-----"},
    "user-detail": {"GET": "L-----", "POST": "L-----"},
    "user-invitation-resend": {"GET": "LMMMMM", "POST": "L-----"},
    "user-invite": {"GET": "L-----", "POST": "L-----"},
    "user-list": {"GET": "L-----", "POST": "L-----"},
    "user-membership-add": {"GET": "LMMMMM", "POST": "L-----"},
    "user-membership-change": {"GET": "L-----", "POST": "L-----"},
    "user-membership-remove": {"GET": "L-----", "POST": "L-----"},
    "user-reactivate": {"GET": "LMMMMM", "POST": "L-----"},
}

# Django's admin is for staff, which none of the personas is: every admin page sends them to sign in,
# whatever model a new admin registers. Only its sign-in and sign-out pages answer everyone.
ADMIN_EVERY_PAGE = {"GET": "LLLLLL", "POST": "LLLLLL"}
ADMIN_OPEN = {"admin:login": {"GET": "++++++", "POST": "++++++"}, "admin:logout": {"GET": "++++++", "POST": "++++++"}}


def expected_for(name: str) -> dict[str, str] | None:
    if name.startswith(("admin:", "admin/")):
        return ADMIN_OPEN.get(name, ADMIN_EVERY_PAGE)
    return EXPECTED.get(name)


def _walk(resolver: URLResolver, prefix: str = "", namespace: str = "") -> Iterator[tuple[str, str, URLPattern]]:
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            ns = entry.namespace or namespace
            yield from _walk(entry, prefix + str(entry.pattern), ns)
        else:
            route = prefix + str(entry.pattern)
            name = (f"{namespace}:{entry.name}" if namespace else str(entry.name)) if entry.name else route
            yield name, route, entry


def url_patterns() -> list[tuple[str, str, URLPattern]]:
    """(name, route, pattern) of every URL pattern; an unnamed pattern is known by its route."""
    return list(_walk(get_resolver()))


class World:
    """Force A's objects, one of each kind a URL can name, and a signed-in HTTP session per persona."""

    def __init__(self, live_server) -> None:
        from oversight.organisations.services import reference_data_load

        reference_data_load()
        self.report = report_import_pack(actor=None, pack=load_pack(PACKS / "oic-2025.json"), publish=True).report
        force_a = Organisation.objects.get(name=FORCE_A)
        self.force_a = force_a
        self.users = {
            "a_editor": member_of(FORCE_A, Role.FORCE_EDITOR),
            "b_editor": member_of(FORCE_B, Role.FORCE_EDITOR),
            "body_a": member_of(BODY_A, Role.BODY_EDITOR),
            "partner": member_of(PARTNER_ORG, Role.PARTNER),
            "analyst": member_of("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", Role.ANALYST),
        }
        Membership.objects.create(
            user=self.users["body_a"], organisation=Organisation.objects.get(name=BODY_A), role=Role.APPROVER
        )
        self.obligation = Obligation.objects.get(
            finding__report=self.report, finding__reference="2", organisation=force_a
        )
        self.action = Action.objects.create(
            obligation=self.obligation, title=f"Brief supervisors {SECRET}", owner="Ops"
        )
        ProgressUpdate.objects.create(
            obligation=self.obligation, text=f"Dip sample done {SECRET}", created_at=timezone.now()
        )
        self.version = evidence_add(
            actor=self.users["a_editor"],
            obligation=self.obligation,
            title=f"Referral audit {SECRET}",
            chunks=[b"Audit of 40 referrals: 38 had the intelligence document submitted.\n"],
            filename="audit.txt",
        )
        self.response = ResponseFactory(
            report=self.report, organisation=Organisation.objects.get(name=BODY_A), force=force_a
        )
        for finding in self.report.findings.all():
            ResponseItemFactory(response=self.response, finding=finding, stance="agree")
        self.data_import = self._operational_data(force_a)
        data_sharing_set(
            actor=None,
            force=force_a,
            partner=Organisation.objects.get(name=PARTNER_ORG),
            report_key=self.report.key,
            indicators=["hydra-completed"],
        )
        self.membership = self.users["a_editor"].memberships.get()
        self.live_server = live_server
        self.sessions = {"anon": requests.Session()}
        for persona, user in self.users.items():
            client = Client()
            client.force_login(user)
            http = requests.Session()
            http.cookies.set("sessionid", client.cookies["sessionid"].value)
            self.sessions[persona] = http
        for http in self.sessions.values():
            http.cookies.set("csrftoken", "a" * 32)

    @staticmethod
    def _operational_data(force: Organisation) -> DataImport:
        """Force A's training roster and completions, imported through the real service."""
        folder = Path(settings.MEDIA_ROOT) / "matrix"
        folder.mkdir(parents=True, exist_ok=True)
        roster = folder / "roster.csv"
        roster.write_text(
            "person_ref,role,department,course,as_of\n"
            + "".join(f"p{n},PC,Ops,hydra-oic,2025-09-01\n" for n in range(10)),
            encoding="utf-8",
        )
        training = folder / "training.csv"
        training.write_text(
            "person_ref,role,department,course,completed_on\n"
            + "".join(f"p{n},PC,Ops,hydra-oic,2025-10-0{n + 1}\n" for n in range(7)),
            encoding="utf-8",
        )
        for kind, path in (("roster", roster), ("training", training)):
            record = data_import_file(actor=None, force=force, kind=kind, path=path)
            assert record.state == "succeeded", (record.problem, record.errors)
        return record

    def kwargs(self, name: str, params: list[str]) -> dict[str, Any]:
        force_slug = self.force_a.slug
        values: dict[str, Any] = {
            "obligation_id": self.obligation.pk,
            "action_id": self.action.pk,
            "response_id": self.response.pk,
            "evidence_id": self.version.evidence_id,
            "version_id": self.version.pk,
            "key": self.report.key,
            "slug": self.force_a.region.slug if name == "region-detail" else force_slug,
            "user_id": self.users["a_editor"].pk,
            "membership_id": self.membership.pk,
            "import_id": self.data_import.pk,
            "task_id": str(uuid.uuid4()),
            "uidb64": "MQ",
            "token": "not-a-real-token",
            "kind": "training",
            "indicator": "hydra-completed",
            "fmt": "pdf" if name == "response-letter" else "csv",
            "app_label": "obligations",
            "object_id": str(self.obligation.pk),
            "content_type_id": "1",
            "url": "x",
            "id": self.users["a_editor"].pk,
        }
        return {p: values[p] for p in params}


def _file(name: str, data: bytes, content_type: str = "text/plain") -> dict[str, tuple[str, bytes, str]]:
    return {"file": (name, data, content_type)}


REPORT_TEXT = (
    "Recommendation 1\n\nBy 30 April 2026, chief constables should make sure that every referral is checked by a "
    "supervisor.\n"
)


def post_body(world: World, name: str) -> dict[str, Any]:
    """requests' keyword arguments for a valid POST to the named URL."""
    token = str(uuid.uuid4())
    api_json: dict[str, Any] = {
        "api:transition": {"status": "in_progress", "note": "Work has begun"},
        "api:add_action": {"title": "Audit referrals", "token": token},
        "api:edit_action": {"title": "Audit referrals monthly"},
        "api:set_action_status": {"status": "done"},
        "api:add_update": {"text": "Audit complete", "token": token},
        "api:confirm": {},
        "api:compose": {
            "report": world.report.key,
            "author_name": "A Writer",
            "letter_date": "2025-07-01",
            "answers": [
                {"finding_id": pk, "stance": "agree", "claimed_status": "planned"}
                for pk in world.report.findings.values_list("pk", flat=True)
            ],
        },
        "api:withdraw": {"reason": "Wrong letter"},
        "api:invite_user": {
            "name": "A Person",
            "email": "a.person@example.org",
            "organisation": "kent-police",
            "role": "viewer",
        },
        "api:add_membership": {"organisation": "kent-police", "role": "viewer"},
        "api:change_membership": {"organisation": "kent-police", "role": "viewer", "seen": "x"},
        "api:register_report": {
            "format": "oversight-report-pack",
            "version": 1,
            "report": {
                "key": f"matrix-{token[:8]}",
                "title": "A report registered by the matrix",
                "inspectorate": "HMICFRS",
                "kind": "national_thematic",
                "findings": [{"kind": "recommendation", "reference": "1", "text": REPORT_TEXT.split("\n\n")[1]}],
            },
        },
    }
    forms: dict[str, dict[str, Any]] = {
        "response-withdraw": {"reason": "Wrong letter"},
        "response-compose": {
            "force": world.force_a.slug,
            "token": token,
            "author_name": "A Writer",
            "letter_date-day": "1",
            "letter_date-month": "7",
            "letter_date-year": "2025",
            **{f"stance-{pk}": "agree" for pk in world.report.findings.values_list("pk", flat=True)},
            **{f"status-{pk}": "planned" for pk in world.report.findings.values_list("pk", flat=True)},
        },
        "obligation-action-add": {"title": "Audit referrals", "owner": "Ops", "token": token},
        "obligation-action-edit": {"title": "Audit referrals monthly", "owner": "Ops", "version": "1", "token": token},
        "obligation-action-status": {"to": "done", "version": "1"},
        "obligation-update-add": {"text": "Audit complete", "token": token},
        "obligation-status": {
            "status": "in_progress",
            "reason": "Work has begun",
            "seen": "not_started",
            "token": token,
        },
        "obligation-publish-status": {"seen": "not_started"},
        "evidence-add": {"title": "Dip sample", "classification": "OFFICIAL-SENSITIVE", "token": token},
        "evidence-version-add": {"classification": "OFFICIAL-SENSITIVE", "seen": "1", "token": token},
        "password_reset": {"email": "nobody@example.org"},
    }
    files: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
        "evidence-add": ({}, {"file": ("dip.txt", b"Dip sample of 20 cases.\n", "text/plain")}),
        "evidence-version-add": ({}, {"file": ("dip2.txt", b"Dip sample of 25 cases.\n", "text/plain")}),
        "api:upload_evidence": (
            {"obligation": str(world.obligation.pk), "title": "Dip sample"},
            _file("dip.txt", b"Dip sample of 20 cases.\n"),
        ),
        "api:upload_version": ({}, _file("dip2.txt", b"Dip sample of 25 cases.\n")),
        "api:extract_report": ({}, _file("report.txt", REPORT_TEXT.encode())),
        "report-register": ({"step": "read"}, {"report_file": ("report.txt", REPORT_TEXT.encode(), "text/plain")}),
        "api:ingest": ({}, _file("letter.txt", b"Dear Chief Inspector,\nI agree with the recommendations.\n")),
        "api:data_import_upload": (
            {"kind": "training", "force": world.force_a.slug},
            _file(
                "t.csv", b"person_ref,role,department,course,completed_on\np1,PC,Ops,hydra-oic,2025-09-01\n", "text/csv"
            ),
        ),
        "data-import": (
            {"force": world.force_a.slug, "kind": "training", "mode": "add", "submission": token},
            {
                "data_file": (
                    "t.csv",
                    b"person_ref,role,department,course,completed_on\np1,PC,Ops,hydra-oic,2025-09-01\n",
                    "text/csv",
                )
            },
        ),
    }
    if name.startswith("api:"):
        if name in files:
            data, upload = files[name]
            return {"data": data, "files": upload}
        return {"json": api_json.get(name, {})}
    data = {"csrfmiddlewaretoken": "a" * 32, **forms.get(name, {})}
    if name in files:
        extra, upload = files[name]
        return {"data": {**data, **extra}, "files": upload}
    return {"data": data}


def classify(answer: requests.Response) -> str:
    code = answer.status_code
    if code >= 500:
        return "!"
    if code == 405:
        return "M"
    if code == 401:
        return "L"
    if code in (301, 302, 303) and "/login/" in answer.headers.get("Location", ""):
        return "L"
    if code in (403, 404):
        return "-"
    if code in (400, 409, 415, 422):
        return "?"
    return "+"


def _path(name: str, route: str, world: World) -> str:
    """The route with force A's ids put in for its parameters (path converters or regex groups)."""
    names = re.findall(r"<(?:\w+:)?(\w+)>", route) + re.findall(r"\(\?P<(\w+)>", route)
    values = world.kwargs(name, names)
    path = re.sub(r"\(\?P<(\w+)>(?:[^()]|\([^()]*\))*\)", lambda m: str(values[m.group(1)]), route)
    path = re.sub(r"<(?:\w+:)?(\w+)>", lambda m: str(values[m.group(1)]), path)
    path = path.replace("^", "").replace("$", "").replace("\\.", ".").replace("\\Z", "")
    return "/" + path


LAST = ("logout", "admin:logout")
# Query strings some operations need to reach their access rule rather than a 422.
QUERIES = {
    "api:indicators": "?report={report}&force={force}",
    "api:remove_membership": "?seen=x",
    "obligation-action-status": "?to=done",
    "api:list_evidence": "?obligation={obligation}",
}
METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
# Words only force A's unpublished material contains: no answer to force B, a partner or the public may show them.
SECRET = "zq7-unpublished"


def api_operations(pattern: URLPattern) -> dict[str, str]:
    """For an API path: each HTTP method it answers and the name of the operation that answers it."""
    closure = getattr(pattern.callback, "__closure__", None) or ()
    for cell in closure:
        path_view = cell.cell_contents
        if hasattr(path_view, "operations"):
            return {
                method: f"api:{operation.view_func.__name__}"
                for operation in path_view.operations
                for method in operation.methods
            }
    return {}


def observe(world: World) -> dict[str, dict[str, str]]:
    headers = {"X-CSRFToken": "a" * 32, "Referer": world.live_server.url + "/"}
    patterns = sorted(url_patterns(), key=lambda item: item[0] in LAST)
    seen: dict[str, dict[str, str]] = {}
    routes: set[str] = set()
    for name, route, pattern in patterns:
        if route in routes:
            continue  # the API names each operation of one path; the path is checked once, every method
        routes.add(route)
        operations = api_operations(pattern)
        methods = [m for m in METHODS if m in ("GET", "POST") or m in operations]
        url = world.live_server.url + _path(name, route, world)
        classes = dict.fromkeys(methods, "")
        for persona in PERSONAS:
            http = world.sessions[persona]
            for method in methods:
                operation = operations.get(method, name)
                body = post_body(world, operation) if method != "GET" else {}
                query = QUERIES.get(operation, "").format(
                    force=world.force_a.slug, report=world.report.key, obligation=world.obligation.pk
                )
                answer = http.request(method, url + query, allow_redirects=False, timeout=60, headers=headers, **body)
                classes[method] += classify(answer)
                if persona in ("anon", "b_editor", "partner"):
                    assert SECRET not in answer.text, f"{method} {url} shows force A's material to {persona}"
        seen[name] = classes
    return seen


@pytest.fixture
def world(live_server, transactional_db, settings):
    settings.AXES_FAILURE_LIMIT = 10_000  # the matrix posts to the sign-in pages; throttling is tested on its own
    settings.OVERSIGHT_PSEUDONYM_KEY = "matrix-" + "k" * 40  # operational data is pseudonymised at import
    return World(live_server)


def test_every_url_answers_each_persona_as_the_table_says(world):
    # Operational data: the public and another force get no rows of force A; a partner only what A shared.
    def indicators(persona: str) -> list[dict[str, Any]]:
        url = f"{world.live_server.url}/api/indicators?report={world.report.key}&force={world.force_a.slug}"
        answer = world.sessions[persona].get(url, timeout=60)
        assert answer.status_code == 200, (persona, answer.status_code)
        return list(answer.json())

    assert indicators("anon") == indicators("b_editor") == []
    assert {row["indicator"] for row in indicators("partner")} == {"hydra-completed"}
    assert "hydra-completed" in {row["indicator"] for row in indicators("a_editor")}
    observed = observe(world)  # ends by signing every persona out
    missing = sorted(n for n in observed if expected_for(n) is None)
    listing = "\n".join(f"    {n!r}: {c!r}," for n, c in sorted(observed.items()))
    assert not missing, f"URL patterns with no row in EXPECTED: {missing}\nObserved:\n{listing}"
    wrong = {n: (observed[n], expected_for(n)) for n in observed if observed[n] != expected_for(n)}
    assert not wrong, (
        "observed != expected:\n"
        + "\n".join(f"  {n}: {o} != {e}" for n, (o, e) in wrong.items())
        + f"\nObserved:\n{listing}"
    )
    assert not [n for n, c in observed.items() if any("!" in v for v in c.values())]

    # Nothing was written by those who may not write here: every change is in the audit trail.
    outsiders = [world.users["b_editor"].pk, world.users["partner"].pk]
    for model in (Action, ProgressUpdate, EvidenceFile, EvidenceVersion, Obligation, Response, DataImport, Membership):
        written = model.history.filter(history_user_id__in=outsiders)  # type: ignore[attr-defined]
        assert not written.exists(), f"{model.__name__} changed by a persona who may not: {list(written.values())}"
