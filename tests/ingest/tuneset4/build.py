"""Build the fourth tuning set: ``letters/`` and ``truth.json``, reproducibly.

    .venv/bin/python tests/ingest/tuneset4/build.py

Thirty response letters written by hand on 30 November 2026 (names invented), weighted towards what is
hardest to read: DOCX and PDF response tables with the force's update, a status or RAG column and the
commissioner's comment side by side, dates printed in many forms and places, areas with long official
names, and prose whose claimed statuses are said in unusual but natural ways. Each letter's truth is
written beside it by hand, not derived from how it was built. It is for tuning: its misses are read.

Only the TXT, DOCX and PDF renderers are shared with the corpus builder; the HTML page is drawn here.
"""

from __future__ import annotations

import html
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
sys.path.insert(0, str(CORPUS))

import build as corpus  # noqa: E402

OIC_TITLE = "Improving the response to organised immigration crime"
SOC_TITLE = "An inspection of the Yorkshire and Humber regional response to serious and organised crime"
REC = {k: corpus.FINDINGS[k] for k in ("oic:2", "oic:4", "oic:8", "oic:9", "soc:1", "soc:2")}
HMI = ["His Majesty's Chief Inspector of Constabulary", "HMICFRS", "Globe House", "89 Eccleston Square", "London"]
HMI_SHORT = ["HM Chief Inspector of Constabulary", "HMICFRS", "By email"]

Blocks = list[tuple[str, Any]]
Truth = dict[str, Any]


item = corpus.item


def _truth(
    id: str,
    kind: str,
    fmt: str,
    force: str,
    org: str,
    author: tuple[str, str],
    date: str | None,
    items: list[dict[str, Any]],
    *,
    report: str = "oic-2025",
    late: bool = False,
    unanswered: list[str] | None = None,
) -> Truth:
    return {
        "id": id,
        "file": f"{id}.{fmt}",
        "kind": kind,
        "format": fmt,
        "report": report,
        "report_title_in_letter": OIC_TITLE if report == "oic-2025" else SOC_TITLE,
        "force": force,
        "organisation": org,
        "author": {"name": author[0], "role": author[1]},
        "date": date,
        "late": late,
        "items": items,
        "unanswered": unanswered or [],
        "run_with_report": None,
        "split": "tuneset4",
    }


LETTERS: list[tuple[Callable[[], Blocks], Truth]] = []


def letter(truth: Truth) -> Callable[[Callable[[], Blocks]], Callable[[], Blocks]]:
    def register(make: Callable[[], Blocks]) -> Callable[[], Blocks]:
        LETTERS.append((make, truth))
        return make

    return register


# ------------------------------------------------------------------------------------------------
# Response tables: force update, status/RAG, commissioner's comment side by side (10)


@letter(
    _truth(
        "ts4-01",
        "table_pdf",
        "pdf",
        "Devon and Cornwall Police",
        "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly",
        ("Morwenna Tregear", "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
        "2025-07-08",
        [
            item("2", "note", "implemented", cc="accept"),
            item("4", "note", "in_progress", cc="accept"),
            item("8", "support", "in_progress", cc="accept"),
            item("9", "support", "planned", cc="accept"),
        ],
    )
)
def _devon() -> Blocks:
    return [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly",
                "Andy Hocking House, Alderson Drive, Exeter EX2 7RP",
            ],
        ),
        ("address", HMI),
        ("date", "8th July 2025"),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Response to the HMICFRS report: {OIC_TITLE}"),
        (
            "para",
            "Our force covers the largest geographic area of any in England, with a long coastline and many small "
            "harbours, so the report's findings on small boat and lorry crossings matter here. I set out below the "
            "Chief Constable's update against each recommendation made to chief constables, and my comment on each.",
        ),
        (
            "table",
            [
                ["Recommendation", "Force update", "RAG", "PCC comment"],
                [
                    REC["oic:2"],
                    "Accepted. Since 2 June 2025 the Force Control Room has routed every referral to the National "
                    "Command and Control Unit through a single intelligence desk. The desk will not close a referral "
                    "until the intelligence submission is attached, and a weekly dip sample by the Intelligence "
                    "Bureau has found full compliance in each of the five weeks since the change. The process is "
                    "written into the control room manual and into the induction of new call handlers.",
                    "Green – complete",
                    "Noted.",
                ],
                [
                    REC["oic:4"],
                    "Accepted. A draft organised immigration crime intelligence collection plan has been written by "
                    "the Serious and Organised Crime Partnership analyst and is out for consultation with the ports "
                    "team, Border Force and both local authorities' community safety partnerships. Sign-off at the "
                    "Force Tactical Tasking and Coordination Group is expected in October; the information sharing "
                    "agreements with the two port authorities are being renegotiated alongside it.",
                    "Amber: on track for October",
                    "Noted. I have asked for sight of the plan once it has been signed off.",
                ],
                [
                    REC["oic:8"],
                    "Accepted. 212 of the 340 officers and staff we have identified as relevant have completed Hydra; "
                    "the remainder are booked onto sessions at Middlemoor and Bodmin over the summer. Neighbourhood "
                    "teams on the Isles of Scilly will be trained remotely.",
                    "Amber",
                    "Supported.",
                ],
                [
                    REC["oic:9"],
                    "Accepted. The e-learning modules will be assigned through the learning management system once "
                    "the Hydra programme ends in September, so the two do not compete for abstraction during the "
                    "summer tourist season.",
                    "Amber – scheduled Sept 2025",
                    "Supported. I will follow progress at my quarterly accountability board.",
                ],
            ],
        ),
        ("para", "I am content that this response can be published on my website alongside the report."),
        ("closing", "Yours sincerely,"),
        (
            "sign",
            ["Morwenna Tregear", "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"],
        ),
        ("footer", "OPCC Devon, Cornwall and the Isles of Scilly | Official"),
    ]


@letter(
    _truth(
        "ts4-02",
        "table_pdf",
        "pdf",
        "Cambridgeshire Constabulary",
        "Police and Crime Commissioner for Cambridgeshire and Peterborough",
        ("Priya Lakhani-Ward", "Police and Crime Commissioner for Cambridgeshire and Peterborough"),
        "2025-07-03",
        [
            item("2", "support", "in_progress", cc="accept"),
            item("4", "support", "implemented", cc="accept"),
            item("8", "support", "not_started", cc="accept"),
            item("9", "support", "not_started", cc="accept"),
        ],
    )
)
def _cambs() -> Blocks:
    long_8 = (
        "The force accepts this recommendation. No Hydra sessions have yet been run in Cambridgeshire: the "
        "regional training centre which would host the immersive suite is closed for refurbishment until "
        "January 2026, and the Modern Slavery and Organised Immigration Crime Unit has not yet confirmed an "
        "alternative venue. The learning and development team has drawn up a list of the roles which should "
        "attend, including the detective sergeants in the Peterborough Safeguarding Hub, custody inspectors "
        "and the rural crime team, whose work on seasonal agricultural labour brings them into contact with "
        "exploitation. Nothing can be booked until a venue is agreed."
    )
    long_9 = (
        "The force accepts this recommendation. The e-learning modules have not yet been published to the "
        "force's learning platform because the College of Policing has told forces that a revised version is "
        "due. The force does not want staff to complete a package that is about to be replaced, and has chosen "
        "to wait for the revision rather than start now. When it arrives, modules will be assigned by role."
    )
    return [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner for Cambridgeshire and Peterborough",
                "2nd Floor, Stanton House, Huntingdon PE29 6XL",
            ],
        ),
        ("date", "03/07/2025"),
        ("address", HMI),
        ("salutation", "Dear HM Chief Inspector,"),
        ("title", f"HMICFRS: {OIC_TITLE} – response under section 55 of the Police Act 1996"),
        (
            "para",
            "Thank you for your report. Peterborough sits on the A1 and East Coast Main Line corridors and sees a "
            "steady flow of people moved through the city for work; the report is timely for us. The table below "
            "gives the Constabulary's update, its own status rating and my comment. I support each of the four "
            "recommendations made to chief constables.",
        ),
        (
            "table",
            [
                ["Recommendation", "Constabulary response", "Status", "Commissioner's comment"],
                [
                    "Recommendation 2",
                    "The force accepts this recommendation. A reminder has gone to all supervisors and the crime "
                    "recording standards team now checks each referral for an attached intelligence document. "
                    "Checks started in June; about two in three referrals met the standard in the first month, "
                    "and the gap is being closed through targeted briefings on each shift pattern.",
                    "In progress",
                    "I support this recommendation and have asked for the monthly compliance figure.",
                ],
                [
                    "Recommendation 4",
                    "The force accepts this recommendation. The organised immigration crime collection plan was "
                    "approved by the Deputy Chief Constable on 19 June 2025 and has been in use since. It names "
                    "the intelligence requirements, the analyst who owns them and the partners we share with.",
                    "Complete – June 2025",
                    "I support this and welcome the speed with which it was done.",
                ],
                ["Recommendation 8", long_8, "Not started", "I support this recommendation."],
                ["Recommendation 9", long_9, "Not started – awaiting national guidance", "Supported."],
            ],
        ),
        (
            "para",
            "I will ask the Chief Constable for a written update on recommendations 8 and 9 at the end of the "
            "year, and I will publish it.",
        ),
        ("closing", "Yours faithfully,"),
        ("sign", ["Priya Lakhani-Ward", "Police and Crime Commissioner for Cambridgeshire and Peterborough"]),
        ("footer", "Cambridgeshire and Peterborough OPCC – OFFICIAL"),
    ]


@letter(
    _truth(
        "ts4-03",
        "table_pdf",
        "pdf",
        "Leicestershire Police",
        "Police and Crime Commissioner for Leicester, Leicestershire and Rutland",
        ("Harjit Bains", "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"),
        "2025-07-10",
        [
            item("2", "note", "implemented", cc="accept"),
            item("4", "note", ["in_progress", "planned"], cc="accept"),
            item("8", "note", "in_progress", cc="accept"),
            item("9", "note", ["implemented", "in_progress"], cc="accept"),
        ],
    )
)
def _leics() -> Blocks:
    filler = (
        " Leicester is a large and diverse city, and the force works closely with community groups who are often "
        "the first to hear of people who have been smuggled into the country and are now being exploited. Their "
        "trust is hard won, and the force is careful that new processes do not deter people from coming forward."
    )
    return [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland",
                "Police Headquarters, St Johns, Enderby, Leicester LE19 2BX",
            ],
        ),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Section 55 response: {OIC_TITLE}"),
        (
            "para",
            "Please find below the response of Leicestershire Police to the recommendations addressed to chief "
            "constables, with my comments. The Chief Constable has accepted all four.",
        ),
        (
            "table",
            [
                ["No.", "Force response", "RAG status", "OPCC comment"],
                [
                    "2",
                    "Accepted. Every referral to the National Command and Control Unit is now accompanied by an "
                    "intelligence submission; the requirement is built into the force's crime recording system, "
                    "which will not let the officer finalise the occurrence without it." + filler,
                    "GREEN",
                    "Noted.",
                ],
                [
                    "4",
                    "Accepted. An information-sharing protocol with the city council's modern slavery team is in "
                    "draft. Once it is signed, the force will build a collection plan around it, probably in the "
                    "new year." + filler,
                    "AMBER",
                    "Noted.",
                ],
                [
                    "8",
                    "Accepted. Hydra sessions began in May. Around half of the detectives in the Serious and "
                    "Organised Crime Unit have now attended; the response inspectors follow in the autumn." + filler,
                    "AMBER",
                    "Noted.",
                ],
                [
                    "9",
                    "Accepted. All four modules were made mandatory for relevant roles in March, and completion "
                    "stood at 97 per cent when this response was written." + filler,
                    "GREEN",
                    "Noted. A good result.",
                ],
            ],
        ),
        ("closing", "Yours sincerely"),
        ("sign", ["Harjit Bains", "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"]),
        ("footer", "OPCC Leicester, Leicestershire and Rutland · 10.07.2025"),
    ]


@letter(
    _truth(
        "ts4-04",
        "table_pdf",
        "pdf",
        "Northamptonshire Police",
        "Northamptonshire Police, Fire and Crime Commissioner",
        ("Daniel Oyelaran", "Police, Fire and Crime Commissioner for Northamptonshire"),
        "2025-07-22",
        [
            item("2", "support", "in_progress", cc="accept"),
            item("4", "support", ["in_progress", "not_started"], cc="accept"),
            item("8", "support", "planned", cc="accept"),
            item("9", "support", "in_progress", cc="accept"),
        ],
        late=True,
    )
)
def _northants() -> Blocks:
    return [
        (
            "letterhead",
            ["Northamptonshire Police, Fire and Crime Commissioner", "Darby House, Darby Close, Wellingborough"],
        ),
        ("address", HMI_SHORT),
        ("date", "22.07.2025"),
        ("salutation", "Dear HMICFRS,"),
        ("title", f"{OIC_TITLE}: response of the Police, Fire and Crime Commissioner"),
        (
            "para",
            "I apologise that this response is later than the statutory 56 days. The new Chief Constable took up "
            "post in June and I wanted his own view of the force's position before I wrote. I am fully supportive of "
            "each recommendation below.",
        ),
        (
            "table",
            [
                ["Recommendation", "Force position and update", "Status", "PFCC comment"],
                [
                    REC["oic:2"],
                    "Accepted. A new intelligence submission template is being tested in the Northern local "
                    "policing area; roll-out across the county follows if the test goes well.",
                    "Being piloted",
                    "Supported.",
                ],
                [
                    REC["oic:4"],
                    "Accepted. Work on a collection plan has been paused while the force restructures its "
                    "intelligence function. No new date has been set.",
                    "Paused",
                    "Supported. I am disappointed that this has stalled and will raise it with the Chief Constable.",
                ],
                [
                    REC["oic:8"],
                    "Accepted. Hydra sessions are booked for November and February.",
                    "Planned",
                    "Supported.",
                ],
                [
                    REC["oic:9"],
                    "Accepted. The modules have been assigned to 180 officers; 64 have finished all four.",
                    "In progress (36%)",
                    "Supported.",
                ],
            ],
        ),
        ("closing", "Kind regards,"),
        ("sign", ["Daniel Oyelaran", "Police, Fire and Crime Commissioner for Northamptonshire"]),
        ("footer", "Northamptonshire Police, Fire and Crime Commissioner"),
    ]


@letter(
    _truth(
        "ts4-05",
        "table_docx",
        "docx",
        "Dyfed-Powys Police",
        "Police and Crime Commissioner for Dyfed-Powys",
        ("Rhiannon Prydderch", "Police and Crime Commissioner for Dyfed-Powys"),
        "2025-06-27",
        [
            item("2", "note", "implemented", cc="accept"),
            item("4", "note", "implemented", cc="accept"),
            item("8", "note", "not_stated", cc="accept"),
            item("9", "note", "in_progress", cc="accept"),
        ],
    )
)
def _dyfed() -> Blocks:
    return [
        (
            "letterhead",
            [
                "Comisiynydd Heddlu a Throseddu Dyfed-Powys",
                "Police and Crime Commissioner for Dyfed-Powys",
                "PO Box 99, Llangunnor, Carmarthen SA31 2PF",
            ],
        ),
        ("date", "27 Mehefin / June 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Response to {OIC_TITLE}"),
        (
            "para",
            "Dyfed-Powys has the ferry ports of Fishguard and Pembroke Dock within it, and the Chief Constable "
            "has given the report careful thought. Her response is set out below; my office has added a short "
            "comment to each line.",
        ),
        (
            "table",
            [
                ["Rec.", "Chief Constable's response", "Status", "Commissioner"],
                [
                    "2",
                    "Accepted. Complete since April: the ports policing unit submits intelligence on every "
                    "referral and this is audited monthly.",
                    "Complete",
                    "Noted",
                ],
                [
                    "4",
                    "Accepted. The collection plan has been signed off and is business as usual.",
                    "Complete – Sept 2025 review date",
                    "Noted",
                ],
                ["8", "Accepted.", "", "Noted"],
                [
                    "9",
                    "Accepted. Modules 1 and 2 are done by most ports staff; modules 3 and 4 are being worked through.",
                    "Ongoing",
                    "Noted",
                ],
            ],
        ),
        ("closing", "Yn gywir / Yours sincerely,"),
        ("sign", ["Rhiannon Prydderch", "Comisiynydd Heddlu a Throseddu / Police and Crime Commissioner"]),
    ]


@letter(
    _truth(
        "ts4-06",
        "table_docx",
        "docx",
        "Greater Manchester Police",
        "Mayor of Greater Manchester",
        ("Lorraine Achebe", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"),
        "2025-07-01",
        [
            item("2", "support", "implemented", cc="accept"),
            item("4", "support", ["in_progress"], cc="accept"),
            item("8", "support", "implemented", cc="accept"),
            item("9", "support", "planned", cc="accept"),
        ],
    )
)
def _gmca() -> Blocks:
    return [
        (
            "letterhead",
            [
                "Greater Manchester Combined Authority",
                "Office of the Deputy Mayor for Policing, Crime, Criminal Justice and Fire",
                "Tootal Buildings, 56 Oxford Street, Manchester M1 6EU",
            ],
        ),
        ("address", HMI),
        ("date", "1st July 2025"),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"GMP response to HMICFRS: {OIC_TITLE}"),
        (
            "para",
            "On behalf of the Mayor, I enclose Greater Manchester Police's response with the Mayor's comments. "
            "The Mayor supports the recommendations; the columns are headed as in our scrutiny papers.",
        ),
        (
            "table",
            [
                ["Recommendation", "Chief Constable", "Progress", "Mayor / Deputy Mayor"],
                [
                    "2. Intelligence document with every NCCU referral",
                    "Accepted. Embedded: compliance has sat above 95% since February.",
                    "Green",
                    "Supported. Good progress.",
                ],
                [
                    "4. Plans to collect, analyse and share OIC information",
                    "Accepted. The plan is half written; the partnership elements with the ten councils are the "
                    "slow part.",
                    "Amber",
                    "Supported.",
                ],
                [
                    "8. Hydra training",
                    "Accepted. All 46 identified staff trained by end of May.",
                    "Complete",
                    "Supported.",
                ],
                [
                    "9. Four e-learning modules",
                    "Accepted. Launch set for Q3 2025/26, after the new learning platform goes live.",
                    "Not yet due",
                    "Supported. We will check completion through the Police and Crime Panel.",
                ],
            ],
        ),
        ("closing", "Yours sincerely,"),
        ("sign", ["Lorraine Achebe", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"]),
    ]


@letter(
    _truth(
        "ts4-07",
        "table_docx",
        "docx",
        "Cheshire Constabulary",
        "Police and Crime Commissioner for Cheshire",
        ("Gareth Mottershead", "Police and Crime Commissioner for Cheshire"),
        "2025-07-04",
        [
            item("2", "note", "in_progress", cc="accept"),
            item("4", "support", "planned", cc="accept"),
            item("8", "note", "implemented", cc="accept"),
            item("9", "support", "not_started", cc="accept"),
        ],
    )
)
def _cheshire() -> Blocks:
    return [
        ("letterhead", ["Cheshire Police and Crime Commissioner", "Clemonds Hey, Oakmere Road, Winsford CW7 2UA"]),
        ("address", HMI),
        ("salutation", "Dear HMICFRS,"),
        ("title", f"Report: {OIC_TITLE}"),
        ("para", "The force's update and my comment on each recommendation are in the table."),
        (
            "table",
            [
                ["Rec", "Force update", "RAG", "PCC comment"],
                [
                    "2",
                    "Accepted. We are part way through retraining front counter and response staff.",
                    "A",
                    "Noted.",
                ],
                [
                    "4",
                    "Accepted. A business case for an analyst post goes to chief officers in January; the plan "
                    "will be written once the post is filled.",
                    "A",
                    "Supported – I will fund the post if the business case is made.",
                ],
                ["8", "Accepted. Done: 58/58 trained.", "G", "Noted."],
                ["9", "Accepted. No work has begun on this yet.", "R", "Supported."],
            ],
        ),
        ("closing", "Yours faithfully,"),
        ("sign", ["Gareth Mottershead", "Police and Crime Commissioner for Cheshire", "Dated: 4th July 2025"]),
    ]


@letter(
    _truth(
        "ts4-08",
        "table_pdf",
        "pdf",
        "West Mercia Police",
        "Police and Crime Commissioner for West Mercia",
        ("Alison Whitcombe", "Police and Crime Commissioner for West Mercia"),
        "2025-07-09",
        [
            item("2", "agree", "implemented", cc="agree"),
            item("4", "agree", "in_progress", cc="agree"),
            item("8", "agree", ["planned", "in_progress"], cc="agree"),
            item("9", "agree", "not_started", cc="agree"),
        ],
    )
)
def _west_mercia() -> Blocks:
    para = (
        "West Mercia is a large, mostly rural force covering Herefordshire, Shropshire, Telford and Wrekin and "
        "Worcestershire. Migrant workers on farms and in food processing are a feature of all four areas."
    )
    return [
        ("letterhead", ["Police and Crime Commissioner for West Mercia", "Hindlip Hall, Worcester WR3 8SP"]),
        ("address", HMI),
        ("date", "9 July 2025"),
        ("salutation", "Dear Sir,"),
        ("title", f"Response to HMICFRS – {OIC_TITLE}"),
        ("para", para),
        (
            "table",
            [
                ["Recommendation", "Force update (June 2025)", "Status", "PCC assurance comment"],
                [
                    REC["oic:2"],
                    "Agreed. The intelligence submission has been mandatory for these referrals since the force "
                    "moved to its new records system in January. Supervisors check it before the occurrence can "
                    "be closed, and the force's audit in May found no referral without one. " + para,
                    "Complete",
                    "I agree with the recommendation and am assured by the audit.",
                ],
                [
                    REC["oic:4"],
                    "Agreed. The force intelligence bureau is drafting the plan, with sections on ports of entry, "
                    "the haulage network along the M5 and M54, and seasonal agricultural work. A first draft is "
                    "with the Head of Intelligence. " + para,
                    "In progress",
                    "Agreed. I will ask for the final plan at my holding-to-account meeting in September.",
                ],
                [
                    REC["oic:8"],
                    "Agreed. A pilot session for the Telford hub ran in June; the wider programme will start in "
                    "September and run to March. " + para,
                    "Pilot complete / wider roll-out planned",
                    "Agreed.",
                ],
                [
                    REC["oic:9"],
                    "Agreed. This has not yet been scheduled: the learning team's capacity goes first to "
                    "mandatory public protection training this year. " + para,
                    "Not started",
                    "Agreed. I am not content with the pace and have said so to the Chief Constable.",
                ],
            ],
        ),
        ("closing", "Yours sincerely,"),
        ("sign", ["Alison Whitcombe", "Police and Crime Commissioner for West Mercia"]),
        ("footer", "West Mercia PCC · Official"),
    ]


@letter(
    _truth(
        "ts4-09",
        "table_docx",
        "docx",
        "Lincolnshire Police",
        "Police and Crime Commissioner for Lincolnshire",
        ("Edmund Haverley", "Police and Crime Commissioner for Lincolnshire"),
        "2025-07-07",
        [
            item("2", "note", "implemented", cc="accept"),
            item("4", "note", "in_progress", cc="accept"),
            item("8", "note", "in_progress", cc="accept"),
            item("9", "note", "planned", cc="accept"),
        ],
    )
)
def _lincs() -> Blocks:
    return [
        ("letterhead", ["Lincolnshire Police and Crime Commissioner", "Deepdale Lane, Nettleham, Lincoln LN2 2LT"]),
        ("address", HMI),
        ("date", "07/07/25"),
        ("salutation", "Dear HM Inspector,"),
        ("title", f"{OIC_TITLE} – Lincolnshire response"),
        (
            "para",
            "The east coast ports of Boston and the Humber approaches, and the county's agricultural economy, give "
            "this report particular relevance. The Chief Constable's position is below; I have no further comment "
            "beyond those in the final column.",
        ),
        (
            "table",
            [
                ["Recommendation", "Chief Constable's response", "Status", "PCC"],
                ["2", "Accepted. Every referral now carries an intelligence log.", "Complete", "Noted"],
                ["4", "Accepted. Collection plan being drafted.", "In progress", "Noted"],
                ["8", "Accepted. 60% of relevant personnel trained.", "In progress", "Noted"],
                ["9", "Accepted. Assignment of modules in Q4.", "Planned", "Noted"],
            ],
        ),
        ("closing", "Yours sincerely"),
        ("sign", ["Edmund Haverley", "Police and Crime Commissioner for Lincolnshire"]),
    ]


@letter(
    _truth(
        "ts4-10",
        "table_docx",
        "docx",
        "Avon and Somerset Police",
        "Police and Crime Commissioner for Avon and Somerset",
        ("Tamsin Okafor", "Police and Crime Commissioner for Avon and Somerset"),
        "2025-07-02",
        [
            item("2", "accept", "implemented", cc="accept"),
            item("4", "accept", "implemented", cc="accept"),
            item("8", "partially_agree", "in_progress", cc="accept"),
            item("9", "accept", "planned", cc="accept"),
        ],
    )
)
def _avon() -> Blocks:
    return [
        (
            "letterhead",
            ["Avon and Somerset Police and Crime Commissioner", "Valley Road, Portishead, Bristol BS20 8JJ"],
        ),
        ("address", HMI),
        ("date", "Wednesday, 2 July 2025"),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Section 55 response – {OIC_TITLE}"),
        (
            "table",
            [
                ["Recommendation", "Force response", "Current status", "Commissioner's response"],
                [
                    "Rec 2 – intelligence document with each NCCU referral",
                    "Accepted. Has been standard practice at Bristol Port since 2023 and was extended force-wide "
                    "in April.",
                    "Completed",
                    "I accept this recommendation and am satisfied it has been met.",
                ],
                [
                    "Rec 4 – collection and sharing plans",
                    "Accepted. The plan sits within the force's modern slavery and OIC control strategy.",
                    "Met",
                    "I accept. I consider this recommendation discharged.",
                ],
                [
                    "Rec 8 – Hydra",
                    "Accepted. Training continues; 140 trained so far.",
                    "On track",
                    "I partly agree. Hydra is valuable, but I question whether every officer on the force's list "
                    "needs the full day, and have asked the force to review it.",
                ],
                [
                    "Rec 9 – e-learning",
                    "Accepted. Will be rolled out next financial year.",
                    "Planned 2026/27",
                    "I accept this recommendation.",
                ],
            ],
        ),
        ("closing", "With best wishes,"),
        ("sign", ["Tamsin Okafor", "Police and Crime Commissioner for Avon and Somerset"]),
    ]


# ------------------------------------------------------------------------------------------------
# Chief constable's annex (3)


@letter(
    _truth(
        "ts4-11",
        "cc_annex",
        "pdf",
        "Hampshire and Isle of Wight Constabulary",
        "Police and Crime Commissioner for Hampshire and the Isle of Wight",
        ("Felicity Drummond", "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
        "2025-07-04",
        [
            item("2", ["support", "accept"], "in_progress", cc="accept"),
            item("4", ["support", "accept"], "implemented", cc="accept"),
            item("8", ["support", "accept"], "planned", cc="accept"),
            item("9", ["support", "accept"], "in_progress", cc="accept"),
        ],
    )
)
def _hampshire() -> Blocks:
    return [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight",
                "St George's Chambers, St George's Street, Winchester SO23 8AJ",
            ],
        ),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", OIC_TITLE),
        (
            "para",
            "I welcome the report and its four recommendations to chief constables. With Portsmouth and "
            "Southampton docks and the Isle of Wight ferries, the routes the report describes run through our "
            "area. I have appended the Chief Constable's response, which I have discussed with him.",
        ),
        ("closing", "Yours sincerely,"),
        (
            "sign",
            ["Felicity Drummond", "Police and Crime Commissioner for Hampshire and the Isle of Wight", "4th July 2025"],
        ),
        ("heading", "Annex A: Chief Constable's response"),
        ("para", "The Constabulary accepts each of the recommendations made to chief constables."),
        (
            "para",
            "Recommendation 2. Port officers' referrals are already compliant; the wider force is getting there, "
            "with the remaining two districts to move to the new process in August.",
        ),
        (
            "para",
            "Recommendation 4. Our plan to collect, analyse and share OIC information has been live since May and "
            "is reviewed at the monthly serious and organised crime board.",
        ),
        (
            "para",
            "Recommendation 8. We intend to train the identified cohort of 120 by the end of March 2026, once "
            "the MSOIC Unit confirms dates for its regional trainers.",
        ),
        ("para", "Recommendation 9. Modules are assigned; roughly a third of those assigned have finished."),
        ("footer", "OPCC Hampshire and the Isle of Wight"),
    ]


@letter(
    _truth(
        "ts4-12",
        "cc_annex",
        "docx",
        "Norfolk Constabulary",
        "Norfolk Police and Crime Commissioner",
        ("Roland Blakeney", "Police and Crime Commissioner for Norfolk"),
        "2025-06-30",
        [
            item("2", "support", "implemented", cc="accept"),
            item("4", "support", "not_started", cc="accept"),
            item("8", "support", "in_progress", cc="accept"),
            item("9", "support", "in_progress", cc="accept"),
        ],
    )
)
def _norfolk() -> Blocks:
    return [
        (
            "letterhead",
            ["Norfolk Office of the Police and Crime Commissioner", "Jubilee House, Falconers Chase, Wymondham"],
        ),
        ("date", "30th June 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Norfolk response: {OIC_TITLE}"),
        (
            "para",
            "I am fully supportive of the recommendations, and attach the Chief Constable's response as an annex. "
            "Small harbours along the north Norfolk coast and Great Yarmouth's port bring the issues in the report "
            "close to home.",
        ),
        ("closing", "Yours sincerely,"),
        ("sign", ["Roland Blakeney", "Police and Crime Commissioner for Norfolk"]),
        ("heading", "Annex: Response of the Chief Constable of Norfolk Constabulary"),
        (
            "table",
            [
                ["Rec", "Force response", "Owner", "Update"],
                ["2", "Accepted", "Head of Intelligence", "Delivered. In place since March 2025."],
                [
                    "4",
                    "Accepted",
                    "Head of Intelligence",
                    "Not started. Will follow the Eastern Region's joint plan, which has no start date yet.",
                ],
                ["8", "Accepted", "Head of Learning", "Underway – 3 of 6 cohorts trained."],
                ["9", "Accepted", "Head of Learning", "Underway – modules live on the platform since 1 June."],
            ],
        ),
    ]


@letter(
    _truth(
        "ts4-13",
        "cc_annex",
        "html",
        "Durham Constabulary",
        "Police and Crime Commissioner for Durham and Darlington",
        ("Callum Raistrick", "Police and Crime Commissioner for Durham and Darlington"),
        "2025-07-07",
        [
            item("2", "accept", "in_progress", by="chief_constable", cc="accept"),
            item("4", "accept", ["planned", "in_progress"], by="chief_constable", cc="accept"),
            item("8", "accept", "implemented", by="chief_constable", cc="accept"),
            item("9", "accept", "not_stated", by="chief_constable", cc="accept"),
        ],
    )
)
def _durham() -> Blocks:
    return [
        ("published", "Published: 7 July 2025"),
        ("letterhead", ["Police and Crime Commissioner for Durham and Darlington"]),
        ("title", f"PCC response to HMICFRS report: {OIC_TITLE}"),
        ("salutation", "Dear HMICFRS,"),
        (
            "para",
            "Please find my response below. I have read the report and the Chief Constable's response to it, and "
            "I will keep watch on its delivery through my scrutiny meetings with him.",
        ),
        ("closing", "Callum Raistrick"),
        ("sign", ["Police and Crime Commissioner for Durham and Darlington"]),
        ("heading", "Chief Constable's response"),
        (
            "accordion",
            [
                (
                    "Recommendation 2",
                    "Accepted. The process has been rewritten and is in the course of being briefed to staff.",
                ),
                (
                    "Recommendation 4",
                    "Accepted. A collection plan is scheduled for completion by November 2025.",
                ),
                ("Recommendation 8", "Accepted. All relevant officers and staff completed Hydra by 30 June."),
                ("Recommendation 9", "Accepted."),
            ],
        ),
    ]


# ------------------------------------------------------------------------------------------------
# Prose with paraphrasing headings (4), unusual status wording


@letter(
    _truth(
        "ts4-14",
        "paraphrase_headings",
        "txt",
        "Cumbria Constabulary",
        "Cumbria Police, Fire and Crime Commissioner",
        ("Deborah Ashworth", "Police, Fire and Crime Commissioner for Cumbria"),
        "2025-07-05",
        [
            item("2", "accept", "implemented"),
            item("4", "accept", "in_progress"),
            item("8", "accept", "planned"),
            item("9", "accept", "not_started"),
        ],
    )
)
def _cumbria() -> Blocks:
    return [
        (
            "letterhead",
            ["Office of the Police, Fire and Crime Commissioner for Cumbria", "Carleton Hall, Penrith CA10 2AU"],
        ),
        ("date", "5th July 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Re: {OIC_TITLE}"),
        (
            "para",
            "I accept the four recommendations made to chief constables, and set out where the Constabulary stands.",
        ),
        ("heading", "Referrals to the national command unit"),
        (
            "para",
            "No referral leaves the Constabulary now without its intelligence report: the control room will not "
            "accept one otherwise, and that has been the way of things since the spring.",
        ),
        ("heading", "Gathering and sharing what we know"),
        (
            "para",
            "The plan is coming together. The analysts have the structure and most of the content, and what "
            "remains is the sharing with the two unitary councils.",
        ),
        ("heading", "Hydra"),
        ("para", "Dates are in the diary for October, at Carleton Hall, for the thirty or so people who need it."),
        ("heading", "The online modules"),
        ("para", "Nothing has happened on this yet, I am sorry to say; it is behind the Hydra training in the queue."),
        ("closing", "Yours sincerely,"),
        ("sign", ["Deborah Ashworth", "Police, Fire and Crime Commissioner for Cumbria"]),
    ]


@letter(
    _truth(
        "ts4-15",
        "paraphrase_headings",
        "html",
        "Gwent Police",
        "Police and Crime Commissioner for Gwent",
        ("Iwan Llewellyn", "Police and Crime Commissioner for Gwent"),
        "2025-06-24",
        [
            item("2", "support", "in_progress"),
            item("4", "support", "implemented"),
            item("8", "support", "in_progress"),
            item("9", "support", ["planned"]),
        ],
    )
)
def _gwent() -> Blocks:
    return [
        ("letterhead", ["Comisiynydd Heddlu a Throseddu Gwent / Police and Crime Commissioner for Gwent"]),
        ("published", "Published: 24/06/2025"),
        ("title", f"Response to {OIC_TITLE}"),
        ("salutation", "Dear HMICFRS,"),
        ("para", "I support the recommendations in full. This is where Gwent Police has got to."),
        ("heading", "Making every referral count"),
        (
            "para",
            "The force is some way along: the new procedure is live in Newport and is to reach the other four "
            "local authority areas by the end of the summer.",
        ),
        ("heading", "A plan for intelligence on immigration crime"),
        ("para", "This one is done and dusted: the plan was agreed in May and is working well."),
        ("heading", "Training on Hydra"),
        ("para", "Hydra training is happening now, a cohort at a time."),
        ("heading", "E-learning"),
        ("para", "The e-learning is pencilled in for the autumn, after Hydra."),
        ("closing", "Yn gywir,"),
        ("sign", ["Iwan Llewellyn", "Comisiynydd Heddlu a Throseddu Gwent", "Police and Crime Commissioner for Gwent"]),
    ]


@letter(
    _truth(
        "ts4-16",
        "paraphrase_headings",
        "docx",
        "Warwickshire Police",
        "Warwickshire Police and Crime Commissioner",
        ("Nadia Fairbrother", "Police and Crime Commissioner for Warwickshire"),
        "2025-07-09",
        [
            item("2", "agree", "not_started"),
            item("4", "agree", "in_progress"),
            item("8", "agree", "implemented"),
            item("9", "agree", "implemented"),
        ],
    )
)
def _warwickshire() -> Blocks:
    return [
        ("letterhead", ["Warwickshire Police and Crime Commissioner", "3 Northgate Street, Warwick CV34 4SP"]),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"{OIC_TITLE}: my response"),
        (
            "para",
            "Warwickshire is a small force on the motorway spine of the country, and I agree with all four of the "
            "recommendations made to chief constables.",
        ),
        ("heading", "Intelligence with every national referral"),
        (
            "para",
            "The force has yet to make a start here. It is waiting on the regional decision about a shared "
            "intelligence template so as not to build something twice.",
        ),
        ("heading", "Collecting and sharing information"),
        ("para", "A plan is taking shape with West Mercia's intelligence staff, who we share some functions with."),
        ("heading", "Hydra and the online package"),
        (
            "para",
            "Both are behind us. Every officer and member of staff on the list has sat the Hydra exercise, and "
            "the four online modules were finished by the last of them in June.",
        ),
        ("closing", "Yours sincerely,"),
        ("sign", ["Nadia Fairbrother", "Police and Crime Commissioner for Warwickshire", "9.7.2025"]),
    ]


@letter(
    _truth(
        "ts4-17",
        "paraphrase_headings",
        "txt",
        "Suffolk Constabulary",
        "Suffolk Police and Crime Commissioner",
        ("Bernard Kettleburgh", "Police and Crime Commissioner for Suffolk"),
        None,
        [
            item("2", "accept", "in_progress"),
            item("4", "accept", ["not_stated", "planned"]),
            item("8", "accept", "planned"),
            item("9", "accept", "in_progress"),
        ],
    )
)
def _suffolk() -> Blocks:
    return [
        (
            "letterhead",
            ["Suffolk Police and Crime Commissioner", "Police Headquarters, Martlesham Heath, Ipswich IP5 3QS"],
        ),
        ("date", "July 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", OIC_TITLE),
        (
            "para",
            "Felixstowe, the country's largest container port, is in Suffolk, and the Constabulary's response "
            "reflects that. I accept all four recommendations addressed to chief constables.",
        ),
        ("heading", "Intelligence submissions"),
        ("para", "The port team is getting there; the rest of the force is a little further behind."),
        ("heading", "Plans for information"),
        (
            "para",
            "The Constabulary and Norfolk share their intelligence function, and the two forces will answer "
            "this jointly. I will review the joint plan at my accountability and performance panel.",
        ),
        ("heading", "Hydra"),
        ("para", "The first Hydra day will take place in the new year."),
        ("heading", "Online learning"),
        ("para", "Staff are working their way through the modules at their own pace."),
        ("closing", "Yours sincerely,"),
        ("sign", ["Bernard Kettleburgh", "Police and Crime Commissioner for Suffolk"]),
    ]


# ------------------------------------------------------------------------------------------------
# Labels only (2)


@letter(
    _truth(
        "ts4-18",
        "labels_only",
        "html",
        "Kent Police",
        "Kent Police and Crime Commissioner",
        ("Oluwaseun Haddow", "Police and Crime Commissioner for Kent"),
        "2025-07-03",
        [
            item("2", "accept", "implemented", by="chief_constable", cc="accept"),
            item("4", "accept", ["in_progress", "planned"], by="chief_constable", cc="accept"),
            item("8", "accept", "in_progress", by="chief_constable", cc="accept"),
            item("9", "accept", "in_progress", by="chief_constable", cc="accept"),
        ],
    )
)
def _kent() -> Blocks:
    return [
        ("letterhead", ["Kent Police and Crime Commissioner"]),
        ("published", "Published 3rd July 2025"),
        ("title", f"Response to {OIC_TITLE}"),
        ("salutation", "Dear HM Chief Inspector,"),
        (
            "para",
            "Kent faces the small boats crisis more directly than any other county. The Chief Constable has "
            "accepted the recommendations and his updates follow. I will continue to hold him to account for "
            "this work at my Performance and Delivery Board.",
        ),
        ("heading", "Recommendation 2"),
        ("para", "All referrals from Dover and the Channel Tunnel have carried intelligence submissions since 2024."),
        ("heading", "Recommendation 4"),
        ("para", "The Kent and Essex joint serious crime directorate is refreshing its plan this summer."),
        ("heading", "Recommendation 8"),
        ("para", "Over 300 officers have attended Hydra, with about 150 to go."),
        ("heading", "Recommendation 9"),
        ("para", "Completion rates across the modules vary from 40 to 70 per cent, and are climbing."),
        ("closing", "Yours sincerely,"),
        ("sign", ["Oluwaseun Haddow", "Police and Crime Commissioner for Kent"]),
    ]


@letter(
    _truth(
        "ts4-19",
        "labels_only",
        "txt",
        "Staffordshire Police",
        "Staffordshire Commissioner for Police, Fire and Rescue and Crime",
        ("Marcus Blythe", "Staffordshire Commissioner for Police, Fire and Rescue and Crime"),
        "2025-06-19",
        [
            item("2", "support", "planned"),
            item("4", "support", "not_started"),
            item("8", "support", "implemented"),
            item("9", "support", "in_progress"),
        ],
    )
)
def _staffs() -> Blocks:
    return [
        (
            "letterhead",
            [
                "Staffordshire Commissioner for Police, Fire and Rescue and Crime",
                "Block 9, Weston Road, Stafford ST18 0YY",
            ],
        ),
        ("date", "19-06-2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", OIC_TITLE),
        ("para", "I support the recommendations. The force reports as follows."),
        (
            "para",
            "Recommendation 2: the new intelligence form is to go live with the records system upgrade in October.",
        ),
        ("para", "Recommendation 4: not begun; the force is waiting for the national OIC intelligence requirement."),
        ("para", "Recommendation 8: fully delivered in the spring."),
        ("para", "Recommendation 9: in hand, with module 1 done across the board and the rest following."),
        ("closing", "Regards,"),
        ("sign", ["Marcus Blythe", "Staffordshire Commissioner for Police, Fire and Rescue and Crime"]),
    ]


# ------------------------------------------------------------------------------------------------
# Blanket plus detail (3)


@letter(
    _truth(
        "ts4-20",
        "blanket",
        "html",
        "Essex Police",
        "Police, Fire and Crime Commissioner for Essex",
        ("Jennifer Thurrock", "Police, Fire and Crime Commissioner for Essex"),
        "2025-07-10",
        [
            item("2", "support", "implemented"),
            item("4", "support", "not_stated"),
            item("8", "support", "in_progress"),
            item("9", "support", "not_stated"),
        ],
    )
)
def _essex() -> Blocks:
    return [
        ("letterhead", ["Police, Fire and Crime Commissioner for Essex", "Kelvedon Park, London Road, Witham CM8 3HB"]),
        ("date", "10th July 2025"),
        ("title", f"Response to {OIC_TITLE}"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "para",
            "I support every recommendation in this report made to chief constables. Two points of detail: the "
            "force has put an intelligence check on all referrals, which has been routine since the winter; and "
            "Hydra training is under way, with the ports unit finished and the serious crime teams next.",
        ),
        ("closing", "Yours sincerely,"),
        ("sign", ["Jennifer Thurrock", "Police, Fire and Crime Commissioner for Essex"]),
    ]


@letter(
    _truth(
        "ts4-21",
        "blanket",
        "pdf",
        "Nottinghamshire Police",
        "Nottinghamshire Police and Crime Commissioner",
        ("Sunil Radcliffe", "Police and Crime Commissioner for Nottinghamshire"),
        "2025-07-01",
        [
            item("2", "accept", "not_stated", cc="accept"),
            item("4", ["partially_agree"], ["planned", "not_stated"], cc="accept"),
            item("8", "accept", "not_stated", cc="accept"),
            item("9", "accept", "not_stated", cc="accept"),
        ],
    )
)
def _notts() -> Blocks:
    return [
        (
            "letterhead",
            [
                "Nottinghamshire Office of the Police and Crime Commissioner",
                "Arnot Hill House, Arnold, Nottingham NG5 6LU",
            ],
        ),
        ("address", HMI),
        ("salutation", "Dear HMICFRS,"),
        ("title", OIC_TITLE),
        (
            "para",
            "The Chief Constable and I both accept the recommendations made to chief constables. On "
            "recommendation 4 I am less certain: I accept the aim, but I am not convinced every force needs a "
            "plan of its own rather than a regional one, and I have asked the Chief Constable to look at a "
            "regional plan with the East Midlands forces, which he will propose at the next regional board.",
        ),
        ("closing", "Yours sincerely,"),
        ("sign", ["Sunil Radcliffe", "Police and Crime Commissioner for Nottinghamshire"]),
        ("footer", "Nottinghamshire OPCC | 1st July 2025"),
    ]


@letter(
    _truth(
        "ts4-22",
        "blanket",
        "txt",
        "Dorset Police",
        "Dorset Police and Crime Commissioner",
        ("Hugo Pennington", "Police and Crime Commissioner for Dorset"),
        "2025-06-26",
        [
            item("2", "accept", "not_stated", by="chief_constable", cc="accept"),
            item("4", "accept", "not_stated", by="chief_constable", cc="accept"),
            item("8", "accept", "planned", by="chief_constable", cc="accept"),
            item("9", "accept", "planned", by="chief_constable", cc="accept"),
        ],
    )
)
def _dorset() -> Blocks:
    return [
        ("letterhead", ["Dorset Police and Crime Commissioner", "Force Headquarters, Winfrith, Dorchester DT2 8DZ"]),
        ("date", "26/06/2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", OIC_TITLE),
        (
            "para",
            "The Chief Constable has accepted all of the recommendations for chief constables. Poole harbour and "
            "Portland make Dorset a small force with a large coastline. Hydra and the e-learning are to be "
            "delivered together in a single training week for the marine and ports section in February 2026.",
        ),
        ("para", "I will ask for an update at my Police and Crime Panel report in the spring."),
        ("closing", "Yours sincerely,"),
        ("sign", ["Hugo Pennington", "Police and Crime Commissioner for Dorset"]),
    ]


# ------------------------------------------------------------------------------------------------
# Two findings in one paragraph (3)


@letter(
    _truth(
        "ts4-23",
        "two_in_one_paragraph",
        "html",
        "Bedfordshire Police",
        "Bedfordshire Police and Crime Commissioner",
        ("Tariq Mahmood-Lowe", "Police and Crime Commissioner for Bedfordshire"),
        "2025-07-02",
        [
            item("2", "accept", "implemented"),
            item("4", "accept", "in_progress"),
            item("8", "accept", "implemented"),
            item("9", "accept", "planned"),
        ],
    )
)
def _beds() -> Blocks:
    return [
        ("letterhead", ["Bedfordshire Police and Crime Commissioner", "Bridgebury House, Woburn Road, Kempston"]),
        ("published", "Published: 02.07.2025"),
        ("title", f"PCC response: {OIC_TITLE}"),
        ("salutation", "Dear HMICFRS,"),
        ("para", "I accept the four recommendations. Luton airport puts Bedfordshire on the front line."),
        (
            "para",
            "On referrals and on plans for information (recommendations 2 and 4), the first is finished, with "
            "intelligence attached to every referral since March, while the second is in drafting with the "
            "Eastern Region Special Operations Unit.",
        ),
        (
            "para",
            "The Hydra course and the e-learning (recommendations 8 and 9): Hydra has been completed by all who "
            "need it, and the modules will go out to the same group in September.",
        ),
        ("closing", "Yours sincerely,"),
        ("sign", ["Tariq Mahmood-Lowe", "Police and Crime Commissioner for Bedfordshire"]),
    ]


@letter(
    _truth(
        "ts4-24",
        "two_in_one_paragraph",
        "txt",
        "Hertfordshire Constabulary",
        "Hertfordshire Police and Crime Commissioner",
        ("Catherine Royston", "Police and Crime Commissioner for Hertfordshire"),
        "2025-07-08",
        [
            item("2", "support", "in_progress", cc="accept"),
            item("4", "support", "in_progress", cc="accept"),
            item("8", "support", "not_started", cc="accept"),
            item("9", "support", "not_started", cc="accept"),
        ],
    )
)
def _herts() -> Blocks:
    return [
        ("letterhead", ["Hertfordshire Police and Crime Commissioner", "15 Vaughan Road, Harpenden AL5 4GZ"]),
        ("address", HMI),
        ("date", "8 Jul 2025"),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"{OIC_TITLE} – response"),
        (
            "para",
            "The Chief Constable has accepted recommendations 2 and 4, and I support them: the referral process "
            "is being rewritten and the collection plan is being drafted alongside it, both by the same small "
            "team, which should report to me in October.",
        ),
        (
            "para",
            "He has also accepted recommendations 8 and 9, which I support. Neither the Hydra training nor the "
            "e-learning has started; both wait on the Modern Slavery and Organised Immigration Crime Unit's "
            "allocation of places to the Eastern region.",
        ),
        ("closing", "Yours sincerely,"),
        ("sign", ["Catherine Royston", "Police and Crime Commissioner for Hertfordshire"]),
    ]


@letter(
    _truth(
        "ts4-25",
        "two_in_one_paragraph",
        "html",
        "Gloucestershire Constabulary",
        "Police and Crime Commissioner for Gloucestershire",
        ("Imogen Severn", "Police and Crime Commissioner for Gloucestershire"),
        "2025-07-11",
        [
            item("2", "note", "implemented", cc="accept"),
            item("4", "note", "implemented", cc="accept"),
            item("8", "note", "in_progress", cc="accept"),
            item("9", "note", "in_progress", cc="accept"),
        ],
        late=True,
    )
)
def _glos() -> Blocks:
    return [
        ("letterhead", ["Office of the Police and Crime Commissioner for Gloucestershire", "Cheltenham GL51 6QH"]),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", OIC_TITLE),
        (
            "para",
            "I have noted the report. The Chief Constable accepts recommendations 2 and 4, both of which the "
            "Constabulary considers closed: the intelligence requirement and the collection plan have been in "
            "force since April. I note his position.",
        ),
        (
            "para",
            "He accepts recommendations 8 and 9 as well, which I note. Training for both is in full swing and "
            "should be finished by Christmas.",
        ),
        ("closing", "Yours sincerely,"),
        ("sign", ["Imogen Severn", "Police and Crime Commissioner for Gloucestershire", "11th July 2025"]),
        ("footer", "OPCC Gloucestershire"),
    ]


# ------------------------------------------------------------------------------------------------
# Regional areas for improvement (3): Humberside and North Yorkshire


@letter(
    _truth(
        "ts4-26",
        "regional_afi",
        "docx",
        "Humberside Police",
        "Police and Crime Commissioner for Humberside",
        ("Graham Ottringham", "Police and Crime Commissioner for Humberside"),
        "2025-09-12",
        [
            item("1", "support", "in_progress", cc="accept"),
            item("2", "support", "planned", cc="accept"),
        ],
        report="soc-yh-2025",
    )
)
def _humberside() -> Blocks:
    return [
        ("letterhead", ["Humberside Police and Crime Commissioner", "The Lawns, Harland Way, Cottingham HU16 5SN"]),
        ("address", HMI),
        ("date", "12 September 2025"),
        ("salutation", "Dear Chief Inspector,"),
        ("title", SOC_TITLE),
        ("para", "The report made two areas for improvement for the Regional Organised Crime Unit and its forces."),
        (
            "table",
            [
                ["Area for improvement", "Humberside Police update", "RAG", "PCC comment"],
                [
                    REC["soc:1"],
                    "Accepted. A joint tasking meeting between the force and the ROCU has met twice; terms of "
                    "reference are being finalised.",
                    "Amber",
                    "Supported.",
                ],
                [
                    REC["soc:2"],
                    "Accepted. A regional procurement framework for technical equipment is due to go to the "
                    "regional collaboration board in December.",
                    "Amber – due Dec 2025",
                    "Supported.",
                ],
            ],
        ),
        ("closing", "Yours sincerely,"),
        ("sign", ["Graham Ottringham", "Police and Crime Commissioner for Humberside"]),
    ]


@letter(
    _truth(
        "ts4-27",
        "regional_afi",
        "pdf",
        "North Yorkshire Police",
        "Mayor of York and North Yorkshire",
        ("Helen Swaledale", "Deputy Mayor for Policing, Fire and Crime, York and North Yorkshire"),
        "2025-09-19",
        [
            item("1", "note", "implemented", cc="agree"),
            item("2", "note", "not_started", cc="agree"),
        ],
        report="soc-yh-2025",
    )
)
def _north_yorks() -> Blocks:
    return [
        (
            "letterhead",
            [
                "York and North Yorkshire Combined Authority",
                "Office of the Deputy Mayor for Policing, Fire and Crime",
                "West Offices, Station Rise, York YO1 6GA",
            ],
        ),
        ("address", HMI),
        ("salutation", "Dear HMICFRS,"),
        ("title", f"Response: {SOC_TITLE}"),
        (
            "para",
            "Since May 2024 the Mayor has held the police and crime commissioner's functions, delegated to me as "
            "Deputy Mayor. The Chief Constable agrees with both areas for improvement and reports the following.",
        ),
        (
            "table",
            [
                ["AFI", "Force update", "Status", "Deputy Mayor"],
                [
                    "AFI 1 – working together",
                    "Agreed. North Yorkshire officers now sit on the ROCU's daily tasking call, and have since "
                    "June; the arrangement is reviewed quarterly.",
                    "Complete",
                    "Noted",
                ],
                [
                    "AFI 2 – technical surveillance equipment",
                    "Agreed. No work yet; the region is waiting for the national technical surveillance review.",
                    "Not started",
                    "Noted",
                ],
            ],
        ),
        ("closing", "Yours sincerely,"),
        (
            "sign",
            [
                "Helen Swaledale",
                "Deputy Mayor for Policing, Fire and Crime",
                "York and North Yorkshire Combined Authority",
            ],
        ),
        ("footer", "Dated 19/09/2025 – York and North Yorkshire Combined Authority"),
    ]


@letter(
    _truth(
        "ts4-28",
        "regional_afi",
        "txt",
        "Humberside Police",
        "Police and Crime Commissioner for Humberside",
        ("Graham Ottringham", "Police and Crime Commissioner for Humberside"),
        "2025-10-02",
        [
            item("1", "accept", ["in_progress", "implemented"]),
            item("2", "accept", "in_progress"),
        ],
        report="soc-yh-2025",
    )
)
def _humberside_update() -> Blocks:
    return [
        ("letterhead", ["Humberside Police and Crime Commissioner", "The Lawns, Harland Way, Cottingham HU16 5SN"]),
        ("date", "2nd October 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Further update: {SOC_TITLE}"),
        (
            "para",
            "I accept both areas for improvement, and write with a further update. On joint working with the "
            "ROCU, the new tasking arrangement is up and running, though its terms of reference are still being "
            "agreed by all four forces. On surveillance equipment, a shared inventory has been compiled and the "
            "joint procurement is now out to tender.",
        ),
        ("closing", "Yours sincerely,"),
        ("sign", ["Graham Ottringham", "Police and Crime Commissioner for Humberside"]),
    ]


# ------------------------------------------------------------------------------------------------
# Minutes-style and force-only stance (2)


@letter(
    _truth(
        "ts4-29",
        "mixed_stances",
        "html",
        "Northumbria Police",
        "Police and Crime Commissioner for Northumbria",
        ("Aisling Tynemouth", "Police and Crime Commissioner for Northumbria"),
        "2025-07-04",
        [
            item("2", "accept", "implemented", cc="accept"),
            item("4", "note", "planned", cc="accept"),
            item("8", "accept", "in_progress", cc="accept"),
            item("9", ["disagree", "partially_agree"], "not_started", cc="partially_agree"),
        ],
    )
)
def _northumbria() -> Blocks:
    return [
        ("letterhead", ["Northumbria Police and Crime Commissioner"]),
        ("published", "Published on 4 July 2025"),
        ("title", f"Response to HMICFRS: {OIC_TITLE}"),
        ("salutation", "Dear Chief Inspector,"),
        ("para", "The force's position and mine, as recorded at my scrutiny meeting of 30 June 2025:"),
        (
            "table",
            [
                ["Recommendation", "Force", "PCC"],
                ["2", "Accepted. Complete.", "Accepted."],
                ["4", "Accepted. Plan to be written in Q3.", "Noted."],
                ["8", "Accepted. In progress, 70% complete.", "Accepted."],
                [
                    "9",
                    "Partially accepted. The force will not start until modules are shortened.",
                    "I do not agree that all four modules are needed for every role.",
                ],
            ],
        ),
        ("closing", "Yours sincerely,"),
        ("sign", ["Aisling Tynemouth", "Police and Crime Commissioner for Northumbria"]),
    ]


@letter(
    _truth(
        "ts4-30",
        "paraphrase_headings",
        "html",
        "Surrey Police",
        "Surrey Police and Crime Commissioner",
        ("Philippa Ashtead", "Police and Crime Commissioner for Surrey"),
        "2025-06-30",
        [
            item("2", "accept", "implemented", by="chief_constable", cc="accept"),
            item("4", "accept", "planned", by="chief_constable", cc="accept"),
            item("8", "accept", "in_progress", by="chief_constable", cc="accept"),
            item("9", "accept", "not_started", by="chief_constable", cc="accept"),
        ],
    )
)
def _surrey() -> Blocks:
    return [
        ("letterhead", ["Surrey Police and Crime Commissioner"]),
        ("published", "Published: Monday 30 June 2025"),
        ("title", f"PCC response to {OIC_TITLE}"),
        ("salutation", "Dear HMICFRS,"),
        (
            "para",
            "The Chief Constable has accepted each recommendation for chief constables. I have set out his "
            "update and I will look at progress through my quarterly performance meetings.",
        ),
        (
            "dl",
            [
                (
                    "Intelligence with each referral",
                    "Now part of the standard operating procedure, in place since 1 May.",
                ),
                (
                    "Collecting and sharing information",
                    "A plan will be agreed with Sussex, with whom Surrey shares serious crime teams, in the autumn.",
                ),
                ("Hydra", "Three sessions run to date, four more booked."),
                ("E-learning modules", "Work has not started; Hydra comes first."),
            ],
        ),
        ("closing", "Yours sincerely,"),
        ("sign", ["Philippa Ashtead", "Police and Crime Commissioner for Surrey"]),
    ]


# ------------------------------------------------------------------------------------------------
# Rendering


def render_html(blocks: Blocks, truth: Truth) -> str:
    e = html.escape
    org = truth["organisation"]
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{e(truth['report_title_in_letter'])} | {e(org)}</title></head><body>",
        f"<header class='site-header'><a href='/' class='site-name'>{e(org)}</a>",
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/publications'>Publications</a></li></ul></nav>",
        "</header><main>",
    ]
    for kind, value in blocks:
        if kind == "published":
            parts.append(f"<p class='published'>{e(value)}</p>")
        elif kind == "letterhead":
            parts.append("<div class='letterhead'>" + "<br>".join(e(v) for v in value) + "</div>")
        elif kind in ("address", "sign"):
            parts.append("<p>" + "<br>".join(e(v) for v in value) + "</p>")
        elif kind == "title":
            parts.append(f"<h1>{e(value)}</h1>")
        elif kind == "heading":
            parts.append(f"<h2>{e(value)}</h2>")
        elif kind == "table":
            parts.append("<table><thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in value[0]) + "</tr></thead><tbody>")
            for row in value[1:]:
                parts.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            parts.append("</tbody></table>")
        elif kind == "dl":
            parts.append("<dl>" + "".join(f"<dt>{e(t)}</dt><dd>{e(d)}</dd>" for t, d in value) + "</dl>")
        elif kind == "accordion":
            parts.append(
                "<div class='accordion'>"
                + "".join(f"<details><summary>{e(t)}</summary><p>{e(d)}</p></details>" for t, d in value)
                + "</div>"
            )
        elif kind == "footer":
            continue
        else:
            parts.append(f"<p>{e(value)}</p>")
    parts.append(f"</main><footer><p>&copy; {e(org)}</p></footer></body></html>")
    return "\n".join(parts) + "\n"


def _shared(blocks: Blocks) -> Blocks:
    """The corpus renderers know no 'published' block: print it as a line of its own."""
    return [("para", v) if k == "published" else (k, v) for k, v in blocks]


def render(blocks: Blocks, truth: Truth) -> bytes:
    if truth["format"] == "html":
        return render_html(blocks, truth).encode("utf-8")
    return corpus.render_file(_shared(blocks), truth)


ABOUT = (
    "The fourth tuning set: 30 response letters written by hand on 30 November 2026, names invented, for "
    "tuning (its misses are read). Weighted towards DOCX and PDF response tables with the force's update, a "
    "status or RAG column and the commissioner's comment side by side, dates in many printed forms and places, "
    "and unusual claimed-status wording. Same schema as tests/ingest/sealed/truth.json; split 'tuneset4'."
)


def main() -> None:
    corpus.write_set(HERE, ABOUT, ((make(), truth) for make, truth in LETTERS), render)


if __name__ == "__main__":
    main()
