# ruff: noqa: E501  (letter text is data: long sentences are kept whole)
"""Build the tuneset9 set: ``letters/`` and ``truth.json``, reproducibly.

    .venv/bin/python tests/ingest/tuneset9/build.py

A hand-written tuning set of 30 response letters in the forms a reader finds hardest: tables with separate force
and commissioner columns (one with a RAG rating and running over a page break, one numbered by bare numbers only),
two findings answered in one paragraph, blanket stances with detail that sometimes departs from them, whole letters
flattened into a few long paragraphs, commissioners' letters with the chief constable's annex, mixed and ordinal
stances, and two regional letters on the Yorkshire and Humber serious and organised crime inspection. Written by
hand for the tuning split, independently of the reader.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
sys.path.insert(0, str(CORPUS))

import build as corpus  # noqa: E402

SPLIT = "tuneset9"
OIC, SOC = corpus.REPORT_KEYS["oic"], corpus.REPORT_KEYS["soc"]
OIC_TITLE, SOC_TITLE = corpus.REPORT_TITLES["oic"], corpus.REPORT_TITLES["soc"]

Blocks = list[tuple[str, Any]]
LETTERS: list[tuple[dict[str, Any], Blocks]] = []
add = corpus.letter_adder(LETTERS, split=SPLIT)
item = corpus.item


def cc_item(ref: str, stance: str, status: str | list[str]) -> dict[str, Any]:
    """A finding whose only stance in the letter is the force's (the chief constable's)."""
    return item(ref, stance, status, by="chief_constable", cc=stance)


HMI = ["His Majesty's Chief Inspector of Constabulary", "HMICFRS", "10 South Colonnade", "London E14 4PU"]

R2_TEXT = "By 30 April 2026, chief constables should make sure that every time a member of their force reports a case to Immigration Enforcement's National Command and Control Unit, the reporting officer completes and submits the required intelligence document."
R4_TEXT = "By 31 December 2025, chief constables should make sure they have clear plans to collect, analyse and share information related to organised immigration crime."
R8_TEXT = "By 30 April 2026, chief constables, working with the Modern Slavery & Organised Immigration Crime Unit, should make sure that relevant personnel in all Home Office police forces complete the Hydra training package on organised immigration crime."
R9_TEXT = "By 30 April 2026, chief constables, working with the Modern Slavery & Organised Immigration Crime Unit and the College of Policing, should make sure that relevant personnel in all Home Office police forces complete the four modules of the organised immigration crime e-learning package."


# ------------------------------------------------------------------------------------------------
# Tables (8): 3 pdf, 3 html, 2 docx

add(
    "tuneset9-01-cleveland",
    "table",
    "pdf",
    "Cleveland Police",
    "Cleveland Police and Crime Commissioner",
    ("Marcus Threlfall", "Police and Crime Commissioner for Cleveland"),
    "2025-07-08",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "note", "not_started", cc="accept"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner for Cleveland",
                "Police Headquarters, Ladgate Lane, Middlesbrough TS8 9EH",
                "Tel: 01642 301653",
            ],
        ),
        ("date", "8 July 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Response to the HMICFRS report: {OIC_TITLE}"),
        (
            "p",
            f"The inspectorate published its thematic report, {OIC_TITLE}, on 16 May 2025. Section 55 of the Police Act 1996 requires me to publish comments on it, and this letter is that response. I have discussed the report with the Chief Constable and with the force's organised crime lead, and I am grateful to the inspection team for the time they spent with officers in Middlesbrough and Hartlepool.",
        ),
        (
            "p",
            "Four of the report's ten recommendations are addressed to chief constables. The table below sets out Cleveland Police's response to each of them, my own comment, and the rating my office gives each action in our HMICFRS recommendations tracker. The remaining six recommendations are for national bodies and I make no comment on them here.",
        ),
        (
            "p",
            "Key to ratings: Blue - action complete; Green - on track to meet the inspectorate's date; Amber - at risk of missing the date; Red - off track.",
        ),
        ("heading", "Recommendations for chief constables"),
        (
            "table",
            [
                ["Recommendation", "Cleveland Police response", "Commissioner's comment", "Rating"],
                [
                    f"2. {R2_TEXT}",
                    "Accepted. Since 2 June 2025 the Force Control Room script has prompted the officer to submit an intelligence report whenever a referral is made to the NCCU, and the referral cannot be closed on the system until the intelligence reference has been entered. The Force Intelligence Bureau dip-samples referrals every month.",
                    "I support the Chief Constable's response. My office will look at the first three months of dip-sample results at the Performance and Accountability Board in October.",
                    "Blue",
                ],
                [
                    f"4. {R4_TEXT}",
                    "Accepted. A draft intelligence collection plan for organised immigration crime has been written by the Force Intelligence Bureau and is now being consulted on with the North East Regional Organised Crime Unit and Border Force before sign-off at the Tactical Tasking and Coordination Group.",
                    "Supported. I have asked to see the plan once it has been signed off.",
                    "Green",
                ],
                [
                    f"8. {R8_TEXT}",
                    "Accepted. Two Hydra immersive learning events have been booked with the MSOIC Unit, for November 2025 and February 2026, for detective inspectors, intelligence supervisors and duty inspectors.",
                    "Supported. Attendance figures will be reported to me after each event.",
                    "Green",
                ],
                [
                    f"9. {R9_TEXT}",
                    "Accepted. The modules cannot yet be hosted on the force's learning management system and none of them has been made available to staff so far. Learning and Development are waiting for the College's technical solution.",
                    "Noted. I am concerned about the delay and have asked the Chief Constable for a firm timetable.",
                    "Amber",
                ],
            ],
        ),
        (
            "p",
            "I will publish this response on my website alongside the Chief Constable's action plan, and progress against each recommendation will be reported in public at my Performance and Accountability Board until all four are rated Blue.",
        ),
        ("sign", ["Yours sincerely,", "", "Marcus Threlfall", "Police and Crime Commissioner for Cleveland"]),
        ("footer", "OPCC Cleveland | Response to HMICFRS | OFFICIAL"),
    ],
)

add(
    "tuneset9-02-lancashire",
    "table",
    "pdf",
    "Lancashire Constabulary",
    "Lancashire Police and Crime Commissioner",
    ("Gillian Ashworth-Pryce", "Police and Crime Commissioner for Lancashire"),
    "2025-06-27",
    [
        item("2", "agree", "implemented", cc="agree"),
        item("4", "agree", "in_progress", cc="agree"),
        item("8", "agree", "not_started", cc="agree"),
        item("9", "partially_agree", "in_progress", cc="partially_agree"),
    ],
    [
        ("letterhead", ["Lancashire Police and Crime Commissioner", "County Hall, Fishergate, Preston PR1 8XJ"]),
        ("p", "Our ref: GAP/HMI/0625/04"),
        ("p", "Date: 27/06/2025"),
        ("address", HMI),
        ("salutation", "Dear HM Chief Inspector"),
        ("title", f"Re: HMICFRS thematic inspection - {OIC_TITLE}"),
        (
            "p",
            "Thank you for the inspectorate's report, which I have read with interest. Lancashire has a long coastline, a busy port at Heysham and two motorway corridors, and organised immigration crime is a real concern for the communities I represent. I welcome the inspectorate's attention to it.",
        ),
        (
            "p",
            "I have asked the Chief Constable for his response to each recommendation directed to chief constables. His position, and mine, is summarised in the table below.",
        ),
        (
            "table",
            [
                ["HMICFRS recommendation", "Lancashire Constabulary position", "PCC position"],
                [
                    "Recommendation 2 - an intelligence submission every time a case is referred to the NCCU",
                    "Agreed - implemented. From 1 June 2025 every NCCU referral made by a Lancashire officer generates a task for an intelligence submission, which the Force Intelligence Bureau checks within 72 hours.",
                    "Agree.",
                ],
                [
                    "Recommendation 4 - clear plans to collect, analyse and share information on organised immigration crime",
                    "Agreed - in progress. An organised immigration crime problem profile is being written and a collection plan will be drawn from it. Information sharing with Border Force at Heysham is being put on a formal footing.",
                    "Agree.",
                ],
                [
                    "Recommendation 8 - Hydra training package, with the MSOIC Unit",
                    "Agreed - not yet started. The force is waiting for the MSOIC Unit to confirm when the package will be available to forces in the North West.",
                    "Agree. I will track progress through my Strategic Scrutiny Board.",
                ],
                [
                    "Recommendation 9 - the four modules of the OIC e-learning package",
                    "Partially agreed. Modules 1 and 2 have been made mandatory for all officers and staff in public-facing roles and 58% of them have completed both. The force does not intend to require modules 3 and 4 of anyone other than specialist investigators.",
                    "Partially agree, for the reasons the force gives.",
                ],
            ],
        ),
        (
            "p",
            "The other recommendations in the report are for national bodies. I will write again if the Chief Constable's position on any of the four changes.",
        ),
        ("sign", ["Yours sincerely", "", "Gillian Ashworth-Pryce", "Police and Crime Commissioner for Lancashire"]),
        ("footer", "Lancashire Police and Crime Commissioner"),
    ],
)

add(
    "tuneset9-03-leicestershire",
    "table",
    "pdf",
    "Leicestershire Police",
    "Leicestershire Police and Crime Commissioner",
    ("Rupert Matharu", "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"),
    "2025-06-16",
    [
        item("2", "accept", "implemented", cc="agree"),
        item("4", "accept", "planned", cc="agree"),
        item("8", "accept", "in_progress", cc="agree"),
        item("9", "accept", "not_stated", cc="agree"),
    ],
    [
        (
            "letterhead",
            [
                "OFFICE OF THE POLICE AND CRIME COMMISSIONER",
                "LEICESTER, LEICESTERSHIRE AND RUTLAND",
                "St Johns, Enderby, Leicester LE19 2BX",
            ],
        ),
        ("date", "16th June 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", OIC_TITLE),
        (
            "p",
            "I write in response to the above report, published by HMICFRS on 16 May 2025, as required by section 55 of the Police Act 1996.",
        ),
        (
            "p",
            "Organised immigration crime reaches into every part of our area, from the exploitation of workers in the textile and food processing industries to the movement of people along the M1. I am pleased that the inspectorate has looked at it so closely, and I have sought the Chief Constable's views on the recommendations that apply to him. His responses, with my position alongside, are in the table below.",
        ),
        (
            "table",
            [
                ["Recommendation", "Force response", "Commissioner"],
                [
                    "Recommendation 2: intelligence document to be submitted whenever a case is reported to Immigration Enforcement's National Command and Control Unit.",
                    "Agreed. Revised guidance was issued to response, neighbourhood and custody staff on 2 June 2025, and the intelligence submission is now a mandatory step in the NCCU referral process.",
                    "Accepted.",
                ],
                [
                    "Recommendation 4: clear plans to collect, analyse and share information related to organised immigration crime.",
                    "Agreed. The force's current intelligence requirement includes organised immigration crime, but a dedicated collection and analysis plan will be written in the autumn and presented to the Force Tasking Board in December.",
                    "Accepted. I will ask for the plan to be shared with my office.",
                ],
                [
                    "Recommendation 8: Hydra training package, working with the MS&OIC Unit.",
                    "Agreed. Delivery of the Hydra package began in May; 41 of the roughly 120 staff in scope have completed it.",
                    "Accepted.",
                ],
                [
                    "Recommendation 9: four modules of the OIC e-learning package, with the MS&OIC Unit and the College of Policing.",
                    "Agreed. The force has told the College of Policing that it doubts every member of staff in scope can complete all four modules by April 2026.",
                    "Accepted. I share the force's concern about the deadline and will raise it with the Association of Police and Crime Commissioners.",
                ],
            ],
        ),
        (
            "p",
            "My office will monitor progress against these recommendations through the Joint Audit, Risk and Assurance Panel and my quarterly accountability meetings with the Chief Constable.",
        ),
        (
            "sign",
            [
                "Yours sincerely,",
                "",
                "Rupert Matharu",
                "Police and Crime Commissioner for Leicester, Leicestershire and Rutland",
            ],
        ),
        ("footer", "OPCC Leicester, Leicestershire and Rutland"),
    ],
)

add(
    "tuneset9-04-merseyside",
    "table",
    "html",
    "Merseyside Police",
    "Merseyside Police and Crime Commissioner",
    ("Teresa Lowry", "Merseyside Police and Crime Commissioner"),
    "2025-07-02",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "support", "implemented", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        ("title", f"PCC response: {OIC_TITLE}"),
        ("date", "2 July 2025"),
        (
            "p",
            f"HMICFRS published {OIC_TITLE} on 16 May 2025. The Commissioner's response, made under section 55 of the Police Act 1996, is set out below.",
        ),
        (
            "p",
            "The Port of Liverpool, the ferry routes to Ireland and the Isle of Man and the region's airports all make Merseyside a place where organised immigration crime can take hold. I have asked Merseyside Police how it is responding to the four recommendations the inspectorate makes to chief constables, and I have set out my own position on each.",
        ),
        (
            "table",
            [
                ["No.", "What HMICFRS asked", "Merseyside Police response and progress", "Commissioner's position"],
                [
                    "Rec 2",
                    "Make sure the reporting officer completes and submits the required intelligence document every time a case is reported to the National Command and Control Unit.",
                    "Accepted. The force is changing its NCCU referral process: a change to the Niche records system, so that the intelligence document is generated automatically for every referral, is being tested and should go live in September.",
                    "Support.",
                ],
                [
                    "Rec 4",
                    "Have clear plans to collect, analyse and share information related to organised immigration crime.",
                    "Accepted. Merseyside already has an Organised Immigration Crime Intelligence Collection Plan, approved in March 2025 and refreshed every quarter. It includes information-sharing arrangements with port partners.",
                    "Support. I have seen the plan and am satisfied that it meets the recommendation.",
                ],
                [
                    "Rec 8",
                    "Make sure relevant personnel complete the Hydra training package, working with the MS&OIC Unit.",
                    "Accepted. Hydra will be delivered to serious and organised crime and public protection teams between January and March 2026, with the MS&OIC Unit.",
                    "Support.",
                ],
                [
                    "Rec 9",
                    "Make sure relevant personnel complete the four modules of the OIC e-learning package.",
                    "Accepted. Module one is live on the learning platform and 22% of staff in scope have completed it. The other three modules will be released in stages through the autumn.",
                    "Support, although I would like to see faster progress on module one.",
                ],
            ],
        ),
        (
            "p",
            "I will continue to hold the Chief Constable to account for this work through my public scrutiny meetings.",
        ),
        ("sign", ["Teresa Lowry", "Merseyside Police and Crime Commissioner"]),
        ("footer", "Office of the Merseyside Police and Crime Commissioner"),
    ],
)

add(
    "tuneset9-05-surrey",
    "table",
    "html",
    "Surrey Police",
    "Surrey Police and Crime Commissioner",
    ("Graham Ellery", "Police and Crime Commissioner for Surrey"),
    "2025-06-30",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "agree", "in_progress", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "agree", "not_started", cc="accept"),
    ],
    [
        (
            "letterhead",
            ["Office of the Police and Crime Commissioner for Surrey", "PO Box 412, Guildford, Surrey GU3 1YJ"],
        ),
        ("date", "Monday 30 June 2025"),
        ("title", f"HMICFRS: {OIC_TITLE} - response of the Police and Crime Commissioner for Surrey"),
        (
            "p",
            "I welcome this report. Surrey sits between Gatwick and Heathrow, and the county's roads carry much of the traffic from the Channel ports to London; the exploitation that follows organised immigration crime is something our officers meet far more often than is commonly recognised.",
        ),
        (
            "p",
            "The Chief Constable's response to each recommendation made to chief constables, and my comments on it, are set out below.",
        ),
        (
            "table",
            [
                ["Recommendation", "Chief Constable", "Police and Crime Commissioner"],
                [
                    "2 - NCCU referrals and the intelligence document",
                    "Accepted. Already in place: Surrey's NCCU referral procedure has required an intelligence submission since 2023, and compliance is audited twice a year.",
                    "I endorse the force's response.",
                ],
                [
                    "4 - plans to collect, analyse and share information on OIC",
                    "Accepted. Surrey and Sussex share an intelligence function. A joint collection plan for organised immigration crime is being written and will be in place before the end of the year.",
                    "Agreed.",
                ],
                [
                    "8 - Hydra training package",
                    "Accepted. The force intends to put all detective sergeants and inspectors in public protection through Hydra during the 2025/26 training year.",
                    "I endorse the force's response.",
                ],
                [
                    "9 - OIC e-learning (four modules)",
                    "Accepted. The e-learning has not yet been rolled out to staff.",
                    "Agreed. I have asked the Chief Constable for a date by which it will be.",
                ],
            ],
        ),
        (
            "p",
            "I will keep these recommendations under review at my Performance and Accountability meetings, which are streamed live.",
        ),
        ("sign", ["Graham Ellery", "Police and Crime Commissioner for Surrey"]),
        ("footer", "Surrey OPCC"),
    ],
)

add(
    "tuneset9-06-greater-manchester",
    "table",
    "html",
    "Greater Manchester Police",
    "Mayor of Greater Manchester (Greater Manchester Combined Authority)",
    ("Kathryn Dunleavy", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"),
    "2025-08-12",
    [
        item("2", "accept", "implemented", cc="accept"),
        item("4", "accept", "in_progress", cc="accept"),
        item("8", "accept", "in_progress", cc="accept"),
        item("9", "note", "in_progress", cc="accept"),
    ],
    [
        (
            "letterhead",
            ["Greater Manchester Combined Authority", "Tootal Buildings, 56 Oxford Street, Manchester M1 6EU"],
        ),
        ("date", "12 August 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector"),
        ("title", f"{OIC_TITLE}: response on behalf of the Mayor of Greater Manchester"),
        (
            "p",
            "I am responding on the Mayor's behalf, as Deputy Mayor with responsibility for policing. I apologise that this response is later than the 56 days the legislation allows: we wanted to include the results of Greater Manchester Police's first review of its referral process, which were not available until the end of July.",
        ),
        ("p", "The table sets out GMP's response to each recommendation for chief constables, with my comments."),
        (
            "table",
            [
                ["HMICFRS recommendation", "GMP response", "Deputy Mayor's comments"],
                [
                    "Recommendation 2: every referral to the NCCU to be accompanied by the required intelligence document",
                    "Accepted - complete. GMP's referral process was changed in July and the intelligence submission is now built into the record. The July review found it had been completed in 96% of referrals.",
                    "I welcome this and accept the recommendation.",
                ],
                [
                    "Recommendation 4: clear plans to collect, analyse and share OIC information",
                    "Accepted - ongoing. The Serious Organised Crime Group is drafting an OIC intelligence plan with the North West ROCU, due to the Force Executive Board in November.",
                    "Accept.",
                ],
                [
                    "Recommendation 8: Hydra training package",
                    "Accepted - ongoing. Hydra has been delivered to two of the five target cohorts. The remaining three will attend before March 2026.",
                    "Accept.",
                ],
                [
                    "Recommendation 9: four modules of OIC e-learning",
                    "Accepted - partially delivered. Modules one to three are on the GMP learning platform and are being completed by staff in scope. Module four is awaited from the College of Policing.",
                    "I note GMP's response and will ask for completion figures at the next Police, Crime and Fire Panel.",
                ],
            ],
        ),
        (
            "p",
            "The Mayor and I will continue to monitor GMP's progress through our regular accountability arrangements.",
        ),
        (
            "sign",
            ["Yours sincerely", "Kathryn Dunleavy", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"],
        ),
        ("footer", "Greater Manchester Combined Authority"),
    ],
    late=True,
)

add(
    "tuneset9-07-norfolk",
    "table",
    "docx",
    "Norfolk Constabulary",
    "Norfolk Police and Crime Commissioner",
    ("Oliver Pennington", "Police and Crime Commissioner for Norfolk"),
    "2025-07-04",
    [
        item("2", "agree", "implemented", cc="agree"),
        item("4", "agree", "in_progress", cc="agree"),
        item("8", "note", "not_started", cc="agree"),
        item("9", "agree", "planned", cc="agree"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner for Norfolk",
                "Building 8, Falconers Chase, Wymondham NR18 0WW",
            ],
        ),
        ("date", "04.07.2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"HMICFRS Report: {OIC_TITLE}"),
        (
            "p",
            "Please find below my response to the above report, made under section 55 of the Police Act 1996. I have included the response of the Chief Constable of Norfolk Constabulary to each of the recommendations that the inspectorate addressed to chief constables, with my own position beside it. The numbers in the first column are those used in the report.",
        ),
        (
            "table",
            [
                ["Rec", "Norfolk Constabulary", "PCC"],
                [
                    "2",
                    "Agree. Complete - the process change was made on 12 May 2025 and dip sampling showed 94% compliance in June.",
                    "Agree.",
                ],
                [
                    "4",
                    "Agree. In development - the joint Norfolk and Suffolk intelligence directorate is preparing a collection plan, due for sign-off in November.",
                    "Agree.",
                ],
                [
                    "8",
                    "Agree. Yet to begin - dependent on trainer availability at the MS&OIC Unit.",
                    "Note. I will ask for an update in the autumn.",
                ],
                [
                    "9",
                    "Agree. Scheduled - the four modules will be assigned to all relevant officers and staff from 1 September 2025.",
                    "Agree.",
                ],
            ],
        ),
        (
            "p",
            "I am reassured by the Constabulary's response, though the dependency on national trainers for the Hydra package is a risk I will continue to watch.",
        ),
        ("sign", ["Yours sincerely,", "", "Oliver Pennington", "Police and Crime Commissioner for Norfolk"]),
        ("footer", "OPCC for Norfolk"),
    ],
)

add(
    "tuneset9-08-essex",
    "table",
    "docx",
    "Essex Police",
    "Essex Police, Fire and Crime Commissioner",
    ("Daniel Feltham", "Police, Fire and Crime Commissioner for Essex"),
    "2025-07-01",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        (
            "letterhead",
            ["Police, Fire and Crime Commissioner for Essex", "Kelvedon Park, London Road, Rivenhall, Witham CM8 3HB"],
        ),
        ("date", "1st July 2025"),
        ("address", HMI),
        ("salutation", "Dear HM Chief Inspector,"),
        ("title", f"Response to HMICFRS: {OIC_TITLE}"),
        (
            "p",
            "With the ports of Tilbury and Harwich and London Stansted Airport in the county, Essex Police deals with the consequences of organised immigration crime every week. I welcome the inspectorate's report and the clarity of its recommendations.",
        ),
        (
            "p",
            "For completeness the table below lists all ten of the report's recommendations. Those that are not addressed to chief constables are marked as such; for the four that are, it gives Essex Police's response and my comment.",
        ),
        (
            "table",
            [
                ["Recommendation", "Addressed to", "Essex Police response", "PFCC comment"],
                ["1", "Not for chief constables", "Not applicable to forces.", "-"],
                [
                    "2",
                    "Chief constables",
                    "Accepted. The Force Control Room has built in the requirement: since May, a referral to the NCCU cannot be finalised without an intelligence log. Complete.",
                    "Support.",
                ],
                ["3", "Not for chief constables", "Not applicable to forces.", "-"],
                [
                    "4",
                    "Chief constables",
                    "Accepted. The Serious and Organised Crime Intelligence Unit is leading; a draft plan has been shared with Kent Police and the Eastern Region Special Operations Unit for comment.",
                    "Support. I have asked to see the final plan.",
                ],
                ["5", "Not for chief constables", "Not applicable to forces.", "-"],
                ["6", "Not for chief constables", "Not applicable to forces.", "-"],
                ["7", "Not for chief constables", "Not applicable to forces.", "-"],
                [
                    "8",
                    "Chief constables, with the MS&OIC Unit",
                    "Accepted. Essex will host an Eastern region Hydra exercise in March 2026.",
                    "Support.",
                ],
                [
                    "9",
                    "Chief constables, with the MS&OIC Unit and the College of Policing",
                    "Accepted. Port and airport policing teams are completing the modules first; 120 officers have finished all four so far.",
                    "Support.",
                ],
                ["10", "Not for chief constables", "Not applicable to forces.", "-"],
            ],
        ),
        ("p", "I will report on progress to the Essex Police, Fire and Crime Panel."),
        ("sign", ["Yours sincerely", "", "Daniel Feltham", "Police, Fire and Crime Commissioner for Essex"]),
        ("footer", "Essex PFCC"),
    ],
)


# ------------------------------------------------------------------------------------------------
# Two findings answered in one paragraph (5): txt, docx, html, pdf, txt

add(
    "tuneset9-09-cheshire",
    "two_in_one_paragraph",
    "txt",
    "Cheshire Constabulary",
    "Cheshire Police and Crime Commissioner",
    ("Lydia Hargreave", "Police and Crime Commissioner for Cheshire"),
    "2025-06-20",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "planned"),
        item("8", "accept", "in_progress"),
        item("9", "accept", "planned"),
    ],
    [
        (
            "letterhead",
            [
                "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR CHESHIRE",
                "Clemonds Hey, Oakmere Road, Winsford CW7 2UA",
            ],
        ),
        ("date", "20 June 2025"),
        ("address", HMI),
        ("salutation", "Dear HM Chief Inspector,"),
        ("title", OIC_TITLE),
        (
            "p",
            "Thank you for the report, which I have discussed with the Chief Constable. This letter sets out my response under section 55 of the Police Act 1996. I have confined it to the four recommendations that fall to chief constables.",
        ),
        (
            "p",
            "Recommendation 2 asks chief constables to make sure an intelligence document is completed every time a case is referred to the National Command and Control Unit. I accept it. Cheshire Constabulary changed its referral procedure in April: the intelligence submission is now a mandatory field on the referral record, and it has been working well for more than two months.",
        ),
        (
            "p",
            "I also accept recommendation 4. The force does not yet have a plan specific to organised immigration crime; work on one will begin in September, when the new Head of Intelligence takes up post, and I have asked for it to be finished well before the inspectorate's December date.",
        ),
        (
            "p",
            "Recommendations 8 and 9 both concern training and I accept both. The Hydra package (recommendation 8) is already being delivered: three cohorts of detectives and intelligence staff have been through it with the MS&OIC Unit, and two more are booked for the winter. The four e-learning modules in recommendation 9 will be added to the mandatory training schedule for frontline officers in the autumn, once the College has released the final module.",
        ),
        ("p", "I will keep the Police and Crime Panel informed of progress."),
        ("sign", ["Yours sincerely,", "", "Lydia Hargreave", "Police and Crime Commissioner for Cheshire"]),
    ],
)

add(
    "tuneset9-10-northumbria",
    "two_in_one_paragraph",
    "docx",
    "Northumbria Police",
    "Northumbria Police and Crime Commissioner",
    ("Samira Holden", "Police and Crime Commissioner for Northumbria"),
    "2025-06-26",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        cc_item("8", "accept", "in_progress"),
        cc_item("9", "partially_agree", "planned"),
    ],
    [
        (
            "letterhead",
            [
                "Northumbria Police and Crime Commissioner",
                "2nd Floor, Victory House, Balliol Business Park, Newcastle upon Tyne NE12 8EW",
            ],
        ),
        ("date", "26 June 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"{OIC_TITLE} - response from the Northumbria Police and Crime Commissioner"),
        (
            "p",
            "I am grateful to the inspectorate for this report and for the attention it gives to a form of crime that too often goes unseen. I have considered it with the Chief Constable, whose views are reflected below.",
        ),
        (
            "p",
            "The first two of the recommendations addressed to chief constables, numbers 2 and 4, both concern the way intelligence about organised immigration crime is captured and used. The Chief Constable has accepted them, and I support that decision. The first is already met: since March, Northumbria's referral template for the National Command and Control Unit has included a mandatory intelligence submission, and the Force Intelligence Bureau checks every one. The second is further from completion. The force's analysts are building a picture of organised immigration crime across Tyneside and Wearside, drawing on Border Force and local authority data, and are drafting the collection plan alongside it; it will be finalised early in the new year.",
        ),
        (
            "p",
            "Recommendations 8 and 9 fall to the force and the national Modern Slavery and Organised Immigration Crime Unit jointly. The Chief Constable accepts the former, and Hydra training is under way, with the first sessions for public protection and major crime detectives held this month. She accepts the latter only in part: the force will require modules one and two of everyone in a public-facing role but will reserve modules three and four for specialist staff, and the roll-out will not begin until the College releases the updated versions in October.",
        ),
        (
            "p",
            "My office will follow the force's progress through my Business Meetings with the Chief Constable, which are held in public.",
        ),
        ("sign", ["Yours sincerely", "", "Samira Holden", "Police and Crime Commissioner for Northumbria"]),
        ("footer", "Northumbria PCC"),
    ],
)

add(
    "tuneset9-11-kent",
    "two_in_one_paragraph",
    "html",
    "Kent Police",
    "Kent Police and Crime Commissioner",
    ("Bernard Ashdown", "Kent Police and Crime Commissioner"),
    "2025-07-09",
    [
        item("2", "agree", "implemented"),
        item("4", "agree", "in_progress"),
        item("8", "support", "planned"),
        item("9", "partially_agree", "not_started"),
    ],
    [
        ("letterhead", ["Office of the Kent Police and Crime Commissioner", "Sutton Road, Maidstone, Kent ME15 9BZ"]),
        ("date", "9 July 2025"),
        ("title", f"Response to HMICFRS report: {OIC_TITLE}"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "No county feels the effects of organised immigration crime more directly than Kent. Small boat arrivals on our coast, the pressures at Dover and the Channel Tunnel, and the exploitation that so often follows are daily business for Kent Police, and I was glad to see the inspectorate recognise the work the force already does.",
        ),
        (
            "p",
            "The two recommendations about intelligence - that an intelligence document is submitted whenever a case is referred to the National Command and Control Unit, and that forces have clear plans to collect, analyse and share information on organised immigration crime - I agree with. The first has been built into the control room's crime recording process and has been live since May. Work on the second is at an earlier stage: analysts in the Serious and Organised Crime Intelligence Unit have begun drafting the plan, and I expect to see it in November.",
        ),
        (
            "p",
            "The training recommendations are a different matter. The Hydra package has my full support, and the force has arranged for its major crime and intelligence supervisors to take part in Hydra exercises with the MS&OIC Unit in March 2026. The e-learning I can only partly agree with. Requiring all four modules of every relevant officer and member of staff by April 2026 does not seem to me proportionate when Kent officers already receive specific training on the border; the force will require the first two modules of its frontline staff. None of the modules is yet available on the force's learning platform.",
        ),
        (
            "p",
            "I will publish this response on my website, and the Chief Constable will report to me on progress at our Performance and Delivery Board.",
        ),
        ("sign", ["Yours sincerely,", "Bernard Ashdown", "Kent Police and Crime Commissioner"]),
        ("footer", "Kent PCC"),
    ],
)

add(
    "tuneset9-12-hertfordshire",
    "two_in_one_paragraph",
    "pdf",
    "Hertfordshire Constabulary",
    "Hertfordshire Police and Crime Commissioner",
    ("Jonathan Cresswell", "Police and Crime Commissioner for Hertfordshire"),
    "2025-07-21",
    [
        cc_item("2", "accept", "implemented"),
        cc_item("8", "accept", "in_progress"),
        cc_item("9", "accept", "planned"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner for Hertfordshire",
                "15 Vaughan Road, Harpenden, Hertfordshire AL5 4GZ",
            ],
        ),
        ("p", "Date: 21 July 2025"),
        ("address", HMI),
        ("salutation", "Dear HM Chief Inspector,"),
        ("title", f"Re: {OIC_TITLE}"),
        (
            "p",
            "I write in response to the inspectorate's report, which I have discussed with the Chief Constable. I have summarised below what Hertfordshire Constabulary is doing in response to it.",
        ),
        (
            "p",
            "Recommendation 2. The Constabulary accepts this recommendation. The requirement has been written into the Force Communications Room operating procedures, and supervisors now check that an intelligence submission accompanies every referral made to the National Command and Control Unit.",
        ),
        (
            "p",
            "Recommendations 8 and 9 relate to national training products. The Constabulary accepts the first and has already put 150 officers and staff through the Hydra package; the second it also accepts, but delivery of the e-learning will not begin until January 2026, when the force's new learning platform goes live.",
        ),
        (
            "p",
            "I am satisfied with the progress the Constabulary is making and will continue to monitor it through my Strategic Oversight Board.",
        ),
        ("sign", ["Yours sincerely", "", "Jonathan Cresswell", "Police and Crime Commissioner for Hertfordshire"]),
        ("footer", "Hertfordshire OPCC"),
    ],
    late=True,
    unanswered=["4"],
)

add(
    "tuneset9-13-avon-somerset",
    "two_in_one_paragraph",
    "txt",
    "Avon and Somerset Police",
    "Avon and Somerset Police and Crime Commissioner",
    ("Rosalind Pike", "Police and Crime Commissioner for Avon and Somerset"),
    None,
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "in_progress"),
        item("8", "support", "planned"),
        item("9", "note", "in_progress"),
    ],
    [
        (
            "letterhead",
            ["Avon and Somerset Police and Crime Commissioner", "Valley Road, Portishead, Bristol BS20 8JJ"],
        ),
        ("p", "Ref: OPCC/HMI/25/031"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector"),
        ("title", f"HMICFRS report - {OIC_TITLE}"),
        (
            "p",
            "I welcome the report and thank the inspection team. Avon and Somerset has the Port of Bristol, Bristol Airport and a large agricultural workforce, and the force has seen exploitation linked to organised immigration crime in each of these settings.",
        ),
        (
            "p",
            "Recommendations 2 and 4 I accept. The former is in place: every referral to the National Command and Control Unit now has to be followed by an intelligence submission before the officer's record can be closed. The latter is still being drafted by the force's Intelligence Directorate, and I have been promised a copy in the autumn.",
        ),
        (
            "p",
            "Turning to recommendations 8 and 9, I support the former without hesitation, and the force has booked Hydra exercises with the MS&OIC Unit for November and February. The latter I note. I am concerned that four modules of e-learning for every relevant member of staff is a great deal to ask alongside other mandatory training; nonetheless the modules have been on the force's learning platform since the spring and about a third of staff in scope have finished all four.",
        ),
        ("p", "I will report progress to the Police and Crime Panel."),
        ("sign", ["Yours sincerely", "", "Rosalind Pike", "Police and Crime Commissioner for Avon and Somerset"]),
    ],
)


# ------------------------------------------------------------------------------------------------
# Blanket stances (4): docx, html, pdf, txt

add(
    "tuneset9-14-derbyshire",
    "blanket",
    "docx",
    "Derbyshire Constabulary",
    "Derbyshire Police and Crime Commissioner",
    ("Nigel Ashcombe", "Police and Crime Commissioner for Derbyshire"),
    "2025-06-30",
    [
        item("2", "accept", "not_stated"),
        item("4", "accept", "not_stated"),
        item("8", "accept", "in_progress"),
        item("9", "accept", "planned"),
    ],
    [
        ("letterhead", ["Derbyshire Police and Crime Commissioner", "Butterley Hall, Ripley, Derbyshire DE5 3RS"]),
        ("date", "2025-06-30"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"{OIC_TITLE} - PCC response"),
        (
            "p",
            "Having considered the report with the Chief Constable, I accept all four of the recommendations it makes to chief constables.",
        ),
        (
            "p",
            "I want to draw attention to the training recommendations in particular, because the inspectorate's findings on officers' knowledge of organised immigration crime struck me most. Derbyshire Constabulary has started delivering the Hydra package and around a quarter of the detectives and intelligence staff in scope have now taken part. The e-learning modules will be assigned to all relevant personnel from September, with completion monitored monthly by the force's Learning and Development Board.",
        ),
        (
            "p",
            "I will hold the Chief Constable to account for delivery of all four recommendations through my Strategic Priorities Assurance Board.",
        ),
        ("sign", ["Yours sincerely,", "", "Nigel Ashcombe", "Police and Crime Commissioner for Derbyshire"]),
        ("footer", "Derbyshire OPCC - OFFICIAL"),
    ],
)

add(
    "tuneset9-15-cambridgeshire",
    "blanket",
    "html",
    "Cambridgeshire Constabulary",
    "Cambridgeshire Police and Crime Commissioner",
    ("Alan Fenwright", "Police and Crime Commissioner for Cambridgeshire and Peterborough"),
    "2025-06-19",
    [
        item("2", "accept", "in_progress", cc="accept"),
        item("4", "accept", "implemented", cc="accept"),
        item("8", "accept", "planned", cc="accept"),
        item("9", "partially_agree", "in_progress", cc="partially_agree"),
    ],
    [
        ("title", f"Commissioner's response to {OIC_TITLE}"),
        ("date", "19 June 2025"),
        (
            "p",
            "Under section 55 of the Police Act 1996 the Police and Crime Commissioner for Cambridgeshire and Peterborough must publish comments on reports by HMICFRS that concern the force. This is the Commissioner's response to the thematic report on organised immigration crime published on 16 May 2025.",
        ),
        (
            "p",
            "The recommendations made to chief constables are accepted by the Commissioner and by the Chief Constable, with one qualification, which is set out below.",
        ),
        (
            "p",
            "A revised procedure for referrals to the National Command and Control Unit, which makes an intelligence submission compulsory, is being piloted in the Peterborough area and will be extended across the county in September.",
        ),
        (
            "p",
            "The Constabulary's collection plan for organised immigration crime was signed off by the Chief Officer Group on 10 June and sets out how information will be gathered, analysed and shared with partners in the Eastern region.",
        ),
        (
            "p",
            "Hydra training will be delivered through the Eastern Region Special Operations Unit in the first quarter of 2026.",
        ),
        (
            "p",
            "The qualification concerns recommendation 9, which the Commissioner and the Chief Constable accept only in part. Both consider that modules three and four of the e-learning are relevant to investigators but not to call handlers or police community support officers, and the Constabulary will not require them of those staff. Modules one and two have been issued to all frontline officers and staff, and 47% have completed them.",
        ),
        ("sign", ["Alan Fenwright", "Police and Crime Commissioner for Cambridgeshire and Peterborough"]),
        ("footer", "Cambridgeshire and Peterborough OPCC"),
    ],
)

add(
    "tuneset9-16-dorset",
    "blanket",
    "pdf",
    "Dorset Police",
    "Dorset Police and Crime Commissioner",
    ("Philippa Stainer", "Dorset Police and Crime Commissioner"),
    "2025-07-02",
    [
        item("2", "support", "in_progress"),
        item("4", "disagree", ["implemented", "not_started"]),
        item("8", "support", "planned"),
        item("9", "support", "not_stated"),
    ],
    [
        (
            "letterhead",
            ["Dorset Police and Crime Commissioner", "Force Headquarters, Winfrith, Dorchester, Dorset DT2 8DZ"],
        ),
        ("date", "July 2nd, 2025"),
        ("address", HMI),
        ("title", f"Police and Crime Commissioner's response: {OIC_TITLE}"),
        (
            "p",
            "The Police and Crime Commissioner welcomes the inspectorate's report and supports each of the recommendations it makes to chief constables. The Commissioner has discussed them with the Chief Constable and sets out below further detail on three of them.",
        ),
        (
            "p",
            "On recommendation 2, the change to the control room's recording system that will prompt an intelligence submission for every referral to the National Command and Control Unit has been specified and is now being built by the force's digital team.",
        ),
        (
            "p",
            "On recommendation 4, however, the Commissioner does not accept that a separate plan is needed in Dorset. Dorset Police's existing serious and organised crime intelligence collection plan already covers organised immigration crime, including the ports at Poole and Portland, and the force will not be producing a separate one.",
        ),
        (
            "p",
            "On recommendation 8, Hydra training for detectives and intelligence staff is planned from January 2026, in partnership with the MS&OIC Unit and the South West Regional Organised Crime Unit.",
        ),
        ("p", "The Commissioner will review progress at the quarterly Accountability Board."),
        ("sign", ["Philippa Stainer", "Dorset Police and Crime Commissioner"]),
        ("footer", "Dorset OPCC"),
    ],
)

add(
    "tuneset9-17-staffordshire",
    "blanket",
    "txt",
    "Staffordshire Police",
    "Staffordshire Police, Fire and Crime Commissioner",
    ("Colin Rudge", "Staffordshire Commissioner for Police, Fire and Rescue and Crime"),
    "2025-07-03",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "not_stated"),
        item("8", "accept", "not_started"),
        item("9", "accept", "not_stated"),
    ],
    [
        ("letterhead", ["Staffordshire Commissioner's Office", "Block 9, Weston Road, Stafford ST18 0YY"]),
        ("date", "3/7/25"),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"{OIC_TITLE} (HMICFRS, May 2025)"),
        (
            "p",
            "We welcome the inspectorate's report and accept its recommendations to chief constables. Staffordshire Police has given us a detailed account of its response, and I want to highlight two points from it.",
        ),
        (
            "p",
            "First, on recommendation 2: this has been implemented. An intelligence submission is now a required part of every referral to the National Command and Control Unit, and the force's Intelligence Bureau reviews compliance each week.",
        ),
        (
            "p",
            "Second, on recommendation 8, the Hydra training package: although we accept the recommendation, the force tells me that no staff have yet been trained and that no dates have been set, because the MS&OIC Unit has not yet been able to offer trainer capacity to forces in the West Midlands region. I have raised this with the region's other commissioners.",
        ),
        (
            "p",
            "My office will publish this letter, and the force's progress will be considered at the Strategic Governance Board.",
        ),
        (
            "sign",
            ["Yours sincerely,", "", "Colin Rudge", "Staffordshire Commissioner for Police, Fire and Rescue and Crime"],
        ),
    ],
)


# ------------------------------------------------------------------------------------------------
# Flattened (5): txt, docx, html, pdf, txt

add(
    "tuneset9-18-durham",
    "flattened",
    "txt",
    "Durham Constabulary",
    "Durham Police and Crime Commissioner",
    ("Judith Wearmouth", "Police and Crime Commissioner for County Durham and Darlington"),
    "2025-07-11",
    [
        item("2", "agree", ["implemented", "in_progress"]),
        item("4", "agree", "planned"),
        item("8", "agree", "in_progress"),
        item("9", "agree", "implemented"),
    ],
    [
        (
            "letterhead",
            ["Police and Crime Commissioner for County Durham and Darlington", "Aykley Heads, Durham DH1 5TT"],
        ),
        ("date", "11th July 2025"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            f"Thank you for the inspectorate's report, {OIC_TITLE}, which I have now had the chance to consider with the Chief Constable. I agree with the four recommendations made to chief constables, and I want to say briefly where Durham Constabulary stands on each. The report asks that every time an officer refers a case to Immigration Enforcement's National Command and Control Unit, an intelligence document is completed and submitted; this has now been implemented in Durham, with the submission built into the referral form used by the control room. The report also asks that forces have clear plans to collect, analyse and share information on organised immigration crime. Durham does not yet have such a plan, but the force's analysts will start work on one in September, alongside the refresh of the Serious and Organised Crime Local Profile, and it will be finished by the end of the year.",
        ),
        (
            "p",
            "On training, the report asks forces to work with the Modern Slavery and Organised Immigration Crime Unit so that relevant personnel complete the Hydra training package. The force has run two Hydra sessions so far and has two more planned before Christmas. It also asks that relevant personnel complete the four modules of the organised immigration crime e-learning, and here I am pleased to say that all 312 officers and staff the force identified as being in scope completed all four modules by the end of June.",
        ),
        (
            "p",
            "I should add, on the NCCU reporting point, that an audit in June found the intelligence submission had been made in only around 70% of referrals, so further work is under way with control room supervisors to improve compliance. I will ask the Chief Constable to report on this at my next scrutiny meeting.",
        ),
        (
            "sign",
            [
                "Yours sincerely,",
                "",
                "Judith Wearmouth",
                "Police and Crime Commissioner for County Durham and Darlington",
            ],
        ),
    ],
    late=True,
)

add(
    "tuneset9-19-gwent",
    "flattened",
    "docx",
    "Gwent Police",
    "Gwent Police and Crime Commissioner",
    ("Carys Bevan-Lloyd", "Police and Crime Commissioner for Gwent"),
    "2025-06-24",
    [
        item("2", "accept", "in_progress"),
        item("4", "accept", "implemented"),
        item("8", "support", "planned"),
    ],
    [
        (
            "letterhead",
            [
                "Swyddfa Comisiynydd Heddlu a Throseddu Gwent",
                "Office of the Police and Crime Commissioner for Gwent",
                "Police Headquarters, Turnpike Road, Croesyceiliog, Cwmbran NP44 2FJ",
            ],
        ),
        ("date", "Dydd Mawrth 24 Mehefin 2025 / Tuesday 24 June 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            f'I write in response to the inspectorate\'s thematic report {OIC_TITLE}, published on 16 May. The report asks that "by 30 April 2026, chief constables should make sure that every time a member of their force reports a case to Immigration Enforcement\'s National Command and Control Unit, the reporting officer completes and submits the required intelligence document". I accept this recommendation. Gwent Police has amended its referral guidance and is now training control room staff and response supervisors on the new requirement, which should be fully embedded by the autumn. The report also asks that "by 31 December 2025, chief constables should make sure they have clear plans to collect, analyse and share information related to organised immigration crime", which I also accept; Gwent has had an organised immigration crime collection plan since early 2025, developed with the Welsh regional organised crime unit, TARIAN, and it already provides for sharing information with partners at the Severn crossings and the port of Newport.',
        ),
        (
            "p",
            "The inspectorate's findings about training are, to my mind, among the most important in the report. It recommends that relevant personnel complete the Hydra training package on organised immigration crime, working with the Modern Slavery and Organised Immigration Crime Unit. I fully support this, and the Chief Constable has agreed with the Unit that Gwent detectives and intelligence staff will attend Hydra sessions at the regional training centre from February 2026. I will ask for attendance figures once those sessions have taken place, and my office will continue to scrutinise the force's progress through my Strategy and Performance Board.",
        ),
        (
            "sign",
            [
                "Yn gywir / Yours sincerely,",
                "",
                "Carys Bevan-Lloyd",
                "Comisiynydd Heddlu a Throseddu Gwent / Police and Crime Commissioner for Gwent",
            ],
        ),
        ("footer", "Gwent OPCC"),
    ],
    unanswered=["9"],
)

add(
    "tuneset9-20-hampshire",
    "flattened",
    "html",
    "Hampshire and Isle of Wight Constabulary",
    "Hampshire and Isle of Wight Police and Crime Commissioner",
    ("Gregory Faircloth", "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
    "2025-06-17",
    [
        item("2", "note", "implemented", cc="accept"),
        item("4", "note", "in_progress", cc="accept"),
        item("8", "note", "not_started", cc="accept"),
        item("9", "note", "in_progress", cc="accept"),
    ],
    [
        ("title", f"Response to HMICFRS: {OIC_TITLE}"),
        ("date", "17 June 2025"),
        (
            "p",
            f"I have read the inspectorate's report, {OIC_TITLE}, and I note its recommendations and the Chief Constable's response to them. The Chief Constable has accepted all four of the recommendations directed to chief constables. The requirement that an officer reporting a case to the National Command and Control Unit completes and submits the required intelligence document has been business as usual in Hampshire and the Isle of Wight since March, when it was added to the force's referral policy after the inspectorate's fieldwork. Work to meet the recommendation that forces have clear plans to collect, analyse and share information related to organised immigration crime is being led by the Head of Intelligence, and a first version of the plan, covering the ports of Southampton and Portsmouth and the Isle of Wight ferry routes, is in draft.",
        ),
        (
            "p",
            "On the two training recommendations, the picture is mixed. Hydra training has not yet begun in the force: no places have so far been allocated to Hampshire and the Isle of Wight by the MS&OIC Unit. By contrast, the four modules of the e-learning package are available to staff and are steadily being completed, with figures reported monthly to the force's People Board. I will continue to monitor progress on all four recommendations through my Accountability Board and will publish the Chief Constable's updates.",
        ),
        ("sign", ["Gregory Faircloth", "Police and Crime Commissioner for Hampshire and the Isle of Wight"]),
        ("footer", "Hampshire and Isle of Wight OPCC"),
    ],
)

add(
    "tuneset9-21-north-wales",
    "flattened",
    "pdf",
    "North Wales Police",
    "North Wales Police and Crime Commissioner",
    ("Gethin Parry-Jones", "Police and Crime Commissioner for North Wales"),
    None,
    [
        item("2", "agree", "implemented"),
        item("4", "agree", "in_progress"),
        item("8", "agree", "planned"),
        item("9", "agree", "in_progress"),
    ],
    [
        (
            "letterhead",
            [
                "Swyddfa Comisiynydd Heddlu a Throseddu Gogledd Cymru",
                "Office of the Police and Crime Commissioner for North Wales",
                "Glan y Don, Colwyn Bay LL29 8AW",
            ],
        ),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            f"Thank you for the report {OIC_TITLE}. North Wales is home to Holyhead, the second busiest roll-on roll-off port in the United Kingdom, and organised immigration crime is therefore a particular concern here. I agree with each of the four recommendations the report makes to chief constables, and have discussed them with the Chief Constable. On the first of them, that the reporting officer completes and submits the required intelligence document every time a case is reported to the National Command and Control Unit, North Wales Police put this in place in May, and it is now part of the standard referral process used in the Holyhead port office and across the force. On the need for clear plans to collect, analyse and share information, the force is developing a collection plan with the TARIAN regional organised crime unit and with Border Force at Holyhead; a draft is being tested at the moment.",
        ),
        (
            "p",
            "On Hydra, the force has agreed with the MS&OIC Unit that detectives and intelligence officers from the port office and the force's Serious and Organised Crime Team will attend a Hydra exercise in Llandudno in January 2026. I will return to the e-learning below, because the position changed while this letter was being drafted.",
        ),
        (
            "p",
            "The four e-learning modules were made mandatory for all relevant officers and staff on 1 June 2025, and completion is being tracked each week by the force's Learning and Development team. I will continue to scrutinise progress on all of these recommendations through my Strategic Executive Board.",
        ),
        (
            "sign",
            [
                "Yn gywir,",
                "",
                "Gethin Parry-Jones",
                "Comisiynydd Heddlu a Throseddu Gogledd Cymru",
                "Police and Crime Commissioner for North Wales",
            ],
        ),
        ("footer", "OPCC North Wales"),
    ],
)

add(
    "tuneset9-22-suffolk",
    "flattened",
    "txt",
    "Suffolk Constabulary",
    "Suffolk Police and Crime Commissioner",
    ("Rachel Gedge", "Police and Crime Commissioner for Suffolk"),
    "2025-07-04",
    [
        item("2", "support", "in_progress"),
        item("4", "support", "in_progress"),
        item("8", "support", "implemented"),
        item("9", "disagree", "planned"),
    ],
    [
        (
            "letterhead",
            ["SUFFOLK POLICE AND CRIME COMMISSIONER", "Police Headquarters, Martlesham Heath, Ipswich IP5 3QS"],
        ),
        ("date", "Friday, 4 July 2025"),
        ("title", f"Re: {OIC_TITLE}"),
        (
            "p",
            "Dear Chief Inspector, thank you for the report. With the Port of Felixstowe in the county, organised immigration crime matters greatly to Suffolk, and I support the recommendations that intelligence is submitted every time a case is referred to the National Command and Control Unit and that forces have clear plans for collecting, analysing and sharing information about this crime. Suffolk Constabulary is rolling out the change to its referral process across the control room and the port policing team, and the joint Norfolk and Suffolk intelligence directorate is well advanced with its collection plan. I also support the recommendation that relevant personnel complete the Hydra training package with the MS&OIC Unit: every officer and member of staff the force identified as relevant has now done so, through sessions held in Ipswich in the spring.",
        ),
        (
            "p",
            "I cannot agree to recommendation 9 as it is written. Requiring all relevant personnel to complete four modules of e-learning by April 2026, on top of an already heavy mandatory training load, would in my view take officers away from the front line for too long. I have written to the College of Policing to explain this. The Constabulary will instead begin rolling the modules out in May 2026 and complete them by the end of that year. I will keep the Police and Crime Panel informed. Yours sincerely,",
        ),
        ("sign", ["Rachel Gedge", "Police and Crime Commissioner for Suffolk"]),
    ],
)


# ------------------------------------------------------------------------------------------------
# Commissioner's letter with the chief constable's annex (3): pdf, docx, html

add(
    "tuneset9-23-wiltshire",
    "cc_annex",
    "pdf",
    "Wiltshire Police",
    "Wiltshire Police and Crime Commissioner",
    ("Annabel Corsham", "Police and Crime Commissioner for Wiltshire and Swindon"),
    "2025-06-25",
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
                "Office of the Police and Crime Commissioner for Wiltshire and Swindon",
                "London Road, Devizes, Wiltshire SN10 2DN",
            ],
        ),
        ("date", "25 June 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", OIC_TITLE),
        (
            "p",
            "Thank you for the inspectorate's report. I have considered it alongside the Chief Constable's response, which is attached to this letter as an annex. I am satisfied with that response, and I support the recommendations made to chief constables.",
        ),
        (
            "p",
            "I will seek assurance on progress through my Commissioner's Monitoring Board, and I will publish this letter and the annex on my website.",
        ),
        (
            "sign",
            ["Yours sincerely,", "", "Annabel Corsham", "Police and Crime Commissioner for Wiltshire and Swindon"],
        ),
        ("heading", "Annex A: Chief Constable's response"),
        (
            "p",
            "Wiltshire Police has considered the recommendations addressed to chief constables and responds as follows.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "Accepted. The intelligence submission has been a mandatory step in the force's referral process for the National Command and Control Unit since April 2025. Status: Complete.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "Accepted. The force's organised immigration crime lead is preparing an intelligence collection plan with the South West Regional Organised Crime Unit. Status: Open - on track for December 2025.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "Accepted. Hydra training for the Major Crime Investigation Team and the Force Intelligence Bureau will be delivered with the MS&OIC Unit in the final quarter of 2025/26. Status: Open - scheduled.",
        ),
        ("heading", "Recommendation 9"),
        (
            "p",
            "Accepted. All four modules are available on the force's learning platform and 37% of staff in scope have completed them. Status: Open - in progress.",
        ),
        ("footer", "Wiltshire and Swindon OPCC"),
    ],
)

add(
    "tuneset9-24-mopac",
    "cc_annex",
    "docx",
    "Metropolitan Police Service",
    "Mayor's Office for Policing And Crime (MOPAC)",
    ("Amara Whitcombe", "Deputy Mayor for Policing and Crime"),
    "2025-07-07",
    [
        cc_item("2", "accept", "in_progress"),
        cc_item("4", "accept", "implemented"),
        cc_item("8", "accept", "planned"),
        cc_item("9", "partially_agree", "not_stated"),
    ],
    [
        (
            "letterhead",
            ["MAYOR OF LONDON", "Mayor's Office for Policing And Crime", "169 Union Street, London SE1 0LL"],
        ),
        ("date", "7 July 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"MOPAC response to the HMICFRS report: {OIC_TITLE}"),
        (
            "p",
            "I am writing on behalf of the Mayor of London in response to the above report. London is a destination for many people who have been smuggled into the United Kingdom and a hub for the criminal networks that profit from it, and the report's findings are directly relevant to the Metropolitan Police Service.",
        ),
        (
            "p",
            "The Commissioner of Police of the Metropolis has provided a response to each of the recommendations made to chief constables, which is annexed to this letter. MOPAC will oversee the Met's delivery of these recommendations through the Mayor's Oversight Board and our regular inspection tracking.",
        ),
        ("sign", ["Yours sincerely,", "", "Amara Whitcombe", "Deputy Mayor for Policing and Crime"]),
        ("heading", "Annex: Metropolitan Police Service response"),
        (
            "dl",
            [
                (
                    "Recommendation 2",
                    "Accepted. The MPS is updating its standard operating procedure for referrals to the National Command and Control Unit to make the intelligence submission mandatory. The revised procedure has been drafted and is being consulted on with frontline supervisors.",
                ),
                (
                    "Recommendation 4",
                    "Accepted. Already achieved: the MPS Organised Immigration Crime Intelligence Requirement was approved in April 2025 and sets out how information will be collected, analysed and shared with the National Crime Agency and Border Force.",
                ),
                (
                    "Recommendation 8",
                    "Accepted. The MPS will work with the MS&OIC Unit to deliver the Hydra package to relevant staff in the Specialist Crime command during early 2026.",
                ),
                (
                    "Recommendation 9",
                    "Partially accepted. The MPS agrees that relevant personnel should complete the e-learning but, given the size of the workforce in scope, will set out a phased approach in its next update to MOPAC.",
                ),
            ],
        ),
        ("footer", "MOPAC"),
    ],
)

add(
    "tuneset9-25-city-of-london",
    "cc_annex",
    "html",
    "City of London Police",
    "City of London Corporation (Police Authority Board)",
    ("James Thornbury", "Chairman, Police Authority Board"),
    "2025-06-23",
    [
        cc_item("2", "agree", "implemented"),
        cc_item("4", "agree", "in_progress"),
        item("8", "support", "not_started", cc="agree"),
        item("9", "support", "in_progress", cc="agree"),
    ],
    [
        ("letterhead", ["City of London Corporation", "Police Authority Board", "Guildhall, London EC2V 7HH"]),
        ("date", "23rd June 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"{OIC_TITLE}: response of the City of London Police Authority Board"),
        (
            "p",
            "As Chairman of the Police Authority Board, I am writing in response to the inspectorate's report. The City of London Police is the national lead force for fraud and economic crime, and organised immigration crime networks frequently depend on the financial crime that the force investigates.",
        ),
        (
            "p",
            "The Board has received the Commissioner of the City of London Police's response to the four recommendations made to chief constables, which is set out in the annex. The Board supports recommendations 8 and 9, which are consistent with the Board's own priority of improving the force's capability to identify exploitation, and we will ask for regular updates on training completion.",
        ),
        ("sign", ["Yours sincerely,", "James Thornbury", "Chairman, Police Authority Board"]),
        ("heading", "Annex: City of London Police response"),
        (
            "accordion",
            [
                (
                    "Recommendation 2",
                    "Agreed. Complete. The force's referral procedure for the National Command and Control Unit was updated in May 2025; an intelligence submission is now required for every referral.",
                ),
                (
                    "Recommendation 4",
                    "Agreed. In progress. The force is preparing a collection plan that links its organised immigration crime intelligence with its fraud and money laundering intelligence; it is due to be finished in October.",
                ),
                (
                    "Recommendation 8",
                    "Agreed. Not yet started. The force is awaiting a date from the MS&OIC Unit for its Hydra training.",
                ),
                (
                    "Recommendation 9",
                    "Agreed. Two of the four modules are live on the force's learning platform, and officers in scope are working through them; the remaining two will follow.",
                ),
            ],
        ),
        ("footer", "City of London Police Authority Board"),
    ],
)


# ------------------------------------------------------------------------------------------------
# Mixed stances (3): txt, docx, html

add(
    "tuneset9-26-warwickshire",
    "mixed_stances",
    "txt",
    "Warwickshire Police",
    "Warwickshire Police and Crime Commissioner",
    ("Helena Brightwell", "Police and Crime Commissioner for Warwickshire"),
    "2025-07-10",
    [
        item("2", "accept", "in_progress"),
        item("4", "agree", "implemented"),
        item("8", "accept", "planned"),
        item("9", "partially_agree", "not_started"),
    ],
    [
        (
            "letterhead",
            ["Office of the Police and Crime Commissioner for Warwickshire", "3 Northgate Street, Warwick CV34 4SP"],
        ),
        ("date", "10 July 2025"),
        ("address", HMI),
        ("salutation", "Dear HM Chief Inspector,"),
        ("title", f"HMICFRS - {OIC_TITLE}"),
        (
            "p",
            "I have considered the report and discussed it with the Chief Constable of Warwickshire Police. My response to the recommendations made to chief constables follows.",
        ),
        (
            "p",
            "I accept recommendation 2 without reservation. The force is changing its referral process so that an intelligence submission is made for every case reported to the National Command and Control Unit; the new process is being introduced one policing area at a time and is now running in the north of the county.",
        ),
        (
            "p",
            "I agree with recommendation 4, and I can report that the force already has a plan for collecting, analysing and sharing information on organised immigration crime, agreed with West Mercia Police and the regional organised crime unit last year.",
        ),
        (
            "p",
            "Recommendations 8 and 9 are about training. I accept the former without reservation and the latter only in part. Hydra sessions have been arranged with the MS&OIC Unit for January and March 2026. On the e-learning, four modules is in my view more than should be required of every officer in scope, and the force intends to require only the first two of most staff. The modules have not yet been issued to anyone.",
        ),
        ("p", "I will report on progress to the Warwickshire Police and Crime Panel."),
        ("sign", ["Yours sincerely,", "", "Helena Brightwell", "Police and Crime Commissioner for Warwickshire"]),
    ],
)

add(
    "tuneset9-27-lincolnshire",
    "mixed_stances",
    "docx",
    "Lincolnshire Police",
    "Lincolnshire Police and Crime Commissioner",
    ("Stuart Kettleby", "Police and Crime Commissioner for Lincolnshire"),
    "2025-06-19",
    [
        item("2", "support", "in_progress"),
        item("8", "note", "planned"),
        item("9", "disagree", "not_started", cc="disagree"),
    ],
    [
        ("letterhead", ["Lincolnshire Police and Crime Commissioner", "Deepdale Lane, Nettleham, Lincoln LN2 2LT"]),
        ("date", "Thursday 19th June 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector"),
        ("title", f"{OIC_TITLE}"),
        (
            "p",
            "Lincolnshire's agricultural and food processing industries depend on a large seasonal workforce, and the county has seen too many cases in which workers brought here by organised crime groups have been exploited. I am grateful for the inspectorate's report.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "I support this recommendation. Lincolnshire Police is adding the intelligence submission to its referral process for the National Command and Control Unit; the change is being made to the force's crime and intelligence systems at present.",
        ),
        ("heading", "Recommendations 8 and 9"),
        (
            "p",
            "I note recommendation 8. The force has asked the MS&OIC Unit for Hydra places for its Serious and Organised Crime Unit and expects them in the spring of 2026.",
        ),
        (
            "p",
            "I do not support recommendation 9 in its current form. Lincolnshire Police already provides its own training on labour exploitation and organised immigration crime, developed with the Gangmasters and Labour Abuse Authority, and the Chief Constable and I do not consider that four further modules of national e-learning would add enough to justify the time. The force will not be rolling out the modules at present.",
        ),
        ("p", "I would be happy to discuss any of this with the inspectorate."),
        ("sign", ["Yours sincerely", "", "Stuart Kettleby", "Police and Crime Commissioner for Lincolnshire"]),
        ("footer", "Lincolnshire OPCC"),
    ],
    unanswered=["4"],
)

add(
    "tuneset9-28-nottinghamshire",
    "mixed_stances",
    "html",
    "Nottinghamshire Police",
    "Nottinghamshire Police and Crime Commissioner",
    ("Kamal Sethi", "Nottinghamshire Police and Crime Commissioner"),
    "2025-07-01",
    [
        item("2", "agree", "implemented", cc="accept"),
        item("4", "agree", "not_stated", cc="accept"),
        item("8", "support", "in_progress", cc="accept"),
        item("9", "partially_agree", "planned", cc="accept"),
    ],
    [
        ("title", "Commissioner responds to HMICFRS report on organised immigration crime"),
        ("date", "1 July 2025"),
        (
            "p",
            f"This is the response of the Nottinghamshire Police and Crime Commissioner to the HMICFRS report {OIC_TITLE}, published on 16 May 2025.",
        ),
        (
            "p",
            "The Chief Constable has accepted all four of the recommendations made to chief constables. My own view differs on one of them.",
        ),
        (
            "p",
            "I agree with recommendations 2 and 4. The first has been done: officers referring a case to the National Command and Control Unit must now submit an intelligence report, and the Force Intelligence Bureau checks that they have.",
        ),
        (
            "p",
            "Of recommendations 8 and 9, I support the first in full and the second in part. Hydra training with the MS&OIC Unit is being delivered to the force's Serious and Organised Crime Unit and public protection teams this summer. On the e-learning, I think the requirement to complete all four modules should apply to investigators and intelligence staff rather than to every officer, and I have told the Chief Constable so; the force plans to launch the modules in October.",
        ),
        ("sign", ["Kamal Sethi", "Nottinghamshire Police and Crime Commissioner"]),
        ("footer", "Nottinghamshire OPCC"),
    ],
)


# ------------------------------------------------------------------------------------------------
# Regional areas for improvement (2, soc-yh-2025): txt, pdf

add(
    "tuneset9-29-humberside",
    "regional_afi",
    "txt",
    "Humberside Police",
    "Humberside Police and Crime Commissioner",
    ("Alistair Brough", "Police and Crime Commissioner for Humberside"),
    "2026-01-12",
    [
        item("1", "accept", "in_progress", cc="accept"),
        item("2", "accept", "planned", cc="accept"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner for Humberside",
                "The Lawns, Harland Way, Cottingham HU16 5SN",
            ],
        ),
        ("date", "12 January 2026"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", SOC_TITLE),
        (
            "p",
            "Thank you for the inspectorate's report on the Yorkshire and Humber Regional Organised Crime Unit and its four constituent forces. I have discussed it with the Chief Constable of Humberside Police, who has accepted both of the areas for improvement, and with the other commissioners and mayors in the region.",
        ),
        (
            "p",
            "AFI 1 - working together. I accept this area for improvement. The ROCU and the four forces have agreed a new regional tasking arrangement, and Humberside Police has begun sending a detective superintendent to the fortnightly regional tasking meeting. The first joint operations under the new arrangement started in December.",
        ),
        (
            "p",
            "AFI 2 - technical surveillance equipment. I also accept this. The regional collaboration board has agreed that, from April 2026, technical surveillance equipment for all four forces and the ROCU will be bought through a single regional procurement arrangement, with a shared register of equipment.",
        ),
        ("p", "The Chief Constable will report progress on both to my Accountability Board."),
        ("sign", ["Yours sincerely,", "", "Alistair Brough", "Police and Crime Commissioner for Humberside"]),
    ],
    report=SOC,
)

add(
    "tuneset9-30-north-yorkshire",
    "regional_afi",
    "pdf",
    "North Yorkshire Police",
    "Mayor of York and North Yorkshire",
    ("Eleanor Pickersgill", "Deputy Mayor for Policing, Fire and Crime"),
    "2026-01-29",
    [
        item("1", "agree", "in_progress"),
        item("2", "agree", "implemented"),
    ],
    [
        (
            "letterhead",
            [
                "York and North Yorkshire Combined Authority",
                "Office of the Deputy Mayor for Policing, Fire and Crime",
                "West Offices, Station Rise, York YO1 6GA",
            ],
        ),
        ("date", "29.01.2026"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "HMICFRS Inspection: Yorkshire and Humber Regional Response to Serious and Organised Crime"),
        (
            "p",
            "I am responding on behalf of the Mayor of York and North Yorkshire to the inspectorate's report on the Yorkshire and Humber Regional Response to Serious and Organised Crime. North Yorkshire Police is one of the four forces that make up the regional collaboration, and the report's two areas for improvement apply to the force as well as to the regional unit.",
        ),
        (
            "p",
            "We agree with the first, that the regional unit and the forces should improve how they work together. North Yorkshire Police has seconded two analysts to the regional intelligence unit and is taking part in the new regional tasking process, though the force tells us that joint working on county lines and rural crime is still being developed.",
        ),
        (
            "p",
            "We also agree with the second, on how technical surveillance equipment is procured and used. This has been addressed: since November 2025 all technical surveillance equipment for the region has been bought through a single framework managed by the regional unit, and the force now uses the shared equipment register.",
        ),
        ("p", "I will continue to receive updates from the Chief Constable at my Public Accountability Meetings."),
        ("sign", ["Yours sincerely,", "", "Eleanor Pickersgill", "Deputy Mayor for Policing, Fire and Crime"]),
        ("footer", "Deputy Mayor for Policing, Fire and Crime"),
    ],
    report=SOC,
    title="Yorkshire and Humber Regional Response to Serious and Organised Crime",
)


def main() -> None:
    about = "A hand-written tuning set of 30 response letters in the forms a reader finds hardest (tables, two findings in one paragraph, blanket stances, flattened letters, chief constables' annexes, mixed stances and regional areas for improvement); schema as tests/ingest/sealed/truth.json; split 'tuneset9'."
    corpus.write_set(HERE, about, ((blocks, truth) for truth, blocks in LETTERS))


if __name__ == "__main__":
    main()
