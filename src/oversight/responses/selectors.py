"""Reads for responses, and the catalogue the ingestion pipeline matches letters against."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db.models import Exists, OuterRef, Prefetch, QuerySet
from django.utils import timezone

from oversight.obligations.models import Obligation
from oversight.reports.access import reports_visible_to
from oversight.reports.models import Finding, Report, ReportState
from oversight.reports.selectors import report_as_pack
from oversight.responses.access import responses_visible_to
from oversight.responses.models import Response, ResponseState
from oversight_ingest.catalogue import Catalogue
from oversight_ingest.statutory import response_deadline


def ingest_catalogue(*, user: Any | None = None) -> Catalogue:
    """The reports a letter may be matched against, and the reference organisations.

    For an uploader, the reports they can see (published ones; drafts too for national roles, as
    letters may arrive before a report is published here). For the system (no user: the command
    line), every registered report."""
    base = Report.objects.all() if user is None else reports_visible_to(user)
    reports = base.select_related("inspectorate", "region", "force").prefetch_related(
        Prefetch("findings", queryset=Finding.objects.order_by("position"))
    )
    return Catalogue.default(reports=[report_as_pack(report=r) for r in reports])


# Home: what needs a policing body's editors and approvers ----------------------------------------

COUNTED_STATES = (ResponseState.CONFIRMED, ResponseState.PUBLISHED)


def reports_awaiting_response(*, user: Any, body_ids: Iterable[int], force_ids: Iterable[int]) -> QuerySet[Report]:
    """Published reports addressed to the overseen forces, still inside their 56-day response period,
    with no confirmed or published response from the user's bodies; the nearest deadline first."""
    today = timezone.localdate()
    earliest = today - (response_deadline(today) - today)  # published on or after this: not yet due
    answered = Response.objects.filter(
        report=OuterRef("pk"), organisation_id__in=list(body_ids), state__in=COUNTED_STATES
    )
    addressed = Obligation.objects.filter(finding__report=OuterRef("pk"), organisation_id__in=list(force_ids))
    return (
        reports_visible_to(user)
        .filter(state=ReportState.PUBLISHED, published__gte=earliest, published__lte=today)
        .filter(Exists(addressed))
        .exclude(Exists(answered))
        .order_by("published", "title")
    )


def drafts_to_confirm(*, user: Any, body_ids: Iterable[int]) -> QuerySet[Response]:
    return responses_visible_to(user).filter(organisation_id__in=list(body_ids), state=ResponseState.DRAFT)


def responses_to_publish(*, user: Any, body_ids: Iterable[int]) -> QuerySet[Response]:
    return responses_visible_to(user).filter(organisation_id__in=list(body_ids), state=ResponseState.CONFIRMED)
