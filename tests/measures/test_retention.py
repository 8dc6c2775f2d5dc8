"""Retention: each data set's rows are deleted when its period ends; the import record stays."""

from __future__ import annotations

import datetime as dt
from io import StringIO

import pytest
from django.core.management import call_command

from oversight.measures.models import DataKind, ImportState, TrainingRecord
from oversight.measures.services import data_import_file, data_retention_apply
from tests.measures.factories import TRAINING_HEADER, write_csv
from tests.organisations.factories import ForceFactory

pytestmark = pytest.mark.django_db


def test_rows_past_their_retention_period_are_deleted(tmp_path):
    force = ForceFactory()
    path = write_csv(tmp_path / "t.csv", TRAINING_HEADER, [["A1", "", "", "hydra-oic", "2025-09-01"]])
    old = data_import_file(actor=None, force=force, kind=DataKind.TRAINING, path=path)
    new = data_import_file(actor=None, force=force, kind=DataKind.TRAINING, path=path)
    old.retain_until = dt.date.today() - dt.timedelta(days=1)
    old.save()
    assert data_retention_apply(actor=None, dry_run=True).rows == 1
    assert TrainingRecord.objects.count() == 2
    out = StringIO()
    call_command("retention", stdout=out)
    assert "Deleted 1 rows from 1 imports" in out.getvalue()
    assert list(TrainingRecord.objects.values_list("data_import_id", flat=True)) == [new.pk]
    old.refresh_from_db()
    assert old.state == ImportState.EXPIRED
    assert old.history.first().state == ImportState.EXPIRED
    assert data_retention_apply(actor=None).imports == 0
