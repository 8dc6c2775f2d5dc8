"""Build the third tuning set: ``letters/`` and ``truth.json``, reproducibly.

    .venv/bin/python tests/ingest/tuneset3/build.py

Thirty letters written out whole, by hand, in wording of their own, from forces that are none of
the seeds'. The set is for tuning the reader on two things at once: the stance on each finding and
whose stance it is (the policing body's own, or the chief constable's as the letter reports it, in
prose, tables with a force column and a commissioner's column, appended chief constable's
responses, minutes, joint statements, deference and blanket statements), and the claimed status of
each finding, said in many forms. Each letter's truth is written beside it by hand, from reading
the letter, not derived from how it was built. Only the renderers are shared with the corpus.

Late: section 55 counts 56 days beginning with the day of publication, so for a report published
on 16 May 2025 the last day on time is 10 July 2025.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
sys.path.insert(0, str(CORPUS))

import build as corpus  # noqa: E402

OIC = "oic-2025"
SOC = "soc-yh-2025"
OIC_TITLE = "Improving the response to organised immigration crime"
SOC_TITLE = "An inspection of the Yorkshire and Humber regional response to serious and organised crime"
REC = {key: corpus.FINDINGS[key] for key in ("oic:2", "oic:4", "oic:8", "oic:9", "soc:1", "soc:2")}
HMI = ["His Majesty's Chief Inspector of Constabulary", "HMICFRS", "Globe House", "89 Eccleston Square", "London"]
HMI_SHORT = ["Sir Andy Cooke QPM DL", "His Majesty's Chief Inspector of Constabulary"]

Blocks = list[tuple[str, Any]]


item = corpus.item


def letter(
    id: str,
    kind: str,
    fmt: str,
    force: str,
    date: str | None,
    author: tuple[str, str],
    items: list[dict[str, Any]],
    *,
    report: str = OIC,
    late: bool = False,
    unanswered: list[str] | None = None,
) -> dict[str, Any]:
    return {
        "id": id,
        "file": f"{id}.{fmt}",
        "kind": kind,
        "format": fmt,
        "report": report,
        "report_title_in_letter": OIC_TITLE if report == OIC else SOC_TITLE,
        "force": force,
        "organisation": corpus.BODIES[force]["policing_body"],
        "author": {"name": author[0], "role": author[1]},
        "date": date,
        "late": late,
        "items": items,
        "unanswered": unanswered or [],
        "run_with_report": None,
        "split": "tuneset3",
    }


LETTERS: list[tuple[Blocks, dict[str, Any]]] = []


def add(blocks: Blocks, truth: dict[str, Any]) -> None:
    LETTERS.append((blocks, truth))


# ------------------------------------------------------------------------------------------------
# TXT (8)

add(
    [
        (
            "letterhead",
            ["Office of the Police, Fire and Crime Commissioner for Cumbria", "Carleton Hall, Penrith, CA10 2AU"],
        ),
        ("date", "4th July 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Response to the HMICFRS report: {OIC_TITLE}"),
        (
            "para",
            "Cumbria is a large and sparsely populated county, and its coast and the M6 corridor give organised "
            "immigration crime more room to operate than our size might suggest. I have read your report with that "
            "in mind and set out my comments below under headings of my own.",
        ),
        ("heading", "Telling Immigration Enforcement what officers find"),
        (
            "para",
            "I agree with this recommendation. Since February every call our officers make to the national "
            "command and control unit has been followed by an intelligence submission, and the control room "
            "supervisor checks each one before the end of the shift. This is now simply how we work.",
        ),
        ("heading", "A plan for gathering and sharing information"),
        (
            "para",
            "I agree. The constabulary's intelligence plan for organised immigration crime is in draft, and the "
            "first version is being tested with partners at the ports of Workington and Barrow this summer.",
        ),
        ("heading", "Hydra exercises"),
        (
            "para",
            "I support this. Hydra training will be delivered to the force's critical incident managers in the "
            "new year, when the regional suite is available to us.",
        ),
        ("heading", "The four e-learning modules"),
        (
            "para",
            "I agree with this too. Nobody has started the modules yet: the constabulary is waiting for the College "
            "of Policing to confirm which roles count as relevant personnel before it assigns them.",
        ),
        ("para", "I will keep all four under review at my quarterly accountability meetings with the Chief Constable."),
        ("sign", ["Yours sincerely,", "", "Gareth Pennington", "Police, Fire and Crime Commissioner for Cumbria"]),
    ],
    letter(
        "ts3-01",
        "paraphrase_headings",
        "txt",
        "Cumbria Constabulary",
        "2025-07-04",
        ("Gareth Pennington", "Police, Fire and Crime Commissioner for Cumbria"),
        [
            item("2", "agree", "implemented"),
            item("4", "agree", "in_progress"),
            item("8", "support", "planned"),
            item("9", "agree", "not_started"),
        ],
    ),
)

add(
    [
        ("letterhead", ["Cheshire Police and Crime Commissioner", "Clemonds Hey, Oakmere Road, Winsford, CW7 2UA"]),
        ("date", "27 June 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector"),
        ("title", f"{OIC_TITLE} – section 55 response"),
        (
            "para",
            "Thank you for your report. I took office in May and this is one of the first inspection responses I "
            "have published, so I have asked the Chief Constable to set out plainly where Cheshire stands.",
        ),
        ("heading", "Recommendation 2"),
        (
            "para",
            "The Chief Constable has accepted this recommendation, and I support it. A reminder has gone to every "
            "response team and the force is part way through changing the custody and control room scripts so "
            "that the intelligence document is prompted automatically; about half of the scripts have been changed.",
        ),
        ("heading", "Recommendation 4"),
        (
            "para",
            "The Chief Constable has accepted this recommendation. I welcome that. The force will write its plan "
            "for collecting, analysing and sharing this information once the regional threat assessment is "
            "published in the autumn.",
        ),
        ("heading", "Recommendation 8"),
        (
            "para",
            "The Chief Constable accepts this recommendation and I agree with her. Every inspector in the serious "
            "and organised crime unit completed the Hydra package in May.",
        ),
        ("heading", "Recommendation 9"),
        (
            "para",
            "The Chief Constable has accepted this recommendation; I support it and will ask for the completion "
            "figures at my scrutiny board in October. The e-learning has been assigned to 1,140 officers and staff, "
            "and 38% have finished all four modules so far.",
        ),
        ("sign", ["Kind regards", "", "Dan Whitlow", "Police and Crime Commissioner for Cheshire"]),
    ],
    letter(
        "ts3-02",
        "cc_prose",
        "txt",
        "Cheshire Constabulary",
        "2025-06-27",
        ("Dan Whitlow", "Police and Crime Commissioner for Cheshire"),
        [
            item("2", "support", "in_progress", cc="accept"),
            item("4", ["accept"], "planned", by="chief_constable", cc="accept"),
            item("8", "agree", "implemented", cc="accept"),
            item("9", "support", "in_progress", cc="accept"),
        ],
    ),
)

add(
    [
        (
            "letterhead",
            ["Durham Police and Crime Commissioner", "Durham Police Headquarters, Aykley Heads, Durham DH1 5TT"],
        ),
        ("date", "8 July 2025"),
        ("address", HMI),
        ("salutation", "Dear HMICFRS,"),
        ("title", f"Re: {OIC_TITLE}"),
        (
            "para",
            "I write, as section 55 of the Police Act 1996 requires, with my comments on your report. I accept all "
            "four of the recommendations made to chief constables.",
        ),
        (
            "para",
            "On the two training recommendations, Hydra (recommendation 8) and the four e-learning modules "
            "(recommendation 9), the position is the same: both have been delivered. Every detective sergeant and "
            "inspector in the force had completed the Hydra exercise by the end of June, and the e-learning was "
            "made mandatory for those roles in April and is complete.",
        ),
        (
            "para",
            "On reporting cases to Immigration Enforcement's command and control unit (recommendation 2) and on the "
            "force's plans for information (recommendation 4), work is going on. A new form is being piloted in "
            "Darlington, and the analysts have begun a problem profile that will underpin the plan.",
        ),
        ("para", "My office will keep an eye on both through the joint audit committee."),
        (
            "sign",
            [
                "Yours faithfully",
                "",
                "Helen Ashworth",
                "Police and Crime Commissioner for County Durham and Darlington",
            ],
        ),
    ],
    letter(
        "ts3-03",
        "two_in_one_paragraph",
        "txt",
        "Durham Constabulary",
        "2025-07-08",
        ("Helen Ashworth", "Police and Crime Commissioner for County Durham and Darlington"),
        [
            item("2", "accept", "in_progress"),
            item("4", "accept", "in_progress"),
            item("8", "accept", "implemented"),
            item("9", "accept", "implemented"),
        ],
    ),
)

add(
    [
        (
            "letterhead",
            [
                "Northumbria Police and Crime Commissioner",
                "2nd Floor, Victory House, Balliol Business Park",
                "Newcastle upon Tyne NE12 8EW",
            ],
        ),
        ("date", "Friday 20 June 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy"),
        ("title", f"HMICFRS: {OIC_TITLE}"),
        (
            "para",
            "Northumbria Police and I welcome this inspection and the Chief Constable and I fully support all of its "
            "recommendations. The port of Tyne and our links to the wider North East mean this is live work for us. "
            "I would like to say a little more about two of them.",
        ),
        (
            "para",
            "Hydra training: the force has booked the regional Hydra suite for March 2026 and will put every "
            "relevant commander through it then.",
        ),
        (
            "para",
            "Plans for information: the force's organised immigration crime plan was signed off by the Chief "
            "Officer Team on 2 June and has been shared with Border Force and the local authorities.",
        ),
        (
            "para",
            "I will continue to hold the Chief Constable to account for the rest of the recommendations through my "
            "Business Meeting, the minutes of which are public.",
        ),
        ("sign", ["Yours sincerely", "", "Susan Okonjo", "Police and Crime Commissioner for Northumbria"]),
    ],
    letter(
        "ts3-04",
        "blanket_detail",
        "txt",
        "Northumbria Police",
        "2025-06-20",
        ("Susan Okonjo", "Police and Crime Commissioner for Northumbria"),
        [
            item("2", "support", "not_stated", cc="support"),
            item("4", "support", "implemented", cc="support"),
            item("8", "support", "planned", cc="support"),
            item("9", "support", "not_stated", cc="support"),
        ],
    ),
)

add(
    [
        ("letterhead", ["Humberside Police and Crime Commissioner", "The Lodge, Ferriby Road, Hessle HU13 0JP"]),
        ("date", "14/03/2025"),
        ("address", ["HM Inspectorate of Constabulary and Fire & Rescue Services", "Globe House", "London"]),
        ("salutation", "Dear Inspectors,"),
        ("title", f"Response to {SOC_TITLE}"),
        (
            "para",
            "Humberside Police is one of the four forces in the Yorkshire and Humber region, and our ports at Hull, "
            "Grimsby and Immingham give serious and organised crime a particular character here. I have discussed "
            "your two areas for improvement with the Chief Constable and with my fellow commissioners and mayors.",
        ),
        ("heading", "Area for improvement 1: working together"),
        (
            "para",
            "The Chief Constable accepts this. So do I. A joint tasking protocol between the regional unit and the "
            "four forces was agreed in January and has been in use since; it is now business as usual.",
        ),
        ("heading", "Area for improvement 2: technical surveillance equipment"),
        (
            "para",
            "The Chief Constable accepts this area for improvement, and I note it. A regional procurement review "
            "is planned, but no work on it has begun yet because the new head of the regional unit only starts in "
            "April.",
        ),
        ("para", "The regional collaboration board, which I chair this year, will keep both areas under review."),
        ("sign", ["Yours sincerely", "", "Marcus Holloway", "Police and Crime Commissioner for Humberside"]),
    ],
    letter(
        "ts3-05",
        "regional_afi",
        "txt",
        "Humberside Police",
        "2025-03-14",
        ("Marcus Holloway", "Police and Crime Commissioner for Humberside"),
        [
            item("1", "accept", "implemented", cc="accept"),
            item("2", "note", "not_started", cc="accept"),
        ],
        report=SOC,
    ),
)

add(
    [
        ("letterhead", ["Lincolnshire Police and Crime Commissioner", "Deepdale Lane, Nettleham, Lincoln LN2 2LT"]),
        ("date", "2nd July 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"{OIC_TITLE}: PCC comments"),
        ("para", "My comments and the force's position on each recommendation addressed to chief constables follow."),
        ("heading", "Recommendation 2"),
        ("para", "Agreed. Implementation is scheduled for September, when the new control room system goes live."),
        ("heading", "Recommendation 4"),
        (
            "para",
            "Agreed. The plan has been written but is paused while the force restructures its intelligence "
            "function; it is expected to resume in the new year.",
        ),
        ("heading", "Recommendation 8"),
        ("para", "Agreed. Not yet started."),
        ("heading", "Recommendation 9"),
        (
            "para",
            "Agreed. 212 of 260 relevant officers have completed all four modules; the rest are booked in by the "
            "end of October.",
        ),
        ("sign", ["Yours sincerely", "", "Philip Carnegie", "Police and Crime Commissioner for Lincolnshire"]),
    ],
    letter(
        "ts3-06",
        "labels_only",
        "txt",
        "Lincolnshire Police",
        "2025-07-02",
        ("Philip Carnegie", "Police and Crime Commissioner for Lincolnshire"),
        [
            item("2", "agree", "planned"),
            item("4", "agree", "in_progress"),
            item("8", "agree", "not_started"),
            item("9", "agree", "in_progress"),
        ],
    ),
)

add(
    [
        (
            "letterhead",
            [
                "Office of the Northamptonshire Police, Fire and Crime Commissioner",
                "Darby House, Wellingborough Road, Northampton NN1 4HH",
            ],
        ),
        ("title", "Accountability Board – extract from the minutes"),
        ("para", "Meeting held on 1 July 2025. Item 6: HMICFRS report, " + OIC_TITLE + "."),
        (
            "para",
            "The Board considered the force's response to the four recommendations for chief constables. The "
            "Commissioner's comments are recorded below and form his response under section 55.",
        ),
        ("heading", "Recommendation 2"),
        (
            "para",
            "Force: Accepted. Complete – officers have submitted the intelligence "
            "document since March 2025. PFCC: Noted.",
        ),
        ("heading", "Recommendation 4"),
        (
            "para",
            "Force: Accepted. Amber – plan due to the Board in December. PFCC: Supported; the "
            "Board will review the plan when it comes.",
        ),
        ("heading", "Recommendation 8"),
        ("para", "Force: Accepted. Red – not started, awaiting dates from the national unit. PFCC: Accepted."),
        ("heading", "Recommendation 9"),
        (
            "para",
            "Force: Partially accepted – the force will define 'relevant personnel' narrowly. Green – in "
            "progress, 61% complete. PFCC: Agreed with the force's position.",
        ),
        (
            "sign",
            [
                "Signed",
                "",
                "Rupert Ainsley",
                "Police, Fire and Crime Commissioner for Northamptonshire",
                "1st July 2025",
            ],
        ),
    ],
    letter(
        "ts3-07",
        "minutes",
        "txt",
        "Northamptonshire Police",
        "2025-07-01",
        ("Rupert Ainsley", "Police, Fire and Crime Commissioner for Northamptonshire"),
        [
            item("2", "note", "implemented", cc="accept"),
            item("4", "support", "planned", cc="accept"),
            item("8", "accept", "not_started", cc="accept"),
            item("9", ["partially_agree", "agree"], "in_progress", cc="partially_agree"),
        ],
    ),
)

add(
    [
        ("letterhead", ["Wiltshire Police and Crime Commissioner", "London Road, Devizes, Wiltshire SN10 2DN"]),
        ("date", "24 July 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Section 55 response: {OIC_TITLE}"),
        (
            "para",
            "I apologise that this response reaches you after the 56 days. The change of Chief Constable in June "
            "meant I wanted the new Chief to see the report before I replied.",
        ),
        ("heading", "Recommendation 2 – reports to the National Command and Control Unit"),
        ("para", "I accept this. The force has not yet scheduled the change; it is on the new Chief Constable's list."),
        ("heading", "Recommendation 4 – plans to collect, analyse and share information"),
        ("para", "I accept this. A plan is in place and the force shares it quarterly with the South West ROCU."),
        ("heading", "Recommendation 8 – Hydra"),
        ("para", "I accept this. A business case for the training goes to chief officers in January."),
        ("heading", "Recommendation 9 – e-learning"),
        ("para", "I accept this recommendation but have nothing yet to report on progress."),
        ("sign", ["Yours sincerely,", "", "Tobias Wren", "Police and Crime Commissioner for Wiltshire and Swindon"]),
    ],
    letter(
        "ts3-08",
        "dates_late",
        "txt",
        "Wiltshire Police",
        "2025-07-24",
        ("Tobias Wren", "Police and Crime Commissioner for Wiltshire and Swindon"),
        [
            item("2", "accept", "not_started"),
            item("4", "accept", "implemented"),
            item("8", "accept", "planned"),
            item("9", "accept", "not_stated"),
        ],
        late=True,
    ),
)

# ------------------------------------------------------------------------------------------------
# DOCX (8)

add(
    [
        (
            "letterhead",
            ["Essex Police, Fire and Crime Commissioner", "Kelvedon Park, London Road, Rivenhall, Witham CM8 3HB"],
        ),
        ("date", "10/07/2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"PFCC response to {OIC_TITLE}"),
        ("para", "The table below sets out Essex Police's update on each recommendation and my own comment on it."),
        (
            "table",
            [
                ["Recommendation", "Essex Police update", "PFCC comment"],
                [
                    "2. " + REC["oic:2"],
                    "Accepted. Compliance was audited in May: 97% of referrals had an intelligence report attached. "
                    "Complete – May 2025.",
                    "I am pleased with this and consider the recommendation met.",
                ],
                [
                    "4. " + REC["oic:4"],
                    "Accepted. Amber: the plan is on track for sign-off in March.",
                    "I support the recommendation and will look at the plan at my Performance and Resources Board.",
                ],
                [
                    "8. " + REC["oic:8"],
                    "Accepted. Hydra sessions are being run at Chelmsford; three of seven cohorts have attended.",
                    "I welcome the progress.",
                ],
                [
                    "9. " + REC["oic:9"],
                    "Accepted. Not started – awaiting national guidance on the target group.",
                    "I accept the recommendation.",
                ],
            ],
        ),
        ("sign", ["Yours sincerely", "", "Roger Hurrell", "Police, Fire and Crime Commissioner for Essex"]),
    ],
    letter(
        "ts3-09",
        "table_docx",
        "docx",
        "Essex Police",
        "2025-07-10",
        ("Roger Hurrell", "Police, Fire and Crime Commissioner for Essex"),
        [
            item("2", "accept", "implemented", by="chief_constable", cc="accept"),
            item("4", "support", "planned", cc="accept"),
            item("8", "accept", "in_progress", by="chief_constable", cc="accept"),
            item("9", "accept", "not_started", cc="accept"),
        ],
    ),
)

add(
    [
        (
            "letterhead",
            ["Office of the Kent Police and Crime Commissioner", "Sessions House, County Road, Maidstone ME14 1XQ"],
        ),
        ("date", "3 July 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector"),
        ("title", f"Kent response: {OIC_TITLE}"),
        (
            "para",
            "Small boat arrivals on the Kent coast make this report especially relevant to us. The Chief Constable's "
            "response and mine are given side by side.",
        ),
        (
            "table",
            [
                ["No.", "Chief Constable", "PCC"],
                [
                    "2",
                    "Agreed. A mandatory field in the crime system now prevents a referral being closed without the "
                    "intelligence document. Live since 1 April.",
                    "Agreed. I have seen the audit and I consider this recommendation discharged.",
                ],
                [
                    "4",
                    "Agreed. Plan drafted with Border Force and the Kent Intelligence Bureau; drafting of the sharing "
                    "agreement is under way.",
                    "Agreed.",
                ],
                [
                    "8",
                    "Agreed. Hydra will be rolled out next financial year.",
                    "I partly agree: I want the training prioritised for the coastal districts before anywhere else.",
                ],
                [
                    "9",
                    "Agreed in principle. No work has begun.",
                    "I note the force's position and will ask again in the autumn.",
                ],
            ],
        ),
        ("sign", ["Yours sincerely", "", "Amelia Strand", "Kent Police and Crime Commissioner"]),
    ],
    letter(
        "ts3-10",
        "table_docx",
        "docx",
        "Kent Police",
        "2025-07-03",
        ("Amelia Strand", "Kent Police and Crime Commissioner"),
        [
            item("2", "agree", "implemented", cc="agree"),
            item("4", "agree", "in_progress", cc="agree"),
            item("8", "partially_agree", "planned", cc="agree"),
            item("9", "note", "not_started", cc="agree"),
        ],
    ),
)

add(
    [
        (
            "letterhead",
            [
                "Staffordshire Commissioner's Office",
                "Police, Fire and Rescue, and Crime",
                "1 Eastgate Street, Stafford ST16 2NQ",
            ],
        ),
        ("date", "9th July 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"{OIC_TITLE}"),
        (
            "para",
            "I welcome the report and I support each of the recommendations made to chief constables. The Chief "
            "Constable's response is attached as an annex and I have nothing to add to its account of progress.",
        ),
        ("para", "My office will track the recommendations through the Strategic Governance Board."),
        (
            "sign",
            [
                "Yours sincerely",
                "",
                "Colin Beresford",
                "Staffordshire Commissioner for Police, Fire and Rescue, and Crime",
            ],
        ),
        ("title", "Annex: response of the Chief Constable of Staffordshire Police"),
        ("heading", "Recommendation 2"),
        (
            "para",
            "I accept this recommendation. Staffordshire Police introduced a checklist in the control room in "
            "April, and referrals are now dip-sampled monthly.",
        ),
        ("heading", "Recommendation 4"),
        (
            "para",
            "I accept this recommendation. Our analysts will produce the plan after the regional profile is "
            "refreshed, which is scheduled for February 2026.",
        ),
        ("heading", "Recommendation 8"),
        (
            "para",
            "I accept this recommendation. Hydra training has been delayed by the loss of our trainer; it has been "
            "paused and will restart when a replacement is in post.",
        ),
        ("heading", "Recommendation 9"),
        ("para", "I accept this recommendation. The modules are being completed now; 400 of about 700 staff are done."),
        ("sign", ["Chief Constable, Staffordshire Police"]),
    ],
    letter(
        "ts3-11",
        "cc_annex",
        "docx",
        "Staffordshire Police",
        "2025-07-09",
        ("Colin Beresford", "Staffordshire Commissioner for Police, Fire and Rescue, and Crime"),
        [
            item("2", "support", "implemented", cc="accept"),
            item("4", "support", "planned", cc="accept"),
            item("8", "support", ["in_progress", "not_started"], cc="accept"),
            item("9", "support", "in_progress", cc="accept"),
        ],
    ),
)

add(
    [
        (
            "letterhead",
            [
                "Leicestershire Police and Crime Commissioner",
                "Police Headquarters, St Johns, Enderby, Leicester LE19 2BX",
            ],
        ),
        ("date", "30th June 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Response to {OIC_TITLE}"),
        (
            "para",
            "I have asked the Chief Constable for the force's response to each recommendation and I reproduce it "
            "below with my observations. I will return to these at my Police and Crime Panel in the autumn.",
        ),
        ("heading", "Reporting to the National Command and Control Unit (recommendation 2)"),
        (
            "para",
            "The Chief Constable has accepted this recommendation. The force tells me that a new recording process "
            "will go live on 1 October. I am glad to see a firm date.",
        ),
        ("heading", "Plans for organised immigration crime information (recommendation 4)"),
        (
            "para",
            "The force agrees with this recommendation and reports that its plan was adopted in May and is embedded "
            "in the monthly tasking meeting. The report's finding that few forces had such a plan is a fair one.",
        ),
        ("heading", "Hydra (recommendation 8)"),
        ("para", "The Chief Constable accepts the recommendation. Work has not started."),
        ("heading", "E-learning (recommendation 9)"),
        (
            "para",
            "The Chief Constable accepts the recommendation. Completion stands at 55% and is being chased by line "
            "managers. I will watch the figure with interest.",
        ),
        (
            "sign",
            [
                "Yours sincerely",
                "",
                "Rupinder Sahota",
                "Police and Crime Commissioner for Leicester, Leicestershire and Rutland",
            ],
        ),
    ],
    letter(
        "ts3-12",
        "force_stance_only",
        "docx",
        "Leicestershire Police",
        "2025-06-30",
        ("Rupinder Sahota", "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"),
        [
            item("2", "accept", "planned", by="chief_constable", cc="accept"),
            item("4", "agree", "implemented", by="chief_constable", cc="agree"),
            item("8", "accept", "not_started", by="chief_constable", cc="accept"),
            item("9", "accept", "in_progress", by="chief_constable", cc="accept"),
        ],
    ),
)

add(
    [
        (
            "letterhead",
            ["Suffolk Police and Crime Commissioner", "Police Headquarters, Martlesham Heath, Ipswich IP5 3QS"],
        ),
        ("date", "July 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Suffolk PCC response – {OIC_TITLE}"),
        (
            "para",
            "Felixstowe is the country's busiest container port, so I read this report closely. I agree with "
            "recommendations 2 and 4: the force submits the intelligence document after every call to the "
            "national unit, and has done since 2024, and it has also written and published its plan for "
            "collecting and sharing information, so both are done.",
        ),
        (
            "para",
            "I agree with recommendations 8 and 9 as well. Neither has started: the Hydra and e-learning "
            "packages are being reviewed nationally and the force will wait for the revised versions.",
        ),
        ("sign", ["Yours sincerely", "", "Julian Fairweather", "Police and Crime Commissioner for Suffolk"]),
    ],
    letter(
        "ts3-13",
        "two_in_one_paragraph",
        "docx",
        "Suffolk Constabulary",
        None,
        ("Julian Fairweather", "Police and Crime Commissioner for Suffolk"),
        [
            item("2", "agree", "implemented"),
            item("4", "agree", "implemented"),
            item("8", "agree", "not_started"),
            item("9", "agree", "not_started"),
        ],
    ),
)

add(
    [
        ("letterhead", ["Dorset Police and Crime Commissioner", "Force Headquarters, Winfrith, Dorchester DT2 8DZ"]),
        ("date", "7 July 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy"),
        ("title", f"{OIC_TITLE}"),
        (
            "para",
            "The recommendations are accepted in full by the Chief Constable, and I am content with that. Poole "
            "and Portland harbours are on our patch, and the force is alive to the risk.",
        ),
        (
            "para",
            "On recommendation 9, I must record that I do not agree the four modules are the right use of "
            "officers' time in a force of our size; the Chief Constable has nonetheless begun assigning them.",
        ),
        (
            "para",
            "On recommendation 2, the force tells me a revised procedure will be issued in November once the "
            "national form is updated.",
        ),
        ("para", "I will seek assurance on all four at my Quarterly Accountability Meeting."),
        ("sign", ["Yours sincerely", "", "Fenella Marsh", "Police and Crime Commissioner for Dorset"]),
    ],
    letter(
        "ts3-14",
        "blanket_detail",
        "docx",
        "Dorset Police",
        "2025-07-07",
        ("Fenella Marsh", "Police and Crime Commissioner for Dorset"),
        [
            item("2", ["note", "accept"], "planned", cc="accept"),
            item("4", ["note", "accept"], "not_stated", cc="accept"),
            item("8", ["note", "accept"], "not_stated", cc="accept"),
            item("9", "disagree", "in_progress", cc="accept"),
        ],
    ),
)

add(
    [
        (
            "letterhead",
            [
                "York and North Yorkshire Combined Authority",
                "Policing, Fire and Crime",
                "West Offices, Station Rise, York YO1 6GA",
            ],
        ),
        ("date", "19 March 2025"),
        ("address", HMI),
        ("salutation", "Dear HM Inspector,"),
        ("title", f"Response of the Deputy Mayor for Policing, Fire and Crime to {SOC_TITLE}"),
        (
            "para",
            "North Yorkshire is the largest county in England and its rural roads are used by county lines and "
            "organised acquisitive crime groups. The Mayor has delegated this response to me.",
        ),
        (
            "para",
            "The Chief Constable and I agree with both areas for improvement. On how the regional unit and the "
            "forces work together, a shared performance framework is being drafted and will be trialled from "
            "June. On technical surveillance equipment, the region now buys through a single framework and the "
            "equipment register was completed in February.",
        ),
        ("para", "I will report to the Police, Fire and Crime Panel on the framework once it is in use."),
        (
            "sign",
            [
                "Yours sincerely",
                "",
                "Lorraine Tate",
                "Deputy Mayor for Policing, Fire and Crime, York and North Yorkshire",
            ],
        ),
    ],
    letter(
        "ts3-15",
        "regional_afi",
        "docx",
        "North Yorkshire Police",
        "2025-03-19",
        ("Lorraine Tate", "Deputy Mayor for Policing, Fire and Crime, York and North Yorkshire"),
        [
            item("1", "agree", "in_progress", cc="agree"),
            item("2", "agree", "implemented", cc="agree"),
        ],
        report=SOC,
    ),
)

add(
    [
        (
            "letterhead",
            [
                "Heddlu Gwent Police",
                "Office of the Police and Crime Commissioner for Gwent",
                "Tŷ Croesyceiliog, Cwmbrân NP44 2XJ",
            ],
        ),
        ("date", "1 July 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Police and Crime Commissioner's response: {OIC_TITLE}"),
        ("heading", "Submitting intelligence after contact with the command centre"),
        ("para", "I welcome this recommendation. The force expects to have the new process in place by April 2026."),
        ("heading", "An organised immigration crime information plan"),
        (
            "para",
            "I welcome this too. The plan is being written jointly with the Welsh forces and Tarian, the regional "
            "unit, and a draft is with chief officers.",
        ),
        ("heading", "Hydra for relevant staff"),
        ("para", "I support it. Completed: all relevant staff attended Hydra exercises in the spring."),
        ("heading", "Four e-learning modules"),
        ("para", "I support it. Awaiting national guidance before starting."),
        ("para", "I will scrutinise progress at my Strategy and Performance Board."),
        (
            "sign",
            [
                "Yn gywir / Yours sincerely",
                "",
                "Rhodri ap Gwilym",
                "Comisiynydd Heddlu a Throseddu Gwent",
                "Police and Crime Commissioner for Gwent",
            ],
        ),
    ],
    letter(
        "ts3-16",
        "paraphrase_headings",
        "docx",
        "Gwent Police",
        "2025-07-01",
        ("Rhodri ap Gwilym", "Police and Crime Commissioner for Gwent"),
        [
            item("2", "support", "planned"),
            item("4", "support", "in_progress"),
            item("8", "support", "implemented"),
            item("9", "support", "not_started"),
        ],
    ),
)

# ------------------------------------------------------------------------------------------------
# HTML (8)

add(
    [
        (
            "letterhead",
            ["Greater Manchester Combined Authority", "Tootal Buildings, 56 Oxford Street, Manchester M1 6EU"],
        ),
        ("date", "26 June 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Greater Manchester response to {OIC_TITLE}"),
        (
            "para",
            "The Mayor has asked me, as Deputy Mayor for Policing, Crime, Criminal Justice and Fire, to respond. "
            "Greater Manchester Police's update and my comment on each recommendation are set out below.",
        ),
        (
            "table",
            [
                ["Recommendation", "GMP response", "Deputy Mayor's comment"],
                [
                    "Recommendation 2: reporting to the National Command and Control Unit",
                    "Accepted. The intelligence document is now completed by the force's immigration liaison team on "
                    "behalf of the reporting officer, which has been the practice since January.",
                    "I accept this recommendation and I am satisfied it has been met.",
                ],
                [
                    "Recommendation 4: plans to collect, analyse and share information",
                    "Accepted. Green – plan in development; partner workshops held in June, final plan by November.",
                    "I am fully supportive of this and will ask for the plan to come to the Police, Crime and Fire "
                    "Board.",
                ],
                [
                    "Recommendation 8: Hydra training",
                    "Accepted. Scheduled for the first quarter of 2026.",
                    "Supported.",
                ],
                [
                    "Recommendation 9: e-learning modules",
                    "Accepted. 1,900 officers completed; 2,300 to go. On track for April 2026.",
                    "No comment beyond noting the force's progress.",
                ],
            ],
        ),
        (
            "sign",
            ["Yours sincerely,", "", "Nadia Kershaw", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"],
        ),
    ],
    letter(
        "ts3-17",
        "table_html",
        "html",
        "Greater Manchester Police",
        "2025-06-26",
        ("Nadia Kershaw", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"),
        [
            item("2", "accept", "implemented", cc="accept"),
            item("4", "support", "in_progress", cc="accept"),
            item("8", "support", "planned", cc="accept"),
            item("9", "accept", "in_progress", by="chief_constable", cc="accept"),
        ],
    ),
)

add(
    [
        ("letterhead", ["Merseyside Police and Crime Commissioner", "Mather Avenue, Liverpool L18 6JQ"]),
        ("date", "Monday 7th July 2025"),
        ("address", HMI),
        ("salutation", "Dear HMICFRS,"),
        ("title", f"Commissioner's comments on {OIC_TITLE}"),
        (
            "para",
            "I am grateful for this report. The Port of Liverpool and the ferry routes to Ireland mean that "
            "organised immigration crime is a real concern for people here. I agree with recommendations 2, 4 and "
            "8. On recommendation 9 I agree only in part: the modules are useful for specialist staff, but I do not "
            "think every response officer needs all four. The Chief Constable's response is annexed.",
        ),
        ("para", "I will monitor delivery through my Scrutiny Meeting, which is webcast."),
        ("sign", ["Yours faithfully", "", "Emily Garside", "Merseyside Police and Crime Commissioner"]),
        ("title", "Annex – Chief Constable's response"),
        (
            "para",
            "Recommendation 2: accepted. The force has been completing the document since a change to the "
            "control room's procedures in March, and compliance now runs at over 95%.",
        ),
        (
            "para",
            "Recommendation 4: accepted. Our plan has been signed and will be refreshed each year.",
        ),
        (
            "para",
            "Recommendation 8: accepted. We are working with the national unit to agree dates; once they are "
            "confirmed, Hydra training will start for the major crime review team.",
        ),
        (
            "para",
            "Recommendation 9: accepted. 70% of relevant officers have completed the modules.",
        ),
    ],
    letter(
        "ts3-18",
        "cc_annex",
        "html",
        "Merseyside Police",
        "2025-07-07",
        ("Emily Garside", "Merseyside Police and Crime Commissioner"),
        [
            item("2", "agree", "implemented", cc="accept"),
            item("4", "agree", "implemented", cc="accept"),
            item("8", "agree", "planned", cc="accept"),
            item("9", "partially_agree", "in_progress", cc="accept"),
        ],
    ),
)

add(
    [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight",
                "St George's Chambers, St George's Street, Winchester SO23 8AJ",
            ],
        ),
        ("date", "16 June 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy"),
        ("title", f"Joint response: {OIC_TITLE}"),
        (
            "para",
            "This is a joint response from the Chief Constable and me. We agree with all four recommendations made "
            "to chief constables, and we have set out below what has been done and what is still to do.",
        ),
        ("heading", "Referrals and intelligence"),
        (
            "para",
            "Southampton and Portsmouth docks generate most of our referrals. Since the start of May the "
            "constabulary has reviewed every referral within 48 hours to make sure the intelligence document is "
            "there; the review is working and the backlog of older referrals is half cleared.",
        ),
        ("heading", "Collection, analysis and sharing"),
        (
            "para",
            "An information-sharing plan exists in outline. Chief officers will decide in September whether to "
            "fund a dedicated analyst, and the plan will be finished after that.",
        ),
        ("heading", "Hydra"),
        ("para", "Hydra has been business as usual for senior investigating officers since 2023."),
        ("heading", "E-learning"),
        (
            "para",
            "The modules have not yet been assigned; the constabulary will first move to the new learning "
            "platform in spring 2026.",
        ),
        ("para", "The Commissioner will publish progress on her website every six months."),
        (
            "sign",
            [
                "Yours sincerely",
                "",
                "Catherine Lyle",
                "Police and Crime Commissioner for Hampshire and the Isle of Wight",
            ],
        ),
    ],
    letter(
        "ts3-19",
        "joint_statement",
        "html",
        "Hampshire and Isle of Wight Constabulary",
        "2025-06-16",
        ("Catherine Lyle", "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
        [
            item("2", "agree", ["in_progress", "implemented"], cc="agree"),
            item("4", "agree", "planned", cc="agree"),
            item("8", "agree", "implemented", cc="agree"),
            item("9", "agree", ["not_started", "planned"], cc="agree"),
        ],
    ),
)

add(
    [
        (
            "letterhead",
            ["Bedfordshire Police and Crime Commissioner", "Bridgebury House, Woburn Road, Kempston MK43 9AX"],
        ),
        ("title", "Joint Audit and Scrutiny Meeting: decision record"),
        ("para", f"Date of meeting: 9 July 2025. Subject: HMICFRS, {OIC_TITLE}."),
        (
            "table",
            [
                ["Rec", "Force position", "PCC position", "Progress"],
                ["2", "Accepted", "Noted", "Complete – Sept 2024"],
                ["4", "Accepted", "Supported", "Amber: on track for March"],
                ["8", "Accepted", "Agreed", "Not started – awaiting national guidance"],
                ["9", "Accepted", "Accepted", "Red: 12% complete, behind schedule"],
            ],
        ),
        (
            "para",
            "The PCC asked that the Hydra and e-learning figures be brought back to the October meeting. "
            "Luton airport's role in immigration crime was discussed.",
        ),
        ("sign", ["Approved by", "", "Kwame Osei-Bonsu", "Police and Crime Commissioner for Bedfordshire"]),
    ],
    letter(
        "ts3-20",
        "minutes",
        "html",
        "Bedfordshire Police",
        "2025-07-09",
        ("Kwame Osei-Bonsu", "Police and Crime Commissioner for Bedfordshire"),
        [
            item("2", "note", "implemented", cc="accept"),
            item("4", "support", "in_progress", cc="accept"),
            item("8", "agree", "not_started", cc="accept"),
            item("9", "accept", "in_progress", cc="accept"),
        ],
    ),
)

add(
    [
        (
            "letterhead",
            ["Nottinghamshire Police and Crime Commissioner", "Arnot Hill House, Arnot Hill Park, Arnold NG5 6LU"],
        ),
        ("date", "18.06.2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"{OIC_TITLE} – response of the Police and Crime Commissioner"),
        ("heading", "Recommendation 2"),
        (
            "para",
            "I accept this recommendation. Nottinghamshire Police rolled out guidance to all officers in May; "
            "audits show it is being followed.",
        ),
        ("heading", "Recommendation 4"),
        (
            "para",
            "I accept. Work on the plan has been put on hold while the force awaits "
            "the Home Office's new data standard.",
        ),
        ("heading", "Recommendation 8"),
        ("para", "I accept. The force intends to train its organised crime teams in Hydra during 2026."),
        ("heading", "Recommendation 9"),
        ("para", "I accept. Training is being piloted in the City division before wider roll-out."),
        ("sign", ["Yours sincerely", "", "Imran Siddiqui", "Police and Crime Commissioner for Nottinghamshire"]),
    ],
    letter(
        "ts3-21",
        "labels_only",
        "html",
        "Nottinghamshire Police",
        "2025-06-18",
        ("Imran Siddiqui", "Police and Crime Commissioner for Nottinghamshire"),
        [
            item("2", "accept", "implemented"),
            item("4", "accept", "not_started"),
            item("8", "accept", "planned"),
            item("9", "accept", "in_progress"),
        ],
    ),
)

add(
    [
        ("letterhead", ["Derbyshire Police and Crime Commissioner", "Butterley Hall, Ripley, Derbyshire DE5 3RS"]),
        ("date", "10th July 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Response to two HMICFRS reports: {OIC_TITLE}; and The police response to stalking"),
        (
            "para",
            "For efficiency I am answering two of your recent reports in one letter. This first part deals with "
            "organised immigration crime.",
        ),
        ("heading", "Improving the response to organised immigration crime"),
        (
            "para",
            "I accept recommendation 2. Derbyshire Constabulary put a new procedure in place in April and it is "
            "now working well.",
        ),
        (
            "para",
            "I accept recommendation 4. The force has asked the East Midlands Special Operations Unit to help "
            "with the analysis and expects to finish the plan by December.",
        ),
        ("para", "I accept recommendations 8 and 9. The force has not yet started either."),
        ("heading", "The police response to stalking"),
        (
            "para",
            "I support the recommendations on stalking protection orders. The force has trained all of its "
            "public protection officers in their use and a stalking coordinator is now in post.",
        ),
        ("para", "I will bring both reports to my Strategic Priorities Assurance Board."),
        ("sign", ["Yours sincerely", "", "Anthony Bramwell", "Police and Crime Commissioner for Derbyshire"]),
    ],
    letter(
        "ts3-22",
        "two_reports",
        "html",
        "Derbyshire Constabulary",
        "2025-07-10",
        ("Anthony Bramwell", "Police and Crime Commissioner for Derbyshire"),
        [
            item("2", "accept", "implemented"),
            item("4", "accept", "in_progress"),
            item("8", "accept", "not_started"),
            item("9", "accept", "not_started"),
        ],
    ),
)

add(
    [
        (
            "letterhead",
            [
                "Cambridgeshire and Peterborough Police and Crime Commissioner",
                "2nd Floor, Ditton Lodge, 16 Fen Road, Cambridge CB4 1UN",
            ],
        ),
        ("date", "23rd June 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"{OIC_TITLE}"),
        (
            "para",
            "The Commissioner accepts the recommendations in the report and has discussed them with the Chief "
            "Constable, who has also accepted them. He wishes to comment on two.",
        ),
        ("heading", "The intelligence document"),
        (
            "para",
            "The Commissioner partially agrees with this recommendation. He considers the document duplicates "
            "information already passed by phone. The force has nonetheless made it mandatory from 1 June.",
        ),
        ("heading", "The information plan"),
        (
            "para",
            "A cross-border plan with Bedfordshire and Hertfordshire is being developed through the collaboration "
            "and is due in the spring.",
        ),
        (
            "sign",
            [
                "Yours sincerely",
                "",
                "for and on behalf of the Commissioner",
                "Laura Penhaligon",
                "Chief Executive, Office of the Police and Crime Commissioner for Cambridgeshire and Peterborough",
            ],
        ),
    ],
    letter(
        "ts3-23",
        "blanket_detail",
        "html",
        "Cambridgeshire Constabulary",
        "2025-06-23",
        (
            "Laura Penhaligon",
            "Chief Executive, Office of the Police and Crime Commissioner for Cambridgeshire and Peterborough",
        ),
        [
            item("2", "partially_agree", "implemented", cc="accept"),
            item("4", "accept", "in_progress", cc="accept"),
            item("8", "accept", "not_stated", cc="accept"),
            item("9", "accept", "not_stated", cc="accept"),
        ],
    ),
)

add(
    [
        ("letterhead", ["Mayor's Office for Policing And Crime", "169 Union Street, London SE1 0LL"]),
        ("date", "2 July 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"MOPAC response to {OIC_TITLE}"),
        (
            "para",
            "London sees more organised immigration crime than anywhere else in the country. The Mayor and I "
            "welcome your report and its recommendations.",
        ),
        ("heading", "Making sure every report to Immigration Enforcement is followed by intelligence"),
        (
            "para",
            "The Met has accepted this. A 12-week pilot at Heathrow and in two boroughs ended in June; the "
            "evaluation is being written and London-wide roll-out will follow if it is favourable.",
        ),
        ("heading", "Planning to collect, analyse and share information"),
        (
            "para",
            "The Met's plan forms part of its serious and organised crime strategy, "
            "which has been in force since 2024.",
        ),
        ("heading", "Training in Hydra"),
        (
            "para",
            "The Met expects all relevant specialist detectives to be Hydra-trained by the "
            "end of April 2026; a third are so far.",
        ),
        ("heading", "Organised immigration crime e-learning"),
        ("para", "The Met has not yet scheduled the e-learning."),
        ("para", "MOPAC will oversee delivery through the London Policing Board."),
        ("sign", ["Yours sincerely", "", "Joseph Adeyemi", "Deputy Mayor for Policing and Crime"]),
    ],
    letter(
        "ts3-24",
        "paraphrase_headings",
        "html",
        "Metropolitan Police Service",
        "2025-07-02",
        ("Joseph Adeyemi", "Deputy Mayor for Policing and Crime"),
        [
            item("2", "support", ["in_progress", "planned"], cc="accept"),
            item("4", "support", "implemented"),
            item("8", "support", "in_progress"),
            item("9", "support", "not_started"),
        ],
    ),
)

# ------------------------------------------------------------------------------------------------
# PDF (6)

add(
    [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly",
                "Andy Hocking House, Alderson Drive, Exeter EX2 7RP",
            ],
        ),
        ("date", "8 July 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Response to HMICFRS: {OIC_TITLE}"),
        (
            "para",
            "Devon and Cornwall is the largest police area in England, with a long coastline, many small harbours "
            "and a seasonal workforce in farming and hospitality that organised immigration crime can exploit. I "
            "set out below the force's update on each recommendation and my own comment. I will keep these under "
            "review through my Performance and Accountability Board, and the force's own governance will report "
            "to it each quarter.",
        ),
        (
            "table",
            [
                ["Recommendation", "Force update", "RAG", "Commissioner's comment"],
                [
                    "Recommendation 2. " + REC["oic:2"],
                    "Accepted by the Chief Constable. A new intelligence submission form was built into the "
                    "command and control system in March. Every referral to the National Command and Control Unit "
                    "since then has generated a prompt, and supervisors sign off each one. The force's audit in "
                    "June found full compliance in a sample of 150 referrals.",
                    "Green – complete",
                    "I support the recommendation and I am reassured by the audit. I consider it discharged, though "
                    "I will ask for a repeat audit in a year.",
                ],
                [
                    "Recommendation 4. " + REC["oic:4"],
                    "Accepted. The force intelligence bureau is writing the collection plan with the South West "
                    "Regional Organised Crime Unit and Border Force. The analysis section is complete; the "
                    "information-sharing section awaits agreement with the local authorities in Cornwall and "
                    "Plymouth. Target date: December 2025.",
                    "Amber – in progress",
                    "I support this and note the dependence on partners. My office will help broker the agreements.",
                ],
                [
                    "Recommendation 8. " + REC["oic:8"],
                    "Accepted. The force will deliver Hydra to all detective inspectors and critical incident "
                    "managers once the national unit publishes its revised scenario, expected in January. Sessions "
                    "are pencilled in for February and March 2026 at Middlemoor.",
                    "Amber – planned",
                    "I support this recommendation.",
                ],
                [
                    "Recommendation 9. " + REC["oic:9"],
                    "Accepted. The force has not started assigning the modules: the learning and development team "
                    "is at capacity delivering mandatory public order training this summer, and the modules will "
                    "not be scheduled until that is finished.",
                    "Red – not started",
                    "I accept the force's reasons but expect a start date by the autumn.",
                ],
            ],
        ),
        ("para", "I hope this is helpful. My office will publish this response on its website."),
        (
            "sign",
            [
                "Yours sincerely",
                "",
                "Alison Hernaman-Trewin",
                "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly",
            ],
        ),
        ("footer", "OPCC Devon, Cornwall and the Isles of Scilly – section 55 response"),
    ],
    letter(
        "ts3-25",
        "table_pdf",
        "pdf",
        "Devon and Cornwall Police",
        "2025-07-08",
        ("Alison Hernaman-Trewin", "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
        [
            item("2", "support", "implemented", cc="accept"),
            item("4", "support", "in_progress", cc="accept"),
            item("8", "support", "planned", cc="accept"),
            item("9", "accept", "not_started", by="chief_constable", cc="accept"),
        ],
    ),
)

add(
    [
        (
            "letterhead",
            [
                "Comisiynydd Heddlu a Throseddu Gogledd Cymru",
                "North Wales Police and Crime Commissioner",
                "Ffordd William Morgan, St Asaph Business Park, St Asaph LL17 0HQ",
            ],
        ),
        ("date", "03/07/2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"North Wales response to {OIC_TITLE}"),
        (
            "para",
            "Holyhead is the second busiest roll-on roll-off port in the United Kingdom, and the A55 runs its "
            "length of our area. I have considered the report with the Chief Constable, whose update is given in "
            "the table with my comments. I have been in post since May, after my predecessor stood down, and I "
            "have made scrutiny of this area of policing one of my early priorities.",
        ),
        (
            "table",
            [
                ["HMICFRS recommendation", "North Wales Police update", "Status", "PCC comment"],
                [
                    "2 – " + REC["oic:2"],
                    "Accepted. The port policing unit at Holyhead already completes the document for every referral "
                    "it makes. The force is now extending the practice to response officers across the three "
                    "divisions; the Western division has been briefed and the Central and Eastern divisions will "
                    "be briefed by October.",
                    "In progress",
                    "I am content with the force's approach and support the recommendation.",
                ],
                [
                    "4 – " + REC["oic:4"],
                    "Accepted. The force has had an organised immigration crime plan since 2023. It was refreshed in "
                    "April 2025 to cover information sharing with the Irish authorities through the port, and it is "
                    "reviewed at the force's serious and organised crime board every quarter.",
                    "Complete",
                    "Agreed. I have read the plan and I am satisfied that it meets the recommendation.",
                ],
                [
                    "8 – " + REC["oic:8"],
                    "Accepted. A Hydra exercise for the force's senior investigators is scheduled for November 2025, "
                    "run jointly with Tarian, the southern Wales regional unit, to save costs.",
                    "Planned – Nov 2025",
                    "Agreed.",
                ],
                [
                    "9 – " + REC["oic:9"],
                    "Accepted. Completion of the four modules stands at 480 of 900 relevant staff. Managers receive "
                    "a weekly list of those still to complete.",
                    "In progress – 53%",
                    "I will ask for the completion rate at each of my accountability meetings.",
                ],
            ],
        ),
        (
            "sign",
            [
                "Yn gywir,",
                "Yours sincerely,",
                "",
                "Dafydd Llewelyn-Rees",
                "Comisiynydd Heddlu a Throseddu Gogledd Cymru",
                "North Wales Police and Crime Commissioner",
            ],
        ),
        (
            "footer",
            "Swyddfa Comisiynydd Heddlu a Throseddu Gogledd Cymru / Office of the North "
            "Wales Police and Crime Commissioner",
        ),
    ],
    letter(
        "ts3-26",
        "table_pdf",
        "pdf",
        "North Wales Police",
        "2025-07-03",
        ("Dafydd Llewelyn-Rees", "North Wales Police and Crime Commissioner"),
        [
            item("2", "support", "in_progress", cc="accept"),
            item("4", "agree", "implemented", cc="accept"),
            item("8", "agree", "planned", cc="accept"),
            item("9", "accept", "in_progress", by="chief_constable", cc="accept"),
        ],
    ),
)

add(
    [
        (
            "letterhead",
            ["Hertfordshire Police and Crime Commissioner", "15 Vaughan Road, Harpenden, Hertfordshire AL5 4GZ"],
        ),
        ("date", "Date: 11 June 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"PCC update on the HMICFRS report: {OIC_TITLE}"),
        (
            "para",
            "Hertfordshire is a small county with a large share of the country's logistics depots along the M1, "
            "M25 and A1(M), and Stansted and Luton airports are close by. The force's position and my comments are "
            "below. Ratings use the force's own scale: Blue complete, Green on track, Amber at risk, Red not "
            "started.",
        ),
        (
            "table",
            [
                ["Ref", "Constabulary response", "Rating", "PCC observations"],
                [
                    "R2",
                    "Accepted. Guidance and a short training video went to all frontline officers in April and "
                    "compliance checks are built into the daily management meeting. Hertfordshire has complied "
                    "fully since April 2025 and the checks will continue.",
                    "Blue",
                    "I note the response.",
                ],
                [
                    "R4",
                    "Accepted. The Eastern Region Special Operations Unit is leading on a regional collection plan "
                    "and Hertfordshire will adopt it. No local work has begun while the regional plan is awaited; "
                    "it is expected next summer.",
                    "Red",
                    "I have some reservations about waiting for the region and I have asked the Chief Constable "
                    "to consider an interim local plan.",
                ],
                [
                    "R8",
                    "Accepted. Hydra training for detective sergeants and inspectors began in May; two of four "
                    "cohorts have completed it and the remaining two are booked for September and October.",
                    "Green",
                    "I am fully supportive of the recommendation.",
                ],
                [
                    "R9",
                    "Accepted. A business case for protected learning time to complete the modules goes to the "
                    "Chief Officer Group in July; if approved, the modules will be assigned from August.",
                    "Amber",
                    "I support this.",
                ],
            ],
        ),
        (
            "para",
            "I will publish the force's next update on my website in six months and will ask the Police and Crime "
            "Panel to look at recommendation 4 in particular.",
        ),
        ("sign", ["Yours sincerely", "", "Graham Ockenden", "Police and Crime Commissioner for Hertfordshire"]),
        ("footer", "Hertfordshire OPCC"),
    ],
    letter(
        "ts3-27",
        "table_pdf",
        "pdf",
        "Hertfordshire Constabulary",
        "2025-06-11",
        ("Graham Ockenden", "Police and Crime Commissioner for Hertfordshire"),
        [
            item("2", "note", "implemented", cc="accept"),
            item("4", "accept", "not_started", by="chief_constable", cc="accept"),
            item("8", "support", "in_progress", cc="accept"),
            item("9", "support", "planned", cc="accept"),
        ],
    ),
)

add(
    [
        ("letterhead", ["Sussex Police and Crime Commissioner", "Sackville House, Brooks Close, Lewes BN7 2FZ"]),
        ("date", "4th July 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"{OIC_TITLE}: PCC response"),
        (
            "para",
            "Thank you for this report. Newhaven and Shoreham ports and Gatwick airport put Sussex on the route of "
            "many people smuggled into this country. I accept the recommendations, as does the Chief Constable. Her "
            "response to each is set out in the appendix, and I endorse it.",
        ),
        ("para", "I will be asking for an update on these recommendations at my Accountability Meeting in December."),
        ("sign", ["Yours sincerely", "", "Harriet Coombes", "Sussex Police and Crime Commissioner"]),
        ("title", "Appendix: Chief Constable's response"),
        ("heading", "Recommendation 2"),
        (
            "para",
            "Accepted. Sussex Police has designed a new referral process, which will be launched to all officers "
            "at the start of the next training cycle in January 2026.",
        ),
        ("heading", "Recommendation 4"),
        (
            "para",
            "Accepted. The force's plan was completed in May and its analysts now share a monthly product with "
            "Surrey Police and the South East ROCU.",
        ),
        ("heading", "Recommendation 8"),
        ("para", "Accepted. Roughly 60% of relevant staff have completed Hydra; the rest will do so by March."),
        ("heading", "Recommendation 9"),
        ("para", "Accepted. This work has not begun. It is dependent on an upgrade to the force's learning system."),
        ("sign", ["Chief Constable, Sussex Police"]),
        ("footer", "Sussex Police and Crime Commissioner – response to HMICFRS"),
    ],
    letter(
        "ts3-28",
        "cc_annex",
        "pdf",
        "Sussex Police",
        "2025-07-04",
        ("Harriet Coombes", "Sussex Police and Crime Commissioner"),
        [
            item("2", "accept", "planned", cc="accept"),
            item("4", "accept", "implemented", cc="accept"),
            item("8", "accept", "in_progress", cc="accept"),
            item("9", "accept", "not_started", cc="accept"),
        ],
    ),
)

add(
    [
        (
            "letterhead",
            [
                "Comisiynydd Heddlu a Throseddu Dyfed-Powys",
                "Dyfed-Powys Police and Crime Commissioner",
                "Llangunnor, Carmarthen SA31 2PF",
            ],
        ),
        ("date", "5ed Gorffennaf 2025 / 5th July 2025"),
        ("address", HMI),
        ("salutation", "Annwyl Syr Andy / Dear Sir Andy,"),
        ("title", f"Response to {OIC_TITLE}"),
        (
            "para",
            "Dyfed-Powys covers more than half the land mass of Wales, and the ferry ports of Fishguard and "
            "Pembroke Dock are within it. I have received the Chief Constable's response, which is attached. I "
            "agree with recommendations 2, 8 and 9, and I note recommendation 4, on which I want to see more detail "
            "before I take a view.",
        ),
        ("para", "My Policing Accountability Board will receive a progress report in the new year."),
        (
            "sign",
            [
                "Yn gywir / Yours sincerely",
                "",
                "Eleri Vaughan-Price",
                "Comisiynydd Heddlu a Throseddu Dyfed-Powys",
                "Dyfed-Powys Police and Crime Commissioner",
            ],
        ),
        ("title", "Annex A: Response of the Chief Constable, Dyfed-Powys Police"),
        (
            "para",
            "Recommendation 2. I accept this recommendation. The intelligence document is completed by the port "
            "officers at Fishguard and Pembroke Dock and is checked by the intelligence hub. This has been the case "
            "for several years.",
        ),
        (
            "para",
            "Recommendation 4. I accept this recommendation. A plan will be developed once the new analyst posts "
            "are filled; recruitment closes in September.",
        ),
        (
            "para",
            "Recommendation 8. I accept this recommendation. Hydra training has been booked with the national "
            "unit for April 2026.",
        ),
        (
            "para",
            "Recommendation 9. I accept this recommendation. Two of the four modules have been completed by most "
            "relevant staff and the remaining two are being rolled out now.",
        ),
        ("footer", "Swyddfa'r Comisiynydd / Office of the Commissioner"),
    ],
    letter(
        "ts3-29",
        "cc_annex",
        "pdf",
        "Dyfed-Powys Police",
        "2025-07-05",
        ("Eleri Vaughan-Price", "Dyfed-Powys Police and Crime Commissioner"),
        [
            item("2", "agree", "implemented", cc="accept"),
            item("4", "note", "planned", cc="accept"),
            item("8", "agree", "planned", cc="accept"),
            item("9", "agree", "in_progress", cc="accept"),
        ],
    ),
)

add(
    [
        ("letterhead", ["Warwickshire Police and Crime Commissioner", "3 Northgate Street, Warwick CV34 4SP"]),
        ("date", "25 June 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Re: {OIC_TITLE}"),
        (
            "para",
            "Warwickshire is one of the smallest forces in England, and much of its specialist capability is "
            "shared through the regional unit. The Chief Constable has accepted recommendations 2 and 8, and I "
            "support them both. The referral process has been rewritten and the force will issue it with the "
            "Hydra exercise, which is scheduled for the autumn, so that officers learn both together.",
        ),
        (
            "para",
            "The Chief Constable has accepted recommendations 4 and 9 as well; I support them. The force has "
            "finished its plan for collecting and sharing information, and 90% of relevant personnel have "
            "completed the four e-learning modules, the rest by Christmas.",
        ),
        ("para", "I will continue to scrutinise this work through my Performance Accountability Meetings."),
        ("sign", ["Yours sincerely", "", "Owen Bickerstaffe", "Police and Crime Commissioner for Warwickshire"]),
        ("footer", "Office of the Police and Crime Commissioner for Warwickshire"),
    ],
    letter(
        "ts3-30",
        "two_in_one_paragraph",
        "pdf",
        "Warwickshire Police",
        "2025-06-25",
        ("Owen Bickerstaffe", "Police and Crime Commissioner for Warwickshire"),
        [
            item("2", "support", ["planned", "in_progress"], cc="accept"),
            item("4", "support", "implemented", cc="accept"),
            item("8", "support", "planned", cc="accept"),
            item("9", "support", "in_progress", cc="accept"),
        ],
    ),
)


# ------------------------------------------------------------------------------------------------
# Writing


def write(target: Path) -> list[dict[str, Any]]:
    """Write every letter into ``target`` and return the truth records, in order."""
    return corpus.write_letters(target, LETTERS)


ABOUT = (
    "A third tuning set: 30 letters written by hand on 30 November 2026 (every person and sentence invented; "
    "forces and bodies are real names, used only as senders of synthetic letters), for tuning: stance and whose "
    "stance it is, and claimed status. Same schema as tests/ingest/sealed/truth.json; split 'tuneset3'. Late: "
    "56 days counted from the day of publication."
)


def main() -> None:
    corpus.write_truth(HERE, ABOUT, write(HERE / "letters"))


if __name__ == "__main__":
    main()
