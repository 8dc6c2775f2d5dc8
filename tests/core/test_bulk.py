"""The bulk path writes the rows and exactly one history row for each new one."""

from __future__ import annotations

from oversight.obligations.models import Obligation
from oversight.obligations.services import obligations_create
from tests.accounts.factories import UserFactory
from tests.organisations.factories import ForceFactory
from tests.reports.factories import FindingFactory


def test_each_new_row_gets_one_history_row_naming_the_actor(db):
    actor = UserFactory()
    findings = [FindingFactory() for _ in range(3)]
    forces = [ForceFactory() for _ in range(4)]
    assert obligations_create(actor=actor, pairs=[(f.pk, o.pk) for f in findings for o in forces[:2]]) == 6
    # Again with more forces: only the new pairs are written, and only they get history.
    assert obligations_create(actor=None, pairs=[(f.pk, o.pk) for f in findings for o in forces]) == 6
    assert Obligation.objects.count() == 12
    history = Obligation.history.all()
    assert history.count() == 12
    assert set(history.values_list("history_type", flat=True)) == {"+"}
    first = Obligation.objects.get(finding=findings[0], organisation=forces[0])
    record = first.history.get()
    assert (record.history_user, record.status) == (actor, "not_started")
    later = Obligation.objects.get(finding=findings[0], organisation=forces[3])
    assert later.history.get().history_user is None
