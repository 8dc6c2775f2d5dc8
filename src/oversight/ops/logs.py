"""Structured logs: one JSON line per request and per background task, tied by a request id.

The request id comes from the ``X-Request-ID`` header when a proxy sets a sensible one, or is
made here; it is returned in the response's ``X-Request-ID``, added to every log line written
while the request is handled, stored with any task the request enqueues (beside the task's
arguments, so the task itself needs no extra parameter) and restored while a worker runs it.

Only what is needed to run the service is logged: method, the URL pattern (``obligations/<int:
obligation_id>/``, not the address asked for, which can carry names), status, duration, the
user's numeric id. Never letter text, query strings, form fields or user names.
"""

from __future__ import annotations

import contextvars
import logging
import re
import time
import uuid
from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse
from pythonjsonlogger.json import JsonFormatter

request_id_var: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)

REQUEST_ID_HEADER = "X-Request-ID"
_GOOD_ID = re.compile(r"^[A-Za-z0-9._:-]{8,64}$")
_ARGS_KEY = "request_id"

request_logger = logging.getLogger("oversight.request")
task_logger = logging.getLogger("oversight.task")


def new_request_id() -> str:
    return uuid.uuid4().hex


def accept_request_id(raw: str | None) -> str:
    """Keep a proxy's request id if it looks like one; otherwise make a new one."""
    if raw and _GOOD_ID.match(raw):
        return raw
    return new_request_id()


class RequestIdFilter(logging.Filter):
    """Adds the current request id (or none) to every record, for the JSON formatter."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = request_id_var.get()
        return True


class OversightJsonFormatter(JsonFormatter):
    """python-json-logger with the field names kept stable for log search."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("fmt", "%(asctime)s %(levelname)s %(name)s %(message)s")
        kwargs.setdefault("rename_fields", {"asctime": "time", "levelname": "level", "name": "logger"})
        super().__init__(*args, **kwargs)


def _route(request: HttpRequest) -> str:
    match = getattr(request, "resolver_match", None)
    if match is None:
        return "(unmatched)"
    return "/" + match.route if match.route else "/"


def _user_id(request: HttpRequest) -> int | None:
    user = getattr(request, "user", None)
    if user is not None and getattr(user, "is_authenticated", False):
        pk = user.pk
        return int(pk) if pk is not None else None
    return None


class RequestLogMiddleware:
    """First in the chain: sets the request id, times the request, logs one line, returns the id."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request_id = accept_request_id(request.headers.get(REQUEST_ID_HEADER))
        token = request_id_var.set(request_id)
        request.request_id = request_id  # type: ignore[attr-defined]
        started = time.perf_counter()
        try:
            response = self.get_response(request)
            response[REQUEST_ID_HEADER] = request_id
            duration = (time.perf_counter() - started) * 1000
            request_logger.info(
                "request",
                extra={
                    "method": request.method,
                    "path": _route(request),
                    "status": response.status_code,
                    "duration_ms": round(duration, 1),
                    "user_id": _user_id(request),
                    "request_id": request_id,
                },
            )
            return response
        finally:
            request_id_var.reset(token)


# Background tasks -------------------------------------------------------------------------------

_running: dict[str, tuple[float, contextvars.Token[str | None] | None]] = {}


def remember_request_id(args_kwargs: dict[str, Any]) -> None:
    """Called as a queued task row is first saved: keep the enqueuing request's id beside its arguments."""
    request_id = request_id_var.get()
    if request_id and isinstance(args_kwargs, dict):
        args_kwargs[_ARGS_KEY] = request_id


def task_started(task_result: Any) -> None:
    token = None
    db_result = getattr(task_result, "db_result", None)
    stored = db_result.args_kwargs.get(_ARGS_KEY) if db_result is not None else None
    if stored and request_id_var.get() != stored:
        token = request_id_var.set(str(stored))
    _running[str(task_result.id)] = (time.perf_counter(), token)


def task_finished(task_result: Any) -> None:
    started, token = _running.pop(str(task_result.id), (None, None))
    extra: dict[str, Any] = {
        "task": task_result.task.name,
        "task_id": str(task_result.id),
        "status": str(task_result.status),
        "attempt": len(getattr(task_result, "worker_ids", []) or []) or 1,
        "request_id": request_id_var.get(),
    }
    if started is not None:
        extra["duration_ms"] = round((time.perf_counter() - started) * 1000, 1)
    try:
        # A failure's traceback is logged by django-tasks itself, on the "django_tasks" logger.
        level = logging.ERROR if str(task_result.status) == "FAILED" else logging.INFO
        task_logger.log(level, "task", extra=extra)
    finally:
        if token is not None:
            request_id_var.reset(token)
