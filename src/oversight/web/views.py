"""Thin page views: parse, authorise through access functions, call a selector, render."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from oversight.core.errors import NotFound
from oversight.obligations.selectors import report_status_matrix
from oversight.reports.access import access_report_by_key
from oversight.reports.selectors import report_list


def home(request: HttpRequest) -> HttpResponse:
    reports = report_list(user=request.user)
    return render(request, "web/home.html", {"reports": reports})


def report_detail(request: HttpRequest, key: str) -> HttpResponse:
    try:
        report = access_report_by_key(request.user, key)
    except NotFound as exc:
        raise Http404(exc.message) from exc
    matrix = report_status_matrix(user=request.user, report=report)
    return render(request, "web/report_detail.html", {"report": report, "matrix": matrix})
