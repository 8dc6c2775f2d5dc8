"""Stance in wordings beyond the stock phrases: whose words, and what they say of the recommendation."""

from __future__ import annotations

import pytest

from oversight_ingest.letters.stance import stance_of


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("I am happy to accept this recommendation.", "accept"),
        ("I fully endorse the inspectorate's view on this point.", "support"),
        ("I agree.", "agree"),
        ("I accept this.", "accept"),
        ("I partly agree.", "partially_agree"),
        ("I accept the recommendation in principle but not the deadline.", "partially_agree"),
        ("I do not agree with this recommendation.", "disagree"),
        ("I cannot support this recommendation as drafted.", "disagree"),
        ("The Commissioner is supportive of this recommendation.", "support"),
        ("The Mayor supports this recommendation.", "support"),
        ("I have noted this recommendation.", "note"),
        ("I welcome this recommendation.", "support"),
        ("I am in full agreement with this recommendation.", "agree"),
        ("I support the inspectorate's findings here.", "support"),
    ],
)
def test_stance_in_other_wordings(text: str, stance: str) -> None:
    assert stance_of(text)[0] == stance


@pytest.mark.parametrize(
    "text",
    [
        "The exercise is useful, but I do not think every constable needs it, and I agree with the recommendation "
        "only in part.",
        "I do not think a separate plan is needed, so I accept the recommendation only in part.",
    ],
)
def test_a_doubt_and_a_partial_agreement_in_one_sentence_are_partial(text: str) -> None:
    assert stance_of(text)[0] == "partially_agree"


def test_a_plain_disagreement_is_still_disagreement() -> None:
    assert stance_of("I do not think this recommendation is needed, and I do not accept it.")[0] == "disagree"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("I recognise this recommendation and will raise it with the Chief Constable.", "note"),
        (
            "I support the recommendation only if it can be met without taking detectives off live cases.",
            "partially_agree",
        ),
        ("I can accept it, but only to the extent that it covers officers in specialist roles.", "partially_agree"),
        ("I agree with the recommendation so far as it concerns collecting information.", "partially_agree"),
        ("I share the Chief Constable's view that this recommendation should not be taken up.", "disagree"),
        ("I do not dissent from the force's decision not to accept this recommendation.", "disagree"),
        ("I disagree with the figures in the report on referrals.", "not_stated"),
        ("The force agreed an information sharing protocol with the regional unit in March.", "not_stated"),
        ("I accept the proposition that better intelligence leads to more disruption.", "not_stated"),
        ("I cannot accept the premise of this recommendation, nor the recommendation itself.", "disagree"),
        ("I recognise the pressure the force is under.", "not_stated"),
    ],
)
def test_stances_recognised_limited_or_deferring_and_verbs_aimed_elsewhere(text: str, stance: str) -> None:
    assert stance_of(text)[0] == stance


@pytest.mark.parametrize(
    "text",
    [
        "On Hydra I only partly agree with the inspectorate. The training is valuable, but I am not persuaded that "
        "every frontline officer needs it.",
        "On Hydra my acceptance is qualified. I am not convinced that every relevant officer in a force of this size "
        "needs it.",
    ],
)
def test_a_doubt_beside_the_writers_own_partial_stance_in_another_sentence_is_partial(text: str) -> None:
    assert stance_of(text)[0] == "partially_agree"


def test_a_doubt_beside_the_forces_partial_stance_is_still_the_writers_disagreement() -> None:
    text = "The force accepts it in part. I am not persuaded that it is needed at all."
    assert stance_of(text)[0] == "disagree"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Subject to funding, I support the recommendation.", "partially_agree"),
        ("Agree, with reservations.", "partially_agree"),
        ("The office accepts recommendation 9 and will monitor completion.", "accept"),
        ("The office supports recommendation 9 in principle.", "partially_agree"),
        ("I strongly support the inspectorate's proposal that every relevant officer completes Hydra.", "support"),
    ],
)
def test_stance_with_a_condition_before_it_a_caveat_after_a_comma_and_the_office_as_subject(
    text: str, stance: str
) -> None:
    assert stance_of(text)[0] == stance
