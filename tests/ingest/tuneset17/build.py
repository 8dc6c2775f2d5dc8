# ruff: noqa: E501  (letter text is data: long sentences are kept whole)
"""Build the tuneset17 set: ``letters/`` and ``truth.json``, reproducibly.

    .venv/bin/python tests/ingest/tuneset17/build.py

A TUNING set of 16 hand-written response letters to the HMICFRS report "Improving the response to organised
immigration crime" (oic-2025), all but two of them laid out as tables of the kind policing bodies publish: the
force's response and the commissioner's (or Deputy Mayor's) comment in separate columns, the body's stance only in
the covering prose, a force column that says "Accepted" beside a body column that says something else, columns for
the full wording, a short title or only the number, two rows per recommendation, and status given as RAG words,
dates, percentages, "Closed", "On track", "Slipped to Q4" or "Awaiting national product". One letter takes different
stances on different recommendations and one appends the chief constable's response. Every sentence is invented;
names are made up. Truth is labelled by hand, following the conventions of phrasebooks 3, 4 and 5.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
sys.path.insert(0, str(CORPUS))

import build as corpus  # noqa: E402

SPLIT = "tuneset17"
OIC = "oic-2025"
SOC = "soc-yh-2025"
TITLE = "Improving the response to organised immigration crime"

R2 = "By 30 April 2026, chief constables should make sure that every time a member of their force reports a case to Immigration Enforcement's National Command and Control Unit, the reporting officer completes and submits the required intelligence document."
R4 = "By 31 December 2025, chief constables should make sure they have clear plans to collect, analyse and share information related to organised immigration crime."
R8 = "By 30 April 2026, chief constables, working with the Modern Slavery & Organised Immigration Crime Unit, should make sure that relevant personnel in all Home Office police forces complete the Hydra training package on organised immigration crime."
R9 = "By 30 April 2026, chief constables, working with the Modern Slavery & Organised Immigration Crime Unit and the College of Policing, should make sure that relevant personnel in all Home Office police forces complete the four modules of the organised immigration crime e-learning package."

HMICFRS = [
    "His Majesty's Chief Inspector of Constabulary",
    "HMICFRS",
    "10 South Colonnade",
    "Canary Wharf",
    "London E14 4PU",
]

LETTERS: list[tuple[dict[str, Any], list[tuple[str, Any]]]] = []
add = corpus.letter_adder(LETTERS, split=SPLIT)
item = corpus.item


# 01 Kent: four columns, full wording, the Chief Constable's column and a PCC comment column that differs on one row.
add(
    "tuneset17-01",
    "table",
    "docx",
    "Kent Police",
    "Kent Police and Crime Commissioner",
    ("Helena Corbett", "Kent Police and Crime Commissioner"),
    "2025-07-03",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "in_progress", cc="accept"),
        item("9", "partially_agree", "planned", cc="accept"),
    ],
    [
        (
            "letterhead",
            ["Office of the Kent Police and Crime Commissioner", "Sessions House", "County Road", "Maidstone ME14 1XQ"],
        ),
        ("date", "3 July 2025"),
        ("address", HMICFRS),
        ("title", f"Response to the HMICFRS report: {TITLE}"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            f"Thank you for the inspectorate's report {TITLE}, published on 16 May 2025. With the Port of Dover, the Channel Tunnel and a long and exposed coastline, organised immigration crime is a daily operational reality for Kent Police, and I am grateful for the attention the inspectorate has given it.",
        ),
        (
            "p",
            "The report makes ten recommendations, four of which are addressed to chief constables. I have discussed each of them with the Chief Constable, Mark Ellingham. His response, and my comment on it, are set out in the table below. I am publishing this letter on my website and copying it to the Home Secretary.",
        ),
        (
            "table",
            [
                ["No.", "Recommendation", "Chief Constable's response", "PCC comment"],
                [
                    "2",
                    R2,
                    "Accepted. A mandatory field has been added to the NCCU referral template on Athena, and since 1 June 2025 a referral cannot be closed until the intelligence submission is attached. The Force Intelligence Bureau checks every referral.",
                    "Supported. I have asked for the first quarter's compliance figures to come to my Performance and Accountability Board in October.",
                ],
                [
                    "4",
                    R4,
                    "Accepted. An OIC intelligence collection plan has been drafted by the Force Intelligence Bureau, working with the South East ROCU, and is with the Head of Crime for sign-off.",
                    "Supported.",
                ],
                [
                    "8",
                    R8,
                    "Accepted. 212 of the 340 officers and staff identified as relevant have now completed Hydra (62%). Further sessions run through the autumn.",
                    "Supported. This is encouraging, and I would like the remaining officers trained well ahead of April 2026.",
                ],
                [
                    "9",
                    R9,
                    "Accepted. The e-learning will be added to the mandatory training schedule for 2025/26, with enrolment opening in September once the relevant roles have been confirmed.",
                    "Supported in principle, but I want the force to set out which roles count as 'relevant personnel' before I fully endorse its approach.",
                ],
            ],
        ),
        (
            "p",
            "I will continue to hold the Chief Constable to account for delivery through my Performance and Accountability Board, and I will publish a further update early in the new year.",
        ),
        ("sign", ["Yours sincerely,", "", "Helena Corbett", "Kent Police and Crime Commissioner"]),
        ("footer", "Office of the Kent Police and Crime Commissioner | Sessions House, Maidstone"),
    ],
)

# 02 Greater Manchester: a web page; the Deputy Mayor's stance only in the prose; short titles, lead, RAG.
add(
    "tuneset17-02",
    "table",
    "html",
    "Greater Manchester Police",
    "Mayor of Greater Manchester (Greater Manchester Combined Authority)",
    ("Kathryn Ashworth", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"),
    "2025-07-08",
    [
        item("2", "accept", "in_progress"),
        item("4", "accept", "implemented"),
        item("8", "accept", "not_started"),
        item("9", "accept", "in_progress"),
    ],
    [
        ("p", "Published 8 July 2025"),
        ("title", f"Greater Manchester response to HMICFRS: {TITLE}"),
        (
            "p",
            f"His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published {TITLE} on 16 May 2025. The inspection examined how police forces in England and Wales, the National Crime Agency and the Home Office tackle organised immigration crime. Greater Manchester Police was not one of the forces visited during fieldwork, but four of the report's ten recommendations apply to every chief constable.",
        ),
        (
            "p",
            "The Deputy Mayor accepts all four of those recommendations. GMP's latest update on each, which was considered at the Police Accountability Board on 24 June, is set out below.",
        ),
        ("heading", "Progress against the recommendations for chief constables"),
        (
            "table",
            [
                ["Rec", "Summary", "Lead", "Progress update", "RAG"],
                [
                    "2",
                    "NCCU referrals – intelligence document",
                    "Detective Superintendent, Serious and Organised Crime",
                    "An audit of 60 NCCU referrals made between January and May found the intelligence document had been submitted in 41. A refreshed process map and a reminder have gone to all custody and response teams, and a re-audit is due in September.",
                    "Amber",
                ],
                [
                    "4",
                    "Plans to collect, analyse and share information",
                    "Head of Intelligence",
                    "OIC is now a priority in the force control strategy. The intelligence collection plan, and an information-sharing agreement with Border Force at Manchester Airport, were signed off at Force Tasking on 21 May and are in use.",
                    "Green",
                ],
                [
                    "8",
                    "Hydra training",
                    "Head of Learning and Development",
                    "Awaiting national product – no date yet from the MS&OIC Unit for the revised Hydra scenario, so no sessions have been arranged.",
                    "Red",
                ],
                [
                    "9",
                    "OIC e-learning (four modules)",
                    "Head of Learning and Development",
                    "Modules 1 and 2 completed by 78% of the target group of 1,150 officers and staff. Modules 3 and 4 go live on NCALT in August.",
                    "Amber",
                ],
            ],
        ),
        (
            "p",
            "GMP works on organised immigration crime with Lancashire, Merseyside, Cheshire and Cumbria through the North West Regional Organised Crime Unit, and the ROCU's own response is being considered separately by the region's commissioners.",
        ),
        (
            "p",
            "The Deputy Mayor will receive a further update from the Chief Constable in December, and this page will be updated then.",
        ),
        ("sign", ["Kathryn Ashworth", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"]),
        ("footer", "Greater Manchester Combined Authority, Tootal Buildings, 56 Oxford Street, Manchester M1 6EU"),
    ],
)

# 03 Essex: the PFCC supports the force's response (prose only); number-only column, status and target date columns.
add(
    "tuneset17-03",
    "table",
    "pdf",
    "Essex Police",
    "Essex Police, Fire and Crime Commissioner",
    ("Caroline Stebbings", "Police, Fire and Crime Commissioner for Essex"),
    "2025-07-03",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", ["not_started", "planned"], cc="accept"),
        item("8", "support", "in_progress", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        (
            "letterhead",
            ["Essex Police, Fire and Crime Commissioner", "Kelvedon Park", "London Road, Rivenhall", "Witham CM8 3HB"],
        ),
        ("p", "Our ref: PFCC/HMI/25/031"),
        ("date", "03/07/2025"),
        ("address", HMICFRS),
        ("salutation", "Dear HM Chief Inspector"),
        ("title", f"HMICFRS national thematic inspection – {TITLE}"),
        (
            "p",
            "Under section 55 of the Police Act 1996 I am required to respond to your report within 56 days of its publication. I have sought the views of the Chief Constable, Andrew Fairbairn, on the four recommendations that fall to chief constables.",
        ),
        (
            "p",
            "I support the force's response to each recommendation, set out below. The Essex Police Performance Board will track delivery and I will receive its reports.",
        ),
        (
            "table",
            [
                ["Recommendation", "Force response", "Status", "Target date"],
                [
                    "Rec 2",
                    "Accepted. The NCCU referral process has been rewritten so that the intelligence report is submitted at the point of referral. Dip-sampling in June found 100% compliance.",
                    "Complete – BAU",
                    "Achieved",
                ],
                [
                    "Rec 4",
                    "Accepted. Essex will draft its OIC collection plan once the Eastern Region's joint intelligence requirement has been agreed with Kent, Suffolk and Norfolk.",
                    "Not started",
                    "31/12/2025",
                ],
                [
                    "Rec 8",
                    "Accepted. Hydra delivery is led by Serious Crime Directorate with the MS&OIC Unit; two of five planned exercises have run.",
                    "On track",
                    "30/04/2026",
                ],
                [
                    "Rec 9",
                    "Accepted. The four modules are mandated for all detectives and intelligence staff.",
                    "65%",
                    "30/04/2026",
                ],
            ],
        ),
        ("p", "I would be happy to discuss any aspect of this response."),
        ("sign", ["Yours faithfully", "", "Caroline Stebbings", "Police, Fire and Crime Commissioner for Essex"]),
        ("footer", "Essex Police, Fire and Crime Commissioner – Response to HMICFRS"),
    ],
)

# 04 Lancashire: "I accept all four; my comments are in the final column"; short titles; the constabulary's update.
add(
    "tuneset17-04",
    "table",
    "docx",
    "Lancashire Constabulary",
    "Lancashire Police and Crime Commissioner",
    ("Darren Whitworth", "Police and Crime Commissioner for Lancashire"),
    "2025-07-04",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "planned"),
        item("8", "accept", "not_started"),
        item("9", "accept", "in_progress"),
    ],
    [
        (
            "letterhead",
            ["Darren Whitworth", "Police and Crime Commissioner for Lancashire", "County Hall, Preston PR1 0LD"],
        ),
        ("date", "4th July 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear HM Chief Inspector of Constabulary,"),
        ("p", f"Re: {TITLE}"),
        (
            "p",
            "I have received the Chief Constable's update on the four recommendations made to chief constables in this report. I accept all four; my comments are in the final column.",
        ),
        (
            "table",
            [
                ["Recommendation", "Constabulary update", "Commissioner's assessment"],
                [
                    "Rec 2 – intelligence document after an NCCU referral",
                    "A revised referral procedure went live on 2 June 2025. All NCCU referrals are now routed through the Force Intelligence Bureau, which submits the intelligence document on the officer's behalf.",
                    "Good progress. My office will dip-sample referrals in the autumn.",
                ],
                [
                    "Rec 4 – OIC information plan",
                    "The Constabulary intends to include OIC in its 2026 strategic assessment, which will set the collection plan. Work on the assessment begins in October.",
                    "I have asked for a timeline.",
                ],
                [
                    "Rec 8 – Hydra",
                    "Paused. The Hydra suite at headquarters is unavailable until refurbishment is finished, and there is no new date yet.",
                    "Disappointing. I will raise this at the next Strategic Scrutiny Meeting.",
                ],
                [
                    "Rec 9 – OIC e-learning",
                    "Module 1 has been completed by all of the Public Protection Unit. The remaining three modules will follow by March 2026.",
                    "Content with progress.",
                ],
            ],
        ),
        (
            "p",
            "Lancashire continues to work closely with the North West ROCU, Cumbria and Merseyside on organised immigration crime, particularly on the M6 corridor.",
        ),
        ("sign", ["Yours sincerely", "Darren Whitworth", "Police and Crime Commissioner for Lancashire"]),
        ("footer", "Lancashire Office of the Police and Crime Commissioner"),
    ],
)

# 05 London: MOPAC web page; force column "Accepted" for all, the Deputy Mayor's position differs row by row.
add(
    "tuneset17-05",
    "table",
    "html",
    "Metropolitan Police Service",
    "Mayor's Office for Policing And Crime (MOPAC)",
    ("Imogen Clarke-Reyes", "Deputy Mayor for Policing and Crime"),
    "2025-07-09",
    [
        item("2", "agree", "implemented", cc="accept"),
        item("4", "note", "in_progress", cc="accept"),
        item("8", "partially_agree", ["planned", "not_started"], cc="accept"),
        item("9", "accept", "in_progress", by="chief_constable", cc="accept"),
    ],
    [
        ("p", "Published: 9 July 2025"),
        ("title", f"MOPAC response to HMICFRS: {TITLE}"),
        (
            "p",
            f"HMICFRS published {TITLE} on 16 May 2025. The Mayor's Office for Policing And Crime (MOPAC) is required to respond to HMICFRS reports that concern the Metropolitan Police Service.",
        ),
        (
            "p",
            "The Commissioner of Police of the Metropolis has accepted the four recommendations that apply to chief constables. The table below gives the MPS response, the Deputy Mayor's position on each recommendation, and the current status as reported to MOPAC's Oversight Board.",
        ),
        (
            "table",
            [
                ["Recommendation", "MPS response", "Deputy Mayor's position", "Status"],
                [
                    R2,
                    "Accepted",
                    "Agreed",
                    "Complete – NCCU referral SOP updated in March 2025; compliance checked monthly by the Met Intelligence Bureau",
                ],
                [R4, "Accepted", "Noted. MOPAC will review the plan once it is received.", "Drafting – due Q3 2025/26"],
                [
                    R8,
                    "Accepted",
                    "Supported in part. MOPAC does not consider Hydra necessary for all frontline officers and has asked the MPS to focus on specialist roles.",
                    "Slipped to Q4 – first cohort not yet run",
                ],
                [
                    R9,
                    "Accepted",
                    "I have asked for more detail on the numbers trained by borough.",
                    "82% of relevant officers complete",
                ],
            ],
        ),
        (
            "p",
            "MOPAC will continue to monitor delivery through the Oversight Board and will publish an update when the MPS reports again.",
        ),
        ("sign", ["Imogen Clarke-Reyes", "Deputy Mayor for Policing and Crime"]),
        ("footer", "Mayor's Office for Policing And Crime, 169 Union Street, London SE1 0LL"),
    ],
)

# 06 Dorset: late; two rows per recommendation, the force's row and the PCC's row.
add(
    "tuneset17-06",
    "table",
    "pdf",
    "Dorset Police",
    "Dorset Police and Crime Commissioner",
    ("Gareth Pennington", "Police and Crime Commissioner for Dorset"),
    "2025-07-22",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "agree", "implemented", cc="accept"),
        item("8", "support", "implemented", cc="accept"),
        item("9", "accept", "not_started", cc="accept"),
    ],
    [
        ("letterhead", ["Dorset Police and Crime Commissioner", "Force Headquarters, Winfrith", "Dorchester DT2 8DZ"]),
        ("date", "22 July 2025"),
        ("address", HMICFRS),
        ("title", f"{TITLE} – response of the Dorset Police and Crime Commissioner"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "I am sorry that this response reaches you later than the 56 days the legislation allows; the delay was mine, and arose from the timing of my scrutiny meeting with the Chief Constable.",
        ),
        (
            "p",
            "The table shows, for each recommendation made to chief constables, the response of Dorset Police and then my own.",
        ),
        (
            "table",
            [
                ["Rec.", "From", "Response and progress"],
                [
                    "2",
                    "Dorset Police",
                    "We accept this recommendation. The NCCU referral form on Niche now generates an intelligence submission automatically; the change is being tested jointly with Devon and Cornwall Police and goes live in September.",
                ],
                ["", "PCC", "I welcome this recommendation and the joint approach with Devon and Cornwall."],
                [
                    "4",
                    "Dorset Police",
                    "Accepted. Our existing serious and organised crime intelligence requirement already covers the collection, analysis and sharing of OIC information, and is shared with the South West ROCU.",
                ],
                ["", "PCC", "Agreed."],
                ["8", "Dorset Police", "Accepted. Hydra: all relevant personnel trained (46/46)."],
                ["", "PCC", "Endorsed."],
                [
                    "9",
                    "Dorset Police",
                    "Accepted. Not yet started – we are awaiting College of Policing confirmation of which roles must complete the modules.",
                ],
                ["", "PCC", "I accept the recommendation and will keep the force's progress under review."],
            ],
        ),
        ("sign", ["Yours sincerely,", "Gareth Pennington", "Police and Crime Commissioner for Dorset"]),
        ("footer", "Dorset OPCC – HMICFRS responses 2025"),
    ],
    late=True,
)

# 07 Norfolk: the Constabulary's position in an "Accepted? (Y/N)" column; no stance of the PCC's own.
add(
    "tuneset17-07",
    "table",
    "docx",
    "Norfolk Constabulary",
    "Norfolk Police and Crime Commissioner",
    ("Amelia Ransome", "Police and Crime Commissioner for Norfolk"),
    "2025-07-07",
    [
        item("2", "accept", "implemented", by="chief_constable", cc="accept"),
        item("4", "partially_agree", "planned", by="chief_constable", cc="partially_agree"),
        item("8", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("9", "accept", "implemented", by="chief_constable", cc="accept"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner for Norfolk",
                "Building 8, Jubilee House",
                "Falconers Chase, Wymondham NR18 0WW",
            ],
        ),
        ("date", "7 July 2025"),
        ("title", f"HMICFRS: {TITLE}"),
        ("p", "Dear HM Chief Inspector,"),
        (
            "p",
            "The Constabulary's position on each of the four recommendations for chief constables, and the actions it has committed to, are set out below. I reviewed these with the Chief Constable at my Police Accountability Forum on 1 July and will track them through to closure.",
        ),
        (
            "table",
            [
                ["Rec", "Accepted? (Y/N)", "Owner", "Next steps", "Evidence"],
                [
                    "2",
                    "Y",
                    "Head of Intelligence",
                    "Dip-sample NCCU referrals each quarter from October",
                    "Referral SOP v3.1 published 14 May 2025; intelligence document now mandatory",
                ],
                [
                    "4",
                    "Y – in principle, subject to regional analyst capacity",
                    "Det Supt, Norfolk and Suffolk Joint Protective Services",
                    "Scope a joint Norfolk and Suffolk collection plan",
                    "None yet",
                ],
                [
                    "8",
                    "Y",
                    "Ch Insp, Learning and Development",
                    "Run remaining sessions for harbour and ports officers by March 2026",
                    "Attendance records: 3 of 5 sessions run",
                ],
                [
                    "9",
                    "Y",
                    "Ch Insp, Learning and Development",
                    "None – complete",
                    "NCALT report 30/06/2025: 100% of relevant staff",
                ],
            ],
        ),
        ("p", "A copy of this letter will be published on my website."),
        ("sign", ["Yours sincerely", "Amelia Ransome", "Police and Crime Commissioner for Norfolk"]),
    ],
)

# 08 York and North Yorkshire: the Deputy Mayor's position only in its column ("Supported"); one conditional.
add(
    "tuneset17-08",
    "table",
    "html",
    "North Yorkshire Police",
    "Mayor of York and North Yorkshire",
    ("Jonathan Ellery", "Deputy Mayor for Policing, Fire and Crime"),
    "2025-06-27",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "partially_agree", "not_started", cc="accept"),
        item("9", "support", "planned", cc="accept"),
    ],
    [
        ("letterhead", ["York and North Yorkshire Combined Authority", "Policing, Fire and Crime"]),
        ("date", "Friday 27 June 2025"),
        ("title", f"Response to HMICFRS – {TITLE}"),
        ("p", "To: His Majesty's Chief Inspector of Constabulary"),
        (
            "p",
            "I write on behalf of the Mayor of York and North Yorkshire in response to the inspectorate's report on organised immigration crime. The Chief Constable's response to each of the four recommendations for chief constables is set out below, with my position and the current status. North Yorkshire Police is working with the Yorkshire and Humber ROCU and with Humberside Police on intelligence sharing, which is reflected in the update on recommendation 4.",
        ),
        (
            "table",
            [
                ["Recommendation", "Chief Constable's response", "Deputy Mayor's position", "Status"],
                [
                    "Referrals to the NCCU: intelligence document",
                    "Accepted – process in place since April 2025",
                    "Supported",
                    "Complete",
                ],
                [
                    "Plans to collect, analyse and share OIC information",
                    "Accepted – joint plan being developed with the Yorkshire and Humber ROCU and Humberside Police",
                    "Supported",
                    "In development",
                ],
                [
                    "Hydra training",
                    "Accepted",
                    "Supported, subject to the force confirming funding for Hydra facilitators",
                    "Not started – awaiting funding decision",
                ],
                ["OIC e-learning (four modules)", "Accepted", "Supported", "Planned – Q3 2025/26"],
            ],
        ),
        ("p", "I will report progress to the Police, Fire and Crime Panel."),
        (
            "sign",
            [
                "Jonathan Ellery",
                "Deputy Mayor for Policing, Fire and Crime",
                "York and North Yorkshire Combined Authority",
            ],
        ),
        ("footer", "York and North Yorkshire Combined Authority – Policing, Fire and Crime"),
    ],
)

# 09 Staffordshire: full wording, five columns; recommendation 9 is not answered.
add(
    "tuneset17-09",
    "table",
    "pdf",
    "Staffordshire Police",
    "Staffordshire Police, Fire and Crime Commissioner",
    ("Marcus Tilsley", "Police, Fire and Crime Commissioner for Staffordshire"),
    "2025-07-01",
    [
        item("2", "agree", "implemented", cc="accept"),
        item("4", "note", "not_started", cc="accept"),
        item("8", "support", "planned", cc="accept"),
    ],
    [
        ("letterhead", ["Staffordshire Commissioner's Office", "Block 9, Weston Road", "Stafford ST18 0YY"]),
        ("date", "Date: 01.07.2025"),
        ("address", HMICFRS),
        ("title", f"{TITLE}: Staffordshire response"),
        ("p", "Dear Chief Inspector,"),
        (
            "p",
            "The table below sets out Staffordshire Police's response to the report's recommendations on NCCU referrals, information plans and Hydra training, together with my comment and the force's own RAG rating.",
        ),
        (
            "table",
            [
                ["#", "HMICFRS recommendation", "Staffordshire Police response", "Commissioner's comment", "RAG"],
                [
                    "2",
                    R2,
                    "The force accepts this recommendation. It was implemented through a revised NCCU referral checklist issued on 12 May 2025.",
                    "I agree with this recommendation and with the force's approach.",
                    "Green",
                ],
                [
                    "4",
                    R4,
                    "Accepted. Work has yet to begin: the intelligence function is being restructured and the plan will follow the restructure, date TBC.",
                    "I acknowledge the recommendation and will seek assurance once a timetable is known.",
                    "Red",
                ],
                [
                    "8",
                    R8,
                    "Accepted. Hydra training for 30 relevant officers is scheduled for 15 and 16 October 2025.",
                    "Supported.",
                    "N/A – scheduled",
                ],
            ],
        ),
        ("sign", ["Yours sincerely,", "Marcus Tilsley", "Police, Fire and Crime Commissioner for Staffordshire"]),
        ("footer", "Staffordshire Commissioner's Office"),
    ],
    unanswered=["9"],
)

# 10 Gwent: "Agreed by force" and "PCC supports?" columns with Yes / In part; one row with no update.
add(
    "tuneset17-10",
    "table",
    "docx",
    "Gwent Police",
    "Gwent Police and Crime Commissioner",
    ("Rhian Prosser", "Police and Crime Commissioner for Gwent"),
    "2025-06-30",
    [
        item("2", "support", "in_progress", cc="agree"),
        item("4", "support", "implemented", cc="agree"),
        item("8", "partially_agree", "in_progress", cc="agree"),
        item("9", "support", "not_stated", cc="agree"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner for Gwent",
                "Police Headquarters",
                "Turnpike Road, Croesyceiliog",
                "Cwmbran NP44 2XJ",
            ],
        ),
        ("date", "30 June 2025"),
        ("title", f"{TITLE} (HMICFRS, May 2025)"),
        ("p", "Dear HM Chief Inspector,"),
        (
            "p",
            "I welcome the report and the focus it brings to a crime that exploits some of the most vulnerable people in our communities. The force's response to the four recommendations for chief constables is below; I have added my own view in the third column.",
        ),
        (
            "table",
            [
                ["Recommendation", "Agreed by force", "PCC supports?", "Progress update", "Target date"],
                [
                    "R2 NCCU referrals: intelligence document",
                    "Yes",
                    "Yes",
                    "Rolled out to response and neighbourhood teams in June; Specialist Operations to follow in July.",
                    "31/07/2025",
                ],
                [
                    "R4 OIC collection and sharing plan",
                    "Yes",
                    "Yes",
                    "Collection plan in place since April and shared with TARIAN, the Southern Wales ROCU, and with Dyfed-Powys and South Wales Police.",
                    "Complete",
                ],
                ["R8 Hydra", "Yes", "In part – see note", "First cohort of 18 trained on 12 June 2025.", "30/04/2026"],
                ["R9 OIC e-learning", "Yes", "Yes", "No update this quarter.", "30/04/2026"],
            ],
        ),
        (
            "p",
            "Note on R8: I support Hydra training for detectives and intelligence staff, but I am not convinced it is the best use of response officers' time, and I have asked the Chief Constable to narrow the target group accordingly.",
        ),
        ("sign", ["Yn gywir / Yours sincerely,", "Rhian Prosser", "Police and Crime Commissioner for Gwent"]),
        ("footer", "Gwent OPCC"),
    ],
)

# 11 Avon and Somerset: a web page; the stance only in the prose ("I endorse them"); statuses as short phrases.
add(
    "tuneset17-11",
    "table",
    "html",
    "Avon and Somerset Police",
    "Avon and Somerset Police and Crime Commissioner",
    ("Thomas Hadley", "Police and Crime Commissioner for Avon and Somerset"),
    "2025-07-02",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "not_started", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        ("p", "Date published: 02 July 2025"),
        ("title", f"PCC response: {TITLE}"),
        (
            "p",
            "This page sets out the Police and Crime Commissioner's response to the HMICFRS thematic inspection of organised immigration crime.",
        ),
        (
            "p",
            "Avon and Somerset Police has accepted all four recommendations for chief constables, and I endorse them. The Constabulary's Recommendations Board tracks each one; where we are today is summarised below.",
        ),
        (
            "table",
            [
                ["Ref", "What HMICFRS asked", "Where we are", "Next update due"],
                [
                    "2",
                    "An intelligence document after every NCCU referral",
                    "Closed – evidence accepted by the Recommendations Board on 19 June 2025",
                    "–",
                ],
                [
                    "4",
                    "Clear plans to collect, analyse and share OIC information",
                    "On track for December",
                    "October 2025",
                ],
                ["8", "Hydra training for relevant personnel", "Awaiting national product", "October 2025"],
                ["9", "The four OIC e-learning modules", "40%", "October 2025"],
            ],
        ),
        ("p", "I will continue to scrutinise progress at my monthly Police and Crime Board and will update this page."),
        ("sign", ["Thomas Hadley", "Police and Crime Commissioner for Avon and Somerset"]),
        ("footer", "Office of the Police and Crime Commissioner for Avon and Somerset"),
    ],
)

# 12 Leicestershire: late; "OPCC view" column beside a force update; one acceptance with reservations.
add(
    "tuneset17-12",
    "table",
    "pdf",
    "Leicestershire Police",
    "Leicestershire Police and Crime Commissioner",
    ("Priya Lowe", "Police and Crime Commissioner for Leicestershire"),
    "2025-08-14",
    [
        item("2", "accept", "in_progress"),
        item("4", "accept", "implemented"),
        item("8", "partially_agree", "planned"),
        item("9", "accept", "in_progress"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland",
                "Police Headquarters, St Johns",
                "Enderby LE19 2BX",
            ],
        ),
        ("date", "14th August 2025"),
        ("address", HMICFRS),
        ("title", f"Response to {TITLE}"),
        ("salutation", "Dear Chief Inspector,"),
        ("p", "I apologise for the lateness of this response, which follows the change of Chief Constable in June."),
        (
            "p",
            "The OPCC's view on each recommendation for chief constables is set out below, with the latest update from Leicestershire Police.",
        ),
        (
            "table",
            [
                ["Recommendation", "OPCC view", "Force update"],
                [
                    "2 – NCCU referrals",
                    "Accepted",
                    "Compliance with the intelligence document requirement is now 94% (audit of 50 referrals, June and July).",
                ],
                [
                    "4 – Information plans",
                    "Accepted",
                    "Leicestershire's OIC collection plan was approved in July and is in use, and is shared with the East Midlands Special Operations Unit.",
                ],
                [
                    "8 – Hydra",
                    "Accepted with reservations: the OPCC is concerned about the abstraction of response officers",
                    "Hydra is planned for the 2026 training year.",
                ],
                [
                    "9 – E-learning",
                    "Accepted",
                    "All four modules have been live on the learning platform since 1 August and assigned to 620 officers and staff; 145 completions to date.",
                ],
            ],
        ),
        ("sign", ["Yours sincerely,", "Priya Lowe", "Police and Crime Commissioner for Leicestershire"]),
        ("footer", "OPCC Leicester, Leicestershire and Rutland"),
    ],
    late=True,
)

# 13 Hertfordshire: undated; two rows per recommendation, the first a merged cell holding the wording.
add(
    "tuneset17-13",
    "table",
    "docx",
    "Hertfordshire Constabulary",
    "Hertfordshire Police and Crime Commissioner",
    ("Victoria Amberley", "Hertfordshire Police and Crime Commissioner"),
    None,
    [
        item("2", "support", "not_started", cc="accept"),
        item("4", "support", "implemented", cc="accept"),
        item("8", "note", "in_progress", cc="accept"),
        item("9", "support", "planned", cc="accept"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner for Hertfordshire",
                "Harpenden Hall, Southdown Road",
                "Harpenden AL5 1TR",
            ],
        ),
        ("title", f"HMICFRS report: {TITLE}"),
        ("p", "Response of the Police and Crime Commissioner for Hertfordshire"),
        (
            "p",
            "This response covers the four recommendations that the report makes to chief constables. For each, the recommendation is given in full, followed by the response of Hertfordshire Constabulary and my comment.",
        ),
        (
            "table",
            [
                ["Recommendation", "Force response", "PCC comment"],
                [f"Recommendation 2: {R2}", f"Recommendation 2: {R2}", f"Recommendation 2: {R2}"],
                [
                    "",
                    "Accepted. Work has not yet started; the force is awaiting the revised national NCCU referral form from Immigration Enforcement.",
                    "I support this recommendation.",
                ],
                [f"Recommendation 4: {R4}", f"Recommendation 4: {R4}", f"Recommendation 4: {R4}"],
                [
                    "",
                    "Accepted. A Bedfordshire, Cambridgeshire and Hertfordshire collaborative collection plan was agreed in May and is now business as usual.",
                    "Supported.",
                ],
                [f"Recommendation 8: {R8}", f"Recommendation 8: {R8}", f"Recommendation 8: {R8}"],
                [
                    "",
                    "Accepted. 54% of relevant officers have completed Hydra.",
                    "Noted. I would like to see the remaining officers trained ahead of the deadline.",
                ],
                [f"Recommendation 9: {R9}", f"Recommendation 9: {R9}", f"Recommendation 9: {R9}"],
                ["", "Accepted. Enrolment on the modules begins in November 2025.", "Supported."],
            ],
        ),
        ("sign", ["Victoria Amberley", "Hertfordshire Police and Crime Commissioner"]),
        ("footer", "OPCC Hertfordshire"),
    ],
)

# 14 Merseyside: the PCC agrees in the prose; RAG words alone in the table.
add(
    "tuneset17-14",
    "table",
    "html",
    "Merseyside Police",
    "Merseyside Police and Crime Commissioner",
    ("Joanne Kavanagh", "Merseyside Police and Crime Commissioner"),
    "2025-07-02",
    [
        item("2", "agree", "implemented"),
        item("4", "agree", "in_progress"),
        item("8", "agree", ["planned", "in_progress"]),
        item("9", "agree", "in_progress"),
    ],
    [
        ("letterhead", ["Merseyside Police and Crime Commissioner", "Mather Avenue, Allerton", "Liverpool L18 6HE"]),
        ("date", "2nd July 2025"),
        ("title", f"{TITLE} – PCC response"),
        ("p", "Dear HM Chief Inspector,"),
        (
            "p",
            "Thank you for the report. I agree with all four recommendations for chief constables, and I have asked the Chief Constable to report progress on them to my Scrutiny Panel each quarter. The actions Merseyside Police has taken, and its own RAG assessment, are below. The key is: Blue – closed; Green – on track; Amber – some risk to delivery; Red – off track.",
        ),
        (
            "table",
            [
                ["Recommendation", "Merseyside Police action", "Owner", "RAG"],
                [
                    "2",
                    "Referral template amended; completion of the intelligence document is checked by the Force Intelligence Bureau.",
                    "D/Supt Intelligence",
                    "Blue",
                ],
                [
                    "4",
                    "A Merseyside OIC problem profile is being written to inform the collection plan.",
                    "Head of Analysis",
                    "Amber",
                ],
                [
                    "8",
                    "Hydra exercise dates agreed with the MS&OIC Unit for January 2026.",
                    "Head of Training",
                    "Green",
                ],
                ["9", "E-learning uptake: 12 of 160 (8%).", "Head of Training", "Red"],
            ],
        ),
        (
            "p",
            "Merseyside shares intelligence on organised immigration crime with the Port of Liverpool's Border Force team and with the North West ROCU.",
        ),
        ("sign", ["Yours sincerely,", "Joanne Kavanagh", "Merseyside Police and Crime Commissioner"]),
        ("footer", "Office of the Merseyside Police and Crime Commissioner"),
    ],
)

# 15 Cumbria: mixed stances; agree, partial, disagree with the force that does not accept, note.
add(
    "tuneset17-15",
    "mixed_stances",
    "html",
    "Cumbria Constabulary",
    "Cumbria Police, Fire and Crime Commissioner",
    ("Peter Threlkeld", "Police, Fire and Crime Commissioner for Cumbria"),
    "2025-07-10",
    [
        item("2", "agree", "implemented"),
        item("4", "partially_agree", "planned"),
        item("8", "disagree", "not_started", cc="disagree"),
        item("9", "note", "in_progress"),
    ],
    [
        ("letterhead", ["Cumbria Police, Fire and Crime Commissioner", "Carleton Hall, Penrith CA10 2AU"]),
        ("date", "10 July 2025"),
        ("title", f"Response to HMICFRS: {TITLE}"),
        ("p", "Dear HM Chief Inspector,"),
        (
            "p",
            "I have considered the four recommendations made to chief constables with the Chief Constable. My position is not the same on each, and I set it out below.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "I agree with this recommendation. The Constabulary tells me the intelligence document has been a mandatory part of every NCCU referral since February, and its own audit found no referral without one.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "I accept the spirit of this recommendation, though I am not persuaded that a force of Cumbria's size needs a standalone OIC plan. The Chief Constable intends to fold OIC into the existing serious and organised crime collection plan when it is next refreshed in the autumn.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "The Chief Constable does not accept this recommendation. Organised immigration crime cases are rare in Cumbria, and he does not believe a Hydra exercise is the right use of scarce training time when Lancashire and the North West ROCU hold the specialist capability the force calls on. No Hydra training has been started or arranged. I share his view.",
        ),
        ("heading", "Recommendation 9"),
        ("p", "I note the recommendation. Completion of the four modules currently stands at 51% of the target group."),
        (
            "table",
            [
                ["Recommendation", "Commissioner's position"],
                ["2", "Agree"],
                ["4", "Accept in part"],
                ["8", "Do not support – I share the Chief Constable's view"],
                ["9", "Noted"],
            ],
        ),
        ("sign", ["Yours sincerely,", "Peter Threlkeld", "Police, Fire and Crime Commissioner for Cumbria"]),
        ("footer", "Cumbria Police, Fire and Crime Commissioner"),
    ],
)

# 16 Derbyshire: plain text; a covering letter with a blanket stance and the Chief Constable's response annexed.
add(
    "tuneset17-16",
    "cc_annex",
    "txt",
    "Derbyshire Constabulary",
    "Derbyshire Police and Crime Commissioner",
    ("Nicholas Bramley", "Police and Crime Commissioner for Derbyshire"),
    "2025-07-08",
    [
        item("2", "support", "planned", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "implemented", cc="accept"),
        item("9", "support", "in_progress", cc="partially_agree"),
    ],
    [
        (
            "letterhead",
            ["Office of the Police and Crime Commissioner for Derbyshire", "Butterley Hall, Ripley DE5 3RS"],
        ),
        ("date", "8 July 2025"),
        ("address", HMICFRS),
        ("title", f"Re: {TITLE}"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "Thank you for your report. I support all four recommendations made to chief constables. I asked the Chief Constable, Rachel Swinden, for her response, which is appended as Annex A. I shall oversee its delivery through my Strategic Priorities Assurance Board.",
        ),
        ("sign", ["Yours sincerely,", "Nicholas Bramley", "Police and Crime Commissioner for Derbyshire"]),
        ("heading", "Annex A: Response of the Chief Constable of Derbyshire Constabulary"),
        (
            "p",
            "Recommendation 2. Accepted. A process change has been agreed and will be implemented in October alongside the Niche upgrade.",
        ),
        (
            "p",
            "Recommendation 4. Accepted. The collection plan has been written and is being consulted on with the East Midlands Special Operations Unit.",
        ),
        (
            "p",
            "Recommendation 8. Accepted. Completed: 100% of relevant personnel in the Serious and Organised Crime Unit have been trained.",
        ),
        (
            "p",
            "Recommendation 9. Accepted in part. The force will require modules 1 and 2 of all frontline staff but modules 3 and 4 only of specialist investigators. Enrolment on modules 1 and 2 is under way.",
        ),
        ("p", "Rachel Swinden, Chief Constable"),
    ],
)


def main() -> None:
    about = (
        "tuneset17: 16 hand-written oic-2025 response letters for TUNING the letter reader: 14 tables (docx 5, "
        "html 5, pdf 4) with varied columns, body stance in a column or only in the prose, force and body columns "
        "that differ, two rows per recommendation and statuses as RAG words, dates, shares and short phrases; one "
        "mixed_stances letter (html) and one cc_annex letter (txt). One undated, two late, one leaving a finding "
        "unanswered. Written by hand; names invented."
    )
    corpus.write_set(HERE, about, ((blocks, truth) for truth, blocks in LETTERS))


if __name__ == "__main__":
    main()
