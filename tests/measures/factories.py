"""Factories and file builders for operational data tests."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import factory
from openpyxl import Workbook

from oversight.measures.models import DataImport, DataKind, ImportState
from oversight.measures.summaries import summaries_refresh
from tests.organisations.factories import ForceFactory


class DataImportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DataImport

    force = factory.SubFactory(ForceFactory)
    kind = DataKind.TRAINING
    filename = "training.csv"
    state = ImportState.SUCCEEDED


def write_csv(path: Path, header: list[str], rows: list[list[Any]]) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def write_xlsx(path: Path, header: list[str], rows: list[list[Any]], *, sheets: int = 1) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    for n in range(1, sheets):
        workbook.create_sheet(f"Other {n}")
    workbook.save(path)
    return path


TRAINING_HEADER = ["person_ref", "role", "department", "course", "completed_on"]
ROSTER_HEADER = ["person_ref", "role", "department", "course", "as_of"]
REFERRAL_HEADER = ["referral_ref", "reported_on", "officer_ref", "intel_submitted_on"]
PLAN_HEADER = ["plan_ref", "title", "status", "covers_collection", "covers_analysis", "covers_sharing", "approved_on"]


def add_rows(model, force, rows: list[dict[str, Any]], *, kind: str | None = None):
    """Rows of an operational table for a force, under one succeeded import."""
    record = DataImportFactory(force=force, kind=kind or DataKind.TRAINING)
    model.objects.bulk_create([model(force=force, data_import=record, **row) for row in rows])
    summaries_refresh(force_id=force.pk, kinds=[record.kind])
    return record
