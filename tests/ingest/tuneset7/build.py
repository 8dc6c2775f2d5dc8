# ruff: noqa: E501  (letter text is data: long sentences are kept whole)
"""Build the seventh tuning set: ``letters/`` and ``truth.json``, reproducibly.

    .venv/bin/python tests/ingest/tuneset7/build.py

Thirty letters about the organised immigration crime report, written by hand (people's names invented,
forces and bodies real names used as the senders of synthetic letters, none of them the seeds' forces),
for tuning the reader on the forms it finds hardest: response tables with a force column and a
commissioner's column, two findings answered in one paragraph, blanket stances with detail that differs,
and mixed stances. Each letter's truth is written beside it by hand.
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
HMI_EMAIL = ["HM Chief Inspector of Constabulary", "By email"]

Blocks = list[tuple[str, Any]]


item = corpus.item


def top(
    org: list[str],
    date: str | None,
    salutation: str = "Dear Sir Andy,",
    title: str = f"Response to the HMICFRS report: {OIC_TITLE}",
    address: list[str] | None = None,
) -> Blocks:
    blocks: Blocks = [("letterhead", org)]
    if date:
        blocks.append(("date", date))
    blocks += [("address", address or HMI), ("salutation", salutation), ("title", title)]
    return blocks


def sign(*lines: str, close: str = "Yours sincerely,") -> Blocks:
    return [("sign", [close, *lines])]


# Each entry: (truth, blocks). The truth is written by hand from reading the blocks beside it.
LETTERS: list[tuple[dict[str, Any], Blocks]] = []


add = corpus.letter_adder(LETTERS, split="tuneset7")


def table_letter(
    top_blocks: Blocks,
    intro: list[str],
    rows: list[list[str]],
    outro: list[str],
    signature: Blocks,
    footer: str = "",
) -> Blocks:
    blocks: Blocks = [*top_blocks, *(("p", p) for p in intro), ("table", rows), *(("p", p) for p in outro), *signature]
    if footer:
        blocks.append(("footer", footer))
    return blocks


# ------------------------------------------------------------------------------------------------
# table_pdf (8: six PDF, one DOCX, one HTML)

add(
    "tuneset7-01",
    "table_pdf",
    "pdf",
    "Lancashire Constabulary",
    "Lancashire Police and Crime Commissioner",
    ("Declan Royle", "Police and Crime Commissioner for Lancashire"),
    "2025-07-08",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "note", "planned", cc="accept"),
        item("9", "support", "not_started", cc="accept"),
    ],
    table_letter(
        top(
            ["Office of the Police and Crime Commissioner for Lancashire", "County Hall, Preston, PR1 0LD"],
            "8 July 2025",
            "Dear Sir Andy,",
            f"{OIC_TITLE}: response under section 55 of the Police Act 1996",
        ),
        [
            "Thank you for sending me the report. The table below sets out Lancashire Constabulary's response to each of the four recommendations addressed to chief constables, the rating given to each by the force's Organisational Learning Board when it met on 1 July, and my own comment.",
        ],
        [
            ["Rec.", "Force response", "RAG", "PCC comment"],
            [
                "2",
                "Accepted. Since 1 June the intelligence document has been a mandatory field on the referral template used by the control room and custody; a referral cannot be closed without it. Compliance in June was 100% (41 of 41 referrals).",
                "Green",
                "Supported. I have asked to see the July dip-sample.",
            ],
            [
                "4",
                "Accepted. An organised immigration crime intelligence collection plan has been drafted by the Force Intelligence Bureau and is out for consultation with the North West Regional Organised Crime Unit. Sharing arrangements with Border Force at Heysham are still to be agreed.",
                "Amber",
                "Supported.",
            ],
            [
                "8",
                "Accepted. Hydra places for 24 detectives are booked at the regional training centre for November and December 2025.",
                "Amber",
                "Noted. Before the courses run I would like the force to explain how it decided who counts as relevant personnel.",
            ],
            [
                "9",
                "Accepted. Not yet started: the force is waiting for the College of Policing to confirm the revised version of the modules before it assigns them to anyone.",
                "Red",
                "I support this, but I am concerned that waiting for the College leaves the force very little time before April 2026.",
            ],
        ],
        [
            "I will take an update on the amber and red items at my Accountability Board in October.",
        ],
        sign("Declan Royle", "Police and Crime Commissioner for Lancashire"),
        footer="Office of the Police and Crime Commissioner for Lancashire",
    ),
)

add(
    "tuneset7-02",
    "table_pdf",
    "pdf",
    "Merseyside Police",
    "Merseyside Police and Crime Commissioner",
    ("Aoife Brennan-Kerr", "Police and Crime Commissioner for Merseyside"),
    "2025-07-10",
    [
        item("2", "accept", "in_progress", cc="accept"),
        item("4", "agree", "implemented", cc="accept"),
        item("8", "support", "not_started", cc="partially_agree"),
        item("9", "support", "not_stated", cc="accept"),
    ],
    table_letter(
        top(
            ["Merseyside Police and Crime Commissioner", "Mather Avenue, Liverpool, L18 6JD"],
            "10th July 2025",
            "Dear HM Chief Inspector,",
            f"HMICFRS: {OIC_TITLE} (May 2025)",
        ),
        [
            "I write in response to the inspectorate's report on organised immigration crime. I have discussed it with the Chief Constable, whose update on each recommendation is reproduced below alongside my own view.",
        ],
        [
            ["No.", "Recommendation (summary)", "Chief Constable's update", "Commissioner's view"],
            [
                "2",
                "Intelligence document for every NCCU referral",
                "The Chief Constable accepts this recommendation. Port officers at the Liverpool docks already submit the document in almost every case; the gap is in neighbourhood teams, where an audit of the last quarter found it missing from 9 of 30 referrals. A reminder and a new checklist were issued on 20 June, and a re-audit is due in September.",
                "I accept the recommendation and welcome the checklist.",
            ],
            [
                "4",
                "Plans to collect, analyse and share information",
                "Accepted. Merseyside already has an organised immigration crime problem profile, refreshed each year, with a collection plan beneath it; both were reviewed in April 2025 and meet the recommendation. Information is shared monthly with Immigration Enforcement in the North West.",
                "Agreed. The profile was presented to my Police and Crime Panel in May.",
            ],
            [
                "8",
                "Hydra training",
                "Accepted in principle. The force will consider Hydra once the national unit confirms how much regional capacity there is. No dates have been set.",
                "Supported.",
            ],
            [
                "9",
                "Four-module e-learning",
                "Accepted. The Head of Crime is the chief officer lead for this recommendation and will report on it to the Chief Constable's Board.",
                "Supported, and I would like to see the package extended to call handlers too.",
            ],
        ],
        ["Please do not hesitate to contact my office if you need anything further."],
        sign("Aoife Brennan-Kerr", "Police and Crime Commissioner for Merseyside"),
    ),
)

add(
    "tuneset7-03",
    "table_pdf",
    "pdf",
    "Hertfordshire Constabulary",
    "Hertfordshire Police and Crime Commissioner",
    ("Graham Tewin", "Police and Crime Commissioner for Hertfordshire"),
    "2025-07-22",
    [
        item("2", "accept", "implemented", by="chief_constable"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "accept", "not_started", by="chief_constable"),
        item("9", ["partially_agree", "agree"], "planned", cc="partially_agree"),
    ],
    table_letter(
        top(
            [
                "Hertfordshire Police and Crime Commissioner",
                "Harpenden Police Station, Vaughan Road, Harpenden, AL5 4GZ",
            ],
            "22 July 2025",
            "Dear Sir Andy,",
            f"{OIC_TITLE} – Hertfordshire response",
        ),
        [
            "I apologise for the delay in replying. My office has tested the force's claims against its own records where it could, and the final column records the assurance it was able to give.",
        ],
        [
            ["Recommendation", "Force position", "Status", "OPCC assurance"],
            [
                "2 – NCCU referrals",
                "Accepted",
                "Complete",
                "Assured. The OPCC reviewed a sample of 15 referrals on 3 July and each had the intelligence document attached.",
            ],
            [
                "4 – Collection and sharing plans",
                "Accepted",
                "In progress – plan drafted; due to Chief Officer Group in October 2025",
                "Partially assured. I support the recommendation, but the draft does not yet say how information will be shared with Bedfordshire and Cambridgeshire, with whom the force shares specialist units.",
            ],
            [
                "8 – Hydra",
                "Accepted",
                "Not started",
                "Not yet assured. The force has still to identify who needs the training.",
            ],
            [
                "9 – E-learning",
                "Partially accepted – the force will require the modules of investigators, not of all frontline staff",
                "Planned – from January 2026",
                "I agree with the force's narrower approach.",
            ],
        ],
        ["I will report progress to the Police and Crime Panel in November."],
        sign("Graham Tewin", "Police and Crime Commissioner for Hertfordshire"),
        footer="OPCC Hertfordshire | Official",
    ),
    late=True,
)

add(
    "tuneset7-04",
    "table_pdf",
    "pdf",
    "Kent Police",
    "Kent Police and Crime Commissioner",
    ("Priya Hollingbourne", "Kent Police and Crime Commissioner"),
    "2025-06-30",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "partially_agree", "in_progress", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    table_letter(
        top(
            ["Kent Police and Crime Commissioner", "Sutton Road, Maidstone, Kent, ME15 9BZ"],
            "30 June 2025",
            "Dear Sir Andy,",
            f"Kent PCC response: {OIC_TITLE}",
        ),
        [
            "Organised immigration crime is, for Kent, a daily reality rather than a theme, and I am grateful for the report. The force's account of its work is in the second column; the third gives the force's formal position and the fourth my own. The RAG rating is the force's.",
        ],
        [
            ["Ref", "What the force has done", "Force stance", "PCC comment", "RAG"],
            [
                "2",
                "Kent officers make more NCCU referrals than any force outside London. Since 2023 each referral from Dover and Folkestone has been recorded on a single form that includes the intelligence submission, and the Kent Intelligence Bureau quality-checks the forms daily. This meets the recommendation.",
                "Accept",
                "Supported. Kent leads on this, and I would encourage the force to share its form with others.",
                "Green",
            ],
            [
                "4",
                "A county-wide intelligence requirement for organised immigration crime exists but predates the rise in small-boat arrivals; the analytical team is rewriting it and expects to finish by the end of September. A sharing protocol with Border Force and with Kent County Council's children's services has been signed.",
                "Accept",
                "Supported.",
                "Amber",
            ],
            [
                "8",
                "Hydra was run for 18 senior investigating officers in March 2025. The force intends to extend it to detective sergeants, subject to places.",
                "Accept",
                "I support the recommendation but do not think the force should take detective sergeants off investigations for a two-day exercise while caseloads are this high. I have asked the Chief Constable to look again at who is 'relevant'.",
                "Amber",
            ],
            [
                "9",
                "The four modules are mandatory for all officers and staff in the Dover, Folkestone and Ashford districts. Completion stands at 92% against a target of 95%.",
                "Accept",
                "Supported.",
                "Green",
            ],
        ],
        [
            "My office will continue to hold the Chief Constable to account for this work through the Performance and Delivery Board."
        ],
        sign("Priya Hollingbourne", "Kent Police and Crime Commissioner"),
    ),
)

add(
    "tuneset7-05",
    "table_pdf",
    "pdf",
    "Essex Police",
    "Essex Police, Fire and Crime Commissioner",
    ("Rowena Tiptree", "Police, Fire and Crime Commissioner for Essex"),
    "2025-07-04",
    [
        item("2", "support", ["in_progress", "planned"], cc="accept"),
        item("4", "note", "planned", cc="accept"),
        item("8", "support", "in_progress", cc="accept"),
        item("9", "disagree", "not_started", cc="disagree"),
    ],
    table_letter(
        top(
            ["Essex Police, Fire and Crime Commissioner", "Kelvedon Park, London Road, Rivenhall, Witham, CM8 3HB"],
            "4 July 2025",
            "Dear Sir Andy,",
            f"Response of the Police, Fire and Crime Commissioner for Essex to '{OIC_TITLE}'",
        ),
        [
            "Thank you for your report. Essex has the ports of Harwich and Tilbury and a long, quiet coastline, and the Chief Constable and I both take organised immigration crime seriously. Essex Police's response and my view on each recommendation follow.",
        ],
        [
            ["Recommendation", "Essex Police response", "Commissioner's view"],
            [
                "Recommendation 2",
                "Essex Police accepts the recommendation. Most referrals to the NCCU come from Harwich, Tilbury and the A12 and M11 corridors. The force is changing its Athena workflow so that the intelligence document is created automatically when a referral is logged; the change has been tested and goes live on 1 September 2025. Until then, supervisors check each referral by hand.",
                "I support the change. Automating the step is the right answer.",
            ],
            [
                "Recommendation 4",
                "Accepted. This work sits with the Eastern Region Special Operations Unit, which is producing one regional collection plan for all seven forces; Essex Police will adopt it once it is published.",
                "Noted.",
            ],
            [
                "Recommendation 8",
                "Accepted. Twelve officers from the Serious and Organised Crime Unit completed Hydra in May 2025, and a further twelve are booked for February 2026.",
                "Supported.",
            ],
            [
                "Recommendation 9",
                "Not accepted in its current form. The force considers that the e-learning duplicates its own modern slavery and organised immigration crime training, which all frontline officers completed in 2024, and it will not be asking staff to complete the four modules as well.",
                "I have discussed this with the Chief Constable and I support her position.",
            ],
        ],
        ["I will publish this response on my website together with the report."],
        sign("Rowena Tiptree", "Police, Fire and Crime Commissioner for Essex"),
        footer="Essex PFCC – Official",
    ),
)

add(
    "tuneset7-06",
    "table_pdf",
    "pdf",
    "Avon and Somerset Police",
    "Avon and Somerset Police and Crime Commissioner",
    ("Marcus Chew", "Police and Crime Commissioner for Avon and Somerset"),
    "2025-07-09",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "in_progress"),
        item("8", "note", ["not_started", "in_progress"]),
        item("9", "agree", "not_started"),
    ],
    table_letter(
        top(
            ["Avon and Somerset Police and Crime Commissioner", "Valley Road, Portishead, Bristol, BS20 8JJ"],
            "09.07.2025",
            "Dear Sir Andy,",
            f"{OIC_TITLE}",
            HMI_EMAIL,
        ),
        [
            "Please find below my response to the recommendations in the report that are addressed to chief constables. The status and update are the force's; the comment is mine.",
        ],
        [
            ["#", "Status", "Update from Avon and Somerset Police", "PCC comment"],
            [
                "2",
                "Implemented",
                "Referral process revised in February 2025. Intelligence submission now mandatory.",
                "Accept.",
            ],
            [
                "4",
                "In development",
                "Draft plan with the Head of Intelligence.",
                "Accept. The plan needs to cover Bristol Port and Bristol Airport, not just the city.",
            ],
            [
                "8",
                "Paused",
                "Hydra delivery paused in June 2025 while the regional training team is restructured. Six of the 30 identified officers had completed it before the pause.",
                "Noted.",
            ],
            [
                "9",
                "Not yet started",
                "The force is waiting for the College of Policing to confirm which roles count as relevant personnel.",
                "I agree with the recommendation and have asked for this to be resolved by the autumn.",
            ],
        ],
        [],
        sign("Marcus Chew", "Police and Crime Commissioner for Avon and Somerset", close="Kind regards,"),
    ),
)

add(
    "tuneset7-07",
    "table_pdf",
    "docx",
    "Nottinghamshire Police",
    "Nottinghamshire Police and Crime Commissioner",
    ("Harriet Selston", "Police and Crime Commissioner for Nottinghamshire"),
    "2025-07-03",
    [
        item("2", "support", "not_stated", cc="accept"),
        item("4", "support", ["planned", "not_started"], cc="accept"),
        item("8", "note", "planned", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    table_letter(
        top(
            [
                "Office of the Police and Crime Commissioner for Nottinghamshire",
                "Arnot Hill House, Arnold, Nottingham, NG5 6LU",
            ],
            "3rd July 2025",
            "Dear Sir Andy,",
            f"Re: {OIC_TITLE}",
        ),
        [
            "I welcome this report. The Chief Constable's update on each recommendation to chief constables is set out below with my comments.",
        ],
        [
            ["Recommendation", "Chief Constable's update", "Commissioner's comment", "Status"],
            [
                "2",
                "Accepted. The recommendation asks that the reporting officer completes and submits the intelligence document for every NCCU referral. The force will give a full update at the Commissioner's Strategic Resources and Performance meeting in September.",
                "I am pleased to support this.",
                "Update due September",
            ],
            [
                "4",
                "Accepted. The Force Intelligence Bureau will produce a collection plan for organised immigration crime as part of its next strategic assessment cycle, which starts in November 2025.",
                "Supported.",
                "Not yet started – scheduled",
            ],
            [
                "8",
                "Accepted. The force has asked the Modern Slavery and Organised Immigration Crime Unit for Hydra places; twenty officers will attend once dates are offered.",
                "Noted. I will raise this at the next Strategic Resources and Performance meeting.",
                "Planned",
            ],
            [
                "9",
                "Accepted. 212 of the 260 officers and staff identified have completed all four modules.",
                "I support it.",
                "In progress (82%)",
            ],
        ],
        [],
        sign("Harriet Selston", "Police and Crime Commissioner for Nottinghamshire"),
    ),
)

add(
    "tuneset7-08",
    "table_pdf",
    "html",
    "Sussex Police",
    "Sussex Police and Crime Commissioner",
    ("Fenella Ashdown", "Sussex Police and Crime Commissioner"),
    "2025-06-20",
    [
        item("2", "agree", "in_progress", cc="accept"),
        item("4", "agree", "implemented", cc="accept"),
        item("8", "note", "not_started", cc="accept"),
        item("9", "agree", "not_stated", cc="accept"),
    ],
    table_letter(
        top(
            ["Sussex Police and Crime Commissioner", "Sackville House, Brooks Close, Lewes, BN7 2FZ"],
            "20 June 2025",
            "Dear Sir Andy,",
            f"PCC response to HMICFRS: {OIC_TITLE}",
        ),
        [
            "With Gatwick Airport and the port of Newhaven, Sussex has a direct stake in this report. The table gives Sussex Police's position, mine, and where the work stands.",
        ],
        [
            ["Recommendation", "Sussex Police", "Commissioner", "Progress"],
            [
                "2 (NCCU intelligence document)",
                "Accepted.",
                "Agree.",
                "A new referral form went live at Newhaven and Gatwick in May; it is being extended to the rest of the force by the end of July.",
            ],
            [
                "4 (collection, analysis and sharing)",
                "Accepted.",
                "Agree.",
                "Complete. The Sussex organised immigration crime collection and sharing plan was signed off at the Force Operations Board on 4 June 2025.",
            ],
            [
                "8 (Hydra)",
                "Accepted.",
                "Noted – I will want to understand the cost before I agree to any extra training budget.",
                "Not started. No funding identified.",
            ],
            [
                "9 (e-learning)",
                "Accepted.",
                "Agree.",
                "The College of Policing is updating the package and expects to release the new version in the autumn.",
            ],
        ],
        [
            "I will continue to monitor the force's progress through my Performance and Accountability Meetings, which are webcast."
        ],
        sign("Fenella Ashdown", "Sussex Police and Crime Commissioner"),
    ),
)


# ------------------------------------------------------------------------------------------------
# two_in_one_paragraph (8)

add(
    "tuneset7-09",
    "two_in_one_paragraph",
    "txt",
    "Cleveland Police",
    "Cleveland Police and Crime Commissioner",
    ("Owen Marske", "Police and Crime Commissioner for Cleveland"),
    "2025-06-27",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "in_progress"),
        item("8", "accept", "planned"),
        item("9", "accept", ["not_started", "planned"]),
    ],
    [
        *top(
            ["Cleveland Police and Crime Commissioner", "Ash House, III Acres, Princeton Drive, Thornaby, TS17 6AJ"],
            "27 June 2025",
            "Dear Sir Andy,",
            f"Inspection report: {OIC_TITLE}",
        ),
        (
            "p",
            "Thank you for your report, which I have read with care. Teesport makes organised immigration crime a live issue for Cleveland, and the report's findings reflect much of what the force has told me.",
        ),
        (
            "p",
            "Recommendations 2 and 4 go to the heart of how Cleveland Police handles intelligence, and I accept both. The first is already met: the intelligence document has been compulsory for every NCCU referral since the force's new records system went in last October, and the Force Control Room will not close a referral without it. The second is still being worked on; the force's analysts have begun mapping what it holds on organised immigration crime around Teesport and expect to turn that into a collection and sharing plan by December.",
        ),
        (
            "p",
            "The two training recommendations I also accept, though they are at different stages. Hydra training for the Serious and Organised Crime team is booked for January 2026. The e-learning, by contrast, has not been started, and the Chief Constable tells me it will not be until the force has finished its current round of mandatory training in the spring.",
        ),
        ("p", "I will keep all four under review at my Scrutiny and Performance Board."),
        *sign("Owen Marske", "Police and Crime Commissioner for Cleveland"),
    ],
)

add(
    "tuneset7-10",
    "two_in_one_paragraph",
    "txt",
    "Norfolk Constabulary",
    "Norfolk Police and Crime Commissioner",
    ("Beatrice Holt", "Police and Crime Commissioner for Norfolk"),
    "2025-07-15",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "not_started", cc="accept"),
        item("8", "support", "planned"),
        item("9", "support", "in_progress"),
    ],
    [
        *top(
            [
                "Office of the Police and Crime Commissioner for Norfolk",
                "Jubilee House, Falconers Chase, Wymondham, NR18 0WW",
            ],
            "15 July 2025",
            "Dear Sir Andy,",
            f"Norfolk response – {OIC_TITLE}",
        ),
        (
            "p",
            "I am sorry this response reaches you after the 56 days; my office waited for the force's update so that I could give you an accurate picture.",
        ),
        (
            "p",
            "On the recommendations about intelligence, the Chief Constable has accepted both and I support him. The NCCU referral point has been handled well for some time – every referral from King's Lynn and the port of Great Yarmouth since 2024 has carried the intelligence document – but the force has no plan for collecting and sharing information about organised immigration crime, and none has yet been commissioned.",
        ),
        (
            "p",
            "On training, I support recommendations 8 and 9. Norfolk and Suffolk train together, and the joint learning and development team has put Hydra on its programme for the spring of 2026; about half of the relevant officers have already worked through the four e-learning modules.",
        ),
        ("p", "I have asked the Chief Constable to report back to me on the collection plan by the end of September."),
        *sign("Beatrice Holt", "Police and Crime Commissioner for Norfolk"),
    ],
    late=True,
)

add(
    "tuneset7-11",
    "two_in_one_paragraph",
    "docx",
    "Staffordshire Police",
    "Staffordshire Police, Fire and Crime Commissioner",
    ("Gareth Cheadle", "Staffordshire Commissioner for Police, Fire and Rescue and Crime"),
    "2025-07-07",
    [
        item("2", "agree", "implemented", cc="accept"),
        item("9", "agree", "in_progress", cc="accept"),
        item("4", "accept", "planned"),
        item("8", "partially_agree", "not_started"),
    ],
    [
        *top(
            ["Staffordshire Commissioner's Office", "Block 9, Weston Road, Stafford, ST18 0YY"],
            "7 July 2025",
            "Dear Sir Andy,",
            f"Staffordshire Commissioner: response to {OIC_TITLE}",
        ),
        ("p", "Thank you for the opportunity to respond to the report."),
        (
            "p",
            "Recommendations 2 and 9 are both about what individual officers do, and the force has taken them together. It has accepted them, and I agree with them. For recommendation 2 the change is made: the intelligence document has been a required step in the referral guidance on the force intranet since April. For recommendation 9 the four modules have been assigned to 310 officers, and 140 have finished them so far.",
        ),
        (
            "p",
            "Recommendations 4 and 8 are different. I accept recommendation 4, and the force intends to put a collection plan before its Tactical Tasking and Coordination Group in the new year, provided the vacant analyst post is filled. I only partly agree with recommendation 8: Hydra is valuable for senior detectives, but I am not persuaded it needs to reach every officer the report would count as relevant, and the force has not started on it while that question is settled.",
        ),
        ("p", "I will publish this letter and the force's action plan on my website."),
        *sign("Gareth Cheadle", "Staffordshire Commissioner for Police, Fire and Rescue and Crime"),
    ],
)

add(
    "tuneset7-12",
    "two_in_one_paragraph",
    "docx",
    "Gloucestershire Constabulary",
    "Gloucestershire Police and Crime Commissioner",
    ("Imogen Frampton", "Chief Executive, Office of the Police and Crime Commissioner for Gloucestershire"),
    "2025-07-01",
    [
        item("8", "support", "not_started"),
        item("9", "support", "implemented"),
        item("2", "note", "implemented"),
        item("4", "note", "in_progress"),
    ],
    [
        *top(
            [
                "Office of the Police and Crime Commissioner for Gloucestershire",
                "Bamfurlong Lane, Cheltenham, GL51 6SP",
            ],
            "1 July 2025",
            "Dear Sir Andy,",
            f"{OIC_TITLE}: response on behalf of the Police and Crime Commissioner",
        ),
        (
            "p",
            "I write on behalf of the Police and Crime Commissioner, who is on leave, to give her response to the report. She has seen and approved this letter.",
        ),
        (
            "p",
            "The two recommendations on training (8 and 9) have the Commissioner's support. She is told that Hydra is not something the force can deliver alone and that it is waiting for the regional unit to set dates, so nothing has happened on that yet; the e-learning, on the other hand, was completed in the first quarter of this year by every officer the force identified as needing it.",
        ),
        (
            "p",
            "As for recommendations 2 and 4, the Commissioner notes both. The force reports that it already meets the first, because all its referrals to the NCCU are made through the central Intelligence Unit, which submits the document itself. On the second, it has begun a joint piece of work with Wiltshire and Avon and Somerset through the South West regional organised crime unit, which has produced a draft regional plan.",
        ),
        *sign("Imogen Frampton", "Chief Executive, Office of the Police and Crime Commissioner for Gloucestershire"),
    ],
)

add(
    "tuneset7-13",
    "two_in_one_paragraph",
    "html",
    "Bedfordshire Police",
    "Bedfordshire Police and Crime Commissioner",
    ("Tobias Okonkwo-Reid", "Police and Crime Commissioner for Bedfordshire"),
    "2025-06-24",
    [
        item("2", "accept", "in_progress"),
        item("4", "accept", "planned"),
        item("8", "note", "not_started"),
        item("9", "note", ["in_progress", "implemented"]),
    ],
    [
        *top(
            ["Bedfordshire Police and Crime Commissioner", "Bridgebury House, Woburn Road, Kempston, MK43 9AX"],
            "24 June 2025",
            "Dear Sir Andy,",
            f"Bedfordshire PCC response: {OIC_TITLE}",
        ),
        (
            "p",
            "I welcome the report and accept the recommendations on NCCU referrals and on collection plans. Bedfordshire, with London Luton Airport in the county, sees more of this crime than its size would suggest. Referrals are not yet consistently accompanied by the intelligence document – the force estimates that around two thirds are – and it has set itself the end of this year to close the gap. The collection plan will be written once the new Head of Intelligence takes up post in September.",
        ),
        (
            "p",
            "Hydra and the e-learning package, recommendations 8 and 9, I note. I would want the force to weigh them against its other training demands, and I have not yet seen a costed proposal for either. For the record, the force tells me that the e-learning is complete for its airport team, while Hydra has not been scheduled.",
        ),
        ("p", "My office will publish this response alongside the report."),
        *sign("Tobias Okonkwo-Reid", "Police and Crime Commissioner for Bedfordshire"),
    ],
)

add(
    "tuneset7-14",
    "two_in_one_paragraph",
    "html",
    "North Wales Police",
    "North Wales Police and Crime Commissioner",
    ("Eluned Pritchard", "Police and Crime Commissioner for North Wales"),
    "2025-07-18",
    [
        item("2", "accept", "implemented", cc="accept"),
        item("8", "accept", "not_started", cc="accept"),
        item("4", "support", "in_progress"),
        item("9", "support", "planned"),
    ],
    [
        *top(
            [
                "Office of the Police and Crime Commissioner North Wales",
                "Llys Cadnant, Glan y Don, Colwyn Bay, LL29 8AW",
            ],
            "18 July 2025",
            "Dear Sir Andy,",
            f"Ymateb / Response: {OIC_TITLE}",
        ),
        (
            "p",
            "Recommendations 2 and 8 were discussed at my Strategic Executive Board on 8 July. The Chief Constable has accepted both, and so do I. The port of Holyhead is where most of the force's referrals begin, and officers there have submitted the intelligence document with each one since the start of the year; the rest of the force follows the same instruction. Hydra, however, remains on hold: the regional trainer left in the spring and the post is unfilled.",
        ),
        (
            "p",
            "I support the remaining two, the information plan and the e-learning. Work on the plan started in June with a workshop led by the force's intelligence lead, and it is now half written. As to the e-learning, the force will add the four modules to the induction programme for new detectives from October, and existing staff will follow.",
        ),
        ("p", "This response will be published in Welsh and English."),
        *sign("Eluned Pritchard", "Police and Crime Commissioner for North Wales", close="Yn gywir / Yours sincerely,"),
    ],
    late=True,
)

add(
    "tuneset7-15",
    "two_in_one_paragraph",
    "pdf",
    "Wiltshire Police",
    "Wiltshire Police and Crime Commissioner",
    ("Rupert Calne", "Police and Crime Commissioner for Wiltshire and Swindon"),
    "2025-07-10",
    [
        item("4", "agree", "implemented"),
        item("8", "agree", "planned"),
        item("2", "support", "not_started"),
        item("9", "support", "in_progress"),
    ],
    [
        *top(
            ["Office of the Police and Crime Commissioner for Wiltshire and Swindon", "London Road, Devizes, SN10 2DN"],
            "10 July 2025",
            "Dear Sir Andy,",
            f"{OIC_TITLE} – PCC response",
        ),
        (
            "p",
            "Wiltshire is not a border county, but organised immigration crime reaches it along the M4 and through the labour it exploits on farms and in car washes, and I am glad the inspectorate has looked at it.",
        ),
        (
            "p",
            "Turning to the substance, I agree with the report's recommendations about collecting information (recommendation 4) and about Hydra (recommendation 8), and the force's progress on each can be summarised briefly: there is now a written collection plan, approved in May, which the force shares with the South West regional unit every month; and Hydra will be delivered to the major crime team over the winter, with a date in December held.",
        ),
        (
            "p",
            "Recommendations 2 and 9 I support too. The force has not done any work on the intelligence document yet, because Wiltshire made only three NCCU referrals last year and the Chief Constable is considering whether a force-wide instruction is proportionate. Forty of the force's officers have completed the four modules; the figure the force thinks it needs is nearer a hundred.",
        ),
        *sign("Rupert Calne", "Police and Crime Commissioner for Wiltshire and Swindon"),
        ("footer", "OPCC Wiltshire and Swindon"),
    ],
)

add(
    "tuneset7-16",
    "two_in_one_paragraph",
    "pdf",
    "Suffolk Constabulary",
    "Suffolk Police and Crime Commissioner",
    ("Cressida Orford", "Police and Crime Commissioner for Suffolk"),
    "2025-07-02",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "planned"),
        item("8", "partially_agree", "not_started", cc="partially_agree"),
        item("9", "partially_agree", ["implemented", "in_progress"], cc="partially_agree"),
    ],
    [
        *top(
            ["Suffolk Police and Crime Commissioner", "Police Headquarters, Martlesham Heath, Ipswich, IP5 3QS"],
            "2 July 2025",
            "Dear Sir Andy,",
            f"Response to HMICFRS report '{OIC_TITLE}'",
        ),
        (
            "p",
            "I accept recommendations 2 and 4 in full. The first was met before the inspection began: the Port of Felixstowe policing team has submitted the intelligence document with every referral since 2022, and the same practice now applies across the force. The second, the plan to collect, analyse and share information, is to be drawn up jointly with Norfolk Constabulary; the two forces have agreed terms of reference, and work begins in August.",
        ),
        (
            "p",
            "Recommendations 8 and 9 are accepted in part. The Chief Constable agrees that the detectives who lead on organised immigration crime should complete Hydra and the four modules, and I agree with him, but neither of us thinks it right to extend both to the wider group of staff that the report describes. The e-learning has been done by those detectives; Hydra has not, and no date is yet fixed for it.",
        ),
        ("p", "I would be happy to discuss any of this with your team."),
        *sign("Cressida Orford", "Police and Crime Commissioner for Suffolk"),
    ],
)


# ------------------------------------------------------------------------------------------------
# blanket (7)

add(
    "tuneset7-17",
    "blanket",
    "txt",
    "Durham Constabulary",
    "Durham Police and Crime Commissioner",
    ("Anthea Brancepeth", "Police and Crime Commissioner for County Durham and Darlington"),
    "2025-06-18",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "in_progress"),
        item("8", "accept", "not_stated"),
        item("9", "accept", "not_stated"),
    ],
    [
        *top(
            ["Durham Police and Crime Commissioner", "Aykley Heads, Durham, DH1 5TT"],
            "18 June 2025",
            "Dear Sir Andy,",
            f"{OIC_TITLE}",
        ),
        ("p", "I accept all four recommendations made to chief constables in this report."),
        (
            "p",
            "The force has already acted on the first of them: since May, every referral Durham officers have made to the NCCU has had the intelligence document with it. Its collection plan for organised immigration crime is being drafted by the intelligence team at Aykley Heads.",
        ),
        (
            "p",
            "I shall ask the Chief Constable for an account of the force's approach to the Hydra and e-learning recommendations at my October scrutiny board, and I will publish the minutes.",
        ),
        *sign("Anthea Brancepeth", "Police and Crime Commissioner for County Durham and Darlington"),
    ],
)

add(
    "tuneset7-18",
    "blanket",
    "txt",
    "Cambridgeshire Constabulary",
    "Cambridgeshire Police and Crime Commissioner",
    (
        "Neville Gransden",
        "Chief Executive, Office of the Police and Crime Commissioner for Cambridgeshire and Peterborough",
    ),
    None,
    [
        item("2", "support", "implemented"),
        item("4", "support", "not_stated"),
        item("8", "partially_agree", "not_started"),
        item("9", "support", "in_progress"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner for Cambridgeshire and Peterborough",
                "2 Stone Court, Peterborough, PE1 1NG",
            ],
        ),
        ("title", f"Statement in response to the HMICFRS report '{OIC_TITLE}'"),
        (
            "p",
            "The Commissioner supports each of the recommendations the report directs to chief constables and is content with the force's plans for them, with one exception.",
        ),
        (
            "p",
            "On recommendation 8 the Commissioner's support is qualified. The force estimates that putting all relevant personnel through Hydra would cost around £60,000 in overtime and backfill, and the Commissioner has told the Chief Constable that she expects the training to be limited to the major crime and intelligence teams unless further national funding is found.",
        ),
        (
            "p",
            "The force tells the Commissioner that the intelligence document was added to its referral policy in March 2025, and that 55 of the 70 relevant officers have now completed the e-learning. No Hydra training has yet taken place. A collection and sharing plan for organised immigration crime is being taken forward by the Eastern Region Special Operations Unit for all the region's forces.",
        ),
        *sign(
            "Neville Gransden",
            "Chief Executive, Office of the Police and Crime Commissioner for Cambridgeshire and Peterborough",
            close="Issued on behalf of the Police and Crime Commissioner by",
        ),
    ],
)

add(
    "tuneset7-19",
    "blanket",
    "docx",
    "Leicestershire Police",
    "Leicestershire Police and Crime Commissioner",
    ("Ravinder Sileby", "Police and Crime Commissioner for Leicestershire, Leicester and Rutland"),
    "2025-07-31",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "support", "not_started", cc="accept"),
        item("8", "support", "implemented", cc="accept"),
        item("9", "support", "planned", cc="accept"),
    ],
    [
        *top(
            [
                "Office of the Police and Crime Commissioner for Leicestershire",
                "Force Headquarters, St Johns, Enderby, LE19 2BX",
            ],
            "31 July 2025",
            "Dear Sir Andy,",
            f"{OIC_TITLE} – response from the PCC for Leicestershire, Leicester and Rutland",
        ),
        (
            "p",
            "Leicestershire Police has accepted all four recommendations made to chief constables, and I support that. The force's progress against each is summarised below.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "A review of the referral process began in July and is about two-thirds done; the intelligence document will be built into the revised process.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "There is no plan yet. The force's view is that it should wait until the strategic assessment is refreshed in 2026. I do not accept that: the report's deadline is December 2025, and I have asked the Chief Constable to meet it.",
        ),
        ("heading", "Recommendation 8"),
        ("p", "Completed in June by all 16 officers identified as relevant."),
        ("heading", "Recommendation 9"),
        ("p", "The modules will be mandated for the same officers by the end of October."),
        *sign("Ravinder Sileby", "Police and Crime Commissioner for Leicestershire, Leicester and Rutland"),
    ],
    late=True,
)

add(
    "tuneset7-20",
    "blanket",
    "docx",
    "Dyfed-Powys Police",
    "Dyfed-Powys Police and Crime Commissioner",
    ("Carwyn Llewellyn-Bowen", "Police and Crime Commissioner for Dyfed-Powys"),
    "2025-07-08",
    [
        item("2", "agree", "implemented", cc="accept"),
        item("4", "agree", "in_progress", cc="accept"),
        item("8", "agree", "not_started", cc="accept"),
        item("9", "note", "in_progress", cc="partially_agree"),
    ],
    [
        *top(
            [
                "Swyddfa Comisiynydd yr Heddlu a Throseddu Dyfed-Powys",
                "Office of the Police and Crime Commissioner for Dyfed-Powys",
                "PO Box 99, Llangunnor, Carmarthen, SA31 2PF",
            ],
            "8 July 2025",
            "Dear Sir Andy,",
            f"HMICFRS: {OIC_TITLE}",
        ),
        (
            "p",
            "I agree with the recommendations. The Chief Constable has accepted recommendations 2, 4 and 8 and has accepted recommendation 9 in part.",
        ),
        (
            "p",
            "Recommendation 9 is the exception to what I said above. I note it, but it is for the Chief Constable to decide which of her staff take which courses, and I do not intend to take a view.",
        ),
        (
            "p",
            "On progress: the intelligence document goes with every referral from Fishguard and Pembroke Dock, and a force audit in June confirmed this. A collection plan is being written with the Tarian regional unit. Hydra remains unscheduled. The e-learning has been piloted with the Milford Haven port team, and the force will decide in September how widely to extend it.",
        ),
        *sign("Carwyn Llewellyn-Bowen", "Police and Crime Commissioner for Dyfed-Powys", close="Yn gywir,"),
    ],
)

add(
    "tuneset7-21",
    "blanket",
    "html",
    "Hampshire and Isle of Wight Constabulary",
    "Hampshire and Isle of Wight Police and Crime Commissioner",
    ("Selina Hamble", "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
    "2025-06-12",
    [
        item("2", "support", "implemented"),
        item("4", "support", "implemented"),
        item("8", "support", "not_stated"),
        item("9", "support", "not_stated"),
    ],
    [
        ("letterhead", ["Hampshire and Isle of Wight Police and Crime Commissioner", "News"]),
        ("date", "12 June 2025"),
        ("title", "Commissioner backs inspectorate's call to improve the response to organised immigration crime"),
        (
            "p",
            f"The Police and Crime Commissioner for Hampshire and the Isle of Wight, Selina Hamble, has published her response to the HMICFRS report '{OIC_TITLE}'. She supports all the recommendations in the report that are addressed to chief constables.",
        ),
        (
            "quote",
            "With the ports of Portsmouth and Southampton and miles of coastline, we cannot afford to treat this as somebody else's problem. I am pleased the Constabulary is already ahead on much of what the inspectorate asks.",
        ),
        (
            "p",
            "The Constabulary told the Commissioner that it already meets two of the four recommendations, those on NCCU referrals and on collection plans. She has asked the Chief Constable for a fuller account of the force's intentions on the other two, Hydra and the e-learning, by the autumn.",
        ),
        ("p", "The full response, as sent to His Majesty's Chief Inspector of Constabulary, is reproduced below."),
        (
            "p",
            "Dear Sir Andy, I write to confirm that I support the recommendations made to chief constables in your report.",
        ),
        *sign("Selina Hamble", "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
    ],
)

add(
    "tuneset7-22",
    "blanket",
    "html",
    "Metropolitan Police Service",
    "Mayor's Office for Policing And Crime (MOPAC)",
    ("Adaeze Whitcombe", "Deputy Mayor for Policing and Crime"),
    "2025-07-25",
    [
        item("2", "partially_agree", "in_progress", cc="accept"),
        item("4", "accept", "implemented", cc="accept"),
        item("8", "accept", "in_progress", cc="accept"),
        item("9", "accept", "not_started", cc="accept"),
    ],
    [
        *top(
            ["Mayor's Office for Policing And Crime", "City Hall, Kamal Chunchie Way, London, E16 1ZE"],
            "25 July 2025",
            "Dear Sir Andy,",
            f"MOPAC response: {OIC_TITLE}",
        ),
        (
            "p",
            "MOPAC accepts the recommendations made to chief constables in this report, and the Metropolitan Police Service has likewise accepted all four. MOPAC's acceptance of recommendation 2 comes with a reservation, which I explain below.",
        ),
        (
            "p",
            "The Met makes more NCCU referrals than any other force, and I am not yet convinced that a separate intelligence document for each one is the best use of officers' time when much of the same information is captured in the custody record. I have asked the Met to test whether the requirement can be met automatically, and it is now trialling that in two Basic Command Units.",
        ),
        (
            "p",
            "The Met's organised immigration crime collection plan was refreshed in March 2025 and is shared with the National Crime Agency every quarter. Hydra has been delivered to 300 detectives in Specialist Crime, and delivery to BCU investigators starts in January 2026. The Met has decided to wait for the College of Policing's revised e-learning package before rolling it out, and it does not yet have a start date.",
        ),
        ("p", "MOPAC will oversee this work through the London Policing Board."),
        *sign("Adaeze Whitcombe", "Deputy Mayor for Policing and Crime"),
    ],
    late=True,
)

add(
    "tuneset7-23",
    "blanket",
    "pdf",
    "Lincolnshire Police",
    "Lincolnshire Police and Crime Commissioner",
    ("Walter Brigg", "Police and Crime Commissioner for Lincolnshire"),
    "2025-06-26",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "not_started", cc="accept"),
        item("8", "disagree", "planned", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        *top(
            ["Lincolnshire Police and Crime Commissioner", "Deepdale Lane, Nettleham, Lincoln, LN2 2LT"],
            "26 June 2025",
            "Dear Sir Andy,",
            f"Lincolnshire PCC response to {OIC_TITLE}",
        ),
        ("p", "I endorse the report's recommendations to chief constables, with one exception."),
        (
            "p",
            "I do not agree with recommendation 8. Lincolnshire Police has run its own organised immigration crime exercise, built with the Humber and the Wash ports in mind, for three years, and I see no advantage in replacing it with Hydra. The Chief Constable has accepted all four recommendations, including this one, and will send four senior investigators on a Hydra course in the new year.",
        ),
        (
            "p",
            "The intelligence document requirement has been in force policy since 2023. A plan to collect, analyse and share information is one of the actions in the force's Serious and Organised Crime Strategy 2025–28, although work on it has not yet started. The e-learning modules were made mandatory for the Boston and Spalding neighbourhood teams in April, and completion is at 70 per cent.",
        ),
        *sign("Walter Brigg", "Police and Crime Commissioner for Lincolnshire"),
        ("footer", "Lincolnshire PCC"),
    ],
)


# ------------------------------------------------------------------------------------------------
# mixed_stances (7)

add(
    "tuneset7-24",
    "mixed_stances",
    "txt",
    "Northumbria Police",
    "Northumbria Police and Crime Commissioner",
    ("Jocelyn Hexham", "Police and Crime Commissioner for Northumbria"),
    "2025-07-04",
    [
        item("2", "accept", "implemented"),
        item("4", "agree", "not_started"),
        item("8", "note", "not_stated"),
        item("9", ["partially_agree", "disagree"], "in_progress"),
    ],
    [
        *top(
            [
                "Northumbria Police and Crime Commissioner",
                "2nd Floor, Victory House, Balliol Business Park, Newcastle upon Tyne, NE12 8EW",
            ],
            "4 July 2025",
            "Dear Sir Andy,",
            f"{OIC_TITLE}: Northumbria PCC response",
        ),
        (
            "p",
            "The intelligence document has been part of every NCCU referral from Northumbria since January, when the force changed its referral form. I accept recommendation 2 and am satisfied that it has been met.",
        ),
        (
            "p",
            "Work on an information plan has not started, and will not start until the regional organised crime unit has finished its own assessment of the threat in the North East, which is expected in the new year. I agree with recommendation 4, but I think the force is right to wait.",
        ),
        (
            "p",
            "On Hydra, I note the recommendation. The national unit has told forces that it will publish a new version of the exercise in 2026.",
        ),
        (
            "p",
            "The e-learning is a different matter. I do not agree that all relevant personnel should complete all four modules, since the first two cover ground our officers already know. With my agreement, the force is asking staff to complete modules three and four only, and it has begun doing so.",
        ),
        *sign("Jocelyn Hexham", "Police and Crime Commissioner for Northumbria"),
    ],
)

add(
    "tuneset7-25",
    "mixed_stances",
    "txt",
    "Devon and Cornwall Police",
    "Devon and Cornwall Police and Crime Commissioner",
    ("Morwenna Trevail", "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
    "2025-08-05",
    [
        item("2", "accept", ["implemented", "in_progress"]),
        item("4", "accept", "in_progress", by="chief_constable"),
        item("8", "support", "planned", cc="accept"),
        item("9", "agree", "not_started", cc="disagree"),
    ],
    [
        *top(
            [
                "Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly",
                "Andy Hocking House, Alderson Drive, Exeter, EX2 7RP",
            ],
            "5 August 2025",
            "Dear Sir Andy,",
            f"Late response: {OIC_TITLE}",
        ),
        (
            "p",
            "Please accept my apologies for the lateness of this response, which is due to a change of staff in my office over the summer.",
        ),
        (
            "p",
            "Recommendation 2. The force tells me that it is compliant. I am less sure: my office's own dip sample in July found the document missing in two of twelve cases. I accept the recommendation and have asked for a further audit.",
        ),
        (
            "p",
            "Recommendation 4. This is for the Chief Constable, who has accepted it, and I defer to her judgement on how the plan is drawn up. Drafting is under way.",
        ),
        (
            "p",
            "Recommendation 8. Accepted by the force. I support it, and in my view it should go further and include the marine unit at Falmouth. A course is booked for November.",
        ),
        (
            "p",
            "Recommendation 9. Not accepted. The Chief Constable considers the four modules too long for the benefit they offer and intends to write to the College of Policing. I have some sympathy with that view, but I do not share it: I think the recommendation is right, and I have asked her to reconsider. Nothing has been done on it so far.",
        ),
        *sign("Morwenna Trevail", "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
    ],
    late=True,
)

add(
    "tuneset7-26",
    "mixed_stances",
    "txt",
    "Gwent Police",
    "Gwent Police and Crime Commissioner",
    ("Branwen Caerleon", "Police and Crime Commissioner for Gwent"),
    "2025-06-16",
    [
        item("2", "agree", "implemented"),
        item("4", "partially_agree", "in_progress"),
        item("8", "disagree", "planned"),
        item("9", "agree", "not_stated"),
    ],
    [
        *top(
            [
                "Office of the Police and Crime Commissioner for Gwent",
                "Police Headquarters, Llantarnam, Cwmbran, NP44 3FW",
            ],
            "16/06/2025",
            "Dear Sir Andy,",
            f"{OIC_TITLE}",
        ),
        ("p", "My response to each of the recommendations addressed to chief constables is as follows."),
        ("p", "2 – Agreed. Complete; the referral guidance changed in March."),
        (
            "p",
            "4 – Agreed in principle. Gwent does not have the analytical capacity for a standalone plan for organised immigration crime, so the force is folding it into its wider serious and organised crime collection plan, which is being revised over the summer. I prefer that approach to the one the report proposes.",
        ),
        (
            "p",
            "8 – Not supported. Gwent already trains its major crime team through the regional Tarian programme, and I see no case for Hydra on top of it. The force has nonetheless nominated eight officers and is awaiting course dates from the national unit.",
        ),
        ("p", "9 – Agreed. I will review progress at my January performance meeting."),
        *sign("Branwen Caerleon", "Police and Crime Commissioner for Gwent", close="Yours faithfully,"),
    ],
)

add(
    "tuneset7-27",
    "mixed_stances",
    "docx",
    "Warwickshire Police",
    "Warwickshire Police and Crime Commissioner",
    ("Edmund Kineton", "Warwickshire Police and Crime Commissioner"),
    "2025-07-09",
    [
        item("2", "support", "in_progress"),
        item("4", "partially_agree", "planned"),
        item("8", "note", "implemented"),
        item("9", "disagree", "in_progress", cc="accept"),
    ],
    [
        *top(
            ["Warwickshire Police and Crime Commissioner", "3 Northgate Street, Warwick, CV34 4SP"],
            "9 July 2025",
            "Dear Sir Andy,",
            f"Response to {OIC_TITLE}",
        ),
        (
            "p",
            "I can confirm my full support for recommendation 2. The force piloted a revised referral form in the Nuneaton and Bedworth area from April and is now rolling it out across the county.",
        ),
        (
            "p",
            "Recommendation 4 I accept with reservations. Warwickshire is a small force without a dedicated organised immigration crime analyst, and any plan will depend on help from the regional organised crime unit. The force has committed to having a plan agreed by 31 December 2025.",
        ),
        (
            "p",
            "I acknowledge recommendation 8. Hydra was delivered to the force's two senior investigating officers in February, which the force considers meets it.",
        ),
        (
            "p",
            "Recommendation 9 I do not support. Officers have already lost too many hours to mandatory e-learning this year, and I would rather that time went on patrol. The Chief Constable has accepted it nonetheless, and the modules were assigned to 95 officers last week.",
        ),
        *sign("Edmund Kineton", "Warwickshire Police and Crime Commissioner"),
    ],
)

add(
    "tuneset7-28",
    "mixed_stances",
    "docx",
    "Northamptonshire Police",
    "Northamptonshire Police, Fire and Crime Commissioner",
    ("Felicity Oundle", "Police, Fire and Crime Commissioner for Northamptonshire"),
    "2025-07-10",
    [
        item("2", "agree", "implemented"),
        item("4", "partially_agree", "in_progress", cc="partially_agree"),
        item("8", None, "not_started"),
    ],
    [
        *top(
            [
                "Office of the Northamptonshire Police, Fire and Crime Commissioner",
                "Darby House, Darby Close, Park Farm Industrial Estate, Wellingborough, NN8 6GS",
            ],
            "10 July 2025",
            "Dear Sir Andy,",
            f"{OIC_TITLE} – response of the Northamptonshire Commissioner",
        ),
        (
            "p",
            "Northamptonshire Police has told me that the intelligence document is submitted with each NCCU referral, a practice the force adopted in 2024. I share the inspectorate's view on the importance of this.",
        ),
        (
            "p",
            "On recommendation 4 the force is more cautious. It accepts the need for a plan but doubts that information can be shared with partners as freely as the report suggests, given data protection rules, and it has accepted the recommendation in part. I take the same view. A first version covering collection and analysis, but not sharing, is due to be finished in October; work on it has begun.",
        ),
        (
            "p",
            "I have no view on which personnel should attend Hydra, which is an operational matter for the Chief Constable. I understand that none have attended to date and that the force has paused its nominations while it reviews training budgets.",
        ),
        *sign("Felicity Oundle", "Police, Fire and Crime Commissioner for Northamptonshire"),
    ],
    unanswered=["9"],
)

add(
    "tuneset7-29",
    "mixed_stances",
    "html",
    "Surrey Police",
    "Surrey Police and Crime Commissioner",
    ("Henrietta Godalming", "Police and Crime Commissioner for Surrey"),
    "2025-06-23",
    [
        item("2", "accept", "in_progress"),
        item("4", "partially_agree", "planned"),
        item("8", "note", "not_stated"),
        item("9", "support", "not_started", cc="disagree"),
    ],
    [
        *top(
            ["Surrey Police and Crime Commissioner", "PO Box 412, Guildford, GU3 1YJ"],
            "23 June 2025",
            "Dear Sir Andy,",
            f"Surrey PCC response: {OIC_TITLE}",
        ),
        ("p", "My response to each recommendation made to chief constables is below."),
        (
            "accordion",
            [
                (
                    "Recommendation 2 – NCCU referrals",
                    "Surrey Police currently submits the intelligence document for roughly 60 per cent of its referrals. The force has set a target of all referrals by March 2026 and is training control room staff to prompt officers. I accept the recommendation.",
                ),
                (
                    "Recommendation 4 – information plans",
                    "A joint Surrey and Sussex plan already exists for serious and organised crime, and organised immigration crime will be added to it as a chapter when it is reviewed next spring. I am not convinced a separate plan is needed, and for that reason I only partly agree with the recommendation.",
                ),
                (
                    "Recommendation 8 – Hydra",
                    "Hydra is a matter for the Modern Slavery and Organised Immigration Crime Unit, which is revising the exercise for 2026. I note the recommendation.",
                ),
                (
                    "Recommendation 9 – e-learning",
                    "Here I differ from the Chief Constable. He has not accepted the recommendation, because the modules are not yet available on the force's learning system. I support it: I believe they should be made available, and I have offered funding from my budget to make that happen. Nothing has yet been done.",
                ),
            ],
        ),
        *sign("Henrietta Godalming", "Police and Crime Commissioner for Surrey"),
    ],
)

add(
    "tuneset7-30",
    "mixed_stances",
    "html",
    "North Yorkshire Police",
    "Mayor of York and North Yorkshire",
    ("Annabel Thirsk", "Deputy Mayor for Policing, Fire and Crime, York and North Yorkshire"),
    "2025-07-11",
    [
        item("2", "accept", "implemented"),
        item("4", ["partially_agree", "agree"], "planned", cc="partially_agree"),
        item("8", "support", "in_progress"),
        item("9", None, ["in_progress", "not_started"]),
    ],
    [
        *top(
            [
                "York and North Yorkshire Combined Authority",
                "Policing, Fire and Crime",
                "West Offices, Station Rise, York, YO1 6GA",
            ],
            "11 July 2025",
            "Dear Sir Andy,",
            f"{OIC_TITLE}: response on behalf of the Mayor of York and North Yorkshire",
        ),
        (
            "p",
            "I write as Deputy Mayor for Policing, Fire and Crime, on behalf of the Mayor, in response to your report.",
        ),
        (
            "p",
            "North Yorkshire Police began including the intelligence document in its NCCU referrals last summer and now does so every time. The Mayor and I accept recommendation 2.",
        ),
        (
            "p",
            "A collection plan is planned for the 2026/27 control strategy. The force has not accepted recommendation 4's deadline of December 2025, arguing that the plan should be aligned with its strategic assessment, but it accepts the rest of the recommendation. I agree with the force.",
        ),
        (
            "p",
            "Twenty-two of the 40 officers the force has identified have completed Hydra so far. I support recommendation 8.",
        ),
        (
            "p",
            "On recommendation 9 I have no stance to offer. The College of Policing has withdrawn the e-learning package for updating; the force had assigned it to around a third of its investigators before the withdrawal and will resume when the package returns.",
        ),
        *sign("Annabel Thirsk", "Deputy Mayor for Policing, Fire and Crime, York and North Yorkshire"),
    ],
    late=True,
)


def main() -> None:
    about = (
        "A tuning set of 30 letters about the organised immigration crime report, written by hand (names invented; "
        "forces and bodies are real names used as senders of synthetic letters, none the seeds'), for tuning the "
        "hardest forms: response tables with force and commissioner columns, two findings answered in one paragraph, "
        "blanket stances with differing detail, mixed stances. Same schema as tests/ingest/sealed/truth.json; split "
        "'tuneset7'. Late: after 10 July 2025 (56 days counted from publication on 16 May 2025 as day 1)."
    )
    corpus.write_set(HERE, about, ((blocks, truth) for truth, blocks in LETTERS))


if __name__ == "__main__":
    main()
