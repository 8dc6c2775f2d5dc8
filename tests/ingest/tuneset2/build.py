"""Build the second tuning set: ``letters/`` and ``truth.json``, reproducibly.

    .venv/bin/python tests/ingest/tuneset2/build.py

Thirty response letters written whole by hand (every name and sentence invented), from policing bodies
other than the seed letters'. The set is for TUNING the reader, and its weight is on the CLAIMED STATUS of
each finding as the letter states it: done, under way, planned, not started, or not said, in prose, in a
commissioner's quotation of the force, in table notes and RAG columns, with dates, shares and conditions.
Each letter's truth is written beside it by hand from reading the letter, not derived from how it was
built. Only the corpus renderers (TXT, DOCX, HTML, PDF) are shared.

Section 55: 56 days beginning with the day of publication. The organised immigration crime report was
published on 16 May 2025, so 10 July 2025 is the last day on time.
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
SOC_TITLE = "An inspection of the Yorkshire and Humber regional response to serious and organised crime"
REC = {key: corpus.FINDINGS[key] for key in ("oic:2", "oic:4", "oic:8", "oic:9", "soc:1", "soc:2")}
HMI = [
    "His Majesty's Chief Inspector of Constabulary",
    "HMICFRS",
    "Globe House",
    "89 Eccleston Square",
    "London SW1V 1PN",
]
Blocks = list[tuple[str, Any]]
IMP, PROG, PLAN, NOT, NS = "implemented", "in_progress", "planned", "not_started", "not_stated"


item = corpus.item


def _truth(
    id: str,
    kind: str,
    fmt: str,
    force: str,
    date: str | None,
    author: tuple[str, str],
    items: list[dict[str, Any]],
    *,
    report: str = "oic-2025",
    late: bool = False,
    unanswered: list[str] | None = None,
) -> dict[str, Any]:
    return {
        "id": id,
        "file": f"{id}.{fmt}",
        "kind": kind,
        "format": fmt,
        "report": report,
        "report_title_in_letter": OIC_TITLE if report == "oic-2025" else SOC_TITLE,
        "force": force,
        "organisation": corpus.BODIES[force]["policing_body"],
        "author": {"name": author[0], "role": author[1]},
        "date": date,
        "late": late,
        "items": items,
        "unanswered": unanswered or [],
        "run_with_report": None,
        "split": "tuneset2",
    }


def _letter(
    head: list[str],
    date: str | None,
    title: str,
    body: Blocks,
    sign: list[str],
    *,
    salutation: str = "Dear HM Chief Inspector,",
    footer: str | None = None,
    annex: Blocks | None = None,
) -> Blocks:
    blocks: Blocks = [("letterhead", head)]
    if date:
        blocks.append(("date", date))
    blocks += [("address", HMI), ("salutation", salutation), ("title", title), *body, ("sign", sign), *(annex or [])]
    if footer:
        blocks.append(("footer", footer))
    return blocks


LETTERS: list[tuple[Blocks, dict[str, Any]]] = []


def add(blocks: Blocks, truth: dict[str, Any]) -> None:
    LETTERS.append((blocks, truth))


# ------------------------------------------------------------------------------------------------
# TXT (8)

add(
    _letter(
        ["Office of the Police, Fire and Crime Commissioner for Cumbria", "Carleton Hall, Penrith, CA10 2AU"],
        "3rd July 2025",
        f"Response to the HMICFRS report '{OIC_TITLE}'",
        [
            (
                "p",
                "Cumbria is a large, sparsely populated county with a short coastline and a busy M6 corridor, and "
                "the report's findings read differently here than in a city force. I have discussed each of the four "
                "recommendations for chief constables with the Chief Constable and set out below where the "
                "Constabulary stands.",
            ),
            ("heading", "Intelligence submissions after a referral to the national command centre"),
            (
                "p",
                "I accept this recommendation. Since March the force control room has attached the intelligence "
                "submission to every referral before the incident can be closed, and an audit of June's referrals "
                "found every one complete. This is now simply how the control room works.",
            ),
            ("heading", "Collecting, analysing and sharing information"),
            (
                "p",
                "I accept this recommendation. The analysts have drafted an intelligence collection plan for "
                "immigration crime and it is being tested with the ports team at Workington before it is "
                "signed off in the autumn.",
            ),
            ("heading", "Hydra exercise for relevant staff"),
            (
                "p",
                "I support this recommendation. Two Hydra sessions are booked for November at the training centre "
                "and the force expects every detective inspector to have attended one by February 2026.",
            ),
            ("heading", "The e-learning modules"),
            (
                "p",
                "I support this recommendation too. No one has yet been enrolled on the modules: the Constabulary is "
                "waiting for the College to confirm which roles count as relevant before it starts. I will ask for an "
                "update at my accountability board in September.",
            ),
            ("p", "Yours sincerely,"),
        ],
        ["Owen Hartley", "Police, Fire and Crime Commissioner for Cumbria"],
    ),
    _truth(
        "tuneset2-01",
        "paraphrase_headings",
        "txt",
        "Cumbria Constabulary",
        "2025-07-03",
        ("Owen Hartley", "Police, Fire and Crime Commissioner for Cumbria"),
        [item("2", "accept", IMP), item("4", "accept", PROG), item("8", "support", PLAN), item("9", "support", NOT)],
    ),
)

add(
    _letter(
        ["Lancashire Police and Crime Commissioner", "County Hall, Fishergate, Preston PR1 8XJ"],
        "07/07/2025",
        f"HMICFRS: {OIC_TITLE} – response under section 55",
        [
            (
                "p",
                "I write with my response and the Chief Constable's to the report. Updates on each recommendation "
                "made to chief constables follow, under the report's own numbering.",
            ),
            ("heading", "Recommendation 2"),
            (
                "p",
                "Agreed. The force is part way through changing its crime recording system so that the intelligence "
                "document cannot be skipped; the change went live in the western division in June and the other two "
                "divisions follow in August.",
            ),
            ("heading", "Recommendation 4"),
            (
                "p",
                "Agreed. No work has yet begun on the plan. It is on the force's recommendations tracker with a "
                "named owner, but no start date has been set.",
            ),
            ("heading", "Recommendation 8"),
            (
                "p",
                "Agreed. About 60 per cent of the relevant officers have completed the Hydra package so far; the "
                "remainder are booked on courses through the autumn.",
            ),
            ("heading", "Recommendation 9"),
            (
                "p",
                "Agreed. Roll-out of the four e-learning modules will begin in January 2026, once the current "
                "mandatory training cycle ends.",
            ),
            (
                "p",
                "My office will follow each of these through the strategic scrutiny meeting. The report itself found "
                "that forces rarely knew the scale of the threat, and that is a finding I share.",
            ),
            ("p", "Yours faithfully,"),
        ],
        ["Imogen Thwaite", "Police and Crime Commissioner for Lancashire"],
        salutation="Dear HM Inspector,",
    ),
    _truth(
        "tuneset2-02",
        "labels_only",
        "txt",
        "Lancashire Constabulary",
        "2025-07-07",
        ("Imogen Thwaite", "Police and Crime Commissioner for Lancashire"),
        [item("2", "agree", PROG), item("4", "agree", NOT), item("8", "agree", PROG), item("9", "agree", PLAN)],
    ),
)

add(
    _letter(
        [
            "Norfolk Office of the Police and Crime Commissioner",
            "Building 8, Jubilee House, Falconers Chase",
            "Wymondham NR18 0WW",
        ],
        "26 June 2025",
        f"{OIC_TITLE}: the Norfolk response",
        [
            (
                "p",
                "Thank you for the report. The Chief Constable and I agree with all four recommendations addressed to "
                "chief constables, and I set out the Constabulary's position on each below.",
            ),
            (
                "p",
                "On intelligence submissions after referrals to the National Command and Control Unit, and on plans "
                "to collect, analyse and share information: both have been dealt with together. The force "
                "intelligence bureau rewrote its referral procedure in April so that the submission is made at the "
                "same time as the referral, and the new local profile was published to partners at the end of May. "
                "Both are complete.",
            ),
            (
                "p",
                "The two training recommendations, Hydra and the four e-learning modules, are at an earlier stage. "
                "The Hydra sessions are scheduled for the first quarter of 2026. The e-learning has not yet been "
                "scheduled at all: the learning and development team has not started on it, because the modules are "
                "still being revised nationally.",
            ),
            (
                "p",
                "I will keep the training under review at my Police Accountability Forum. Yours sincerely,",
            ),
        ],
        ["Marcus Fenwick", "Police and Crime Commissioner for Norfolk"],
        salutation="Dear Chief Inspector,",
    ),
    _truth(
        "tuneset2-03",
        "two_in_one_paragraph",
        "txt",
        "Norfolk Constabulary",
        "2025-06-26",
        ("Marcus Fenwick", "Police and Crime Commissioner for Norfolk"),
        [item("2", "agree", IMP), item("4", "agree", IMP), item("8", "agree", PLAN), item("9", "agree", NOT)],
    ),
)

add(
    _letter(
        ["Dorset Police and Crime Commissioner", "Force Headquarters, Winfrith, Dorchester DT2 8DZ"],
        "Friday 20 June 2025",
        f"Response to {OIC_TITLE}",
        [
            (
                "p",
                "I welcome the report and I accept each of its recommendations to chief constables. Dorset's ports at "
                "Poole and Portland make this a live issue for a small force.",
            ),
            (
                "p",
                "I am content that most of the work is in hand and will report on it in my annual report. Two "
                "recommendations need a fuller word.",
            ),
            (
                "p",
                "On the intelligence document after a referral to the National Command and Control Unit, the "
                "Force's update is that 'a compliance check is built into the custody and control room closing "
                "procedure and has operated since 1 April'.",
            ),
            (
                "p",
                "On the e-learning modules on organised immigration crime, progress has stalled: the Force paused "
                "the roll-out in May when the learning platform was replaced, and it will resume only once the new "
                "platform is stable.",
            ),
            ("p", "Yours sincerely,"),
        ],
        ["Danielle Crewe", "Police and Crime Commissioner for Dorset"],
    ),
    _truth(
        "tuneset2-04",
        "blanket",
        "txt",
        "Dorset Police",
        "2025-06-20",
        ("Danielle Crewe", "Police and Crime Commissioner for Dorset"),
        [
            item("2", "accept", IMP),
            item("4", "accept", [NS, PROG]),
            item("8", "accept", [NS, PROG]),
            item("9", "accept", [PROG, PLAN]),
        ],
    ),
)

add(
    _letter(
        ["Humberside Police and Crime Commissioner", "Wilberforce Court, Alfred Gelder Street, Hull HU1 1UY"],
        "18th September 2025",
        f"HMICFRS: {SOC_TITLE}",
        [
            (
                "p",
                "This letter gives my response to the two areas for improvement in the regional report. "
                "Humberside's estuary ports mean the regional organised crime unit matters a great deal to us.",
            ),
            ("heading", "Area for improvement 1 – joint working between the ROCU and forces"),
            (
                "p",
                "I agree. A joint tasking and coordination group for the region has met monthly since July, with "
                "Humberside's head of crime as a standing member, and it has been business as usual since.",
            ),
            ("heading", "Area for improvement 2 – technical surveillance equipment"),
            (
                "p",
                "I agree. The four forces and the ROCU have not yet begun the shared procurement review; a business "
                "case goes to the regional collaboration board in January, and nothing will start until it is "
                "approved.",
            ),
            ("p", "The regional collaboration board will keep me sighted on both. Yours sincerely,"),
        ],
        ["Gareth Pybus", "Police and Crime Commissioner for Humberside"],
        salutation="Dear HM Inspector,",
    ),
    _truth(
        "tuneset2-05",
        "regional_afi",
        "txt",
        "Humberside Police",
        "2025-09-18",
        ("Gareth Pybus", "Police and Crime Commissioner for Humberside"),
        [item("1", "agree", IMP), item("2", "agree", [NOT, PLAN])],
        report="soc-yh-2025",
    ),
)

add(
    _letter(
        ["Kent Police and Crime Commissioner", "Sessions House, County Road, Maidstone ME14 1XQ"],
        "15 July 2025",
        f"Section 55 response: {OIC_TITLE}",
        [
            (
                "p",
                "I apologise that this response reaches you after the deadline: the change of Chief Constable in "
                "June delayed the force's update. Kent's coastline means that organised immigration crime is a "
                "daily part of policing here.",
            ),
            (
                "quote",
                REC["oic:2"],
            ),
            (
                "p",
                "The Chief Constable has accepted this recommendation and I support it. A dip sample of 200 "
                "referrals since January showed 87 per cent had a submission; the remaining gap is being closed by "
                "a prompt in the control room system, which is in testing now.",
            ),
            ("quote", REC["oic:4"]),
            (
                "p",
                "The Chief Constable has accepted this recommendation and I support it. The Kent and Essex joint "
                "intelligence plan was finalised in March and is in daily use.",
            ),
            ("quote", REC["oic:8"]),
            (
                "p",
                "Accepted by the Chief Constable and supported by me. Every relevant officer in the Channel "
                "ports team completed Hydra last year; the force now intends to extend it to neighbourhood "
                "inspectors in 2026.",
            ),
            ("quote", REC["oic:9"]),
            (
                "p",
                "Accepted by the Chief Constable and supported by me. The e-learning has not yet started; the force "
                "is awaiting national guidance on the revised modules before starting.",
            ),
            ("p", "Yours sincerely,"),
        ],
        ["Hugh Ravenscroft", "Kent Police and Crime Commissioner"],
    ),
    _truth(
        "tuneset2-06",
        "dates_late",
        "txt",
        "Kent Police",
        "2025-07-15",
        ("Hugh Ravenscroft", "Kent Police and Crime Commissioner"),
        [
            item("2", "support", PROG, cc="accept"),
            item("4", "support", IMP, cc="accept"),
            item("8", "support", [IMP, PLAN], cc="accept"),
            item("9", "support", NOT, cc="accept"),
        ],
        late=True,
    ),
)

add(
    _letter(
        ["Lincolnshire Police and Crime Commissioner", "Deepdale Lane, Nettleham, Lincoln LN2 2LT"],
        "1st July 2025",
        f"{OIC_TITLE}",
        [
            (
                "p",
                "Lincolnshire is a rural county with a large seasonal agricultural workforce, and the link between "
                "organised immigration crime and labour exploitation is a priority in my Police and Crime Plan.",
            ),
            ("heading", "Hydra training"),
            (
                "p",
                "I accept the recommendation. Half of the relevant teams have been through the Hydra exercise; the "
                "rest are booked between now and December.",
            ),
            ("heading", "E-learning"),
            (
                "p",
                "I accept the recommendation. The Chief Constable tells me the four modules will be made mandatory for "
                "the relevant roles from April 2026.",
            ),
            (
                "p",
                "I will respond on the remaining recommendations when the force's review of its intelligence "
                "processes reports to me in the autumn. Yours sincerely,",
            ),
        ],
        ["Rowena Askew", "Police and Crime Commissioner for Lincolnshire"],
    ),
    _truth(
        "tuneset2-07",
        "partial",
        "txt",
        "Lincolnshire Police",
        "2025-07-01",
        ("Rowena Askew", "Police and Crime Commissioner for Lincolnshire"),
        [item("8", "accept", PROG), item("9", "accept", PLAN)],
        unanswered=["2", "4"],
    ),
)

add(
    _letter(
        ["Durham Police and Crime Commissioner", "Aykley Heads, Durham DH1 5TT"],
        "2 July 2025",
        f"Response to HMICFRS: {OIC_TITLE}",
        [
            (
                "p",
                "I note the report and its recommendations. The Chief Constable's response is appended below and I "
                "am satisfied with it. I will monitor progress through my quarterly performance board.",
            ),
            ("p", "Yours sincerely,"),
        ],
        ["Niamh Calloway", "Police and Crime Commissioner for Durham"],
        salutation="Dear Chief Inspector,",
        annex=[
            ("heading", "Annex: response of the Chief Constable of Durham Constabulary"),
            (
                "p",
                "Recommendation 2. Accepted. The control room's referral checklist was changed in May; the "
                "intelligence document is now submitted with every referral, and supervisors check it at the end of "
                "each shift.",
            ),
            (
                "p",
                "Recommendation 4. Accepted. Work has not begun on a separate plan; the force will fold organised "
                "immigration crime into its next strategic assessment, due in March 2026.",
            ),
            (
                "p",
                "Recommendation 8. Accepted. Hydra is being piloted with two investigation teams this summer before it "
                "is offered to the rest of the relevant staff.",
            ),
            (
                "p",
                "Recommendation 9. Accepted. 112 of 140 relevant staff have completed all four modules.",
            ),
        ],
    ),
    _truth(
        "tuneset2-08",
        "cc_annex",
        "txt",
        "Durham Constabulary",
        "2025-07-02",
        ("Niamh Calloway", "Police and Crime Commissioner for Durham"),
        [
            item("2", "note", IMP, cc="accept"),
            item("4", "note", [PLAN, NOT], cc="accept"),
            item("8", "note", PROG, cc="accept"),
            item("9", "note", PROG, cc="accept"),
        ],
    ),
)

# ------------------------------------------------------------------------------------------------
# DOCX (8)

add(
    _letter(
        ["Police, Fire and Crime Commissioner for Essex", "Kelvedon Park, London Road, Rivenhall CM8 3HB"],
        "8 July 2025",
        f"Response to the HMICFRS inspection: {OIC_TITLE}",
        [
            (
                "p",
                "The table below sets out Essex Police's update on each recommendation for chief constables and my "
                "comments as Commissioner.",
            ),
            (
                "table",
                [
                    ["Recommendation", "Force update", "Commissioner's comment"],
                    [
                        "Recommendation 2",
                        "Complete – Sept 2024. Referral template now forces the intelligence submission.",
                        "I accept. I consider this recommendation discharged.",
                    ],
                    [
                        "Recommendation 4",
                        "Amber: on track for December. Draft collection plan with Kent and the Port of Tilbury under "
                        "consultation.",
                        "I accept. I will ask for the final plan at my Performance and Resources Board.",
                    ],
                    [
                        "Recommendation 8",
                        "Not started – awaiting national guidance on the updated Hydra scenarios.",
                        "I accept, and I note the reason for the delay.",
                    ],
                    [
                        "Recommendation 9",
                        "Planned for Q4 2025/26 alongside the new learning management system.",
                        "I accept.",
                    ],
                ],
            ),
            ("p", "Yours sincerely,"),
        ],
        ["Tobias Lennard", "Police, Fire and Crime Commissioner for Essex"],
    ),
    _truth(
        "tuneset2-09",
        "table_docx",
        "docx",
        "Essex Police",
        "2025-07-08",
        ("Tobias Lennard", "Police, Fire and Crime Commissioner for Essex"),
        [item("2", "accept", IMP), item("4", "accept", PROG), item("8", "accept", NOT), item("9", "accept", PLAN)],
    ),
)

add(
    _letter(
        ["Office of the Police and Crime Commissioner for Gwent", "Police Headquarters, Llantarnam, Cwmbran NP44 3FW"],
        "4 Gorffennaf / 4 July 2025",
        f"HMICFRS report: {OIC_TITLE}",
        [
            (
                "p",
                "Following my election in May I have reviewed the force's response with the Chief Constable. The table "
                "gives the Chief Constable's position and my own.",
            ),
            (
                "table",
                [
                    ["No.", "Chief Constable", "PCC"],
                    [
                        "2",
                        "Accepted. A new control room procedure is drafted and will be trained in September.",
                        "Supported. I will check compliance through my scrutiny panel.",
                    ],
                    [
                        "4",
                        "Accepted. A Wales-wide intelligence plan will be agreed with the other three Welsh forces at "
                        "the all-Wales board in October.",
                        "Supported.",
                    ],
                    [
                        "8",
                        "Accepted. 45 of 90 relevant officers trained; the rest by March 2026.",
                        "Supported.",
                    ],
                    [
                        "9",
                        "Accepted. No work yet: capacity is committed to the new records system until spring.",
                        "Noted. I have asked for a start date.",
                    ],
                ],
            ),
            ("p", "Yn gywir / Yours sincerely,"),
        ],
        ["Carys Pritchard", "Police and Crime Commissioner for Gwent"],
    ),
    _truth(
        "tuneset2-10",
        "table_docx",
        "docx",
        "Gwent Police",
        "2025-07-04",
        ("Carys Pritchard", "Police and Crime Commissioner for Gwent"),
        [
            item("2", "support", [PROG, PLAN], cc="accept"),
            item("4", "support", PLAN, cc="accept"),
            item("8", "support", PROG, cc="accept"),
            item("9", "note", NOT, cc="accept"),
        ],
    ),
)

add(
    _letter(
        ["Surrey Police and Crime Commissioner", "PO Box 412, Guildford GU3 1YJ"],
        "30th June 2025",
        f"{OIC_TITLE} – response of the Surrey Police and Crime Commissioner",
        [
            ("heading", "Completing the intelligence document after each referral"),
            (
                "p",
                "I fully support this. The force is building an automatic reminder into its case management system; "
                "development is under way and user testing starts in August.",
            ),
            ("heading", "A plan for information on organised immigration crime"),
            (
                "p",
                "I fully support this. Once the regional analyst post is filled in the autumn, the force will write "
                "the plan; recruitment opens next month.",
            ),
            ("heading", "Hydra"),
            (
                "p",
                "I fully support this. The Hydra package was delivered to all relevant officers in Surrey's "
                "serious organised crime teams in 2024, and the force has kept it as part of induction.",
            ),
            ("heading", "The four e-learning modules"),
            (
                "p",
                "I support this. Roll-out of the modules has not started: the force wants to see the revised "
                "versions before it asks officers to complete them.",
            ),
            ("p", "Yours sincerely,"),
        ],
        ["Elspeth Marlow", "Surrey Police and Crime Commissioner"],
    ),
    _truth(
        "tuneset2-11",
        "paraphrase_headings",
        "docx",
        "Surrey Police",
        "2025-06-30",
        ("Elspeth Marlow", "Surrey Police and Crime Commissioner"),
        [item("2", "support", PROG), item("4", "support", PLAN), item("8", "support", IMP), item("9", "support", NOT)],
    ),
)

add(
    _letter(
        ["Suffolk Police and Crime Commissioner", "Police Headquarters, Martlesham Heath, Ipswich IP5 3QS"],
        "9th July 2025",
        f"Response to {OIC_TITLE}",
        [
            (
                "p",
                "I welcome the report. The Chief Constable's response follows this letter. I agree with her "
                "approach and will hold her to account for it through my Accountability and Performance Panel.",
            ),
            ("p", "Yours sincerely,"),
        ],
        ["Bernard Cole", "Police and Crime Commissioner for Suffolk"],
        annex=[
            ("heading", "Appendix – Chief Constable's response"),
            ("p", "Suffolk Constabulary accepts the four recommendations made to chief constables."),
            ("heading", "Recommendation 2"),
            (
                "p",
                "Felixstowe port officers already complete the submission with every referral. This was audited in "
                "April and found fully compliant.",
            ),
            ("heading", "Recommendation 4"),
            (
                "p",
                "A shared plan with Norfolk is planned: the joint intelligence unit will write it in the new year, "
                "after the 2026 strategic assessment.",
            ),
            ("heading", "Recommendation 8"),
            ("p", "Hydra is scheduled for March 2026 at the Norfolk and Suffolk training centre."),
            ("heading", "Recommendation 9"),
            (
                "p",
                "The modules have not yet been loaded onto the learning platform, so no one has started them.",
            ),
        ],
    ),
    _truth(
        "tuneset2-12",
        "cc_annex",
        "docx",
        "Suffolk Constabulary",
        "2025-07-09",
        ("Bernard Cole", "Police and Crime Commissioner for Suffolk"),
        [
            item("2", "agree", IMP, cc="accept"),
            item("4", "agree", PLAN, cc="accept"),
            item("8", "agree", PLAN, cc="accept"),
            item("9", "agree", NOT, cc="accept"),
        ],
    ),
)

add(
    _letter(
        ["Cheshire Police and Crime Commissioner", "Clemonds Hey, Oakmere Road, Winsford CW7 2UA"],
        "27 June 2025",
        f"{OIC_TITLE}: Cheshire's response",
        [
            ("p", "I set out my view on each of the four recommendations to chief constables."),
            ("heading", "Recommendation 2 – intelligence after referrals"),
            (
                "p",
                "I agree. The force has completed the change: submissions are mandatory on the system and a "
                "monthly audit confirms they are made.",
            ),
            ("heading", "Recommendation 4 – information plans"),
            (
                "p",
                "I agree in part. A plan is sensible, but I do not think a separate one for this crime type is "
                "the best use of a small analytical team; the force will instead add it to the serious organised "
                "crime profile when that is refreshed next spring.",
            ),
            ("heading", "Recommendation 8 – Hydra"),
            (
                "p",
                "I do not agree that all relevant staff need Hydra: it is a command exercise, and the force has "
                "already run it for every on-call senior investigating officer. No further training is planned.",
            ),
            ("heading", "Recommendation 9 – e-learning"),
            ("p", "I note this recommendation. The Chief Constable will decide on it after the College's review."),
            ("p", "Yours sincerely,"),
        ],
        ["Alasdair Quinn", "Police and Crime Commissioner for Cheshire"],
    ),
    _truth(
        "tuneset2-13",
        "mixed_stances",
        "docx",
        "Cheshire Constabulary",
        "2025-06-27",
        ("Alasdair Quinn", "Police and Crime Commissioner for Cheshire"),
        [
            item("2", "agree", IMP),
            item("4", "partially_agree", PLAN),
            item("8", "disagree", [IMP, NS]),
            item("9", "note", [NOT, NS]),
        ],
    ),
)

add(
    _letter(
        ["Police and Crime Commissioner for Wiltshire and Swindon", "London Road, Devizes SN10 2DN"],
        "10th July 2025",
        f"HMICFRS report: {OIC_TITLE}",
        [
            ("p", "Please find below Wiltshire Police's position on the recommendations, with my comments."),
            ("heading", "Recommendation 2"),
            (
                "p",
                "The force accepts this. A new form went live on 1 June and compliance in the first month was 96 "
                "per cent. I welcome this progress.",
            ),
            ("heading", "Recommendation 4"),
            (
                "p",
                "The force accepts this. Its plan will be written once the South West regional profile is "
                "published in October.",
            ),
            ("heading", "Recommendation 8"),
            ("p", "The force accepts this. Delivery has not been scheduled yet."),
            ("heading", "Recommendation 9"),
            (
                "p",
                "The force accepts this. All detectives completed the modules by the end of May. I am pleased by "
                "this, and I will look for the same pace elsewhere.",
            ),
            ("p", "Yours sincerely,"),
        ],
        ["Priya Dunstan", "Police and Crime Commissioner for Wiltshire and Swindon"],
    ),
    _truth(
        "tuneset2-14",
        "labels_only",
        "docx",
        "Wiltshire Police",
        "2025-07-10",
        ("Priya Dunstan", "Police and Crime Commissioner for Wiltshire and Swindon"),
        [
            item("2", "accept", IMP, by="chief_constable", cc="accept"),
            item("4", "accept", PLAN, by="chief_constable", cc="accept"),
            item("8", "accept", NOT, by="chief_constable", cc="accept"),
            item("9", "accept", IMP, by="chief_constable", cc="accept"),
        ],
    ),
)

add(
    _letter(
        [
            "Swyddfa Comisiynydd Heddlu a Throseddu Gogledd Cymru",
            "Office of the North Wales Police and Crime Commissioner",
            "Glan y Don, Colwyn Bay LL29 8AW",
        ],
        "3 July 2025",
        f"Response to {OIC_TITLE}",
        [
            (
                "p",
                "The Chief Constable has accepted the four recommendations made to chief constables, and I support "
                "them. Holyhead is the second busiest ferry port in the United Kingdom, so the report matters here.",
            ),
            (
                "p",
                "Recommendations 2 and 4 sit with the force intelligence bureau. The referral process has been "
                "rewritten and is in use, so the second recommendation is met; the information plan is being "
                "drafted with the Welsh regional unit and should be signed off in November.",
            ),
            (
                "p",
                "Recommendations 8 and 9 concern training. The force will run Hydra in the spring, and it will "
                "begin the e-learning at the same time, so neither has started yet but both are planned.",
            ),
            ("p", "Yours sincerely,"),
        ],
        ["Dafydd Lloyd-Evans", "North Wales Police and Crime Commissioner"],
    ),
    _truth(
        "tuneset2-15",
        "two_in_one_paragraph",
        "docx",
        "North Wales Police",
        "2025-07-03",
        ("Dafydd Lloyd-Evans", "North Wales Police and Crime Commissioner"),
        [
            item("2", "support", IMP, cc="accept"),
            item("4", "support", PROG, cc="accept"),
            item("8", "support", PLAN, cc="accept"),
            item("9", "support", PLAN, cc="accept"),
        ],
    ),
)

add(
    _letter(
        ["Leicestershire Police and Crime Commissioner", "Police Headquarters, St Johns, Enderby LE19 2BX"],
        "24.06.2025",
        f"{OIC_TITLE}",
        [
            (
                "p",
                "The Commissioner supports all the recommendations in the report that are addressed to chief "
                "constables, and the force has accepted them.",
            ),
            (
                "p",
                "On training, the force reports that Hydra has not yet started for the serious crime teams, while "
                "the e-learning modules are due to launch in September.",
            ),
            (
                "p",
                "The Commissioner will ask the force for a written update in six months and will publish it.",
            ),
            ("p", "Yours faithfully,"),
        ],
        ["Kieran Abbot", "Chief Executive, on behalf of the Police and Crime Commissioner for Leicestershire"],
    ),
    _truth(
        "tuneset2-16",
        "blanket",
        "docx",
        "Leicestershire Police",
        "2025-06-24",
        ("Kieran Abbot", "Chief Executive, on behalf of the Police and Crime Commissioner for Leicestershire"),
        [
            item("2", "support", NS, cc="accept"),
            item("4", "support", NS, cc="accept"),
            item("8", "support", NOT, cc="accept"),
            item("9", "support", PLAN, cc="accept"),
        ],
    ),
)

# ------------------------------------------------------------------------------------------------
# HTML (8)

add(
    _letter(
        ["Avon and Somerset Police and Crime Commissioner", "Valley Road, Portishead BS20 8JJ"],
        "2 July 2025",
        f"Response to HMICFRS: {OIC_TITLE}",
        [
            (
                "p",
                "Avon and Somerset covers Bristol and a large rural area; the port of Avonmouth is our main exposure. "
                "The force's update and my comment on each recommendation follow.",
            ),
            (
                "table",
                [
                    ["Recommendation", "Force update", "PCC comment"],
                    [
                        REC["oic:2"],
                        "In progress. 3 of 5 command areas now use the new referral form; the last two switch over in "
                        "September.",
                        "I support this recommendation.",
                    ],
                    [
                        REC["oic:4"],
                        "Complete. Plan approved by the Force Executive Board on 12 June.",
                        "I support this recommendation and welcome its early completion.",
                    ],
                    [
                        REC["oic:8"],
                        "Not yet started. A training needs analysis will be commissioned after the summer.",
                        "I support this recommendation.",
                    ],
                    [
                        REC["oic:9"],
                        "Scheduled: launch to all relevant roles on 1 February 2026.",
                        "I support this recommendation. My office will review uptake in March.",
                    ],
                ],
            ),
            ("p", "Yours sincerely,"),
        ],
        ["Leonie Barraclough", "Police and Crime Commissioner for Avon and Somerset"],
    ),
    _truth(
        "tuneset2-17",
        "table_html",
        "html",
        "Avon and Somerset Police",
        "2025-07-02",
        ("Leonie Barraclough", "Police and Crime Commissioner for Avon and Somerset"),
        [
            item("2", "support", PROG),
            item("4", "support", IMP),
            item("8", "support", [NOT, PLAN]),
            item("9", "support", PLAN),
        ],
    ),
)

add(
    _letter(
        ["Merseyside Police and Crime Commissioner", "Mather Avenue, Allerton, Liverpool L18 6HN"],
        "19th June 2025",
        f"{OIC_TITLE} – section 55 response",
        [
            ("p", "The table records each recommendation, its RAG status, and the force's position."),
            (
                "table",
                [
                    ["Ref", "Status", "Update"],
                    ["Rec 2", "Green", "Complete for all referrals since February 2025."],
                    ["Rec 4", "Amber", "Drafting under way; sign-off planned for October."],
                    ["Rec 8", "Red", "Paused: trainers redeployed to public order duties over the summer."],
                    ["Rec 9", "Amber", "62% of relevant staff complete."],
                ],
            ),
            (
                "p",
                "I accept each recommendation. The force's position has been agreed with me, and I will revisit it "
                "at the Police and Crime Panel in the autumn.",
            ),
            ("p", "Yours sincerely,"),
        ],
        ["Siobhan Delaney", "Merseyside Police and Crime Commissioner"],
    ),
    _truth(
        "tuneset2-18",
        "table_status_column",
        "html",
        "Merseyside Police",
        "2025-06-19",
        ("Siobhan Delaney", "Merseyside Police and Crime Commissioner"),
        [
            item("2", "accept", IMP),
            item("4", "accept", PROG),
            item("8", "accept", [PROG, NOT]),
            item("9", "accept", PROG),
        ],
    ),
)

add(
    _letter(
        ["Hertfordshire Police and Crime Commissioner", "15 Vaughan Road, Harpenden AL5 4GZ"],
        "8 July 2025",
        f"Our response to {OIC_TITLE}",
        [
            (
                "p",
                "This response records the discussion of the report at my Strategic Executive Board on 1 July, "
                "attended by the Chief Constable. The minute of each recommendation is reproduced below.",
            ),
            (
                "table",
                [
                    ["Item", "Minute"],
                    [
                        "Referrals and the intelligence that should follow them",
                        "Force: Accepted. Update as at 30 June: the referral process is owned regionally and the "
                        "Eastern region will review it first, so no work has started in force. PCC: Noted.",
                    ],
                    [
                        "Knowing the threat: collection, analysis and sharing",
                        "Force: Accepted. The plan has been written and is now shared with Essex and Bedfordshire "
                        "each quarter. PCC: Supported; no further action.",
                    ],
                    [
                        "Training: the Hydra package",
                        "Force: Accepted. Hydra to be delivered to the major crime unit next financial year. "
                        "PCC: Supported. Action: force to confirm dates to the next board.",
                    ],
                    [
                        "Training: online learning",
                        "Force: Accepted. Roll-out is halfway: one of the two shifts of each team has done all four "
                        "modules. PCC: Supported.",
                    ],
                ],
            ),
        ],
        ["Rupert Okafor", "Police and Crime Commissioner for Hertfordshire"],
    ),
    _truth(
        "tuneset2-19",
        "table_html",
        "html",
        "Hertfordshire Constabulary",
        "2025-07-08",
        ("Rupert Okafor", "Police and Crime Commissioner for Hertfordshire"),
        [
            item("2", "note", NOT, cc="accept"),
            item("4", "support", IMP, cc="accept"),
            item("8", "support", PLAN, cc="accept"),
            item("9", "support", PROG, cc="accept"),
        ],
    ),
)

add(
    _letter(
        ["Office of the Sussex Police and Crime Commissioner", "Sackville House, Brooks Close, Lewes BN7 2FZ"],
        "25th June 2025",
        f"HMICFRS: {OIC_TITLE}",
        [
            (
                "p",
                "I attach the Chief Constable's response. I have no comment to add beyond noting the report's "
                "recommendations; my office will track them on our recommendations register.",
            ),
            ("p", "Yours sincerely,"),
        ],
        ["Annabel Fairhurst", "Sussex Police and Crime Commissioner"],
        annex=[
            ("heading", "Chief Constable's response"),
            (
                "dl",
                [
                    (
                        "Recommendation 2",
                        "Accepted. Newhaven and Shoreham referrals are reviewed daily; we have been "
                        "compliant since the start of the year.",
                    ),
                    (
                        "Recommendation 4",
                        "Accepted. We will write the plan once the national data standard is published; until then the "
                        "existing weekly briefing serves as an interim arrangement.",
                    ),
                    ("Recommendation 8", "Accepted. Hydra is being delivered now, with two of six sessions held."),
                    ("Recommendation 9", "Accepted. Not yet begun."),
                ],
            ),
        ],
    ),
    _truth(
        "tuneset2-20",
        "cc_annex",
        "html",
        "Sussex Police",
        "2025-06-25",
        ("Annabel Fairhurst", "Sussex Police and Crime Commissioner"),
        [
            item("2", "note", IMP, cc="accept"),
            item("4", "note", PLAN, cc="accept"),
            item("8", "note", PROG, cc="accept"),
            item("9", "note", NOT, cc="accept"),
        ],
    ),
)

add(
    _letter(
        [
            "York and North Yorkshire Combined Authority",
            "Office of the Mayor",
            "West Offices, Station Rise, York YO1 6GA",
        ],
        "11 September 2025",
        f"Response to HMICFRS: {SOC_TITLE}",
        [
            (
                "p",
                "As Mayor with police and crime commissioner functions, I respond to the two areas for improvement. "
                "North Yorkshire is the largest county in England, and rural organised crime depends on the "
                "regional unit as much as on the force.",
            ),
            ("heading", "Working together"),
            (
                "p",
                "I accept this area for improvement. North Yorkshire Police and the ROCU are part way through "
                "a shared tasking process: two of the four joint teams have been set up.",
            ),
            ("heading", "Surveillance equipment"),
            (
                "p",
                "I accept this area for improvement. A single regional equipment register will be introduced "
                "in April 2026, when the new contract starts.",
            ),
            ("p", "Yours sincerely,"),
        ],
        ["Harriet Sowerby", "Deputy Mayor for Policing, Fire and Crime, York and North Yorkshire"],
    ),
    _truth(
        "tuneset2-21",
        "regional_afi",
        "html",
        "North Yorkshire Police",
        "2025-09-11",
        ("Harriet Sowerby", "Deputy Mayor for Policing, Fire and Crime, York and North Yorkshire"),
        [item("1", "accept", PROG), item("2", "accept", PLAN)],
        report="soc-yh-2025",
    ),
)

add(
    _letter(
        ["Derbyshire Police and Crime Commissioner", "Butterley Hall, Ripley DE5 3RS"],
        "4th July 2025",
        f"{OIC_TITLE}: response",
        [
            (
                "p",
                "The Chief Constable has accepted the recommendations and I agree with them. Derbyshire has no "
                "port, but the M1 makes it a transit county.",
            ),
            (
                "p",
                "The intelligence submission after every referral, and the plan to collect and share information, "
                "are both in progress: the first is at 80 per cent compliance, and the plan is being consulted on with "
                "the East Midlands unit.",
            ),
            (
                "p",
                "Hydra and the e-learning are not in progress. Hydra has been delivered to all relevant staff "
                "already, while no decision has been taken on when the e-learning starts.",
            ),
            ("p", "I will ask for quarterly figures. Yours sincerely,"),
        ],
        ["Shaun Whitlock", "Police and Crime Commissioner for Derbyshire"],
    ),
    _truth(
        "tuneset2-22",
        "two_in_one_paragraph",
        "html",
        "Derbyshire Constabulary",
        "2025-07-04",
        ("Shaun Whitlock", "Police and Crime Commissioner for Derbyshire"),
        [
            item("2", "agree", PROG, cc="accept"),
            item("4", "agree", PROG, cc="accept"),
            item("8", "agree", IMP, cc="accept"),
            item("9", "agree", NOT, cc="accept"),
        ],
    ),
)

add(
    _letter(
        ["Cleveland Police and Crime Commissioner", "Ash House, Teesdale, Stockton-on-Tees TS17 6FH"],
        "16/06/2025",
        f"Response to {OIC_TITLE}",
        [
            (
                "p",
                "I am fully supportive of all four recommendations made to chief constables, as is the Chief "
                "Constable. Teesport means this report is relevant to Cleveland.",
            ),
            (
                "p",
                "On information plans, the force already shares a monthly intelligence picture with Border Force "
                "and the local authorities, and I consider that recommendation met.",
            ),
            ("p", "Yours sincerely,"),
        ],
        ["Callum Reay", "Police and Crime Commissioner for Cleveland"],
    ),
    _truth(
        "tuneset2-23",
        "blanket",
        "html",
        "Cleveland Police",
        "2025-06-16",
        ("Callum Reay", "Police and Crime Commissioner for Cleveland"),
        [
            item("2", "support", NS, cc="support"),
            item("4", "support", IMP, cc="support"),
            item("8", "support", NS, cc="support"),
            item("9", "support", NS, cc="support"),
        ],
    ),
)

add(
    _letter(
        ["Nottinghamshire Police and Crime Commissioner", "Arnot Hill House, Arnold, Nottingham NG5 6LU"],
        "9 July 2025",
        f"{OIC_TITLE}",
        [
            ("heading", "Recommendation 2"),
            (
                "p",
                "I accept this. The force has trained control room staff on the new procedure and it goes live "
                "next month.",
            ),
            ("heading", "Recommendation 4"),
            (
                "p",
                "I partially accept this. The force will produce the plan in 2026, but sharing will depend on "
                "agreements with partners that are not in place.",
            ),
            ("heading", "Recommendation 8"),
            ("p", "I accept this. The force has not started Hydra training and has no date for it yet."),
            ("heading", "Recommendation 9"),
            ("p", "I note this. I will ask the Chief Constable to set out a timetable."),
        ],
        ["Esther Langford", "Nottinghamshire Police and Crime Commissioner"],
    ),
    _truth(
        "tuneset2-24",
        "mixed_stances",
        "html",
        "Nottinghamshire Police",
        "2025-07-09",
        ("Esther Langford", "Nottinghamshire Police and Crime Commissioner"),
        [
            item("2", "accept", [PROG, PLAN]),
            item("4", "partially_agree", PLAN),
            item("8", "accept", NOT),
            item("9", "note", NS),
        ],
    ),
)

# ------------------------------------------------------------------------------------------------
# PDF (6)

_LONG = (
    " The force will report progress to the joint audit committee and to the quarterly accountability meeting, "
    "and any risk to delivery will be recorded on the force risk register with a named chief officer lead."
)

add(
    _letter(
        ["Devon and Cornwall Police and Crime Commissioner", "Andy Hocking House, Alderson Drive, Exeter EX2 7RP"],
        "7 July 2025",
        f"Response to HMICFRS: {OIC_TITLE}",
        [
            (
                "p",
                "Devon, Cornwall and the Isles of Scilly have more coastline than any other force area, with many "
                "small harbours. The table below gives the force's update, its status, and my comment.",
            ),
            (
                "table",
                [
                    ["Recommendation", "Force update", "Status", "Commissioner's comment"],
                    [
                        REC["oic:2"],
                        "The force has amended its referral procedure and every referral since April has carried an "
                        "intelligence submission, confirmed by a monthly audit." + _LONG,
                        "Complete",
                        "I accept this recommendation and consider it discharged.",
                    ],
                    [
                        REC["oic:4"],
                        "A collection plan covering the peninsula's harbours is being developed with the "
                        "South West regional unit; the harbour-master data-sharing agreement is signed and the "
                        "analysis product is drafted." + _LONG,
                        "Amber",
                        "I accept this recommendation. I will monitor progress through my performance board.",
                    ],
                    [
                        REC["oic:8"],
                        "Hydra has not been delivered yet. A business case for a regional Hydra suite goes to "
                        "chief officers in January 2026." + _LONG,
                        "Not started",
                        "I accept this recommendation.",
                    ],
                    [
                        REC["oic:9"],
                        "The modules will be rolled out next financial year, once the new learning platform "
                        "arrives." + _LONG,
                        "Planned",
                        "I accept this recommendation.",
                    ],
                ],
            ),
            ("p", "Yours sincerely,"),
        ],
        ["Tamsin Rowe", "Police and Crime Commissioner for Devon and Cornwall"],
        footer="OPCC Devon and Cornwall – response to HMICFRS – July 2025",
    ),
    _truth(
        "tuneset2-25",
        "table_pdf",
        "pdf",
        "Devon and Cornwall Police",
        "2025-07-07",
        ("Tamsin Rowe", "Police and Crime Commissioner for Devon and Cornwall"),
        [
            item("2", "accept", IMP),
            item("4", "accept", PROG),
            item("8", "accept", [NOT, PLAN]),
            item("9", "accept", PLAN),
        ],
    ),
)

add(
    _letter(
        [
            "Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight",
            "St George's Chambers, St George's Street, Winchester SO23 8AJ",
        ],
        "26th June 2025",
        f"{OIC_TITLE} – response",
        [
            (
                "p",
                "The Chief Constable's update and my comment are set out against each recommendation. Southampton "
                "and Portsmouth are among the busiest ports in the country.",
            ),
            (
                "table",
                [
                    ["No.", "Force response", "RAG", "PCC comment"],
                    [
                        "2",
                        "Accepted. From September every referral will be recorded in the new crime system, which makes "
                        "the intelligence submission mandatory; until then supervisors check referrals by hand each "
                        "week." + _LONG,
                        "Amber",
                        "I accept. The interim checks are sensible.",
                    ],
                    [
                        "4",
                        "Accepted. No work has begun; the force is waiting for the national intelligence requirement "
                        "from the Modern Slavery and Organised Immigration Crime Unit before starting." + _LONG,
                        "Red",
                        "I accept, and I will press for a start date.",
                    ],
                    [
                        "8",
                        "Accepted. Hydra was delivered to all relevant staff between January and April 2025 and is now "
                        "part of the detective development programme." + _LONG,
                        "Green",
                        "I accept.",
                    ],
                    [
                        "9",
                        "Accepted. The modules are being piloted in two districts, Portsmouth and the Isle of Wight, "
                        "with force-wide roll-out to follow in the new year." + _LONG,
                        "Amber",
                        "I accept.",
                    ],
                ],
            ),
            ("p", "Yours sincerely,"),
        ],
        ["Geraint Mallory", "Police and Crime Commissioner for Hampshire and the Isle of Wight"],
    ),
    _truth(
        "tuneset2-26",
        "table_pdf",
        "pdf",
        "Hampshire and Isle of Wight Constabulary",
        "2025-06-26",
        ("Geraint Mallory", "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
        [
            item("2", "accept", [PLAN, PROG], cc="accept"),
            item("4", "accept", NOT, cc="accept"),
            item("8", "accept", IMP, cc="accept"),
            item("9", "accept", PROG, cc="accept"),
        ],
    ),
)

add(
    _letter(
        [
            "Staffordshire Commissioner's Office",
            "Police, Fire and Rescue and Crime",
            "1 Stafford Court, Stafford ST16 2DA",
        ],
        None,
        f"Response to the HMICFRS report: {OIC_TITLE}",
        [
            ("p", "Staffordshire Police's update and my comments are tabled below."),
            (
                "table",
                [
                    ["Recommendation", "Chief Constable", "Progress", "Commissioner"],
                    [
                        "Recommendation 2 – referral intelligence",
                        "Agreed. A control room prompt was designed in May and is being built by the supplier." + _LONG,
                        "In progress – 50%",
                        "I agree.",
                    ],
                    [
                        "Recommendation 4 – information plan",
                        "Agreed. The West Midlands regional plan is in place and the force contributes to it." + _LONG,
                        "Complete – Jan 2025",
                        "I agree.",
                    ],
                    [
                        "Recommendation 8 – Hydra",
                        "Agreed. Planned for spring 2026, subject to trainer availability." + _LONG,
                        "Planned – Mar 2026",
                        "I agree.",
                    ],
                    [
                        "Recommendation 9 – e-learning",
                        "Agreed. Awaiting national guidance on which roles are relevant before starting." + _LONG,
                        "Not started",
                        "I agree, and I will raise the national guidance with the Home Office.",
                    ],
                ],
            ),
            ("p", "Yours sincerely,"),
            ("p", "Dated 2nd July 2025"),
        ],
        ["Nathaniel Brereton", "Staffordshire Commissioner for Police, Fire and Rescue and Crime"],
        footer="Staffordshire Commissioner's Office – 2 July 2025",
    ),
    _truth(
        "tuneset2-27",
        "table_pdf",
        "pdf",
        "Staffordshire Police",
        "2025-07-02",
        ("Nathaniel Brereton", "Staffordshire Commissioner for Police, Fire and Rescue and Crime"),
        [
            item("2", "agree", PROG, cc="agree"),
            item("4", "agree", IMP, cc="agree"),
            item("8", "agree", PLAN, cc="agree"),
            item("9", "agree", NOT, cc="agree"),
        ],
    ),
)

add(
    _letter(
        ["Dyfed-Powys Police and Crime Commissioner", "Police Headquarters, Llangunnor, Carmarthen SA31 2PF"],
        "1 July 2025",
        f"HMICFRS: {OIC_TITLE}",
        [
            (
                "p",
                "Dyfed-Powys is the largest police area in England and Wales by land, with the ferry ports of "
                "Fishguard and Pembroke Dock. I have read the Chief Constable's response, which is attached, "
                "and I support it.",
            ),
            ("p", "Yours sincerely,"),
        ],
        ["Rhodri Bevan", "Police and Crime Commissioner for Dyfed-Powys"],
        annex=[
            ("heading", "Annex A: Chief Constable's response"),
            (
                "p",
                "1. Intelligence following referrals (report recommendation 2): accepted. The process is in place and "
                "has been since last year.",
            ),
            (
                "p",
                "2. Information plan (report recommendation 4): accepted. We are building the plan with the ports "
                "policing unit; a first version is due in October.",
            ),
            (
                "p",
                "3. Hydra (report recommendation 8): accepted. Our trainers were booked on the national "
                "train-the-trainer course, but that was postponed, so delivery is on hold until it is rearranged.",
            ),
            (
                "p",
                "4. E-learning (report recommendation 9): accepted. The force will make the modules mandatory for "
                "relevant roles from 1 October 2025.",
            ),
        ],
    ),
    _truth(
        "tuneset2-28",
        "cc_annex",
        "pdf",
        "Dyfed-Powys Police",
        "2025-07-01",
        ("Rhodri Bevan", "Police and Crime Commissioner for Dyfed-Powys"),
        [
            item("2", "support", IMP, cc="accept"),
            item("4", "support", PROG, cc="accept"),
            item("8", "support", [NOT, PROG], cc="accept"),
            item("9", "support", PLAN, cc="accept"),
        ],
    ),
)

add(
    _letter(
        ["Humberside Police and Crime Commissioner", "Wilberforce Court, Alfred Gelder Street, Hull HU1 1UY"],
        "2nd October 2025",
        f"Further response: {SOC_TITLE}",
        [
            (
                "p",
                "Further to my letter in September, the Chief Constable of Humberside Police has given me an "
                "update on the two areas for improvement, which I endorse.",
            ),
            ("heading", "AFI 1: how the ROCU and forces work together"),
            (
                "p",
                "Force update: the joint tasking group is established and now meets fortnightly. The next step, "
                "a shared performance framework, will be introduced in the new year.",
            ),
            ("heading", "AFI 2: procurement and use of technical surveillance equipment"),
            (
                "p",
                "Force update: the equipment audit across the region has been completed and a joint procurement "
                "team is now drawing up the specification.",
            ),
            ("p", "Yours sincerely,"),
        ],
        ["Gareth Pybus", "Police and Crime Commissioner for Humberside"],
    ),
    _truth(
        "tuneset2-29",
        "regional_afi",
        "pdf",
        "Humberside Police",
        "2025-10-02",
        ("Gareth Pybus", "Police and Crime Commissioner for Humberside"),
        [item("1", ["support", "agree"], [IMP, PROG]), item("2", ["support", "agree"], PROG)],
        report="soc-yh-2025",
    ),
)

add(
    _letter(
        ["Gloucestershire Police and Crime Commissioner", "Churchill House, Waterwells Drive, Quedgeley GL2 2AN"],
        "10 July 2025",
        f"{OIC_TITLE}",
        [
            ("heading", "Reporting intelligence after each national referral"),
            (
                "p",
                "I accept this. The intelligence submission is embedded in the referral process and checked "
                "weekly by the intelligence manager.",
            ),
            ("heading", "Planning how information is gathered and shared"),
            (
                "p",
                "I accept this. The force plans to adopt the regional collection plan when the South West unit "
                "issues it in the new year.",
            ),
            ("heading", "Hydra"),
            ("p", "I accept this. It has not yet been scheduled."),
            ("heading", "Completing the online modules"),
            (
                "p",
                "I accept this. The learning team is part way through: 300 of about 520 officers in relevant roles "
                "have done all four modules.",
            ),
            ("p", "Yours sincerely,"),
        ],
        ["Lydia Fairweather", "Police and Crime Commissioner for Gloucestershire"],
    ),
    _truth(
        "tuneset2-30",
        "paraphrase_headings",
        "pdf",
        "Gloucestershire Constabulary",
        "2025-07-10",
        ("Lydia Fairweather", "Police and Crime Commissioner for Gloucestershire"),
        [item("2", "accept", IMP), item("4", "accept", PLAN), item("8", "accept", NOT), item("9", "accept", PROG)],
    ),
)


def main() -> None:
    about = (
        "A second tuning set: 30 letters written by hand on 30 November 2026, names invented, for tuning "
        "(its misses are meant to be read). Its weight is on the claimed status of each finding. Same schema as "
        "tests/ingest/sealed/truth.json; split 'tuneset2'. Late: section 55's 56 days begin with the day of "
        "publication (16 May 2025), so 10 July 2025 is the last day on time."
    )
    corpus.write_set(HERE, about, LETTERS)


if __name__ == "__main__":
    main()
