# ruff: noqa: E501  (letter text is data: long sentences are kept whole)
"""Build the tuneset15 set: ``letters/`` and ``truth.json``, reproducibly.

    .venv/bin/python tests/ingest/tuneset15/build.py

A tuning set of 30 hand-written responses to the organised immigration crime report, written independently of the
reader: twelve response tables that set the commissioner's view beside the force's in varied columns, ten letters
that give one stance for every recommendation and then report progress in prose (often by subject rather than by
number), four letters under paraphrased headings and four whose tables have been flattened into running text.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
sys.path.insert(0, str(CORPUS))

import build as corpus  # noqa: E402

SPLIT = "tuneset15"
OIC = "oic-2025"
SOC = "soc-yh-2025"
OIC_TITLE = "Improving the response to organised immigration crime"
SOC_TITLE = "An inspection of the Yorkshire and Humber regional response to serious and organised crime"

Blocks = list[tuple[str, Any]]
LETTERS: list[tuple[dict[str, Any], Blocks]] = []
add = corpus.letter_adder(LETTERS, split=SPLIT)
item = corpus.item

# add(id, kind, fmt, force, organisation, (author name, author role), iso date or None,
#     [item("2", "support", "implemented", cc="accept"), ...], blocks,
#     report=SOC (for soc letters), late=True (when late), unanswered=["8"] (when some are unanswered),
#     title="..." (only if the letter names the report differently from its exact title))
# The letter must contain the author's name and report_title_in_letter (whitespace-normalised) somewhere.

CC = "chief_constable"

# ------------------------------------------------------------------------------------------------
# Tables: the commissioner's view beside the force's

add(
    "ts15-01-cleveland",
    "table",
    "docx",
    "Cleveland Police",
    "Cleveland Police and Crime Commissioner",
    ("Rachel Ormesby", "Police and Crime Commissioner for Cleveland"),
    "2025-07-02",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        (
            "letterhead",
            ["Office of the Police and Crime Commissioner for Cleveland", "Middlesbrough", "Tel: 01642 000 000"],
        ),
        ("date", "2 July 2025"),
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS", "By email"]),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Response to HMICFRS: Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for the report, which was published on 16 May 2025. Section 55 of the Police Act 1996 requires me to publish my comments on it. I have asked the Chief Constable for her response to the recommendations directed at chief constables, and I have set it out in the table below next to my own comments.",
        ),
        (
            "p",
            "Recommendations 1, 3, 5, 6, 7 and 10 are for the Home Office, the National Crime Agency and other national bodies, and I have not commented on them.",
        ),
        (
            "table",
            [
                ["Recommendation", "Force response", "PCC comment"],
                [
                    "Recommendation 2 – intelligence document for every NCCU referral",
                    "Accepted. Since 2 June 2025 the crime recording system has not allowed an officer to close an NCCU referral until the intelligence submission is attached. The requirement is now in place across the force.",
                    "I support this. I have asked for quarterly compliance figures so that I can check the change is working.",
                ],
                [
                    "Recommendation 4 – plans to collect, analyse and share OIC information",
                    "Accepted. The Force Intelligence Bureau is drafting an OIC collection plan and an information-sharing agreement with Immigration Enforcement. Sign-off is expected at the Serious and Organised Crime Board in October 2025.",
                    "Supported.",
                ],
                [
                    "Recommendation 8 – Hydra training package",
                    "Accepted. Sessions for detectives, intelligence officers and custody sergeants have been booked with the MS&OIC Unit for February 2026.",
                    "Supported. I will seek assurance that the sessions take place as booked.",
                ],
                [
                    "Recommendation 9 – OIC e-learning (four modules)",
                    "Accepted. The four modules have been added to the mandatory training matrix for response, neighbourhood and investigation teams. Completion currently stands at 41%.",
                    "Supported. Completion will be reported to my Scrutiny and Performance Board until it reaches 100%.",
                ],
            ],
        ),
        (
            "p",
            "Teesport and the A19 corridor give organised immigration crime a particular relevance to Cleveland, and I am grateful to the inspectorate for a report that will help us tackle it.",
        ),
        ("sign", ["Yours sincerely,", "", "Rachel Ormesby", "Police and Crime Commissioner for Cleveland"]),
        ("footer", "Cleveland Police and Crime Commissioner"),
    ],
)

add(
    "ts15-02-durham",
    "table",
    "docx",
    "Durham Constabulary",
    "Durham Police and Crime Commissioner",
    ("Kevin Stobbart", "Police and Crime Commissioner for Durham and Darlington"),
    "2025-06-27",
    [
        item("2", "agree", "in_progress", cc="accept"),
        item("4", "agree", "implemented", cc="accept"),
        item("8", ["support", "partially_agree"], "planned", cc="partially_agree"),
        item("9", "agree", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Durham and Darlington Police and Crime Commissioner", "Aykley Heads, Durham"]),
        ("p", "Our ref: KS/HMI/25-031"),
        ("date", "Date: 27 June 2025"),
        ("address", ["HMICFRS", "Correspondence Team", "Via the online portal"]),
        ("salutation", "Dear HM Inspector,"),
        ("title", "HMICFRS inspection report – Improving the response to organised immigration crime"),
        (
            "p",
            "I am writing in response to your report on organised immigration crime. I have discussed it with the Chief Constable, and his position on each recommendation addressed to chief constables is shown below with my own view alongside it.",
        ),
        (
            "table",
            [
                ["Ref", "HMICFRS recommendation", "Chief Constable's position", "Commissioner's view"],
                [
                    "R2",
                    "Every referral to the NCCU to be followed by the required intelligence document (by 30 April 2026)",
                    "Accepted. A refresher briefing has gone to all officers and the control room now prompts for the intelligence document at the point of referral. Compliance audits begin in September.",
                    "Agree.",
                ],
                [
                    "R4",
                    "Clear plans to collect, analyse and share OIC information (by 31 December 2025)",
                    "Accepted. The force already has an OIC intelligence requirement and collection plan, reviewed every quarter at the Force Tasking and Co-ordination Group. This recommendation is met.",
                    "Agree. I am reassured that this is already in place.",
                ],
                [
                    "R8",
                    "Relevant personnel to complete the Hydra training package, working with the MS&OIC Unit (by 30 April 2026)",
                    "Partially accepted. Hydra will be delivered to intelligence and investigative staff during 2026. The force does not consider it proportionate to put every frontline officer through the package and will brief them through a shorter input instead.",
                    "I understand the Chief Constable's reasoning and support the proportionate approach.",
                ],
                [
                    "R9",
                    "Relevant personnel to complete the four modules of the OIC e-learning (by 30 April 2026)",
                    "Accepted. The modules are being rolled out; 63% of relevant staff have completed all four so far.",
                    "Agree.",
                ],
            ],
        ),
        (
            "p",
            "I will continue to monitor progress through my quarterly accountability meetings with the Chief Constable.",
        ),
        ("sign", ["Yours sincerely", "Kevin Stobbart", "Police and Crime Commissioner for Durham and Darlington"]),
        ("footer", "Durham Police and Crime Commissioner"),
    ],
)

add(
    "ts15-03-northumbria",
    "table",
    "docx",
    "Northumbria Police",
    "Northumbria Police and Crime Commissioner",
    ("Susan Dunmore", "Police and Crime Commissioner for Northumbria"),
    None,
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "planned", cc="accept"),
        item("8", "note", "not_started", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        (
            "letterhead",
            ["Northumbria Police and Crime Commissioner", "Second Floor, Civic Centre, Newcastle upon Tyne"],
        ),
        (
            "title",
            "Northumbria PCC response to the HMICFRS report “Improving the response to organised immigration crime”",
        ),
        (
            "p",
            "This document is the response of the Police and Crime Commissioner (PCC) for Northumbria to the inspectorate's national report, made under section 55 of the Police Act 1996. Only the four recommendations that fall to chief constables are covered. Each entry records the force's response and the PCC's position.",
        ),
        (
            "table",
            [
                ["No.", "Recommendation (summary)", "Response"],
                [
                    "2",
                    "Intelligence document to be completed for every NCCU referral",
                    "Accepted by the force. The PCC supports this recommendation. A revised referral procedure went live on 1 July 2025 and the intelligence document is now a required step in it.",
                ],
                [
                    "4",
                    "Plans to collect, analyse and share OIC information",
                    "Accepted by the force and supported by the PCC. The force will write its OIC intelligence plan once the regional problem profile arrives in the autumn.",
                ],
                [
                    "8",
                    "Hydra training package",
                    "The Chief Constable accepts this recommendation. The PCC notes it and will look at the cost of backfilling officers' time through the budget process. Training has not yet been scheduled.",
                ],
                [
                    "9",
                    "Four modules of OIC e-learning",
                    "Accepted by the force. The PCC supports this. The modules are live on the force learning platform and staff are working through them.",
                ],
            ],
        ),
        (
            "p",
            "The PCC will receive an update on all four recommendations at the Northumbria Strategic Oversight meeting in the new year.",
        ),
        ("sign", ["Susan Dunmore", "Police and Crime Commissioner for Northumbria"]),
        ("footer", "Northumbria Police and Crime Commissioner – published response"),
    ],
)

add(
    "ts15-04-humberside",
    "table",
    "docx",
    "Humberside Police",
    "Humberside Police and Crime Commissioner",
    ("Daniel Hebblewhite", "Police and Crime Commissioner for Humberside"),
    "2025-06-30",
    [
        item("2", "accept", "implemented", by=CC, cc="accept"),
        item("4", "accept", "in_progress", by=CC, cc="accept"),
        item("8", "accept", "not_started", by=CC, cc="accept"),
        item("9", "accept", "in_progress", by=CC, cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Humberside", "The Lawns, Hull"]),
        ("date", "30th June 2025"),
        (
            "address",
            [
                "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
                "Clive House",
                "70 Petty France",
                "London SW1H 9EX",
            ],
        ),
        ("salutation", "Dear Sir or Madam,"),
        ("heading", "Improving the response to organised immigration crime"),
        (
            "p",
            "The Chief Constable has accepted each of the four recommendations the report makes to chief constables. The table shows the position the force has reported to me and the assurance my office has been able to obtain so far.",
        ),
        (
            "table",
            [
                ["Recommendation", "Owner", "RAG", "Update", "OPCC assurance"],
                [
                    "2 – NCCU referrals and intelligence submissions",
                    "Head of Intelligence",
                    "Green",
                    "Complete. Submitting the intelligence report is now mandatory for every NCCU referral; guidance was published on the force intranet in June 2025.",
                    "Assured – policy seen; dip sample planned for Q3.",
                ],
                [
                    "4 – OIC collection, analysis and sharing",
                    "Det Supt, Serious and Organised Crime",
                    "Amber",
                    "Collection plan in draft; an analytical product is being developed with the regional organised crime unit.",
                    "Partially assured – to be reviewed at the December Accountability Board.",
                ],
                [
                    "8 – Hydra",
                    "Head of Learning and Development",
                    "Red",
                    "Not started. The force is awaiting course dates from the MS&OIC Unit.",
                    "Not yet assured.",
                ],
                [
                    "9 – OIC e-learning",
                    "Head of Learning and Development",
                    "Amber",
                    "All four modules assigned to 1,100 officers and staff; 35% completion to date.",
                    "Monitoring monthly.",
                ],
            ],
        ),
        (
            "p",
            "The Humber ports make this an important area of work for us, and I will continue to hold the Chief Constable to account for delivery through my Accountability Board.",
        ),
        ("sign", ["Yours faithfully,", "Daniel Hebblewhite", "Police and Crime Commissioner for Humberside"]),
        ("footer", "Humberside Police and Crime Commissioner"),
    ],
)

add(
    "ts15-05-lancashire",
    "table",
    "html",
    "Lancashire Constabulary",
    "Lancashire Police and Crime Commissioner",
    ("Graham Pilling", "Police and Crime Commissioner for Lancashire"),
    "2025-07-04",
    [
        item("2", "accept", "in_progress", by=CC, cc="accept"),
        item("4", "accept", "implemented", by=CC, cc="accept"),
        item("8", "accept", "planned", by=CC, cc="accept"),
        item("9", "accept", "not_stated", by=CC, cc="accept"),
    ],
    [
        ("title", "PCC response: Improving the response to organised immigration crime"),
        ("date", "4 July 2025"),
        (
            "p",
            "HMICFRS published its national inspection of the police response to organised immigration crime on 16 May 2025. The report makes ten recommendations, four of which are for chief constables. Below is the Chief Constable's response to each of those four, with my comments.",
        ),
        (
            "table",
            [
                ["HMICFRS recommendation", "Force response", "Commissioner's comment"],
                [
                    "Recommendation 2: By 30 April 2026, make sure the reporting officer completes and submits the required intelligence document every time a case is reported to the NCCU.",
                    "Accepted. A briefing has been issued to all staff and compliance checks are under way across the three basic command units.",
                    "I have asked for compliance figures to come to me each quarter.",
                ],
                [
                    "Recommendation 4: By 31 December 2025, have clear plans to collect, analyse and share information related to organised immigration crime.",
                    "Accepted. The collection plan is in place and an information-sharing protocol with Border Force and Immigration Enforcement was signed in May 2025.",
                    "Good progress. My office has seen the protocol.",
                ],
                [
                    "Recommendation 8: Make sure relevant personnel complete the Hydra training package.",
                    "Accepted. A Hydra exercise for senior investigating officers and intelligence staff is scheduled for March 2026.",
                    "My office will attend the exercise as observers.",
                ],
                [
                    "Recommendation 9: Make sure relevant personnel complete the four modules of the OIC e-learning package.",
                    "Accepted.",
                    "I will ask for an update in the new year.",
                ],
            ],
        ),
        ("p", "I will keep the public informed through my website as this work progresses."),
        ("sign", ["Graham Pilling", "Police and Crime Commissioner for Lancashire"]),
        ("footer", "Lancashire Police and Crime Commissioner"),
    ],
)

add(
    "ts15-06-merseyside",
    "table",
    "html",
    "Merseyside Police",
    "Merseyside Police and Crime Commissioner",
    ("Lorraine Kettle", "Merseyside Police and Crime Commissioner"),
    "2025-06-18",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "note", "planned", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Merseyside Police and Crime Commissioner", "Liverpool"]),
        ("date", "18 June 2025"),
        ("salutation", "Dear Chief Inspector"),
        ("title", "Improving the response to organised immigration crime: response of the Merseyside PCC"),
        (
            "p",
            "I welcome the opportunity to respond to this report. The Position column below gives Merseyside Police's response to each recommendation for chief constables; the final column gives mine.",
        ),
        (
            "table",
            [
                ["Rec", "Action", "Position", "PCC"],
                [
                    "2",
                    "Make the intelligence submission mandatory for every NCCU referral and update the referral procedure.",
                    "Accepted – complete.",
                    "Supported.",
                ],
                [
                    "4",
                    "Produce a plan to collect, analyse and share OIC information.",
                    "Accepted – in progress; due December 2025.",
                    "Support – will monitor through the Accountability Board.",
                ],
                [
                    "8",
                    "Deliver the Hydra training package with the MS&OIC Unit.",
                    "Accepted – planned for Q1 2026.",
                    "Noted.",
                ],
                [
                    "9",
                    "Relevant staff to complete the four OIC e-learning modules.",
                    "Accepted – in progress.",
                    "Supported.",
                ],
            ],
        ),
        (
            "p",
            "With the Port of Liverpool and a busy airport in the county, I expect the force to keep this work at the front of its serious and organised crime plan.",
        ),
        ("sign", ["Yours sincerely", "Lorraine Kettle", "Merseyside Police and Crime Commissioner"]),
        ("footer", "Merseyside Police and Crime Commissioner"),
    ],
)

add(
    "ts15-07-greater-manchester",
    "table",
    "html",
    "Greater Manchester Police",
    "Mayor of Greater Manchester (Greater Manchester Combined Authority)",
    ("Samira Okafor", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"),
    "2025-07-08",
    [
        item("2", "agree", "in_progress", cc="agree"),
        item("4", "agree", "implemented", cc="agree"),
        item("8", "partially_agree", "planned", by=CC, cc="partially_agree"),
    ],
    [
        (
            "letterhead",
            [
                "Greater Manchester Combined Authority",
                "Policing, Crime, Criminal Justice and Fire",
                "Tootal Buildings, Manchester",
            ],
        ),
        ("date", "8 July 2025"),
        ("address", ["HM Inspector of Constabulary", "HMICFRS"]),
        ("salutation", "Dear HM Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "On behalf of the Mayor of Greater Manchester, I am responding to the inspectorate's report. Greater Manchester Police's response to the recommendations it is asked to lead on, and my view of each, are set out below.",
        ),
        (
            "table",
            [
                ["Recommendation", "GMP response", "Deputy Mayor's view"],
                [
                    "Recommendation 2 – intelligence document after every NCCU referral",
                    "Agreed. Completing the intelligence report at the point of NCCU referral is being built into the force's records system; the change is due to go live in January 2026.",
                    "I agree with the recommendation and with the approach GMP is taking.",
                ],
                [
                    "Recommendation 4 – plans to collect, analyse and share OIC information",
                    "Agreed. Already in place through the Greater Manchester Organised Immigration Crime Tactical Plan, refreshed in April 2025.",
                    "Agreed.",
                ],
                [
                    "Recommendation 8 – Hydra training package",
                    "Agreed in part. Hydra will be delivered to specialist investigators and the Force Intelligence Bureau in 2026. GMP does not intend to put all frontline staff through it.",
                    "I have asked GMP to look again at who should receive this training and to report back to me by the end of the year.",
                ],
            ],
        ),
        (
            "p",
            "Progress will be reported to the Greater Manchester Police, Fire and Crime Panel as part of the regular performance updates.",
        ),
        ("sign", ["Yours sincerely,", "Samira Okafor", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"]),
        ("footer", "Greater Manchester Combined Authority"),
    ],
    unanswered=["9"],
)

add(
    "ts15-08-kent",
    "table",
    "html",
    "Kent Police",
    "Kent Police and Crime Commissioner",
    ("Philip Ashdown", "Kent Police and Crime Commissioner"),
    "2025-07-09",
    [
        item("2", "accept", "implemented", cc="accept"),
        item("4", "accept", "in_progress", cc="accept"),
        item("8", "accept", "planned", cc="accept"),
        item("9", "accept", "not_started", cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Kent Police and Crime Commissioner", "Sessions House, Maidstone"]),
        ("date", "9 July 2025"),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Response to HMICFRS report: Improving the response to organised immigration crime"),
        (
            "p",
            "Kent is the county where small boat arrivals and freight through the Port of Dover put organised immigration crime in front of officers every day, so I read this report with particular interest.",
        ),
        (
            "p",
            "The Chief Constable and I have each considered the four recommendations for chief constables. Our responses, and the force's assessment of where things stand, are below.",
        ),
        (
            "table",
            [
                ["Recommendation", "Chief Constable's response", "Status", "Commissioner's response"],
                ["2. Intelligence document for every NCCU referral", "Accept", "Complete", "Accept"],
                [
                    "4. Plans to collect, analyse and share OIC information",
                    "Accept",
                    "On track – collection plan drafted; analytical product in development",
                    "Accept",
                ],
                [
                    "8. Hydra training package",
                    "Accept",
                    "Scheduled – dates agreed with the MS&OIC Unit for January and February 2026",
                    "Accept. I will want to see attendance figures.",
                ],
                [
                    "9. Four OIC e-learning modules",
                    "Accept",
                    "Not started – the force is waiting for the College of Policing to publish the updated fourth module",
                    "Accept",
                ],
            ],
        ),
        ("p", "I will hold the Chief Constable to account for these at my Performance and Delivery Board."),
        ("sign", ["Yours sincerely", "Philip Ashdown", "Kent Police and Crime Commissioner"]),
        ("footer", "Kent Police and Crime Commissioner"),
    ],
)

add(
    "ts15-09-essex",
    "table",
    "pdf",
    "Essex Police",
    "Essex Police, Fire and Crime Commissioner",
    ("Martin Colebrook", "Police, Fire and Crime Commissioner for Essex"),
    "2025-07-01",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", ["in_progress", "planned"], cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Police, Fire and Crime Commissioner for Essex", "Kelvedon Park, Essex"]),
        ("date", "1st July 2025"),
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS"]),
        ("salutation", "Dear Chief Inspector"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for your report Improving the response to organised immigration crime. I set out below the response of Essex Police to the recommendations for chief constables, together with my comments as PFCC.",
        ),
        (
            "table",
            [
                ["Recommendation", "Force response", "PFCC comment"],
                [
                    "2 – Intelligence document for NCCU referrals",
                    "Accepted. Essex Police has updated its immigration referral guidance. The Force Control Room supervisor now checks that the intelligence report has been submitted before the incident is closed.",
                    "I support the recommendation and the steps the force has taken.",
                ],
                [
                    "4 – Plans to collect, analyse and share OIC information",
                    "Accepted. An OIC problem profile is being produced with the Eastern Region Special Operations Unit and will inform the force collection plan.",
                    "Supported.",
                ],
                [
                    "8 – Hydra training package",
                    "Accepted. All detective inspectors and the force OIC lead completed Hydra in June 2025. Wider roll-out to other relevant staff will follow in 2026.",
                    "Supported.",
                ],
                [
                    "9 – OIC e-learning",
                    "Accepted. Roll-out of the four modules began in June; 52% of relevant staff have completed all four.",
                    "Supported – I will track completion through my Performance and Resources Scrutiny Board.",
                ],
            ],
        ),
        (
            "p",
            "Essex has a long coastline and the ports of Harwich and Tilbury. I am confident the force understands the threat and I will keep its progress under review.",
        ),
        ("sign", ["Yours sincerely,", "Martin Colebrook", "Police, Fire and Crime Commissioner for Essex"]),
        ("footer", "Essex Police, Fire and Crime Commissioner"),
    ],
)

add(
    "ts15-10-hertfordshire",
    "table",
    "pdf",
    "Hertfordshire Constabulary",
    "Hertfordshire Police and Crime Commissioner",
    ("Jonathan Peverell", "Police and Crime Commissioner for Hertfordshire"),
    "2025-07-07",
    [
        item("2", "agree", "in_progress", cc="accept"),
        item("4", "agree", "implemented", cc="accept"),
        item("8", "note", "planned", cc="accept"),
        item("9", "agree", "not_started", cc="accept"),
    ],
    [
        ("letterhead", ["Hertfordshire Police and Crime Commissioner", "Welwyn Garden City"]),
        ("date", "7 July 2025"),
        ("address", ["HMICFRS", "By email"]),
        ("salutation", "Dear HM Inspector,"),
        ("heading", "Improving the response to organised immigration crime – my response"),
        (
            "p",
            "I have considered the report with the Chief Constable. The table gives his response to each recommendation made to chief constables and mine.",
        ),
        (
            "p",
            "On Hydra, I have noted the Chief Constable's acceptance. Before I commit additional funding I want to understand the cost of releasing officers for the training, and I have asked him for a costed proposal. The force intends to run the training next year once dates are agreed.",
        ),
        (
            "table",
            [
                ["Ref", "Recommendation", "Chief Constable", "PCC"],
                [
                    "R2",
                    "Intelligence document for every NCCU referral",
                    "Accepted. The Athena referral workflow is being changed so that the intelligence report becomes a mandatory step. Testing is under way.",
                    "Agreed.",
                ],
                [
                    "R4",
                    "Plans to collect, analyse and share OIC information",
                    "Accepted. Complete – the OIC collection plan was approved in June 2025 and has been shared with regional partners.",
                    "Agreed.",
                ],
                [
                    "R8",
                    "Hydra training package",
                    "Accepted. Dates to be agreed with the MS&OIC Unit.",
                    "Noted – see covering letter.",
                ],
                [
                    "R9",
                    "Four modules of OIC e-learning",
                    "Accepted. Not yet begun – the force is waiting for the refreshed modules to be released.",
                    "Agreed.",
                ],
            ],
        ),
        ("sign", ["Yours sincerely", "Jonathan Peverell", "Police and Crime Commissioner for Hertfordshire"]),
        ("footer", "Hertfordshire Police and Crime Commissioner"),
    ],
)

add(
    "ts15-11-norfolk",
    "table",
    "pdf",
    "Norfolk Constabulary",
    "Norfolk Police and Crime Commissioner",
    ("Clare Hethersett", "Police and Crime Commissioner for Norfolk"),
    "2025-06-25",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "planned", cc="accept"),
        item("8", "support", "in_progress", cc="accept"),
        item("9", "support", "implemented", cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Norfolk", "Jubilee House, Wymondham"]),
        ("date", "25 June 2025"),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "HMICFRS: Improving the response to organised immigration crime"),
        (
            "p",
            "I support all four of the recommendations addressed to chief constables, and the Chief Constable has accepted them. The table below sets out what Norfolk Constabulary has told me about each, and what assurance my office has obtained or will seek.",
        ),
        (
            "table",
            [
                ["HMICFRS recommendation", "Norfolk Constabulary response", "OPCC assurance"],
                [
                    "2. Intelligence document for every NCCU referral",
                    "Revised guidance has been in place since April 2025. A repeat audit in the autumn will test compliance.",
                    "Assurance to be sought at the November Police Accountability Forum.",
                ],
                [
                    "4. Plans to collect, analyse and share OIC information",
                    "Work will begin once the Eastern region OIC co-ordinator is appointed in September 2025.",
                    "My office will review the plan when it is drafted.",
                ],
                [
                    "8. Hydra training package",
                    "120 of the 300 identified staff have attended a Hydra session.",
                    "On track.",
                ],
                [
                    "9. OIC e-learning (four modules)",
                    "Complete. All relevant personnel have finished the four modules.",
                    "Completion records checked by my office in June 2025.",
                ],
            ],
        ),
        ("p", "If you need anything further, my Chief Executive will be happy to help."),
        ("sign", ["Yours sincerely,", "Clare Hethersett", "Police and Crime Commissioner for Norfolk"]),
        ("footer", "Norfolk OPCC"),
    ],
)

add(
    "ts15-12-cheshire",
    "table",
    "pdf",
    "Cheshire Constabulary",
    "Cheshire Police and Crime Commissioner",
    ("Daniel Penketh", "Police and Crime Commissioner for Cheshire"),
    "2025-07-10",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "accept", "in_progress", by=CC, cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "accept", "in_progress", by=CC, cc="accept"),
    ],
    [
        ("letterhead", ["Police and Crime Commissioner for Cheshire", "Winsford"]),
        ("date", "10 July 2025"),
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS"]),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Please find below my response to the report. The Response column is the Chief Constable's; the final column is mine.",
        ),
        (
            "table",
            [
                ["Recommendation", "Response", "Commissioner's view"],
                [
                    "2: Intelligence document for every NCCU referral",
                    "Accepted – the new process has been live since May 2025.",
                    "Supported.",
                ],
                [
                    "4: Plans to collect, analyse and share OIC information",
                    "Accepted – the plan is being written and is due for sign-off in December 2025.",
                    "I will scrutinise the plan when it is complete.",
                ],
                ["8: Hydra training package", "Accepted – scheduled for spring 2026.", "Supported."],
                ["9: OIC e-learning", "Accepted – under way.", "I will receive completion data every quarter."],
            ],
        ),
        ("sign", ["Yours sincerely,", "Daniel Penketh", "Police and Crime Commissioner for Cheshire"]),
        ("footer", "Cheshire OPCC"),
    ],
)

# ------------------------------------------------------------------------------------------------
# Blanket: one stance for all, progress in prose

add(
    "ts15-13-cumbria",
    "blanket",
    "txt",
    "Cumbria Constabulary",
    "Cumbria Police, Fire and Crime Commissioner",
    ("Helen Brathay", "Police, Fire and Crime Commissioner for Cumbria"),
    "2025-06-23",
    [
        item("2", "accept", "in_progress"),
        item("4", "accept", "in_progress"),
        item("8", "accept", "planned"),
        item("9", "accept", "in_progress"),
    ],
    [
        ("letterhead", ["Cumbria Police, Fire and Crime Commissioner", "Carleton Hall, Penrith"]),
        ("date", "Monday 23 June 2025"),
        ("salutation", "Dear Chief Inspector,"),
        ("p", "Re: Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for the above report. I accept all the recommendations that it makes to chief constables, and I have discussed them with the Chief Constable at our most recent Public Accountability Conference.",
        ),
        (
            "p",
            "The referral work and the collection plan are both under way. The Constabulary has reminded officers that an intelligence report must go with every referral to the NCCU, and supervisors are checking this each month. A draft collection plan for organised immigration crime went to the Force Intelligence Board last week and is being revised in the light of comments.",
        ),
        (
            "p",
            "Hydra will be delivered next year in partnership with the MS&OIC Unit, and the e-learning is already being completed by officers in the investigation teams and the Local Focus Hubs.",
        ),
        (
            "p",
            "Cumbria is a largely rural county, but the M6 and the west coast ports mean that organised immigration crime does pass through it, and I will keep a close eye on this work.",
        ),
        ("sign", ["Yours sincerely", "", "Helen Brathay", "Police, Fire and Crime Commissioner for Cumbria"]),
    ],
)

add(
    "ts15-14-derbyshire",
    "blanket",
    "txt",
    "Derbyshire Constabulary",
    "Derbyshire Police and Crime Commissioner",
    ("Stephen Wirksworth", "Police and Crime Commissioner for Derbyshire"),
    "2025-07-03",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "not_stated", cc="accept"),
        item("8", "support", "not_stated", cc="accept"),
        item("9", "support", "planned", cc="accept"),
    ],
    [
        (
            "letterhead",
            ["OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR DERBYSHIRE", "Butterley Hall, Ripley, Derbyshire"],
        ),
        ("date", "03/07/2025"),
        ("address", ["HMICFRS", "Clive House", "London"]),
        ("salutation", "Dear HM Inspector"),
        ("title", "HMICFRS National Thematic: Improving the response to organised immigration crime"),
        (
            "p",
            "The Chief Constable has accepted the four recommendations that the report directs to chief constables, and I support them.",
        ),
        (
            "p",
            "Derbyshire Constabulary has already issued new guidance so that every referral to the National Command and Control Unit is followed by an intelligence submission. The force tells me that all relevant officers will complete the e-learning before the April 2026 deadline.",
        ),
        ("p", "I will report on the other recommendations when the force next updates my Strategic Governance Board."),
        ("sign", ["Yours sincerely", "Stephen Wirksworth", "Police and Crime Commissioner for Derbyshire"]),
    ],
)

add(
    "ts15-15-city-of-london",
    "blanket",
    "docx",
    "City of London Police",
    "City of London Corporation (Police Authority Board)",
    ("Timothy Farrant", "Chairman, Police Authority Board"),
    "2025-06-16",
    [
        item("2", "agree", "implemented"),
        item("4", "agree", "in_progress"),
        item("8", "agree", "planned"),
        item("9", "agree", "in_progress"),
    ],
    [
        ("letterhead", ["City of London Corporation", "Police Authority Board", "Guildhall, London EC2"]),
        ("date", "16 June 2025"),
        ("address", ["His Majesty's Chief Inspector of Constabulary", "HMICFRS"]),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "I write as Chairman of the Police Authority Board, which is the policing body for the City of London, in response to the above report.",
        ),
        (
            "p",
            "The Board agrees with all of the recommendations made to chief constables. The Commissioner of Police has briefed Members on how City of London Police is taking them forward.",
        ),
        (
            "p",
            "The Commissioner has told the Board that the referral requirement is already met. City officers refer relatively few cases to the NCCU, and every referral made since January has been accompanied by an intelligence report.",
        ),
        (
            "p",
            "Plans to collect and share information are being developed with the Metropolitan Police Service and British Transport Police, with a target date of November 2025.",
        ),
        (
            "p",
            "On training, the e-learning has been assigned to all response and economic crime officers, and Hydra places have been requested from the MS&OIC Unit for early 2026.",
        ),
        ("p", "The Board will receive a further update at its autumn meeting."),
        ("sign", ["Yours sincerely,", "Timothy Farrant", "Chairman, Police Authority Board"]),
        ("footer", "City of London Corporation"),
    ],
)

add(
    "ts15-16-lincolnshire",
    "blanket",
    "docx",
    "Lincolnshire Police",
    "Lincolnshire Police and Crime Commissioner",
    ("Marcus Heckington", "Police and Crime Commissioner for Lincolnshire"),
    "2025-07-21",
    [
        item("2", "support", "implemented"),
        item("4", "support", "in_progress"),
        item("8", "support", "not_started"),
        item("9", "support", "planned"),
    ],
    [
        ("letterhead", ["Lincolnshire Police and Crime Commissioner", "Deepdale Lane, Nettleham"]),
        ("date", "21 July 2025"),
        ("address", ["HM Inspector of Constabulary", "HMICFRS"]),
        ("salutation", "Dear HM Inspector,"),
        ("title", "Improving the response to organised immigration crime – PCC response"),
        ("p", "Please accept my apologies for the delay in sending this response."),
        (
            "p",
            "I support the recommendations made to chief constables. Lincolnshire's coastline and its agricultural and food processing industries leave the county exposed to organised immigration crime and labour exploitation, and I want to see the force act on all of them.",
        ),
        (
            "p",
            "The force has made the intelligence submission a mandatory part of its NCCU referral process, and work on the collection plan is well advanced.",
        ),
        (
            "p",
            "Hydra has not yet started and no dates have been set. I have asked the Chief Constable to tell me how he intends to meet the April 2026 deadline. The e-learning modules will be added to the force training plan for 2025/26.",
        ),
        ("sign", ["Yours sincerely", "Marcus Heckington", "Police and Crime Commissioner for Lincolnshire"]),
        ("footer", "Lincolnshire Police and Crime Commissioner"),
    ],
    late=True,
)

add(
    "ts15-17-northamptonshire",
    "blanket",
    "html",
    "Northamptonshire Police",
    "Northamptonshire Police, Fire and Crime Commissioner",
    ("Gillian Oundle", "Police, Fire and Crime Commissioner for Northamptonshire"),
    "2025-06-26",
    [
        item("2", "note", "implemented", cc="accept"),
        item("4", "note", "in_progress", cc="accept"),
        item("8", "partially_agree", "planned", cc="accept"),
        item("9", "note", "not_stated", cc="accept"),
    ],
    [
        ("title", "Response to HMICFRS report: Improving the response to organised immigration crime"),
        ("date", "26 June 2025"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "I have noted the report's recommendations and discussed them with the Chief Constable, who has accepted them.",
        ),
        (
            "p",
            "On referral compliance and the collection plan the force is in a good position. A new referral checklist has been introduced so that officers complete the intelligence report whenever they contact the NCCU, and analysts are building the collection plan, which is due in November.",
        ),
        (
            "p",
            "On Hydra, however, I only partly agree with the inspectorate. The training is valuable for specialist staff, but I am not persuaded that taking large numbers of frontline officers off the streets for an immersive exercise is the right use of their time in a county of our size. The force plans to deliver Hydra to its specialist teams in spring 2026.",
        ),
        ("p", "I will return to these matters with the Chief Constable at my Accountability Board in the autumn."),
        ("sign", ["Gillian Oundle", "Police, Fire and Crime Commissioner for Northamptonshire"]),
        ("footer", "Northamptonshire Police, Fire and Crime Commissioner"),
    ],
)

add(
    "ts15-18-metropolitan",
    "blanket",
    "html",
    "Metropolitan Police Service",
    "Mayor's Office for Policing And Crime (MOPAC)",
    ("Amara Whitfield", "Deputy Mayor for Policing and Crime"),
    None,
    [
        item("2", "accept", "in_progress", cc="accept"),
        item("4", "accept", "in_progress", cc="accept"),
        item("8", "accept", "planned", cc="accept"),
        item("9", "accept", "planned", cc="accept"),
    ],
    [
        ("letterhead", ["Mayor's Office for Policing And Crime", "City Hall, London"]),
        ("title", "MOPAC response to HMICFRS: Improving the Response to Organised Immigration Crime"),
        (
            "p",
            "This is the response of the Mayor's Office for Policing And Crime (MOPAC) to the HMICFRS report Improving the Response to Organised Immigration Crime.",
        ),
        (
            "p",
            "MOPAC accepts every recommendation the report makes to chief constables, and the Commissioner has confirmed that the Metropolitan Police Service accepts them too.",
        ),
        (
            "p",
            "Work on the referral process and on the Met's plans for collecting and sharing information is under way. The Met is changing its crime recording system so that an intelligence report has to be completed whenever a case is referred to the NCCU, and its Intelligence Command is drawing up a London-wide collection plan with Immigration Enforcement.",
        ),
        (
            "p",
            "Training – both Hydra and the e-learning modules – will begin in the autumn, once the Met has settled which of its officers and staff count as relevant personnel.",
        ),
        (
            "p",
            "MOPAC will oversee delivery through its regular oversight of the Met's serious and organised crime work.",
        ),
        ("sign", ["Amara Whitfield", "Deputy Mayor for Policing and Crime"]),
        ("footer", "Mayor's Office for Policing And Crime"),
    ],
    title="Improving the Response to Organised Immigration Crime",
)

add(
    "ts15-19-staffordshire",
    "blanket",
    "html",
    "Staffordshire Police",
    "Staffordshire Police, Fire and Crime Commissioner",
    ("Patrick Cheadle", "Staffordshire Commissioner"),
    "2025-08-04",
    [
        item("2", "support", "implemented"),
        item("4", "support", "not_stated"),
        item("8", "support", "planned"),
        item("9", "support", "in_progress"),
    ],
    [
        ("letterhead", ["Staffordshire Commissioner's Office", "Stafford"]),
        ("date", "4 August 2025"),
        ("salutation", "Dear HM Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        ("p", "I support all of the report's recommendations to chief constables."),
        (
            "p",
            "The e-learning is where the most has been done: 2,140 officers and staff have completed all four modules, and the remaining relevant staff have until the end of October. Hydra is booked for November.",
        ),
        (
            "p",
            "Staffordshire Police has also completed its review of NCCU referrals, and every referral now has an intelligence report attached.",
        ),
        ("p", "I am sorry that this response reaches you later than the statutory 56 days."),
        ("sign", ["Kind regards,", "Patrick Cheadle", "Staffordshire Commissioner"]),
        ("footer", "Staffordshire Commissioner's Office"),
    ],
    late=True,
)

add(
    "ts15-20-gwent",
    "blanket",
    "pdf",
    "Gwent Police",
    "Gwent Police and Crime Commissioner",
    ("Rhian Mathias", "Police and Crime Commissioner for Gwent"),
    "2025-06-30",
    [
        item("2", "agree", "implemented"),
        item("4", "agree", "implemented"),
        item("8", "agree", "planned"),
        item("9", "agree", "in_progress"),
    ],
    [
        ("letterhead", ["Police and Crime Commissioner for Gwent", "Comisiynydd Heddlu a Throsedd Gwent", "Cwmbran"]),
        ("date", "30 June 2025"),
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS"]),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "I have read the report with interest and agree with the four recommendations addressed to chief constables.",
        ),
        (
            "p",
            "The Chief Constable has assured me that the referral work and the collection plan are complete: every NCCU referral from Gwent Police is now followed by an intelligence report, and a collection plan covering organised immigration crime was agreed with the regional organised crime unit, TARIAN, in May.",
        ),
        (
            "p",
            "Hydra and the e-learning will both be in place well before April 2026. Roll-out of the e-learning began this month, and Hydra sessions will be arranged through TARIAN in the new year.",
        ),
        ("sign", ["Yours sincerely,", "Rhian Mathias", "Police and Crime Commissioner for Gwent"]),
        ("footer", "Office of the Police and Crime Commissioner for Gwent"),
    ],
)

add(
    "ts15-21-west-mercia",
    "blanket",
    "pdf",
    "West Mercia Police",
    "West Mercia Police and Crime Commissioner",
    ("Jonathan Ledbury", "Police and Crime Commissioner for West Mercia"),
    "2025-06-12",
    [
        item("2", "accept", "in_progress", cc="accept"),
        item("4", "accept", "implemented", cc="accept"),
        item("8", "accept", "in_progress", cc="accept"),
        item("9", "accept", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["West Mercia Police and Crime Commissioner", "Hindlip Hall, Worcester"]),
        ("date", "12 June 2025"),
        ("salutation", "Dear Chief Inspector"),
        ("title", "HMICFRS report – Improving the response to organised immigration crime"),
        (
            "p",
            "I accept the recommendations made to chief constables and can confirm that the Chief Constable has also accepted them.",
        ),
        (
            "p",
            "Of the four, only the collection plan is complete. The other three are under way: supervisors are now checking that an intelligence report follows each NCCU referral, forty officers have been through Hydra so far, and the e-learning has been issued to all relevant staff.",
        ),
        ("p", "I will ask for a further update at my Holding to Account meeting in September."),
        ("sign", ["Yours sincerely", "Jonathan Ledbury", "Police and Crime Commissioner for West Mercia"]),
        ("footer", "West Mercia Police and Crime Commissioner"),
    ],
)

add(
    "ts15-22-bedfordshire",
    "blanket",
    "pdf",
    "Bedfordshire Police",
    "Bedfordshire Police and Crime Commissioner",
    ("Ravinder Sandhu", "Police and Crime Commissioner for Bedfordshire"),
    "2025-09-15",
    [
        item("2", "accept", "in_progress"),
        item("4", "accept", "implemented"),
        item("8", "accept", "not_started"),
        item("9", "accept", "in_progress"),
    ],
    [
        ("letterhead", ["Bedfordshire Police and Crime Commissioner", "Bridgebury House, Kempston"]),
        ("date", "15 September 2025"),
        ("address", ["HMICFRS", "By email"]),
        ("salutation", "Dear HM Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "I apologise that this response is late; it was delayed by the need to take account of the force's summer review of its serious and organised crime capability.",
        ),
        ("p", "I accept all of the recommendations made to chief constables."),
        (
            "p",
            "Bedfordshire Police signed off its collection plan for organised immigration crime in August. The change to referral practice is being rolled out, with supervisors briefed and checks starting this month.",
        ),
        (
            "p",
            "We have not yet been able to secure Hydra places, and no training has taken place. Around half of relevant staff have now completed the e-learning.",
        ),
        ("sign", ["Yours sincerely", "Ravinder Sandhu", "Police and Crime Commissioner for Bedfordshire"]),
        ("footer", "Bedfordshire Police and Crime Commissioner"),
    ],
    late=True,
)

# ------------------------------------------------------------------------------------------------
# Paraphrased headings

add(
    "ts15-23-cambridgeshire",
    "paraphrase_headings",
    "txt",
    "Cambridgeshire Constabulary",
    "Cambridgeshire Police and Crime Commissioner",
    ("Laura Soham", "Police and Crime Commissioner for Cambridgeshire and Peterborough"),
    "2025-07-01",
    [
        item("2", "agree", "implemented", cc="accept"),
        item("4", "agree", "in_progress", cc="accept"),
        item("8", "accept", "planned", by=CC, cc="accept"),
        item("9", "agree", ["in_progress", "planned"], cc="agree"),
    ],
    [
        (
            "letterhead",
            ["Police and Crime Commissioner for Cambridgeshire and Peterborough", "Hinchingbrooke Park, Huntingdon"],
        ),
        ("date", "1 July 2025"),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the Response to Organised Immigration Crime"),
        ("p", "Thank you for your report. My response to the recommendations for chief constables follows."),
        ("heading", "Making sure every NCCU referral is followed by intelligence"),
        (
            "p",
            "The Chief Constable has accepted this recommendation and I agree with it. All referrals now go through the Force Control Room, which completes the intelligence submission itself.",
        ),
        ("heading", "Planning how we gather, analyse and share information"),
        (
            "p",
            "Accepted by the Chief Constable, and I agree. A plan is being drafted by the force intelligence team with input from Immigration Enforcement and Peterborough City Council.",
        ),
        ("heading", "Hydra"),
        (
            "p",
            "The Chief Constable has accepted this recommendation. Hydra places for 2026 have been requested from the MS&OIC Unit.",
        ),
        ("heading", "Online learning"),
        (
            "p",
            "I agree with this recommendation, as does the Chief Constable. Modules 1 and 2 are complete for all relevant staff; modules 3 and 4 will follow in the autumn.",
        ),
        (
            "sign",
            ["Yours sincerely", "Laura Soham", "Police and Crime Commissioner for Cambridgeshire and Peterborough"],
        ),
    ],
    title="Improving the Response to Organised Immigration Crime",
)

add(
    "ts15-24-suffolk",
    "paraphrase_headings",
    "docx",
    "Suffolk Constabulary",
    "Suffolk Police and Crime Commissioner",
    ("Tim Walberswick", "Police and Crime Commissioner for Suffolk"),
    "2025-06-20",
    [
        item("4", "accept", "implemented"),
        item("8", "accept", "planned"),
        item("9", "accept", "in_progress"),
    ],
    [
        ("letterhead", ["Suffolk Police and Crime Commissioner", "Police Headquarters, Martlesham Heath, Ipswich"]),
        ("date", "20 June 2025"),
        ("address", ["HMICFRS"]),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        ("p", "This response covers the report's recommendations on intelligence, training and learning."),
        ("heading", "Intelligence collection and sharing"),
        (
            "p",
            "I accept this recommendation. Suffolk and Norfolk share an intelligence function, and a joint collection plan for organised immigration crime is in place.",
        ),
        ("heading", "Hydra training"),
        ("p", "I accept this recommendation too. Training is being arranged jointly with Norfolk for early 2026."),
        ("heading", "E-learning for officers and staff"),
        ("p", "I accept this. Officers began the modules in May and completion currently stands at 70%."),
        (
            "p",
            "The Port of Felixstowe is the busiest container port in the country, and I will continue to press for this work to be given priority.",
        ),
        ("sign", ["Yours sincerely,", "Tim Walberswick", "Police and Crime Commissioner for Suffolk"]),
        ("footer", "Suffolk Police and Crime Commissioner"),
    ],
    unanswered=["2"],
)

add(
    "ts15-25-hampshire",
    "paraphrase_headings",
    "html",
    "Hampshire and Isle of Wight Constabulary",
    "Hampshire and Isle of Wight Police and Crime Commissioner",
    ("Diane Lymington", "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
    "2025-07-03",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "support", "implemented", cc="accept"),
        item("8", "support", "not_started", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        ("title", "Improving the response to organised immigration crime – Commissioner's response"),
        ("date", "3 July 2025"),
        (
            "p",
            "With the ports of Portsmouth and Southampton and the Isle of Wight ferries, organised immigration crime is a real concern for our communities. This is my response to the HMICFRS report.",
        ),
        ("heading", "Referrals to Immigration Enforcement"),
        (
            "p",
            "The Chief Constable accepts this recommendation, and I support it. The force is rewriting its referral guidance so that the intelligence document is completed every time, and the new guidance will be issued in September.",
        ),
        ("heading", "An information plan for organised immigration crime"),
        (
            "p",
            "Accepted by the Chief Constable; I support it. Hampshire and Isle of Wight Constabulary has had an intelligence collection plan for organised immigration crime since 2023, and it already covers analysis and sharing with partners.",
        ),
        ("heading", "Immersive training"),
        (
            "p",
            "The Chief Constable accepts this, and I support it. The force has not yet started Hydra training and has no dates yet.",
        ),
        ("heading", "Learning modules"),
        ("p", "Accepted and supported. Completion of the four modules currently stands at 58% of relevant staff."),
        ("sign", ["Diane Lymington", "Police and Crime Commissioner for Hampshire and the Isle of Wight"]),
        ("footer", "Hampshire and Isle of Wight Police and Crime Commissioner"),
    ],
)

add(
    "ts15-26-surrey",
    "paraphrase_headings",
    "pdf",
    "Surrey Police",
    "Surrey Police and Crime Commissioner",
    ("Fiona Ashcombe", "Police and Crime Commissioner for Surrey"),
    "2025-07-02",
    [
        item("2", "agree", "implemented", cc="accept"),
        item("4", "agree", "planned", cc="agree"),
        item("8", "note", "in_progress", cc="accept"),
        item("9", "agree", "not_stated", cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Surrey", "Mount Browne, Guildford"]),
        ("date", "2 July 2025"),
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS"]),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        ("p", "I set out below my response to the recommendations in your report that are for chief constables."),
        ("heading", "Intelligence after NCCU referrals"),
        (
            "p",
            "Surrey Police accepts this. I agree. The intelligence document is now part of the referral process, and this has been in place since April.",
        ),
        ("heading", "Collecting, analysing and sharing information"),
        (
            "p",
            "Agreed by both the force and me. The plan will be written jointly with Sussex Police, with work starting in October.",
        ),
        ("heading", "The Hydra package"),
        (
            "p",
            "Surrey Police accepts this recommendation. I note it. My concern is the number of officer hours it will take. The first two cohorts went through the training in June.",
        ),
        ("heading", "E-learning"),
        ("p", "Surrey Police accepts this and I agree."),
        ("sign", ["Yours sincerely,", "Fiona Ashcombe", "Police and Crime Commissioner for Surrey"]),
        ("footer", "Surrey OPCC"),
    ],
)

# ------------------------------------------------------------------------------------------------
# Flattened tables

add(
    "ts15-27-sussex",
    "flattened",
    "txt",
    "Sussex Police",
    "Sussex Police and Crime Commissioner",
    ("Harriet Ditchling", "Sussex Police & Crime Commissioner"),
    "2025-06-27",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Sussex Police & Crime Commissioner", "Sackville House, Lewes"]),
        ("date", "27 June 2025"),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Please find my response to your report below. For each recommendation to chief constables, the response of Sussex Police is followed by my comment.",
        ),
        ("p", "Recommendation"),
        ("p", "Sussex Police response"),
        ("p", "PCC comment"),
        (
            "table",
            [
                ["Recommendation", "Sussex Police response", "PCC comment"],
                [
                    "Recommendation 2",
                    "Accepted. The referral form now carries a mandatory intelligence section. In place since May 2025.",
                    "Supported.",
                ],
                [
                    "Recommendation 4",
                    "Accepted. Collection plan being developed jointly with Surrey Police; target date December 2025.",
                    "Supported.",
                ],
                [
                    "Recommendation 8",
                    "Accepted. Two Hydra sessions booked for January 2026.",
                    "Supported. I will ask for attendance figures after the sessions.",
                ],
                ["Recommendation 9", "Accepted. 1,480 staff have completed all four modules (68%).", "Supported."],
            ],
        ),
        ("p", "Newhaven and Shoreham ports and Gatwick Airport mean this is important work for Sussex."),
        ("sign", ["Yours sincerely", "Harriet Ditchling", "Sussex Police & Crime Commissioner"]),
    ],
)

add(
    "ts15-28-avon-somerset",
    "flattened",
    "txt",
    "Avon and Somerset Police",
    "Avon and Somerset Police and Crime Commissioner",
    ("Mark Shepton", "Police and Crime Commissioner for Avon and Somerset"),
    "2025-07-11",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "support", "implemented", cc="accept"),
        item("8", "support", "not_started", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Avon and Somerset Police and Crime Commissioner", "Valley Road, Portishead"]),
        ("date", "11 July 2025"),
        ("salutation", "Dear HM Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        ("p", "I apologise for the short delay in sending this response."),
        (
            "p",
            "The Chief Constable has accepted all four recommendations made to chief constables. I support all four recommendations and the force's plans for delivering them. The force's update on each is reproduced below.",
        ),
        (
            "table",
            [
                ["Ref", "Recommendation", "Force update", "RAG"],
                [
                    "2",
                    "Intelligence document for each NCCU referral",
                    "Process updated; awaiting IT change to make the field mandatory, expected October 2025.",
                    "Amber",
                ],
                [
                    "4",
                    "Plans to collect, analyse and share OIC information",
                    "Complete. Plan approved by the Serious Organised Crime Board.",
                    "Green",
                ],
                ["8", "Hydra training", "Not yet started. Dates to be requested from the MS&OIC Unit.", "Red"],
                ["9", "OIC e-learning", "Launched June 2025, 30% completion.", "Amber"],
            ],
        ),
        ("sign", ["Yours sincerely,", "Mark Shepton", "Police and Crime Commissioner for Avon and Somerset"]),
    ],
    late=True,
)

add(
    "ts15-29-devon-cornwall",
    "flattened",
    "txt",
    "Devon and Cornwall Police",
    "Devon and Cornwall Police and Crime Commissioner",
    ("Jenna Trevithick", "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
    "2025-07-08",
    [
        item("2", "agree", "implemented", cc="accept"),
        item("4", "agree", "in_progress", cc="accept"),
        item("9", "agree", "in_progress", cc="accept"),
    ],
    [
        (
            "letterhead",
            ["Office of the Police and Crime Commissioner", "Devon, Cornwall and the Isles of Scilly", "Exeter"],
        ),
        ("date", "8 July 2025"),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Response to Improving the response to organised immigration crime"),
        ("p", "Our responses are summarised below."),
        (
            "table",
            [
                ["Recommendation", "Force", "Commissioner"],
                [
                    "Recommendation 2 – NCCU referrals",
                    "Force position: Accepted. Referral guidance was reissued in June and supervisors now check every referral for the intelligence report.",
                    "Commissioner: Agree.",
                ],
                [
                    "Recommendation 4 – OIC information plans",
                    "Force position: Accepted. The intelligence collection plan is in draft and will be finalised by December 2025.",
                    "Commissioner: Agree. I will review the final plan at my Accountability Board.",
                ],
                [
                    "Recommendation 9 – OIC e-learning",
                    "Force position: Accepted. All four modules have been assigned; completion is at 44%.",
                    "Commissioner: Agree.",
                ],
            ],
        ),
        (
            "p",
            "The peninsula's long coastline and many small harbours make partnership with Border Force and the coastguard especially important.",
        ),
        (
            "sign",
            [
                "Yours sincerely",
                "Jenna Trevithick",
                "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly",
            ],
        ),
    ],
    unanswered=["8"],
)

add(
    "ts15-30-north-wales",
    "flattened",
    "docx",
    "North Wales Police",
    "North Wales Police and Crime Commissioner",
    ("Gareth Penmon", "Police and Crime Commissioner for North Wales"),
    "2025-06-19",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "support", "implemented", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "support", "not_stated", cc="accept"),
    ],
    [
        (
            "letterhead",
            [
                "Police and Crime Commissioner for North Wales",
                "Comisiynydd Heddlu a Throsedd Gogledd Cymru",
                "Llanelwy / St Asaph",
            ],
        ),
        ("date", "19 June 2025"),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        ("p", "Thank you for your report. The Chief Constable's response and my comments are set out below."),
        ("p", "Recommendation"),
        ("p", "Chief Constable's response"),
        ("p", "Commissioner's comment"),
        ("p", "2"),
        (
            "p",
            "Accepted. Compliance with the intelligence requirement is being audited monthly; the latest audit found that 88% of referrals had an intelligence report.",
        ),
        ("p", "I support this recommendation and will keep compliance under review."),
        ("p", "4"),
        (
            "p",
            "Accepted. The collection plan was completed in May 2025 and is shared with the regional unit and Immigration Enforcement.",
        ),
        ("p", "Supported."),
        ("p", "8"),
        (
            "p",
            "Accepted. Hydra training will take place in March 2026 at the force training centre, working with the MS&OIC Unit.",
        ),
        ("p", "Supported."),
        ("p", "9"),
        ("p", "Accepted."),
        ("p", "Supported. I have asked for completion figures."),
        ("p", "Holyhead is a major ferry port, and I will make sure the force gives this work the attention it needs."),
        ("sign", ["Yn gywir / Yours sincerely", "Gareth Penmon", "Police and Crime Commissioner for North Wales"]),
        ("footer", "North Wales Police and Crime Commissioner"),
    ],
)


def main() -> None:
    about = "Tuneset15: 30 hand-written responses to oic-2025 (tables with the commissioner's view beside the force's, blanket letters with progress in prose, paraphrased headings, flattened tables); schema as tests/ingest/sealed/truth.json; split 'tuneset15'"
    corpus.write_set(HERE, about, ((blocks, truth) for truth, blocks in LETTERS))


if __name__ == "__main__":
    main()
