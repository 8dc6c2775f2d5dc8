"""Build the third sealed set: ``letters/`` and ``truth.json``, reproducibly.

    .venv/bin/python tests/ingest/sealed3/build.py

Twenty-four response letters written out whole, by hand, in wording of their own (not composed from the
corpus's phrases, not copied from the seed letters), from forces none of the seed letters come from. Each
letter's truth is written beside it by hand from reading the letter (``LETTERS``), not derived from how it was
built. Names of people are invented; forces and policing bodies are real names, used only as the senders of
synthetic letters.

The set is kept from tuning: it is measured before a change and after it, and its per-letter output is not
read. Only the renderers (TXT, DOCX, HTML, PDF) are shared with the corpus builder.
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
REC = {
    "2": corpus.FINDINGS["oic:2"],
    "4": corpus.FINDINGS["oic:4"],
    "8": corpus.FINDINGS["oic:8"],
    "9": corpus.FINDINGS["oic:9"],
}
AFI = {"1": corpus.FINDINGS["soc:1"], "2": corpus.FINDINGS["soc:2"]}
HMI = ["His Majesty's Chief Inspector of Constabulary", "HMICFRS", "Globe House", "89 Eccleston Square", "London"]
HMI_SHORT = ["HM Inspectorate of Constabulary and Fire & Rescue Services", "By email"]

Blocks = list[tuple[str, Any]]


item = corpus.item


# ------------------------------------------------------------------------------------------------
# The letters, each written whole


def _leicestershire() -> Blocks:
    return [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland",
                "Police Headquarters, St Johns, Enderby, Leicester",
            ],
        ),
        ("date", "7th July 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Police Act 1996, section 55: response to '{OIC_TITLE}'"),
        (
            "para",
            "I write with my comments on the inspectorate's thematic report, having first asked the Chief Constable "
            "of Leicestershire Police for hers. The report describes a threat that most forces, including ours, "
            "have only recently begun to measure, and it found that intelligence from Home Office referrals too "
            "often goes nowhere. I have grouped my comments under the four matters the report asks chief "
            "constables to address.",
        ),
        ("heading", "Recording intelligence when officers refer a case to the Home Office command centre"),
        (
            "para",
            "I agree with the inspectorate here. Leicestershire Police changed its referral procedure in March: an "
            "officer can no longer close a call to the National Command and Control Unit on the force system "
            "without attaching the intelligence submission. Compliance has been above 95 per cent in every month "
            "since.",
        ),
        ("heading", "Knowing, and sharing, what we know about people smuggling"),
        (
            "para",
            "I accept this. The force intelligence bureau is part way through writing a collection plan for "
            "organised immigration crime, and a first draft has gone to the East Midlands Special Operations Unit "
            "for comment.",
        ),
        ("heading", "Immersive Hydra exercises"),
        (
            "para",
            "I am fully supportive of this. Leicestershire has no Hydra suite of its own, so a business case for "
            "booking sessions at a neighbouring force's suite goes to chief officers in January.",
        ),
        ("heading", "The national e-learning modules"),
        (
            "para",
            "I welcome this recommendation. The four modules are not yet on the force's learning platform: the "
            "force is waiting for the College of Policing's revised version before it starts, rather than asking "
            "officers to complete the package twice.",
        ),
        (
            "para",
            "I will hold the Chief Constable to account for each of these at my quarterly accountability board, "
            "whose papers are published on my website.",
        ),
        ("sign", ["Yours sincerely,", "Harriet Okonjo", "Police and Crime Commissioner for Leicestershire"]),
        ("footer", "OPCC Leicester, Leicestershire and Rutland | opcc@leics.example"),
    ]


def _devon() -> Blocks:
    return [
        ("letterhead", ["Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"]),
        ("para", "Published 4 July 2025"),
        ("title", f"Commissioner's response to HMICFRS: {OIC_TITLE}"),
        ("salutation", "To His Majesty's Inspectorate of Constabulary and Fire & Rescue Services,"),
        (
            "para",
            "The inspectorate published this report on 16 May 2025. It found that the policing response to "
            "organised immigration crime is uneven across England and Wales, and that only a minority of forces had "
            "a collection plan of any kind. I have considered the report with the Chief Constable of Devon and "
            "Cornwall Police and my comments follow.",
        ),
        ("heading", "Training: the e-learning package"),
        (
            "para",
            "I support the aim of this recommendation. Of the roughly 2,100 officers and staff the force has "
            "identified as needing the package, around half have now completed all four modules, and completion "
            "is tracked each month by the learning and development team.",
        ),
        ("heading", "Training: Hydra exercises"),
        (
            "para",
            "Hydra sessions on organised immigration crime are booked at the force's Exeter suite for March 2026, "
            "for detectives and custody sergeants first. I agree that this training is needed.",
        ),
        ("heading", "Intelligence from Home Office referrals"),
        (
            "para",
            "I accept the recommendation. I am told that no work has begun on it yet, because the force is waiting "
            "for the South West's regional organised crime unit to agree one form for all five forces in the region.",
        ),
        ("heading", "A plan for collecting and sharing information"),
        (
            "para",
            "The force's collection plan for organised immigration crime has been in place since February and is "
            "reviewed every quarter by the head of intelligence. I agree with the inspectorate that such plans "
            "matter, and I am satisfied this one meets what the report asks.",
        ),
        (
            "para",
            "My office will follow up each of these through the Commissioner's performance and accountability "
            "board in the autumn.",
        ),
        (
            "sign",
            [
                "Signed,",
                "Marcus Trelawny",
                "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly",
            ],
        ),
        ("footer", "Devon and Cornwall OPCC"),
    ]


def _cheshire() -> Blocks:
    return [
        ("letterhead", ["Cheshire Police and Crime Commissioner", "Clemonds Hey, Oakmere Road, Winsford"]),
        ("date", "1st July 2025"),
        ("address", HMI),
        ("salutation", "Dear HM Chief Inspector,"),
        ("title", f"Re: {OIC_TITLE} (HMICFRS, May 2025)"),
        (
            "para",
            "Thank you for the report. As section 55 requires, I sought the Chief Constable's comments before "
            "preparing my own, and I set them out below against each of the matters the report raises for chief "
            "constables.",
        ),
        ("heading", "Submitting intelligence after a call to the NCCU"),
        (
            "para",
            "This is something I fully support. Cheshire Constabulary has reminded all response teams of the "
            "requirement and is piloting a mandatory field in its command and control system in two local "
            "policing units.",
        ),
        ("heading", "Planning how information on immigration crime is gathered and shared"),
        (
            "para",
            "I agree. The force has not yet scheduled this work; it is waiting for the National Crime Agency's "
            "revised intelligence requirement, which is expected later this year.",
        ),
        ("heading", "Immersive Hydra training"),
        (
            "para",
            "The Chief Constable has accepted this recommendation, and I endorse that. Hydra training on organised "
            "immigration crime has been delivered to all serious and organised crime detectives and to the public "
            "protection unit.",
        ),
        ("heading", "Online learning modules"),
        (
            "para",
            "I note the recommendation. The Chief Constable tells me the force will ask relevant personnel to "
            "complete the modules once the College of Policing has published them on its national learning "
            "platform.",
        ),
        (
            "para",
            "I will keep these matters under review at my Joint Audit and Scrutiny meetings with the force.",
        ),
        ("sign", ["Yours faithfully,", "Dr Ellen Marsh", "Police and Crime Commissioner for Cheshire"]),
        ("footer", "Cheshire Police and Crime Commissioner"),
    ]


def _kent() -> Blocks:
    return [
        ("letterhead", ["Kent Police and Crime Commissioner", "Sutton Road, Maidstone, Kent"]),
        ("date", "08/07/2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy"),
        ("title", f"HMICFRS report: {OIC_TITLE}"),
        (
            "para",
            "This letter is my response under section 55 of the Police Act 1996. I have considered the Chief "
            "Constable's comments, which I share, and I respond below to the recommendations the report makes to "
            "chief constables, using the report's numbering.",
        ),
        ("heading", "Recommendation 2"),
        (
            "para",
            "Kent Police accepts this recommendation and I support it. The requirement to submit an intelligence "
            "report after every referral was written into the force's immigration crime policy in April, and "
            "supervisors now check it at the end of each shift.",
        ),
        ("heading", "Recommendation 4"),
        (
            "para",
            "I support this. Drafting of the force's organised immigration crime collection plan is under way in "
            "the Intelligence Directorate, with sign-off planned for October.",
        ),
        ("heading", "Recommendation 8"),
        (
            "para",
            "I agree. Hydra exercises are being written with the Modern Slavery and Organised Immigration Crime "
            "Unit and will be run at the force training centre from the new year.",
        ),
        ("heading", "Recommendation 9"),
        (
            "para",
            "I agree. About 40 per cent of the officers in scope have completed the four modules; the remainder are "
            "due to finish by the end of March 2026.",
        ),
        (
            "para",
            "I will review progress against each recommendation at my Performance and Delivery Board, which meets "
            "in public.",
        ),
        ("sign", ["Yours sincerely", "Callum Reid", "Kent Police and Crime Commissioner"]),
        ("footer", "Kent OPCC | Sutton Road, Maidstone"),
    ]


def _durham() -> Blocks:
    return [
        ("letterhead", ["Durham Police and Crime Commissioner", "Aykley Heads, Durham"]),
        ("date", "30 June 2025"),
        ("address", ["Chief Inspector", "HMICFRS", "London"]),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Response to the HMICFRS inspection '{OIC_TITLE}'"),
        (
            "para",
            "I welcome the chance to respond to this report. The inspectorate found that the national picture of "
            "organised immigration crime is incomplete, partly because forces do not pass on what they learn. "
            "Durham Constabulary's response, which I have discussed with the Chief Constable, is summarised under "
            "the report's recommendation numbers below.",
        ),
        ("heading", "Recommendation 2."),
        (
            "para",
            "Agreed. Since 1 June 2025 the intelligence submission has been a mandatory step in Durham "
            "Constabulary's referral process to Immigration Enforcement.",
        ),
        ("heading", "RECOMMENDATION 4."),
        (
            "para",
            "I accept this recommendation. The force is reviewing its existing intelligence collection plan to add "
            "organised immigration crime to it, and expects the review to conclude in September.",
        ),
        ("heading", "Recommendation 8."),
        (
            "para",
            "I accept this recommendation. No date has yet been set for Hydra training; the force intends to seek "
            "places through the North East regional organised crime unit.",
        ),
        ("heading", "Recommendation 9."),
        (
            "para",
            "I accept this recommendation, and I have asked the Chief Constable to tell me at our next "
            "accountability meeting how and when the force will meet it.",
        ),
        (
            "sign",
            ["Yours sincerely,", "Graham Pattinson", "Police and Crime Commissioner for County Durham and Darlington"],
        ),
        ("footer", "Durham PCC"),
    ]


def _essex() -> Blocks:
    return [
        ("letterhead", ["Police, Fire and Crime Commissioner for Essex", "Kelvedon Park, London Road, Rivenhall"]),
        ("date", "Friday, 4 July 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Response to the HMICFRS report '{OIC_TITLE}'"),
        (
            "para",
            "The table below gives Essex Police's response to each recommendation made to chief constables, with "
            "my own comments alongside, as section 55 of the Police Act 1996 requires.",
        ),
        (
            "table",
            [
                ["HMICFRS recommendation", "Essex Police response", "Commissioner's comments"],
                [
                    REC["2"],
                    "Accepted. A mandatory intelligence submission step was added to the NCCU referral process and "
                    "went live in May 2025.",
                    "I support the recommendation and I am pleased this is already in place.",
                ],
                [
                    REC["4"],
                    "Accepted. The Serious Crime Directorate is producing a collection plan, due for completion in "
                    "November 2025.",
                    "I agree. I will ask for the completed plan to come to my Performance and Resources Board.",
                ],
                [
                    REC["8"],
                    "Accepted in part. Hydra training will be given to investigators in the Serious Crime "
                    "Directorate; the force does not consider immersive training proportionate for every frontline "
                    "officer.",
                    "I accept the force's position, which I think reasonable given what immersive training costs.",
                ],
                [
                    REC["9"],
                    "Accepted. 1,350 officers and staff have completed modules 1 and 2; modules 3 and 4 will be "
                    "assigned from September.",
                    "I support this.",
                ],
            ],
        ),
        ("para", "I will publish an update on this response when the force next reports to me, in the new year."),
        ("sign", ["Yours sincerely,", "Nadia Kowalczyk", "Police, Fire and Crime Commissioner for Essex"]),
        ("footer", "Essex PFCC | Kelvedon Park"),
    ]


def _wiltshire() -> Blocks:
    return [
        (
            "letterhead",
            ["Office of the Police and Crime Commissioner for Wiltshire and Swindon", "London Road, Devizes"],
        ),
        ("date", "Wednesday 2 July 2025"),
        ("address", HMI_SHORT),
        ("salutation", "Dear HMICFRS,"),
        ("title", f"{OIC_TITLE}: the Commissioner's response"),
        (
            "para",
            "I have read the report with the Chief Constable. The table that follows gives my response to each of "
            "the four recommendations addressed to chief constables, by the report's number.",
        ),
        (
            "table",
            [
                ["No.", "Subject", "Response of the Police and Crime Commissioner"],
                [
                    "2",
                    "Intelligence submissions after NCCU referrals",
                    "I agree. The force will include the requirement in its refreshed vulnerability and immigration "
                    "guidance, to be published in October 2025.",
                ],
                [
                    "4",
                    "Collection plans",
                    "I agree. Wiltshire Police has had a collection plan covering organised immigration crime since "
                    "2024, and it was refreshed in June in the light of the inspection.",
                ],
                [
                    "8",
                    "Hydra",
                    "I agree, with one reservation: the force shares its Hydra capacity with two neighbouring forces, "
                    "and the deadline may be tight for a small force. Sessions have been held for the first two "
                    "cohorts of detectives.",
                ],
                [
                    "9",
                    "E-learning",
                    "I agree. Completing the four modules is now part of the mandatory training for every new "
                    "detective constable and for custody staff.",
                ],
            ],
        ),
        ("para", "My office will check progress through the quarterly performance report the force gives me."),
        ("sign", ["Yours sincerely,", "Oliver Penhale", "Police and Crime Commissioner for Wiltshire and Swindon"]),
        ("footer", "OPCC Wiltshire and Swindon"),
    ]


def _mopac() -> Blocks:
    return [
        ("letterhead", ["Mayor's Office for Policing and Crime", "City Hall, Kamal Chunchie Way, London"]),
        ("date", "10 July 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"MOPAC response: {OIC_TITLE}"),
        (
            "para",
            "The Mayor's Office for Policing and Crime (MOPAC) is the policing body for London. This response sets "
            "out the Metropolitan Police Service's position on each recommendation to chief constables, and MOPAC's "
            "comments on it.",
        ),
        (
            "table",
            [
                ["Recommendation", "MPS response", "MOPAC comment"],
                [
                    REC["2"],
                    "Agreed. The Met has updated its Immigration Enforcement referral guidance, and the intelligence "
                    "submission is now audited every month by the Met Intelligence Bureau.",
                    "MOPAC welcomes this. We will track compliance through the MOPAC Oversight Board.",
                ],
                [
                    REC["4"],
                    "Agreed. A pan-London collection plan is in development and is expected to be signed off by the "
                    "end of the year.",
                    "The Deputy Mayor agrees with this recommendation.",
                ],
                [
                    REC["8"],
                    "Agreed. We are part way through delivering Hydra training to relevant personnel in Specialist "
                    "Crime: 14 of the 30 planned sessions have run.",
                    "Supported.",
                ],
                [
                    REC["9"],
                    "Agreed. Roll-out of the four modules is scheduled for the 2026/27 training year.",
                    "MOPAC notes this recommendation and the Met's timetable, which runs past the inspectorate's "
                    "deadline of 30 April 2026; we have asked the Met for an earlier date.",
                ],
            ],
        ),
        (
            "sign",
            ["Yours sincerely,", "Rosalind Achebe", "Deputy Mayor for Policing and Crime"],
        ),
        ("footer", "Mayor's Office for Policing and Crime"),
    ]


def _northumbria() -> Blocks:
    return [
        (
            "letterhead",
            ["Northumbria Police and Crime Commissioner", "2nd Floor, Victory House, Balliol Business Park"],
        ),
        ("date", "3rd July 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Section 55 response: {OIC_TITLE}"),
        (
            "para",
            "Northumbria Police's response to each recommendation made to chief constables is set out in the table "
            "below, with the force's own assessment of progress (green: complete; amber: under way; red: not "
            "started) and my comments. The report itself found that forces rarely record what happens after a "
            "referral to Immigration Enforcement, and that the national training offer has reached too few "
            "officers; both findings hold true in the North East.",
        ),
        (
            "table",
            [
                ["Recommendation", "Force update", "RAG status", "Commissioner's comment"],
                [
                    REC["2"],
                    "Accepted. A mandatory intelligence submission has formed part of the force's referral process "
                    "to the National Command and Control Unit since January 2025. Officers complete it on their "
                    "mobile devices before the incident log can be closed. A dip sample of 50 referrals taken in "
                    "May 2025 found that 48 had a completed submission, and the two exceptions were followed up "
                    "with the officers concerned.",
                    "Green",
                    "I support the recommendation. I am satisfied that this has been done and I consider this "
                    "recommendation discharged for Northumbria.",
                ],
                [
                    REC["4"],
                    "Accepted. A draft collection plan has been written and is with the Head of Crime for approval. "
                    "Regional partners and the North East regional organised crime unit are being consulted on the "
                    "information-sharing parts of the plan, which will set out what the force needs to know about "
                    "organised immigration crime and who will collect it.",
                    "Amber",
                    "I agree with this recommendation and will seek assurance that the plan is approved before the "
                    "December 2025 deadline.",
                ],
                [
                    REC["8"],
                    "Accepted. Hydra sessions have not yet been scheduled. The force is waiting for the Modern "
                    "Slavery and Organised Immigration Crime Unit to release its organised immigration crime "
                    "scenario, which the unit expects to make available to forces in the autumn of 2025. Until "
                    "then, the force cannot run the exercise as the report intends.",
                    "Red",
                    "I accept the recommendation. I share the inspectorate's concern about national capacity and "
                    "I will raise the delay with the national lead.",
                ],
                [
                    REC["9"],
                    "Accepted. Modules 1 to 4 will be launched to all investigators and neighbourhood sergeants in "
                    "September 2025. Completion will be monitored through the force's learning management system "
                    "and reported to the Chief Officer Team each month until every relevant officer has finished.",
                    "Amber",
                    "I support this recommendation.",
                ],
            ],
        ),
        (
            "para",
            "I will continue to scrutinise the force's progress through my Business Meeting with the Chief "
            "Constable, and I will publish a further update in January 2026.",
        ),
        ("sign", ["Yours sincerely,", "Joanne Whitfield", "Police and Crime Commissioner for Northumbria"]),
        ("footer", "Northumbria Police and Crime Commissioner"),
    ]


def _gwent() -> Blocks:
    return [
        ("letterhead", ["Office of the Police and Crime Commissioner for Gwent", "Cwmbran"]),
        ("date", "09.07.2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Response to HMICFRS: {OIC_TITLE}"),
        (
            "para",
            "I attach the Chief Constable's response to each recommendation for chief constables, with my own "
            "comments in the right-hand column.",
        ),
        (
            "table",
            [
                ["Recommendation", "Chief Constable's response", "PCC's comments"],
                [
                    f"Recommendation 2: {REC['2']}",
                    "The Chief Constable accepts this recommendation. Officers now complete the intelligence "
                    "document at the point of referral, using a new form on their mobile devices.",
                    "I am pleased that this is already embedded in day-to-day practice.",
                ],
                [
                    f"Recommendation 4: {REC['4']}",
                    "Accepted. A collection plan for organised immigration crime will be written once the force's "
                    "new intelligence analyst posts are filled in the spring.",
                    "I accept the recommendation, but I am concerned that this timescale falls after the "
                    "inspectorate's deadline.",
                ],
                [
                    f"Recommendation 8: {REC['8']}",
                    "Partially accepted. Hydra training has been given to the force's modern slavery and organised "
                    "immigration crime team; extending it to other personnel depends on national funding.",
                    "I agree with the Chief Constable's position.",
                ],
                [f"Recommendation 9: {REC['9']}", "Accepted.", "I support this recommendation."],
            ],
        ),
        (
            "para",
            "I will ask the force for an update on all four recommendations at my Strategy and Performance Board.",
        ),
        ("sign", ["Yours sincerely,", "Rhys Bevan", "Police and Crime Commissioner for Gwent"]),
        ("footer", "Gwent OPCC"),
    ]


def _hampshire() -> Blocks:
    return [
        (
            "letterhead",
            ["Hampshire and Isle of Wight Police and Crime Commissioner", "St George's Chambers, Winchester"],
        ),
        ("date", "27 June 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"{OIC_TITLE}: response of the Police and Crime Commissioner"),
        (
            "para",
            "I have considered the report and the Chief Constable's response to it, which is reproduced in the "
            "table below with the status the force gives each recommendation.",
        ),
        (
            "table",
            [
                ["Recommendation", "Force position", "Status", "Update"],
                [
                    f"2. {REC['2']}",
                    "Accepted",
                    "Complete",
                    "Guidance issued to all officers in May 2025; the intelligence submission is mandatory on the "
                    "referral template.",
                ],
                [
                    f"4. {REC['4']}",
                    "Accepted",
                    "In progress",
                    "Collection plan drafted; consultation with the South East regional organised crime unit is "
                    "under way.",
                ],
                [
                    f"8. {REC['8']}",
                    "Partially accepted",
                    "Not started",
                    "Hydra capacity is being reviewed regionally; training for relevant personnel has not begun.",
                ],
                [f"9. {REC['9']}", "Accepted", "Planned", "Modules to be added to the 2026 mandatory training plan."],
            ],
        ),
        (
            "para",
            "I will monitor delivery through my Police Accountability Board and report on it in my annual report.",
        ),
        (
            "sign",
            [
                "Yours sincerely,",
                "Philippa Graves",
                "Police and Crime Commissioner for Hampshire and the Isle of Wight",
            ],
        ),
        ("footer", "OPCC Hampshire and Isle of Wight"),
    ]


def _south_wales() -> Blocks:
    return [
        ("letterhead", ["South Wales Police and Crime Commissioner", "Tŷ Morgannwg, Bridgend"]),
        ("date", "27/06/25"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Response to the HMICFRS report '{OIC_TITLE}'"),
        (
            "para",
            "Please find my comments on the report below. The Chief Constable's response, which I have taken into "
            "account, is at Annex A.",
        ),
        ("heading", "Recommendation 2"),
        ("para", "I support this recommendation and I am reassured by the Chief Constable's response at Annex A."),
        ("heading", "Recommendation 4"),
        (
            "para",
            "I support this recommendation. I will ask to see the finished collection plan at my Strategic Delivery "
            "Board.",
        ),
        ("heading", "Recommendation 8"),
        ("para", "I agree with this recommendation."),
        ("heading", "Recommendation 9"),
        ("para", "I support this recommendation."),
        ("sign", ["Yours sincerely,", "Meirion Pryce", "Police and Crime Commissioner for South Wales"]),
        ("heading", "Annex A: response of the Chief Constable of South Wales Police"),
        ("heading", "Recommendation 2"),
        (
            "para",
            "The Chief Constable accepts this recommendation. Since April 2025 every referral South Wales Police "
            "officers make to the National Command and Control Unit has been followed by an intelligence "
            "submission, checked by the Force Intelligence Bureau.",
        ),
        ("heading", "Recommendation 4"),
        (
            "para",
            "Accepted. Work has started on a collection plan; the first version is being drafted with the Tarian "
            "regional organised crime unit.",
        ),
        ("heading", "Recommendation 8"),
        (
            "para",
            "Accepted. The force intends to run Hydra training for all public protection detectives in the 2026/27 "
            "financial year.",
        ),
        ("heading", "Recommendation 9"),
        (
            "para",
            "Accepted. Module 1 has been completed by 70 per cent of the officers in scope; modules 2 to 4 are being "
            "rolled out now.",
        ),
        ("footer", "South Wales OPCC"),
    ]


def _northamptonshire() -> Blocks:
    return [
        (
            "letterhead",
            ["Office of the Northamptonshire Police, Fire and Crime Commissioner", "Darby House, Wootton Hall"],
        ),
        ("date", "Monday 7 July 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Inspection report: {OIC_TITLE}"),
        (
            "para",
            "The Chief Constable's response to the report is appended to this letter. My own comments on the "
            "matters it raises for chief constables follow.",
        ),
        (
            "para",
            "On the intelligence document required after a referral to the National Command and Control Unit, I "
            "agree with the inspectorate and I note the progress the force reports.",
        ),
        ("para", "On the plan to collect, analyse and share information, I agree."),
        (
            "para",
            "On the Hydra training package, I have reservations. I support the aim, but I am not persuaded that "
            "immersive training for all relevant personnel is the best use of limited training days, and I have "
            "asked the Chief Constable to target it at investigators.",
        ),
        ("para", "On the four e-learning modules, I fully support the recommendation."),
        ("sign", ["Yours sincerely,", "Stuart Ingleby", "Northamptonshire Police, Fire and Crime Commissioner"]),
        ("heading", "Appendix: Chief Constable's response"),
        ("para", f"1. {REC['2']}"),
        (
            "para",
            "Accepted. Northamptonshire Police requires the intelligence document on every referral, and this has "
            "been business as usual since March 2025.",
        ),
        ("para", f"2. {REC['4']}"),
        (
            "para",
            "Accepted. The force has not started this work; it will begin once the regional intelligence "
            "collection framework is agreed in the new year.",
        ),
        ("para", f"3. {REC['8']}"),
        ("para", "Accepted. Half of the officers identified have now attended a Hydra session."),
        ("para", f"4. {REC['9']}"),
        ("para", "Accepted. The force will report on this in its quarterly update to the Commissioner."),
        ("footer", "Northamptonshire OPFCC"),
    ]


def _manchester() -> Blocks:
    return [
        ("letterhead", ["Greater Manchester Combined Authority", "Tootal Buildings, 56 Oxford Street, Manchester"]),
        ("date", "July 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Response to HMICFRS: {OIC_TITLE}"),
        (
            "para",
            "I respond on behalf of the Mayor of Greater Manchester, who holds the police and crime commissioner "
            "functions for the city region.",
        ),
        (
            "para",
            "The Mayor and I accept all four recommendations that the report makes to chief constables, and so "
            "does the Chief Constable of Greater Manchester Police.",
        ),
        (
            "para",
            "The report found that forces understand too little about the organised crime groups behind small boat "
            "crossings and the exploitation that follows them. The National Police Chiefs' Council lead is "
            "preparing a national delivery plan, and the Home Office is consulting on new reporting requirements.",
        ),
        (
            "para",
            "I will scrutinise Greater Manchester Police's progress against each recommendation at my "
            "Accountability Board and through the Police, Fire and Crime Panel.",
        ),
        (
            "sign",
            ["Yours sincerely,", "Lorraine Haworth", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"],
        ),
        ("footer", "GMCA"),
    ]


def _dorset() -> Blocks:
    return [
        ("letterhead", ["Dorset Police and Crime Commissioner"]),
        ("date", "1 July 2025"),
        ("title", f"Commissioner's response to the HMICFRS report '{OIC_TITLE}'"),
        ("salutation", "Dear HM Chief Inspector of Constabulary,"),
        (
            "para",
            "I support all of the report's recommendations to chief constables. I add detail below where the force "
            "has told me what it has done.",
        ),
        (
            "para",
            "On recording intelligence after referrals to the National Command and Control Unit, the force has "
            "rewritten its guidance, and every referral since June has had the intelligence document completed.",
        ),
        (
            "para",
            "I have some reservations about the e-learning recommendation. I agree with it in part: the modules "
            "are worthwhile, but four modules is a lot to ask of neighbourhood staff. The force will add them to "
            "its mandatory training in January 2026 for investigators only.",
        ),
        (
            "para",
            "I will continue to monitor progress at my Resources and Performance Board, and I will ask the force "
            "for a written update in six months.",
        ),
        ("sign", ["Kind regards,", "Samuel Ashdown", "Police and Crime Commissioner for Dorset"]),
        ("footer", "Dorset OPCC"),
    ]


def _lincolnshire() -> Blocks:
    return [
        ("letterhead", ["Lincolnshire Police and Crime Commissioner", "Deepdale Lane, Nettleham, Lincoln"]),
        ("date", "3rd July 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Response to '{OIC_TITLE}'"),
        (
            "para",
            "Thank you for the inspection report. I respond here to the two recommendations on which the force "
            "has already reported to me.",
        ),
        ("quote", REC["2"]),
        (
            "para",
            "I agree. The force introduced a compulsory intelligence submission for these referrals in February, "
            "and compliance is reported to me each month.",
        ),
        ("quote", REC["8"]),
        (
            "para",
            "I agree. Lincolnshire Police will send officers to the East Midlands Hydra suite; the first course is "
            "booked for November 2025.",
        ),
        (
            "para",
            "I will write again on the remaining recommendations once the force has finished its review of them.",
        ),
        ("sign", ["Yours sincerely,", "Caroline Dunmore", "Police and Crime Commissioner for Lincolnshire"]),
        ("footer", "Lincolnshire OPCC"),
    ]


def _suffolk() -> Blocks:
    return [
        ("letterhead", ["Suffolk Police and Crime Commissioner", "Martlesham Heath, Ipswich"]),
        ("date", "Date: 8 July 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"HMICFRS: {OIC_TITLE} – response from the Suffolk PCC"),
        (
            "para",
            "I have discussed this report with the Chief Constable of Suffolk Constabulary. I do not agree with "
            "every recommendation, and I explain below why.",
        ),
        ("heading", "Recommendation 2"),
        (
            "para",
            "I agree with this recommendation. Suffolk Constabulary is trialling a new referral form in its "
            "contact and control room, which prompts the officer for the intelligence document.",
        ),
        ("heading", "Recommendation 4"),
        (
            "para",
            "I do not agree that a separate collection plan for organised immigration crime is needed in Suffolk. "
            "The force's serious and organised crime collection plan already covers immigration crime, and I am "
            "content with that approach.",
        ),
        ("heading", "Recommendation 8"),
        (
            "para",
            "I partially agree. Hydra training is valuable for senior investigators, and eight have attended so "
            "far, but I do not support extending it to all frontline staff.",
        ),
        ("heading", "Recommendation 9"),
        (
            "para",
            "I note this recommendation. The Chief Constable has decided that completing the modules will become "
            "mandatory for investigators from April 2026.",
        ),
        ("para", "I will review the force's approach at my Accountability and Performance Panel in the autumn."),
        ("sign", ["Yours sincerely,", "Imogen Fairweather", "Police and Crime Commissioner for Suffolk"]),
        ("footer", "Suffolk OPCC"),
    ]


def _warwickshire() -> Blocks:
    return [
        ("letterhead", ["Warwickshire Police and Crime Commissioner", "3 Northgate Street, Warwick"]),
        ("date", "4 July 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Section 55 response: {OIC_TITLE}"),
        (
            "para",
            "Warwickshire Police works closely with West Mercia Police and the West Midlands Regional Organised "
            "Crime Unit on organised immigration crime. My comments, and the Chief Constable's, follow by the "
            "report's numbering.",
        ),
        ("heading", "Recommendation 2"),
        (
            "para",
            "The Chief Constable has accepted this recommendation and I support it. Warwickshire Police already "
            "does this: it has been standard practice since the force's 2023 review of immigration referrals.",
        ),
        ("heading", "Recommendation 4"),
        (
            "para",
            "The Chief Constable has accepted this recommendation, and I accept it too. A plan will be in place by "
            "the December deadline.",
        ),
        ("heading", "Recommendation 8"),
        (
            "para",
            "The Chief Constable accepts this recommendation in part, because Hydra places are limited, and I agree "
            "with her. Hydra training is delivered jointly with West Mercia Police, and so far 60 of about 200 "
            "relevant officers have attended.",
        ),
        ("heading", "Recommendation 9"),
        (
            "para",
            "The Chief Constable has not accepted this recommendation as worded, because in her view the modules "
            "duplicate training the force already gives. I do not share her view: I support the recommendation "
            "and have asked her to reconsider. No officer has yet been asked to complete the modules.",
        ),
        ("sign", ["Yours sincerely,", "Deborah Lisle", "Police and Crime Commissioner for Warwickshire"]),
        ("footer", "Warwickshire OPCC"),
    ]


def _cleveland() -> Blocks:
    return [
        ("letterhead", ["Cleveland Police and Crime Commissioner", "Stockton Police Station, Bishop Street"]),
        ("date", "2 July 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Response to the HMICFRS report '{OIC_TITLE}'"),
        (
            "para",
            "The report's four recommendations to chief constables fall under two themes, and I have answered them "
            "that way.",
        ),
        ("heading", "Intelligence"),
        (
            "para",
            "I agree with both of the report's recommendations on intelligence. Every referral to Immigration "
            "Enforcement's National Command and Control Unit is now followed by an intelligence submission, which "
            "the control room checks each morning, while the force's collection plan for organised immigration "
            "crime is still being drafted and should be ready in October.",
        ),
        ("heading", "Training"),
        (
            "para",
            "I also support the two training recommendations. Hydra training has not started and is unlikely to "
            "before the new financial year, because the regional suite is fully booked; by contrast, the four "
            "e-learning modules have been completed by 85 per cent of the officers the force identified.",
        ),
        ("para", "I will monitor progress through my Scrutiny, Performance and Accountability meetings."),
        ("sign", ["Yours sincerely,", "Anthony Brack", "Police and Crime Commissioner for Cleveland"]),
        ("footer", "Cleveland OPCC"),
    ]


def _staffordshire() -> Blocks:
    return [
        ("letterhead", ["Staffordshire Commissioner's Office", "Police, Fire and Crime", "Stafford"]),
        ("date", "07/07/2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Response to '{OIC_TITLE}'"),
        (
            "para",
            "Thank you for the report, which the Chief Constable and I have considered together. I take its four "
            "recommendations to chief constables two at a time.",
        ),
        (
            "para",
            "On intelligence, the Chief Constable accepts the recommendations about referrals to the National "
            "Command and Control Unit and about collection plans, and I agree with them. An instruction requiring "
            "officers to submit intelligence after every referral will be issued in September, alongside a new "
            "collection plan that the force's analysts are now writing.",
        ),
        (
            "para",
            "Training is where I have more to say. I welcome both training recommendations. Staffordshire Police "
            "ran its first Hydra exercise on organised immigration crime in May, and all detective sergeants will "
            "have taken part by December. The e-learning modules, however, have not yet been assigned to anyone: "
            "the force is awaiting national guidance on which roles count as relevant personnel.",
        ),
        ("para", "I will report on progress to the Police, Fire and Crime Panel in the new year."),
        ("sign", ["Yours sincerely,", "Martin Oakes", "Staffordshire Police, Fire and Crime Commissioner"]),
        ("footer", "Staffordshire Commissioner's Office"),
    ]


def _bedfordshire() -> Blocks:
    return [
        ("letterhead", ["Bedfordshire Police and Crime Commissioner", "Woburn Road, Kempston"]),
        ("date", "4th August 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Response to HMICFRS: {OIC_TITLE}"),
        (
            "para",
            "I apologise for the delay in sending my response, which follows a change in my office's staff over "
            "the summer.",
        ),
        ("heading", "Recommendation 2"),
        ("quote", REC["2"]),
        (
            "para",
            "I agree. Bedfordshire Police now carries out a weekly check that every referral has an intelligence "
            "submission attached.",
        ),
        ("heading", "Recommendation 4"),
        ("quote", REC["4"]),
        ("para", "I agree. The collection plan will be completed by the end of the year."),
        ("heading", "Recommendation 8"),
        ("quote", REC["8"]),
        ("para", "I support this recommendation."),
        ("heading", "Recommendation 9"),
        ("quote", REC["9"]),
        ("para", "I support this recommendation. Training is under way: 300 officers have completed all four modules."),
        ("sign", ["Yours sincerely,", "Yusuf Chaudhry", "Police and Crime Commissioner for Bedfordshire"]),
        ("footer", "Bedfordshire OPCC"),
    ]


def _nottinghamshire() -> Blocks:
    return [
        ("letterhead", ["Nottinghamshire Office of the Police and Crime Commissioner", "Arnot Hill House, Arnold"]),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"HMICFRS inspection report: {OIC_TITLE}"),
        ("para", "My response to the recommendations made to chief constables is below."),
        ("heading", "Recommendation 2"),
        (
            "para",
            "I accept. The referral process is being changed, and the new form goes live on 1 September.",
        ),
        ("heading", "Recommendation 4"),
        (
            "para",
            "I accept. Nottinghamshire Police's collection plan was signed off by the Assistant Chief Constable "
            "on 12 June 2025.",
        ),
        ("heading", "Recommendation 8"),
        ("para", "I accept. Half of the relevant teams have been trained on the Hydra package."),
        ("heading", "Recommendation 9"),
        ("para", "I accept. Roll-out of the four modules is scheduled for March 2026."),
        (
            "sign",
            ["Yours sincerely,", "Beverley Asante", "Police and Crime Commissioner for Nottinghamshire", "10/07/2025"],
        ),
        ("footer", "Nottinghamshire OPCC"),
    ]


def _humberside() -> Blocks:
    return [
        ("letterhead", ["Humberside Police and Crime Commissioner", "The Lawns, Harland Way, Cottingham"]),
        ("date", "12 February 2026"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspectors,"),
        ("title", f"Response to '{SOC_TITLE}'"),
        (
            "para",
            "I respond as the policing body for Humberside Police. The inspectorate found that the regional unit's "
            "capabilities are well regarded by the forces it serves, but that the region's plans vary in quality. "
            "I will also discuss the report with the mayors of South Yorkshire, West Yorkshire and York and North "
            "Yorkshire at our regional governance board.",
        ),
        ("heading", "AFI 1"),
        ("quote", AFI["1"]),
        (
            "para",
            "I accept this area for improvement. Humberside Police and the regional unit have run a single tasking "
            "process for serious and organised crime since January 2026, and 4P plans are being brought to a "
            "common standard.",
        ),
        ("heading", "AFI 2"),
        ("quote", AFI["2"]),
        (
            "para",
            "I agree. The region intends to buy technical surveillance equipment jointly from 2026/27, and a "
            "business case goes to the regional collaboration board in March.",
        ),
        ("sign", ["Yours sincerely,", "Gareth Loftus", "Police and Crime Commissioner for Humberside"]),
        ("footer", "Humberside OPCC"),
    ]


def _north_yorkshire() -> Blocks:
    return [
        ("letterhead", ["York and North Yorkshire Combined Authority", "Policing, Fire and Crime"]),
        ("date", "20/01/2026"),
        ("title", f"Deputy Mayor's response to '{SOC_TITLE}'"),
        ("salutation", "To HMICFRS and HM Inspectorate of Probation,"),
        (
            "para",
            "The report examined the Yorkshire and Humber Regional Organised Crime Unit and the four forces of the "
            "region. It identified two areas for improvement for the unit and its constituent forces.",
        ),
        ("heading", "Working together across the region"),
        (
            "para",
            "The Mayor and I welcome this. North Yorkshire Police has not yet begun work on a joint approach with "
            "the other forces, because it is awaiting the outcome of the regional unit's own review.",
        ),
        ("heading", "Technical surveillance equipment"),
        (
            "para",
            "I agree. Technical surveillance equipment for the region is now bought through a single regional "
            "contract that the regional unit manages.",
        ),
        ("para", "I will monitor progress at my Public Accountability Meetings with the Chief Constable."),
        ("sign", ["Yours sincerely,", "Helen Aske", "Deputy Mayor for Policing, Fire and Crime"]),
        ("footer", "York and North Yorkshire Combined Authority"),
    ]


# ------------------------------------------------------------------------------------------------
# The truth of each letter, written by hand from reading it


def _base(
    n: int,
    kind: str,
    fmt: str,
    force: str,
    org: str,
    author: tuple[str, str],
    date: str | None,
    *,
    report: str = OIC,
    late: bool = False,
) -> dict[str, Any]:
    id_ = f"sealed3-{n:02d}"
    return {
        "id": id_,
        "file": f"{id_}.{fmt}",
        "kind": kind,
        "format": fmt,
        "report": report,
        "report_title_in_letter": OIC_TITLE if report == OIC else SOC_TITLE,
        "force": force,
        "organisation": org,
        "author": {"name": author[0], "role": author[1]},
        "date": date,
        "late": late,
        "run_with_report": None,
        "split": "sealed3",
    }


CC = "chief_constable"

# Each letter: (builder, truth). The report oic-2025 was published on 16 May 2025, so a response was due by
# 10 July 2025 (56 days, counting the day of publication). The regional report's pack gives no publication date,
# so its letters are not judged late.
LETTERS: list[tuple[Any, dict[str, Any]]] = [
    (
        _leicestershire,
        {
            **_base(
                1,
                "paraphrase_headings",
                "txt",
                "Leicestershire Police",
                "Leicestershire Police and Crime Commissioner",
                ("Harriet Okonjo", "Police and Crime Commissioner for Leicestershire"),
                "2025-07-07",
            ),
            "items": [
                item("2", "agree", "implemented"),
                item("4", "accept", "in_progress"),
                item("8", "support", "planned"),
                item("9", "support", "not_started"),
            ],
            "unanswered": [],
        },
    ),
    (
        _devon,
        {
            **_base(
                2,
                "paraphrase_headings",
                "html",
                "Devon and Cornwall Police",
                "Devon and Cornwall Police and Crime Commissioner",
                ("Marcus Trelawny", "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
                "2025-07-04",
            ),
            "items": [
                item("2", "accept", "not_started"),
                item("4", "agree", "implemented"),
                item("8", "agree", "planned"),
                item("9", "support", "in_progress"),
            ],
            "unanswered": [],
        },
    ),
    (
        _cheshire,
        {
            **_base(
                3,
                "paraphrase_headings",
                "pdf",
                "Cheshire Constabulary",
                "Cheshire Police and Crime Commissioner",
                ("Dr Ellen Marsh", "Police and Crime Commissioner for Cheshire"),
                "2025-07-01",
            ),
            "items": [
                item("2", "support", "in_progress"),
                item("4", "agree", "not_started"),
                item("8", ["support", "agree"], "implemented", cc="accept"),
                item("9", "note", ["planned", "not_started"]),
            ],
            "unanswered": [],
        },
    ),
    (
        _kent,
        {
            **_base(
                4,
                "labels_only",
                "docx",
                "Kent Police",
                "Kent Police and Crime Commissioner",
                ("Callum Reid", "Kent Police and Crime Commissioner"),
                "2025-07-08",
            ),
            "items": [
                item("2", "support", "implemented", cc="accept"),
                item("4", "support", "in_progress"),
                item("8", "agree", ["planned", "in_progress"]),
                item("9", "agree", "in_progress"),
            ],
            "unanswered": [],
        },
    ),
    (
        _durham,
        {
            **_base(
                5,
                "labels_only",
                "txt",
                "Durham Constabulary",
                "Durham Police and Crime Commissioner",
                ("Graham Pattinson", "Police and Crime Commissioner for County Durham and Darlington"),
                "2025-06-30",
            ),
            "items": [
                item("2", "agree", "implemented"),
                item("4", "accept", "in_progress"),
                item("8", "accept", ["not_started", "planned"]),
                item("9", "accept", "not_stated"),
            ],
            "unanswered": [],
        },
    ),
    (
        _essex,
        {
            **_base(
                6,
                "table_docx",
                "docx",
                "Essex Police",
                "Essex Police, Fire and Crime Commissioner",
                ("Nadia Kowalczyk", "Police, Fire and Crime Commissioner for Essex"),
                "2025-07-04",
            ),
            "items": [
                item("2", "support", "implemented", cc="accept"),
                item("4", "agree", "in_progress", cc="accept"),
                item("8", ["accept", "partially_agree"], "planned", cc="partially_agree"),
                item("9", "support", "in_progress", cc="accept"),
            ],
            "unanswered": [],
        },
    ),
    (
        _wiltshire,
        {
            **_base(
                7,
                "table_docx",
                "docx",
                "Wiltshire Police",
                "Wiltshire Police and Crime Commissioner",
                ("Oliver Penhale", "Police and Crime Commissioner for Wiltshire and Swindon"),
                "2025-07-02",
            ),
            "items": [
                item("2", "agree", "planned"),
                item("4", "agree", "implemented"),
                item("8", ["partially_agree", "agree"], "in_progress"),
                item("9", "agree", ["implemented", "in_progress"]),
            ],
            "unanswered": [],
        },
    ),
    (
        _mopac,
        {
            **_base(
                8,
                "table_html",
                "html",
                "Metropolitan Police Service",
                "Mayor's Office for Policing And Crime (MOPAC)",
                ("Rosalind Achebe", "Deputy Mayor for Policing and Crime"),
                "2025-07-10",
            ),
            "items": [
                item("2", "support", "implemented", cc="agree"),
                item("4", "agree", "in_progress", cc="agree"),
                item("8", "support", "in_progress", cc="agree"),
                item("9", "note", "planned", cc="agree"),
            ],
            "unanswered": [],
        },
    ),
    (
        _northumbria,
        {
            **_base(
                9,
                "table_pdf",
                "pdf",
                "Northumbria Police",
                "Northumbria Police and Crime Commissioner",
                ("Joanne Whitfield", "Police and Crime Commissioner for Northumbria"),
                "2025-07-03",
            ),
            "items": [
                item("2", "support", "implemented", cc="accept"),
                item("4", "agree", "in_progress", cc="accept"),
                item("8", "accept", "not_started", cc="accept"),
                item("9", "support", "planned", cc="accept"),
            ],
            "unanswered": [],
        },
    ),
    (
        _gwent,
        {
            **_base(
                10,
                "table_pdf",
                "pdf",
                "Gwent Police",
                "Gwent Police and Crime Commissioner",
                ("Rhys Bevan", "Police and Crime Commissioner for Gwent"),
                "2025-07-09",
            ),
            "items": [
                item("2", "accept", "implemented", by=CC, cc="accept"),
                item("4", "accept", "planned", cc="accept"),
                item("8", ["agree", "partially_agree"], "in_progress", cc="partially_agree"),
                item("9", "support", "not_stated", cc="accept"),
            ],
            "unanswered": [],
        },
    ),
    (
        _hampshire,
        {
            **_base(
                11,
                "table_status_column",
                "html",
                "Hampshire and Isle of Wight Constabulary",
                "Hampshire and Isle of Wight Police and Crime Commissioner",
                ("Philippa Graves", "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
                "2025-06-27",
            ),
            "items": [
                item("2", "accept", "implemented", by=CC, cc="accept"),
                item("4", "accept", "in_progress", by=CC, cc="accept"),
                item("8", "partially_agree", "not_started", by=CC, cc="partially_agree"),
                item("9", "accept", "planned", by=CC, cc="accept"),
            ],
            "unanswered": [],
        },
    ),
    (
        _south_wales,
        {
            **_base(
                12,
                "cc_annex",
                "pdf",
                "South Wales Police",
                "South Wales Police and Crime Commissioner",
                ("Meirion Pryce", "Police and Crime Commissioner for South Wales"),
                "2025-06-27",
            ),
            "items": [
                item("2", "support", "implemented", cc="accept"),
                item("4", "support", "in_progress", cc="accept"),
                item("8", "agree", "planned", cc="accept"),
                item("9", "support", "in_progress", cc="accept"),
            ],
            "unanswered": [],
        },
    ),
    (
        _northamptonshire,
        {
            **_base(
                13,
                "cc_annex",
                "docx",
                "Northamptonshire Police",
                "Northamptonshire Police, Fire and Crime Commissioner",
                ("Stuart Ingleby", "Northamptonshire Police, Fire and Crime Commissioner"),
                "2025-07-07",
            ),
            "items": [
                item("2", "agree", "implemented", cc="accept"),
                item("4", "agree", ["not_started", "planned"], cc="accept"),
                item("8", "partially_agree", "in_progress", cc="accept"),
                item("9", "support", "not_stated", cc="accept"),
            ],
            "unanswered": [],
        },
    ),
    (
        _manchester,
        {
            **_base(
                14,
                "blanket",
                "txt",
                "Greater Manchester Police",
                "Mayor of Greater Manchester (Greater Manchester Combined Authority)",
                ("Lorraine Haworth", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"),
                None,
            ),
            "items": [item(ref, "accept", "not_stated", cc="accept") for ref in ("2", "4", "8", "9")],
            "unanswered": [],
        },
    ),
    (
        _dorset,
        {
            **_base(
                15,
                "blanket",
                "html",
                "Dorset Police",
                "Dorset Police and Crime Commissioner",
                ("Samuel Ashdown", "Police and Crime Commissioner for Dorset"),
                "2025-07-01",
            ),
            "items": [
                item("2", "support", "implemented"),
                item("4", "support", "not_stated"),
                item("8", "support", "not_stated"),
                item("9", "partially_agree", "planned"),
            ],
            "unanswered": [],
        },
    ),
    (
        _lincolnshire,
        {
            **_base(
                16,
                "partial",
                "docx",
                "Lincolnshire Police",
                "Lincolnshire Police and Crime Commissioner",
                ("Caroline Dunmore", "Police and Crime Commissioner for Lincolnshire"),
                "2025-07-03",
            ),
            "items": [item("2", "agree", "implemented"), item("8", "agree", "planned")],
            "unanswered": ["4", "9"],
        },
    ),
    (
        _suffolk,
        {
            **_base(
                17,
                "mixed_stances",
                "html",
                "Suffolk Constabulary",
                "Suffolk Police and Crime Commissioner",
                ("Imogen Fairweather", "Police and Crime Commissioner for Suffolk"),
                "2025-07-08",
            ),
            "items": [
                item("2", "agree", "in_progress"),
                item("4", "disagree", ["implemented", "not_stated"]),
                item("8", "partially_agree", "in_progress"),
                item("9", "note", "planned"),
            ],
            "unanswered": [],
        },
    ),
    (
        _warwickshire,
        {
            **_base(
                18,
                "mixed_stances",
                "txt",
                "Warwickshire Police",
                "Warwickshire Police and Crime Commissioner",
                ("Deborah Lisle", "Police and Crime Commissioner for Warwickshire"),
                "2025-07-04",
            ),
            "items": [
                item("2", "support", "implemented", cc="accept"),
                item("4", "accept", "planned", cc="accept"),
                item("8", ["agree", "partially_agree"], "in_progress", cc="partially_agree"),
                item("9", "support", "not_started", cc="disagree"),
            ],
            "unanswered": [],
        },
    ),
    (
        _cleveland,
        {
            **_base(
                19,
                "two_in_one_paragraph",
                "pdf",
                "Cleveland Police",
                "Cleveland Police and Crime Commissioner",
                ("Anthony Brack", "Police and Crime Commissioner for Cleveland"),
                "2025-07-02",
            ),
            "items": [
                item("2", "agree", "implemented"),
                item("4", "agree", "in_progress"),
                item("8", "support", "not_started"),
                item("9", "support", "in_progress"),
            ],
            "unanswered": [],
        },
    ),
    (
        _staffordshire,
        {
            **_base(
                20,
                "two_in_one_paragraph",
                "txt",
                "Staffordshire Police",
                "Staffordshire Police, Fire and Crime Commissioner",
                ("Martin Oakes", "Staffordshire Police, Fire and Crime Commissioner"),
                "2025-07-07",
            ),
            "items": [
                item("2", "agree", "planned", cc="accept"),
                item("4", "agree", "in_progress", cc="accept"),
                item("8", "support", "in_progress"),
                item("9", "support", "not_started"),
            ],
            "unanswered": [],
        },
    ),
    (
        _bedfordshire,
        {
            **_base(
                21,
                "dates_late",
                "txt",
                "Bedfordshire Police",
                "Bedfordshire Police and Crime Commissioner",
                ("Yusuf Chaudhry", "Police and Crime Commissioner for Bedfordshire"),
                "2025-08-04",
                late=True,
            ),
            "items": [
                item("2", "agree", "implemented"),
                item("4", "agree", ["planned", "in_progress"]),
                item("8", "support", "not_stated"),
                item("9", "support", "in_progress"),
            ],
            "unanswered": [],
        },
    ),
    (
        _nottinghamshire,
        {
            **_base(
                22,
                "dates_late",
                "pdf",
                "Nottinghamshire Police",
                "Nottinghamshire Police and Crime Commissioner",
                ("Beverley Asante", "Police and Crime Commissioner for Nottinghamshire"),
                "2025-07-10",
            ),
            "items": [
                item("2", "accept", ["in_progress", "planned"]),
                item("4", "accept", "implemented"),
                item("8", "accept", "in_progress"),
                item("9", "accept", "planned"),
            ],
            "unanswered": [],
        },
    ),
    (
        _humberside,
        {
            **_base(
                23,
                "regional_afi",
                "docx",
                "Humberside Police",
                "Humberside Police and Crime Commissioner",
                ("Gareth Loftus", "Police and Crime Commissioner for Humberside"),
                "2026-02-12",
                report=SOC,
            ),
            "items": [item("1", "accept", ["in_progress", "implemented"]), item("2", "agree", "planned")],
            "unanswered": [],
        },
    ),
    (
        _north_yorkshire,
        {
            **_base(
                24,
                "regional_afi",
                "html",
                "North Yorkshire Police",
                "Mayor of York and North Yorkshire",
                ("Helen Aske", "Deputy Mayor for Policing, Fire and Crime"),
                "2026-01-20",
                report=SOC,
            ),
            "items": [item("1", "support", "not_started"), item("2", "agree", "implemented")],
            "unanswered": [],
        },
    ),
]

ABOUT = (
    "A third sealed set: 24 letters written by hand on 30 November 2026 (every person's name and every sentence "
    "invented for Oversight; forces and policing bodies are real names, used only as the senders of synthetic "
    "letters), from forces none of the seed letters come from, as TXT, DOCX, HTML and PDF (six of each). Each "
    "letter's truth was written from reading the letter, not from how it was built. Kept from tuning: measure "
    "it before and after a change and do not read its per-letter output. Same schema as the corpus truth; split "
    "is 'sealed3'. 'date' is null where the letter prints only a month. oic-2025 was published on 16 May 2025, "
    "so a letter dated after 10 July 2025 is late; the regional report's pack gives no publication date, so its "
    "letters are not marked late."
)


def main() -> None:
    corpus.write_set(HERE, ABOUT, ((make(), truth) for make, truth in LETTERS))


if __name__ == "__main__":
    main()
