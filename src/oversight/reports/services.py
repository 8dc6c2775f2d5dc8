"""Writes of reports: registering one from a report pack (reviewed on the web or given whole), and publishing it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db import transaction

from oversight.accounts.access import viewer_for
from oversight.core.audit import as_actor
from oversight.core.bulk import bulk_insert_with_history
from oversight.core.errors import InvalidChange, NotAllowed
from oversight.obligations.services import obligations_create
from oversight.organisations.models import Organisation, OrganisationKind, Region
from oversight.organisations.selectors import addressee_directory
from oversight.reports.access import can_register_reports
from oversight.reports.models import Finding, Report, ReportState
from oversight_ingest.addressees import normalise, resolve
from oversight_ingest.packs import Pack

RESERVED_KEYS = frozenset({"register"})  # /reports/register/ is the page that registers a report


@dataclass(slots=True)
class ReportImportResult:
    report: Report
    created: bool
    findings_created: int = 0
    findings_updated: int = 0
    obligations_created: int = 0
    warnings: list[str] = field(default_factory=list)


def _organisation_named(name: str, *, kinds: tuple[str, ...]) -> Organisation | None:
    wanted = normalise(name)
    for org in Organisation.objects.filter(kind__in=kinds):
        if wanted in {normalise(n) for n in (org.name, org.short_name, *org.aliases) if n}:
            return org
    return None


def _subjects(pack: Pack) -> tuple[Organisation, Region | None, Organisation | None]:
    """The inspectorate, region and force a pack names, each of which must already be registered."""
    inspectorate = _organisation_named(pack.inspectorate, kinds=(OrganisationKind.INSPECTORATE,))
    if inspectorate is None:
        raise InvalidChange(
            f"The inspectorate {pack.inspectorate!r} is not a registered organisation: run `oversight load-reference`."
        )
    region = None
    if pack.region:
        region = Region.objects.filter(name__iexact=pack.region).first()
        if region is None:
            raise InvalidChange(f"report.region: {pack.region!r} is not a known region.")
    force = None
    if pack.force:
        force = _organisation_named(pack.force, kinds=(OrganisationKind.FORCE,))
        if force is None:
            raise InvalidChange(f"report.force: {pack.force!r} is not a known force.")
    return inspectorate, region, force


@transaction.atomic
def report_import_pack(*, actor: Any | None, pack: Pack, publish: bool = False) -> ReportImportResult:
    """Register (or update) a report from a validated pack and create its obligations.

    Findings are matched by kind and reference; a finding in the database but no longer in the
    pack is kept (with a warning), since obligations and evidence hang from it.
    """
    if pack.key in RESERVED_KEYS:
        raise InvalidChange(f"{pack.key!r} cannot be a report's key: the pages use that address. Choose another key.")
    inspectorate, region, force = _subjects(pack)
    values = {
        "title": pack.title,
        "inspectorate": inspectorate,
        "kind": pack.kind,
        "published": pack.published,
        "source_url": pack.url or "",
        "region": region,
        "force": force,
        "summary": pack.summary,
        "source_note": "\n".join(f"{k}: {v}" for k, v in pack.source.items()),
    }
    report = Report.objects.filter(key=pack.key).first()
    created = report is None
    if report is None:
        report = Report(key=pack.key, **values)
    else:
        for name, value in values.items():
            setattr(report, name, value)
    if publish:
        report.state = ReportState.PUBLISHED
    as_actor(report, actor).save()
    result = ReportImportResult(report=report, created=created)

    existing = {(f.kind, f.reference): f for f in report.findings.all()}
    columns = ("report_id", "kind", "reference", "position", "text", "deadline", "addressees", "themes")
    new_findings: list[tuple[Any, ...]] = []
    for position, item in enumerate(pack.findings, start=1):
        fields = {
            "position": position,
            "text": item.text,
            "deadline": item.deadline,
            "addressees": list(item.addressees),
            "themes": list(item.themes),
        }
        current = existing.pop((item.kind, item.reference), None)
        if current is None:
            new_findings.append((report.pk, item.kind, item.reference, *fields.values()))
        elif any(getattr(current, k) != v for k, v in fields.items()):
            for name, value in fields.items():
                setattr(current, name, value)
            as_actor(current, actor).save()
            result.findings_updated += 1
    result.findings_created = bulk_insert_with_history(Finding, columns, new_findings, key="report_id", actor=actor)
    for stale in existing.values():
        result.warnings.append(f"{stale} is no longer in the pack; it was kept with its obligations.")

    result.obligations_created, unresolved = _fan_out(report=report, actor=actor)
    result.warnings.extend(unresolved)
    return result


def _fan_out(*, report: Report, actor: Any | None) -> tuple[int, list[str]]:
    """Create an obligation for every organisation each finding is addressed to."""
    directory = addressee_directory()
    org_ids = dict(Organisation.objects.values_list("name", "pk"))
    region_name = report.region.name if report.region else None
    force_name = report.force.name if report.force else None
    pairs: list[tuple[int, int]] = []
    warnings: list[str] = []
    cache: dict[tuple[str, ...], list[int]] = {}
    for finding_id, reference, addressees in report.findings.values_list("pk", "reference", "addressees"):
        key = tuple(addressees)
        if key not in cache:
            found, unresolved = resolve(addressees, region=region_name, force=force_name, directory=directory)
            cache[key] = [org_ids[a.name] for a in found]
            warnings.extend(f"Addressee {u!r} matches no organisation (finding {reference})." for u in unresolved)
        pairs.extend((finding_id, org_id) for org_id in cache[key])
    return obligations_create(actor=actor, pairs=pairs), warnings


@transaction.atomic
def report_publish(*, actor: Any, report: Report) -> Report:
    """Make a registered report public (the inspectorate's analysts and administrators)."""
    if not viewer_for(actor).is_national:
        raise NotAllowed("Only the inspectorate's analysts can publish a report.")
    if report.state == ReportState.PUBLISHED:
        raise InvalidChange("The report is already published.")
    report.state = ReportState.PUBLISHED
    as_actor(report, actor).save(update_fields=["state"])
    return report


@transaction.atomic
def report_register(*, actor: Any, pack: Pack, publish: bool = False) -> ReportImportResult:
    """Register a new report from a reviewed pack (the web page and the API): the inspectorate's
    analysts only, and never over an existing report's key (``oversight import-report`` updates)."""
    if not can_register_reports(actor):
        raise NotAllowed("Only the inspectorate's analysts can register a report.")
    if Report.objects.filter(key=pack.key).exists():
        raise InvalidChange(f"A report with the key {pack.key!r} is already registered: choose another key.")
    return report_import_pack(actor=actor, pack=pack, publish=publish)
