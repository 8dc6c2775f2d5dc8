"""Claimed status in the many constructions letters use, beyond the perfect tense and 'will'."""

from __future__ import annotations

import pytest

from oversight_ingest.letters.status import status_of


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # done: past simple, present practice, a state since a time
        ("The new referral check went live in May.", "implemented"),
        ("The force rolled out the revised guidance to all teams last autumn.", "implemented"),
        ("Supervisors now review every referral before it is closed.", "implemented"),
        ("The requirement has applied to every officer since April.", "implemented"),
        ("The force has trained every custody sergeant.", "implemented"),
        ("The plan was signed off by the chief officer group in June and is in use.", "implemented"),
        ("Every relevant officer has now finished the course.", "implemented"),
        ("The plan is finished and in use.", "implemented"),
        ("The new process is up and running.", "implemented"),
        ("Plan agreed by chief officers in May.", "implemented"),
        ("A form change is in testing.", "in_progress"),
        ("Modules assigned; 70% done.", "in_progress"),
        # "partly" anywhere in a named part said done, even after a hyphenated word read as a label ("e-learning")
        ("and the e-learning is partly complete, with about 70% of the group having finished.", "in_progress"),
        ("Training needs analysis complete; modules assigned.", "implemented"),
        # under way: shares, figures short of all, progressive forms
        ("Around a third of the workforce have completed the package.", "in_progress"),
        ("Completion currently stands at 62%.", "in_progress"),
        ("The force's analysts are drafting the plan now.", "in_progress"),
        ("Detectives are being put through the exercise in groups of twenty.", "in_progress"),
        ("The force has started writing the new procedure.", "in_progress"),
        ("Work on the plan began in March and is expected to finish in the autumn.", "in_progress"),
        # to come: booked, due, expected, will become
        ("Sessions are booked for February and March.", "planned"),
        ("The guidance is due to be published in the new year.", "planned"),
        ("The modules will become mandatory from October.", "planned"),
        ("The force will hold its first exercise in the spring.", "planned"),
        ("The force expects to publish the plan before Christmas.", "planned"),
        # not started
        ("No work has begun on this yet.", "not_started"),
        ("The force has not begun assigning the modules.", "not_started"),
        ("A collection plan has been in operation for two years.", "implemented"),
        ("Officers must now complete the intelligence form for every referral.", "implemented"),
        ("Every officer completed the modules by March.", "implemented"),
        ("The course is mandatory for new recruits.", "implemented"),
        ("Compliance is currently 85%.", "in_progress"),
        ("The force will look to introduce the change next year.", "planned"),
        ("The force has committed to delivering the package in 2026.", "planned"),
        ("The force is yet to receive the national guidance.", "not_started"),
        ("Nothing has been done yet.", "not_started"),
        ("This has not been possible yet because of national delays.", "not_started"),
        ("No date has yet been set for the training.", "not_started"),
        # no claim at all
        ("It will be important for forces to share what they learn.", "not_stated"),
        ("This will help the force understand the threat.", "not_stated"),
        ("The force has considered the report carefully.", "not_stated"),
        ("I have asked the Chief Constable for a timetable.", "not_stated"),
        ("The course will be delivered from April.", "planned"),
        # the writer's judgement that the finding is met
        ("I consider this recommendation to be fully met.", "implemented"),
        ("The Mayor regards the area for improvement as discharged.", "implemented"),
        ("This recommendation has now been closed.", "implemented"),
        # not begun, with any verb of doing; finished short of the end is under way
        ("The constabulary has not yet allocated the modules to its staff.", "not_started"),
        ("Detectives have not been enrolled on the course.", "not_started"),
        ("The force has not yet completed the roll-out to response officers.", "in_progress"),
        ("The force is still waiting for the national guidance before it changes the form.", "not_started"),
        ("The revised policy is awaiting sign-off by the deputy chief constable.", "in_progress"),
        # arranged for later; a future passive of an irregular verb
        ("The force has scheduled the first exercise for March.", "planned"),
        ("An information plan will be drawn up over the winter.", "planned"),
        # a plan that is itself the work, being written
        ("The analysis plan is being drafted by the intelligence unit.", "in_progress"),
        ("Plans are being developed to extend the exercise to call handlers.", "planned"),
        # present practice already in force; any past passive of doing
        ("The force already requires a supervisor to check every referral.", "implemented"),
        ("A mandatory field was added to the crime form in March.", "implemented"),
        # a status column's declared value outweighs what the note beside it implies
        ("Sessions are being arranged with the regional unit.\n\nPlanned", "planned"),
        # not the force's work: a national body's, the writer's, or the old way kept meanwhile
        ("The force cannot meet the date while the national system is being rebuilt.", "not_stated"),
        ("The Commissioner will publish an update on her website.", "not_stated"),
        ("A joint contract is planned for next year; until then the force continues to use its own.", "planned"),
    ],
)
def test_status_in_other_constructions(text: str, status: str) -> None:
    assert status_of(text)[0] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # booked with someone for a time, words between; moved to a place is no date
        ("Exercises for the intelligence teams are booked with the regional unit for May and June 2026.", "planned"),
        ("Courses are now scheduled through the College of Policing in the autumn.", "planned"),
        ("Gwent moved to a new records system in 2022.", "not_stated"),
        ("The launch has slipped to next month.", "planned"),
        # the writer's own word, and a part of the work done
        ("I would call the referral check work in progress.", "in_progress"),
        ("Part of that work is complete: the new form went live in April.", "in_progress"),
        # a draft is written, not yet in use
        ("Its analysts have since drafted the plan, which the force board will consider in October.", "in_progress"),
        ("The collection plan remains in draft.", "in_progress"),
        # a share of roughly a whole, or a rate of the people who should have done it
        ("So far 380 of around 1,240 officers have completed the modules.", "in_progress"),
        ("At present 58 per cent of the staff required to take the course have done so.", "in_progress"),
        ("All 1,240 of 1,240 officers have completed the modules.", "implemented"),
        # a requirement the force will set; a requirement said of something needed is none
        ("From October the force will require every detective to complete all four modules.", "planned"),
        ("This will require the force to find more money.", "not_stated"),
        # nothing yet, said in a column; waiting on another body's materials
        ("No courses yet.", "not_started"),
        ("The force is awaiting the regional unit's updated course.", "not_started"),
        # what a thing is made as is no claim of work done
        ("It is designed around senior investigators. The force has no plans to run it.", "not_started"),
        # the finding not yet met, beside work under way: under way
        ("This is not yet met. A draft procedure is being tested in two districts.", "in_progress"),
    ],
)
def test_status_in_forms_of_progress_and_plans(text: str, status: str) -> None:
    assert status_of(text)[0] == status


@pytest.mark.parametrize(
    "text",
    [
        "The plan has been in place since March and is shared with the regional unit. It will be reviewed in January.",
        "All response officers completed the package in 2024; the force intends to refresh it every three years.",
        "The force changed its referral form in June and will audit its use in the spring.",
    ],
)
def test_a_check_still_to_come_on_work_done_leaves_it_done(text: str) -> None:
    assert status_of(text)[0] == "implemented"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # what the writer asks to be made sure of is not done
        ("I have asked the force to make sure that the modules are completed by April.", "not_stated"),
        ("The force has made sure that every detective is trained.", "implemented"),
        # a change in place and working
        ("The new field went live in May and has been working well since.", "implemented"),
        ("The referral check is operating as intended.", "implemented"),
    ],
)
def test_status_of_what_is_made_sure_of_and_of_work_that_is_working(text: str, status: str) -> None:
    assert status_of(text)[0] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a plan asked after is no plan: "how it will be recorded", "how he intends to meet it"
        (
            "Work on this has not started. The force has not yet identified how the submission will be recorded.",
            "not_started",
        ),
        ("Hydra has not yet started. I have asked the Chief Constable how he intends to meet it.", "not_started"),
        ("The force has not started the work yet, but it intends to begin in May.", "planned"),
        # nothing arranged, said of any doing: "no roll-out of the modules has been arranged"
        ("The package is optional, and no roll-out of the modules has been arranged.", "not_started"),
        ("Sessions for detectives have been arranged for March.", "planned"),
        # booked already, with or without its date
        ("Training: both pieces are booked.", "planned"),
        ("The sessions for detectives are now scheduled.", "planned"),
        # an account still to be given, or a decision to come, is no work planned
        ("GMP will report completion of the modules to the Deputy Mayor's accountability board.", "not_stated"),
        ("The force will give a full update at the Commissioner's meeting in September.", "not_stated"),
        ("Update to follow at the September scrutiny board", "not_stated"),
        ("Update due September", "not_stated"),
        ("The force will decide in the autumn whether the modules should be mandatory.", "not_stated"),
        ("Further sessions to follow in May.", "planned"),
        ("The plan will go to the Board in December.", "planned"),
        # assurance weighs little only in its own clause: an audit done before the work under way is no assurance
        (
            "The equipment audit has been completed and a joint procurement team is now drawing up the specification.",
            "in_progress",
        ),
        ("The plan was approved in December, and I will ask for assurance that it is being used.", "implemented"),
        # a part of them said done: under way
        (
            "A set of plans is being written, and the force has set up a tasking group, with half of them agreed.",
            "in_progress",
        ),
        # done only in the intention: "intends to write it over the autumn and have it in place by December"
        ("The force intends to write a new plan over the autumn and have it in place before December.", "planned"),
        ("The force wrote the plan in May and has had it in place since.", "implemented"),
        # plans being written are the work itself, unless an aim follows ("plans ... to roll out")
        ("The first joint plans are being written now.", "in_progress"),
        ("Plans are being developed to roll out the training.", "planned"),
        # a date asked for is one not given
        ("The modules have not yet been assigned, and I have asked the force for a start date.", "not_started"),
        # no start date is not a date
        ("The force is waiting for the regional unit's course, and it has not set a start date for it.", "not_started"),
        ("The Commissioner notes that no start date has yet been agreed for the exercise.", "not_started"),
        # a draft still to be written is a plan
        ("The plan will be drafted in November with the regional unit, for sign-off in January.", "planned"),
    ],
)
def test_status_of_dates_not_set_and_drafts_still_to_write(text: str, status: str) -> None:
    assert status_of(text)[0] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # waiting for dates beside a plain "not yet started" is not begun; alone it is set to begin
        (
            "The exercise has not yet started, because the force is still waiting for dates from the unit.",
            "not_started",
        ),
        ("The force is waiting for dates from the regional unit.", "planned"),
        # done by a share of the people, the rest still to do
        ("The modules have been completed by 88 per cent of the staff identified as needing them.", "in_progress"),
        ("Most detectives have done the course, and the rest have until March.", "in_progress"),
    ],
)
def test_status_of_waiting_for_dates_and_of_work_done_by_a_share(text: str, status: str) -> None:
    assert status_of(text)[0] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # put to use
        ("The force put its new referral check into operation in August.", "implemented"),
        # to come, not under way: "will get under way", "it will not be long before ...", an aim to have it done
        ("Work on the plan will get under way when the new analyst joins in January.", "planned"),
        ("It will not be long before the revised form is issued.", "planned"),
        ("The force aims to have every detective trained by March 2026.", "planned"),
        # a date or a future said not to be there, or a start that fell through
        ("Nothing has been done, and the force cannot yet give a start date for the exercise.", "not_started"),
        ("The force has not decided when it will start the work.", "not_started"),
        ("The work was expected to begin in the spring but has not, and no new date has been set.", "not_started"),
        ("The sessions were due to start in May but were cancelled and have not been rebooked.", "not_started"),
        ("The force has not begun and does not expect to begin this year.", "not_started"),
        ("Nothing done so far.", "not_started"),
        # a note that declares not begun but gives a date in the same breath is planned
        ("Not yet begun, but booked for June.", "planned"),
        ("Red – not started.\n\nI expect a start date by the autumn.", "not_started"),
    ],
)
def test_status_of_work_to_come_and_of_starts_not_there(text: str, status: str) -> None:
    assert status_of(text)[0] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # done for some, the others to come
        (
            "Two of the force's six hubs have now been through the exercise; the other four are due by June.",
            "in_progress",
        ),
        (
            "The unit delivered the first sessions to detectives in May; call handlers follow in the winter.",
            "in_progress",
        ),
        (
            "The intelligence team went through the exercise in March and other investigators will follow.",
            "in_progress",
        ),
        ("Done for detectives; roll-out to neighbourhood teams by May 2026.", "in_progress"),
        # a share of the people, in words or against a target
        ("Sixty-two per cent of relevant staff have completed the modules.", "in_progress"),
        ("The modules went live in March and just under half have completed them.", "in_progress"),
        ("870 officers have completed the course, against a target of 1,400.", "in_progress"),
        ("45% of investigators have been through the exercise.", "in_progress"),
        # been through it, all of them; a draft written as a note says it
        ("Every detective in the unit has now been through the exercise.", "implemented"),
        ("Draft plan prepared; to be signed off by the chief officer group in May.", "in_progress"),
    ],
)
def test_status_of_work_done_for_some_and_still_to_come_for_others(text: str, status: str) -> None:
    assert status_of(text)[0] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The force asked the unit for dates, but none have been offered.", "not_started"),
        ("Sergeants were briefed in May; the rest of the force will be briefed in July.", "in_progress"),
        ("The first exercise is confirmed for 12 March 2026.", "planned"),
        ("The exercise will run in the spring; dates are being fixed with the regional unit.", "planned"),
        ("The force rewrote its referral guidance in April.", "implemented"),
        ("Custody staff are still to be briefed.", "not_started"),
        ("The plan is written and is still to be signed off.", "in_progress"),
        ("The Chief Constable will set out the force's approach in his own reply.", "not_stated"),
        ("The force will explain its approach to the panel.", "not_stated"),
    ],
)
def test_status_of_offers_dates_and_rest_still_to_come(text: str, status: str) -> None:
    assert status_of(text)[0] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [("Launched in May 2025, 40% completion.", "in_progress"), ("0% complete.", "not_started")],
)
def test_status_of_a_rate_said_as_a_note_says_it(text: str, status: str) -> None:
    assert status_of(text)[0] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Every referral now goes through the control room.", "implemented"),
        ("All referrals now go through the control room.", "implemented"),
        ("Places for 2026 have been requested from the regional unit.", "planned"),
    ],
)
def test_status_of_present_practice_with_a_short_verb_and_of_places_requested(text: str, status: str) -> None:
    assert status_of(text)[0] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Yellow. Module completion 54% (as at 31 January).", "in_progress"),
        ("Modules assigned to every relevant role; completion currently 38%.", "in_progress"),
        ("Completion: 0%.", "not_started"),
        ("0% – modules not yet assigned.", "not_started"),
        ("Hydra: none enrolled.", "not_started"),
        ("Waiting on the regional unit for a revised scenario; no sessions arranged.", "not_started"),
        ("Partly done.", "in_progress"),
    ],
)
def test_status_of_rates_without_a_verb_and_of_nothing_arranged(text: str, status: str) -> None:
    assert status_of(text)[0] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Since 3 March every referral prompts the officer for the document; the bureau will keep sampling monthly.",
            "implemented",
        ),
        (
            "Sixty-one per cent of officers have completed all four modules, and completion is tracked monthly by the "
            "training team.",
            "in_progress",
        ),
    ],
)
def test_a_routine_check_beside_work_done_is_upkeep_only_where_it_is_said(text: str, status: str) -> None:
    assert status_of(text)[0] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Needs analysis complete; 4 of 12 sessions delivered.", "in_progress"),
        ("This training is complete, and new starters will attend as part of their induction.", "implemented"),
        ("Assigned to 2,400 officers, of whom 1,310 have now finished all four modules.", "in_progress"),
        ("The force is waiting for the College to publish the revised package.", "not_started"),
        ("The force is waiting for Immigration Enforcement to confirm the new referral form.", "not_started"),
        ("The e-learning has not been assigned, and no date for that has been set.", "not_started"),
        ("The force disagrees, and no work on one is planned.", "not_started"),
    ],
)
def test_status_of_a_step_done_among_others_of_shares_and_of_waiting_on_others(text: str, status: str) -> None:
    assert status_of(text)[0] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Hydra: all relevant personnel trained (46/46).", "implemented"),
        ("Hydra: 12/40 trained so far.", "in_progress"),
        ("E-learning (0/120).", "not_started"),
        ("The control room has been staffed 24/7 since 2024.", "implemented"),
    ],
)
def test_status_of_a_share_written_as_a_fraction(text: str, status: str) -> None:
    assert status_of(text)[0] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("65%", "in_progress"),
        ("100%", "implemented"),
        ("Uptake: 12 of 160 (8%).", "in_progress"),
        ("82% of relevant officers complete", "in_progress"),
        (  # a rate of cases, not of people who have done something: no share of work still to do
            "A mandatory field was added to the template in June; the last audit found 94 per cent of referrals "
            "carried a completed submission.",
            "implemented",
        ),
        ("Assigned to 620 officers and staff; 145 completions to date.", "in_progress"),
        ("Rolled out to response teams in June; specialist teams to follow in July.", "in_progress"),
        ("On track for December", "in_progress"),
    ],
)
def test_status_of_progress_as_a_tracker_cell_writes_it(text: str, status: str) -> None:
    assert status_of(text)[0] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Each referral is now followed by an intelligence report, checked by supervisors every shift.", "implemented"),
        ("Around 70 per cent of referrals are now followed by an intelligence submission.", "in_progress"),
        ("Hydra exercise booked with the regional training hub for 12 and 13 February.", "planned"),
        ("Completion has reached 190 out of an identified 260 relevant staff.", "in_progress"),
        ("Awaiting ICT resource to change the referral form.", "not_started"),
        ("Draft collection plan v0.3 circulated to partners.", "in_progress"),
    ],
)
def test_status_of_practice_now_in_place_bookings_as_notes_and_waiting_for_resource(text: str, status: str) -> None:
    assert status_of(text)[0] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The remaining modules are already being completed by the response teams.", "in_progress"),
        ("The collection plan is in draft with the analysts.", "in_progress"),
        ("A first cohort of 20 officers is going through Hydra this month.", "in_progress"),
        ("The plan went through the chief officer group in May.", "implemented"),  # a done step, not a progressive
    ],
)
def test_status_of_work_already_under_way_a_plan_in_draft_and_a_cohort_going_through(text: str, status: str) -> None:
    assert status_of(text)[0] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Port team piloting the new form since June.", "in_progress"),
        ("The new form has been trialled at two stations since May.", "in_progress"),
        ("The new form is in pilot at two stations.", "in_progress"),
        ("The form was piloted in May and has since been rolled out to all teams.", "implemented"),
        # the letter's own progress is not the force's
        ("I regret that this response has been delayed.", "not_stated"),
        ("The position changed while this letter was being drafted.", "not_stated"),
    ],
)
def test_status_of_a_trial_and_not_of_the_letter_itself(text: str, status: str) -> None:
    assert status_of(text)[0] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Red – not started and at risk of missing the April 2026 deadline.", "not_started"),
        ("Work on this recommendation finished in September. It is now business as usual.", "implemented"),
        ("The regional standard has been applied to eleven of the nineteen plans.", "in_progress"),
        ("The course has been delivered to 60 of 60 officers.", "implemented"),
    ],
)
def test_status_of_a_bare_not_started_work_on_it_finished_and_a_share_after_the_verb(text: str, status: str) -> None:
    assert status_of(text)[0] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Hydra was delivered to all relevant staff in April. The force will report progress to the audit "
            "committee, and any risk to delivery will be recorded on the force risk register.",
            "implemented",
        ),
        ("The force will report progress to my board each quarter.", "not_stated"),
        (
            "The modules will be assigned to all relevant personnel from September, with completion monitored monthly.",
            "planned",
        ),
    ],
)
def test_status_leaves_out_reporting_on_progress_said_as_the_future(text: str, status: str) -> None:
    assert status_of(text)[0] == status


def test_work_going_on_is_under_way_and_going_on_to_the_next_step_is_not() -> None:
    assert status_of("Work is going on.")[0] == "in_progress"
    assert status_of("The force is going on to the next phase.")[0] == "not_stated"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # done: nothing left, a note without its auxiliary
        ("No outstanding actions.", "implemented"),
        ("There is nothing left to do on the four modules.", "implemented"),
        ("There is nobody left on the e-learning list who has not finished.", "implemented"),
        ("Training delivered to all relevant personnel.", "implemented"),
        ("Hydra done; e-learning done.", "implemented"),
        ("There is much still to be done.", "not_stated"),
        # under way: a rate risen short of all
        ("Compliance has risen from 41 per cent in May to 79 per cent in October.", "in_progress"),
        # to come: in place, part of a programme, expected to have it done
        ("The plan will be in place before the end of December.", "planned"),
        ("Hydra will be part of the detective programme from its next intake in April.", "planned"),
        ("The force expects to have the plan written, approved and circulated by Christmas.", "planned"),
        # not begun
        ("No officer has yet sat the Hydra exercise.", "not_started"),
        ("Zero completions to date.", "not_started"),
        ("The recommendation remains unactioned.", "not_started"),
        ("The procurement review has been put back indefinitely.", "not_started"),
    ],
)
def test_status_of_tracker_shorthand_rates_and_plain_statements_of_nothing_left_or_nothing_begun(
    text: str, status: str
) -> None:
    assert status_of(text)[0] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("We have been told that the plan is timetabled for approval at the March board.", "planned"),
        ("Go-live of the new referral process is fixed for the first week of December.", "planned"),
        ("No date has been fixed for the start of this work.", "not_started"),
        ("Date for completion: summer 2026.", "planned"),
        ("Committed for delivery by 30 April 2026.", "planned"),
        ("At the regional board the forces agreed to move to joint purchasing from next April.", "planned"),
        ("Two cohorts down, one to go.", "in_progress"),
        ("Not yet – the national unit has not released the scenario.", "not_started"),
        ("Not yet complete; two teams to go.", "in_progress"),
        ("E-learning modules 1 to 4: 318/318 in scope.", "implemented"),
        ("The gap the inspectors found has closed.", "implemented"),
    ],
)
def test_status_of_times_fixed_or_committed_to_and_tracker_notes(text: str, status: str) -> None:
    assert status_of(text)[0] == status
