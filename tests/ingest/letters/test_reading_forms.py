"""Status, stance and structure in the forms other hands write them: table notes, partial agreement, stances
named by number, rows of a table, a report named by its subject. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from tests.ingest.letters._letters_helpers import pack, text_document

from oversight_ingest.document import Block, BlockKind, Document, Span
from oversight_ingest.extract.text import extract_txt
from oversight_ingest.letters import analyse_items
from oversight_ingest.letters.align import read_answer
from oversight_ingest.letters.features import disabled
from oversight_ingest.letters.reportmatch import match_report
from oversight_ingest.letters.status import status_of
from oversight_ingest.packs import PackFinding
from oversight_ingest.result import ClaimedStatus, Item, Stance, Voice


def _oic() -> tuple[PackFinding, ...]:
    return tuple(f for f in pack("oic-2025").findings if f.reference in ("2", "4", "8", "9"))


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a table note that leads with its value, after a label or a rating
        ("Done – signed off by the chief officer group in May.", "implemented"),
        ("Current status: implemented (see audit report).", "implemented"),
        ("Referral checklist – Amber: being drafted.", "in_progress"),
        ("Partly implemented.", "in_progress"),
        ("Not yet complete; two teams to go.", "in_progress"),
        ("Scheduled for February 2026.", "planned"),
        ("I have reservations about the modules, and nothing has yet been done on them.", "not_started"),
        ("Stalled.", "not_started"),
        ("Nothing has changed yet: the force is waiting for the Home Office.", "not_started"),
        ("✓", "implemented"),
        # a share of a whole
        ("Nine of twelve teams have moved to the new form.", "in_progress"),
        ("0 of 40 detectives trained so far.", "not_started"),
        ("Of the 80 supervisors named, 80 have finished the course.", "implemented"),
        # preparations beside a plan are a plan; upkeep beside finished work is no progress
        ("Funding is agreed and the first course will run in June.", "planned"),
        ("Every analyst has been trained; refresher sessions will run annually.", "implemented"),
        # conditions and other people's doing are no claim of the force's
        ("Once the national template has been issued, the force will adopt it.", "planned"),
        ("The Home Office has published new guidance.", "not_stated"),
        ("The inspectors found that few referrals had been documented.", "not_stated"),
        ("Progress will be considered by the audit committee in March.", "not_stated"),
        ("I will review this at my accountability board in the spring.", "not_stated"),
        ("Forces must make sure that each referral is documented by April 2026.", "not_stated"),
        # not begun, put off or stopped; and not begun but with a date, which is planned
        ("The project board has been stood down and the work is on ice.", "not_started"),
        ("No steps have yet been taken on the e-learning.", "not_started"),
        ("Work has not begun, but a start is booked for 3 March.", "planned"),
        # part done and part not, in different clauses
        ("The plan is written, but the sharing agreement has yet to be started.", "in_progress"),
        ("Interim guidance is in place while the full procedure is drafted.", "in_progress"),
        # the writer's judgement, and states held since a date
        ("I regard this recommendation as met.", "implemented"),
        ("In operation since 2 June.", "implemented"),
        ("Cases are checked daily; the force has been compliant since the start of the year.", "implemented"),
        # a term set for what has not begun, nothing there yet, and compliance reached
        ("Target completion: March 2026.", "planned"),
        ("Due to start on 4 May.", "planned"),
        ("No sharing agreement yet exists with the council.", "not_started"),
        ("Unassigned – awaiting a lead.", "not_started"),
        ("The collection plan is not yet being progressed.", "not_started"),
        ("Full compliance was reached in the autumn.", "implemented"),
        ("The detectives have all completed the exercise.", "implemented"),
        ("Being progressed by the organised crime board.", "in_progress"),
        # met or enforced by a system; refused, or without a date; a share however long its noun
        ("The force tells me this one is already met.", "implemented"),
        ("A log cannot be closed without the intelligence report attached.", "implemented"),
        ("The force does not intend to adopt the modules.", "not_started"),
        ("No detectives trained so far.", "not_started"),
        ("No date has been fixed for the first course.", "not_started"),
        ("40 of the 120 officers the force named as relevant have finished it.", "in_progress"),
        ("Accepted Not started Awaiting a venue.", "not_started"),
        ("Agreed Complete Assured by my office.", "implemented"),
        ("The force does not yet have a start date for the modules.", "not_started"),
        ("The modules went to 90 officers and 35 have completed them so far.", "in_progress"),
        # set to begin, or not to be begun for now
        ("Plans are in place to train the ports team before Easter.", "planned"),
        ("Course dates have been agreed with the regional unit for May.", "planned"),
        ("No dates have been set.", "not_started"),
        ("The force has decided not to roll out the modules until the new version arrives.", "not_started"),
        ("None of the analysts has yet seen a draft.", "not_started"),
        ("Every sergeant in the hub has been through the exercise.", "implemented"),
        # a perfect still to come, capacity given to something else, a condition inside its clause
        ("The force expects every sergeant to have attended a session by June.", "planned"),
        ("No work yet: the analysts are committed to the new crime system until spring.", "not_started"),
        ("The plan will be written once the regional profile is published in October.", "planned"),
        ("Neither has started yet, but both are planned for the new year.", "planned"),
        ("The force's position has been agreed with me.", "not_stated"),
        (
            "The plan will follow the new standard; until then a weekly briefing serves as an interim arrangement.",
            "planned",
        ),
        ("Sharing depends on agreements with partners that are not in place.", "not_stated"),
        ("The exercise for investigators is already complete.", "implemented"),
        # done, but only in part of the cases it should be: under way
        ("The form was reissued in March and compliance has since risen from 58% to 81%.", "in_progress"),
        (
            "A new instruction went out in May; the document now goes with roughly two thirds of referrals.",
            "in_progress",
        ),
        ("The guidance was rewritten, and a sample found the document attached in 41 of 50 cases.", "in_progress"),
        ("The shared register has been compiled and the joint purchase is now out to tender.", "in_progress"),
        # a start being arranged is set to begin; sessions run with more being arranged are under way
        ("Workshops for the ports team are being scheduled for February.", "planned"),
        ("Six detectives have been nominated and the force is waiting for course dates.", "planned"),
        ("The force is liaising with the regional unit to confirm dates for the first exercise.", "planned"),
        ("Two exercises ran in the spring, and more are being arranged for the winter.", "in_progress"),
        # the past simple: done, and a bare time beside a past verb is past, not to come
        ("The Constabulary rewrote nothing; it simply updated its referral form in March.", "implemented"),
        ("The checklist is now used for every referral. The force made it compulsory in May.", "implemented"),
        ("Support is offered, provided the training can be given in Welsh.", "not_stated"),
        ("The collection plan will be ready by the end of November.", "planned"),
        ("The force has decided not to run the exercise this year.", "not_started"),
        # training assigned is under way until those it was for have done it; a share found by a check
        ("The e-learning modules were assigned to the ports team in May.", "in_progress"),
        ("The modules went to the ports team in May, and everyone required to take them has done so.", "implemented"),
        ("A check found that 11 of the 15 referrals since May had the document attached.", "in_progress"),
        ("By June about a third of the detectives had finished the exercise.", "in_progress"),
        ("The force has a collection plan, agreed in March, which is shared with the regional unit.", "implemented"),
        # done in part: under way
        ("The revised checklist has been partly introduced.", "in_progress"),
        ("Stage 1 complete; stage 2 being scoped.", "in_progress"),
        ("The form is used in three of our five districts.", "in_progress"),
        # a commitment or preparation with its date is a plan
        ("There is a plan to set up a small team in the intelligence hub.", "planned"),
        ("The three forces have agreed to use one referral template from next May.", "planned"),
        ("Places have been reserved on the regional course for June.", "planned"),
        # progress reported without a verb of doing; a step of several reached; a document approved
        ("The Constabulary reports good progress on the plan.", "in_progress"),
        ("Take-up of the modules is patchy but continuing.", "in_progress"),
        ("Stage 3 of 5 reached.", "in_progress"),
        ("The force has a written procedure for referrals, approved by its chief officers.", "implemented"),
        # still to be done, no action, no date for a start
        ("The Constabulary has still to set up the referral check.", "not_started"),
        ("Logged on the action tracker; no action taken yet.", "not_started"),
        ("Paused – start date TBC.", "not_started"),
        # others' doing, and a recommendation addressed to someone, are no claim of the force's work
        ("The Modern Slavery and Organised Immigration Crime Unit has issued new guidance.", "not_stated"),
        ("This area for improvement is addressed to the regional unit and its forces.", "not_stated"),
        ("The Home Secretary has written to every force about small boats.", "not_stated"),
    ],
)
def test_status_in_the_forms_tables_and_other_hands_use(text: str, status: str) -> None:
    assert status_of(text)[0] == status


@pytest.mark.parametrize(
    ("text", "stance", "by"),
    [
        ("I am in full accord with the inspectorate on this.", "agree", "policing_body"),
        ("This recommendation has my unqualified backing.", "support", "policing_body"),
        ("I lend my full support to the recommendation.", "support", "policing_body"),
        ("Recommendation 9 is accepted.", "accept", "policing_body"),
        ("Accepted (force).", "accept", "chief_constable"),
        ("Chief Constable: Agreed.", "agree", "chief_constable"),
        ("I accept it, save for the April deadline.", "partially_agree", "policing_body"),
        ("I do not fully agree with the recommendation.", "partially_agree", "policing_body"),
        ("I broadly accept the recommendation.", "partially_agree", "policing_body"),
        ("I see no merit in a separate plan.", "disagree", "policing_body"),
        ("Neither the Chief Constable nor I accept this recommendation.", "disagree", "policing_body"),
        ("The force has rejected the recommendation, a position I support.", "disagree", "policing_body"),
        ("I have taken careful note of the recommendation.", "note", "policing_body"),
        ("The Mayor's Office for Policing and Crime accepts the recommendation.", "accept", "policing_body"),
        ("I welcome this progress.", "not_stated", "None"),
        ("I am pleased to say that all 312 officers in scope have finished the modules.", "not_stated", "None"),
        # welcoming something the force has done is no stance on the finding
        ("The force agrees. I welcome the new referral template.", "agree", "chief_constable"),
        ("I welcome this too.", "support", "policing_body"),
        # "it" reporting an institution's stance is the force's
        (
            "The MPS has told MOPAC that it agrees with this recommendation only in part.",
            "partially_agree",
            "chief_constable",
        ),
        # sharing the force's view is the force's stance, not agreement of the body's own
        (
            "Partially agreed.\n\nI share the force's view that the College must first say who counts.",
            "partially_agree",
            "policing_body",
        ),
        # a "but" about when the work starts is no reservation about the finding
        ("I accept it, but delivery will not begin until January 2026.", "accept", "policing_body"),
        ("I note the response.", "note", "policing_body"),
        ("I welcome the publication of the report.", "not_stated", "None"),
        ("I support the inspectorate's findings here.", "support", "policing_body"),
        # a table's cells run together with no stop between them: the force's verdict, then the body's
        ("Accept Supported. Green", "support", "policing_body"),
        ("Accepted. Work has paused.\n\nRed – paused Supported.", "support", "policing_body"),
        ("Amber – agreed in principle.", "partially_agree", "policing_body"),
        ("Accepted In progress – a first draft is with the chief officers.", "accept", "policing_body"),
        ("Agreed Complete Noted.", "note", "policing_body"),
        ("I can see no case for a recommendation of this breadth.", "disagree", "policing_body"),
        ("To my mind the recommendation is misconceived.", "disagree", "policing_body"),
        ("Agreed without qualification.", "agree", "policing_body"),
        # "he" is whoever the sentence before named: here the chief constable, so the body's own is "I support"
        ("I differ from the Chief Constable here. He has rejected it. I support it.", "support", "policing_body"),
        # the board that oversees the City of London force, the Met and the Constabulary by name
        ("The Board agrees with this recommendation.", "agree", "policing_body"),
        ("The Constabulary has accepted it in full.", "accept", "chief_constable"),
        ("GMP has likewise accepted it.", "accept", "chief_constable"),
        ("The Metropolitan Police Service has accepted it.", "accept", "chief_constable"),
        # "she" named in the same sentence; siding with a refusal is the refusal, siding with an acceptance support
        ("I have met the Chief Constable, and she has accepted it.", "accept", "chief_constable"),
        ("The Chief Constable has told me he does not accept it, and I agree with him.", "disagree", "policing_body"),
        ("The Chief Constable has accepted it, and I support his position.", "support", "policing_body"),
        # the Met's chief officer is its Commissioner
        ("The Commissioner of Police of the Metropolis has accepted it.", "accept", "chief_constable"),
        ("Metropolitan Police Service response: Accepted.", "accept", "chief_constable"),
        (
            "The Met does not accept it. MOPAC has weighed this and accepts the Met's position.",
            "disagree",
            "policing_body",
        ),
        # a stance limited to some staff, or to the recommendation's thrust; pleasure in accepting is accepting
        ("I accept it as it applies to detectives, not to every officer.", "partially_agree", "policing_body"),
        ("The Deputy Mayor supports the thrust of the recommendation.", "partially_agree", "policing_body"),
        ("I am pleased to accept this recommendation.", "accept", "policing_body"),
        ("Taken note of.", "note", "policing_body"),
        ("The force does not accept it. I note its position.", "note", "policing_body"),
        ("The Chief Constable supports it. So do I. Work starts in May.", "support", "policing_body"),
        ("Force: Accepted in part.\n\nOPCC: Agreed with the force's position.", "partially_agree", "policing_body"),
        (
            "I do not accept that every officer needs it, though I would support it for detectives.",
            "partially_agree",
            "policing_body",
        ),
        ("I am not persuaded a new plan is needed, so I only partly agree.", "partially_agree", "policing_body"),
        ("This recommendation is most welcome.", "support", "policing_body"),
        ("I have reservations about the recommendation on the e-learning modules.", "partially_agree", "policing_body"),
        ("We have some doubts about the April 2026 deadline for the modules.", "partially_agree", "policing_body"),
        ("I have no reservations about the recommendation.", "not_stated", "None"),
        ("I have reservations about how quickly it can be achieved.", "partially_agree", "policing_body"),
        ("The force accepts the remaining three recommendations and so do I.", "accept", "policing_body"),
        ("The Chief Constable has agreed to this recommendation, as do I.", "agree", "policing_body"),
        # differing from the force's refusal is siding with the inspectorate
        ("Not accepted.\n\nI do not share the force's view. I agree with the inspectorate.", "agree", "policing_body"),
        # noting the force's answer is the body's own note; noting its progress is no stance
        ("I note the force's position and will ask again in the autumn.", "note", "policing_body"),
        ("I note GMP's response and will ask for completion figures.", "note", "policing_body"),
        ("I note the force's progress.", "not_stated", "None"),
        # a finding named by its place; a fact noted beside a stance is no reservation about it
        (
            "We note the first area for improvement, on how the unit and the forces work together.",
            "note",
            "policing_body",
        ),
        (
            "The Board agrees with it, but notes that the force cannot start until its system is upgraded.",
            "agree",
            "policing_body",
        ),
        ("I agree with it, but I cannot support the deadline.", "partially_agree", "policing_body"),
        # siding with the force by name takes its refusal
        (
            "The force does not accept this recommendation. I concur with the Chief Constable.",
            "disagree",
            "policing_body",
        ),
        # a part refused, the rest taken
        (
            "The force has not accepted its deadline, arguing for a later one, but it accepts the rest of it.",
            "partially_agree",
            "chief_constable",
        ),
    ],
)
def test_stance_in_the_forms_tables_and_other_hands_use(text: str, stance: str, by: str) -> None:
    got, voice, _ = read_answer(text)
    assert (str(got), str(voice)) == (stance, by)  # str(None) for no stance


LETTER_HEAD = (
    "Example Police and Crime Commissioner\n\n1 High Street, Exampleton\n\n7 July 2025\n\nDear HM Inspector,\n\n"
)
LETTER_TAIL = "\n\nYours sincerely,\n\nSam Example\n\nPolice and Crime Commissioner for Example\n"


def test_a_stance_on_findings_named_by_number_answers_each_of_them() -> None:
    """The body states its own stance once, by number; the force's annex answers each finding."""
    body = (
        "Improving the response to organised immigration crime\n\n"
        "I agree with recommendations 2, 4 and 8. On recommendation 9 I only partly agree: the four modules are a\n"
        "large demand on a small force.\n\n"
        "Annex: the Chief Constable's response\n\n"
        "Recommendation 2\n\nAccepted. Every referral is now checked by the intelligence hub.\n\n"
        "Recommendation 4\n\nAccepted. An intelligence requirement is being written.\n\n"
        "Recommendation 8\n\nAccepted. Hydra sessions start in January.\n\n"
        "Recommendation 9\n\nAccepted. The modules will be assigned by April."
    )
    doc = extract_txt((LETTER_HEAD + body + LETTER_TAIL).encode())
    items = {i.recommendation: i for i in analyse_items(doc, _oic()).items}
    assert {ref: (items[ref].stance, items[ref].stance_by) for ref in ("2", "4", "8", "9")} == {
        "2": (Stance.AGREE, Voice.POLICING_BODY),
        "4": (Stance.AGREE, Voice.POLICING_BODY),
        "8": (Stance.AGREE, Voice.POLICING_BODY),
        "9": (Stance.PARTIALLY_AGREE, Voice.POLICING_BODY),
    }
    assert all(items[ref].chief_constable_stance is Stance.ACCEPT for ref in ("2", "4", "8", "9"))


def test_a_blanket_on_both_findings_and_so_do_i_give_both_voices() -> None:
    findings = tuple(f for f in pack("soc-yh").findings if f.kind == "area_for_improvement")
    body = (
        "The report made two areas for improvement for the regional unit and its forces. The Chief Constable "
        "accepts both, and so do I.\n\nThe regional tasking group now meets monthly."
    )
    analysis = analyse_items(text_document(LETTER_HEAD + body + LETTER_TAIL), findings)
    items = {i.recommendation: i for i in analysis.items}
    assert items
    assert all(i.stance is Stance.ACCEPT and i.stance_by is Voice.POLICING_BODY for i in items.values())
    assert all(i.chief_constable_stance is Stance.ACCEPT for i in items.values())


@pytest.mark.parametrize(
    "blanket",
    [
        "The Chief Constable and I support every recommendation made to chief constables.",
        "I support every recommendation made to chief constables, as does the Chief Constable.",
        "I support every recommendation made to chief constables, and so does the force.",
        "I support every recommendation made to chief constables, and the force has done the same.",
    ],
)
def test_a_stance_said_together_with_the_force_is_both_voices(blanket: str) -> None:
    body = (
        f"Improving the response to organised immigration crime\n\n{blanket}\n\n"
        "Hydra training\n\nThe first Hydra exercise for detectives runs in March."
    )
    items = analyse_items(text_document(LETTER_HEAD + body + LETTER_TAIL), _oic()).items
    assert items
    for item in items:
        assert (item.stance, item.stance_by, item.chief_constable_stance) == (
            Stance.SUPPORT,
            Voice.POLICING_BODY,
            Stance.SUPPORT,
        )


def test_a_stance_the_force_shares_only_in_a_later_sentence_is_the_bodys_alone() -> None:
    body = (
        "Improving the response to organised immigration crime\n\nI support every recommendation made to chief "
        "constables. The force has a plan for each.\n\nHydra training\n\nThe first Hydra exercise runs in March."
    )
    items = analyse_items(text_document(LETTER_HEAD + body + LETTER_TAIL), _oic()).items
    assert items
    assert all(i.stance is Stance.SUPPORT and i.chief_constable_stance is None for i in items)


def test_after_a_blanket_the_status_comes_from_clauses_about_each_finding() -> None:
    body = (
        "I accept every recommendation this report makes to chief constables. Two matters of detail: the force has "
        "added an intelligence check to all referrals, which has been standard practice since the spring; and Hydra "
        "exercises have begun, with the ports team through and the major crime team next."
    )
    document = text_document(LETTER_HEAD + body + LETTER_TAIL)
    items = {i.recommendation: i for i in analyse_items(document, _oic()).items}
    assert items["2"].status is ClaimedStatus.IMPLEMENTED  # from its clause, though its answer is the blanket
    assert items["2"].status_span is not None
    assert "standard practice" in document.text[items["2"].status_span.start - 30 : items["2"].status_span.end + 30]
    assert items["4"].status is ClaimedStatus.NOT_STATED  # nothing in the letter is about the plan
    with disabled("status_elsewhere"):
        again = {i.recommendation: i for i in analyse_items(document, _oic()).items}
    assert again["2"].status is ClaimedStatus.NOT_STATED


def test_rows_numbered_with_a_dash_before_their_verdict_answer_each_finding() -> None:
    body = (
        "Improving the response to organised immigration crime\n\n"
        "My position on each recommendation made to chief constables is below.\n\n"
        "2 – Agreed. The referral check has been in place since May.\n\n"
        "4 – Agreed in principle. The plan will be one chapter of the wider organised crime profile.\n\n"
        "8 – Not supported. The force's own exercise already covers the ground.\n\n"
        "9 – Agreed. I will look at the completion figures in January."
    )
    items = {i.recommendation: i for i in analyse_items(text_document(LETTER_HEAD + body + LETTER_TAIL), _oic()).items}
    assert {ref: items[ref].stance for ref in items} == {
        "2": Stance.AGREE,
        "4": Stance.PARTIALLY_AGREE,
        "8": Stance.DISAGREE,
        "9": Stance.AGREE,
    }


def test_a_verdict_run_into_the_bodys_is_the_forces_column() -> None:
    body = (
        "Improving the response to organised immigration crime\n\n"
        "Recommendation 2\n\nThe referral form carries the intelligence document.\n\nAccept Supported.\n\n"
        "Recommendation 8\n\nHydra ran for twelve detectives in May.\n\nAccept Noted."
    )
    items = {i.recommendation: i for i in analyse_items(text_document(LETTER_HEAD + body + LETTER_TAIL), _oic()).items}
    assert (items["2"].stance, items["2"].stance_by, items["2"].chief_constable_stance) == (
        Stance.SUPPORT,
        Voice.POLICING_BODY,
        Stance.ACCEPT,
    )
    assert (items["8"].stance, items["8"].chief_constable_stance) == (Stance.NOTE, Stance.ACCEPT)


def test_the_forces_blanket_and_the_bodys_support_of_that_are_both_blankets() -> None:
    body = (
        "Improving the response to organised immigration crime\n\n"
        "The force has accepted all four recommendations made to chief constables, and I support that.\n\n"
        "Recommendation 8\n\nHydra ran for twelve detectives in May."
    )
    items = analyse_items(text_document(LETTER_HEAD + body + LETTER_TAIL), _oic()).items
    assert {i.recommendation for i in items} == {"2", "4", "8", "9"}
    for item in items:
        assert (item.stance, item.stance_by, item.chief_constable_stance) == (
            Stance.SUPPORT,
            Voice.POLICING_BODY,
            Stance.ACCEPT,
        )


def test_findings_named_in_one_sentence_and_accepted_by_it_in_the_next() -> None:
    body = (
        "Improving the response to organised immigration crime\n\n"
        "Recommendations 2 and 9 both turn on what each officer does. It has accepted them, and I agree with them. "
        "The referral form has carried the intelligence document since April, and 140 of 310 officers have "
        "finished the modules.\n\n"
        "Recommendation 4\n\nI accept it. The plan is being drafted.\n\n"
        "Recommendation 8\n\nI accept it. Hydra ran for twelve detectives in May."
    )
    items = {i.recommendation: i for i in analyse_items(text_document(LETTER_HEAD + body + LETTER_TAIL), _oic()).items}
    for ref in ("2", "9"):
        assert (items[ref].stance, items[ref].stance_by, items[ref].chief_constable_stance) == (
            Stance.AGREE,
            Voice.POLICING_BODY,
            Stance.ACCEPT,
        )


@pytest.mark.parametrize(
    "paragraph",
    [
        "I accept recommendations 2 and 4. The first is already met: every referral has carried the document since "
        "March. The second is still being drafted by the analysts.",
        "I accept recommendations 4 and 2. The former is still being drafted by the analysts, whereas the latter has "
        "been met since March.",
    ],
)
def test_two_findings_in_one_paragraph_each_take_the_status_of_their_turn(paragraph: str) -> None:
    body = f"Improving the response to organised immigration crime\n\n{paragraph}"
    document = text_document(LETTER_HEAD + body + LETTER_TAIL)
    items = {i.recommendation: i for i in analyse_items(document, _oic()).items}
    assert items["2"].status is ClaimedStatus.IMPLEMENTED
    assert items["4"].status is ClaimedStatus.IN_PROGRESS
    with disabled("shared_status"), disabled("shared_passage"):
        again = {i.recommendation: i for i in analyse_items(document, _oic()).items}
    assert again["2"].status is again["4"].status  # neither split nor read in turns: the whole paragraph, both alike


def test_a_verdict_after_a_rows_number_and_title_is_the_forces_column() -> None:
    body = (
        "Improving the response to organised immigration crime\n\n"
        "No. Recommendation (summary)\n\nChief Constable's update\n\nCommissioner's view\n\n"
        "8 Hydra training Accepted in principle.\n\nNo dates have been set.\n\nSupported.\n\n"
        "9 Four-module e-learning Accepted. The modules are assigned to every detective.\n\nNoted."
    )
    items = {i.recommendation: i for i in analyse_items(text_document(LETTER_HEAD + body + LETTER_TAIL), _oic()).items}
    assert (items["8"].stance, items["8"].chief_constable_stance) == (Stance.SUPPORT, Stance.PARTIALLY_AGREE)
    assert (items["9"].stance, items["9"].chief_constable_stance) == (Stance.NOTE, Stance.ACCEPT)


def test_a_flat_table_header_with_a_commissioners_scrutiny_column_has_two_voices() -> None:
    body = (
        "Improving the response to organised immigration crime\n\n"
        "Finding Force response Commissioner's scrutiny comment\n\n"
        "Recommendation 2 Accepted – the check is business as usual.\n\nAgreed.\n\n"
        "Recommendation 8 Accepted. Places are booked for March.\n\nNoted."
    )
    items = {i.recommendation: i for i in analyse_items(text_document(LETTER_HEAD + body + LETTER_TAIL), _oic()).items}
    assert (items["2"].stance, items["2"].stance_by, items["2"].chief_constable_stance) == (
        Stance.AGREE,
        Voice.POLICING_BODY,
        Stance.ACCEPT,
    )
    assert (items["8"].stance, items["8"].chief_constable_stance) == (Stance.NOTE, Stance.ACCEPT)


def test_supporting_the_attached_response_of_the_chief_constable_covers_each_finding() -> None:
    body = (
        "Improving the response to organised immigration crime\n\n"
        "I have read the Chief Constable's response, which is attached, and I support it.\n\n"
        "Annex: the Chief Constable's response\n\n"
        "Recommendation 2: accepted. The check has been in place since May.\n\n"
        "Recommendation 8: accepted. Places are booked for March."
    )
    items = {i.recommendation: i for i in analyse_items(text_document(LETTER_HEAD + body + LETTER_TAIL), _oic()).items}
    for ref in ("2", "8"):
        assert (items[ref].stance, items[ref].stance_by, items[ref].chief_constable_stance) == (
            Stance.SUPPORT,
            Voice.POLICING_BODY,
            Stance.ACCEPT,
        )


def test_after_a_blanket_the_first_and_the_second_of_two_findings_named_by_subject() -> None:
    body = (
        "Improving the response to organised immigration crime\n\n"
        "The Chief Constable has accepted all four recommendations made to chief constables.\n\n"
        "The intelligence document and the collection plan matter most to me. The first is already met: every "
        "referral since March has carried the document. The second has not started."
    )
    items = {i.recommendation: i for i in analyse_items(text_document(LETTER_HEAD + body + LETTER_TAIL), _oic()).items}
    assert items["2"].status is ClaimedStatus.IMPLEMENTED
    assert items["4"].status is ClaimedStatus.NOT_STARTED
    assert items["8"].status is ClaimedStatus.NOT_STATED


@pytest.mark.parametrize(
    ("blanket", "stance", "chief"),
    [
        ("I endorse the report's recommendations to chief constables, with one exception.", Stance.SUPPORT, None),
        (
            "The Chief Constable has accepted the report's recommendations and I support every one of them.",
            Stance.SUPPORT,
            Stance.ACCEPT,
        ),
        (
            "The Chief Constable has accepted all four recommendations, and I am fully supportive of them.",
            Stance.SUPPORT,
            Stance.ACCEPT,
        ),
    ],
)
def test_blankets_on_the_reports_recommendations(blanket: str, stance: Stance, chief: Stance | None) -> None:
    body = (
        f"Improving the response to organised immigration crime\n\n{blanket}\n\n"
        "Recommendation 8\n\nI do not agree with this one: the force's own exercise covers the ground."
    )
    items = {i.recommendation: i for i in analyse_items(text_document(LETTER_HEAD + body + LETTER_TAIL), _oic()).items}
    assert set(items) == {"2", "4", "8", "9"}
    for ref in ("2", "4", "9"):
        assert (items[ref].stance, items[ref].stance_by, items[ref].chief_constable_stance) == (
            stance,
            Voice.POLICING_BODY,
            chief,
        )
    assert items["8"].stance is Stance.DISAGREE  # the detail wins over the blanket


def test_a_recommendation_and_an_area_for_improvement_with_one_number_keep_their_own_status() -> None:
    findings = (
        PackFinding(
            "recommendation",
            "1",
            "By 30 April 2026, chief constables should make sure that relevant officers complete the Hydra training "
            "package.",
        ),
        PackFinding(
            "area_for_improvement",
            "1",
            "The force should improve how it procures and uses technical surveillance equipment.",
        ),
    )
    body = (
        "A report on serious crime\n\nI accept the recommendation and the area for improvement the report makes. "
        "Two points of detail: every detective has now been through the Hydra exercise, and the surveillance "
        "equipment review has not started."
    )
    items = {
        (i.kind, i.recommendation): i
        for i in analyse_items(text_document(LETTER_HEAD + body + LETTER_TAIL), findings).items
    }
    assert items["recommendation", "1"].status is ClaimedStatus.IMPLEMENTED
    assert items["area_for_improvement", "1"].status is ClaimedStatus.NOT_STARTED


def test_an_answer_over_paragraphs_naming_different_findings_reads_each_from_its_own() -> None:
    body = (
        "Improving the response to organised immigration crime\n\n"
        "The Chief Constable has accepted recommendations 2 and 4, and I support them: the referral form is being "
        "rewritten and the plan is being drafted alongside it.\n"
        "He has also accepted recommendations 8 and 9, which I support. Neither the Hydra training nor the "
        "e-learning has started.\n"
    )
    document = text_document(LETTER_HEAD + body + LETTER_TAIL)
    items = {i.recommendation: i for i in analyse_items(document, _oic()).items}
    assert [items[ref].status for ref in ("2", "4", "8", "9")] == [
        ClaimedStatus.IN_PROGRESS,
        ClaimedStatus.IN_PROGRESS,
        ClaimedStatus.NOT_STARTED,
        ClaimedStatus.NOT_STARTED,
    ]
    # the passage answers all four, and each finding's own clauses also give its status (shared_status): only with
    # both off is the whole answer read as one
    with disabled("named_paragraph_status"):
        again = {i.recommendation: i for i in analyse_items(document, _oic()).items}
    assert again["8"].status is ClaimedStatus.NOT_STARTED
    with disabled("named_paragraph_status"), disabled("shared_status"):
        again = {i.recommendation: i for i in analyse_items(document, _oic()).items}
    assert again["8"].status is ClaimedStatus.IN_PROGRESS


def test_numbers_alone_on_their_lines_label_the_rows_of_a_table_read_as_text() -> None:
    body = (
        "Positions agreed at the performance meeting\n\n"
        "2\n\nForce: Accepted. Done.\n\nOPCC: Agreed.\n\n"
        "4\n\nForce: Accepted. Plan being written with the council.\n\nOPCC: Agreed.\n\n"
        "8\n\nForce: Accepted. Hydra booked for 14 October.\n\nOPCC: Agreed.\n\n"
        "9\n\nForce: Not accepted as worded.\n\nOPCC: I disagree with the force on this one."
    )
    doc = extract_txt((LETTER_HEAD + body + LETTER_TAIL).encode())
    items = {i.recommendation: i for i in analyse_items(doc, _oic()).items}
    assert set(items) == {"2", "4", "8", "9"}
    assert items["9"].chief_constable_stance is Stance.DISAGREE
    assert items["4"].status is ClaimedStatus.IN_PROGRESS


def test_a_row_number_of_the_letters_own_with_the_reports_in_brackets() -> None:
    body = (
        "1 Intelligence with every NCCU referral (recommendation 2)\n\n"
        "Accepted. A detective sergeant checks each referral.\n\n"
        "2 Hydra (recommendation 8)\n\nAccepted. Hydra will be rolled out next financial year."
    )
    doc = extract_txt((LETTER_HEAD + body + LETTER_TAIL).encode())
    items = {i.recommendation: i for i in analyse_items(doc, _oic()).items}
    assert items["2"].label_in_letter == "recommendation 2"
    assert items["8"].status is ClaimedStatus.PLANNED


def _table(cells: list[str]) -> Document:
    text = ""
    blocks = []
    for cell in cells:
        start = len(text)
        text += cell + "\n\n"
        blocks.append(Block(BlockKind.TABLE_CELL, Span(start, start + len(cell))))
    return Document(text=text.rstrip("\n"), format="html", blocks=blocks)


def test_a_table_row_is_one_answer_even_when_its_first_cell_only_paraphrases() -> None:
    doc = _table(
        [
            "The recommendation",
            "What the force has done",
            "Commissioner's view",
            "Submitting intelligence with every NCCU referral",
            "A prompt has been added to the crime template and is being piloted in two districts.",
            "The Chief Constable has accepted this. I support it.",
            "Hydra training for relevant personnel",
            "No Hydra sessions have been arranged yet.",
            "The Chief Constable has accepted this recommendation.",
        ]
    )
    items = {i.recommendation: i for i in analyse_items(doc, _oic()).items}
    assert (items["2"].stance, items["2"].stance_by, items["2"].chief_constable_stance) == (
        Stance.SUPPORT,
        Voice.POLICING_BODY,
        Stance.ACCEPT,
    )
    assert items["2"].status is ClaimedStatus.IN_PROGRESS
    assert (items["8"].stance, items["8"].stance_by) == (Stance.ACCEPT, Voice.CHIEF_CONSTABLE)


def test_a_report_named_by_its_subject_is_found_with_less_confidence() -> None:
    doc = text_document(
        "Organised immigration crime inspection: response of the Example Police and Crime Commissioner\n\n"
        "The force's response and my comments follow."
    )
    found = match_report(doc, [pack("oic-2025"), pack("soc-yh")])
    assert found is not None
    assert (found.key, found.matched) == ("oic-2025", True)
    assert 0.5 <= found.confidence < 0.9


def test_a_letter_titled_for_another_report_is_not_matched_by_subject() -> None:
    doc = text_document(
        "Response to HMICFRS: PEEL 2025 inspection of Example Police\n\n"
        "The report touches on organised immigration crime among many other things."
    )
    found = match_report(doc, [pack("oic-2025"), pack("soc-yh")])
    assert found is None or not found.matched


def test_two_findings_answered_together_are_both_answered() -> None:
    body = (
        "Improving the response to organised immigration crime\n\n"
        "On intelligence submissions after referrals to the National Command and Control Unit, and on plans to "
        "collect, analyse and share information: both have been dealt with together, and both are complete.\n\n"
        "The two training recommendations, Hydra and the four e-learning modules, are at an earlier stage. The Hydra "
        "sessions are booked for March. The e-learning has not started, because the modules are being revised."
    )
    doc = extract_txt((LETTER_HEAD + body + LETTER_TAIL).encode())
    items = {i.recommendation: i for i in analyse_items(doc, _oic()).items}
    assert {ref: items[ref].status for ref in ("2", "4", "8", "9")} == {
        "2": ClaimedStatus.IMPLEMENTED,
        "4": ClaimedStatus.IMPLEMENTED,
        "8": ClaimedStatus.PLANNED,
        "9": ClaimedStatus.NOT_STARTED,
    }
    assert all(items[ref].confidence <= 0.6 for ref in ("2", "4"))


def test_a_stance_on_each_of_them_after_naming_them_by_number() -> None:
    body = (
        "The Chief Constable has accepted recommendations 2, 4, 8 and 9, and his response is attached. I support his "
        "acceptance of each of them.\n\nAnnex: the Chief Constable's response\n\n"
        "Recommendation 2. Every referral is checked.\n\nRecommendation 4. The plan is being written.\n\n"
        "Recommendation 8. Hydra is booked.\n\nRecommendation 9. No decision has yet been made about the modules."
    )
    doc = extract_txt((LETTER_HEAD + body + LETTER_TAIL).encode())
    items = {i.recommendation: i for i in analyse_items(doc, _oic()).items}
    assert set(items) == {"2", "4", "8", "9"}
    assert all(i.stance is Stance.SUPPORT and i.stance_by is Voice.POLICING_BODY for i in items.values())
    assert all(i.chief_constable_stance is Stance.ACCEPT for i in items.values())


def test_columns_headed_by_role_alone_say_whose_words_each_cell_is() -> None:
    doc = _table(
        [
            "No.",
            "Chief Constable",
            "PCC",
            "2",
            "Accepted. A control room procedure is drafted.",
            "Supported. I will check compliance.",
            "9",
            "Accepted. No work yet.",
            "Noted. I have asked for a start date.",
        ]
    )
    items = {i.recommendation: i for i in analyse_items(doc, _oic()).items}
    assert (items["2"].stance, items["2"].stance_by, items["2"].chief_constable_stance) == (
        Stance.SUPPORT,
        Voice.POLICING_BODY,
        Stance.ACCEPT,
    )
    assert (items["9"].stance, items["9"].chief_constable_stance) == (Stance.NOTE, Stance.ACCEPT)


def test_a_paragraph_naming_two_findings_by_number_answers_both() -> None:
    body = (
        "The Chief Constable has accepted recommendations 2 and 8, and I support them both. The referral process has "
        "been rewritten, and the Hydra exercise is scheduled for the autumn.\n\n"
        "The Chief Constable has accepted recommendations 4 and 9 as well; I support them. The force has finished its "
        "plan, and 90% of relevant staff have completed the modules."
    )
    doc = extract_txt((LETTER_HEAD + body + LETTER_TAIL).encode())
    analysis = analyse_items(doc, _oic())
    items = {i.recommendation: i for i in analysis.items}
    assert set(items) == {"2", "4", "8", "9"}
    assert analysis.unanswered == []
    assert all(i.stance is Stance.SUPPORT and i.chief_constable_stance is Stance.ACCEPT for i in items.values())
    assert all(i.confidence <= 0.6 for i in items.values())


def test_labels_written_r_and_a_number_name_recommendations() -> None:
    body = (
        "R2 Accepted. Guidance went to all frontline officers in April.\n\n"
        "R9 Accepted. The modules will be assigned from August."
    )
    doc = extract_txt((LETTER_HEAD + body + LETTER_TAIL).encode())
    items = {i.recommendation: i for i in analyse_items(doc, _oic()).items}
    assert {"2", "9"} <= set(items)
    assert items["9"].label_in_letter == "R9"


@pytest.mark.parametrize("prefix", ["Recommendation ", "Rec ", "Rec. ", "R"])
def test_a_header_row_ends_before_the_first_rows_label_so_each_row_is_one_answer(prefix: str) -> None:
    # "Recommendation 2 – referral intelligence" is short and names a recommendation, like the header's cells, but
    # it is the first row's label: the header is four cells wide, each row answers its own finding, and a later
    # cell that names another finding does not start an answer.
    rows = [
        (
            "2 – referral intelligence",
            "Agreed. A prompt is being built.",
            "In progress",
            "Recommendation 8 and its Hydra training matter more to me, but I agree.",
        ),
        ("4 – information plan", "Agreed. The plan is in place.", "Complete", "I agree."),
        ("8 – Hydra", "Agreed. Planned for spring 2026.", "Planned", "I agree."),
    ]
    doc = _table(
        [
            "Recommendation",
            "Chief Constable",
            "Progress",
            "Commissioner",
            *(cell for label, *rest in rows for cell in (prefix + label, *rest)),
        ]
    )
    items = {i.recommendation: i for i in analyse_items(doc, _oic()).items}
    assert sorted(items) == ["2", "4", "8"]
    assert [items[r].status for r in ("2", "4", "8")] == [
        ClaimedStatus.IN_PROGRESS,
        ClaimedStatus.IMPLEMENTED,
        ClaimedStatus.PLANNED,
    ]
    assert {i.chief_constable_stance for i in items.values()} == {Stance.AGREE}


def test_a_passive_blanket_by_both_with_one_qualification_is_each_in_full_but_the_qualified_one() -> None:
    body = (
        "Improving the response to organised immigration crime\n\n"
        "The recommendations made to chief constables are accepted by the Commissioner and by the Chief Constable, "
        "with one qualification, which is set out below.\n\n"
        "A revised referral procedure, which makes an intelligence submission compulsory, is being piloted in one "
        "district.\n\n"
        "The collection plan for organised immigration crime was signed off by the chief officers on 10 June.\n\n"
        "Hydra training will be delivered through the regional unit in the first quarter of 2026.\n\n"
        "Recommendation 9: the qualification. The Commissioner and the Chief Constable accept it only in part. "
        "Both consider that modules three and four of the e-learning are relevant to investigators but "
        "not to call handlers. Modules one and two have been issued to all frontline officers."
    )
    doc = extract_txt((LETTER_HEAD + body + LETTER_TAIL).encode())
    items = {i.recommendation: i for i in analyse_items(doc, _oic()).items}
    assert (items["9"].stance, items["9"].stance_by, items["9"].chief_constable_stance) == (
        Stance.PARTIALLY_AGREE,
        Voice.POLICING_BODY,
        Stance.PARTIALLY_AGREE,
    )
    for ref in ("2", "4", "8"):
        assert (items[ref].stance, items[ref].stance_by, items[ref].chief_constable_stance) == (
            Stance.ACCEPT,
            Voice.POLICING_BODY,
            Stance.ACCEPT,
        ), ref


def _read(body: str) -> dict[str, Item]:
    doc = extract_txt(
        (LETTER_HEAD + "Improving the response to organised immigration crime\n\n" + body + LETTER_TAIL).encode()
    )
    return {i.recommendation: i for i in analyse_items(doc, _oic()).items}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Recommendations 2 and 4: intelligence\n\n"
            "I accept both. The first has been met: since February no referral log can be closed until the "
            "intelligence document is attached. The second has not yet been met. An analyst has written a first "
            "draft of the collection and sharing plan, which partners are now commenting on.\n\n"
            "Recommendations 8 and 9: training\n\n"
            "I support the former without reservation and the latter only in part. Hydra places have been booked "
            "for our senior detectives in May 2026. On the e-learning, nobody has started the modules.",
            {
                "2": ("accept", "implemented"),
                "4": ("accept", "in_progress"),
                "8": ("support", "planned"),
                "9": ("partially_agree", "not_started"),
            },
            id="under-one-label",
        ),
        pytest.param(
            "Recommendations 2 and 4 I accept. The former is met: every referral to the National Command and Control "
            "Unit must now be followed by an intelligence submission before the record closes. The latter is still "
            "being written by the intelligence directorate. Turning to recommendations 8 and 9, I support the former, "
            "and the force has booked two Hydra exercises for the spring. The latter I note; the modules went live in "
            "June and are being rolled out team by team.",
            {
                "2": ("accept", "implemented"),
                "4": ("accept", "in_progress"),
                "8": ("support", "planned"),
                "9": ("note", "in_progress"),
            },
            id="two-pairs-in-a-flattened-paragraph",
        ),
    ],
)
def test_two_findings_taken_in_turn_each_read_their_own_turn(body: str, expected: dict[str, tuple[str, str]]) -> None:
    items = _read(body)
    assert {ref: (str(i.stance), str(i.status)) for ref, i in items.items()} == expected


def test_a_paragraph_taking_findings_in_turn_answers_one_marked_by_a_single_word() -> None:
    # three findings in turn, the last marked by only one word of its own: the paragraph plainly takes them in
    # turn, so that word is enough
    items = _read(
        "The county has a short coastline and a long motorway. On recording intelligence after a call to the "
        "National Command and Control Unit, nothing has changed yet: the force is waiting for the Home Office. The "
        "collection plan is a different story, and partners now receive what it yields each month. The Hydra "
        "programme is now being rolled out."
    )
    assert sorted(items) == ["2", "4", "8"]
    assert str(items["2"].status) == "not_started"
    assert str(items["8"].status) == "in_progress"


def test_a_clause_opening_with_two_findings_numbers_answers_both_in_a_flattened_paragraph() -> None:
    items = _read(
        "I am sorry this is late. The Chief Constable has accepted all four of the recommendations. The "
        "intelligence document has been attached to every referral to the National Command and Control Unit since "
        "February, and a collection plan has been drafted and goes to the chief officers in August. Recommendations "
        "8 and 9 I note. Both depend on material from the national unit, so both are on hold for now."
    )
    got = {ref: (str(i.stance), str(i.stance_by), str(i.status)) for ref, i in items.items()}
    assert got["8"] == got["9"] == ("note", "policing_body", "not_started")
    assert got["2"][2] == "implemented"
    assert got["4"][2] == "in_progress"


def test_after_a_paragraph_taking_two_findings_in_turn_the_next_paragraph_may_answer_others() -> None:
    items = _read(
        "Recommendations 2 and 4 go to the heart of how the force handles intelligence, and I accept both. The first "
        "is already met: the document has been compulsory for every NCCU referral since October. The second is "
        "still being worked on by the analysts.\n\n"
        "The two training recommendations I also accept. Hydra training for the organised crime team is booked for "
        "January 2026. The e-learning, by contrast, has not been started."
    )
    got = {ref: str(i.status) for ref, i in items.items()}
    assert got == {"2": "implemented", "4": "in_progress", "8": "planned", "9": "not_started"}


def test_a_later_paragraph_that_answers_nothing_does_not_keep_a_finding_from_the_paragraph_that_does() -> None:
    items = _read(
        "On the recommendations about intelligence, the Chief Constable has accepted both and I support him. The "
        "referral point has been handled well for some time – every referral from the port since 2024 has carried "
        "the intelligence document – but the force has no plan for collecting and sharing information about "
        "organised immigration crime, and none has yet been commissioned.\n\n"
        "I have asked the Chief Constable to report back to me on the collection plan by the end of September."
    )
    assert (str(items["2"].status), str(items["4"].status)) == ("implemented", "not_started")


def test_the_former_and_the_latter_as_objects_of_the_verb_turn_to_each_finding() -> None:
    items = _read(
        "Recommendations 8 and 9 fall to the force and the national unit jointly. The Chief Constable accepts the "
        "former, and Hydra training is under way, with the first sessions held this month. She accepts the latter "
        "only in part: the force will require modules one and two of everyone in a public-facing role."
    )
    got = {ref: (str(i.stance), str(i.stance_by)) for ref, i in items.items()}
    assert got == {"8": ("accept", "chief_constable"), "9": ("partially_agree", "chief_constable")}


def test_all_of_the_findings_named_earlier_in_the_same_sentence_is_a_blanket() -> None:
    items = _read(
        "I welcome this inspection of the force. The report identifies four recommendations for chief constables "
        "and their forces, and I accept all of them."
        "\n\n(a) Referrals\n\nEvery referral now carries the intelligence document.\n\n"
        "(b) Collection plans\n\nThe collection plan is being drafted by the analysts."
    )
    assert {ref: (str(i.stance), str(i.stance_by)) for ref, i in items.items() if ref in ("8", "9")} == {
        "8": ("accept", "policing_body"),
        "9": ("accept", "policing_body"),
    }


def test_rows_labelled_with_a_number_and_a_dash_keep_the_header_four_cells_wide() -> None:
    doc = _table(
        [
            "Recommendation",
            "Force position",
            "Status",
            "OPCC assurance",
            "2 – NCCU referrals",
            "Accepted. The control room now prompts officers to submit the intelligence document.",
            "Complete",
            "Assured. The office reviewed a sample of 15 referrals.",
            "8 – Hydra",
            "Accepted. Hydra training for detectives has not yet been scheduled.",
            "Not started",
            "I support the recommendation and will ask for dates.",
        ]
    )
    items = {i.recommendation: i for i in analyse_items(doc, _oic()).items}
    # the force's column is the force's: "Accepted" is its stance, the body's "Assured" none
    assert (items["2"].stance, items["2"].stance_by, items["2"].chief_constable_stance) == (
        Stance.ACCEPT,
        Voice.CHIEF_CONSTABLE,
        Stance.ACCEPT,
    )


def test_a_column_headed_by_the_forces_name_is_the_forces_voice() -> None:
    doc = _table(
        [
            "Recommendation",
            "Sussex Police",
            "Commissioner",
            "Progress",
            "2 (NCCU intelligence document)",
            "Accepted.",
            "Agree.",
            "A new referral form went live at the ports in May and is being extended to the rest of the force.",
            "8 (Hydra training package)",
            "Accepted.",
            "Noted – I will want to understand the cost of the Hydra training first.",
            "Not started. No funding identified.",
        ]
    )
    items = {i.recommendation: i for i in analyse_items(doc, _oic()).items}
    assert {ref: (str(i.stance), str(i.stance_by), str(i.chief_constable_stance)) for ref, i in items.items()} == {
        "2": ("agree", "policing_body", "accept"),
        "8": ("note", "policing_body", "accept"),
    }


def test_a_section_headed_with_two_findings_numbers_in_brackets_answers_both() -> None:
    items = _read(
        "I accept the recommendations made to chief constables.\n\n"
        "Intelligence after referrals (recommendation 2)\n\n"
        "Call handlers have recorded an intelligence submission after every referral since the spring.\n\n"
        "Learning for staff (recommendations 8 and 9)\n\n"
        "Neither the Hydra exercise nor the online modules have been offered to our staff yet: the national unit "
        "has still to send the revised material."
    )
    assert [items[r].label_in_letter for r in ("8", "9")] == ["recommendations 8 and 9"] * 2
    assert {r: str(items[r].status) for r in ("2", "8", "9")} == {
        "2": "implemented",
        "8": "not_started",
        "9": "not_started",
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "I accept all of the recommendations made to chief constables, and the Constabulary has begun work on "
            "every one of them.",
            {"2": "in_progress", "4": "in_progress", "8": "in_progress", "9": "in_progress"},
            id="one-sentence",
        ),
        pytest.param(
            "I accept all of the recommendations made to chief constables.\n\n"
            "The Chief Constable reports that work is under way on each of them apart from the e-learning modules, "
            "which the force will start in the new year.\n\n"
            "On the collection plan, the force has finished it and shares what it yields each month.",
            {"2": "in_progress", "4": "implemented", "8": "in_progress", "9": "planned"},
            id="but-one-set-apart-and-detail-wins",
        ),
        pytest.param(
            # the clause that names them all claims nothing: "addressed to", the report "published"
            "I accept every recommendation in the report that is addressed to chief constables, which was published "
            "in May.",
            {"2": "not_stated", "4": "not_stated", "8": "not_stated", "9": "not_stated"},
            id="said-of-the-recommendations-not-the-work",
        ),
        pytest.param(
            "I accept all of the recommendations made to chief constables. Most of the ports team has now completed "
            "all four e-learning modules.",
            {"2": "not_stated", "4": "not_stated", "8": "not_stated", "9": "in_progress"},
            id="all-four-of-something-else",
        ),
    ],
)
def test_a_status_said_of_them_all_covers_each_finding_without_its_own(body: str, expected: dict[str, str]) -> None:
    items = _read(body)
    assert {ref: str(i.status) for ref, i in items.items()} == expected


@pytest.mark.parametrize(
    "answer",
    [
        "The Chief Constable has accepted this recommendation. I welcome that. The plan will be written in the autumn.",
        "Accepted by the force. The plan was signed off in March. I am pleased with this.",
    ],
)
def test_the_bodys_pleasure_at_the_forces_answer_is_no_stance_of_its_own(answer: str) -> None:
    stance, by, _ = read_answer(answer)
    assert (stance, by) == (Stance.ACCEPT, Voice.CHIEF_CONSTABLE)


def test_a_stance_on_both_findings_by_pronoun() -> None:
    stance, by, _ = read_answer("As for recommendations 2 and 4, the Commissioner notes both.")
    assert (stance, by) == (Stance.NOTE, Voice.POLICING_BODY)


def test_a_paragraph_saying_the_forces_answer_follows_gives_the_answers_below_to_the_chief_constable() -> None:
    items = _read(
        "I asked the Chief Constable for her view of each recommendation. Her response is reproduced below, "
        "recommendation by recommendation.\n\n"
        "Recommendation 2\n\nAccepted\n\nThe force already requires the document after every referral.\n\n"
        "Recommendation 8\n\nAccepted\n\nHydra sessions for detectives are booked for the spring.\n\n"
        "Recommendation 9\n\nAccepted\n\nI do not support this one: the modules repeat training officers have had."
    )
    assert {r: (str(i.stance), str(i.stance_by), str(i.chief_constable_stance)) for r, i in items.items()} == {
        "2": ("accept", "chief_constable", "accept"),
        "8": ("accept", "chief_constable", "accept"),
        "9": ("disagree", "policing_body", "accept"),
    }


@pytest.mark.parametrize(
    "answer",
    [
        "The Chief Constable has accepted the recommendation. I support his acceptance.",
        "I fully support the force's acceptance of this recommendation.",
    ],
)
def test_the_forces_acceptance_as_the_object_of_the_bodys_support_is_support(answer: str) -> None:
    stance, by, _ = read_answer(answer)
    assert (stance, by) == (Stance.SUPPORT, Voice.POLICING_BODY)


def test_the_bodys_support_of_the_chief_constable_in_a_blanket_covers_each_finding() -> None:
    items = _read(
        "The Chief Constable accepts all four recommendations, and I support her in this.\n\n"
        "Recommendation 2\n\nThe referral form now carries the document.\n\n"
        "Recommendation 4\n\nAn analyst is drafting the plan."
    )
    read = {r: (str(i.stance), str(i.stance_by), str(i.chief_constable_stance)) for r, i in items.items()}
    assert read == dict.fromkeys(("2", "4", "8", "9"), ("support", "policing_body", "accept"))


@pytest.mark.parametrize(
    "answer",
    [
        "On this operational matter I defer to the Chief Constable, who has accepted it.",
        "I have asked the force, which accepts the recommendation, for its timetable.",
        "I have nothing to add to the Chief Constable's response, which accepts it.",
        "We read the report with the Constabulary, which has accepted the recommendation.",
        "I discussed it with Kent Police, which accepts the recommendation.",
    ],
)
def test_a_stance_in_a_relative_clause_after_the_chief_constable_or_the_force_is_the_forces(answer: str) -> None:
    stance, by, _ = read_answer(answer)
    assert (stance, by) == (Stance.ACCEPT, Voice.CHIEF_CONSTABLE)


def test_a_long_heading_naming_another_report_with_response_in_its_title_is_not_the_forces_voice() -> None:
    doc = text_document(
        "Office of the Police and Crime Commissioner\n\n3 July 2025\n\nDear Sir Andy,\n\n"
        "# Response to two inspection reports: Improving the response to organised immigration crime; and The police "
        "response to stalking\n\n"
        "I accept recommendation 2. The new procedure has been in place since April for every referral to the "
        "National Command and Control Unit.\n\n"
        "I accept recommendation 4. The plan to collect and share information will be ready by December.\n\n"
        "Yours sincerely,\n\nAlex Morgan"
    )
    items = {i.recommendation: i for i in analyse_items(doc, _oic()).items}
    assert {r: (str(items[r].stance), str(items[r].stance_by)) for r in ("2", "4")} == {
        "2": ("accept", "policing_body"),
        "4": ("accept", "policing_body"),
    }


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            "Four of its recommendations are for chief constables. I support those recommendations.",
            ("support", "policing_body", "None"),
        ),
        (
            "The Commissioner and I, together with the Chief Constable, accept the four recommendations made to "
            "chief constables.",
            ("accept", "policing_body", "accept"),
        ),
    ],
    ids=["those-recommendations", "together-with-the-chief-constable"],
)
def test_blanket_stances_said_of_those_recommendations_or_with_company(
    lead: str, expected: tuple[str, str, str]
) -> None:
    items = _read(lead + "\n\nRecommendation 2\n\nThe referral form now carries the document.")
    assert {
        r: (str(i.stance), str(i.stance_by), str(i.chief_constable_stance)) for r, i in items.items()
    } == dict.fromkeys(("2", "4", "8", "9"), expected)


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("The Office of the Police and Crime Commissioner (OPCC) supports this recommendation.", Voice.POLICING_BODY),
        ("The Metropolitan Police Service (MPS) has accepted this recommendation.", Voice.CHIEF_CONSTABLE),
    ],
)
def test_a_subject_with_its_initials_in_brackets_takes_its_stance(answer: str, expected: Voice) -> None:
    stance, by, _ = read_answer(answer)
    assert stance is not Stance.NOT_STATED
    assert by is expected


def test_a_stance_by_number_beats_the_blanket_for_a_finding_answered_only_by_the_blanket() -> None:
    items = _read(
        "Essex Police has accepted all four recommendations addressed to chief constables.\n\n"
        "The Commissioner accepts recommendations 2, 4 and 8.\n\n"
        "The Commissioner partially accepts recommendation 9: the modules should go to specialist officers first."
    )
    read = {r: (str(i.stance), str(i.stance_by), str(i.chief_constable_stance)) for r, i in items.items()}
    assert read == {
        "2": ("accept", "policing_body", "accept"),
        "4": ("accept", "policing_body", "accept"),
        "8": ("accept", "policing_body", "accept"),
        "9": ("partially_agree", "policing_body", "accept"),
    }


def test_a_stance_naming_the_finding_wins_over_a_stronger_one_about_another_in_the_same_passage() -> None:
    items = _read(
        "I accept recommendations 2, 4 and 9 of the report. I have reservations about recommendation 8: I only partly "
        "agree that every relevant officer should have done the Hydra exercise by April, when that takes "
        "investigators from live cases. The force's answers to each recommendation are in the annex."
    )
    assert {r: str(i.stance) for r, i in items.items()} == {
        "2": "accept",
        "4": "accept",
        "8": "partially_agree",
        "9": "accept",
    }


@pytest.mark.parametrize(
    "answer",
    ["My acceptance of recommendation 9 is qualified.", "My support for the recommendation is partial."],
)
def test_a_stance_noun_said_to_be_qualified_a_few_words_on_is_partial(answer: str) -> None:
    assert read_answer(answer)[0] is Stance.PARTIALLY_AGREE


def test_sharing_the_forces_view_is_taking_its_stance_even_when_the_force_states_it_elsewhere() -> None:
    items = _read(
        "Kent Police agrees with recommendations 2 and 4 of your report.\n\n"
        "I share the force's view on recommendations 2 and 4. The intelligence submission after every referral is in "
        "place, and a collection plan is being written."
    )
    assert {r: (str(items[r].stance), str(items[r].stance_by)) for r in ("2", "4")} == {
        "2": ("agree", "policing_body"),
        "4": ("agree", "policing_body"),
    }


def test_a_table_typed_with_bars_under_the_forces_position_the_body_shares() -> None:
    items = _read(
        "The Chief Constable's position on each recommendation, which I share, is set out below with the force's "
        "own view of its progress.\n\n"
        "Rec | Position | Progress\n\n"
        "2 | Accept | Complete\n\n"
        "4 | Accept | In progress\n\n"
        "8 & 9 | Accept in part | Planned\n\n"
    )
    assert {
        r: (str(i.stance), str(i.stance_by), str(i.chief_constable_stance), str(i.status)) for r, i in items.items()
    } == {
        "2": ("accept", "policing_body", "accept", "implemented"),
        "4": ("accept", "policing_body", "accept", "in_progress"),
        "8": ("partially_agree", "policing_body", "partially_agree", "planned"),
        "9": ("partially_agree", "policing_body", "partially_agree", "planned"),
    }
    assert items["8"].label_in_letter == items["9"].label_in_letter == "8 & 9"


def test_a_finding_set_apart_by_its_number_from_a_status_said_of_them_all_takes_its_own() -> None:
    items = _read(
        "I accept all four recommendations.\n\n"
        "The Chief Constable tells me that work on each of them is under way, with the exception of recommendation "
        "4, which is already complete.\n\n"
    )
    assert {r: str(i.status) for r, i in items.items()} == {
        "2": "in_progress",
        "4": "implemented",
        "8": "in_progress",
        "9": "in_progress",
    }


def test_a_sentence_naming_one_of_two_findings_by_number_is_about_it_to_its_end() -> None:
    items = _read(
        "Intelligence (recommendations 2 and 4)\n\n"
        "I accept both. The force's plan for collecting and sharing information was agreed with partners in March "
        "and is in use. Recommendation 2 is not yet fully met: the analysts' plan for sharing the lessons with call "
        "handlers is still being delivered.\n\n"
    )
    assert (str(items["2"].status), str(items["4"].status)) == ("in_progress", "implemented")


@pytest.mark.parametrize(
    ("body", "cc"),
    [
        (
            "I accept the four recommendations made to chief constables. The Chief Constable accepts them too.\n\n",
            "accept",
        ),
        (
            "I have talked the report through with the Chief Constable, and we both support the recommendations "
            "made to chief constables.\n\n",
            "support",
        ),
    ],
)
def test_the_forces_blanket_said_by_a_pronoun_or_with_the_body_as_we_both(body: str, cc: str) -> None:
    items = _read(body)
    assert {(str(i.stance_by), str(i.chief_constable_stance)) for i in items.values()} == {("policing_body", cc)}


def test_a_status_said_of_these_recommendations_covers_each() -> None:
    items = _read(
        "I accept the four recommendations made to chief constables. The Chief Constable tells me that work on "
        "these recommendations has not yet begun.\n\n"
    )
    assert {str(i.status) for i in items.values()} == {"not_started"}


def test_them_after_some_findings_named_by_number_is_no_blanket() -> None:
    items = _read(
        "I accept all four recommendations made to chief constables.\n\n"
        "Recommendations 2 and 4 both concern intelligence. The Chief Constable has accepted them.\n\n"
        "Recommendations 8 and 9 concern training. The Chief Constable accepts recommendation 8 only in part.\n\n"
    )
    assert str(items["8"].chief_constable_stance) == "partially_agree"
    assert items["9"].chief_constable_stance is None


@pytest.mark.parametrize(
    ("said", "status"),
    [("the four recommendations", "implemented"), ("two of the four recommendations", "not_stated")],
)
def test_a_status_said_of_the_four_recommendations_covers_each_but_not_of_two_of_them(said: str, status: str) -> None:
    items = _read(
        f"I support the recommendations made to chief constables. The force tells me it already meets {said}.\n\n"
    )
    assert {str(items[r].status) for r in ("2", "4", "8")} == {status}


def test_a_finding_taken_up_twice_in_a_shared_passage_keeps_both_of_its_turns() -> None:
    items = _read(
        "Training (recommendations 8 and 9)\n\n"
        "I accept both. Every detective completed the Hydra exercise in May. The e-learning modules are being rolled "
        "out. A second Hydra exercise for call handlers is planned for next year.\n\n"
    )
    assert (str(items["8"].status), str(items["9"].status)) == ("in_progress", "in_progress")


def test_a_further_verb_of_doing_for_the_same_subject_can_answer_another_finding() -> None:
    items = _read(
        "I welcome the report and support each of its recommendations to chief constables.\n\n"
        "Since publication the force has introduced a mandatory intelligence submission for every referral to the "
        "National Command and Control Unit, and has booked Hydra sessions for its detectives for March.\n\n"
    )
    assert str(items["8"].status) == "planned"


@pytest.mark.parametrize(
    "lead",
    [
        "I back the Chief Constable's responses set out below, and I will follow progress at my board.",
        "I agree with the force's responses, which are set out below.",
    ],
)
def test_the_body_approving_the_forces_responses_below_takes_its_own_stance_on_the_findings_they_answer(
    lead: str,
) -> None:
    items = _read(
        f"{lead}\n\n"
        "Recommendation 2\n\nForce response: Accepted. The referral form was changed in April.\n\n"
        "Recommendation 8\n\nForce response: Accepted. Hydra sessions are booked for March.\n\n"
    )
    assert {r: (str(i.stance_by), str(i.chief_constable_stance)) for r, i in items.items()} == {
        "2": ("policing_body", "accept"),
        "8": ("policing_body", "accept"),
    }


def test_sharing_the_forces_view_in_the_sentence_of_its_blanket_takes_its_stance_on_every_finding() -> None:
    items = _read(
        "The Chief Constable has accepted all of the report's recommendations to forces, and I share his view.\n\n"
        "Recommendation 2 has been implemented: every referral is now followed by an intelligence submission.\n\n"
    )
    assert {r: (str(i.stance), str(i.stance_by)) for r, i in items.items()} == dict.fromkeys(
        ("2", "4", "8", "9"), ("accept", "policing_body")
    )


def test_supporting_the_forces_acceptance_of_all_of_them_gives_both_stances() -> None:
    items = _read(
        "I welcome and support the Chief Constable's acceptance of the four recommendations made to forces.\n\n"
        "Recommendation 2\n\nThe referral form was changed in April.\n\n"
    )
    assert {(str(i.stance), str(i.stance_by), str(i.chief_constable_stance)) for i in items.values()} == {
        ("support", "policing_body", "accept")
    }


def test_a_letter_that_says_it_sets_out_the_forces_position_gives_the_forces_stance() -> None:
    items = _read(
        "This response is a little late. It sets out Kent Police's position on the recommendations made to chief "
        "constables.\n\n"
        "Recommendation 8\n\nAccepted. Two of the four teams have completed the exercise.\n\n"
        "Recommendation 9\n\nAccepted. Completion stands at 40 per cent.\n\n"
    )
    assert {r: (str(i.stance_by), str(i.chief_constable_stance)) for r, i in items.items()} == {
        "8": ("chief_constable", "accept"),
        "9": ("chief_constable", "accept"),
    }


def test_being_content_with_the_forces_position_takes_its_stance_as_the_bodys() -> None:
    items = _read(
        "Recommendation 4\n\nThe force has accepted the recommendation and I am content with its position. Work on "
        "the plan has started.\n\n"
    )
    assert (str(items["4"].stance), str(items["4"].stance_by), str(items["4"].chief_constable_stance)) == (
        "accept",
        "policing_body",
        "accept",
    )


def test_in_a_letter_from_the_mayors_office_the_commissioner_is_the_head_of_the_force() -> None:
    items = _read(
        "This is the response of the Mayor's Office for Policing And Crime.\n\n"
        "Recommendation 2\n\nThe Commissioner has accepted this recommendation, and I support it.\n\n"
        "Recommendation 4\n\nThe Commissioner and I accept this recommendation.\n\n"
    )
    assert {r: (str(i.stance), str(i.stance_by), str(i.chief_constable_stance)) for r, i in items.items()} == {
        "2": ("support", "policing_body", "accept"),
        "4": ("accept", "policing_body", "accept"),
    }


def test_elsewhere_the_commissioner_is_the_policing_body() -> None:
    items = _read("Recommendation 2\n\nThe Commissioner accepts this recommendation.\n\n")
    assert (str(items["2"].stance_by), items["2"].chief_constable_stance) == ("policing_body", None)


@pytest.mark.parametrize(
    "said", ["Accepted by the Chief Constable and supported by me.", "Accepted by the force; supported by the PCC."]
)
def test_a_second_verdict_with_the_body_as_its_agent_is_the_bodys(said: str) -> None:
    items = _read(f"Recommendation 8\n\n{said} Sessions are booked for March.\n\n")
    assert (str(items["8"].stance), str(items["8"].stance_by), str(items["8"].chief_constable_stance)) == (
        "support",
        "policing_body",
        "accept",
    )


def test_a_table_read_as_text_keeps_a_rows_title_and_update_with_its_bare_number() -> None:
    items = _read(
        "The force's update on each recommendation is below.\n\n"
        "2\n\nIntelligence document for each referral\n\nComplete.\n\n"
        "8\n\nHydra training\n\nNot yet started.\n\n"
    )
    assert (str(items["2"].status), str(items["8"].status)) == ("implemented", "not_started")


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("Accepted and supported.", ("support", "policing_body", "accept")),
        ("Agreed by both the force and me.", ("agree", "policing_body", "agree")),
    ],
)
def test_two_verdicts_in_a_few_words_are_the_forces_and_the_bodys(said: str, expected: tuple[str, str, str]) -> None:
    items = _read(f"Recommendation 9\n\n{said} Completion stands at 58 per cent.\n\n")
    item = items["9"]
    assert (str(item.stance), str(item.stance_by), str(item.chief_constable_stance)) == expected


def test_the_other_three_take_a_status_said_of_them_and_the_one_set_apart_before_keeps_its_own() -> None:
    items = _read(
        "I accept the recommendations made to chief constables.\n\n"
        "Of the four, only the collection plan is complete. The other three are under way, and I will ask for an "
        "update in September.\n\n"
    )
    assert {r: str(i.status) for r, i in items.items()} == {
        "2": "in_progress",
        "4": "implemented",
        "8": "in_progress",
        "9": "in_progress",
    }


@pytest.mark.parametrize("said", ["Accepted and endorsed.", "Accepted by the force and endorsed by me."])
def test_a_second_verdict_that_endorses_is_the_bodys_support(said: str) -> None:
    item = _read(f"Recommendation 8\n\n{said} Sessions are booked for March.\n\n")["8"]
    assert (str(item.stance), str(item.stance_by), str(item.chief_constable_stance)) == (
        "support",
        "policing_body",
        "accept",
    )


def test_a_status_said_of_another_finding_named_by_number_is_not_taken_by_the_next() -> None:
    body = (
        "Response to HMICFRS report: Improving the response to organised immigration crime\n\n"
        "I support recommendations 2 and 4 without reservation, but work on neither has begun.\n\n"
        "I support recommendation 8 as well; a first cohort of 20 officers is going through Hydra this month. "
        "I note recommendation 9."
    )
    items = {i.recommendation: i for i in analyse_items(text_document(LETTER_HEAD + body + LETTER_TAIL), _oic()).items}
    assert items["8"].status is ClaimedStatus.IN_PROGRESS
    assert items["2"].status is items["4"].status is ClaimedStatus.NOT_STARTED
    assert (items["9"].stance, items["9"].status) == (Stance.NOTE, ClaimedStatus.NOT_STATED)


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        (
            "The Chief Constable's response to the recommendations is set out below. I have discussed it with him "
            "and I am satisfied with it: I endorse it in full.",
            "",
        ),
        ("Please find below my response to the report.", "I am satisfied with the force's response and endorse it."),
        (
            "The force has accepted all four recommendations, and I support the Chief Constable in putting them into "
            "practice.",
            "",
        ),
    ],
)
def test_the_bodys_endorsement_of_the_forces_response_said_once_covers_each_finding(opening: str, closing: str) -> None:
    body = (
        f"Improving the response to organised immigration crime\n\n{opening}\n\n"
        "Recommendation 2\n\nThe force accepts this recommendation. The new form went live on 2 June.\n\n"
        "Recommendation 8\n\nThe force accepts this recommendation. Hydra training is scheduled for October."
        + (f"\n\n{closing}" if closing else "")
    )
    items = {i.recommendation: i for i in analyse_items(text_document(LETTER_HEAD + body + LETTER_TAIL), _oic()).items}
    for ref in ("2", "8"):
        assert (items[ref].stance, items[ref].stance_by, items[ref].chief_constable_stance) == (
            Stance.SUPPORT,
            Voice.POLICING_BODY,
            Stance.ACCEPT,
        ), ref


def test_a_table_whose_finding_column_comes_after_the_answers_aligns_each_row_by_it() -> None:
    oic = {f.reference: f for f in _oic()}
    cells = ["Commissioner's comment", "Force status", "Recommendation"]
    for ref, comment, status in (
        ("2", "I welcome this recommendation. I will look for evidence at my scrutiny board.", "Complete."),
        ("4", "I concur with the inspectorate. I have asked to see the plan before it is signed off.", "In progress."),
        ("8", "I note this recommendation and that delivery depends on trainers from the national unit.", "Planned."),
        ("9", "I support this recommendation.", "Not started. No staff have been enrolled yet."),
    ):
        cells += [comment, status, f"{ref}. {oic[ref].text}"]
    items = {i.recommendation: i for i in analyse_items(_table(cells), _oic()).items}
    assert {ref: (i.stance, i.status) for ref, i in items.items()} == {
        "2": (Stance.SUPPORT, ClaimedStatus.IMPLEMENTED),
        "4": (Stance.AGREE, ClaimedStatus.IN_PROGRESS),
        "8": (Stance.NOTE, ClaimedStatus.PLANNED),
        "9": (Stance.SUPPORT, ClaimedStatus.NOT_STARTED),
    }


def test_a_paragraph_opening_with_a_stance_on_one_finding_by_number_answers_it() -> None:
    body = (
        "Improving the response to organised immigration crime\n\n"
        "I accept recommendation 2. The force put a new procedure in place in April and it is now working well.\n\n"
        "I accept recommendation 4. The force expects to finish the plan by December.\n\n"
        "I accept recommendations 8 and 9. The force has not yet started either."
    )
    items = {i.recommendation: i for i in analyse_items(text_document(LETTER_HEAD + body + LETTER_TAIL), _oic()).items}
    assert set(items) == {"2", "4", "8", "9"}
    assert (items["2"].stance, items["2"].status) == (Stance.ACCEPT, ClaimedStatus.IMPLEMENTED)
    assert items["2"].span is not None
    assert "recommendation 2" in items["2"].span.slice(LETTER_HEAD + body + LETTER_TAIL)


def test_a_finding_named_in_the_first_part_of_a_sentence_takes_the_status_said_of_both_after_it() -> None:
    body = (
        "Improving the response to organised immigration crime\n\n"
        "I accept all four of the recommendations made to chief constables.\n\n"
        "On the two training recommendations, Hydra (recommendation 8) and the e-learning (recommendation 9), both "
        "have been delivered to every detective.\n\n"
        "On reporting cases to the command and control unit (recommendation 2) and on the force's plans for "
        "information (recommendation 4), work is going on."
    )
    items = {i.recommendation: i for i in analyse_items(text_document(LETTER_HEAD + body + LETTER_TAIL), _oic()).items}
    assert items["2"].status is items["4"].status is ClaimedStatus.IN_PROGRESS
    with disabled("fragment_status"):
        again = {
            i.recommendation: i for i in analyse_items(text_document(LETTER_HEAD + body + LETTER_TAIL), _oic()).items
        }
    assert again["2"].status is ClaimedStatus.NOT_STATED
