"""One JSON line per request and per task, tied together by the request id; errors stay in the log."""

from __future__ import annotations

import json
import logging

import pytest
from django_tasks_db.models import DBTaskResult

from oversight.ops.logs import OversightJsonFormatter, RequestIdFilter, request_id_var
from tests.accounts.factories import UserFactory
from tests.conftest import run_queued_tasks
from tests.ops.tasks import explode, note

DB_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def _records(caplog, name):
    return [r for r in caplog.records if r.name == name]


def test_each_request_logs_its_route_status_duration_user_and_id(db, client, caplog):
    user = UserFactory()
    client.force_login(user)
    with caplog.at_level(logging.INFO, logger="oversight.request"):
        response = client.get("/reports/no-such-report/?q=Jane+Smith")
    (record,) = _records(caplog, "oversight.request")
    assert record.method == "GET"
    assert record.path == "/reports/<slug:key>/"  # the pattern, never the address or its query
    assert record.status == response.status_code
    assert record.user_id == user.pk
    assert isinstance(record.duration_ms, float)
    assert record.request_id == response["X-Request-ID"]
    assert "Jane" not in caplog.text
    assert "no-such-report" not in caplog.text


def test_a_sensible_request_id_from_the_proxy_is_kept_and_a_bad_one_replaced(client):
    assert client.get("/healthz", headers={"X-Request-ID": "edge-4f1c2a9b"})["X-Request-ID"] == "edge-4f1c2a9b"
    replaced = client.get("/healthz", headers={"X-Request-ID": "<script>"})["X-Request-ID"]
    assert replaced != "<script>"
    assert len(replaced) == 32


def test_unknown_addresses_are_logged_as_unmatched(db, client, caplog):
    with caplog.at_level(logging.INFO, logger="oversight.request"):
        client.get("/no/such/place/for/alice")
    (record,) = _records(caplog, "oversight.request")
    assert (record.path, record.status) == ("(unmatched)", 404)


def test_the_json_formatter_writes_one_parseable_line_with_the_request_id():
    record = logging.LogRecord("oversight.request", logging.INFO, __file__, 1, "request", None, None)
    record.status = 200
    token = request_id_var.set("abc12345")
    try:
        RequestIdFilter().filter(record)
    finally:
        request_id_var.reset(token)
    line = OversightJsonFormatter().format(record)
    assert "\n" not in line
    data = json.loads(line)
    assert (data["message"], data["level"], data["logger"], data["status"], data["request_id"]) == (
        "request",
        "INFO",
        "oversight.request",
        200,
        "abc12345",
    )


@pytest.mark.urls("tests.ops.urls_boom")
def test_a_server_error_goes_to_the_log_with_its_traceback_not_to_the_client(db, client, caplog, settings):
    assert settings.DEBUG is False
    client.raise_request_exception = False
    with caplog.at_level(logging.INFO):
        response = client.get("/boom/7/")
    assert response.status_code == 500
    body = response.content.decode()
    assert "letter text" not in body
    assert "Traceback" not in body
    assert "RuntimeError" not in body
    errors = [r for r in caplog.records if r.name == "django.request" and r.exc_info]
    assert errors
    assert "letter text" in "".join(logging.Formatter().formatException(errors[0].exc_info))
    (line,) = _records(caplog, "oversight.request")
    assert (line.path, line.status) == ("/boom/<int:number>/", 500)
    assert response["X-Request-ID"] == line.request_id


def test_a_task_run_in_process_logs_a_line_with_the_request_id(db, caplog):
    token = request_id_var.set("req-in-process-1")
    try:
        with caplog.at_level(logging.INFO):
            note.enqueue(text="hello")
    finally:
        request_id_var.reset(token)
    (line,) = _records(caplog, "oversight.task")
    assert (line.task, line.status, line.request_id) == ("note", "SUCCESSFUL", "req-in-process-1")
    (inner,) = _records(caplog, "tests.ops")
    assert inner.request_id == "req-in-process-1"


@pytest.mark.django_db(transaction=True)
def test_a_queued_task_carries_the_request_id_to_the_worker(settings, caplog):
    settings.TASKS = DB_QUEUE
    token = request_id_var.set("req-queued-42")
    try:
        result = note.enqueue(text="hello")
    finally:
        request_id_var.reset(token)
    row = DBTaskResult.objects.get(pk=result.id)
    assert row.args_kwargs == {"args": [], "kwargs": {"text": "hello"}, "request_id": "req-queued-42"}
    assert request_id_var.get() is None
    with caplog.at_level(logging.INFO):
        run_queued_tasks()
    (line,) = _records(caplog, "oversight.task")
    assert (line.task, line.status, line.request_id, line.attempt) == ("note", "SUCCESSFUL", "req-queued-42", 1)
    assert [r.request_id for r in _records(caplog, "tests.ops")] == ["req-queued-42"]
    assert request_id_var.get() is None
    assert DBTaskResult.objects.get(pk=result.id).return_value == "hello"


def test_a_failed_task_logs_an_error_and_its_traceback(db, caplog):
    with caplog.at_level(logging.INFO):
        explode.enqueue()
    (line,) = _records(caplog, "oversight.task")
    assert (line.levelname, line.status) == ("ERROR", "FAILED")
    assert "the task went wrong" in caplog.text
