# ruff: noqa: E501  (letter text is data: long sentences are kept whole)
"""Build the sealed10 set: ``letters/`` and ``truth.json``, reproducibly.

    .venv/bin/python tests/ingest/sealed10/build.py

A held-out set of 30 hand-written response letters (kept from tuning: measured, never tuned on), written
independently of the reader by a separate writer, in the voices of many different commissioners' offices. It holds
tables (docx, html, pdf), letters with paraphrased headings, bare labels, flattened prose, two findings answered in
one paragraph, blanket stances, mixed stances, a chief constable's annex and two regional responses to the
Yorkshire and Humber serious and organised crime inspection, with each letter's truth labelled by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
sys.path.insert(0, str(CORPUS))

import build as corpus  # noqa: E402

SPLIT = "sealed10"
OIC = "oic-2025"
SOC = "soc-yh-2025"
OIC_TITLE = "Improving the response to organised immigration crime"
SOC_TITLE = "An inspection of the Yorkshire and Humber regional response to serious and organised crime"

Blocks = list[tuple[str, Any]]
LETTERS: list[tuple[dict[str, Any], Blocks]] = []
add = corpus.letter_adder(LETTERS, split=SPLIT)
item = corpus.item

HMICFRS = [
    "His Majesty's Chief Inspector of Constabulary",
    "HMICFRS",
    "Globe House",
    "89 Eccleston Square",
    "London SW1V 1PN",
]

# ------------------------------------------------------------------------------------------------
# Tables

add(
    "s10-01",
    "table",
    "docx",
    "Cleveland Police",
    "Cleveland Police and Crime Commissioner",
    ("Rachel Ambrose", "Police and Crime Commissioner for Cleveland"),
    "2025-07-04",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner for Cleveland",
                "PO Box 70, Middlesbrough TS1 9EE",
                "pcc@cleveland.example.gov.uk",
            ],
        ),
        ("date", "4 July 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Re: {OIC_TITLE} – response of the Police and Crime Commissioner"),
        (
            "p",
            "Thank you for the report, published on 16 May 2025. Section 55 of the Police Act 1996 requires me to publish my comments on it, and this letter does that.",
        ),
        (
            "p",
            "Cleveland does not see the volumes of organised immigration crime that some forces do, but the Teesside ports and the A19 and A66 corridors mean we have a real part to play. I have been through the report with the Chief Constable. I support the four recommendations addressed to chief constables (2, 4, 8 and 9), and the Chief Constable has accepted each of them. The table shows where the force has got to.",
        ),
        (
            "table",
            [
                ["Rec", "What the report asks", "Force position", "Progress reported to me"],
                [
                    "2",
                    "An intelligence document to be completed every time an officer reports a case to Immigration Enforcement's NCCU",
                    "Accepted",
                    "Done. Since 2 June 2025 the control room log cannot be closed on an NCCU referral until the intelligence submission reference has been entered. The Force Intelligence Bureau dip-samples compliance every month.",
                ],
                [
                    "4",
                    "Clear plans to collect, analyse and share information on organised immigration crime",
                    "Accepted",
                    "Under way. The Force Intelligence Bureau is drafting an OIC collection plan with the North East ROCU. It goes to the Serious and Organised Crime Board for sign-off in October 2025.",
                ],
                [
                    "8",
                    "Relevant personnel to complete the Hydra package, with the MS&OIC Unit",
                    "Accepted",
                    "Planned. A Hydra exercise for detective sergeants and the modern slavery and OIC leads is booked with the MS&OIC Unit for November 2025.",
                ],
                [
                    "9",
                    "Relevant personnel to complete the four OIC e-learning modules",
                    "Accepted",
                    "In progress. Modules 1 and 2 are now mandatory for response and neighbourhood officers and 58% have completed them. Modules 3 and 4 will be assigned in the autumn.",
                ],
            ],
        ),
        (
            "p",
            "The remaining recommendations are for the Home Office, the National Crime Agency and others, and I make no comment on them here.",
        ),
        (
            "p",
            "I will follow these through at my quarterly scrutiny meeting with the Chief Constable and will publish an update on the e-learning figures early in the new year.",
        ),
        ("sign", ["Yours sincerely,", "", "Rachel Ambrose", "Police and Crime Commissioner for Cleveland"]),
    ],
)

add(
    "s10-02",
    "table",
    "docx",
    "Durham Constabulary",
    "Durham Police and Crime Commissioner",
    ("Graham Pettifer", "Police and Crime Commissioner"),
    "2025-06-27",
    [
        item("2", "agree", "implemented", by="chief_constable", cc="agree"),
        item("4", "agree", "implemented", by="chief_constable", cc="agree"),
        item("8", "agree", "not_started", by="chief_constable", cc="agree"),
        item("9", "agree", "in_progress", by="chief_constable", cc="agree"),
    ],
    [
        ("letterhead", ["Durham Police and Crime Commissioner", "Police Headquarters, Aykley Heads, Durham DH1 5TT"]),
        ("p", "Our ref: GP/HMI/25/031"),
        ("date", "27/06/2025"),
        ("address", ["HMICFRS", "By email"]),
        ("salutation", "Dear HM Inspector"),
        ("title", f"HMICFRS thematic inspection: {OIC_TITLE}"),
        (
            "p",
            "I enclose the response of Durham Constabulary to the recommendations of your report that are addressed to chief constables. The Chief Constable's responses were provided to me in June, and I have added my own observations in the final column.",
        ),
        (
            "table",
            [
                ["Recommendation", "Chief Constable's response", "Status", "Commissioner's comments"],
                [
                    "Recommendation 2 – intelligence submission after every NCCU referral",
                    "Agreed. A mandatory field for the intelligence reference has been added to the NCCU referral form used by custody and response officers.",
                    "Complete",
                    "I have asked for an audit of compliance in six months' time.",
                ],
                [
                    "Recommendation 4 – plans to collect, analyse and share OIC information",
                    "Agreed. The force's organised immigration crime problem profile (March 2025) sets out collection requirements and is shared with partners through the regional intelligence unit.",
                    "Complete – to be reviewed annually",
                    "I would like to see the next refresh when it is done.",
                ],
                [
                    "Recommendation 8 – Hydra training package",
                    "Agreed. The force is waiting for course dates from the MSOIC Unit before any staff can be booked.",
                    "Not started",
                    "I will raise this at the next Joint Audit Committee.",
                ],
                [
                    "Recommendation 9 – four OIC e-learning modules",
                    "Agreed. The four modules were assigned to all relevant staff in May 2025.",
                    "In progress (41% completed)",
                    "Progress will be reported to my Police and Crime Panel.",
                ],
            ],
        ),
        ("p", "Should you require anything further, my office will be pleased to help."),
        ("sign", ["Yours faithfully", "Graham Pettifer", "Police and Crime Commissioner"]),
    ],
)

add(
    "s10-03",
    "table",
    "html",
    "Northumbria Police",
    "Northumbria Police and Crime Commissioner",
    ("Simon Delacourt", "Police and Crime Commissioner for Northumbria"),
    "2025-07-08",
    [
        item("2", "accept", "in_progress"),
        item("4", "accept", "implemented"),
        item("8", "accept", "in_progress"),
        item("9", "accept", "in_progress"),
    ],
    [
        ("title", f"PCC response: {OIC_TITLE}"),
        ("date", "8 July 2025"),
        (
            "p",
            "HMICFRS published its national inspection of the police response to organised immigration crime on 16 May 2025. Ten recommendations were made, four of them to chief constables.",
        ),
        (
            "p",
            "I accept each of the four recommendations made to chief constables. I asked Northumbria Police for an update on every one of them, and its answers are summarised below in my own words.",
        ),
        (
            "table",
            [
                ["No.", "What HMICFRS asked", "Where we are"],
                [
                    "2",
                    "Officers who report a case to Immigration Enforcement's National Command and Control Unit should always complete and submit the intelligence document.",
                    "A new intelligence step for NCCU referrals has been running as a pilot in the Northern Area Command since July. If it works, it will be rolled out across the force in January 2026.",
                ],
                [
                    "4",
                    "Clear plans to collect, analyse and share information on organised immigration crime.",
                    "Complete. Northumbria's OIC intelligence requirement was published in May 2025 and is shared every month with the regional organised crime unit and Border Force at the Port of Tyne.",
                ],
                [
                    "8",
                    "Relevant personnel to complete the Hydra training package.",
                    "Two Hydra sessions have been run with the MS&OIC Unit (June 2025). A third is due in February 2026.",
                ],
                [
                    "9",
                    "Relevant personnel to complete the four modules of the OIC e-learning.",
                    "The modules are live on the force learning platform. Completion stands at 37% and is rising month on month.",
                ],
            ],
        ),
        ("p", "I will keep this under review through my Scrutiny and Accountability Board."),
        ("sign", ["Simon Delacourt", "Police and Crime Commissioner for Northumbria"]),
        ("footer", "Office of the Police and Crime Commissioner for Northumbria"),
    ],
)

add(
    "s10-04",
    "table",
    "html",
    "Merseyside Police",
    "Merseyside Police and Crime Commissioner",
    ("Deborah Kinsella", "Police and Crime Commissioner for Merseyside"),
    "2025-07-18",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "in_progress", cc="accept"),
        item("9", "support", "not_started", cc="accept"),
    ],
    [
        ("letterhead", ["Merseyside Police and Crime Commissioner", "Mather Avenue, Liverpool L18 6JX"]),
        ("date", "18 July 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Sir or Madam,"),
        ("title", OIC_TITLE),
        (
            "p",
            "Please accept my apologies for the delay in sending this response, which is later than the 56 days set out in the Police Act 1996.",
        ),
        (
            "p",
            "Merseyside Police has accepted all four recommendations which apply to chief constables, and I fully support that position. Liverpool's port and airport mean the force sees organised immigration crime first hand, and the findings will be taken seriously here.",
        ),
        ("p", "The force's progress is set out below using its own RAG rating."),
        (
            "table",
            [
                ["Recommendation", "Update from Merseyside Police", "RAG"],
                [
                    "2",
                    "Every NCCU referral now generates an automatic task for the reporting officer to submit an intelligence report; the task cannot be closed without one. Introduced in June 2025.",
                    "Green – complete",
                ],
                [
                    "4",
                    "The force's strategic intelligence assessment is being rewritten to include an OIC collection plan, with sharing agreements drafted with Border Force and Immigration Enforcement.",
                    "Amber – in progress",
                ],
                [
                    "8",
                    "Hydra sessions with the MS&OIC Unit began in May for the Matrix and Major Crime teams and continue through the year.",
                    "Amber – in progress",
                ],
                [
                    "9",
                    "The force is waiting for the final version of modules 3 and 4. No staff have yet been enrolled on any of the modules.",
                    "Red – not yet started",
                ],
            ],
        ),
        ("p", "I will ask for a further update when the force next reports to my Police and Crime Panel."),
        ("sign", ["Yours faithfully,", "Deborah Kinsella", "Police and Crime Commissioner for Merseyside"]),
    ],
    late=True,
)

add(
    "s10-05",
    "table",
    "pdf",
    "Lancashire Constabulary",
    "Lancashire Police and Crime Commissioner",
    ("Ian Brockbank", "Police and Crime Commissioner for Lancashire"),
    "2025-07-02",
    [
        item("2", "agree", "implemented"),
        item("4", "agree", "planned"),
        item("8", "agree", "in_progress"),
        item("9", "agree", "in_progress"),
    ],
    [
        ("letterhead", ["POLICE AND CRIME COMMISSIONER FOR LANCASHIRE", "County Hall, Preston PR1 0LD"]),
        ("date", "2 July 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Chief Inspector"),
        ("title", f"Response to the HMICFRS report '{OIC_TITLE}'"),
        (
            "p",
            "I welcome the opportunity to respond. I agree with the recommendations the report makes of chief constables, and I have asked Lancashire Constabulary to set out how it is meeting them. The force's response follows.",
        ),
        (
            "table",
            [
                ["Recommendation", "Lancashire Constabulary response", "Target date"],
                [
                    "2. Intelligence document after each NCCU referral",
                    "Our Force Control Room procedure already requires officers who refer to the NCCU to submit an intelligence report. It was re-briefed in May 2025 and an audit found 96% compliance.",
                    "Achieved",
                ],
                [
                    "4. Plans to collect, analyse and share OIC information",
                    "A tactical OIC intelligence plan will be written by the Intelligence Directorate and presented to the Force Tasking and Co-ordination Group.",
                    "November 2025",
                ],
                [
                    "8. Hydra training package",
                    "The first cohort of 24 investigators completed Hydra in June 2025. Further sessions are booked up to March 2026.",
                    "March 2026",
                ],
                [
                    "9. Four OIC e-learning modules",
                    "The four modules have been allocated to frontline officers, detention officers and contact staff. Completion currently stands at 63%.",
                    "April 2026",
                ],
            ],
        ),
        ("p", "I will monitor delivery through my Strategic Scrutiny Meeting."),
        ("sign", ["Yours sincerely", "Ian Brockbank", "Police and Crime Commissioner for Lancashire"]),
        ("footer", "Police and Crime Commissioner for Lancashire"),
    ],
)

add(
    "s10-06",
    "table",
    "pdf",
    "Staffordshire Police",
    "Staffordshire Police, Fire and Crime Commissioner",
    ("Helen Marchbank", "Police, Fire and Crime Commissioner for Staffordshire"),
    "2025-06-19",
    [
        item("2", "accept", "in_progress"),
        item("4", "accept", "implemented"),
        item("8", "accept", "planned"),
        item("9", "accept", "in_progress"),
    ],
    [
        (
            "letterhead",
            [
                "Staffordshire Commissioner's Office",
                "Police, Fire and Crime",
                "Block 9, Weston Road, Stafford ST18 0YY",
            ],
        ),
        ("date", "19 June 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear HMICFRS,"),
        ("title", f"{OIC_TITLE} (May 2025)"),
        (
            "p",
            "This is my response to the inspection report, as required by section 55 of the Police Act 1996. I have discussed it with the Chief Constable, and the table below sets out my position on each recommendation for chief constables and the update I have been given by Staffordshire Police.",
        ),
        (
            "table",
            [
                ["No.", "Summary", "Accepted?", "Update"],
                [
                    "2",
                    "Intelligence document to follow every report to the NCCU",
                    "Yes",
                    "A revised procedure and briefing note are being rolled out to the control room and custody suites. Roll-out is due to finish by December 2025.",
                ],
                [
                    "4",
                    "Plans for collecting, analysing and sharing OIC information",
                    "Yes",
                    "The force's OIC collection plan was approved in April 2025. It is shared with the regional organised crime unit and will be refreshed each year.",
                ],
                [
                    "8",
                    "Hydra training with the MS&OIC Unit",
                    "Yes",
                    "Places for 30 staff have been requested from the MS&OIC Unit. The first session is planned for January 2026.",
                ],
                [
                    "9",
                    "Four modules of OIC e-learning",
                    "Yes",
                    "Modules 1 and 2 have been completed by custody staff. Other staff groups will follow over the autumn.",
                ],
            ],
        ),
        ("p", "I am grateful to the inspectorate for a thorough report."),
        ("sign", ["Yours sincerely,", "Helen Marchbank", "Police, Fire and Crime Commissioner for Staffordshire"]),
        ("footer", "Staffordshire Commissioner – Police, Fire and Rescue, and Crime"),
    ],
)

# ------------------------------------------------------------------------------------------------
# Paraphrased headings

add(
    "s10-07",
    "paraphrase_headings",
    "txt",
    "Cheshire Constabulary",
    "Cheshire Police and Crime Commissioner",
    ("Daniel Frowde", "Police and Crime Commissioner for Cheshire"),
    "2025-06-30",
    [
        item("2", "accept", "implemented", by="chief_constable", cc="accept"),
        item("4", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("8", "accept", "planned", by="chief_constable", cc="accept"),
        item("9", "accept", "in_progress", by="chief_constable", cc="accept"),
    ],
    [
        ("letterhead", ["Police and Crime Commissioner for Cheshire", "Clemonds Hey, Oakmere Road, Winsford CW7 2UA"]),
        ("date", "30th June 2025"),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"{OIC_TITLE}: response from the Police and Crime Commissioner for Cheshire"),
        (
            "p",
            "I have discussed your report with the Chief Constable and set out his response to each of the recommendations for chief constables below.",
        ),
        ("heading", "Submitting intelligence when officers contact the NCCU"),
        (
            "p",
            "The Chief Constable has accepted this recommendation. A new intelligence submission template went live across the force in May 2025 and is now a compulsory step for any officer who contacts the National Command and Control Unit.",
        ),
        ("heading", "Planning how information on organised immigration crime is gathered and shared"),
        (
            "p",
            "Accepted by the Chief Constable. The force Intelligence Hub has begun a review of its collection priorities for organised immigration crime with the North West regional organised crime unit, and the resulting plan is expected to be in place before the end of December.",
        ),
        ("heading", "Hydra training for those who need it"),
        (
            "p",
            "Accepted. The force intends to put its senior investigating officers and public protection supervisors through Hydra before April 2026; dates are being agreed with the MSOIC Unit.",
        ),
        ("heading", "E-learning on organised immigration crime"),
        (
            "p",
            "Accepted. All four modules have been added to the mandatory learning for response and custody officers. Take-up is checked monthly and completion is currently just over half.",
        ),
        (
            "p",
            "I will continue to scrutinise progress through my Corporate Governance Board and will ask for a written update in the new year.",
        ),
        ("sign", ["Yours sincerely", "Daniel Frowde", "Police and Crime Commissioner for Cheshire"]),
    ],
)

add(
    "s10-08",
    "paraphrase_headings",
    "html",
    "Derbyshire Constabulary",
    "Derbyshire Police and Crime Commissioner",
    ("Nadia Whitcombe", "Police and Crime Commissioner for Derbyshire"),
    None,
    [
        item("2", "support", ["not_started", "planned"]),
        item("4", "support", "implemented"),
        item("8", "support", "in_progress"),
        item("9", "support", "implemented"),
    ],
    [
        ("title", f"Commissioner's response to the HMICFRS report: {OIC_TITLE}"),
        (
            "p",
            "I welcome this report and I support its recommendations to chief constables. Organised immigration crime exploits vulnerable people, and our communities expect the police to understand it and act on it. Below I summarise what Derbyshire Constabulary has told me about each area.",
        ),
        ("heading", "Reporting to Immigration Enforcement's command and control unit"),
        (
            "p",
            "Derbyshire Constabulary has not yet begun work on this. It will be taken forward once the force's new command and control system goes live in spring 2026, so that the intelligence step can be built into the system rather than bolted on.",
        ),
        ("heading", "An information plan for organised immigration crime"),
        (
            "p",
            "The force already has an intelligence collection plan for organised immigration crime, agreed with the East Midlands Special Operations Unit in 2024. It covers how information is collected, analysed and shared with partners.",
        ),
        ("heading", "Simulation-based training"),
        (
            "p",
            "Hydra exercises are being delivered with the MSOIC Unit. The first group of detectives took part in June and further groups are scheduled.",
        ),
        ("heading", "Online learning modules"),
        (
            "p",
            "All relevant officers and staff have completed the four modules, and new starters now complete them during their induction.",
        ),
        (
            "p",
            "I will continue to hold the Chief Constable to account for progress, in particular on the first of these areas.",
        ),
        ("sign", ["Nadia Whitcombe", "Police and Crime Commissioner for Derbyshire"]),
    ],
)

add(
    "s10-09",
    "paraphrase_headings",
    "docx",
    "Leicestershire Police",
    "Leicestershire Police and Crime Commissioner",
    ("Rupert Oakley", "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"),
    "2025-07-07",
    [
        item("2", "accept", "in_progress"),
        item("4", "accept", "planned"),
        item("8", "accept", "in_progress"),
        item("9", "accept", "not_stated"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner",
                "Leicester, Leicestershire and Rutland",
                "Force Headquarters, St Johns, Enderby, Leicester LE19 2BX",
            ],
        ),
        ("date", "7 July 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Inspector,"),
        ("title", f"{OIC_TITLE} – Commissioner's comments"),
        (
            "p",
            "Thank you for your report. I accept the four recommendations it makes of chief constables. My comments on each follow.",
        ),
        ("heading", "Intelligence following NCCU referrals"),
        (
            "p",
            "The force has started work on this. The contact management team is changing its referral script so that call handlers prompt officers to submit intelligence whenever a case is passed to the National Command and Control Unit, and supervisors will check this at the end of each shift.",
        ),
        ("heading", "Collection and analysis plans"),
        (
            "p",
            "Leicestershire Police will write a dedicated collection and analysis plan for organised immigration crime in the autumn, so that it is in place by the December 2025 deadline.",
        ),
        ("heading", "Hydra"),
        (
            "p",
            "A first Hydra session was run in June for the Major Crime Unit, and further sessions with the MSOIC Unit will follow.",
        ),
        ("heading", "The e-learning package"),
        (
            "p",
            "I have asked the Chief Constable to update me on completion of the e-learning at my next Strategic Assurance Board.",
        ),
        (
            "sign",
            [
                "Yours sincerely,",
                "Rupert Oakley",
                "Police and Crime Commissioner for Leicester, Leicestershire and Rutland",
            ],
        ),
    ],
)

add(
    "s10-10",
    "paraphrase_headings",
    "pdf",
    "Lincolnshire Police",
    "Lincolnshire Police and Crime Commissioner",
    ("Marcus Tennant", "Police and Crime Commissioner for Lincolnshire"),
    "2025-08-04",
    [
        item("2", "accept", "implemented", cc="accept"),
        item("4", "accept", "in_progress", cc="accept"),
        item("8", "accept", "planned", cc="accept"),
        item("9", "accept", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Lincolnshire Police and Crime Commissioner", "Deepdale Lane, Nettleham, Lincoln LN2 2LT"]),
        ("date", "4 August 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Chief Inspector,"),
        ("title", OIC_TITLE),
        (
            "p",
            "I am sorry this response reaches you after the statutory deadline; it was held back so that it could reflect the force's July performance review.",
        ),
        (
            "p",
            "The Chief Constable and I both accept the recommendations made to chief constables. Lincolnshire's long coastline and its agricultural labour market mean organised immigration crime is a real risk here, even if the numbers recorded are small.",
        ),
        ("heading", "Referrals to the NCCU and the intelligence that should follow"),
        (
            "p",
            "This is done. Officers now submit an intelligence report as part of every NCCU referral, and the Force Control Room will not close the incident without it.",
        ),
        ("heading", "Knowing our organised immigration crime threat"),
        (
            "p",
            "An analyst has been assigned and is producing a collection and analysis plan, which will set out what the force shares with the East Midlands Special Operations Unit and Immigration Enforcement.",
        ),
        ("heading", "Hydra immersive learning"),
        (
            "p",
            "The force will run its first Hydra exercise with the MS&OIC Unit in January 2026 for detective inspectors and the modern slavery team.",
        ),
        ("heading", "Four-module e-learning"),
        (
            "p",
            "Officers and staff in relevant roles are working through the modules now. Completion will be reported to my Police and Crime Panel in November.",
        ),
        ("sign", ["Yours sincerely", "Marcus Tennant", "Police and Crime Commissioner for Lincolnshire"]),
        ("footer", "Lincolnshire Police and Crime Commissioner"),
    ],
    late=True,
)

# ------------------------------------------------------------------------------------------------
# Labels only

add(
    "s10-11",
    "labels_only",
    "txt",
    "Northamptonshire Police",
    "Northamptonshire Police, Fire and Crime Commissioner",
    ("Claire Ventnor", "Police, Fire and Crime Commissioner for Northamptonshire"),
    "2025-06-12",
    [
        item("2", "agree", "in_progress"),
        item("4", "agree", "implemented"),
        item("8", "agree", "planned"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Police, Fire and Crime Commissioner for Northamptonshire",
                "Darby House, Darby Close, Park Farm Industrial Estate, Wellingborough NN8 6GS",
            ],
        ),
        ("date", "12 June 2025"),
        ("salutation", "Dear HM Inspector,"),
        ("title", f"Re: {OIC_TITLE}"),
        ("p", "Thank you for sending me the report. My response to the recommendations is below."),
        ("heading", "Recommendation 2"),
        (
            "p",
            "Agreed. Northamptonshire Police is updating its force policy and the control room's NCCU checklist, and a briefing for frontline sergeants is under way.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "Agreed. The force has an intelligence collection plan in place that covers this crime type, and it shares its assessment with the East Midlands Special Operations Unit each quarter.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "Agreed. The force will seek places on the Hydra package for its investigators in the first quarter of 2026.",
        ),
        ("p", "I will keep progress under review at my Accountability Board."),
        ("sign", ["Kind regards,", "Claire Ventnor", "Police, Fire and Crime Commissioner for Northamptonshire"]),
    ],
    unanswered=["9"],
)

add(
    "s10-12",
    "labels_only",
    "html",
    "Nottinghamshire Police",
    "Nottinghamshire Police and Crime Commissioner",
    ("Lorraine Beckett", "Police and Crime Commissioner for Nottinghamshire"),
    "2025-07-09",
    [
        item("2", "accept", "planned"),
        item("4", "accept", "in_progress"),
        item("8", "accept", "in_progress"),
        item("9", "accept", "not_started"),
    ],
    [
        ("title", f"HMICFRS: {OIC_TITLE} – Commissioner's response"),
        ("p", "Published: 9 July 2025"),
        (
            "p",
            "I accept the recommendations relevant to Nottinghamshire Police. The Chief Constable has given me an update on each, which is summarised here.",
        ),
        (
            "dl",
            [
                (
                    "Recommendation 2",
                    "The control room process will be changed in October 2025, when the new version of the incident recording system is introduced, so that an intelligence submission is prompted every time.",
                ),
                (
                    "Recommendation 4",
                    "The force is mapping the information it already holds and agreeing with regional partners what should be collected and shared. A draft plan is expected in November.",
                ),
                (
                    "Recommendation 8",
                    "Twelve officers from the serious organised crime teams have completed Hydra and a second group is booked for the autumn.",
                ),
                (
                    "Recommendation 9",
                    "Work on this has not yet begun. The force is waiting for national guidance on which roles count as relevant personnel.",
                ),
            ],
        ),
        (
            "p",
            "I will continue to monitor progress as part of my regular performance meetings with the Chief Constable.",
        ),
        ("sign", ["Lorraine Beckett", "Police and Crime Commissioner for Nottinghamshire"]),
    ],
)

add(
    "s10-13",
    "labels_only",
    "pdf",
    "Warwickshire Police",
    "Warwickshire Police and Crime Commissioner",
    ("Tobias Renfrew", "Police and Crime Commissioner for Warwickshire"),
    "2025-06-24",
    [
        item("2", "accept", "implemented", by="chief_constable", cc="accept"),
        item("4", "accept", "implemented", by="chief_constable", cc="accept"),
        item("8", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("9", "accept", "in_progress", by="chief_constable", cc="accept"),
    ],
    [
        ("letterhead", ["Warwickshire Police and Crime Commissioner", "3 Northgate Street, Warwick CV34 4SP"]),
        ("date", "24 June 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Chief Inspector"),
        ("title", f"Response to {OIC_TITLE}"),
        (
            "p",
            "Warwickshire Police has given me the following update on the recommendations for chief constables. I have reviewed it and discussed it with the Chief Constable.",
        ),
        ("heading", "R2"),
        (
            "p",
            "Accepted. Officers making NCCU referrals now complete an intelligence submission as standard; this became mandatory in April 2025.",
        ),
        ("heading", "R4"),
        (
            "p",
            "Accepted. An organised immigration crime collection plan is in place and was last reviewed in May 2025.",
        ),
        ("heading", "R8"),
        (
            "p",
            "Accepted. Hydra training is being delivered to the Serious and Organised Crime Unit, with half of the relevant staff trained so far.",
        ),
        ("heading", "R9"),
        ("p", "Accepted. The e-learning is being rolled out in phases, beginning with response and patrol officers."),
        ("p", "I am satisfied with the progress being made and will continue to follow it up."),
        ("sign", ["Yours sincerely", "Tobias Renfrew", "Police and Crime Commissioner for Warwickshire"]),
        ("footer", "Office of the Police and Crime Commissioner for Warwickshire"),
    ],
)

# ------------------------------------------------------------------------------------------------
# Flattened prose

add(
    "s10-14",
    "flattened",
    "txt",
    "West Mercia Police",
    "West Mercia Police and Crime Commissioner",
    ("Fiona Haldane", "Police and Crime Commissioner for West Mercia"),
    "2025-07-03",
    [
        item("4", "agree", "in_progress"),
        item("8", "agree", "in_progress"),
        item("9", "agree", "implemented"),
    ],
    [
        ("letterhead", ["West Mercia Police and Crime Commissioner", "Hindlip Hall, Worcester WR3 8SP"]),
        ("date", "3 July 2025"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            f"Thank you for the report {OIC_TITLE}. I have read it with interest and have discussed its findings with the Chief Constable.",
        ),
        (
            "p",
            "I agree that forces need clear plans for collecting, analysing and sharing information about organised immigration crime. West Mercia Police is working on this now: its analysts are building an OIC section into the force strategic assessment, and information-sharing arrangements with the regional organised crime unit and Immigration Enforcement are being reviewed as part of that work.",
        ),
        (
            "p",
            "I also agree with what the report says about Hydra. The force has begun sending detectives from its serious and organised crime teams on the Hydra package with the Modern Slavery and Organised Immigration Crime Unit, and more sessions are to come.",
        ),
        (
            "p",
            "On the e-learning, I agree with the recommendation and I am pleased to say that relevant officers and staff across West Mercia have already completed all four modules.",
        ),
        ("p", "I will continue to scrutinise the force's performance on this issue."),
        ("sign", ["Yours sincerely", "Fiona Haldane", "Police and Crime Commissioner for West Mercia"]),
    ],
    unanswered=["2"],
)

add(
    "s10-15",
    "flattened",
    "docx",
    "Bedfordshire Police",
    "Bedfordshire Police and Crime Commissioner",
    ("Omar Siddique", "Police and Crime Commissioner for Bedfordshire"),
    "2025-05-29",
    [
        item("2", "support", "planned", cc="accept"),
        item("4", "support", "implemented", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        (
            "letterhead",
            ["Bedfordshire Police and Crime Commissioner", "Bridgebury House, Woburn Road, Kempston MK43 9AX"],
        ),
        ("date", "29 May 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear HMICFRS,"),
        ("p", f"RE: {OIC_TITLE}"),
        (
            "p",
            "I am writing in response to the above report. The Chief Constable has accepted all of the recommendations addressed to chief constables and I support them.",
        ),
        (
            "p",
            "Recommendation 2 asks that an intelligence document be submitted each time a case is reported to the National Command and Control Unit. Bedfordshire Police will write this requirement into its control room procedures when they are refreshed this summer, and supervisors will be briefed at the same time.",
        ),
        (
            "p",
            "On recommendation 4, the force already has a plan for collecting, analysing and sharing information on organised immigration crime, developed with the Eastern Region Special Operations Unit, and this is reviewed every six months.",
        ),
        (
            "p",
            "Recommendation 8 concerns the Hydra training package. The force will put its relevant personnel through it in early 2026, once the MS&OIC Unit has confirmed dates.",
        ),
        (
            "p",
            "Recommendation 9, the four-module e-learning, is being completed by officers and staff now, and I receive completion figures each month.",
        ),
        ("p", "I am grateful for the work of your inspectors on this important subject."),
        ("sign", ["Yours sincerely,", "Omar Siddique", "Police and Crime Commissioner for Bedfordshire"]),
    ],
)

add(
    "s10-16",
    "flattened",
    "html",
    "Essex Police",
    "Essex Police, Fire and Crime Commissioner",
    ("Martin Gaskell", "Police, Fire and Crime Commissioner for Essex"),
    "2025-07-10",
    [
        item("2", "agree", "in_progress"),
        item("4", "agree", "planned"),
        item("8", "agree", "in_progress"),
        item("9", "agree", "in_progress"),
    ],
    [
        ("title", f"Response to HMICFRS: {OIC_TITLE}"),
        ("p", "10 July 2025"),
        (
            "p",
            "With Tilbury, Harwich and Stansted in the county, Essex sees more organised immigration crime than most forces, and I read this report closely. I agree with the four recommendations made to chief constables.",
        ),
        (
            "p",
            "Essex Police has started to make sure that every referral to Immigration Enforcement's National Command and Control Unit is followed by an intelligence submission. Officers at the ports have been briefed first and the rest of the force will follow over the summer.",
        ),
        (
            "p",
            "The force will produce a dedicated plan for collecting, analysing and sharing information on organised immigration crime, to be signed off by the Chief Constable before the end of the year.",
        ),
        (
            "p",
            "Hydra training with the Modern Slavery and Organised Immigration Crime Unit is under way for the Kent and Essex Serious Crime Directorate.",
        ),
        (
            "p",
            "The OIC e-learning modules are being completed by officers and staff in relevant roles, with the ports teams first.",
        ),
        ("p", "I will monitor progress through the Essex Police Performance and Resources Scrutiny Programme."),
        ("sign", ["Martin Gaskell", "Police, Fire and Crime Commissioner for Essex"]),
    ],
)

add(
    "s10-17",
    "flattened",
    "pdf",
    "Kent Police",
    "Kent Police and Crime Commissioner",
    ("Eleanor Stroud", "Police and Crime Commissioner for Kent"),
    "2025-07-24",
    [
        item("2", "note", "in_progress"),
        item("4", "note", "implemented"),
        item("8", "note", "implemented"),
        item("9", "note", "in_progress"),
    ],
    [
        ("letterhead", ["Office of the Kent Police and Crime Commissioner", "Sutton Road, Maidstone ME15 9BZ"]),
        ("date", "24 July 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Chief Inspector,"),
        ("p", "HMICFRS report: Improving the Response to Organised Immigration Crime"),
        (
            "p",
            "I apologise that this response is late. I note the recommendations the report makes of chief constables, and I have asked the Chief Constable to report to me on each. Kent's position at the short straits means the force carries a heavier share of this work than almost any other, and much of what the report recommends is already familiar here.",
        ),
        (
            "p",
            "Kent Police is reviewing how its officers record intelligence after contact with the National Command and Control Unit, and new guidance has been issued to the Dover and Folkestone teams, with the wider force to follow.",
        ),
        (
            "p",
            "The force has had a plan for collecting, analysing and sharing information on organised immigration crime for several years, agreed with the NCA and Border Force.",
        ),
        (
            "p",
            "All relevant detectives in Kent's serious crime and border teams completed the Hydra package during 2024.",
        ),
        (
            "p",
            "The four e-learning modules are being rolled out to officers and staff in relevant roles across the force this year.",
        ),
        ("p", "I will continue to hold the Chief Constable to account on this at my Performance and Delivery Board."),
        ("sign", ["Yours sincerely", "Eleanor Stroud", "Police and Crime Commissioner for Kent"]),
        ("footer", "Kent Police and Crime Commissioner"),
    ],
    late=True,
    title="Improving the Response to Organised Immigration Crime",
)

# ------------------------------------------------------------------------------------------------
# Two findings in one paragraph

add(
    "s10-18",
    "two_in_one_paragraph",
    "txt",
    "Norfolk Constabulary",
    "Norfolk Police and Crime Commissioner",
    ("Geoffrey Lamb", "Police and Crime Commissioner for Norfolk"),
    "2025-06-16",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "in_progress"),
        item("8", "accept", "planned"),
        item("9", "accept", "in_progress"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner for Norfolk",
                "Building 8, Jubilee House, Falconers Chase, Wymondham NR18 0WW",
            ],
        ),
        ("date", "16 June 2025"),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"HMICFRS – {OIC_TITLE}"),
        (
            "p",
            "Thank you for your report. I accept the four recommendations that fall to chief constables and set out below what Norfolk Constabulary has told me about its progress.",
        ),
        ("heading", "NCCU referrals"),
        (
            "p",
            "Since April, any officer referring a case to the National Command and Control Unit has had to complete an intelligence report before the incident can be closed. This is now part of standard practice.",
        ),
        ("heading", "Information plans"),
        (
            "p",
            "The force is working with Suffolk Constabulary on a joint plan for collecting, analysing and sharing information on organised immigration crime. It is expected to be agreed in the autumn.",
        ),
        ("heading", "Training"),
        (
            "p",
            "On training, Norfolk has booked Hydra sessions with the MS&OIC Unit for early 2026, while the e-learning modules have already been assigned to all response officers, 72% of whom have finished them.",
        ),
        ("sign", ["Yours sincerely,", "Geoffrey Lamb", "Police and Crime Commissioner for Norfolk"]),
    ],
)

add(
    "s10-19",
    "two_in_one_paragraph",
    "docx",
    "Suffolk Constabulary",
    "Suffolk Police and Crime Commissioner",
    ("Andrew Keeble", "Police and Crime Commissioner for Suffolk"),
    "2025-07-08",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "not_started", cc="accept"),
        item("9", "support", "planned", cc="accept"),
    ],
    [
        (
            "letterhead",
            ["Suffolk Police and Crime Commissioner", "Police Headquarters, Martlesham Heath, Ipswich IP5 3QS"],
        ),
        ("date", "8 July 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Chief Inspector,"),
        ("title", OIC_TITLE),
        (
            "p",
            "The Chief Constable has accepted the recommendations made to chief constables in this report, and I support them.",
        ),
        (
            "p",
            "Recommendations 2 and 4 are both about intelligence. The force has started changing its referral process so that an intelligence document is completed and submitted for every case reported to the National Command and Control Unit, and in parallel its intelligence team is drawing up a plan for collecting, analysing and sharing information on organised immigration crime with Norfolk and the regional unit; both pieces of work are under way and are being overseen by the same superintendent.",
        ),
        ("p", "Recommendation 8: no Hydra training has taken place yet and the force has no dates for it so far."),
        ("p", "Recommendation 9: the e-learning will be launched to relevant staff in September 2025."),
        ("p", "I will review progress with the Chief Constable at my Accountability and Performance Panel."),
        ("sign", ["Yours sincerely", "Andrew Keeble", "Police and Crime Commissioner for Suffolk"]),
    ],
)

add(
    "s10-20",
    "two_in_one_paragraph",
    "html",
    "Hampshire and Isle of Wight Constabulary",
    "Hampshire and Isle of Wight Police and Crime Commissioner",
    ("Victoria Ashdown", "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
    "2025-06-05",
    [
        item("2", "agree", "implemented"),
        item("4", "agree", "implemented"),
        item("8", "agree", "in_progress"),
        item("9", "agree", "in_progress"),
    ],
    [
        ("title", f"Police and Crime Commissioner's response: {OIC_TITLE}"),
        ("date", "5 June 2025"),
        (
            "p",
            "I agree with the recommendations this report makes of chief constables. Southampton and Portsmouth are major ports of entry and the Constabulary already has a good deal of experience in this area.",
        ),
        (
            "p",
            "On recommendations 2 and 4, the Constabulary has told me that an intelligence submission is already mandatory for every case referred to Immigration Enforcement's National Command and Control Unit, and that it has an established plan, agreed with the South East regional organised crime unit, for collecting, analysing and sharing organised immigration crime intelligence.",
        ),
        (
            "p",
            "On recommendation 8, Hydra training with the MS&OIC Unit has begun for the Major Crime and Serious Organised Crime teams.",
        ),
        (
            "p",
            "On recommendation 9, modules 1 to 3 of the e-learning have been completed by most frontline staff and module 4 will be launched in September.",
        ),
        ("p", "I will keep all four under review."),
        ("sign", ["Victoria Ashdown", "Police and Crime Commissioner for Hampshire and the Isle of Wight"]),
    ],
)

# ------------------------------------------------------------------------------------------------
# Blanket stances

add(
    "s10-21",
    "blanket",
    "txt",
    "Surrey Police",
    "Surrey Police and Crime Commissioner",
    ("Caroline Dunmore", "Police and Crime Commissioner for Surrey"),
    None,
    [
        item("2", "accept", "not_stated"),
        item("4", "accept", "not_stated"),
        item("8", "accept", "not_stated"),
        item("9", "accept", "not_stated"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Surrey", "PO Box 412, Guildford GU3 1YJ"]),
        ("salutation", "Dear HM Chief Inspector,"),
        ("title", f"{OIC_TITLE} – PCC response"),
        (
            "p",
            "Thank you for your report, which I have read with care. I accept the recommendations it makes, including the four addressed to chief constables.",
        ),
        (
            "p",
            "Organised immigration crime causes great harm, often to people who are already vulnerable, and I want Surrey Police to play its full part in tackling it. I have asked the Chief Constable to report his progress against each recommendation to my Performance and Accountability meeting, and I will publish that report on my website.",
        ),
        ("sign", ["Yours sincerely,", "Caroline Dunmore", "Police and Crime Commissioner for Surrey"]),
    ],
)

add(
    "s10-22",
    "blanket",
    "html",
    "Sussex Police",
    "Sussex Police and Crime Commissioner",
    ("Gemma Hartnell", "Police and Crime Commissioner for Sussex"),
    "2025-06-26",
    [
        item("2", "support", "in_progress"),
        item("4", "support", "implemented"),
        item("8", "support", "planned"),
        item("9", "support", "in_progress"),
    ],
    [
        ("letterhead", ["Sussex Police and Crime Commissioner", "Sackville House, Brooks Close, Lewes BN7 2FZ"]),
        ("date", "Thursday 26 June 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Response to {OIC_TITLE}"),
        (
            "p",
            "I support all of the recommendations directed at chief constables. Sussex Police has given me the following updates.",
        ),
        (
            "p",
            "Intelligence after NCCU referrals: new guidance is being rolled out to response teams district by district, so that officers submit intelligence after each referral. Two of the three districts have been briefed so far.",
        ),
        (
            "p",
            "Information plans: Sussex Police's organised immigration crime collection plan has been in place since last year and is shared with Surrey Police and the regional unit.",
        ),
        (
            "p",
            "Hydra: the force will put relevant staff through the Hydra package in spring 2026, and has reserved places with the MS&OIC Unit.",
        ),
        ("p", "E-learning: the four modules are being completed by response, custody and public protection staff."),
        ("sign", ["Yours sincerely", "Gemma Hartnell", "Police and Crime Commissioner for Sussex"]),
    ],
)

add(
    "s10-23",
    "blanket",
    "pdf",
    "Avon and Somerset Police",
    "Avon and Somerset Police and Crime Commissioner",
    ("Peter Langridge", "Police and Crime Commissioner for Avon and Somerset"),
    "2025-09-15",
    [
        item("2", "accept", "implemented", by="chief_constable", cc="accept"),
        item("4", "accept", "implemented", by="chief_constable", cc="accept"),
        item("8", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("9", "accept", "in_progress", by="chief_constable", cc="accept"),
    ],
    [
        (
            "letterhead",
            ["Avon and Somerset Police and Crime Commissioner", "Valley Road, Portishead, Bristol BS20 8JJ"],
        ),
        ("date", "15 September 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Re: HMICFRS report – {OIC_TITLE}"),
        (
            "p",
            "Avon and Somerset Police has accepted each of the recommendations addressed to chief constables. I will hold the Chief Constable to account for delivering them.",
        ),
        (
            "p",
            "The force tells me that it now requires an intelligence submission for every NCCU referral and has checked this through audit. It also has a collection plan for organised immigration crime, agreed with the South West regional organised crime unit, in place.",
        ),
        (
            "p",
            "Hydra training is being run with the MS&OIC Unit for the force's serious organised crime and major crime teams, and relevant staff are now working through the four e-learning modules.",
        ),
        ("p", "I regret the time it has taken me to send this response."),
        ("sign", ["Yours sincerely", "Peter Langridge", "Police and Crime Commissioner for Avon and Somerset"]),
        ("footer", "Avon and Somerset Police and Crime Commissioner"),
    ],
    late=True,
)

add(
    "s10-24",
    "blanket",
    "docx",
    "Devon and Cornwall Police",
    "Devon and Cornwall Police and Crime Commissioner",
    ("Morwenna Tregear", "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
    "2025-07-01",
    [
        item("2", "agree", "planned"),
        item("4", "agree", "in_progress"),
        item("8", "agree", "in_progress"),
        item("9", "agree", "implemented"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner",
                "Devon, Cornwall and the Isles of Scilly",
                "Andy Hocking House, Alderson Drive, Exeter EX2 7RP",
            ],
        ),
        ("date", "1 July 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Chief Inspector,"),
        ("title", OIC_TITLE),
        (
            "p",
            "I agree with all of the recommendations in this report that are addressed to chief constables. The peninsula's long coastline, its small harbours and its seasonal workforce make this an important area of work for Devon and Cornwall Police.",
        ),
        (
            "p",
            "The force intends to add a mandatory intelligence submission to its NCCU referral process when its control room procedures are next revised, in the new year.",
        ),
        (
            "p",
            "A plan for collecting, analysing and sharing information on organised immigration crime is being developed by the force intelligence bureau with the South West regional organised crime unit.",
        ),
        (
            "p",
            "Hydra training with the MS&OIC Unit has begun for investigators, and the remaining relevant staff will attend sessions over the winter.",
        ),
        ("p", "All relevant officers and staff have completed the four e-learning modules."),
        (
            "sign",
            [
                "Yours sincerely",
                "Morwenna Tregear",
                "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly",
            ],
        ),
    ],
)

# ------------------------------------------------------------------------------------------------
# Mixed stances

add(
    "s10-25",
    "mixed_stances",
    "txt",
    "Dorset Police",
    "Dorset Police and Crime Commissioner",
    ("Julian Hargreaves", "Police and Crime Commissioner for Dorset"),
    "2025-06-20",
    [
        item("2", "agree", "in_progress"),
        item("4", "agree", "implemented"),
        item("8", "partially_agree", "planned"),
        item("9", "agree", "in_progress"),
    ],
    [
        ("letterhead", ["Dorset Police and Crime Commissioner", "Force Headquarters, Winfrith, Dorchester DT2 8DZ"]),
        ("date", "20 June 2025"),
        ("salutation", "Dear HM Inspector,"),
        ("title", f"{OIC_TITLE} – response of the Dorset Police and Crime Commissioner"),
        (
            "p",
            "Thank you for this report. My views on the four recommendations made to chief constables differ slightly, so I take each in turn.",
        ),
        (
            "p",
            "Recommendation 2. I agree. Dorset Police is updating its NCCU referral guidance, and the first briefings to response sergeants have taken place.",
        ),
        (
            "p",
            "Recommendation 4. I agree. The force's plan for collecting, analysing and sharing information on organised immigration crime was put in place last year and is shared with the South West regional organised crime unit.",
        ),
        (
            "p",
            "Recommendation 8. I agree in part. Hydra is valuable, but I question whether all relevant personnel in a force with Dorset's level of demand need to complete it. The force will put its specialist investigators through Hydra in early 2026, and will consider other staff after that.",
        ),
        ("p", "Recommendation 9. I agree. The e-learning is being rolled out to all frontline officers and staff."),
        ("sign", ["Yours sincerely,", "Julian Hargreaves", "Police and Crime Commissioner for Dorset"]),
    ],
)

add(
    "s10-26",
    "mixed_stances",
    "txt",
    "Gloucestershire Constabulary",
    "Gloucestershire Police and Crime Commissioner",
    ("Bethan Caldicott", "Police and Crime Commissioner for Gloucestershire"),
    "2025-07-04",
    [
        item("2", "accept", "in_progress"),
        item("4", "note", "implemented"),
        item("8", "disagree", "not_started"),
    ],
    [
        (
            "letterhead",
            ["Office of the Police and Crime Commissioner for Gloucestershire", "Bamfurlong Lane, Cheltenham GL51 6SP"],
        ),
        ("date", "4 July 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Inspector,"),
        ("title", f"Commissioner's comments on {OIC_TITLE}"),
        (
            "p",
            "I have considered the report and discussed it with the Chief Constable. My comments on the recommendations that affect Gloucestershire Constabulary are as follows.",
        ),
        (
            "p",
            "I accept the recommendation on NCCU referrals. The Constabulary is working on a change to its incident recording system that will prompt officers to submit intelligence whenever they report a case to Immigration Enforcement.",
        ),
        (
            "p",
            "I note the recommendation on plans to collect, analyse and share information. The Constabulary's existing intelligence collection plan already covers organised immigration crime.",
        ),
        (
            "p",
            "I do not agree with the recommendation on the Hydra training package. Given the low volume of organised immigration crime in Gloucestershire and the pressure on training time, the Constabulary does not intend to put staff through Hydra and has no plans to do so at present.",
        ),
        ("sign", ["Yours sincerely", "Bethan Caldicott", "Police and Crime Commissioner for Gloucestershire"]),
    ],
    unanswered=["9"],
)

add(
    "s10-27",
    "mixed_stances",
    "docx",
    "Wiltshire Police",
    "Wiltshire Police and Crime Commissioner",
    ("Edward Pennock", "Police and Crime Commissioner for Wiltshire and Swindon"),
    "2025-06-10",
    [
        item("2", "support", "implemented"),
        item("4", "support", "planned"),
        item("8", "support", "in_progress"),
        item("9", "partially_agree", "in_progress"),
    ],
    [
        (
            "letterhead",
            ["Office of the Police and Crime Commissioner for Wiltshire and Swindon", "London Road, Devizes SN10 2DN"],
        ),
        ("date", "10 June 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Response to {OIC_TITLE}"),
        (
            "p",
            "I support recommendations 2, 4 and 8 of the report. Wiltshire Police already requires an intelligence submission for every NCCU referral; it will draw up a fuller plan for collecting, analysing and sharing information on organised immigration crime this autumn; and Hydra training with the MS&OIC Unit has started for its investigators.",
        ),
        (
            "p",
            "I partially agree with recommendation 9. Officers in relevant roles should complete the e-learning, but I am not persuaded that modules 3 and 4 are suitable for call handlers, and I have asked the Chief Constable to take a proportionate approach. Completion of the first two modules is under way across the force.",
        ),
        ("p", "I will review progress with the Chief Constable in the autumn."),
        ("sign", ["Yours sincerely,", "Edward Pennock", "Police and Crime Commissioner for Wiltshire and Swindon"]),
    ],
)

# ------------------------------------------------------------------------------------------------
# Chief constable's annex

add(
    "s10-28",
    "cc_annex",
    "pdf",
    "Dyfed-Powys Police",
    "Dyfed-Powys Police and Crime Commissioner",
    ("Rhodri Prydderch", "Police and Crime Commissioner for Dyfed-Powys"),
    "2025-07-09",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        (
            "letterhead",
            [
                "Comisiynydd Heddlu a Throseddu Dyfed-Powys",
                "Dyfed-Powys Police and Crime Commissioner",
                "PO Box 99, Llangunnor, Carmarthen SA31 2PF",
            ],
        ),
        ("date", "9 July 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Chief Inspector,"),
        ("title", OIC_TITLE),
        (
            "p",
            "Thank you for your report. I support the four recommendations it makes of chief constables. Dyfed-Powys includes the ferry ports of Fishguard and Pembroke Dock, and I want the force to be ready for the threat these present.",
        ),
        (
            "p",
            "The Chief Constable's response is attached as Annex A. I will monitor progress through my Policing Accountability Board.",
        ),
        ("sign", ["Yn gywir / Yours sincerely", "Rhodri Prydderch", "Police and Crime Commissioner for Dyfed-Powys"]),
        ("heading", "Annex A – Response of the Chief Constable, Dyfed-Powys Police"),
        (
            "p",
            "Recommendation 2 – Accepted. Since May 2025 the force's control room system requires an intelligence report to be attached to every NCCU referral.",
        ),
        (
            "p",
            "Recommendation 4 – Accepted. A collection and analysis plan for organised immigration crime is being drafted with the Tarian regional organised crime unit and will be finalised by December.",
        ),
        ("p", "Recommendation 8 – Accepted. Hydra sessions will be arranged with the MS&OIC Unit for spring 2026."),
        (
            "p",
            "Recommendation 9 – Accepted. The e-learning is being rolled out to officers and staff in relevant roles; about a third have completed it so far.",
        ),
        ("footer", "Dyfed-Powys Police and Crime Commissioner"),
    ],
)

# ------------------------------------------------------------------------------------------------
# Regional areas for improvement (Yorkshire and Humber)

add(
    "s10-29",
    "regional_afi",
    "txt",
    "Humberside Police",
    "Humberside Police and Crime Commissioner",
    ("Naomi Fairburn", "Police and Crime Commissioner for Humberside"),
    "2026-02-11",
    [
        item("1", "accept", "in_progress"),
        item("2", "accept", "planned"),
    ],
    [
        ("letterhead", ["Humberside Police and Crime Commissioner", "The Lawns, Harland Way, Cottingham HU16 5SN"]),
        ("date", "11 Feb 2026"),
        ("address", HMICFRS),
        ("salutation", "Dear HM Inspector,"),
        ("title", SOC_TITLE),
        (
            "p",
            "Thank you for this inspection, carried out with HM Inspectorate of Probation. I accept both areas for improvement that it identifies for the Regional Organised Crime Unit and the four forces of the region.",
        ),
        ("heading", "Working together"),
        (
            "p",
            "The ROCU and the forces have begun a review of regional tasking, and a single regional tasking and co-ordination meeting has been held each month since December 2025. Humberside Police is playing its part in this work.",
        ),
        ("heading", "Technical surveillance equipment"),
        (
            "p",
            "The four chief constables intend to agree a joint procurement approach for technical surveillance equipment in the next financial year, starting from April 2026.",
        ),
        ("p", "I will discuss progress with my fellow policing bodies in the region at our next joint meeting."),
        ("sign", ["Yours sincerely,", "Naomi Fairburn", "Police and Crime Commissioner for Humberside"]),
    ],
    report=SOC,
)

add(
    "s10-30",
    "regional_afi",
    "html",
    "North Yorkshire Police",
    "Mayor of York and North Yorkshire",
    ("Gareth Ellerby", "Deputy Mayor for Policing, Fire and Crime"),
    "2026-01-28",
    [
        item("1", "agree", "in_progress"),
        item("2", "agree", "implemented"),
    ],
    [
        (
            "letterhead",
            ["York and North Yorkshire Combined Authority", "Office of the Deputy Mayor for Policing, Fire and Crime"],
        ),
        ("date", "28 January 2026"),
        ("title", f"Response to the report '{SOC_TITLE}'"),
        (
            "p",
            "I write on behalf of the Mayor of York and North Yorkshire, who holds the policing and crime functions for North Yorkshire Police. We agree with both of the inspectorate's areas for improvement.",
        ),
        ("heading", "Area for improvement 1: collaboration across the region"),
        (
            "p",
            "North Yorkshire Police and the other forces are working with the ROCU on a shared regional plan for serious and organised crime. A joint tasking board is now meeting, and the next step is a single regional threat assessment.",
        ),
        ("heading", "Area for improvement 2: technical surveillance"),
        (
            "p",
            "A joint procurement framework for technical surveillance equipment was agreed by the four chief constables and the ROCU in November 2025 and is now being used for all new purchases.",
        ),
        ("sign", ["Gareth Ellerby", "Deputy Mayor for Policing, Fire and Crime", "York and North Yorkshire"]),
    ],
    report=SOC,
)


def main() -> None:
    about = "A held-out set of 30 hand-written response letters, kept from tuning (measured, never tuned on), written independently of the reader; schema as tests/ingest/sealed/truth.json; split 'sealed10'."
    corpus.write_set(HERE, about, ((blocks, truth) for truth, blocks in LETTERS))


if __name__ == "__main__":
    main()
