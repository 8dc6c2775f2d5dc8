# ruff: noqa: E501  (letter text is data: long sentences are kept whole)
"""Build the sealed11 set: ``letters/`` and ``truth.json``, reproducibly.

    .venv/bin/python tests/ingest/sealed11/build.py

Thirty synthetic, hand-written and hand-labelled responses by policing bodies (PCCs, PFCCs, Mayors' offices) to
the HMICFRS reports on organised immigration crime and on the Yorkshire and Humber regional response to serious
and organised crime. The set is kept from tuning: it measures the reader on wording and layouts it has never seen.
It holds progress tables (docx, html, pdf), letters with paraphrased headings, letters that name the findings only
by their labels, flattened layouts, paragraphs that answer two findings at once, blanket stances, mixed stances,
chief constables' responses in an annex, and two regional letters about the areas for improvement.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
sys.path.insert(0, str(CORPUS))

import build as corpus  # noqa: E402

SPLIT = "sealed11"
OIC = "oic-2025"
SOC = "soc-yh-2025"
OIC_TITLE = "Improving the response to organised immigration crime"
SOC_TITLE = "An inspection of the Yorkshire and Humber regional response to serious and organised crime"

Blocks = list[tuple[str, Any]]
LETTERS: list[tuple[dict[str, Any], Blocks]] = []
add = corpus.letter_adder(LETTERS, split=SPLIT)
item = corpus.item


def cc_item(ref: str, stance: str, status: str | list[str]) -> dict[str, Any]:
    """A finding whose only stance in the letter is the force's (the chief constable's)."""
    return item(ref, stance, status, by="chief_constable", cc=stance)


# add(id, kind, fmt, force, organisation, (author name, author role), iso date or None,
#     [item("2", "support", "implemented", cc="accept"), ...], blocks,
#     report=SOC (for soc letters), late=True (when late), unanswered=["8"] (when some are unanswered),
#     title="..." (only if the letter names the report differently from its exact title))
# The letter must contain the author's name and report_title_in_letter (whitespace-normalised) somewhere.

# ------------------------------------------------------------------------------------------------
# table (2 docx, 2 html, 2 pdf)

add(
    "sealed11_01_table",
    "table",
    "docx",
    "Cleveland Police",
    "Cleveland Police and Crime Commissioner",
    ("Joanne Kettlewell", "Police and Crime Commissioner for Cleveland"),
    "2025-06-27",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Cleveland", "Middlesbrough"]),
        ("date", "27 June 2025"),
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS", "By email"]),
        ("salutation", "Dear HM Chief Inspector,"),
        ("title", "Response to HMICFRS report: Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for the report, published on 16 May 2025. Section 55 of the Police Act 1996 requires me to comment on it, and this letter does so.",
        ),
        (
            "p",
            "Organised immigration crime is not the most visible threat in Cleveland, but Teesport and the A19 corridor mean we cannot treat it as somebody else’s problem. I have discussed the report with the Chief Constable at my Scrutiny and Performance meeting, and I support the four recommendations addressed to chief constables. The force’s response to each, with my office’s view of progress, is set out in the table below.",
        ),
        (
            "table",
            [
                ["Rec", "Recommendation (summary)", "Cleveland Police response", "Progress"],
                [
                    "2",
                    "Reporting officers submit the required intelligence document every time a case is reported to Immigration Enforcement’s NCCU (by 30 April 2026).",
                    "Accepted. The NCCU referral procedure was reissued to all frontline and custody staff on 2 June 2025. The Force Intelligence Bureau now checks every NCCU log against the intelligence system each week and chases any missing submission with the officer’s supervisor.",
                    "Complete – weekly checks continue as routine business.",
                ],
                [
                    "4",
                    "Clear plans to collect, analyse and share information on organised immigration crime (by 31 December 2025).",
                    "Accepted. An OIC intelligence collection plan has been drafted by the Force Intelligence Bureau with input from the North East ROCU and Immigration Enforcement. It goes to the Force Tasking and Co-ordination Group for sign-off in September.",
                    "Under way – on track for December 2025.",
                ],
                [
                    "8",
                    "Relevant personnel complete the Hydra training package on OIC, working with the MS&OIC Unit (by 30 April 2026).",
                    "Accepted. We have identified 46 detectives, intelligence staff and duty inspectors who should take part. The MS&OIC Unit has offered two Hydra sessions at the force training centre in November 2025 and both have been booked.",
                    "Planned – sessions booked for November 2025.",
                ],
                [
                    "9",
                    "Relevant personnel complete the four modules of the OIC e-learning package (by 30 April 2026).",
                    "Accepted. All four modules have been assigned through the learning platform to response, neighbourhood, custody and investigation staff. Completion stood at 58% on 20 June and is reported to the monthly People Board.",
                    "In progress – 58% complete.",
                ],
            ],
        ),
        (
            "p",
            "The report also makes recommendations to the National Crime Agency, the Home Office and the National Police Chiefs’ Council. These are not matters for Cleveland Police, but I will follow how they develop, particularly the work on a national intelligence picture, because it will shape what the force can do locally.",
        ),
        (
            "p",
            "My office will review progress against the table at the Scrutiny and Performance meeting in October, and again in the spring once the April 2026 deadlines have passed.",
        ),
        ("sign", ["Yours sincerely,", "", "Joanne Kettlewell", "Police and Crime Commissioner for Cleveland"]),
    ],
)

add(
    "sealed11_02_table",
    "table",
    "docx",
    "Durham Constabulary",
    "Durham Police and Crime Commissioner",
    ("Graham Sowerby", "Police and Crime Commissioner"),
    "2025-07-08",
    [
        item("2", "support", "implemented", cc="agree"),
        item("4", "support", "in_progress", cc="agree"),
        item("8", "support", "not_started", cc="agree"),
        item("9", "support", "planned", cc="agree"),
    ],
    [
        ("letterhead", ["Durham Police and Crime Commissioner", "Durham and Darlington"]),
        ("date", "8th July 2025"),
        ("salutation", "Dear Sir/Madam,"),
        ("p", "Re: HMICFRS – Improving the response to organised immigration crime (May 2025)"),
        (
            "p",
            "Please find below my response, as required under section 55 of the Police Act 1996. I asked the Chief Constable for his comments on the recommendations that apply to Durham Constabulary, and I have set them out alongside my own.",
        ),
        (
            "table",
            [
                ["Recommendation", "Chief Constable’s comments", "PCC’s comments"],
                [
                    "Recommendation 2 – NCCU referrals and the intelligence document",
                    "Agreed. Since 1 June a mandatory field in the force’s referral log records the reference of the intelligence submission, and a log cannot be closed without it. This has been live for five weeks and compliance is 100%.",
                    "I support this recommendation and I am reassured by the speed of the change.",
                ],
                [
                    "Recommendation 4 – plans to collect, analyse and share OIC information",
                    "Agreed. The Force Intelligence Bureau is producing a problem profile on organised immigration crime with the North East Regional Special Operations Unit. It is due in October and will set out the collection and sharing arrangements.",
                    "I support this. I will ask to see the problem profile’s recommendations once it is complete.",
                ],
                [
                    "Recommendation 8 – Hydra training package",
                    "Agreed. We have asked the Modern Slavery and Organised Immigration Crime Unit for Hydra dates but none have been offered yet, so no staff have been trained so far.",
                    "I support this and will ask for an update when dates are confirmed.",
                ],
                [
                    "Recommendation 9 – OIC e-learning (four modules)",
                    "Agreed. The four modules will be made mandatory for custody, response and neighbourhood officers from September 2025, with completion tracked at the Learning and Development Board.",
                    "I support this recommendation.",
                ],
            ],
        ),
        (
            "p",
            "I will continue to hold the Chief Constable to account for this work through my regular accountability meetings and my reports to the Police and Crime Panel.",
        ),
        ("sign", ["Yours faithfully,", "Graham Sowerby", "Police and Crime Commissioner"]),
    ],
)

add(
    "sealed11_03_table",
    "table",
    "html",
    "Cheshire Constabulary",
    "Cheshire Police and Crime Commissioner",
    ("Priya Halewood", "Police and Crime Commissioner for Cheshire"),
    "2025-06-17",
    [
        item("2", "agree", "implemented"),
        item("4", "agree", "in_progress"),
        item("8", "agree", "not_started"),
        item("9", "agree", "in_progress"),
    ],
    [
        ("title", "Response to the HMICFRS report Improving the response to organised immigration crime"),
        ("date", "17 June 2025"),
        (
            "p",
            "HM Inspectorate of Constabulary and Fire & Rescue Services published its report on 16 May 2025. The inspection looked at how well police forces understand and tackle organised immigration crime. It made ten recommendations, four of them for chief constables.",
        ),
        (
            "p",
            "I have gone through the report with the Chief Constable. I agree with all four recommendations made to chief constables, and I am pleased that Cheshire Constabulary had started work on some of them before the report came out. The table shows where the force has got to.",
        ),
        (
            "table",
            [
                ["Recommendation", "What Cheshire Constabulary is doing", "Status"],
                [
                    "2. Intelligence documents for NCCU referrals",
                    "A briefing for all response and custody sergeants went out in April, and the intelligence submission is now a required step in the force’s immigration encounter procedure. The intelligence unit checks a sample each month.",
                    "Complete",
                ],
                [
                    "4. Plans to collect, analyse and share OIC information",
                    "The force is writing an intelligence collection plan for OIC and agreeing how information will flow between Cheshire, the North West Regional Organised Crime Unit and Immigration Enforcement.",
                    "In progress",
                ],
                [
                    "8. Hydra training",
                    "The Hydra package has not yet been made available to Cheshire. Nothing has been scheduled so far.",
                    "Not started",
                ],
                [
                    "9. OIC e-learning",
                    "All four modules are on the force learning system. Officers in the Serious and Organised Crime Unit have completed them, and the modules are being rolled out to neighbourhood teams over the summer.",
                    "In progress",
                ],
            ],
        ),
        (
            "p",
            "I will keep a close eye on this through my assurance meetings and will publish an update in the autumn.",
        ),
        ("sign", ["Priya Halewood", "Police and Crime Commissioner for Cheshire"]),
    ],
)

add(
    "sealed11_04_table",
    "table",
    "html",
    "Greater Manchester Police",
    "Mayor of Greater Manchester (Greater Manchester Combined Authority)",
    ("Colin Ashworth", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"),
    "2025-07-22",
    [
        cc_item("2", "accept", "in_progress"),
        cc_item("4", "accept", "implemented"),
        cc_item("8", "accept", "in_progress"),
        cc_item("9", "accept", "planned"),
    ],
    [
        (
            "title",
            "HMICFRS: Improving the response to organised immigration crime – response on behalf of the Mayor of Greater Manchester",
        ),
        ("date", "22 July 2025"),
        (
            "p",
            "I write on behalf of the Mayor in response to your report published on 16 May 2025, and I apologise for the delay in sending it.",
        ),
        (
            "p",
            "Greater Manchester Police has reviewed the ten recommendations. Six are for national bodies. The four directed at chief constables are set out below with GMP’s position and progress, which I discussed with the Chief Constable at the July Police Accountability Board.",
        ),
        (
            "table",
            [
                ["Rec.", "GMP position", "Progress to date"],
                [
                    "Recommendation 2",
                    "Accepted",
                    "Under way. A refresher on NCCU referrals and the intelligence submission that must follow them has been delivered to around 40% of response teams, with the rest to follow by December. An automated reminder in the force’s records system is being tested.",
                ],
                [
                    "Recommendation 4",
                    "Accepted",
                    "Complete. GMP’s OIC intelligence requirement was published in June. The Serious Organised Crime Group produces a monthly intelligence product that is shared with the North West ROCU, Border Force and Immigration Enforcement.",
                ],
                [
                    "Recommendation 8",
                    "Accepted",
                    "24 senior investigating officers took part in a Hydra exercise run with the MS&OIC Unit in June. Two further cohorts are booked for October and January.",
                ],
                [
                    "Recommendation 9",
                    "Accepted",
                    "The four e-learning modules will be added to the 2025/26 mandatory training plan from October 2025.",
                ],
            ],
        ),
        (
            "p",
            "The Mayor and I will continue to scrutinise this work. In Greater Manchester organised immigration crime is closely tied to labour exploitation in car washes, nail bars and the night-time economy, and the Mayor wants the force’s response to reflect that.",
        ),
        (
            "sign",
            [
                "Colin Ashworth",
                "Deputy Mayor for Policing, Crime, Criminal Justice and Fire",
                "On behalf of the Mayor of Greater Manchester",
            ],
        ),
    ],
    late=True,
)

add(
    "sealed11_05_table",
    "table",
    "pdf",
    "Lancashire Constabulary",
    "Lancashire Police and Crime Commissioner",
    ("Declan Rigby", "Police and Crime Commissioner for Lancashire"),
    "2025-07-01",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "in_progress"),
        item("8", "accept", "in_progress"),
        item("9", "accept", "not_stated"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Lancashire", "County Hall, Preston"]),
        ("date", "1 July 2025"),
        ("address", ["HM Inspectorate of Constabulary and Fire & Rescue Services", "By email"]),
        ("salutation", "Dear Sir or Madam,"),
        ("title", "Improving the response to organised immigration crime - PCC response"),
        (
            "p",
            "Thank you for your report. I welcome the inspection's focus on a crime that is too often seen as a matter only for the border, when its victims and offenders live in every community, Lancashire included.",
        ),
        (
            "p",
            "I accept the recommendations addressed to chief constables. I have sought assurance from the Chief Constable on how Lancashire Constabulary is responding, and I summarise the position below.",
        ),
        (
            "table",
            [
                ["Recommendation", "Lancashire Constabulary response", "Position at June 2025"],
                [
                    "2 - intelligence document for each NCCU referral",
                    "The force already required an intelligence submission after every NCCU call. The report prompted a check, which found gaps on night shifts, so supervisors now review every referral before the end of the shift.",
                    "Complete",
                ],
                [
                    "4 - plans to collect, analyse and share OIC information",
                    "OIC has been added to the force control strategy. An analyst has been assigned and a collection plan is being written with the North West ROCU.",
                    "Ongoing",
                ],
                [
                    "8 - Hydra training package",
                    "Two Hydra sessions have run at headquarters for detectives and intelligence officers. More will follow for custody and response supervisors.",
                    "Ongoing",
                ],
                ["9 - four OIC e-learning modules", "No update provided at the time of writing.", "Awaiting update"],
            ],
        ),
        ("p", "I will review progress at my Strategic Scrutiny Board in the autumn."),
        ("sign", ["Yours faithfully", "Declan Rigby", "Police and Crime Commissioner for Lancashire"]),
        ("footer", "Office of the Police and Crime Commissioner for Lancashire"),
    ],
)

add(
    "sealed11_06_table",
    "table",
    "pdf",
    "Merseyside Police",
    "Merseyside Police and Crime Commissioner",
    ("Angela Brophy", "Police and Crime Commissioner for Merseyside"),
    "2025-08-04",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "not_started", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Merseyside Police and Crime Commissioner"]),
        ("date", "4 August 2025"),
        ("address", ["HMICFRS", "By email"]),
        ("title", "HMICFRS inspection report: Improving the response to organised immigration crime"),
        (
            "p",
            "Please accept my apologies for the late response to this report. The Chief Constable has accepted all four recommendations addressed to chief constables, and I support that position. Progress at the end of July is shown below.",
        ),
        (
            "table",
            [
                ["Rec", "Lead", "Target", "Update"],
                [
                    "2",
                    "Head of Intelligence",
                    "April 2026",
                    "Complete. The NCCU referral policy was updated in July 2025 and the intelligence submission is now mandatory.",
                ],
                ["4", "ACC Crime", "December 2025", "A draft OIC intelligence plan is with the ACC for approval."],
                [
                    "8",
                    "Head of Learning",
                    "April 2026",
                    "Not started. Awaiting national course dates from the MS&OIC Unit.",
                ],
                [
                    "9",
                    "Head of Learning",
                    "April 2026",
                    "All four modules are live on the learning platform. 34% of identified staff have completed them.",
                ],
            ],
        ),
        (
            "p",
            "The Port of Liverpool and the city region's transport links give this issue particular importance here. I will keep progress under review through my monthly accountability meetings with the Chief Constable.",
        ),
        ("sign", ["Angela Brophy", "Police and Crime Commissioner for Merseyside"]),
        ("footer", "Merseyside Police and Crime Commissioner"),
    ],
    late=True,
)

# ------------------------------------------------------------------------------------------------
# paraphrase_headings

add(
    "sealed11_07_paraphrase_headings",
    "paraphrase_headings",
    "docx",
    "Northumbria Police",
    "Northumbria Police and Crime Commissioner",
    ("Helen Forsyth", "Police and Crime Commissioner for Northumbria"),
    "2025-06-30",
    [
        item("2", "agree", "implemented"),
        item("4", "agree", "in_progress"),
        item("8", "support", "planned"),
        item("9", "agree", "in_progress"),
    ],
    [
        ("letterhead", ["Northumbria Police and Crime Commissioner"]),
        ("date", "30 June 2025"),
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS"]),
        ("salutation", "Dear HM Chief Inspector,"),
        (
            "p",
            "Thank you for the inspection report Improving the response to organised immigration crime, which I read with interest. This is my response under section 55 of the Police Act 1996. I have concentrated on the four recommendations that fall to the Chief Constable and grouped my comments under headings of my own.",
        ),
        ("heading", "Making sure NCCU referrals are backed by intelligence"),
        (
            "p",
            "I agree with this recommendation. Northumbria Police tells me that since April the control room has prompted officers who call the National Command and Control Unit to submit an intelligence report before they clear the incident, and the Force Intelligence Bureau reconciles the two every week. The change is now embedded and compliance is above 95%.",
        ),
        ("heading", "A plan for gathering and sharing what we know"),
        (
            "p",
            "I also agree that the force needs clear plans here. A strategic intelligence assessment on organised immigration crime is being written at the moment, and it will underpin a collection and sharing plan that the Assistant Chief Constable expects to sign off before the December deadline.",
        ),
        ("heading", "Hydra immersive training"),
        (
            "p",
            "I support the force’s intention to put its senior detectives and intelligence managers through the Hydra package. Sessions are pencilled in for February and March 2026, working with the Modern Slavery and Organised Immigration Crime Unit.",
        ),
        ("heading", "Online learning for officers and staff"),
        (
            "p",
            "I agree with this recommendation too. The four modules have been allocated to officers and staff in the roles the report identifies. So far 212 people have completed all four, and the rest are working through them.",
        ),
        ("p", "I will ask the Chief Constable for a further update at my Business Meeting in November."),
        ("sign", ["Yours sincerely", "Helen Forsyth", "Police and Crime Commissioner for Northumbria"]),
    ],
)

add(
    "sealed11_08_paraphrase_headings",
    "paraphrase_headings",
    "html",
    "Cumbria Constabulary",
    "Cumbria Police, Fire and Crime Commissioner",
    ("Robert Threlkeld", "Police, Fire and Crime Commissioner for Cumbria"),
    "2025-07-10",
    [
        item("2", "accept", "not_started"),
        item("4", "accept", "implemented"),
        item("8", "accept", "in_progress"),
        item("9", "accept", "planned"),
    ],
    [
        ("title", "PFCC response: Improving the response to organised immigration crime"),
        ("date", "10 July 2025"),
        (
            "p",
            "I accept the four recommendations that the Inspectorate has made to chief constables, and I have asked Cumbria Constabulary to explain how it will meet each of them. A summary of what the Constabulary has told me follows.",
        ),
        ("heading", "Following up contact with Immigration Enforcement"),
        (
            "p",
            "No work has started on this yet. The Constabulary has told me it first wants to understand how often its officers contact the National Command and Control Unit before it changes any procedures. I have asked for a timescale.",
        ),
        ("heading", "Knowing and sharing the OIC picture"),
        (
            "p",
            "Cumbria already has an intelligence requirement for organised immigration crime, agreed with the North West Regional Organised Crime Unit last year, and intelligence is shared with partners through the county’s Serious and Organised Crime Board. The Constabulary considers that this meets the recommendation.",
        ),
        ("heading", "Immersive learning (Hydra)"),
        (
            "p",
            "The Constabulary has started running Hydra sessions at its training centre. The first two, for detective sergeants and inspectors, took place in June, and more will follow in the autumn.",
        ),
        ("heading", "The OIC e-learning modules"),
        (
            "p",
            "The four e-learning modules will be included in mandatory training for 2025/26, with the roll-out beginning in September 2025.",
        ),
        ("p", "I will review progress at my Public Accountability Conference in October."),
        ("sign", ["Robert Threlkeld", "Police, Fire and Crime Commissioner for Cumbria"]),
    ],
)

add(
    "sealed11_09_paraphrase_headings",
    "paraphrase_headings",
    "pdf",
    "Derbyshire Constabulary",
    "Derbyshire Police and Crime Commissioner",
    ("Samuel Okafor", "Police and Crime Commissioner for Derbyshire"),
    "2025-06-24",
    [
        cc_item("2", "accept", "in_progress"),
        cc_item("4", "accept", "implemented"),
        cc_item("8", "accept", "in_progress"),
        cc_item("9", "accept", "in_progress"),
    ],
    [
        ("letterhead", ["Office of the Derbyshire Police and Crime Commissioner", "Ripley, Derbyshire"]),
        ("date", "24 June 2025"),
        ("address", ["HMICFRS", "Via email"]),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for sending me the report. Derbyshire is not a border county, but the inspection rightly shows that organised immigration crime reaches inland forces through exploitation, illegal working and the movement of people along the M1. I asked the Chief Constable to set out how Derbyshire Constabulary will respond, and her response is summarised under each heading below.",
        ),
        ("heading", "Referrals to Immigration Enforcement"),
        (
            "p",
            "The Chief Constable accepts this recommendation. Work is under way with the Contact Management Centre to add a prompt to the incident log, so that an officer who contacts the National Command and Control Unit is reminded to submit intelligence. Testing started in June.",
        ),
        ("heading", "Knowing the threat: collection, analysis and sharing"),
        (
            "p",
            "The Chief Constable accepts this recommendation. The force's OIC collection plan was approved in May 2025, and information is shared every week with the East Midlands Special Operations Unit and the regional Immigration Enforcement team.",
        ),
        ("heading", "Hydra"),
        (
            "p",
            "The Chief Constable accepts this recommendation. Twelve officers from the Major Crime Review Team took part in a Hydra exercise in June, and the remaining relevant personnel will be trained by March 2026.",
        ),
        ("heading", "E-learning"),
        (
            "p",
            "The Chief Constable accepts this recommendation. The four modules have been added to the training needs analysis and officers are now completing them. Completion is reported to the force's Organisational Learning Board.",
        ),
        ("p", "I will monitor progress through my Strategic Priorities Assurance Board."),
        ("sign", ["Samuel Okafor", "Police and Crime Commissioner for Derbyshire"]),
        ("footer", "Derbyshire Police and Crime Commissioner"),
    ],
)

# ------------------------------------------------------------------------------------------------
# labels_only

add(
    "sealed11_10_labels_only",
    "labels_only",
    "txt",
    "Leicestershire Police",
    "Leicestershire Police and Crime Commissioner",
    ("Ravinder Dhillon", "Police and Crime Commissioner"),
    "2025-07-02",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "in_progress"),
        item("8", "accept", "not_started"),
        item("9", "accept", "in_progress"),
    ],
    [
        ("letterhead", ["OFFICE OF THE POLICE AND CRIME COMMISSIONER", "Leicester, Leicestershire and Rutland"]),
        ("date", "2nd July 2025"),
        ("address", ["HM Inspectorate of Constabulary and Fire & Rescue Services", "Sent by email"]),
        ("salutation", "Dear Sir or Madam"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "I welcome this report. I accept recommendations 2, 4, 8 and 9, which are for chief constables, and I set out Leicestershire Police’s progress against each one below. Recommendations 1, 3, 5, 6, 7 and 10 are for other organisations and I make no comment on them here.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "Complete. Every officer who reports an immigration matter to the NCCU must now submit an intelligence report on the same shift. The Force Intelligence Bureau audits this every month, and the last two audits found full compliance.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "Under way. The force is producing an OIC profile with the East Midlands Special Operations Unit, which will set out how information is collected, analysed and shared. It is due in November, ahead of the deadline.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "No one has been trained yet. The force is waiting for the Modern Slavery and Organised Immigration Crime Unit to publish dates.",
        ),
        ("heading", "Recommendation 9"),
        (
            "p",
            "In progress. The four modules are mandatory for all officers up to the rank of inspector, and 71% have completed them so far.",
        ),
        ("p", "I will keep all four under review at my Corporate Governance Board."),
        ("sign", ["Yours faithfully", "", "Ravinder Dhillon", "Police and Crime Commissioner"]),
    ],
)

add(
    "sealed11_11_labels_only",
    "labels_only",
    "html",
    "Lincolnshire Police",
    "Lincolnshire Police and Crime Commissioner",
    ("Margaret Toller", "Police and Crime Commissioner for Lincolnshire"),
    "2025-06-19",
    [
        cc_item("2", "accept", "in_progress"),
        cc_item("4", "accept", "implemented"),
        cc_item("8", "accept", "planned"),
    ],
    [
        ("title", "Response to HMICFRS: Improving the response to organised immigration crime"),
        ("date", "19 June 2025"),
        (
            "p",
            "Under section 55 of the Police Act 1996 I must respond to inspection reports that concern Lincolnshire Police. I have received the Chief Constable’s comments on this report and reviewed them. The force’s position is below.",
        ),
        (
            "dl",
            [
                (
                    "Recommendation 2",
                    "Accepted by the force. The force’s immigration referral guidance is being rewritten to say plainly that an intelligence report must follow every call to the NCCU. The Intelligence Hub will check compliance once the new guidance is published.",
                ),
                (
                    "Recommendation 4",
                    "Accepted by the force. Lincolnshire Police has had an intelligence collection plan for organised immigration crime since March 2025. It is shared with the East Midlands Special Operations Unit and reviewed every quarter.",
                ),
                (
                    "Recommendation 8",
                    "Accepted by the force. Hydra sessions for senior investigating officers are booked for 14 and 15 October 2025.",
                ),
            ],
        ),
        (
            "p",
            "Lincolnshire’s coastline and ports, and the seasonal agricultural work in the south of the county, make this an important area for us. I will ask the Chief Constable for regular updates.",
        ),
        ("sign", ["Margaret Toller", "Police and Crime Commissioner for Lincolnshire"]),
    ],
    unanswered=["9"],
)

# ------------------------------------------------------------------------------------------------
# flattened

add(
    "sealed11_12_flattened",
    "flattened",
    "txt",
    "Nottinghamshire Police",
    "Nottinghamshire Police and Crime Commissioner",
    ("Ian Marchbank", "Police and Crime Commissioner for Nottinghamshire"),
    "2025-07-09",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "planned", cc="accept"),
        item("8", "support", "in_progress", cc="accept"),
        item("9", "support", "planned", cc="partially_agree"),
    ],
    [
        ("letterhead", ["Nottinghamshire Office of the Police and Crime Commissioner"]),
        ("date", "09/07/2025"),
        ("address", ["HMICFRS", "By email"]),
        (
            "title",
            "Improving the response to organised immigration crime (published 16 May 2025) - response of the Police and Crime Commissioner",
        ),
        (
            "p",
            "For each recommendation made to chief constables I have set out below the text of the recommendation, Nottinghamshire Police’s response and my own comment.",
        ),
        (
            "p",
            "Recommendation 2 By 30 April 2026, chief constables should make sure that every time a member of their force reports a case to Immigration Enforcement’s National Command and Control Unit, the reporting officer completes and submits the required intelligence document. Force response Accepted. A force instruction issued on 12 June requires an intelligence submission for every NCCU referral. Compliance will be audited in the autumn. PCC comment I support this recommendation and the force’s swift response.",
        ),
        (
            "p",
            "Recommendation 4 By 31 December 2025, chief constables should make sure they have clear plans to collect, analyse and share information related to organised immigration crime. Force response Accepted. Organised immigration crime will be added to the force’s control strategy at the next strategic assessment in October, and an intelligence collection plan will follow. PCC comment I support this recommendation.",
        ),
        (
            "p",
            "Recommendation 8 By 30 April 2026, chief constables, working with the Modern Slavery & Organised Immigration Crime Unit, should make sure that relevant personnel in all Home Office police forces complete the Hydra training package on organised immigration crime. Force response Accepted. Nottinghamshire Police is working with the Modern Slavery and Organised Immigration Crime Unit on a Hydra exercise for its serious and organised crime teams. The first cohort has completed it. PCC comment I support this recommendation.",
        ),
        (
            "p",
            "Recommendation 9 By 30 April 2026, chief constables, working with the Modern Slavery & Organised Immigration Crime Unit and the College of Policing, should make sure that relevant personnel in all Home Office police forces complete the four modules of the organised immigration crime e-learning package. Force response Partially accepted. The force will make modules 1 and 2 mandatory for all frontline officers. Modules 3 and 4 are aimed at specialist roles and will be assigned only to investigators and intelligence staff. PCC comment I support this recommendation. Targeting modules 3 and 4 at specialist roles seems sensible to me.",
        ),
        ("sign", ["Ian Marchbank", "Police and Crime Commissioner for Nottinghamshire"]),
    ],
)

add(
    "sealed11_13_flattened",
    "flattened",
    "txt",
    "Northamptonshire Police",
    "Northamptonshire Police, Fire and Crime Commissioner",
    ("Claire Wetherby", "Police, Fire and Crime Commissioner for Northamptonshire"),
    None,
    [
        cc_item("2", "accept", "implemented"),
        cc_item("4", "accept", "in_progress"),
        cc_item("8", "accept", "not_started"),
        cc_item("9", "accept", "in_progress"),
    ],
    [
        ("letterhead", ["Northamptonshire Police, Fire and Crime Commissioner", "Northampton"]),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "Thank you for your report Improving the response to organised immigration crime. I have discussed it with the Chief Constable, who has given me the following response. On the first of the recommendations to forces, about officers submitting intelligence whenever they report a case to Immigration Enforcement’s National Command and Control Unit, the Chief Constable accepts the recommendation: Northamptonshire Police has changed its procedure so that the intelligence submission is created automatically from the referral record, and this went live in the second week of June. On plans to collect, analyse and share information, the Chief Constable again accepts the recommendation; the force’s current arrangements are informal, and work has begun on a written plan with the East Midlands Special Operations Unit, with a draft expected by October.",
        ),
        (
            "p",
            "Turning to training, the Chief Constable accepts recommendation 8 and recommendation 9. No Hydra training has taken place yet, and the force has asked the Modern Slavery and Organised Immigration Crime Unit for places. The four e-learning modules, by contrast, were made mandatory for frontline officers in May and completion currently stands at 64%. I will continue to oversee this work through my Accountability Board and will publish the minutes.",
        ),
        ("sign", ["Yours sincerely", "Claire Wetherby", "Police, Fire and Crime Commissioner for Northamptonshire"]),
    ],
)

add(
    "sealed11_14_flattened",
    "flattened",
    "pdf",
    "Staffordshire Police",
    "Staffordshire Police, Fire and Crime Commissioner",
    ("Nigel Bratt", "Staffordshire Commissioner for Police, Fire and Rescue, and Crime"),
    "2025-07-15",
    [
        item("2", "agree", "in_progress", cc="agree"),
        item("4", "agree", "in_progress", cc="agree"),
        item("8", "agree", "implemented", cc="agree"),
        item("9", "agree", "in_progress", cc="agree"),
    ],
    [
        ("letterhead", ["Staffordshire Commissioner's Office", "Police | Fire and Rescue | Crime"]),
        ("date", "15 July 2025"),
        ("title", "Response to HMICFRS: Improving the response to organised immigration crime"),
        (
            "p",
            "I am sorry this response is later than the 56 days set out in legislation. I agree with the four recommendations the report makes to chief constables. Staffordshire Police's position on each is set out below, copied from the force's recommendation tracker.",
        ),
        (
            "p",
            "Recommendation 2 - Force position: Agreed - Status: In progress - Update: The NCCU referral process is being added to the records management workflow so that an intelligence submission task is created automatically. The build is complete and user testing is under way; go-live is expected in September.",
        ),
        (
            "p",
            "Recommendation 4 - Force position: Agreed - Status: In progress - Update: An OIC intelligence collection plan is in draft and will be presented to the Force Tasking and Coordination Group in August.",
        ),
        (
            "p",
            "Recommendation 8 - Force position: Agreed - Status: Complete - Update: All 38 staff identified as relevant personnel attended Hydra sessions delivered with the MS&OIC Unit in June and July 2025.",
        ),
        (
            "p",
            "Recommendation 9 - Force position: Agreed - Status: In progress - Update: Modules 1 to 4 are assigned to all officers and staff identified in the training needs analysis. Completion is 47%.",
        ),
        ("p", "I will scrutinise delivery at my Strategic Governance Board."),
        ("sign", ["Nigel Bratt", "Staffordshire Commissioner for Police, Fire and Rescue, and Crime"]),
        ("footer", "Staffordshire Commissioner's Office"),
    ],
    late=True,
)

add(
    "sealed11_15_flattened",
    "flattened",
    "docx",
    "Warwickshire Police",
    "Warwickshire Police and Crime Commissioner",
    ("Deborah Fairhurst", "Police and Crime Commissioner for Warwickshire"),
    "2025-06-26",
    [
        item("2", None, ["implemented", "in_progress"]),
        item("4", None, "in_progress"),
        item("8", None, "not_started"),
        item("9", None, "in_progress"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Warwickshire"]),
        ("date", "26 June 2025"),
        ("p", "Dear HM Inspectorate,"),
        (
            "p",
            "Thank you for your report Improving the response to organised immigration crime, published on 16 May 2025. What follows is a short account of where Warwickshire Police has reached on the four recommendations for chief constables. It draws on a briefing the force gave my office on 20 June.",
        ),
        (
            "p",
            "The force already requires an intelligence report whenever an officer refers a case to the National Command and Control Unit (recommendation 2). A dip sample in May found that this was happening in most but not all cases, so the requirement has been restated in the daily briefing and the sample will be repeated in September. On recommendation 4, the force’s intelligence team has started drafting an OIC collection and sharing plan with the regional organised crime unit, and expects to finish it by the end of November.",
        ),
        (
            "p",
            "The training recommendations are at an earlier stage. The force has not yet begun the Hydra training (recommendation 8) and has no dates for it yet. The four e-learning modules (recommendation 9) have been assigned to all frontline officers, and 39% have completed them.",
        ),
        ("p", "I will publish a further update in the new year."),
        ("p", "Deborah Fairhurst"),
        ("p", "Police and Crime Commissioner for Warwickshire"),
    ],
)

# ------------------------------------------------------------------------------------------------
# two_in_one_paragraph

add(
    "sealed11_16_two_in_one_paragraph",
    "two_in_one_paragraph",
    "txt",
    "West Mercia Police",
    "West Mercia Police and Crime Commissioner",
    ("Jonathan Pryce", "Police and Crime Commissioner for West Mercia"),
    "2025-07-03",
    [
        item("2", "accept", "in_progress"),
        item("4", "accept", "implemented"),
        item("8", "accept", "planned"),
        item("9", "accept", "in_progress"),
    ],
    [
        ("letterhead", ["West Mercia Police and Crime Commissioner", "Worcester"]),
        ("date", "3 July 2025"),
        ("address", ["HM Inspectorate of Constabulary and Fire & Rescue Services", "Email only"]),
        ("salutation", "Dear HM Inspector,"),
        ("title", "Re: Improving the response to organised immigration crime"),
        (
            "p",
            "I welcome your report and the attention it gives to a crime that does great harm to the people who are smuggled and then exploited. I have considered the four recommendations made to chief constables and discussed them with the Chief Constable at my Performance and Accountability Board on 24 June.",
        ),
        (
            "p",
            "I accept recommendation 2. West Mercia Police has changed its guidance so that officers who report a case to the NCCU must submit an intelligence log on the same tour of duty, and the Force Intelligence Bureau has begun weekly checks. Early results are encouraging, but compliance is not yet consistent.",
        ),
        (
            "p",
            "I accept recommendation 4 as well. The force’s serious and organised crime local profile now includes a section on organised immigration crime, and the collection plan that goes with it is shared with the Regional Organised Crime Unit and with Immigration Enforcement. I am satisfied this recommendation has been met.",
        ),
        (
            "p",
            "Recommendations 8 and 9 both concern training, and I accept both. The force will send its senior investigating officers and intelligence managers to Hydra sessions run with the Modern Slavery and Organised Immigration Crime Unit in February 2026. The e-learning is further on: all four modules have been assigned to frontline and investigative staff, and just over half have finished them.",
        ),
        ("sign", ["Yours sincerely", "", "Jonathan Pryce", "Police and Crime Commissioner for West Mercia"]),
    ],
)

add(
    "sealed11_17_two_in_one_paragraph",
    "two_in_one_paragraph",
    "html",
    "Bedfordshire Police",
    "Bedfordshire Police and Crime Commissioner",
    ("Farida Choudhury", "Police and Crime Commissioner for Bedfordshire"),
    "2025-06-11",
    [
        item("2", "agree", "in_progress"),
        item("4", "agree", "implemented"),
        item("8", "agree", "planned"),
        item("9", "agree", "in_progress"),
    ],
    [
        ("title", "Improving the response to organised immigration crime: my response"),
        ("date", "11 June 2025"),
        (
            "p",
            "The Inspectorate published its report on 16 May 2025. This is my response as Police and Crime Commissioner.",
        ),
        (
            "p",
            "Bedfordshire is a small force with big-city challenges, and Luton Airport and the M1 bring organised immigration crime to our doorstep. I therefore welcome the report.",
        ),
        ("heading", "Intelligence: recommendations 2 and 4"),
        (
            "p",
            "I agree with both recommendations. On the first, Bedfordshire Police has checked every NCCU referral made since January and found that an intelligence submission was missing in about a third of them; officers who report to the NCCU are now reminded by the control room to submit one, and the force is building an automatic reminder into its systems. On the second, the force’s OIC intelligence plan has been written and agreed with the Eastern Region Special Operations Unit, and it is already shaping tasking.",
        ),
        ("heading", "Hydra training"),
        (
            "p",
            "I agree. Bedfordshire Police will run Hydra for its major crime and intelligence leads in September, with the Modern Slavery and Organised Immigration Crime Unit facilitating.",
        ),
        ("heading", "E-learning"),
        (
            "p",
            "I agree. Around 300 officers have completed the four modules so far, and the force expects the rest of its frontline staff to finish by March 2026.",
        ),
        ("sign", ["Farida Choudhury", "Police and Crime Commissioner for Bedfordshire"]),
    ],
)

add(
    "sealed11_18_two_in_one_paragraph",
    "two_in_one_paragraph",
    "docx",
    "Cambridgeshire Constabulary",
    "Cambridgeshire Police and Crime Commissioner",
    ("Andrew Lockwood", "Police and Crime Commissioner for Cambridgeshire and Peterborough"),
    "2025-07-07",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "planned", cc="accept"),
        item("8", "support", "in_progress", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Police and Crime Commissioner for Cambridgeshire and Peterborough"]),
        ("date", "7 July 2025"),
        (
            "address",
            [
                "HM Chief Inspector of Constabulary",
                "HM Inspectorate of Constabulary and Fire & Rescue Services",
                "By email",
            ],
        ),
        ("salutation", "Dear HM Chief Inspector"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for your report. Section 55 of the Police Act 1996 requires me to comment on it, and I do so below, having received the Chief Constable’s response.",
        ),
        (
            "p",
            "The Chief Constable has accepted recommendations 2 and 4, which are about intelligence, and I support them. Since June every NCCU referral made by a Cambridgeshire officer has generated an intelligence submission through a new form on the force’s mobile devices, which I saw demonstrated at my last accountability meeting. A plan for collecting, analysing and sharing OIC information is not yet in place; the Head of Intelligence will begin writing one in September, drawing on the Eastern Region Special Operations Unit’s threat assessment.",
        ),
        (
            "p",
            "The Chief Constable has also accepted recommendations 8 and 9, on training, and again I support them. The Hydra package has been delivered to the force’s major investigation team and will be extended to the intelligence directorate this autumn. The four e-learning modules are live, but completion is low at 22% and I have asked the force to improve on this.",
        ),
        ("p", "I will continue to monitor progress and report on it publicly."),
        (
            "sign",
            ["Yours sincerely", "Andrew Lockwood", "Police and Crime Commissioner for Cambridgeshire and Peterborough"],
        ),
    ],
)

add(
    "sealed11_19_two_in_one_paragraph",
    "two_in_one_paragraph",
    "pdf",
    "Hertfordshire Constabulary",
    "Hertfordshire Police and Crime Commissioner",
    ("Thomas Gadsby", "Police and Crime Commissioner for Hertfordshire"),
    "2025-07-29",
    [
        item("4", "agree", "implemented"),
        item("8", "support", "in_progress"),
        item("9", "support", "in_progress"),
    ],
    [
        ("letterhead", ["Hertfordshire Police and Crime Commissioner", "Welwyn Garden City"]),
        ("date", "29 July 2025"),
        ("address", ["HMICFRS", "By email"]),
        ("salutation", "Dear Sir or Madam,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "I write in response to the above report. I apologise that my response is late: I wanted to be able to include the outcome of the force's review of its OIC intelligence arrangements.",
        ),
        (
            "p",
            "I agree with recommendation 4. The review, completed in July, led the force to adopt a new plan for collecting, analysing and sharing information on organised immigration crime, and having seen it I am satisfied that the recommendation is met. The plan sets out intelligence requirements, a quarterly analytical product and the routes by which information is shared with the Eastern Region Special Operations Unit and Immigration Enforcement.",
        ),
        (
            "p",
            "Recommendations 8 and 9 deal with Hydra and the e-learning modules, and I support both. The force is identifying which of its staff count as relevant personnel for each, and will set a timetable once that work is finished in September.",
        ),
        ("p", "I will keep the Chief Constable's progress under review at my quarterly Strategic Board."),
        ("sign", ["Yours faithfully", "Thomas Gadsby", "Police and Crime Commissioner for Hertfordshire"]),
        ("footer", "Office of the Police and Crime Commissioner for Hertfordshire"),
    ],
    late=True,
    unanswered=["2"],
)

# ------------------------------------------------------------------------------------------------
# blanket

add(
    "sealed11_20_blanket",
    "blanket",
    "txt",
    "Kent Police",
    "Kent Police and Crime Commissioner",
    ("Stephen Harcourt", "Kent Police and Crime Commissioner"),
    "2025-06-20",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "in_progress"),
        item("8", "accept", "planned"),
        item("9", "accept", "planned"),
    ],
    [
        ("letterhead", ["Kent Police and Crime Commissioner", "Maidstone"]),
        ("date", "20 June 2025"),
        ("address", ["HM Inspectorate of Constabulary and Fire & Rescue Services"]),
        ("salutation", "Dear Inspectorate,"),
        ("title", "HMICFRS report: Improving the response to organised immigration crime"),
        (
            "p",
            "Kent sees more organised immigration crime than almost any other county, and I have read the report closely. I accept all of the recommendations made to chief constables. Kent Police already does much of what the report asks, but there is more to do.",
        ),
        (
            "p",
            "The force has required an intelligence submission after every NCCU referral since 2023, and the Serious Crime Directorate checks compliance each month. A refreshed OIC collection plan, replacing the 2023 version, is being written with the National Crime Agency and Immigration Enforcement and will be finished in the autumn.",
        ),
        (
            "p",
            "On training, the Hydra package and the four e-learning modules will both be rolled out in Kent from September 2025, starting with the Serious Crime Directorate and the officers who police the Port of Dover.",
        ),
        ("p", "I will hold the Chief Constable to account for delivery through my Performance and Delivery Board."),
        ("sign", ["Yours faithfully,", "Stephen Harcourt", "Kent Police and Crime Commissioner"]),
    ],
)

add(
    "sealed11_21_blanket",
    "blanket",
    "txt",
    "Norfolk Constabulary",
    "Norfolk Police and Crime Commissioner",
    ("Lucy Brundall", "Police and Crime Commissioner for Norfolk"),
    None,
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "not_stated", cc="accept"),
        item("8", "support", "not_stated", cc="accept"),
        item("9", "support", "not_stated", cc="accept"),
    ],
    [
        ("letterhead", ["OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR NORFOLK", "Wymondham"]),
        (
            "title",
            "Improving the response to organised immigration crime - response from the Police and Crime Commissioner for Norfolk",
        ),
        (
            "p",
            "HMICFRS published this report in May 2025. It makes ten recommendations, four of which are for chief constables.",
        ),
        (
            "p",
            "The Chief Constable has accepted every recommendation directed to forces, and I fully support them. I will monitor the force’s progress through my Police Accountability Forum.",
        ),
        (
            "p",
            "I am particularly pleased that Norfolk officers already complete an intelligence report whenever they refer a case to the National Command and Control Unit; the force made this a requirement last year.",
        ),
        ("sign", ["Lucy Brundall", "Police and Crime Commissioner for Norfolk"]),
    ],
)

add(
    "sealed11_22_blanket",
    "blanket",
    "html",
    "Suffolk Constabulary",
    "Suffolk Police and Crime Commissioner",
    ("Martin Cordwell", "Police and Crime Commissioner for Suffolk"),
    "2025-06-05",
    [
        item("2", "agree", "in_progress"),
        item("4", "agree", "in_progress"),
        item("8", "agree", "in_progress"),
        item("9", "agree", "in_progress"),
    ],
    [
        ("title", "Commissioner welcomes inspection report on organised immigration crime"),
        ("date", "5 June 2025"),
        (
            "p",
            "Suffolk’s Police and Crime Commissioner, Martin Cordwell, has responded to the national inspection report Improving the response to organised immigration crime, published by HMICFRS on 16 May.",
        ),
        (
            "quote",
            "I agree with all of the recommendations the Inspectorate has made to chief constables. Suffolk has a busy container port at Felixstowe and we know organised criminals use it to move people as well as goods. I want Suffolk Constabulary to be among the first forces to meet every one of them.",
        ),
        (
            "p",
            "In his formal response to the Inspectorate, the Commissioner said Suffolk Constabulary had already started work on all four. A new procedure requiring officers to submit intelligence after every referral to Immigration Enforcement’s National Command and Control Unit is being trialled in the west of the county, and the force’s intelligence team is preparing a collection and sharing plan for organised immigration crime with the Eastern Region Special Operations Unit.",
        ),
        (
            "p",
            "On training, 20 detectives have completed the Hydra exercise and more sessions are being arranged, while the four e-learning modules have been added to the learning platform for all frontline officers, with completion monitored each month.",
        ),
        (
            "p",
            "The Commissioner will review progress with the Chief Constable at his public Accountability and Performance Panel in September.",
        ),
        ("footer", "Suffolk Police and Crime Commissioner news"),
    ],
)

add(
    "sealed11_23_blanket",
    "blanket",
    "pdf",
    "Hampshire and Isle of Wight Constabulary",
    "Hampshire and Isle of Wight Police and Crime Commissioner",
    ("Philippa Drummond", "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
    "2025-07-07",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "in_progress"),
        item("8", "accept", "not_started"),
        item("9", "accept", "in_progress"),
    ],
    [
        (
            "letterhead",
            ["Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight", "Winchester"],
        ),
        ("date", "7 July 2025"),
        ("address", ["HMICFRS", "By email"]),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "I am grateful for the report and accept its recommendations in full. With the ports at Southampton and Portsmouth and the ferry routes to the island, organised immigration crime is a real risk in this force area.",
        ),
        (
            "p",
            "Hampshire and Isle of Wight Constabulary has reviewed the four recommendations addressed to chief constables and shared its progress with me. The intelligence submission for NCCU referrals is now part of standard procedure, backed by a supervisor's check on every referral. The constabulary's OIC intelligence plan is being refreshed with the South East Regional Organised Crime Unit and is on course for completion in November.",
        ),
        (
            "p",
            "The Hydra package has not yet been scheduled; the constabulary is waiting for national guidance on who counts as relevant personnel. The four e-learning modules have been made mandatory for investigators and response officers, and 41% have completed them so far.",
        ),
        ("p", "I will continue to oversee this work through my Accountability Board."),
        ("sign", ["Philippa Drummond", "Police and Crime Commissioner for Hampshire and the Isle of Wight"]),
        ("footer", "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
    ],
)

# ------------------------------------------------------------------------------------------------
# mixed_stances

add(
    "sealed11_24_mixed_stances",
    "mixed_stances",
    "docx",
    "Surrey Police",
    "Surrey Police and Crime Commissioner",
    ("Alison Pemberton", "Police and Crime Commissioner for Surrey"),
    "2025-06-25",
    [
        item("2", "agree", "implemented"),
        item("4", "agree", "in_progress"),
        item("8", "partially_agree", "planned"),
        item("9", "note", "not_started"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Surrey", "Guildford"]),
        ("date", "25 June 2025"),
        ("address", ["HM Inspectorate of Constabulary and Fire & Rescue Services", "By email"]),
        ("salutation", "Dear HM Inspector,"),
        ("title", "Response to the report Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for your report. My views on each of the four recommendations to chief constables are below. They are informed by a discussion with the Chief Constable, but they are my own.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "I agree. Surrey Police has told me that intelligence submissions after NCCU referrals are already mandatory, and a recent audit found one in 48 of 50 cases. I am satisfied that this is in place.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "I agree. The force is developing its OIC intelligence plan with the South East Regional Organised Crime Unit and expects to complete it before the December deadline.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "I partially agree with this recommendation. Hydra is a valuable exercise for senior detectives and I want Surrey’s to take part, but I am not convinced it is a good use of time for every role the report describes as relevant. Surrey Police will put its senior investigating officers through Hydra by April 2026 and will not extend it further unless the national picture changes.",
        ),
        ("heading", "Recommendation 9"),
        (
            "p",
            "I note this recommendation. The e-learning modules are being revised nationally, and the force will decide which staff need to complete them once the new versions are released. No officers have been asked to complete them yet, and I do not think it sensible to ask them to work through material that is about to change.",
        ),
        ("p", "I will review the force’s progress again in the autumn."),
        ("sign", ["Yours sincerely", "Alison Pemberton", "Police and Crime Commissioner for Surrey"]),
    ],
)

add(
    "sealed11_25_mixed_stances",
    "mixed_stances",
    "html",
    "Sussex Police",
    "Sussex Police and Crime Commissioner",
    ("Gareth Lindqvist", "Sussex Police and Crime Commissioner"),
    "2025-07-01",
    [
        item("2", "accept", "implemented", cc="accept"),
        item("4", "accept", "in_progress", cc="accept"),
        item("8", "disagree", "not_started", cc="disagree"),
    ],
    [
        ("title", "Improving the response to organised immigration crime – Commissioner’s response"),
        ("date", "1 July 2025"),
        (
            "p",
            "The Inspectorate’s report was published on 16 May 2025. I have discussed it with the Chief Constable, and our responses are below.",
        ),
        ("heading", "Intelligence after NCCU referrals (recommendation 2)"),
        (
            "p",
            "The Chief Constable has accepted this recommendation and so do I. Sussex Police has reissued its guidance and now checks compliance through its intelligence hub every week.",
        ),
        ("heading", "Collecting, analysing and sharing information (recommendation 4)"),
        (
            "p",
            "Again, the Chief Constable has accepted this recommendation and I accept it too. Sussex Police is working with the South East Regional Organised Crime Unit on an OIC problem profile, which will form the basis of the plan.",
        ),
        ("heading", "Hydra (recommendation 8)"),
        (
            "p",
            "The Chief Constable does not accept this recommendation. Sussex Police takes the view that the Hydra package is designed for a small number of specialist roles, and that requiring all relevant personnel to complete it, as the recommendation is worded, would take officers away from frontline duties for little benefit. I have considered the force’s reasoning and I share its view. Sussex does not intend to take any action on this recommendation.",
        ),
        (
            "p",
            "I will keep all of this under review through my Performance and Accountability Meetings, which are broadcast online.",
        ),
        ("sign", ["Gareth Lindqvist", "Sussex Police and Crime Commissioner"]),
    ],
    unanswered=["9"],
)

add(
    "sealed11_26_mixed_stances",
    "mixed_stances",
    "txt",
    "Avon and Somerset Police",
    "Avon and Somerset Police and Crime Commissioner",
    ("Kieran Oduya", "Police and Crime Commissioner for Avon and Somerset"),
    "2025-06-14",
    [
        item("2", "note", "implemented"),
        item("4", "agree", "in_progress"),
        item("8", "agree", "in_progress"),
        item("9", "partially_agree", "in_progress"),
    ],
    [
        ("letterhead", ["Avon and Somerset Police and Crime Commissioner", "Portishead"]),
        ("date", "14 June 2025"),
        ("address", ["HM Inspectorate of Constabulary and Fire & Rescue Services", "By email"]),
        ("salutation", "Dear Sir or Madam"),
        ("title", "Improving the response to organised immigration crime - my response"),
        (
            "p",
            "I have read the report and discussed it with the Chief Constable. My views differ from one recommendation to the next, so I take each in turn.",
        ),
        (
            "p",
            "Recommendation 2 (intelligence submissions after NCCU referrals). I note this recommendation. Avon and Somerset Police tells me it refers very few cases to the NCCU and that officers already submit intelligence in almost every one. I have not asked the force to do more at this stage.",
        ),
        (
            "p",
            "Recommendation 4 (plans to collect, analyse and share OIC information). I agree. The force has commissioned an OIC problem profile from its intelligence directorate, due in September, and a plan will follow.",
        ),
        (
            "p",
            "Recommendation 8 (Hydra). I agree, and I am glad the force has already put 30 investigators through Hydra this year. Two more sessions are booked.",
        ),
        (
            "p",
            "Recommendation 9 (the four e-learning modules). I partially agree. The modules are worthwhile for officers who investigate or gather intelligence on OIC, but I would not want every frontline officer taken off duty to complete all four. The force is still working out which roles should complete them.",
        ),
        ("p", "I will write to you again if anything changes."),
        ("sign", ["Kieran Oduya", "Police and Crime Commissioner for Avon and Somerset"]),
    ],
)

# ------------------------------------------------------------------------------------------------
# cc_annex

add(
    "sealed11_27_cc_annex",
    "cc_annex",
    "pdf",
    "Devon and Cornwall Police",
    "Devon and Cornwall Police and Crime Commissioner",
    ("Rosalind Pengelly", "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
    "2025-07-08",
    [
        item("2", "support", "planned", cc="accept"),
        item("4", "support", "implemented", cc="accept"),
        item("8", "support", "in_progress", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner", "Devon, Cornwall and the Isles of Scilly"]),
        ("date", "8 July 2025"),
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS"]),
        ("salutation", "Dear HM Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for the report. With the longest coastline of any force in England, and ports at Plymouth and Falmouth, Devon and Cornwall Police has a particular interest in how organised immigration crime is tackled.",
        ),
        (
            "p",
            "I support all four recommendations made to chief constables. I asked the Chief Constable for his response, which is attached at Annex A. I will track progress through my Performance and Accountability Board.",
        ),
        (
            "sign",
            [
                "Yours sincerely",
                "Rosalind Pengelly",
                "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly",
            ],
        ),
        ("heading", "Annex A: Chief Constable's response"),
        (
            "p",
            "Recommendation 2. Accepted. From 1 August 2025 officers will be required to complete the intelligence submission on their mobile device at the point of referral to the NCCU.",
        ),
        (
            "p",
            "Recommendation 4. Accepted. An OIC intelligence collection plan is in place and was refreshed in June. It is shared with the South West Regional Organised Crime Unit and with Border Force.",
        ),
        (
            "p",
            "Recommendation 8. Accepted. Hydra sessions have been delivered to the Major Crime Investigation Team; sessions for intelligence staff follow in the autumn.",
        ),
        (
            "p",
            "Recommendation 9. Accepted. The four e-learning modules were assigned to all officers in June, and completion will be reported quarterly.",
        ),
        ("sign", ["Chief Constable", "Devon and Cornwall Police"]),
        ("footer", "OPCC Devon, Cornwall and the Isles of Scilly"),
    ],
)

add(
    "sealed11_28_cc_annex",
    "cc_annex",
    "docx",
    "Dorset Police",
    "Dorset Police and Crime Commissioner",
    ("Edward Blandford", "Police and Crime Commissioner for Dorset"),
    "2025-07-02",
    [
        cc_item("2", "agree", "implemented"),
        cc_item("4", "agree", "in_progress"),
        cc_item("8", "partially_agree", "not_started"),
        cc_item("9", "agree", "in_progress"),
    ],
    [
        ("letterhead", ["Dorset Police and Crime Commissioner"]),
        ("date", "2 July 2025"),
        ("salutation", "Dear Inspectorate,"),
        ("title", "HMICFRS – Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for the report. I have asked the Chief Constable to respond to the four recommendations made to chief constables, and her response is annexed to this letter. I will hold her to account for delivering it through my Accountability Board and will publish updates on my website.",
        ),
        ("sign", ["Edward Blandford", "Police and Crime Commissioner for Dorset"]),
        ("heading", "Annex: Response of the Chief Constable of Dorset Police"),
        (
            "p",
            "Recommendation 2 – I agree. Dorset Police already requires an intelligence report whenever an officer contacts the NCCU, and checks on this are part of the Force Intelligence Bureau’s monthly quality assurance.",
        ),
        (
            "p",
            "Recommendation 4 – I agree. Dorset’s OIC collection plan is being reviewed alongside the force’s serious and organised crime strategic assessment, and a revised plan is due in November.",
        ),
        (
            "p",
            "Recommendation 8 – I partially agree. Dorset Police will make sure detectives in the Major Crime Investigation Team complete Hydra, but I do not accept that the package is needed for all relevant personnel as the report defines them, given the size of the force and the time each session takes. No sessions have taken place yet.",
        ),
        (
            "p",
            "Recommendation 9 – I agree. The four e-learning modules are now mandatory for all frontline and investigative officers, and 86% have finished them.",
        ),
        ("sign", ["Amanda Pollard", "Chief Constable, Dorset Police"]),
    ],
)

# ------------------------------------------------------------------------------------------------
# regional_afi (soc-yh-2025)

add(
    "sealed11_29_regional_afi",
    "regional_afi",
    "txt",
    "Humberside Police",
    "Humberside Police and Crime Commissioner",
    ("Patrick Vesey", "Police and Crime Commissioner for Humberside"),
    "2026-02-03",
    [
        item("1", "accept", "in_progress"),
        item("2", "accept", "planned"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Humberside"]),
        ("date", "3 February 2026"),
        ("address", ["HM Inspectorate of Constabulary and Fire & Rescue Services", "By email"]),
        ("salutation", "Dear HM Inspector,"),
        ("title", "An inspection of the Yorkshire and Humber regional response to serious and organised crime"),
        (
            "p",
            "Thank you for this report, which looked at the Yorkshire and Humber Regional Organised Crime Unit and its four constituent forces. I have discussed it with the Chief Constable of Humberside Police and with the other policing bodies in the region.",
        ),
        ("p", "The report makes two areas for improvement for the ROCU and the forces. I accept both."),
        ("heading", "Area for improvement 1: working together"),
        (
            "p",
            "The regional collaboration board has agreed revised terms of reference so that each force’s head of crime attends, and a shared tasking process between the ROCU and the forces’ serious and organised crime units started on a trial basis in January. The collaboration agreement itself is being rewritten and should be signed by the four policing bodies in the summer.",
        ),
        ("heading", "Area for improvement 2: technical surveillance equipment"),
        (
            "p",
            "From April 2026 the region will move to a single procurement framework for technical surveillance equipment, managed by the ROCU on behalf of all four forces, with a shared register so that equipment can be loaned between them.",
        ),
        (
            "p",
            "I will continue to monitor progress through the regional collaboration board and my own scrutiny arrangements.",
        ),
        ("sign", ["Yours sincerely", "Patrick Vesey", "Police and Crime Commissioner for Humberside"]),
    ],
    report=SOC,
)

add(
    "sealed11_30_regional_afi",
    "regional_afi",
    "html",
    "North Yorkshire Police",
    "Mayor of York and North Yorkshire",
    ("Hannah Merriman", "Deputy Mayor for Police, Fire and Crime"),
    "2026-02-12",
    [
        cc_item("1", "accept", "implemented"),
        cc_item("2", "accept", "in_progress"),
    ],
    [
        (
            "title",
            "Response to An inspection of the Yorkshire and Humber regional response to serious and organised crime",
        ),
        ("date", "12 February 2026"),
        (
            "p",
            "This is the response of the Mayor of York and North Yorkshire to the Inspectorate’s report. Under the Mayor’s arrangements, police and crime functions are exercised by the Deputy Mayor for Police, Fire and Crime.",
        ),
        (
            "p",
            "North Yorkshire Police has considered the two areas for improvement in the report. The Chief Constable has accepted both and has set out the force’s progress, which I summarise here.",
        ),
        ("heading", "A. How the ROCU and the forces work together"),
        (
            "p",
            "A joint tasking and co-ordination meeting, chaired by the ROCU and attended by all four forces, has met every month since October 2025, and regional and force intelligence on serious and organised crime is now held on one shared platform.",
        ),
        ("heading", "B. Buying and using technical surveillance equipment"),
        (
            "p",
            "The ROCU has begun an audit of all the technical surveillance equipment held across the region. It will report to the regional collaboration board in March, after which the forces will agree a joint approach to buying and deploying equipment.",
        ),
        ("p", "I welcome this progress and will ask for a further update in the summer."),
        (
            "sign",
            [
                "Hannah Merriman",
                "Deputy Mayor for Police, Fire and Crime",
                "York and North Yorkshire Combined Authority",
            ],
        ),
    ],
    report=SOC,
)


def main() -> None:
    about = "Thirty synthetic, hand-written and hand-labelled responses to the HMICFRS organised immigration crime and Yorkshire and Humber serious and organised crime reports, kept from tuning; schema as tests/ingest/sealed/truth.json; split 'sealed11'."
    corpus.write_set(HERE, about, ((blocks, truth) for truth, blocks in LETTERS))


if __name__ == "__main__":
    main()
