"""Reads for responses, and the catalogue the ingestion pipeline matches letters against."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from django.db.models import Exists, OuterRef, Prefetch, QuerySet, TextField
from django.db.models.fields.json import KT
from django.db.models.functions import Cast
from django.utils import timezone

from oversight.obligations.models import Obligation
from oversight.organisations.models import Organisation
from oversight.reports.access import reports_visible_to
from oversight.reports.models import Finding, Report, ReportState
from oversight.reports.selectors import report_as_pack
from oversight.responses.access import responses_visible_to
from oversight.responses.models import Response, ResponseItem, ResponseState
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


# Good practice: the initiatives named in confirmed responses -------------------------------------

EXCERPT_CHARS = 160


@dataclass(frozen=True, slots=True)
class GoodPracticeFilters:
    words: str = ""
    report: str = ""  # report key
    finding: int | None = None  # finding id
    force: str = ""  # force slug

    @property
    def any(self) -> bool:
        return bool(self.words or self.report or self.finding or self.force)


@dataclass(frozen=True, slots=True)
class InitiativeEntry:
    """One initiative named in a letter, with where it was read and the finding it answers."""

    response_id: int
    name: str
    kind: str
    start: int | None
    end: int | None
    item_id: int | None = None
    finding: Finding | None = None
    response: Response | None = None
    before: str = ""
    words: str = ""  # the initiative's own words in the letter
    after: str = ""


def words_of(text: str) -> list[str]:
    """The words of a search, lower-cased, without punctuation; at most eight."""
    return re.findall(r"\w[\w'’-]*", text.lower())[:8]


def counted_responses(*, user: Any) -> QuerySet[Response]:
    """Responses the user may see that count as the body's response (confirmed or published)."""
    return responses_visible_to(user).filter(state__in=COUNTED_STATES)


def good_practice(*, user: Any, filters: GoodPracticeFilters) -> list[InitiativeEntry]:
    """Every initiative named in the confirmed or published responses the user may see, matching the
    filters, newest response first. The words are matched in the database first (in the stored
    extraction), then exactly against each initiative's name and kind."""
    qs = counted_responses(user=user)
    if filters.report:
        qs = qs.filter(report__key=filters.report)
    if filters.force:
        qs = qs.filter(force__slug=filters.force)
    words = words_of(filters.words)
    if words:
        qs = qs.annotate(initiatives_text=Cast(KT("extraction__initiatives"), TextField()))
        for word in words:
            qs = qs.filter(initiatives_text__icontains=word)
    rows = qs.order_by("-letter_date", "-pk").values_list("pk", KT("extraction__initiatives"))
    entries: list[InitiativeEntry] = []
    for response_id, raw in rows:
        for initiative in _initiatives(raw):
            name, kind = str(initiative.get("name", "")), str(initiative.get("kind", ""))
            haystack = f"{name} {kind}".lower()
            if not name or not all(word in haystack for word in words):
                continue
            span = initiative.get("span") or [None, None]
            entries.append(InitiativeEntry(response_id, name, kind, span[0], span[1]))
    if filters.finding is not None:
        items = _items_of({e.response_id for e in entries}, finding_id=filters.finding)
        entries = [e for e in (_attributed(e, items) for e in entries) if e.item_id is not None]
    return entries


def _initiatives(raw: Any) -> list[dict[str, Any]]:
    if isinstance(raw, str):  # some databases hand back the JSON text of a key
        try:
            raw = json.loads(raw)
        except ValueError:
            return []
    return [i for i in raw if isinstance(i, dict)] if isinstance(raw, list) else []


def _items_of(response_ids: set[int], *, finding_id: int | None = None) -> dict[int, list[ResponseItem]]:
    qs = ResponseItem.objects.filter(response_id__in=response_ids, span_start__isnull=False).select_related("finding")
    if finding_id is not None:
        qs = qs.filter(finding_id=finding_id)
    by_response: dict[int, list[ResponseItem]] = {}
    for item in qs.order_by("span_start"):
        by_response.setdefault(item.response_id, []).append(item)
    return by_response


def _attributed(entry: InitiativeEntry, items: dict[int, list[ResponseItem]]) -> InitiativeEntry:
    """The entry with the response item whose passage holds the initiative's words."""
    if entry.start is None:
        return entry
    for item in items.get(entry.response_id, []):
        if item.span_start is not None and item.span_end is not None and item.span_start <= entry.start < item.span_end:
            return replace(entry, item_id=item.pk, finding=item.finding)
    return entry


def good_practice_page(*, entries: list[InitiativeEntry]) -> list[InitiativeEntry]:
    """One page of entries completed with their response, finding and the words around them (two queries)."""
    ids = {e.response_id for e in entries}
    responses = {
        r.pk: r
        for r in Response.objects.filter(pk__in=ids)
        .select_related("report", "organisation", "force")
        .defer("extraction")
    }
    items = _items_of(ids)
    page = []
    for found in entries:
        entry = _attributed(found, items) if found.item_id is None else found
        response = responses[entry.response_id]
        text = response.text
        if entry.start is not None and entry.end is not None and entry.end <= len(text):
            before = text[max(0, entry.start - EXCERPT_CHARS) : entry.start]
            after = text[entry.end : entry.end + EXCERPT_CHARS]
            entry = replace(
                entry,
                before=("…" if entry.start > EXCERPT_CHARS else "") + before.lstrip(),
                words=text[entry.start : entry.end],
                after=after.rstrip() + ("…" if entry.end + EXCERPT_CHARS < len(text) else ""),
            )
        page.append(replace(entry, response=response))
    return page


def good_practice_options(*, user: Any, report_key: str) -> tuple[list[Report], list[Organisation], list[Finding]]:
    """The reports and forces with counted responses, and the findings of the chosen report, for the filters."""
    qs = counted_responses(user=user)
    reports = list(Report.objects.filter(pk__in=qs.values("report_id")).order_by("-published", "title"))
    forces = list(Organisation.objects.filter(pk__in=qs.values("force_id")).order_by("name"))
    chosen = next((r for r in reports if r.key == report_key), None)
    findings = list(chosen.findings.order_by("position")) if chosen else []
    return reports, forces, findings
