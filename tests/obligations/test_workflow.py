"""The status workflow: the transition table and who may make each move."""

from __future__ import annotations

import pytest

from oversight.accounts.models import Role
from oversight.core.audit import audit_trail
from oversight.core.errors import InvalidChange, NotAllowed
from oversight.obligations.models import ObligationStatus as S
from oversight.obligations.rules import TRANSITIONS, Holder, allowed_targets, transition_allowed
from oversight.obligations.services import action_create, obligation_transition, update_create
from tests.accounts.factories import MembershipFactory
from tests.obligations.factories import ObligationFactory
from tests.organisations.factories import GovernanceFactory, InspectorateFactory


def test_every_transition_names_who_may_make_it():
    assert all(who for who in TRANSITIONS.values())
    assert all(frm != to for frm, to in TRANSITIONS)


def test_only_the_policing_body_approver_may_assure():
    assert transition_allowed(S.IMPLEMENTED, S.ASSURED, {Holder.APPROVER})
    assert not transition_allowed(S.IMPLEMENTED, S.ASSURED, {Holder.OWNER, Holder.OVERSEER})


def test_only_the_inspectorate_closes_and_reopens():
    assert allowed_targets(S.ASSURED, {Holder.NATIONAL}) == [S.IN_PROGRESS, S.CLOSED, S.SUPERSEDED]
    assert transition_allowed(S.CLOSED, S.IN_PROGRESS, {Holder.NATIONAL})
    assert not transition_allowed(S.CLOSED, S.IN_PROGRESS, {Holder.OWNER, Holder.APPROVER})


def test_unknown_statuses_are_never_allowed():
    assert not transition_allowed("nonsense", S.CLOSED, set(Holder))


@pytest.fixture
def setup(db):
    governance = GovernanceFactory()
    obligation = ObligationFactory(organisation=governance.force)
    return {
        "obligation": obligation,
        "editor": MembershipFactory(organisation=governance.force, role=Role.FORCE_EDITOR).user,
        "approver": MembershipFactory(organisation=governance.body, role=Role.APPROVER).user,
        "analyst": MembershipFactory(organisation=InspectorateFactory(), role=Role.ANALYST).user,
        "other": MembershipFactory(role=Role.FORCE_EDITOR).user,
    }


def test_claim_assure_close_round_trip_is_audited(setup):
    ob = setup["obligation"]
    ob = obligation_transition(actor=setup["editor"], obligation=ob, to_status=S.IMPLEMENTED, note="Done.")
    ob = obligation_transition(actor=setup["approver"], obligation=ob, to_status=S.ASSURED)
    ob = obligation_transition(actor=setup["analyst"], obligation=ob, to_status=S.CLOSED)
    assert ob.status == S.CLOSED
    trail = audit_trail(ob)
    assert [e.who for e in trail[:3]] == [
        setup["analyst"].username,
        setup["approver"].username,
        setup["editor"].username,
    ]
    assert trail[0].changes[0].field in {"status", "status_changed_at"}
    status_change = next(c for c in trail[0].changes if c.field == "status")
    assert (status_change.before, status_change.after) == (S.ASSURED, S.CLOSED)
    assert [u.status_to for u in ob.updates.order_by("created_at")] == [S.IMPLEMENTED, S.ASSURED, S.CLOSED]


def test_a_force_cannot_assure_its_own_claim(setup):
    ob = obligation_transition(actor=setup["editor"], obligation=setup["obligation"], to_status=S.IMPLEMENTED)
    with pytest.raises(NotAllowed, match="from implemented \\(claimed\\) to assured"):
        obligation_transition(actor=setup["editor"], obligation=ob, to_status=S.ASSURED)


def test_another_force_cannot_move_the_status(setup):
    with pytest.raises(NotAllowed):
        obligation_transition(actor=setup["other"], obligation=setup["obligation"], to_status=S.IN_PROGRESS)


def test_moving_to_the_same_status_is_refused(setup):
    with pytest.raises(InvalidChange, match="already not started"):
        obligation_transition(actor=setup["editor"], obligation=setup["obligation"], to_status=S.NOT_STARTED)


def test_only_the_obligated_force_records_actions_and_updates(setup):
    action = action_create(actor=setup["editor"], obligation=setup["obligation"], title=" Write guidance ")
    assert action.title == "Write guidance"
    assert audit_trail(action)[0].who == setup["editor"].username
    with pytest.raises(NotAllowed):
        update_create(actor=setup["approver"], obligation=setup["obligation"], text="Checked")
    with pytest.raises(InvalidChange, match="Enter the progress update"):
        update_create(actor=setup["editor"], obligation=setup["obligation"], text="  ")
