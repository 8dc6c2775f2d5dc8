"""Build the fourth sealed set: ``letters/`` and ``truth.json``, reproducibly.

    .venv/bin/python tests/ingest/sealed4/build.py

Twenty response letters written out whole, by hand, on 30 November 2026, in wording of their own
(not taken from the corpus's ``phrases.py``, the phrasebooks or the other sealed sets). Every
person's name is invented; the forces and policing bodies are real names, used only as the
senders of synthetic letters, and none of them is a seed letter's force. Each letter's truth is
written beside it by hand from reading the letter, not derived from how it was built.

The set is kept from tuning: measure it before and after a change, never read what the pipeline
makes of a single letter. Only the renderers (TXT, DOCX, HTML, PDF) are shared with the corpus
builder. Split: "sealed4".
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
R2 = corpus.FINDINGS["oic:2"]
R4 = corpus.FINDINGS["oic:4"]
R8 = corpus.FINDINGS["oic:8"]
R9 = corpus.FINDINGS["oic:9"]
A1 = corpus.FINDINGS["soc:1"]
A2 = corpus.FINDINGS["soc:2"]
HMI = ["HM Chief Inspector of Constabulary", "HMICFRS", "Globe House", "89 Eccleston Square", "London SW1V 1PN"]
# Improving the response to organised immigration crime was published on 16 May 2025 (the pack), so
# the 56-day period ends on 10 July 2025. The regional report was published in December 2025.

Blocks = list[tuple[str, Any]]


item = corpus.item


def _base(
    n: int,
    kind: str,
    fmt: str,
    force: str,
    org: str,
    author: tuple[str, str],
    date: str | None,
    *,
    late: bool = False,
    report: str = "oic-2025",
) -> dict[str, Any]:
    id = f"sealed4-{n:02d}"
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
        "run_with_report": None,
        "split": "sealed4",
    }


# ------------------------------------------------------------------------------------------------
# Plain letters with headings that paraphrase the recommendation


def _lincolnshire() -> Blocks:
    return [
        ("letterhead", ["Office of the Police and Crime Commissioner for Lincolnshire", "Deepdale Lane", "Nettleham"]),
        ("letterhead", ["Lincoln LN2 2LT"]),
        ("date", "8th July 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Section 55 response: {OIC_TITLE}"),
        (
            "para",
            "Thank you for the report. Lincolnshire is a large rural county with a small force, a working port at "
            "Boston and a farming and food-processing economy that relies on seasonal labour, so the exploitation "
            "of migrants is not an abstract concern here. I have sought the Chief Constable's views and set out my "
            "own below, under headings of my own choosing.",
        ),
        ("heading", "Intelligence after every call to the immigration command centre"),
        (
            "para",
            "I support this recommendation. Since the start of June the control room has checked each referral to "
            "Immigration Enforcement's command centre against the intelligence system before the incident log can "
            "be closed, and the check forms part of the daily management meeting.",
        ),
        ("heading", "Knowing what we need to know about people smuggling"),
        (
            "para",
            "I accept the recommendation. The force intelligence bureau is part way through writing a collection "
            "plan; the current draft covers the port, the A16 and A17 routes and the labour market in the south "
            "of the county.",
        ),
        ("heading", "The Hydra exercise"),
        (
            "para",
            "The Chief Constable and I agree that this is the right course. A two-day Hydra exercise for detective "
            "sergeants and inspectors is booked for March 2026 at the East Midlands training centre.",
        ),
        ("heading", "Online learning"),
        (
            "para",
            "I note this recommendation. The four modules were released by the College only recently and no work "
            "has begun on assigning them, because the force first wants to settle which roles count as relevant "
            "personnel in a force of our size.",
        ),
        (
            "para",
            "The inspectorate found that forces' understanding of organised immigration crime remains patchy. I "
            "will follow the force's progress on all four points through my quarterly accountability meetings and "
            "report it to the Police and Crime Panel.",
        ),
        ("para", "Yours sincerely,"),
        ("sign", ["Marcus Whitlow", "Police and Crime Commissioner for Lincolnshire"]),
    ]


def _cheshire() -> Blocks:
    return [
        ("letterhead", ["Cheshire Police and Crime Commissioner", "Clemonds Hey, Oakmere Road, Winsford CW7 2UA"]),
        ("date", "04/07/2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"{OIC_TITLE}: the Commissioner's response"),
        (
            "para",
            "I was elected last year and this is one of the first national reports I have answered. I have "
            "discussed it with the Chief Constable and with my office's scrutiny lead, and I respond below.",
        ),
        ("heading", "Recording what officers tell the NCCU"),
        (
            "para",
            "I welcome this recommendation. The force has added a mandatory field to its incident and custody "
            "systems, so that entering an NCCU reference prompts the officer to submit an intelligence report; "
            "the change went live on 2 June.",
        ),
        ("heading", "A plan for intelligence on people smuggling"),
        (
            "para",
            "I am fully supportive of this. A draft plan is being piloted in the Warrington and Halton local "
            "policing units, with the aim of extending it to the rest of the county in the autumn.",
        ),
        ("heading", "Simulation training for serious crime investigators"),
        (
            "para",
            "I accept this recommendation. Hydra places for the serious and organised crime unit have not yet "
            "been scheduled.",
        ),
        ("heading", "E-learning for officers on the front line"),
        (
            "para",
            "I accept this. Just over half of response officers have finished all four modules, and supervisors "
            "follow up the rest through monthly performance conversations.",
        ),
        (
            "para",
            "I will hold the Chief Constable to account for these commitments at my Scrutiny and Performance "
            "meetings, the minutes of which are published on my website.",
        ),
        ("para", "Kind regards,"),
        ("sign", ["Priya Hallam", "Police and Crime Commissioner for Cheshire"]),
    ]


def _devon() -> Blocks:
    return [
        ("letterhead", ["Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"]),
        ("letterhead", ["Andy Hocking House, Alderson Drive, Exeter EX2 7RP"]),
        ("date", "9 July 2025"),
        ("address", HMI),
        ("salutation", "Dear HM Chief Inspector,"),
        ("title", f"Response to the HMICFRS report {OIC_TITLE}"),
        (
            "para",
            "Devon and Cornwall Police covers the largest land area of any force in England, with more than 700 "
            "miles of coastline, the ports of Plymouth and Falmouth and many small harbours. The threat of small "
            "boat and lorry arrivals is lower here than in the south east, but the peninsula is not immune.",
        ),
        ("heading", "Submitting intelligence to Immigration Enforcement's command centre"),
        (
            "para",
            "I agree with the inspectorate. The force adopted this as standard practice from 1 April 2025: each "
            "referral to the National Command and Control Unit has been followed by an intelligence submission, "
            "checked by the force intelligence bureau. I consider this recommendation discharged.",
        ),
        ("heading", "Collecting and sharing information about smuggling networks"),
        (
            "para",
            "I support the recommendation. Once the new records management system arrives in the spring, the force "
            "will use it to build the collection plan; until then the work is on hold.",
        ),
        ("heading", "Hydra simulation"),
        (
            "para",
            "I accept it. Hydra training has been business as usual for the force's senior investigating officers "
            "since 2023, and the marine unit took part in the most recent exercise.",
        ),
        ("heading", "The four online modules"),
        (
            "para",
            "I agree in part. I share the aim, but I have asked the Chief Constable whether all four modules are "
            "needed by officers at our most remote stations, where every hour away from patrol is felt. The force "
            "has not yet decided who will be asked to complete them.",
        ),
        (
            "para",
            "The Home Office and the National Crime Agency are reviewing how intelligence flows between them and "
            "the police; I will take account of that work when I next review this response.",
        ),
        ("para", "Yours sincerely,"),
        ("sign", ["Harriet Penrose", "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"]),
        ("footer", "Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
    ]


def _durham() -> Blocks:
    return [
        ("letterhead", ["Durham Police and Crime Commissioner", "Aykley Heads, Durham DH1 5TT"]),
        ("date", "7th July 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"HMICFRS: {OIC_TITLE}"),
        (
            "para",
            "I took office this spring after my predecessor stood down, so this response was prepared with the Chief "
            "Constable in my first weeks. "
            "County Durham and Darlington see less organised immigration crime than the large cities, but the "
            "report's findings on intelligence and training apply to us as much as to anyone.",
        ),
        ("heading", "Intelligence submissions following NCCU contact"),
        (
            "para",
            "I agree. Durham Constabulary has issued a force instruction and is auditing compliance with it; the "
            "first audit is under way and will report in August.",
        ),
        ("heading", "Information plans"),
        (
            "para",
            "I agree. Drafting is under way on a collection plan for organised immigration crime, owned by the "
            "head of intelligence.",
        ),
        ("heading", "Hydra training for investigators"),
        ("para", "I agree. A business case for further Hydra places goes to chief officers in January."),
        ("heading", "Online training modules"),
        (
            "para",
            "I agree. The force is awaiting national guidance on which roles are relevant personnel before starting.",
        ),
        ("para", "I will review progress with the Chief Constable at my Strategic Governance Board each quarter."),
        ("para", "Yours faithfully,"),
        ("sign", ["Connor Blakey", "Police and Crime Commissioner for Durham and Darlington"]),
    ]


# ------------------------------------------------------------------------------------------------
# Response tables: the force's update beside the commissioner's comment


def _essex() -> Blocks:
    return [
        ("letterhead", ["Police, Fire and Crime Commissioner for Essex", "Kelvedon Park, London Road, Rivenhall"]),
        ("letterhead", ["Witham CM8 3HB"]),
        ("date", "10 July 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Response to {OIC_TITLE}"),
        (
            "para",
            "Essex has the ports of Tilbury and Harwich, London Stansted Airport and a long coastline, and the "
            "force sees organised immigration crime every week. The table below gives the Chief Constable's "
            "response to each recommendation made to chief constables, with my comment beside it.",
        ),
        (
            "table",
            [
                ["Recommendation", "Essex Police response", "Commissioner's comment"],
                [
                    R2,
                    "Accepted. A mandatory intelligence submission for NCCU referrals was introduced in May 2025 and "
                    "is checked daily by the Force Control Room.",
                    "I support the force's approach and consider this recommendation met.",
                ],
                [
                    R4,
                    "Accepted. Collection plan drafted; consultation with Border Force at Harwich and Tilbury "
                    "ongoing; sign-off expected October 2025.",
                    "I support this. I will review the finished plan at my Performance and Resources Board.",
                ],
                [
                    R8,
                    "Accepted in part. The force will put its port and serious crime investigators through Hydra "
                    "but does not consider it necessary for all CID officers.",
                    "I agree with the Chief Constable's proportionate reading of 'relevant personnel'.",
                ],
                [
                    R9,
                    "Accepted. 62% of the target group had completed all four modules as at 30 June 2025.",
                    "I support the recommendation and welcome the progress so far.",
                ],
            ],
        ),
        ("para", "Yours sincerely,"),
        ("sign", ["Gareth Okonjo", "Police, Fire and Crime Commissioner for Essex"]),
    ]


def _kent() -> Blocks:
    return [
        ("letterhead", ["Kent Police and Crime Commissioner", "Sessions House, County Road, Maidstone ME14 1XQ"]),
        ("date", "3rd July 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"HMICFRS report – {OIC_TITLE}"),
        (
            "para",
            "No county feels the pressure of small boat crossings and lorry arrivals more than Kent, and I welcomed "
            "the inspection. The force's updates and my comments are set out in the table, using the report's "
            "own numbers.",
        ),
        (
            "table",
            [
                ["No.", "HMICFRS recommendation", "Force update", "PCC comment"],
                [
                    "2",
                    R2,
                    "Complete – Sept 2024. NCCU referrals raise an intelligence report through the force portal.",
                    "Noted. Compliance is reported to me monthly.",
                ],
                [
                    "4",
                    R4,
                    "Amber: on track for the December 2025 deadline. Plan in draft with the Serious Crime Directorate.",
                    "I accept the recommendation and will seek assurance that the plan covers the Channel ports.",
                ],
                [
                    "8",
                    R8,
                    "Not started – awaiting national guidance from the MSOIC Unit on the Hydra package.",
                    "I accept.",
                ],
                [
                    "9",
                    R9,
                    "Green. 1,140 of 1,600 identified officers and staff have finished the modules.",
                    "I support the recommendation; progress is good.",
                ],
            ],
        ),
        (
            "para",
            "The Home Office's Border Security Command is also changing how it works with forces on the coast. "
            "I will keep the Police and Crime Panel informed of how that affects Kent.",
        ),
        ("para", "Yours sincerely,"),
        ("sign", ["Rosalind Tapp", "Kent Police and Crime Commissioner"]),
    ]


def _hampshire() -> Blocks:
    return [
        ("letterhead", ["Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight"]),
        ("letterhead", ["St George's Chambers, St George's Street, Winchester SO23 8AJ"]),
        ("date", "1 July 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"{OIC_TITLE} – response of the Police and Crime Commissioner"),
        (
            "para",
            "I asked the Chief Constable for her comments, which I summarise in the middle column. My own view "
            "follows in the right-hand column.",
        ),
        (
            "table",
            [
                ["Recommendation", "What the force has told me", "My view"],
                [
                    "Intelligence document after every NCCU referral",
                    "The Constabulary accepted this recommendation. It is revising the guidance for response "
                    "officers and has briefed both control rooms; neighbourhood teams are next.",
                    "I support the recommendation and have asked for the revised guidance to be shared with my office.",
                ],
                [
                    "A plan to collect, analyse and share information",
                    "A collection plan for Southampton docks, Portsmouth and the Solent was approved by the chief "
                    "officer group in June 2025.",
                    "I accept this; the plan meets the requirement as I read it.",
                ],
                [
                    "Hydra training",
                    "Accepted. Hydra training will be rolled out next financial year, subject to funding.",
                    "I partially agree. I am not yet persuaded that Hydra should come before recruiting more "
                    "investigators, and will discuss this with the Chief Constable.",
                ],
                ["The four e-learning modules", "Accepted.", "I agree."],
            ],
        ),
        ("para", "With best wishes,"),
        ("sign", ["Tobias Renwick", "Police and Crime Commissioner for Hampshire and the Isle of Wight"]),
    ]


def _northamptonshire() -> Blocks:
    return [
        ("letterhead", ["Northamptonshire Police, Fire and Crime Commissioner", "Darby House, Darby Close"]),
        ("letterhead", ["Park Farm Industrial Estate, Wellingborough NN8 6GS"]),
        ("date", "08.07.2025"),
        ("address", HMI),
        ("salutation", "Dear HM Inspector,"),
        ("title", f"Commissioner's response: {OIC_TITLE}"),
        (
            "para",
            "The Chief Constable has accepted all four recommendations made to chief constables, and I support "
            "them. Northamptonshire sits on the M1 and A14 freight corridors, and the force's status for each "
            "recommendation is shown below.",
        ),
        (
            "table",
            [
                ["Ref", "Recommendation", "Status", "Update"],
                [
                    "2",
                    R2,
                    "Complete",
                    "The intelligence submission is now built into the NCCU referral workflow on the force's "
                    "records system.",
                ],
                ["4", R4, "In progress", "Plan drafted; consultation with the regional unit under way."],
                ["8", R8, "Not started", "Awaiting the MSOIC Unit's course dates."],
                [
                    "9",
                    R9,
                    "Complete",
                    "97% of relevant staff have completed all four modules; the rest are on long-term leave.",
                ],
            ],
        ),
        ("para", "I will ask the force for a further update at my Accountability Board in the autumn."),
        ("para", "Yours sincerely,"),
        ("sign", ["Imogen Farrar", "Police, Fire and Crime Commissioner for Northamptonshire"]),
    ]


def _west_mercia() -> Blocks:
    return [
        ("letterhead", ["West Mercia Police and Crime Commissioner", "Hindlip Hall, Hindlip, Worcester WR3 8SP"]),
        ("date", "2nd July 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Response to HMICFRS: {OIC_TITLE}"),
        (
            "para",
            "West Mercia polices Herefordshire, Shropshire, Telford and Wrekin and Worcestershire: a "
            "large, largely rural area with the M5 and M50 running through it. The Chief Constable's "
            "response and my comments follow, with the force's own RAG rating.",
        ),
        (
            "table",
            [
                ["Recommendation", "Force response", "RAG", "Commissioner's comment"],
                [
                    R2,
                    "West Mercia Police accepts this recommendation. Since February 2025 every officer who refers "
                    "a case to the National Command and Control Unit has had to submit an intelligence report "
                    "before going off duty. The force intelligence bureau checks each referral against the "
                    "intelligence system every morning and returns any without a report to the officer's "
                    "supervisor. The April and May audits found a report for every referral.",
                    "Green",
                    "I accept the force's account and have seen the audit results. I consider this recommendation "
                    "complete.",
                ],
                [
                    R4,
                    "West Mercia Police accepts this recommendation. The strategic intelligence unit has begun "
                    "work on a collection plan covering the M5 and M50 corridors, agricultural employment in "
                    "Herefordshire and Worcestershire, and hand car washes and nail bars in the towns. Analysts "
                    "are gathering data from partners, including the Gangmasters and Labour Abuse Authority and "
                    "the three local authority areas, and the plan is about half written.",
                    "Amber",
                    "I support the recommendation, although I am concerned that the plan depends on analysts who "
                    "are also covering county lines. I will ask for an update at my Performance and Accountability "
                    "Board in October.",
                ],
                [
                    R8,
                    "West Mercia Police accepts this recommendation. No Hydra training has yet been delivered to "
                    "the force's officers. The force has asked the Modern Slavery and Organised Immigration Crime "
                    "Unit for places on the national programme and is still waiting for a date. It has identified "
                    "the forty detectives and supervisors who would attend.",
                    "Red",
                    "I note the position, which is largely outside the force's control.",
                ],
                [
                    R9,
                    "West Mercia Police accepts this recommendation. The four modules were assigned to all "
                    "frontline officers and staff in June through the learning management system. Completion "
                    "stands at 48 per cent, and managers receive a weekly list of those who have not finished. "
                    "Officers on restricted duties will complete the modules on their return.",
                    "Green",
                    "I support this recommendation.",
                ],
            ],
        ),
        (
            "para",
            "The report also makes recommendations to the National Crime Agency and the Home Office. Those are for "
            "them to answer, and I have not commented on them.",
        ),
        ("para", "Yours sincerely,"),
        ("sign", ["Eleanor Marchbank", "West Mercia Police and Crime Commissioner"]),
        ("footer", "West Mercia PCC – Response to HMICFRS – OFFICIAL"),
    ]


def _manchester() -> Blocks:
    return [
        ("letterhead", ["Greater Manchester Combined Authority", "Tootal Buildings, 56 Oxford Street"]),
        ("letterhead", ["Manchester M1 6EU"]),
        ("date", "09/07/2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Greater Manchester's response to {OIC_TITLE}"),
        (
            "para",
            "I write as the Deputy Mayor with responsibility for policing, on behalf of the Mayor of Greater "
            "Manchester. Greater Manchester Police serves ten boroughs and nearly three million people, and "
            "Manchester Airport is one of the country's busiest ports of entry. The table sets out GMP's update "
            "and my comments.",
        ),
        (
            "table",
            [
                ["HMICFRS recommendation", "GMP update", "Status", "Deputy Mayor's comment"],
                [
                    R2,
                    "Accepted. A mandatory intelligence submission for every NCCU referral was introduced on 12 May "
                    "2025. The Force Intelligence Bureau dip-samples fifty referrals a month and reports the "
                    "results to the Serious and Organised Crime Group's performance meeting; the first two samples "
                    "found full compliance.",
                    "Complete",
                    "I agree with the recommendation and am reassured by the dip-sampling, which I asked to see.",
                ],
                [
                    R4,
                    "Accepted. The force's strategic assessment of organised immigration crime is being refreshed "
                    "with the North West Regional Organised Crime Unit. The collection plan will follow the "
                    "assessment in November 2025 and will be shared with Border Force at the airport and with the "
                    "ten local authorities.",
                    "On track",
                    "I support this recommendation. The plan must reflect all ten boroughs, not the airport alone.",
                ],
                [
                    R8,
                    "Accepted. Two cohorts from the Serious and Organised Crime Group have completed Hydra; a third "
                    "is booked for February 2026, after which the remaining detective inspectors will have "
                    "attended.",
                    "In progress",
                    "I welcome this recommendation and the progress made.",
                ],
                [
                    R9,
                    "Accepted in principle. GMP does not agree that every officer needs all four modules and has "
                    "proposed a tiered approach, which it will discuss with the College of Policing before "
                    "deciding who should complete which modules.",
                    "Under review",
                    "I agree only in part with this recommendation as written: a tiered approach seems sensible to "
                    "me, and I will raise it with the College of Policing myself.",
                ],
            ],
        ),
        ("para", "Yours sincerely,"),
        ("sign", ["Samira Kettering", "Deputy Mayor for Policing and Crime, Greater Manchester"]),
        ("footer", "GMCA – Deputy Mayor for Policing and Crime"),
    ]


# ------------------------------------------------------------------------------------------------
# A cover letter with the chief constable's response appended


def _leicestershire() -> Blocks:
    return [
        ("letterhead", ["Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland"]),
        ("letterhead", ["Force Headquarters, St Johns, Enderby LE19 2BX"]),
        ("date", "4th July 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"{OIC_TITLE}"),
        (
            "para",
            "I have considered the report together with the Chief Constable's response, which is attached as Annex "
            "A. I support all four recommendations made to chief constables and I am satisfied that the force's "
            "plans answer them. My office will check the completion figures for the e-learning at each quarterly "
            "performance meeting.",
        ),
        ("para", "Yours sincerely,"),
        ("sign", ["Ravinder Moss", "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"]),
        ("heading", "Annex A: Response of the Chief Constable of Leicestershire Police"),
        ("heading", "Recommendation 2"),
        ("quote", R2),
        (
            "para",
            "The force accepts this recommendation. Since March 2025 the Force Investigation Hub has carried out a "
            "weekly check that every NCCU referral has a matching intelligence submission.",
        ),
        ("heading", "Recommendation 4"),
        ("quote", R4),
        (
            "para",
            "Accepted. A collection plan is in development and will go to the force tasking meeting in September.",
        ),
        ("heading", "Recommendation 8"),
        ("quote", R8),
        ("para", "Accepted. The force will send its modern slavery team to the next regional Hydra event."),
        ("heading", "Recommendation 9"),
        ("quote", R9),
        ("para", "Accepted. The modules have been assigned and 31% of officers and staff have completed them."),
        ("sign", ["Chief Constable, Leicestershire Police"]),
        ("footer", "OPCC Leicester, Leicestershire and Rutland"),
    ]


def _dorset() -> Blocks:
    return [
        ("letterhead", ["Dorset Police and Crime Commissioner", "Force Headquarters, Winfrith, Dorchester DT2 8DZ"]),
        ("date", "10th July 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Response to the inspection report: {OIC_TITLE}"),
        (
            "para",
            "Dorset is a small force, but Poole harbour, Portland port and the county's long coastline mean that "
            "organised immigration crime is part of its work. My comments on each recommendation made to chief "
            "constables follow; the Chief Constable's response is appended in full.",
        ),
        ("heading", "Intelligence reports for NCCU referrals"),
        ("para", "I support this and note that the force already does it."),
        ("heading", "Information collection plans"),
        ("para", "I support this recommendation."),
        ("heading", "Hydra"),
        (
            "para",
            "I have reservations. For a force of Dorset's size, sending investigators away for Hydra training "
            "takes them off cases, and I would prefer it delivered regionally. I accept the aim.",
        ),
        ("para", "Yours sincerely,"),
        ("sign", ["Philippa Drewe", "Dorset Police and Crime Commissioner"]),
        ("heading", "Appendix: the Chief Constable's response"),
        (
            "para",
            "Recommendation 2. Dorset Police accepts. The requirement has been written into the force's immigration "
            "referrals procedure, which officers have followed since February.",
        ),
        (
            "para",
            "Recommendation 4. Accepted. The plan is scheduled for completion by November 2025 and will be agreed "
            "with the South West Regional Organised Crime Unit.",
        ),
        (
            "para",
            "Recommendation 8. Accepted. Hydra training has been commissioned from the regional centre for spring "
            "2026.",
        ),
        (
            "para",
            "Recommendation 9. Accepted. Every student officer now takes the four modules during initial training; "
            "serving officers are working through them in turn.",
        ),
    ]


# ------------------------------------------------------------------------------------------------
# Labels only: the report's numbers and the answer, without the recommendation's wording


def _bedfordshire() -> Blocks:
    return [
        ("letterhead", ["Bedfordshire Police and Crime Commissioner", "Bridgebury House, Woburn Road, Kempston"]),
        ("letterhead", ["Bedford MK43 9AX"]),
        ("date", "18 August 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Response to HMICFRS: {OIC_TITLE}"),
        (
            "para",
            "I apologise that this response is later than the statutory period allows; the handover to my new "
            "chief executive delayed it. Bedfordshire is a small force with the demands of a big town and London "
            "Luton Airport.",
        ),
        ("heading", "Recommendation 2"),
        (
            "para",
            "I accept. The force's intelligence hub now reviews every NCCU referral and chases the officer "
            "wherever no intelligence report has been submitted.",
        ),
        ("heading", "Recommendation 4"),
        (
            "para",
            "I accept. This is being developed jointly with Hertfordshire and Cambridgeshire through our "
            "collaborated intelligence function, and a first version is expected before the December deadline.",
        ),
        ("heading", "Recommendation 8"),
        (
            "para",
            "I accept. The Hydra package will be delivered first to the investigators who work at the airport, "
            "early in the new year.",
        ),
        ("heading", "Recommendation 9"),
        ("para", "I accept, and I will ask the force each quarter for its completion figures."),
        ("para", "Yours sincerely,"),
        ("sign", ["Dominic Harcourt-Lyle", "Police and Crime Commissioner for Bedfordshire"]),
    ]


def _warwickshire() -> Blocks:
    return [
        ("letterhead", ["Warwickshire Police and Crime Commissioner", "3 Northgate Street, Warwick CV34 4SP"]),
        ("date", "30 June 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"{OIC_TITLE}: response from the Warwickshire Police and Crime Commissioner"),
        (
            "para",
            "Warwickshire is one of the smallest forces in England, and shares several functions with West "
            "Mercia Police. My response to each recommendation to chief constables is given below.",
        ),
        ("heading", "Rec. 2"),
        (
            "para",
            "Warwickshire Police has accepted this recommendation. Officers were reminded of the requirement by a "
            "force-wide briefing in June, and the control room was given a checklist for every referral.",
        ),
        ("heading", "Rec. 4"),
        (
            "para",
            "I agree with this recommendation. The plan will be produced with West Mercia through the shared "
            "intelligence function, and a first draft is due in October.",
        ),
        ("heading", "Rec. 8"),
        (
            "para",
            "I disagree that every force should fund Hydra places for all of its investigators: for a force of "
            "Warwickshire's size, regional delivery through the ROCU is a better use of public money. The force "
            "has not started any Hydra training.",
        ),
        ("heading", "Rec. 9"),
        (
            "para",
            "The Chief Constable accepts this recommendation. Completing the modules has been made mandatory for "
            "all neighbourhood and response officers, with a completion date of 31 March 2026.",
        ),
        ("para", "Yours sincerely,"),
        ("sign", ["Oliver Stanbridge", "Warwickshire Police and Crime Commissioner"]),
    ]


# ------------------------------------------------------------------------------------------------
# A blanket statement followed by detail on some findings


def _suffolk() -> Blocks:
    return [
        ("letterhead", ["Suffolk Police and Crime Commissioner", "Police Headquarters, Martlesham Heath"]),
        ("letterhead", ["Ipswich IP5 3QS"]),
        ("date", "7 July 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"{OIC_TITLE} – PCC response"),
        (
            "para",
            "I accept all four of the recommendations made to chief constables, and so does the Chief Constable. "
            "With the port of Felixstowe in the county, Suffolk sees the movement of people in freight at first "
            "hand, and I want to comment on two points in particular.",
        ),
        (
            "para",
            "On intelligence reports after referrals to Immigration Enforcement's command centre, the constabulary "
            "reviewed its referrals in May and found that three in ten had no intelligence report. It has since "
            "introduced an automatic reminder to the referring officer.",
        ),
        (
            "para",
            "On Hydra, I am less convinced that it is the right priority for a force of our size, and I have asked "
            "the Chief Constable to tell me how many officers genuinely need it. The constabulary is yet to book "
            "any places.",
        ),
        (
            "para",
            "The inspection found that the quality of intelligence on organised immigration crime varies between "
            "forces. I will look at Suffolk's through my Accountability and Performance Panel next year.",
        ),
        ("para", "Yours sincerely,"),
        ("sign", ["Nathaniel Crisp", "Police and Crime Commissioner for Suffolk"]),
    ]


def _north_wales() -> Blocks:
    return [
        (
            "letterhead",
            ["Police and Crime Commissioner for North Wales", "Comisiynydd Heddlu a Throseddu Gogledd Cymru"],
        ),
        ("letterhead", ["Glan-y-Don, Colwyn Bay LL29 8AW"]),
        ("date", "1st July 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"{OIC_TITLE}"),
        (
            "para",
            "The Chief Constable and I support each of the recommendations made to chief constables. The port of "
            "Holyhead, the second busiest roll-on roll-off port in the United Kingdom, makes this report "
            "particularly relevant to North Wales, and I add detail on two of them.",
        ),
        ("heading", "Collecting and sharing information"),
        (
            "para",
            "A collection plan covering Holyhead and the A55 corridor was signed off in June and is now in use by "
            "the force intelligence bureau and the port unit.",
        ),
        ("heading", "The e-learning package"),
        (
            "para",
            "Officers based at Holyhead and in Wrexham are being prioritised, and roughly 40 per cent of the target "
            "group has finished all four modules.",
        ),
        ("para", "I will continue to monitor the force's progress through my Strategic Executive Board."),
        ("para", "Yn gywir / Yours sincerely,"),
        ("sign", ["Elin Prydderch", "Police and Crime Commissioner for North Wales"]),
    ]


# ------------------------------------------------------------------------------------------------
# Two findings answered in one paragraph


def _cleveland() -> Blocks:
    return [
        ("letterhead", ["Cleveland Police and Crime Commissioner", "Cleveland Community Safety Hub"]),
        ("letterhead", ["1 Cliffland Way, Hemlington, Middlesbrough TS8 9GL"]),
        ("date", "25 June 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Cleveland PCC response to {OIC_TITLE}"),
        (
            "para",
            "Cleveland is a compact, largely urban force area with the port of Teesport. I answer the four "
            "recommendations to chief constables in two parts.",
        ),
        (
            "para",
            "On intelligence, I accept both the recommendation that every NCCU referral is followed by an "
            "intelligence document and the recommendation on collection plans. The first has been standard "
            "practice in Cleveland since last autumn. The second is further behind: the force's collection plan "
            "will not be started until its new intelligence manager is in post in September.",
        ),
        (
            "para",
            "On training, I support the Hydra and e-learning recommendations. Hydra training is being piloted with "
            "the Middlesbrough CID team, and the four e-learning modules have been completed by all of the force's "
            "response sergeants and inspectors, though not yet by constables.",
        ),
        ("para", "Yours sincerely,"),
        ("sign", ["Keith Arnason", "Police and Crime Commissioner for Cleveland"]),
    ]


def _south_wales() -> Blocks:
    return [
        ("letterhead", ["South Wales Police and Crime Commissioner", "Tŷ Morgannwg, Police Headquarters"]),
        ("letterhead", ["Bridgend CF31 3SU"]),
        ("date", "8 July 2025"),
        ("address", HMI),
        ("salutation", "Dear HM Chief Inspector,"),
        ("title", f"Response to {OIC_TITLE}"),
        (
            "para",
            "South Wales Police serves Cardiff, Swansea and the valleys, about 40 per cent of the population of "
            "Wales. I set out below the Chief Constable's position and my own.",
        ),
        (
            "para",
            "The Chief Constable has accepted the recommendations on intelligence documents for NCCU referrals "
            "and on the four e-learning modules. The intelligence document requirement was built into the force's "
            "referral form in April 2025, while the e-learning modules will be added to officers' mandatory "
            "training plan from October.",
        ),
        (
            "para",
            "I agree with the recommendations on collection plans and Hydra training. South Wales Police has a "
            "collection plan for organised immigration crime that covers the ports of Cardiff, Barry and Swansea; "
            "it was updated in May. For Hydra, the force intends to use the Welsh regional exercise programme but "
            "has not yet set a date.",
        ),
        ("para", "Yours sincerely,"),
        ("sign", ["Bethan Carwood", "South Wales Police and Crime Commissioner"]),
        ("footer", "South Wales Police and Crime Commissioner | 08/07/2025"),
    ]


# ------------------------------------------------------------------------------------------------
# Areas for improvement of the Yorkshire and Humber regional report


def _humberside() -> Blocks:
    return [
        ("letterhead", ["Humberside Police and Crime Commissioner", "The Lawns, Harland Way, Cottingham HU16 5SN"]),
        ("date", "14 January 2026"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Response to HMICFRS: {SOC_TITLE}"),
        (
            "para",
            "Humberside Police is one of four forces served by the Yorkshire and Humber Regional Organised Crime "
            "Unit, with South Yorkshire, West Yorkshire and North Yorkshire. The ports of Hull, Grimsby and "
            "Immingham make serious and organised crime a constant concern here. The report made two areas for "
            "improvement for the unit and its forces.",
        ),
        ("heading", "Working together across the region"),
        (
            "para",
            "I accept this area for improvement. Humberside Police has joined the new regional tasking and "
            "coordination group, which first met in November 2025 and now meets monthly.",
        ),
        ("heading", "Surveillance equipment"),
        (
            "para",
            "I note the inspectorate's findings about technical surveillance equipment. The ROCU is leading a "
            "regional procurement review, and Humberside will take part once its terms of reference are agreed.",
        ),
        (
            "para",
            "I will discuss the region's progress with the other policing bodies at our regional governance board.",
        ),
        ("para", "Yours sincerely,"),
        ("sign", ["Lorraine Hebblethwaite", "Police and Crime Commissioner for Humberside"]),
    ]


def _north_yorkshire() -> Blocks:
    return [
        ("letterhead", ["York and North Yorkshire Combined Authority", "West Offices, Station Rise, York YO1 6GA"]),
        ("date", "12/01/2026"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"{SOC_TITLE}: response on behalf of the Mayor of York and North Yorkshire"),
        (
            "para",
            "Policing governance in North Yorkshire passed to the Mayor in May 2024, and this response is made by "
            "the Deputy Mayor for Policing, Fire and Crime on the Mayor's behalf. North Yorkshire is the largest "
            "county in England and mostly rural.",
        ),
        ("heading", "Area for improvement 1"),
        (
            "para",
            "The Deputy Mayor supports this area for improvement. North Yorkshire Police is part way through "
            "aligning its serious and organised crime tasking with the ROCU's, and joint briefings have started in "
            "York and Scarborough.",
        ),
        ("heading", "Area for improvement 2"),
        (
            "para",
            "The Chief Constable has accepted this area for improvement. No work has begun in North Yorkshire, as "
            "the region is waiting for the outcome of the ROCU's audit of its equipment.",
        ),
        ("para", "Yours faithfully,"),
        ("sign", ["Declan Ashworth", "Deputy Mayor for Policing, Fire and Crime, York and North Yorkshire"]),
    ]


PCC = "Police and Crime Commissioner"

# Each letter: (builder, truth). The truth is written by hand from reading the letter.
LETTERS: list[tuple[Any, dict[str, Any]]] = [
    (
        _lincolnshire,
        {
            **_base(
                1,
                "paraphrase_headings",
                "txt",
                "Lincolnshire Police",
                f"Lincolnshire {PCC}",
                ("Marcus Whitlow", f"{PCC} for Lincolnshire"),
                "2025-07-08",
            ),
            "items": [
                item("2", "support", "implemented"),
                item("4", "accept", "in_progress"),
                item("8", "agree", "planned"),
                item("9", "note", "not_started"),
            ],
            "unanswered": [],
        },
    ),
    (
        _cheshire,
        {
            **_base(
                2,
                "paraphrase_headings",
                "html",
                "Cheshire Constabulary",
                f"Cheshire {PCC}",
                ("Priya Hallam", f"{PCC} for Cheshire"),
                "2025-07-04",
            ),
            "items": [
                item("2", ["support", "agree"], "implemented"),
                item("4", "support", "in_progress"),
                item("8", "accept", "not_started"),
                item("9", "accept", "in_progress"),
            ],
            "unanswered": [],
        },
    ),
    (
        _devon,
        {
            **_base(
                3,
                "paraphrase_headings",
                "pdf",
                "Devon and Cornwall Police",
                f"Devon and Cornwall {PCC}",
                ("Harriet Penrose", f"{PCC} for Devon, Cornwall and the Isles of Scilly"),
                "2025-07-09",
            ),
            "items": [
                item("2", "agree", "implemented"),
                item("4", "support", ["planned", "not_started"]),
                item("8", "accept", "implemented"),
                item("9", "partially_agree", ["not_started", "not_stated"]),
            ],
            "unanswered": [],
        },
    ),
    (
        _durham,
        {
            **_base(
                4,
                "paraphrase_headings",
                "docx",
                "Durham Constabulary",
                f"Durham {PCC}",
                ("Connor Blakey", f"{PCC} for Durham and Darlington"),
                "2025-07-07",
            ),
            "items": [
                item("2", "agree", "in_progress"),
                item("4", "agree", "in_progress"),
                item("8", "agree", "planned"),
                item("9", "agree", "not_started"),
            ],
            "unanswered": [],
        },
    ),
    (
        _essex,
        {
            **_base(
                5,
                "table_docx",
                "docx",
                "Essex Police",
                "Essex Police, Fire and Crime Commissioner",
                ("Gareth Okonjo", "Police, Fire and Crime Commissioner for Essex"),
                "2025-07-10",
            ),
            "items": [
                item("2", "support", "implemented", cc="accept"),
                item("4", "support", "in_progress", cc="accept"),
                item("8", ["agree", "partially_agree"], "planned", cc="partially_agree"),
                item("9", "support", "in_progress", cc="accept"),
            ],
            "unanswered": [],
        },
    ),
    (
        _kent,
        {
            **_base(
                6,
                "table_docx",
                "docx",
                "Kent Police",
                f"Kent {PCC}",
                ("Rosalind Tapp", f"Kent {PCC}"),
                "2025-07-03",
            ),
            "items": [
                item("2", "note", "implemented"),
                item("4", "accept", "in_progress"),
                item("8", "accept", "not_started"),
                item("9", "support", "in_progress"),
            ],
            "unanswered": [],
        },
    ),
    (
        _hampshire,
        {
            **_base(
                7,
                "table_html",
                "html",
                "Hampshire and Isle of Wight Constabulary",
                f"Hampshire and Isle of Wight {PCC}",
                ("Tobias Renwick", f"{PCC} for Hampshire and the Isle of Wight"),
                "2025-07-01",
            ),
            "items": [
                item("2", "support", "in_progress", cc="accept"),
                item("4", "accept", "implemented"),
                item("8", "partially_agree", "planned", cc="accept"),
                item("9", "agree", "not_stated", cc="accept"),
            ],
            "unanswered": [],
        },
    ),
    (
        _northamptonshire,
        {
            **_base(
                8,
                "table_status_column",
                "html",
                "Northamptonshire Police",
                "Northamptonshire Police, Fire and Crime Commissioner",
                ("Imogen Farrar", "Police, Fire and Crime Commissioner for Northamptonshire"),
                "2025-07-08",
            ),
            "items": [
                item("2", "support", "implemented", cc="accept"),
                item("4", "support", "in_progress", cc="accept"),
                item("8", "support", "not_started", cc="accept"),
                item("9", "support", ["implemented", "in_progress"], cc="accept"),
            ],
            "unanswered": [],
        },
    ),
    (
        _west_mercia,
        {
            **_base(
                9,
                "table_pdf",
                "pdf",
                "West Mercia Police",
                f"West Mercia {PCC}",
                ("Eleanor Marchbank", f"West Mercia {PCC}"),
                "2025-07-02",
            ),
            "items": [
                item("2", "accept", "implemented", cc="accept"),
                item("4", "support", "in_progress", cc="accept"),
                item("8", "note", "not_started", cc="accept"),
                item("9", "support", "in_progress", cc="accept"),
            ],
            "unanswered": [],
        },
    ),
    (
        _manchester,
        {
            **_base(
                10,
                "table_pdf",
                "pdf",
                "Greater Manchester Police",
                "Mayor of Greater Manchester (Greater Manchester Combined Authority)",
                ("Samira Kettering", "Deputy Mayor for Policing and Crime, Greater Manchester"),
                "2025-07-09",
            ),
            "items": [
                item("2", "agree", "implemented", cc="accept"),
                item("4", "support", ["in_progress", "planned"], cc="accept"),
                item("8", ["support", "agree"], "in_progress", cc="accept"),
                item("9", "partially_agree", ["not_started", "not_stated"], cc="partially_agree"),
            ],
            "unanswered": [],
        },
    ),
    (
        _leicestershire,
        {
            **_base(
                11,
                "cc_annex",
                "pdf",
                "Leicestershire Police",
                f"Leicestershire {PCC}",
                ("Ravinder Moss", f"{PCC} for Leicester, Leicestershire and Rutland"),
                "2025-07-04",
            ),
            "items": [
                item("2", "support", "implemented", cc="accept"),
                item("4", "support", "in_progress", cc="accept"),
                item("8", "support", "planned", cc="accept"),
                item("9", "support", "in_progress", cc="accept"),
            ],
            "unanswered": [],
        },
    ),
    (
        _dorset,
        {
            **_base(
                12,
                "cc_annex",
                "docx",
                "Dorset Police",
                f"Dorset {PCC}",
                ("Philippa Drewe", f"Dorset {PCC}"),
                "2025-07-10",
            ),
            "items": [
                item("2", "support", "implemented", cc="accept"),
                item("4", "support", ["planned", "in_progress"], cc="accept"),
                item("8", "partially_agree", "planned", cc="accept"),
                item("9", "accept", "in_progress", by="chief_constable", cc="accept"),
            ],
            "unanswered": [],
        },
    ),
    (
        _bedfordshire,
        {
            **_base(
                13,
                "labels_only",
                "txt",
                "Bedfordshire Police",
                f"Bedfordshire {PCC}",
                ("Dominic Harcourt-Lyle", f"{PCC} for Bedfordshire"),
                "2025-08-18",
                late=True,
            ),
            "items": [
                item("2", "accept", "implemented"),
                item("4", "accept", "in_progress"),
                item("8", "accept", "planned"),
                item("9", "accept", "not_stated"),
            ],
            "unanswered": [],
        },
    ),
    (
        _warwickshire,
        {
            **_base(
                14,
                "labels_only",
                "html",
                "Warwickshire Police",
                f"Warwickshire {PCC}",
                ("Oliver Stanbridge", f"Warwickshire {PCC}"),
                "2025-06-30",
            ),
            "items": [
                item("2", "accept", "implemented", by="chief_constable", cc="accept"),
                item("4", "agree", ["planned", "in_progress"]),
                item("8", "disagree", "not_started"),
                item("9", "accept", ["in_progress", "planned"], by="chief_constable", cc="accept"),
            ],
            "unanswered": [],
        },
    ),
    (
        _suffolk,
        {
            **_base(
                15,
                "blanket",
                "txt",
                "Suffolk Constabulary",
                f"Suffolk {PCC}",
                ("Nathaniel Crisp", f"{PCC} for Suffolk"),
                "2025-07-07",
            ),
            "items": [
                item("2", "accept", "implemented", cc="accept"),
                item("4", "accept", "not_stated", cc="accept"),
                item("8", "partially_agree", "not_started", cc="accept"),
                item("9", "accept", "not_stated", cc="accept"),
            ],
            "unanswered": [],
        },
    ),
    (
        _north_wales,
        {
            **_base(
                16,
                "blanket",
                "docx",
                "North Wales Police",
                f"North Wales {PCC}",
                ("Elin Prydderch", f"{PCC} for North Wales"),
                "2025-07-01",
            ),
            "items": [
                item("2", "support", "not_stated"),
                item("4", "support", "implemented"),
                item("8", "support", "not_stated"),
                item("9", "support", "in_progress"),
            ],
            "unanswered": [],
        },
    ),
    (
        _cleveland,
        {
            **_base(
                17,
                "two_in_one_paragraph",
                "txt",
                "Cleveland Police",
                f"Cleveland {PCC}",
                ("Keith Arnason", f"{PCC} for Cleveland"),
                "2025-06-25",
            ),
            "items": [
                item("2", "accept", "implemented"),
                item("4", "accept", ["not_started", "planned"]),
                item("8", "support", "in_progress"),
                item("9", "support", "in_progress"),
            ],
            "unanswered": [],
        },
    ),
    (
        _south_wales,
        {
            **_base(
                18,
                "two_in_one_paragraph",
                "pdf",
                "South Wales Police",
                f"South Wales {PCC}",
                ("Bethan Carwood", f"South Wales {PCC}"),
                "2025-07-08",
            ),
            "items": [
                item("2", "accept", "implemented", by="chief_constable", cc="accept"),
                item("4", "agree", "implemented"),
                item("8", "agree", ["not_started", "planned"]),
                item("9", "accept", "planned", by="chief_constable", cc="accept"),
            ],
            "unanswered": [],
        },
    ),
    (
        _humberside,
        {
            **_base(
                19,
                "regional_afi",
                "html",
                "Humberside Police",
                f"Humberside {PCC}",
                ("Lorraine Hebblethwaite", f"{PCC} for Humberside"),
                "2026-01-14",
                report="soc-yh-2025",
            ),
            "items": [
                item("1", "accept", "implemented"),
                item("2", "note", ["planned", "not_started"]),
            ],
            "unanswered": [],
        },
    ),
    (
        _north_yorkshire,
        {
            **_base(
                20,
                "regional_afi",
                "txt",
                "North Yorkshire Police",
                "Mayor of York and North Yorkshire",
                ("Declan Ashworth", "Deputy Mayor for Policing, Fire and Crime, York and North Yorkshire"),
                "2026-01-12",
                report="soc-yh-2025",
            ),
            "items": [
                item("1", "support", "in_progress"),
                item("2", "accept", "not_started", by="chief_constable", cc="accept"),
            ],
            "unanswered": [],
        },
    ),
]


def main() -> None:
    about = (
        "A fourth sealed set: 20 response letters written by hand on 30 November 2026 (every person's name and "
        "every sentence invented for Oversight; forces and policing bodies are real names, used only as the "
        "senders of synthetic letters, none of them a seed letter's force), five each as TXT, DOCX, HTML and PDF. "
        "Kept from tuning: measure it before and after a change, never tune on it or read the pipeline's output "
        "for a single letter. Same schema as tests/ingest/sealed/truth.json; split is 'sealed4'."
    )
    corpus.write_set(HERE, about, ((make(), truth) for make, truth in LETTERS))


if __name__ == "__main__":
    main()
