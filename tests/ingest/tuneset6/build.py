# ruff: noqa: E501  (letter text is data: long sentences are kept whole)
"""Build the sixth tuning set: ``letters/`` and ``truth.json``, reproducibly.

    .venv/bin/python tests/ingest/tuneset6/build.py

Twenty-four letters written by hand on 30 November 2026 (people's names invented, forces and bodies
real names used as the senders of synthetic letters, none of them the seeds' forces), for tuning the
reader: two findings answered in one paragraph, PDF response tables whose cells run together, blanket
stances followed by detail, and mixed stances. Each letter's truth is written beside it by hand.
Only the renderers (TXT, DOCX, HTML, PDF) are shared with the corpus builder.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
sys.path.insert(0, str(CORPUS))

import build as corpus  # noqa: E402

OIC_TITLE = "Improving the response to organised immigration crime"
HMI = ["His Majesty's Chief Inspector of Constabulary", "HMICFRS", "Globe House", "89 Eccleston Square", "London"]
REC = {n: corpus.FINDINGS[f"oic:{n}"] for n in ("2", "4", "8", "9")}

Blocks = list[tuple[str, Any]]


item = corpus.item


def top(org: list[str], date: str, salutation: str = "Dear Sir Andy,") -> Blocks:
    return [
        ("letterhead", org),
        ("date", date),
        ("address", HMI),
        ("salutation", salutation),
        ("title", f"Response to HMICFRS report: {OIC_TITLE}"),
    ]


def sign(*lines: str) -> Blocks:
    return [("sign", ["Yours sincerely,", *lines])]


TABLE_HEAD = ["Recommendation", "Force update", "Status", "Commissioner's comment"]


# Each entry: (truth, blocks). The truth is written by hand from reading the blocks beside it.
LETTERS: list[tuple[dict[str, Any], Blocks]] = []


add = corpus.letter_adder(LETTERS, split="tuneset6")


# ------------------------------------------------------------------------------------------------
# two_in_one_paragraph (8)

add(
    "tuneset6-01",
    "two_in_one_paragraph",
    "txt",
    "Cumbria Constabulary",
    "Cumbria Police, Fire and Crime Commissioner",
    ("Helen Marwood", "Police, Fire and Crime Commissioner for Cumbria"),
    "2025-07-02",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "in_progress"),
        item("8", "support", "planned"),
        item("9", "support", "not_started"),
    ],
    [
        *top(["Cumbria Police, Fire and Crime Commissioner", "Carleton Hall, Penrith, CA10 2AU"], "2nd July 2025"),
        (
            "p",
            "Thank you for the report. Cumbria is a large rural county with a small force, and organised "
            "immigration crime here most often shows itself on the M6 corridor and at the port of Workington.",
        ),
        (
            "p",
            "I accept the two recommendations about intelligence. On referrals to the National Command and "
            "Control Unit, officers have completed the intelligence document for every referral since March, "
            "and the control room checks it before the log is closed. The collection plan for organised "
            "immigration crime is a different matter: the analyst has a first draft and it is with the "
            "Detective Superintendent for comment.",
        ),
        (
            "p",
            "I support both training recommendations. Hydra exercises will be run for the force's senior "
            "investigating officers in the autumn, at the regional centre in Preston. No start has been made on "
            "the four e-learning modules, which the force has yet to schedule.",
        ),
        ("p", "I will follow both through at my quarterly accountability meetings with the Chief Constable."),
        *sign("Helen Marwood", "Police, Fire and Crime Commissioner for Cumbria"),
    ],
)

add(
    "tuneset6-02",
    "two_in_one_paragraph",
    "docx",
    "Kent Police",
    "Kent Police and Crime Commissioner",
    ("Marcus Penfold", "Kent Police and Crime Commissioner"),
    "2025-06-24",
    [
        item("2", "support", "in_progress", by="policing_body", cc="accept"),
        item("9", "support", "in_progress", by="policing_body", cc="accept"),
        item("4", "support", "implemented", by="policing_body", cc="accept"),
        item("8", "support", "planned", by="policing_body", cc="accept"),
    ],
    [
        *top(["Office of the Kent Police and Crime Commissioner", "Sutton Road, Maidstone, ME15 9BZ"], "24/06/2025"),
        (
            "p",
            "With the Channel coast and the Port of Dover in the county, few reports matter more to Kent. "
            "The Chief Constable has accepted all four recommendations made to chief constables, and I support "
            "each of them.",
        ),
        (
            "p",
            "Recommendations 2 and 9 are being taken forward together by the force's Border Crime Team. "
            "Completion of the intelligence document after a referral to the National Command and Control "
            "Unit is now audited weekly, and compliance has risen from 61% to 84%; the e-learning is 70% "
            "complete across the teams that need it, with the remainder booked for the summer.",
        ),
        (
            "p",
            "Recommendations 4 and 8: the force's intelligence collection plan for organised immigration "
            "crime was signed off in May and has been in use since. Hydra training is planned for January "
            "2026, when the regional suite reopens after refurbishment.",
        ),
        ("p", "My office will scrutinise progress through the Performance and Delivery Board."),
        *sign("Marcus Penfold", "Kent Police and Crime Commissioner"),
    ],
)

add(
    "tuneset6-03",
    "two_in_one_paragraph",
    "html",
    "Essex Police",
    "Essex Police, Fire and Crime Commissioner",
    ("Oliver Brandreth", "Police, Fire and Crime Commissioner for Essex"),
    "2025-07-08",
    [
        item("8", "support", "in_progress"),
        item("9", "support", "in_progress"),
        item("2", "accept", "not_stated"),
        item("4", "accept", "planned"),
    ],
    [
        *top(
            ["Essex Police, Fire and Crime Commissioner", "Kelvedon Park, London Road, Rivenhall, CM8 3HB"],
            "8 July 2025",
        ),
        (
            "p",
            "I welcome the report's recommendations on Hydra and on the organised immigration crime e-learning, "
            "both of which Essex Police is part way through: around half of the detectives in the Serious and "
            "Organised Crime Command have done one or the other, and the rest are booked before Christmas.",
        ),
        (
            "p",
            "I also accept what the report says about referrals to Immigration Enforcement and about the need "
            "for a clear plan to collect and share intelligence. On the plan, the force intends to publish "
            "one by the end of September, drawing on the tasking arrangements at Harwich and Tilbury.",
        ),
        (
            "p",
            "The National Crime Agency's own work on small-boat crossings is outside my remit, and I will "
            "ask the Chief Constable to report progress to my Strategic Board in the new year.",
        ),
        *sign("Oliver Brandreth", "Police, Fire and Crime Commissioner for Essex"),
    ],
)

add(
    "tuneset6-04",
    "two_in_one_paragraph",
    "txt",
    "Dyfed-Powys Police",
    "Dyfed-Powys Police and Crime Commissioner",
    ("Rhys ap Dafydd", "Police and Crime Commissioner for Dyfed-Powys"),
    "2025-06-30",
    [
        item("2", "agree", "implemented", cc="agree"),
        item("4", "agree", "implemented", cc="agree"),
        item("8", "agree", "not_started", cc="agree"),
        item("9", "agree", ["planned", "not_started"], cc="agree"),
    ],
    [
        *top(
            [
                "Comisiynydd Heddlu a Throseddu Dyfed-Powys",
                "Dyfed-Powys Police and Crime Commissioner",
                "PO Box 99, Llangunnor, Carmarthen, SA31 2PF",
            ],
            "30.06.2025",
        ),
        (
            "p",
            "Our force covers more than half of the land mass of Wales, and the ferry ports at Fishguard and "
            "Pembroke Dock give this report a particular relevance. The Chief Constable and I agree with all "
            "four recommendations.",
        ),
        (
            "p",
            "The first two — the intelligence document after every referral to the National Command and "
            "Control Unit, and a plan for collecting, analysing and sharing information — are in place. "
            "The referral form was built into the force's custody and intelligence system last year, and the "
            "collection plan was agreed at the force tasking meeting in April.",
        ),
        (
            "p",
            "The training recommendations are further behind. Nobody in the force has yet done the Hydra "
            "package, and the four e-learning modules will follow the Hydra sessions rather than run beside "
            "them; neither has a date yet while the force waits for the College of Policing to confirm the "
            "refreshed modules.",
        ),
        *sign("Rhys ap Dafydd", "Comisiynydd Heddlu a Throseddu / Police and Crime Commissioner, Dyfed-Powys"),
    ],
)

add(
    "tuneset6-05",
    "two_in_one_paragraph",
    "docx",
    "Northumbria Police",
    "Northumbria Police and Crime Commissioner",
    ("Grace Ainsley", "Police and Crime Commissioner for Northumbria"),
    "2025-07-10",
    [
        item("2", "support", "in_progress"),
        item("8", "support", "implemented"),
        item("9", "support", "implemented"),
        item("4", "support", "not_stated"),
    ],
    [
        *top(
            [
                "Northumbria Police and Crime Commissioner",
                "2nd Floor, Victory House, Balliol Business Park, Newcastle upon Tyne, NE12 8EW",
            ],
            "10th July 2025",
        ),
        ("p", "I am fully supportive of the recommendations made to chief constables in this report."),
        ("heading", "Referrals and training"),
        (
            "p",
            "A new check on referrals to the National Command and Control Unit is being piloted in the "
            "Sunderland and Gateshead area commands, where supervisors now confirm that the intelligence "
            "report has been submitted. Both training packages are done: every officer in the Organised "
            "Immigration Crime team completed Hydra in February, and the e-learning has been mandatory for "
            "investigators since last summer, with full completion recorded in May.",
        ),
        ("heading", "Intelligence"),
        (
            "p",
            "The report is right that information about organised immigration crime is held in too many "
            "places. I will hold the Chief Constable to account for the plan the report asks for through the "
            "Business Meeting.",
        ),
        *sign("Grace Ainsley", "Police and Crime Commissioner for Northumbria"),
    ],
)

add(
    "tuneset6-06",
    "two_in_one_paragraph",
    "html",
    "Greater Manchester Police",
    "Mayor of Greater Manchester (Greater Manchester Combined Authority)",
    ("Priya Whitlock", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"),
    "2025-06-19",
    [
        item("4", "accept", "in_progress", by="chief_constable"),
        item("2", "accept", "planned", by="chief_constable"),
        item("8", "accept", "implemented", by="chief_constable"),
        item("9", "accept", "in_progress", by="chief_constable"),
    ],
    [
        *top(
            ["Greater Manchester Combined Authority", "Tootal Buildings, 56 Oxford Street, Manchester, M1 6EU"],
            "19 June 2025",
            "Dear HMICFRS,",
        ),
        (
            "p",
            "I write on behalf of the Mayor of Greater Manchester, who holds the powers of the police and crime commissioner.",
        ),
        (
            "p",
            "Greater Manchester Police has accepted the recommendations on intelligence. Its collection plan "
            "for organised immigration crime is being drafted with the North West Regional Organised Crime "
            "Unit, and, once the plan is agreed, referral checks will be added to the force's daily management "
            "meeting from October.",
        ),
        (
            "p",
            "GMP has likewise accepted recommendations 8 and 9. Hydra has been part of the detective training "
            "programme since 2023; the e-learning is in progress, with 412 of 650 staff finished.",
        ),
        ("p", "The Deputy Mayor's team will review the force's progress at the Police, Fire and Crime Panel."),
        *sign("Priya Whitlock", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"),
    ],
)

add(
    "tuneset6-07",
    "two_in_one_paragraph",
    "txt",
    "Lincolnshire Police",
    "Lincolnshire Police and Crime Commissioner",
    ("Arthur Keeble", "Police and Crime Commissioner for Lincolnshire"),
    None,
    [
        item("2", "support", "not_started"),
        item("4", "support", "not_started"),
        item("8", "support", "in_progress"),
        item("9", "note", "not_stated"),
    ],
    [
        *top(["Lincolnshire Police and Crime Commissioner", "Deepdale Lane, Nettleham, Lincoln, LN2 2LT"], "July 2025"),
        (
            "p",
            "Lincolnshire's agriculture and food-processing industries rely on seasonal labour, and the "
            "exploitation the report describes is real here.",
        ),
        (
            "p",
            "I support recommendations 2 and 4 without reservation, but I have to be candid: work on neither "
            "has begun. The force is waiting for the national guidance on the intelligence document that the "
            "report says the National Police Chiefs' Council will issue, and will not write a collection plan "
            "before it arrives.",
        ),
        (
            "p",
            "I support recommendation 8 as well; a first cohort of 20 officers is going through Hydra this "
            "month. I note recommendation 9.",
        ),
        *sign("Arthur Keeble", "Police and Crime Commissioner for Lincolnshire"),
    ],
)

add(
    "tuneset6-08",
    "two_in_one_paragraph",
    "docx",
    "Leicestershire Police",
    "Leicestershire Police and Crime Commissioner",
    ("Naveen Chauhan", "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"),
    "2025-08-04",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "in_progress"),
        item("8", "accept", "in_progress"),
        item("9", "accept", "planned"),
    ],
    [
        *top(
            [
                "Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland",
                "Force Headquarters, St Johns, Enderby, LE19 2BX",
            ],
            "4 August 2025",
        ),
        (
            "p",
            "I took office in May and this is one of the first reports I have answered. I apologise that it "
            "reaches you after the 56 days the Act allows.",
        ),
        (
            "p",
            "I accept recommendations 2, 4 and 8. The intelligence document has been submitted after every "
            "referral since the force moved referrals into its central intelligence bureau in January. The "
            "collection plan and the Hydra sessions are both under way: the plan is at second draft, and "
            "two of the three scheduled Hydra days have been held.",
        ),
        (
            "p",
            "On recommendation 9, which I also accept, the e-learning will be assigned to all response "
            "sergeants from the start of the next financial year.",
        ),
        *sign("Naveen Chauhan", "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"),
    ],
    late=True,
)


# ------------------------------------------------------------------------------------------------
# table_pdf (8)


def table_letter(
    org: list[str],
    date: str,
    intro: str,
    rows: list[list[str]],
    outro: str,
    who: tuple[str, str],
    head: list[str] | None = None,
    footer: str = "",
) -> Blocks:
    blocks: Blocks = [*top(org, date), ("p", intro), ("table", [head or TABLE_HEAD, *rows]), ("p", outro), *sign(*who)]
    if footer:
        blocks.append(("footer", footer))
    return blocks


add(
    "tuneset6-09",
    "table_pdf",
    "pdf",
    "Devon and Cornwall Police",
    "Devon and Cornwall Police and Crime Commissioner",
    ("Tamsin Pengelly", "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
    "2025-07-04",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "note", "planned", cc="accept"),
        item("9", "note", "not_started", cc="accept"),
    ],
    table_letter(
        [
            "Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly",
            "Andy Hocking House, Alderson Drive, Exeter, EX2 7RP",
        ],
        "4th July 2025",
        "The force's response to each recommendation is set out below, with my comments. The Chief Constable has accepted all four.",
        [
            [
                f"Recommendation 2: {REC['2']}",
                "Accepted. Intelligence document made a mandatory field on the referral record; compliance 100% since April.",
                "Complete – April 2025",
                "Supported.",
            ],
            [
                f"Recommendation 4: {REC['4']}",
                "Accepted. Peninsula collection plan drafted with the South West ROCU; consultation with ports policing ongoing.",
                "Amber: on track for December",
                "Supported. I will ask for the final plan at my Accountability Board.",
            ],
            [
                f"Recommendation 8: {REC['8']}",
                "Accepted. Hydra exercise booked for investigators in Plymouth and Truro, spring 2026.",
                "Planned",
                "Noted.",
            ],
            [
                f"Recommendation 9: {REC['9']}",
                "Accepted. Not yet started – awaiting the refreshed modules from the College of Policing.",
                "Red",
                "Noted.",
            ],
        ],
        "I am content that the force has a realistic plan for each recommendation.",
        ("Tamsin Pengelly", "Police and Crime Commissioner"),
    ),
)

add(
    "tuneset6-10",
    "table_pdf",
    "pdf",
    "Dorset Police",
    "Dorset Police and Crime Commissioner",
    ("Edwin Charlecote", "Police and Crime Commissioner for Dorset"),
    "2025-06-27",
    [
        item("2", "accept", "in_progress", by="chief_constable"),
        item("4", "accept", "implemented", by="chief_constable"),
        item("8", "accept", "in_progress", by="chief_constable"),
        item("9", "accept", "implemented", by="chief_constable"),
    ],
    table_letter(
        ["Dorset Police and Crime Commissioner", "Force Headquarters, Winfrith, Dorchester, DT2 8DZ"],
        "27.06.25",
        "Below is Dorset Police's update on each recommendation, and my observations.",
        [
            [
                "2",
                "Accepted by the force. Briefing issued to all custody and response officers; dip sampling of referrals shows 7 of 10 with the document completed.",
                "In progress",
                "The port of Poole makes this important for Dorset.",
            ],
            [
                "4",
                "Accepted. The collection plan was approved by the Serious Organised Crime Board in May and is now business as usual.",
                "Complete",
                "My office has seen the plan.",
            ],
            ["8", "Accepted. Hydra delivered to 35 of 60 identified staff.", "Green", "Good progress."],
            [
                "9",
                "Accepted. All four modules completed by the identified cohort by 31 March 2025.",
                "Complete",
                "I will check that new joiners are included.",
            ],
        ],
        "My office will continue to monitor these actions until each is closed.",
        ("Edwin Charlecote", "Police and Crime Commissioner for Dorset"),
        head=["No.", "Force response", "RAG", "PCC comment"],
    ),
)

add(
    "tuneset6-11",
    "table_pdf",
    "pdf",
    "Wiltshire Police",
    "Wiltshire Police and Crime Commissioner",
    ("Felicity Orme", "Police and Crime Commissioner for Wiltshire and Swindon"),
    "2025-07-09",
    [
        item("2", "accept", "planned", cc="accept"),
        item("4", "accept", "in_progress", cc="accept"),
        item("8", "partially_agree", "not_started", cc="accept"),
        item("9", "accept", "in_progress", cc="accept"),
    ],
    table_letter(
        ["Office of the Police and Crime Commissioner for Wiltshire and Swindon", "London Road, Devizes, SN10 2DN"],
        "9 July 2025",
        "The Chief Constable's update is in the second column and my own view in the last.",
        [
            [
                f"Recommendation 2 – {REC['2']}",
                "Accepted. The referral template will be changed when the force moves to its new records system in February 2026.",
                "Amber",
                "I accept this recommendation and the timetable.",
            ],
            [
                f"Recommendation 4 – {REC['4']}",
                "Accepted. Intelligence requirements drafted; analysis products 50% complete.",
                "Amber",
                "I accept this recommendation.",
            ],
            [
                f"Recommendation 8 – {REC['8']}",
                "Accepted. No Hydra places secured yet; the nearest suite has no capacity this year.",
                "Red – not started",
                "I agree in part. Hydra for every relevant officer in a force of our size is hard to justify; I would rather see it for those who lead investigations.",
            ],
            [
                f"Recommendation 9 – {REC['9']}",
                "Accepted. Modules 1 and 2 completed by all detectives; modules 3 and 4 being rolled out.",
                "Amber: on track for March",
                "I accept this recommendation.",
            ],
        ],
        "I will review the red and amber items with the Chief Constable in January.",
        ("Felicity Orme", "Police and Crime Commissioner"),
        footer="OPCC Wiltshire and Swindon – Response under section 55 of the Police Act 1996",
    ),
)

add(
    "tuneset6-12",
    "table_pdf",
    "pdf",
    "Durham Constabulary",
    "Durham Police and Crime Commissioner",
    ("Catherine Lumley", "Police and Crime Commissioner for County Durham and Darlington"),
    "2025-06-12",
    [
        item("2", "accept", "implemented", by="chief_constable"),
        item("4", "accept", ["planned", "not_started"], by="chief_constable"),
        item("8", "accept", "implemented", by="chief_constable"),
        item("9", "accept", "not_stated", by="chief_constable"),
    ],
    table_letter(
        ["Police and Crime Commissioner for County Durham and Darlington", "Aykley Heads, Durham, DH1 5TT"],
        "12/06/2025",
        "Durham Constabulary has accepted each of the recommendations below. I have commented where I wish to add anything.",
        [
            [
                "Rec 2 – intelligence document after NCCU referral",
                "Has been standard practice since 2024: the bureau will not close a referral without it.",
                "Complete",
                "",
            ],
            [
                "Rec 4 – collection, analysis and sharing plan",
                "To be written once the regional tasking review concludes in October; a business case goes to chief officers in November.",
                "Not started / planned",
                "I will ask to see the plan when it is ready.",
            ],
            [
                "Rec 8 – Hydra",
                "All detective sergeants and inspectors trained (Sept 2024).",
                "Complete – Sept 2024",
                "",
            ],
            [
                "Rec 9 – e-learning modules",
                "Accepted.",
                "",
                "The force has not told me how far this has got; I have asked.",
            ],
        ],
        "This completes my response.",
        ("Catherine Lumley", "Police and Crime Commissioner"),
        head=["Recommendation", "Force response", "Status", "PCC comments"],
    ),
)

add(
    "tuneset6-13",
    "table_pdf",
    "pdf",
    "Cheshire Constabulary",
    "Cheshire Police and Crime Commissioner",
    ("Declan Fairhurst", "Police and Crime Commissioner for Cheshire"),
    "2025-07-07",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "support", ["in_progress", "not_started"], cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "support", "implemented", cc="accept"),
    ],
    table_letter(
        ["Cheshire Police and Crime Commissioner", "Clemonds Hey, Oakmere Road, Winsford, CW7 2UA"],
        "7 July 2025",
        "The table sets out the force's position and my comments.",
        [
            [
                f"2. {REC['2']}",
                "Accepted. A reminder has gone to all officers and a monthly audit has started; the first audit found gaps on nights.",
                "Amber",
                "Supported.",
            ],
            [
                f"4. {REC['4']}",
                "Accepted. Work paused while the force restructures its intelligence department; restart expected in 2026.",
                "Red – paused",
                "Supported. I am disappointed this has stalled and have asked for a date.",
            ],
            [f"8. {REC['8']}", "Accepted. Scheduled for the March 2026 training calendar.", "Amber", "Supported."],
            [f"9. {REC['9']}", "Accepted. Completed by all 240 identified staff.", "Green – complete", "Supported."],
        ],
        "I will publish an update on my website when the restructure has finished.",
        ("Declan Fairhurst", "Police and Crime Commissioner for Cheshire"),
    ),
)

add(
    "tuneset6-14",
    "table_pdf",
    "pdf",
    "Gwent Police",
    "Gwent Police and Crime Commissioner",
    ("Siân Prothero", "Police and Crime Commissioner for Gwent"),
    "2025-06-30",
    [
        item("2", "agree", "implemented", cc="accept"),
        item("4", "agree", "in_progress", cc="accept"),
        item("8", "agree", "in_progress", cc="accept"),
        item("9", "agree", "planned", cc="accept"),
    ],
    table_letter(
        [
            "Comisiynydd Heddlu a Throseddu Gwent / Gwent Police and Crime Commissioner",
            "Police Headquarters, Llantarnam Park Way, Cwmbran, NP44 3FW",
        ],
        "30th June 2025",
        "The Chief Constable's update on each recommendation is below, alongside my comments.",
        [
            [
                f"2. {REC['2']}",
                "Accepted. The intelligence report is now generated automatically from the referral form.",
                "Complete",
                "I agree. This is a sensible fix.",
            ],
            [
                f"4. {REC['4']}",
                "Accepted. Plan being written with Tarian ROCU; draft expected September.",
                "In progress",
                "I agree with this recommendation.",
            ],
            [
                f"8. {REC['8']}",
                "Accepted. First Hydra session held in June; two more booked.",
                "In progress",
                "I agree.",
            ],
            [
                f"9. {REC['9']}",
                "Accepted. Modules to be added to the CPD programme from January 2026.",
                "Planned",
                "I agree, and I will check the timescale through my Strategy and Performance Board.",
            ],
        ],
        "Diolch / Thank you.",
        ("Siân Prothero", "Comisiynydd Heddlu a Throseddu Gwent / Police and Crime Commissioner for Gwent"),
        head=["Recommendation", "Chief Constable", "Status", "PCC"],
    ),
)

add(
    "tuneset6-15",
    "table_pdf",
    "pdf",
    "Northamptonshire Police",
    "Northamptonshire Police, Fire and Crime Commissioner",
    ("Jonathan Tebbutt", "Police, Fire and Crime Commissioner for Northamptonshire"),
    "2025-07-03",
    [
        item("2", "accept", "not_started", by="chief_constable"),
        item("4", "accept", "in_progress", by="chief_constable"),
        item("8", "accept", "in_progress", by="chief_constable"),
        item("9", "accept", "in_progress", by="chief_constable"),
    ],
    table_letter(
        [
            "Office of the Northamptonshire Police, Fire and Crime Commissioner",
            "Darby House, Darby Close, Park Farm Industrial Estate, Wellingborough, NN8 6GS",
        ],
        "3rd July 2025",
        "The Chief Constable has provided the following update. I have added a comment on each line for information; I will take a view once I have seen the evidence of delivery.",
        [
            [
                f"Recommendation 2. {REC['2']}",
                "Accepted. No work has begun; the force is awaiting national guidance on the form.",
                "Not started – awaiting national guidance",
                "Noted. I will revisit in six months.",
            ],
            [
                f"Recommendation 4. {REC['4']}",
                "Accepted. Drafting is under way within the Serious and Organised Crime Unit.",
                "In progress",
                "Noted.",
            ],
            [
                f"Recommendation 8. {REC['8']}",
                "Accepted. Half of the identified officers have attended Hydra.",
                "Amber",
                "Noted.",
            ],
            [
                f"Recommendation 9. {REC['9']}",
                "Accepted. E-learning assigned; 38% completion at 30 June.",
                "Amber",
                "Noted.",
            ],
        ],
        "My Accountability Board will receive the force's next update in October.",
        ("Jonathan Tebbutt", "Police, Fire and Crime Commissioner"),
        head=["Recommendation", "Force update", "RAG status", "Commissioner's comment"],
    ),
)

add(
    "tuneset6-16",
    "table_pdf",
    "pdf",
    "Suffolk Constabulary",
    "Suffolk Police and Crime Commissioner",
    ("Beatrice Kettleburgh", "Police and Crime Commissioner for Suffolk"),
    "2025-07-01",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "implemented", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "support", ["in_progress", "planned"], cc="accept"),
    ],
    table_letter(
        [
            "Suffolk Police and Crime Commissioner",
            "Police Headquarters, Portal Avenue, Martlesham Heath, Ipswich, IP5 3QS",
        ],
        "1st July 2025",
        "As a county with the country's largest container port at Felixstowe, Suffolk takes this report seriously. The Chief Constable accepts the recommendations; my comments follow each of the force's updates below.",
        [
            [
                f"Recommendation 2\n{REC['2']}",
                "Accepted. Done: the joint Norfolk and Suffolk intelligence unit has checked every NCCU referral for the intelligence document since the end of 2024, and compliance has been complete in every audit.",
                "Complete",
                "I support this and am reassured by the audit results.",
            ],
            [
                f"Recommendation 4\n{REC['4']}",
                "Accepted. The collection plan is embedded in the force's serious and organised crime local profile, refreshed in March.",
                "Complete – March 2025",
                "I support this recommendation.",
            ],
            [
                f"Recommendation 8\n{REC['8']}",
                "Accepted. Hydra will be rolled out to detectives next financial year once funding for the regional suite is confirmed.",
                "Planned – 2026/27",
                "I support this, and I have offered to help fund the regional suite if that speeds it up.",
            ],
            [
                f"Recommendation 9\n{REC['9']}",
                "Accepted. Module 1 is being piloted with the Felixstowe port team; the other three modules are scheduled for the autumn.",
                "Amber",
                "I support this recommendation.",
            ],
        ],
        "I will monitor progress through the Accountability and Performance Panel.",
        ("Beatrice Kettleburgh", "Police and Crime Commissioner for Suffolk"),
        footer="Suffolk PCC – response to HMICFRS – July 2025",
    ),
)


# ------------------------------------------------------------------------------------------------
# blanket (4): a blanket stance, then detail on some findings only

add(
    "tuneset6-17",
    "blanket",
    "txt",
    "Warwickshire Police",
    "Warwickshire Police and Crime Commissioner",
    ("Ruth Alcester", "Police and Crime Commissioner for Warwickshire"),
    "2025-07-01",
    [
        item("2", "accept", "not_stated"),
        item("4", "accept", "in_progress"),
        item("8", "partially_agree", "implemented"),
        item("9", "accept", "not_stated"),
    ],
    [
        *top(["Warwickshire Police and Crime Commissioner", "3 Northgate Street, Warwick, CV34 4SP"], "1 July 2025"),
        ("p", "I accept all four of the recommendations this report makes to chief constables."),
        (
            "p",
            "Warwickshire is a small force, and its response to organised immigration crime relies on its "
            "partners in the West Midlands Regional Organised Crime Unit. That makes the plan for collecting "
            "and sharing information especially important: a joint plan with the unit is being written and "
            "should be ready in the autumn.",
        ),
        (
            "p",
            "On Hydra my acceptance is qualified. All of the force's senior investigating officers completed "
            "it last year, which I think is the right scope; I am not persuaded that every relevant officer in "
            "a force of this size needs it.",
        ),
        ("p", "I will review the force's progress at my Performance Accountability Meeting in December."),
        *sign("Ruth Alcester", "Police and Crime Commissioner for Warwickshire"),
    ],
)

add(
    "tuneset6-18",
    "blanket",
    "docx",
    "West Mercia Police",
    "West Mercia Police and Crime Commissioner",
    ("Howard Clun", "Police and Crime Commissioner for West Mercia"),
    "2025-06-16",
    [
        item("2", "accept", "implemented", by="chief_constable"),
        item("4", "accept", "not_stated", by="chief_constable"),
        item("8", "accept", "not_stated", by="chief_constable"),
        item("9", "accept", "planned", by="chief_constable"),
    ],
    [
        *top(
            ["West Mercia Police and Crime Commissioner", "Hindlip Hall, Worcester, WR3 8SP"],
            "16th June 2025",
            "Dear Chief Inspector,",
        ),
        (
            "p",
            "The Chief Constable has accepted every recommendation in the report that is addressed to chief "
            "constables, and has given me the following update.",
        ),
        (
            "p",
            "The intelligence document is completed after every referral to the National Command and Control "
            "Unit: the force's referral desk has done so since it was set up in 2023. The e-learning package "
            "is scheduled for March, after the training team has finished the new investigators' course.",
        ),
        (
            "p",
            "West Mercia covers Herefordshire, Shropshire, Telford and Wrekin and Worcestershire, and much of "
            "the exploitation the report describes is seen on farms and in car washes in its market towns. I "
            "will scrutinise the force's work on this at my Assurance and Accountability meetings.",
        ),
        *sign("Howard Clun", "Police and Crime Commissioner for West Mercia"),
    ],
)

add(
    "tuneset6-19",
    "blanket",
    "html",
    "Bedfordshire Police",
    "Bedfordshire Police and Crime Commissioner",
    ("Imran Sadiq", "Police and Crime Commissioner for Bedfordshire"),
    "2025-07-10",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "support", "not_stated", cc="accept"),
        item("8", "support", "not_stated", cc="accept"),
        item("9", "support", "not_started", cc="accept"),
    ],
    [
        *top(
            ["Bedfordshire Police and Crime Commissioner", "Bridgebury House, Kempston, Bedford, MK43 9AX"],
            "10/07/2025",
        ),
        (
            "p",
            "Bedfordshire has the profile of a metropolitan force in a small county, with Luton airport at "
            "its heart. The Chief Constable has accepted the report's recommendations and I support every one "
            "of them.",
        ),
        (
            "p",
            "I want to draw out two. Referrals to the National Command and Control Unit from the airport are "
            "now checked daily for the intelligence document, and the check is being extended to the rest of "
            "the force over the summer. By contrast, the e-learning has not yet been scheduled.",
        ),
        (
            "p",
            "The report's finding that training uptake is low nationally is borne out here, and I will return to it.",
        ),
        *sign("Imran Sadiq", "Police and Crime Commissioner for Bedfordshire"),
    ],
)

add(
    "tuneset6-20",
    "blanket",
    "html",
    "Cleveland Police",
    "Cleveland Police and Crime Commissioner",
    ("Lorraine Skelton", "Police and Crime Commissioner for Cleveland"),
    "2025-06-26",
    [
        item("2", "agree", "not_stated", cc="agree"),
        item("4", "agree", "not_stated", cc="agree"),
        item("8", "agree", "in_progress", cc="agree"),
        item("9", "agree", "implemented", cc="agree"),
    ],
    [
        *top(
            ["Cleveland Police and Crime Commissioner", "Police Headquarters, Ladgate Lane, Middlesbrough, TS8 9EH"],
            "26 June 2025",
        ),
        (
            "p",
            "I was elected in May 2024 and asked for this report to be given priority. I agree with each of "
            "the recommendations made to chief constables, and so does the force.",
        ),
        ("heading", "Training"),
        (
            "p",
            "Teesside's port brings particular risks. Cleveland Police has trained 90 officers in Hydra so "
            "far and expects to reach the remaining 40 by March. The e-learning is complete for everyone who "
            "needs it.",
        ),
        (
            "p",
            "I will ask the Chief Constable for an update on the other two at my Scrutiny, Delivery and Performance meeting.",
        ),
        *sign("Lorraine Skelton", "Police and Crime Commissioner for Cleveland"),
    ],
)


# ------------------------------------------------------------------------------------------------
# mixed_stances (4)

add(
    "tuneset6-21",
    "mixed_stances",
    "txt",
    "Hampshire and Isle of Wight Constabulary",
    "Hampshire and Isle of Wight Police and Crime Commissioner",
    ("Clarissa Fordingbridge", "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
    "2025-07-04",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "in_progress"),
        item("8", "partially_agree", "planned"),
        item("9", "disagree", "not_started"),
    ],
    [
        *top(
            [
                "Hampshire and Isle of Wight Police and Crime Commissioner",
                "St George's Chambers, St George's Street, Winchester, SO23 8AJ",
            ],
            "04/07/2025",
        ),
        ("heading", "Referrals to the National Command and Control Unit"),
        (
            "p",
            "I accept this recommendation. Since January the force's intelligence document has been completed for every referral.",
        ),
        ("heading", "Collecting and sharing information"),
        (
            "p",
            "I accept this too. The force is part way through writing its plan, with Southampton port as its first focus.",
        ),
        ("heading", "Hydra"),
        (
            "p",
            "I agree with the aim but not the scope. Training the specialist teams makes sense, and the force "
            "will put them through Hydra in the spring; extending it to every relevant officer does not.",
        ),
        ("heading", "E-learning"),
        (
            "p",
            "I do not agree with this recommendation. Four further modules on top of an already crowded "
            "mandatory training programme will not, in my view, improve outcomes, and I have asked the "
            "Chief Constable not to start it until the College of Policing has reviewed the content.",
        ),
        *sign("Clarissa Fordingbridge", "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
    ],
)

add(
    "tuneset6-22",
    "mixed_stances",
    "docx",
    "North Wales Police",
    "North Wales Police and Crime Commissioner",
    ("Gethin Rowlands", "Police and Crime Commissioner for North Wales"),
    "2025-06-20",
    [
        item("2", "support", "in_progress"),
        item("4", "note", "not_stated"),
        item("8", "support", "implemented"),
        item("9", "partially_agree", "in_progress"),
    ],
    [
        *top(
            [
                "Comisiynydd Heddlu a Throseddu Gogledd Cymru / North Wales Police and Crime Commissioner",
                "Glan-y-Don, Colwyn Bay, LL29 8AW",
            ],
            "20fed Mehefin 2025 / 20th June 2025",
        ),
        ("p", "Holyhead is one of the busiest ferry ports in the United Kingdom, and this report is relevant to us."),
        (
            "p",
            "I support recommendation 2. The force is training call handlers to complete the intelligence "
            "document; about a third have been through the session so far.",
        ),
        (
            "p",
            "I note recommendation 4. The force's existing serious and organised crime profile may already "
            "meet it, and I will take advice before forming a view.",
        ),
        ("p", "I support recommendation 8: Hydra has been delivered to all of the force's detective inspectors."),
        (
            "p",
            "I partly agree with recommendation 9. The e-learning is useful for investigators, and they are "
            "working through it now, but I question whether it is needed for the whole of the frontline.",
        ),
        *sign(
            "Gethin Rowlands",
            "Comisiynydd Heddlu a Throseddu Gogledd Cymru / Police and Crime Commissioner for North Wales",
        ),
    ],
)

add(
    "tuneset6-23",
    "mixed_stances",
    "html",
    "South Wales Police",
    "South Wales Police and Crime Commissioner",
    ("Elin Treharne", "Police and Crime Commissioner for South Wales"),
    "2025-07-07",
    [
        item("2", "accept", "implemented", cc="accept"),
        item("4", "partially_agree", "in_progress", cc="accept"),
        item("8", "accept", "planned", cc="accept"),
        item("9", "note", "not_stated", cc="accept"),
    ],
    [
        *top(
            ["South Wales Police and Crime Commissioner", "Ty Morgannwg, Police Headquarters, Bridgend, CF31 3SU"],
            "7th July 2025",
        ),
        ("p", "The Chief Constable has accepted all four recommendations. My own view differs between them."),
        (
            "p",
            "Recommendation 2: I accept it. The intelligence document has been completed for every referral "
            "from Cardiff and Swansea since the force adopted a single referral route last year.",
        ),
        (
            "p",
            "Recommendation 4: I agree with it in part. A plan for collecting and analysing information is "
            "being drawn up, and I support that; but sharing it more widely must wait until the data-sharing "
            "agreement with Welsh local authorities is in place.",
        ),
        ("p", "Recommendation 8: I accept it. Hydra is scheduled for investigators in the new year."),
        ("p", "Recommendation 9: I note it."),
        ("p", "I will monitor the force's progress through my Strategic Leadership Group."),
        *sign("Elin Treharne", "Police and Crime Commissioner for South Wales"),
    ],
)

add(
    "tuneset6-24",
    "mixed_stances",
    "html",
    "Derbyshire Constabulary",
    "Derbyshire Police and Crime Commissioner",
    ("Simon Ashbourne", "Police and Crime Commissioner for Derbyshire"),
    "2025-06-05",
    [
        item("2", "agree", "planned"),
        item("4", "agree", "implemented"),
        item("8", "partially_agree", "in_progress"),
        item("9", "support", "not_started"),
    ],
    [
        *top(["Derbyshire Police and Crime Commissioner", "Butterley Hall, Ripley, DE5 3RS"], "5th June 2025"),
        (
            "p",
            "Thank you for this report. I agree with recommendation 2, and the force will change its referral "
            "process when the new intelligence system goes live in October. I also agree with recommendation "
            "4; a collection plan was put in place in January.",
        ),
        (
            "p",
            "I agree only in part with recommendation 8. The force is putting its public protection "
            "detectives through Hydra now, but I do not think it proportionate for every relevant officer.",
        ),
        ("p", "I support recommendation 9, though the force has not yet begun the modules."),
        *sign("Simon Ashbourne", "Police and Crime Commissioner for Derbyshire"),
    ],
)


def main() -> None:
    about = (
        "A tuning set of 24 letters written by hand on 30 November 2026 (names invented; forces and bodies are "
        "real names used as senders of synthetic letters, none the seeds'), for tuning: two findings answered in "
        "one paragraph, PDF response tables, blanket stances with detail, mixed stances. Same schema as "
        "tests/ingest/sealed/truth.json; split 'tuneset6'. Late: after 10 July 2025 (56 days counted from "
        "publication on 16 May 2025 as day 1)."
    )
    corpus.write_set(HERE, about, ((blocks, truth) for truth, blocks in LETTERS))


if __name__ == "__main__":
    main()
