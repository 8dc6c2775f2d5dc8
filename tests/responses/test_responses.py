"""Letters become draft responses; nothing is the organisation's stance until a person confirms it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.core.management import call_command

from oversight.accounts.models import Role
from oversight.accounts.services import api_token_create
from oversight.core.audit import audit_trail
from oversight.core.errors import InvalidChange, NotAllowed
from oversight.reports.services import report_import_pack
from oversight.responses.models import Response, ResponseState
from oversight.responses.services import ItemDecision, response_confirm, response_ingest_file, response_publish
from oversight_ingest.packs import load_pack
from tests.accounts.factories import member_of as member
from tests.conftest import PACKS, SHARED, run_queued_tasks

SEEDS = SHARED / "seeds"
THAMES_VALLEY = SEEDS / "002_1dbf767424ad35b5"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed letters in ../shared are not beside the project")


TVP_BODY = "Thames Valley Police and Crime Commissioner"


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".html", ".txt"])
def test_a_letter_becomes_a_draft_aligned_to_the_canonical_findings(oic, suffix):
    editor = member(TVP_BODY, Role.BODY_EDITOR)
    path = THAMES_VALLEY.with_suffix(suffix)
    outcome = response_ingest_file(actor=editor, path=path, filename=path.name)
    response = outcome.response
    assert response is not None, outcome.problem
    assert response.state == ResponseState.DRAFT
    assert (response.organisation.name, response.force.name) == (TVP_BODY, "Thames Valley Police")
    assert response.author_name == "Matthew Barber"
    items = {i.finding.reference: i for i in response.items.select_related("finding")}
    assert sorted(items) == ["2", "4", "8", "9"]
    assert {i.claimed_status for i in items.values()} == {"in_progress"}
    assert "600 staff" in items["9"].evidence


def test_another_bodys_editor_cannot_record_the_letter(oic):
    outsider = member("Kent Police and Crime Commissioner", Role.BODY_EDITOR)
    outcome = response_ingest_file(actor=outsider, path=THAMES_VALLEY.with_suffix(".txt"), filename="tv.txt")
    assert outcome.response is None
    assert "only its editors can record it" in outcome.problem
    assert Response.objects.count() == 0


def test_confirming_records_corrections_and_is_audited(oic):
    editor = member(TVP_BODY, Role.BODY_EDITOR)
    response = response_ingest_file(actor=editor, path=THAMES_VALLEY.with_suffix(".txt"), filename="tv.txt").response
    item = response.items.get(finding__reference="2")
    confirmed = response_confirm(
        actor=editor, response=response, decisions={item.pk: ItemDecision("agree", "in_progress")}
    )
    assert confirmed.state == ResponseState.CONFIRMED
    item.refresh_from_db()
    assert item.stance == "agree"
    change = next(c for c in audit_trail(item)[0].changes if c.field == "stance")
    assert (change.before, change.after) == ("support", "agree")
    with pytest.raises(InvalidChange, match="already been confirmed"):
        response_confirm(actor=editor, response=confirmed)


def test_the_force_cannot_confirm_and_only_an_approver_publishes(oic):
    editor = member(TVP_BODY, Role.BODY_EDITOR)
    response = response_ingest_file(actor=editor, path=THAMES_VALLEY.with_suffix(".txt"), filename="tv.txt").response
    with pytest.raises(NotAllowed):
        response_confirm(actor=member("Thames Valley Police", Role.FORCE_EDITOR), response=response)
    with pytest.raises(InvalidChange, match="Confirm the response before publishing"):
        response_publish(actor=member(TVP_BODY, Role.APPROVER), response=response)
    response_confirm(actor=editor, response=response)
    with pytest.raises(NotAllowed):
        response_publish(actor=editor, response=response)
    assert response_publish(actor=member(TVP_BODY, Role.APPROVER), response=response).state == "published"


def test_ingest_command_prints_json_per_file_and_keeps_going_after_a_bad_file(oic, tmp_path, capsys):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7 truncated")
    with pytest.raises(SystemExit) as stop:
        call_command("ingest", str(bad), str(THAMES_VALLEY.with_suffix(".docx")), "--json")
    assert stop.value.code == 1
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert [line["ok"] for line in lines] == [False, True]
    assert lines[0]["error_code"] == "corrupt"
    assert lines[1]["report"]["key"] == "oic-2025"
    assert [i["recommendation"] for i in lines[1]["items"]] == ["2", "4", "8", "9"]


def test_ingest_command_saves_drafts_for_a_named_user(oic, capsys):
    member(TVP_BODY, Role.BODY_EDITOR).username  # noqa: B018 - another editor exists too
    editor = member(TVP_BODY, Role.BODY_EDITOR)
    with pytest.raises(SystemExit) as stop:
        call_command("ingest", str(THAMES_VALLEY.with_suffix(".pdf")), "--save", "--user", editor.username)
    assert stop.value.code == 0
    assert "draft response" in capsys.readouterr().err
    assert Response.objects.get().created_by == editor


def test_api_upload_makes_a_draft_the_body_reviews_and_confirms(oic, client):
    editor = member(TVP_BODY, Role.BODY_EDITOR)
    token = api_token_create(actor=None, user=editor, name="t")[1]
    auth = {"Authorization": f"Bearer {token}"}
    path = Path(THAMES_VALLEY.with_suffix(".docx"))
    with path.open("rb") as fh:
        upload = client.post("/api/responses/ingest", {"file": fh}, headers=auth)
    assert upload.status_code == 202, upload.content
    outcome = upload.json()["outcome"]
    assert outcome["ok"] is True
    detail = client.get(f"/api/responses/{outcome['response_id']}", headers=auth).json()
    assert detail["state"] == "draft"
    assert [i["finding"] for i in detail["items"]] == ["R2", "R4", "R8", "R9"]
    # The public does not see the draft.
    assert client.get(f"/api/responses/{outcome['response_id']}").status_code == 404
    first = detail["items"][0]
    confirmed = client.post(
        f"/api/responses/{outcome['response_id']}/confirm",
        {"decisions": [{"item_id": first["id"], "stance": "agree", "claimed_status": "in_progress"}]},
        content_type="application/json",
        headers=auth,
    )
    assert confirmed.status_code == 200
    assert confirmed.json()["state"] == "confirmed"
    assert confirmed.json()["items"][0]["stance"] == "agree"


@pytest.mark.django_db(transaction=True)
def test_with_the_database_queue_a_worker_makes_the_draft(client, settings):
    from oversight.organisations.services import reference_data_load

    reference_data_load()
    report_import_pack(actor=None, pack=load_pack(PACKS / "oic-2025.json"), publish=True)
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    editor = member(TVP_BODY, Role.BODY_EDITOR)
    auth = {"Authorization": f"Bearer {api_token_create(actor=None, user=editor, name='t')[1]}"}
    with THAMES_VALLEY.with_suffix(".pdf").open("rb") as fh:
        queued = client.post("/api/responses/ingest", {"file": fh}, headers=auth).json()
    assert (queued["status"], queued["outcome"]) == ("READY", None)
    assert Response.objects.count() == 0
    run_queued_tasks()
    progress = client.get(f"/api/responses/ingest/{queued['task_id']}", headers=auth).json()
    assert progress["status"] == "SUCCESSFUL"
    assert Response.objects.get().pk == progress["outcome"]["response_id"]
    # Only the uploader may follow it.
    other = member(TVP_BODY, Role.APPROVER)
    other_auth = {"Authorization": f"Bearer {api_token_create(actor=None, user=other, name='t')[1]}"}
    assert client.get(f"/api/responses/ingest/{queued['task_id']}", headers=other_auth).status_code == 404


def test_a_saved_draft_records_the_file_name_not_where_it_was_on_disk(oic, capsys):
    editor = member(TVP_BODY, Role.BODY_EDITOR)
    with pytest.raises(SystemExit):
        call_command("ingest", str(THAMES_VALLEY.with_suffix(".txt")), "--save", "--user", editor.username)
    assert Response.objects.get().source_filename == "002_1dbf767424ad35b5.txt"


def test_a_draft_records_whose_stance_each_item_is_and_the_initiatives_in_its_passage(oic):
    editor = member(TVP_BODY, Role.BODY_EDITOR)
    response = response_ingest_file(actor=editor, path=THAMES_VALLEY.with_suffix(".txt"), filename="tv.txt").response
    items = list(response.items.all())
    assert all(i.stance_by in ("policing_body", "chief_constable") for i in items if i.stance != "not_stated")
    raw = {(r["recommendation"], r["kind"]): r for r in response.extraction["items"]}
    for item in items:
        assert item.stance_by == (raw[(item.finding.reference, item.finding.kind)]["stance_by"] or "")
    named = [i["name"] for item in items for i in item.initiatives]
    letter_level = [i["name"] for i in response.extraction["initiatives"]]
    assert set(named) <= set(letter_level)


def test_a_reviewer_relinks_a_passage_to_another_finding_or_to_none(oic):
    editor = member(TVP_BODY, Role.BODY_EDITOR)
    response = response_ingest_file(actor=editor, path=THAMES_VALLEY.with_suffix(".txt"), filename="tv.txt").response
    by_ref = {i.finding.reference: i for i in response.items.select_related("finding")}
    findings = {f.reference: f for f in oic.findings.all()}
    r2, r4, r8 = by_ref["2"], by_ref["4"], by_ref["8"]
    decisions = {
        # swap the passages of R2 and R4, drop R8's
        r2.pk: ItemDecision(r2.stance, r2.claimed_status, finding_id=findings["4"].pk),
        r4.pk: ItemDecision(r4.stance, r4.claimed_status, finding_id=findings["2"].pk),
        r8.pk: ItemDecision(r8.stance, r8.claimed_status, drop=True),
    }
    response_confirm(actor=editor, response=response, decisions=decisions)
    after = {i.finding.reference: i for i in response.items.select_related("finding")}
    assert sorted(after) == ["2", "4", "9"]
    assert (after["4"].span_start, after["2"].span_start) == (r2.span_start, r4.span_start)
    assert response.items.model.history.filter(response_id=response.pk, history_type="-").count() == 3


def test_two_passages_cannot_answer_one_finding(oic):
    editor = member(TVP_BODY, Role.BODY_EDITOR)
    response = response_ingest_file(actor=editor, path=THAMES_VALLEY.with_suffix(".txt"), filename="tv.txt").response
    by_ref = {i.finding.reference: i for i in response.items.select_related("finding")}
    r2 = by_ref["2"]
    with pytest.raises(InvalidChange, match="Two passages are linked to R4"):
        response_confirm(
            actor=editor,
            response=response,
            decisions={r2.pk: ItemDecision(r2.stance, r2.claimed_status, finding_id=by_ref["4"].finding_id)},
        )
    response.refresh_from_db()
    assert response.state == ResponseState.DRAFT


def test_a_letter_naming_another_report_is_aligned_to_the_given_one_only_when_forced(oic, client, tmp_path, capsys):
    sy_letter = SHARED / "seeds" / "000_f13dc5c2438480ce.txt"
    title = "improving the response to organised immigration crime"
    text = sy_letter.read_text()
    assert title in text
    letter = tmp_path / "sy.txt"
    letter.write_text(text.replace(title, "an inspection of custody arrangements in South Yorkshire Police"))
    editor = member("Mayor of South Yorkshire (South Yorkshire Mayoral Combined Authority)", Role.BODY_EDITOR)
    auth = {"Authorization": f"Bearer {api_token_create(actor=None, user=editor, name='t')[1]}"}
    with letter.open("rb") as fh:
        refused = client.post("/api/responses/ingest", {"file": fh, "report": oic.key}, headers=auth).json()
    assert refused["outcome"]["response_id"] is None
    assert any(w.startswith("report_mismatch") for w in refused["outcome"]["result"]["warnings"])
    with letter.open("rb") as fh:
        forced = client.post(
            "/api/responses/ingest", {"file": fh, "report": oic.key, "force_report": "true"}, headers=auth
        ).json()
    response = Response.objects.get(pk=forced["outcome"]["response_id"])
    assert response.report == oic
    assert response.items.exclude(finding=None).count() == 4
    response.delete()
    # The command line's --save takes the same choice.
    with pytest.raises(SystemExit):
        call_command("ingest", str(letter), "--save", "--user", editor.username, "--report", oic.key, "--force-report")
    assert Response.objects.get().report == oic
