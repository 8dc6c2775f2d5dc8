# ruff: noqa: E501  (letter text is data: long sentences are kept whole)
"""Build the sealed9 set: ``letters/`` and ``truth.json``, reproducibly.

    .venv/bin/python tests/ingest/sealed9/build.py

A sealed set of 30 hand-written synthetic response letters (28 to the organised immigration crime report, 2 to
the Yorkshire and Humber serious and organised crime inspection), written independently of the reader and kept
out of tuning, so that it measures the reader on wording and layouts it has never seen. It holds tables (in
docx, html and pdf), letters whose headings paraphrase the recommendations, letters that name recommendations by
number only, flattened text, two recommendations answered in one paragraph, blanket stances, mixed stances, a
chief constable's annex and two regional AFI letters, in txt, docx, html and pdf.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
sys.path.insert(0, str(CORPUS))

import build as corpus  # noqa: E402

SPLIT = "sealed9"
OIC = "oic-2025"
SOC = "soc-yh-2025"
OIC_TITLE = "Improving the response to organised immigration crime"
SOC_TITLE = "An inspection of the Yorkshire and Humber regional response to serious and organised crime"

Blocks = list[tuple[str, Any]]
LETTERS: list[tuple[dict[str, Any], Blocks]] = []
add = corpus.letter_adder(LETTERS, split=SPLIT)
item = corpus.item


def cc_item(ref: str, stance: str, status: str | list[str]) -> dict[str, Any]:
    """A finding whose only stance in the letter is the chief constable's."""
    return item(ref, stance, status, by="chief_constable", cc=stance)


HMCI = ["His Majesty's Chief Inspector of Constabulary", "HMICFRS", "10 South Colonnade", "London E14 4PU"]

# ------------------------------------------------------------------------------------------------
# table (6): 2 docx, 2 html, 2 pdf

add(
    "s9-01",
    "table",
    "docx",
    "Cheshire Constabulary",
    "Cheshire Police and Crime Commissioner",
    ("Rhiannon Castell", "Police and Crime Commissioner for Cheshire"),
    "2025-07-03",
    [
        item("2", "accept", "in_progress", cc="accept"),
        item("4", "accept", "implemented", cc="accept"),
        item("8", "accept", "in_progress", cc="accept"),
        item("9", "accept", "planned", cc="accept"),
    ],
    [
        (
            "letterhead",
            ["Office of the Police and Crime Commissioner for Cheshire", "Clemonds Hey, Winsford, Cheshire"],
        ),
        ("date", "3 July 2025"),
        ("address", HMCI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Response to HMICFRS report: {OIC_TITLE}"),
        (
            "p",
            "Thank you for the opportunity to comment on your report, published on 16 May 2025. I have discussed it with the Chief Constable at my Scrutiny and Performance Board and I accept the four recommendations directed to chief constables. Recommendations 1, 3, 5, 6, 7 and 10 fall to national bodies and I have not commented on them.",
        ),
        (
            "p",
            "The table below summarises Cheshire Constabulary's response and where the work stands today. I will continue to track delivery through my regular holding-to-account meetings with the Chief Constable.",
        ),
        (
            "table",
            [
                ["Rec.", "What HMICFRS asked for", "Chief Constable's response", "Current position"],
                [
                    "2",
                    "An intelligence submission whenever an officer reports a case to Immigration Enforcement's National Command and Control Unit (by 30 April 2026)",
                    "Accepted",
                    "A mandatory intelligence field has been added to the control room referral template. Briefings for response and neighbourhood sergeants are continuing through July and August, with a compliance dip-sample to follow.",
                ],
                [
                    "4",
                    "Clear plans to collect, analyse and share information on organised immigration crime (by 31 December 2025)",
                    "Accepted",
                    "Complete. An OIC intelligence collection plan was signed off by the Force Intelligence Bureau in June 2025 and has been shared with the North West Regional Organised Crime Unit.",
                ],
                [
                    "8",
                    "Relevant personnel complete the Hydra training package, working with the MS&OIC Unit (by 30 April 2026)",
                    "Accepted",
                    "Under way. 14 of the 22 senior investigating officers and duty inspectors identified have completed a Hydra exercise; the remainder are booked for the autumn.",
                ],
                [
                    "9",
                    "Relevant personnel complete the four modules of the OIC e-learning (by 30 April 2026)",
                    "Accepted",
                    "The modules will be assigned through the force learning platform from September 2025, starting with investigators and custody staff.",
                ],
            ],
        ),
        (
            "p",
            "I am satisfied that the force has a credible route to meeting each deadline, and I have asked for a further written update in January 2026.",
        ),
        ("sign", ["Yours sincerely,", "", "Rhiannon Castell", "Police and Crime Commissioner for Cheshire"]),
        ("footer", "Office of the Police and Crime Commissioner for Cheshire"),
    ],
)

add(
    "s9-02",
    "table",
    "docx",
    "Lancashire Constabulary",
    "Lancashire Police and Crime Commissioner",
    ("Graham Ashworth-Bell", "Police and Crime Commissioner for Lancashire"),
    "2025-07-24",
    [
        item("2", "support", "implemented"),
        item("4", "support", "in_progress"),
        item("8", "support", "in_progress"),
        item("9", "support", "not_started"),
    ],
    [
        ("letterhead", ["Lancashire Police and Crime Commissioner", "County Hall, Fishergate, Preston PR1 0LD"]),
        ("date", "24th July 2025"),
        ("address", ["HM Chief Inspector of Constabulary", "By email"]),
        ("salutation", "Dear HM Chief Inspector"),
        ("title", f"HMICFRS: {OIC_TITLE} – PCC response"),
        (
            "p",
            "I write in response to the above report. I apologise for the delay in replying, which was caused by the timing of my Accountability Board this summer.",
        ),
        (
            "p",
            "I welcome the report's focus on what has until recently been a lower-profile area of policing, and I support the recommendations it makes to chief constables. Lancashire Constabulary has provided the update below, which I went through with senior officers at my Board on 17 July.",
        ),
        (
            "table",
            [
                ["Recommendation", "Lancashire Constabulary update", "RAG"],
                [
                    "Recommendation 2 – NCCU referrals and intelligence submissions",
                    "Since 1 June 2025 an NCCU referral cannot be closed on the command and control system until an intelligence submission reference has been entered. An audit of June referrals found full compliance. Complete.",
                    "Green",
                ],
                [
                    "Recommendation 4 – plans to collect, analyse and share OIC information",
                    "The force's OIC intelligence requirement is being drafted by the Intelligence Hub, and officers are working with partners at Heysham and Fleetwood to agree data-sharing arrangements.",
                    "Amber",
                ],
                [
                    "Recommendation 8 – Hydra training package",
                    "Two Hydra sessions have been run with the MS&OIC Unit; a third, for detective inspectors, is being arranged.",
                    "Amber",
                ],
                [
                    "Recommendation 9 – OIC e-learning (four modules)",
                    "Not started. The force is waiting for the College of Policing to confirm the final versions of modules 3 and 4.",
                    "Red",
                ],
            ],
        ),
        ("p", "I will continue to monitor this work and will publish the force's next update on my website."),
        ("sign", ["Yours sincerely", "Graham Ashworth-Bell", "Police and Crime Commissioner for Lancashire"]),
    ],
    late=True,
)

add(
    "s9-03",
    "table",
    "html",
    "Kent Police",
    "Kent Police and Crime Commissioner",
    ("Priya Malhotra-Keane", "Kent Police and Crime Commissioner"),
    "2025-07-08",
    [
        cc_item("2", "agree", "in_progress"),
        cc_item("4", "agree", "implemented"),
        cc_item("8", "agree", "in_progress"),
        cc_item("9", "agree", "in_progress"),
    ],
    [
        ("letterhead", ["Kent Police and Crime Commissioner", "Sessions House, Maidstone"]),
        ("date", "8 July 2025"),
        ("title", f"Response to HMICFRS inspection report: {OIC_TITLE}"),
        (
            "p",
            "Kent is on the front line of organised immigration crime. Small boat arrivals on our coast and the movement of people through the Port of Dover and the Channel Tunnel mean that the issues in this report are a daily reality for Kent Police and for the communities I represent.",
        ),
        (
            "p",
            "I asked the Chief Constable for his assessment of the report and of the four recommendations addressed to forces. His response is reproduced in the table below. I will hold him to account for delivery through my Performance and Accountability Board, and I will be watching the training figures in particular.",
        ),
        (
            "table",
            [
                ["Recommendation", "Kent Police response", "Status"],
                [
                    "2. By 30 April 2026, every referral to the NCCU is accompanied by the required intelligence document.",
                    "Agreed. Kent Police already submits intelligence for most referrals arising on the coast. The force is extending the same requirement to referrals from inland districts and has rewritten its intranet guidance.",
                    "Ongoing",
                ],
                [
                    "4. By 31 December 2025, clear plans to collect, analyse and share information related to OIC.",
                    "Agreed. Kent's OIC control strategy and intelligence collection plan were refreshed in April 2025 and are shared with the NCA, Border Force and Immigration Enforcement through the joint intelligence cell.",
                    "Complete",
                ],
                [
                    "8. By 30 April 2026, relevant personnel complete the Hydra training package.",
                    "Agreed. Hydra exercises for the Serious Crime Directorate are being run with the MS&OIC Unit; around half of the cohort has attended so far.",
                    "Ongoing",
                ],
                [
                    "9. By 30 April 2026, relevant personnel complete the four modules of the OIC e-learning.",
                    "Agreed. The modules are now mandatory for the Marine Unit and for investigators, and completion is reported to chief officers monthly.",
                    "Ongoing",
                ],
            ],
        ),
        ("p", "I am grateful to the inspectorate for its work on this report."),
        ("sign", ["Priya Malhotra-Keane", "Kent Police and Crime Commissioner"]),
    ],
)

add(
    "s9-04",
    "table",
    "html",
    "Essex Police",
    "Essex Police, Fire and Crime Commissioner",
    ("Owen Thackeray", "Police, Fire and Crime Commissioner for Essex"),
    "2025-06-30",
    [
        item("2", "accept", "planned", cc="accept"),
        item("4", "accept", "in_progress", cc="accept"),
        item("8", "accept", "implemented", cc="accept"),
        item("9", "accept", "in_progress", cc="accept"),
    ],
    [
        ("title", "Commissioner responds to national inspection of organised immigration crime"),
        ("date", "Published: 30 June 2025"),
        (
            "p",
            f"Essex Police, Fire and Crime Commissioner Owen Thackeray has published his response to His Majesty's Inspectorate of Constabulary and Fire & Rescue Services' report, {OIC_TITLE}.",
        ),
        (
            "quote",
            "Criminal gangs who smuggle people into this country put lives at risk and exploit people when they are at their most vulnerable. I accept the four recommendations the inspectorate has made to chief constables, and I am pleased that the Chief Constable has accepted them too.",
        ),
        (
            "p",
            "The report, published on 16 May 2025, made ten recommendations. Four are for chief constables; the others are for the National Crime Agency, the Home Office and other national bodies.",
        ),
        ("heading", "Progress in Essex"),
        (
            "table",
            [
                ["No.", "Recommendation", "Our response", "Progress"],
                [
                    "2",
                    "Intelligence document for every NCCU referral",
                    "Essex Police is redesigning its referral process so that an intelligence report is created automatically when an officer contacts the NCCU. The new process will go live in October 2025.",
                    "Planned – October 2025",
                ],
                [
                    "4",
                    "Plans to collect, analyse and share OIC information",
                    "A draft OIC intelligence collection plan is with the Eastern Region Special Operations Unit for comment, and information-sharing with port partners at Harwich and Tilbury is being formalised.",
                    "In progress",
                ],
                [
                    "8",
                    "Hydra training package",
                    "All 31 officers identified as needing Hydra completed it with the MS&OIC Unit during May and June 2025.",
                    "Complete",
                ],
                [
                    "9",
                    "Four-module OIC e-learning",
                    "Modules 1 and 2 are live for all officers and staff; modules 3 and 4 are being rolled out to investigators over the summer.",
                    "In progress",
                ],
            ],
        ),
        (
            "p",
            "The Commissioner will review progress with the Chief Constable at the Performance and Resources Scrutiny Board.",
        ),
        ("footer", "Essex Police, Fire and Crime Commissioner"),
    ],
)

add(
    "s9-05",
    "table",
    "pdf",
    "Devon and Cornwall Police",
    "Devon and Cornwall Police and Crime Commissioner",
    ("Morwenna Trelease", "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
    "2025-07-10",
    [
        item("2", "support", "in_progress"),
        item("4", "support", "planned"),
        item("8", "support", "in_progress"),
        item("9", "support", "implemented"),
    ],
    [
        ("letterhead", ["OFFICE OF THE POLICE AND CRIME COMMISSIONER", "Devon, Cornwall and the Isles of Scilly"]),
        ("date", "10/07/2025"),
        ("address", ["HMICFRS", "By email only"]),
        ("salutation", "Dear HM Inspector,"),
        ("title", OIC_TITLE),
        (
            "p",
            f"Please accept this letter as my formal response under section 55 of the Police Act 1996 to your report {OIC_TITLE}.",
        ),
        (
            "p",
            "With a long coastline, many small harbours and the Isles of Scilly, our area faces particular challenges in detecting organised immigration crime. I support all four of the recommendations addressed to chief constables. The table below, prepared with the force, sets out how each is being taken forward.",
        ),
        (
            "table",
            [
                ["Recommendation", "Action being taken", "Status"],
                [
                    "Rec 2 – NCCU referrals: intelligence document",
                    "Control room procedure updated in June; officers being reminded through daily briefings; first compliance audit due in September.",
                    "In progress",
                ],
                [
                    "Rec 4 – plans to collect, analyse and share OIC information",
                    "A force OIC problem profile will be commissioned in the autumn and will inform an information-sharing plan with the ports, Border Force and the South West ROCU, to be agreed by November 2025.",
                    "Planned",
                ],
                [
                    "Rec 8 – Hydra training package",
                    "First Hydra exercise delivered with the MS&OIC Unit in June; further sessions running through to March 2026.",
                    "In progress",
                ],
                [
                    "Rec 9 – four OIC e-learning modules",
                    "All four modules were assigned to relevant staff in February 2025 and completion reached 100% in June 2025.",
                    "Complete",
                ],
            ],
        ),
        ("p", "My office will review progress at the quarterly Police Accountability Board."),
        (
            "sign",
            [
                "Yours sincerely",
                "Morwenna Trelease",
                "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly",
            ],
        ),
        ("footer", "OPCC Devon, Cornwall and the Isles of Scilly"),
    ],
)

add(
    "s9-06",
    "table",
    "pdf",
    "Avon and Somerset Police",
    "Avon and Somerset Police and Crime Commissioner",
    ("Callum Rees-Hardy", "Police and Crime Commissioner for Avon and Somerset"),
    "2025-08-14",
    [
        item("2", "agree", "in_progress", cc="accept"),
        item("4", "agree", "implemented", cc="accept"),
        item("8", "agree", "in_progress", cc="accept"),
        item("9", "agree", "in_progress", cc="accept"),
    ],
    [
        (
            "letterhead",
            ["Avon and Somerset Police and Crime Commissioner", "Valley Road, Portishead, Bristol BS20 8JJ"],
        ),
        ("date", "14 August 2025"),
        ("address", HMCI),
        ("title", f"Response of the Police and Crime Commissioner to the HMICFRS report '{OIC_TITLE}'"),
        (
            "p",
            "I am writing in response to the report referenced above. My response is later than I would have liked and I thank the inspectorate for its patience.",
        ),
        (
            "p",
            "I agree with all four recommendations for chief constables. The force's position on each, with my own comments, is set out below.",
        ),
        (
            "table",
            [
                ["Ref", "Force position", "PCC comment"],
                [
                    "R2",
                    "Accepted. Briefing material on NCCU referrals has gone to all patrol and neighbourhood teams. Monthly compliance checks began in July and are reported to the Organised Crime Board.",
                    "I have asked to see the first three months of compliance data.",
                ],
                [
                    "R4",
                    "Accepted. The force's OIC information collection and sharing plan was approved by the Chief Officer Group on 22 July 2025.",
                    "Complete. I welcome the pace of this work.",
                ],
                [
                    "R8",
                    "Accepted. The Major Crime Investigation Team is working with the MS&OIC Unit to schedule Hydra sessions; the first ran in July.",
                    "I will seek an update in the new year.",
                ],
                [
                    "R9",
                    "Accepted. The four e-learning modules are being rolled out to relevant personnel in phases, starting with investigators.",
                    "Satisfied with progress to date.",
                ],
            ],
        ),
        ("p", "Should you require anything further, please contact my Chief of Staff."),
        ("sign", ["Yours sincerely", "Callum Rees-Hardy", "Police and Crime Commissioner for Avon and Somerset"]),
        ("footer", "Avon and Somerset Office of the Police and Crime Commissioner"),
    ],
    late=True,
)

# ------------------------------------------------------------------------------------------------
# paraphrase_headings (4)

add(
    "s9-07",
    "paraphrase_headings",
    "html",
    "Sussex Police",
    "Sussex Police and Crime Commissioner",
    ("Beatrice Olawale", "Sussex Police & Crime Commissioner"),
    "2025-07-02",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Sussex Police & Crime Commissioner", "Lewes, East Sussex"]),
        ("date", "2 July 2025"),
        ("salutation", "Dear HM Chief Inspector,"),
        ("title", f"{OIC_TITLE}: response from the Sussex Police & Crime Commissioner"),
        (
            "p",
            "Thank you for your report. With the port of Newhaven and Gatwick Airport within our county boundaries, organised immigration crime is a real concern for Sussex residents.",
        ),
        (
            "p",
            "The Chief Constable accepts each of the four recommendations made to forces. I support her in this, and I set out below the steps Sussex Police is taking.",
        ),
        ("heading", "Passing intelligence to Immigration Enforcement"),
        (
            "p",
            "Sussex Police has introduced a rule that no referral to Immigration Enforcement's National Command and Control Unit can be finalised without an intelligence report. This has applied across the force since April, and compliance is now routinely above 95%.",
        ),
        ("heading", "Understanding the threat"),
        (
            "p",
            "The force intelligence unit is developing a collection plan for organised immigration crime with the South East Regional Organised Crime Unit and is agreeing data-sharing protocols with partners at Gatwick and Newhaven. The plan will be ready before the December deadline.",
        ),
        ("heading", "Hydra exercises"),
        (
            "p",
            "Hydra sessions for senior investigating officers and on-call commanders have been scheduled with the Modern Slavery and Organised Immigration Crime Unit for November 2025.",
        ),
        ("heading", "Online learning"),
        (
            "p",
            "The e-learning package is being rolled out. So far 58% of the staff identified have completed all four modules, and the rest are expected to finish in early 2026.",
        ),
        ("p", "I will continue to scrutinise progress at my Performance & Accountability Meetings, which are webcast."),
        ("sign", ["Yours sincerely", "Beatrice Olawale", "Sussex Police & Crime Commissioner"]),
    ],
)

add(
    "s9-08",
    "paraphrase_headings",
    "docx",
    "Hertfordshire Constabulary",
    "Hertfordshire Police and Crime Commissioner",
    ("Stuart Penhaligon", "Police and Crime Commissioner for Hertfordshire"),
    "2025-07-31",
    [
        item("2", "accept", "in_progress"),
        item("4", "accept", "implemented"),
        item("8", "accept", "in_progress"),
        item("9", "accept", "in_progress"),
    ],
    [
        ("letterhead", ["Hertfordshire Police and Crime Commissioner", "Harpenden Police Station, Harpenden"]),
        ("date", "31 July 2025"),
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS"]),
        ("title", f"{OIC_TITLE} – response from the Police and Crime Commissioner for Hertfordshire"),
        (
            "p",
            "I have now considered your report, together with the Chief Constable's assessment of it. I accept the recommendations addressed to chief constables and describe below how Hertfordshire Constabulary is responding.",
        ),
        ("heading", "Making sure intelligence follows every referral"),
        (
            "p",
            "Officers who call the national Immigration Enforcement command unit now work to a checklist that ends with completing an intelligence submission. The checklist is being embedded through sergeant-led briefings, and we expect it to be business as usual well before April 2026.",
        ),
        ("heading", "A plan for gathering and sharing what we know"),
        (
            "p",
            "The Constabulary has an organised immigration crime intelligence plan, agreed in June, setting out what information it collects, how it is analysed and who it is shared with, including the Eastern Region Special Operations Unit.",
        ),
        ("heading", "Exercising our senior investigators"),
        (
            "p",
            "Hydra training with the national MSOIC Unit is under way. Eleven officers have attended so far and more places have been requested.",
        ),
        ("heading", "Training the wider workforce"),
        (
            "p",
            "The e-learning has been added to the mandatory training matrix for response, neighbourhood and custody staff. Completion is tracked monthly and currently stands at 41%.",
        ),
        ("p", "I am sorry that this response falls outside the 56 days set in legislation."),
        ("sign", ["Yours sincerely", "Stuart Penhaligon", "Police and Crime Commissioner for Hertfordshire"]),
    ],
    late=True,
)

add(
    "s9-09",
    "paraphrase_headings",
    "pdf",
    "Gwent Police",
    "Gwent Police and Crime Commissioner",
    ("Eluned Prothero", "Police and Crime Commissioner for Gwent"),
    "2025-06-20",
    [
        cc_item("4", "accept", "in_progress"),
        cc_item("8", "accept", "not_started"),
        cc_item("9", "accept", "implemented"),
    ],
    [
        (
            "letterhead",
            ["Swyddfa Comisiynydd Heddlu a Throseddu Gwent", "Office of the Police and Crime Commissioner for Gwent"],
        ),
        ("date", "20 June 2025"),
        ("address", HMCI),
        ("title", f"HMICFRS report: {OIC_TITLE}"),
        (
            "p",
            "I have received the Chief Constable's response to the above report and discussed it with him at my Strategy and Performance Board. A summary follows.",
        ),
        ("heading", "Information and intelligence"),
        (
            "p",
            "The Chief Constable has accepted the recommendation. Gwent Police is working with the Tarian regional organised crime unit to build a shared intelligence picture of organised immigration crime, and an information-sharing agreement with the five local authorities is being drafted.",
        ),
        ("heading", "The Hydra package"),
        (
            "p",
            "The Chief Constable has accepted this recommendation. No Hydra sessions have yet been held in Gwent; the force is waiting for the national unit to offer dates.",
        ),
        ("heading", "E-learning for officers and staff"),
        (
            "p",
            "Accepted by the Chief Constable. Relevant personnel completed all four modules by the end of May 2025, after a push by the force's learning and development team over the spring.",
        ),
        ("p", "I will continue to monitor the force's response and will report on it publicly."),
        ("sign", ["Yn gywir / Yours sincerely", "Eluned Prothero", "Police and Crime Commissioner for Gwent"]),
        ("footer", "OPCC Gwent"),
    ],
    unanswered=["2"],
)

add(
    "s9-10",
    "paraphrase_headings",
    "txt",
    "Merseyside Police",
    "Merseyside Police and Crime Commissioner",
    ("Francis McAteer", "Police and Crime Commissioner for Merseyside"),
    "2025-07-07",
    [
        item("2", "support", "implemented"),
        item("4", "support", "implemented"),
        item("8", "support", "in_progress"),
        item("9", "support", "planned"),
    ],
    [
        ("letterhead", ["Merseyside Police and Crime Commissioner", "Canning Place, Liverpool"]),
        ("date", "7th July 2025"),
        ("salutation", "Dear HMICFRS,"),
        ("title", OIC_TITLE),
        (
            "p",
            "Thank you for sending me a copy of your report. Merseyside's port and airport mean the force regularly encounters people who have been smuggled or trafficked, and I welcome the inspectorate's attention to this area. I fully support the recommendations for chief constables. My comments on each area follow.",
        ),
        ("heading", "Referrals to the National Command and Control Unit"),
        (
            "p",
            "Merseyside Police reviewed its processes after the inspection fieldwork. Every referral to the NCCU now triggers an intelligence submission through the force's records system, and this has been the case since March 2025.",
        ),
        ("heading", "Collecting and sharing information"),
        (
            "p",
            "The force's collection plan for organised immigration crime is in place and is reviewed every quarter with the port authority and Border Force.",
        ),
        ("heading", "Hydra"),
        (
            "p",
            "Training for senior detectives is being delivered with the MS&OIC Unit. Two cohorts have completed it and a third will attend in September.",
        ),
        ("heading", "E-learning modules"),
        (
            "p",
            "The force will assign the four modules to all officers in investigative and frontline roles from October 2025, once its new learning platform is live.",
        ),
        ("sign", ["Yours faithfully", "Francis McAteer", "Police and Crime Commissioner for Merseyside"]),
    ],
)

# ------------------------------------------------------------------------------------------------
# labels_only (3)

add(
    "s9-11",
    "labels_only",
    "txt",
    "Norfolk Constabulary",
    "Norfolk Police and Crime Commissioner",
    ("Harriet Gosling", "Police and Crime Commissioner for Norfolk"),
    "2025-07-09",
    [
        item("2", "accept", "in_progress"),
        item("4", "accept", "planned"),
        item("8", "accept", "implemented"),
        item("9", "accept", "in_progress"),
    ],
    [
        (
            "letterhead",
            ["Office of the Police and Crime Commissioner for Norfolk", "Jubilee House, Falconers Chase, Wymondham"],
        ),
        ("date", "9 July 2025"),
        ("p", "Our ref: HMI/OIC/25"),
        ("salutation", "Dear Inspector,"),
        ("title", OIC_TITLE),
        (
            "p",
            "I write in response to the above report, which I have considered with Norfolk Constabulary. I accept recommendations 2, 4, 8 and 9, which fall to chief constables. I have no comment on the recommendations made to national bodies.",
        ),
        (
            "p",
            "Recommendation 2 – Accepted. The Constabulary has begun to implement this. Revised Immigration Enforcement referral guidance is with the Head of Intelligence for sign-off, and training for control room staff started in June.",
        ),
        (
            "p",
            "Recommendation 4 – Accepted. The Constabulary will produce a specific collection and sharing plan by the end of October 2025, building on its existing modern slavery plan.",
        ),
        (
            "p",
            "Recommendation 8 – Accepted. Complete: all relevant personnel identified by the Constabulary have undertaken Hydra.",
        ),
        ("p", "Recommendation 9 – Accepted. Roll-out through the force's learning system is in progress."),
        ("p", "I will receive updates on all four at my Police Accountability Forum."),
        ("sign", ["Yours sincerely", "Harriet Gosling", "Police and Crime Commissioner for Norfolk"]),
    ],
)

add(
    "s9-12",
    "labels_only",
    "html",
    "City of London Police",
    "City of London Corporation (Police Authority Board)",
    ("Nicholas Fairbrass", "Chairman, Police Authority Board"),
    None,
    [
        item("2", "agree", "planned"),
        item("4", "agree", "in_progress"),
        item("8", "agree", "in_progress"),
        item("9", "agree", "not_stated"),
    ],
    [
        ("letterhead", ["City of London Police Authority Board", "Guildhall, London EC2P 2EJ"]),
        ("title", f"Police Authority Board response: {OIC_TITLE}"),
        (
            "p",
            "The Police Authority Board has considered the report. Small boat crossings are not felt directly in the Square Mile, but City of London Police is the national lead force for fraud and economic crime, and the proceeds of organised immigration crime pass through the City's institutions.",
        ),
        ("p", "The Board agrees with the recommendations made to chief constables. Our comments on each are below."),
        (
            "dl",
            [
                (
                    "Recommendation 2",
                    "Agreed. City of London Police will adopt the required intelligence submission as part of a wider update to its custody and front counter procedures, planned for January 2026.",
                ),
                (
                    "Recommendation 4",
                    "Agreed. An information collection plan covering OIC-related money flows is being developed with the National Economic Crime Centre.",
                ),
                (
                    "Recommendation 8",
                    "Agreed. Hydra sessions have begun for relevant detectives in the economic and cyber crime directorate; more are planned for the spring.",
                ),
                ("Recommendation 9", "Agreed."),
            ],
        ),
        ("p", "The Board will review progress through its Strategic Planning and Performance Committee."),
        ("sign", ["Nicholas Fairbrass", "Chairman, Police Authority Board"]),
        ("footer", "City of London Corporation"),
    ],
)

add(
    "s9-13",
    "labels_only",
    "pdf",
    "Staffordshire Police",
    "Staffordshire Police, Fire and Crime Commissioner",
    ("Joanne Whitmore-Lyle", "Staffordshire Commissioner for Police, Fire and Rescue, and Crime"),
    "2025-06-25",
    [
        item("2", "support", "in_progress"),
        item("4", "support", "implemented"),
        item("9", "support", "in_progress"),
    ],
    [
        ("letterhead", ["Staffordshire Commissioner", "Police | Fire and Rescue | Crime"]),
        ("date", "25.06.2025"),
        ("title", f"Response to HMICFRS: {OIC_TITLE}"),
        (
            "p",
            "Thank you for your report, which I have considered with the Chief Constable. My response to the recommendations directed at chief constables is set out below.",
        ),
        (
            "p",
            "Recommendation 2: Supported. Staffordshire Police is rolling out a revised referral process; compliance is currently 78% and rising.",
        ),
        (
            "p",
            "Recommendation 4: Supported. A collection and sharing plan has been agreed by the force's Serious Organised Crime Board and is in use.",
        ),
        (
            "p",
            "Recommendation 9: Supported. The modules have been mandated for relevant roles and completion is being monitored monthly.",
        ),
        ("p", "I will continue to monitor the force's progress through my Strategic Governance Board."),
        ("sign", ["Joanne Whitmore-Lyle", "Staffordshire Commissioner for Police, Fire and Rescue, and Crime"]),
        ("footer", "Staffordshire Commissioner's Office"),
    ],
    unanswered=["8"],
)

# ------------------------------------------------------------------------------------------------
# flattened (4)

add(
    "s9-14",
    "flattened",
    "txt",
    "Durham Constabulary",
    "Durham Police and Crime Commissioner",
    ("Kieran Dunmore", "Police and Crime Commissioner for Durham"),
    "2025-07-04",
    [
        item("2", "agree", "implemented"),
        item("4", "agree", "in_progress"),
        item("8", "agree", "in_progress"),
        item("9", "agree", "planned"),
    ],
    [
        (
            "p",
            f"Durham Police and Crime Commissioner Police Headquarters, Aykley Heads, Durham DH1 5TT 4 July 2025 HM Chief Inspector of Constabulary HMICFRS Dear Chief Inspector {OIC_TITLE} Thank you for your report. I agree with the four recommendations made to chief constables, and I have set out the Constabulary's progress against each below. Recommendation 2 By 30 April 2026, chief constables should make sure that every time a member of their force reports a case to Immigration Enforcement's National Command and Control Unit, the reporting officer completes and submits the required intelligence document. Response Durham Constabulary already requires an intelligence submission for every NCCU referral. This was introduced in 2024 and is checked at the daily management meeting. Recommendation 4 By 31 December 2025, chief constables should make sure they have clear plans to collect, analyse and share information related to organised immigration crime. Response An OIC intelligence requirement is being written by the Force Intelligence Bureau and will be shared with the North East Regional Special Operations Unit once finalised. Recommendation 8 By 30 April 2026, chief constables, working with the Modern Slavery & Organised Immigration Crime Unit, should make sure that relevant personnel in all Home Office police forces complete the Hydra training package on organised immigration crime. Response Officers from the Major Crime Team have begun Hydra training and the remainder will complete it by March 2026. Recommendation 9 By 30 April 2026, chief constables, working with the Modern Slavery & Organised Immigration Crime Unit and the College of Policing, should make sure that relevant personnel in all Home Office police forces complete the four modules of the organised immigration crime e-learning package. Response The four modules will be launched to frontline officers and staff in the autumn as part of the annual training plan. I will keep progress under review. Yours sincerely Kieran Dunmore Police and Crime Commissioner for Durham",
        ),
    ],
)

add(
    "s9-15",
    "flattened",
    "txt",
    "Northumbria Police",
    "Northumbria Police and Crime Commissioner",
    ("Aisha Kendrick", "Police and Crime Commissioner for Northumbria"),
    "2025-09-03",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "support", "implemented", cc="accept"),
        item("8", "support", "implemented", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        (
            "p",
            "Northumbria Police and Crime Commissioner\n3 September 2025\nDear Chief Inspector\n"
            + OIC_TITLE
            + "\nI am writing, later than I intended, to respond to your report. The Chief Constable has\naccepted all four recommendations for chief constables, and I support her decision.\nProgress is set out below. Rec Summary Progress 2 NCCU referral – intelligence document\nRevised process being introduced across area commands; guidance issued in August 4 OIC\ncollection, analysis and sharing plan Plan approved by the Chief Officer Team on 18 August\n2025 and shared with NERSOU 8 Hydra training package All nominated SIOs and tactical\nadvisers completed Hydra in July 2025 9 Four OIC e-learning modules Being rolled out; 63%\ncompletion at the end of August I will continue to monitor progress through my Scrutiny\nMeetings. Yours sincerely Aisha Kendrick Police and Crime Commissioner for Northumbria",
        ),
    ],
    late=True,
)

add(
    "s9-16",
    "flattened",
    "pdf",
    "Leicestershire Police",
    "Leicestershire Police and Crime Commissioner",
    ("Rupert Sandhu", "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"),
    "2025-07-01",
    [
        item("2", "accept", ["not_started", "planned"]),
        item("4", "accept", "in_progress"),
        item("8", "accept", "in_progress"),
        item("9", "accept", "in_progress"),
    ],
    [
        (
            "p",
            f"Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland 1 July 2025 To: HM Chief Inspector of Constabulary Re: {OIC_TITLE} Dear Chief Inspector, thank you for your report and for the time your team spent with Leicestershire Police during the fieldwork. I accept the recommendations made to chief constables. Recommendation 2 (NCCU referrals and the intelligence document): Leicestershire Police has not yet changed its referral process. A review of how officers contact Immigration Enforcement will begin in the autumn, and any changes will follow from it. Recommendation 4 (plans to collect, analyse and share information): the force's Intelligence Directorate is drafting a collection and sharing plan with the East Midlands Special Operations Unit. Recommendation 8 (Hydra): sessions with the MS&OIC Unit are under way, and 9 of the 20 officers identified have now attended. Recommendation 9 (e-learning): most response officers have completed modules 1 and 2, and modules 3 and 4 are being assigned now. I will ask the Chief Constable for a further update at my Police and Crime Panel briefing in November. Yours sincerely, Rupert Sandhu, Police and Crime Commissioner for Leicester, Leicestershire and Rutland",
        ),
        ("footer", "OPCC Leicester, Leicestershire and Rutland"),
    ],
)

add(
    "s9-17",
    "flattened",
    "html",
    "Greater Manchester Police",
    "Mayor of Greater Manchester (Greater Manchester Combined Authority)",
    ("Theresa Mulvaney", "Deputy Mayor for Policing and Crime"),
    "2025-06-27",
    [
        item("2", "note", "in_progress", cc="accept"),
        item("4", "note", "in_progress", cc="accept"),
        item("8", "note", "planned", cc="accept"),
        item("9", "note", "in_progress", cc="accept"),
    ],
    [
        ("title", "Response to the HMICFRS report on organised immigration crime"),
        (
            "p",
            f"Greater Manchester Combined Authority, Tootal Buildings, Oxford Street, Manchester 27 June 2025 Dear HM Chief Inspector, {OIC_TITLE}. I am responding on behalf of the Mayor of Greater Manchester. I have noted the recommendations in the report, and the Chief Constable has accepted all four that apply to Greater Manchester Police. Recommendation 2: GMP's immigration crime team is updating the referral procedure so that an intelligence submission is made at the point of each NCCU referral; the new procedure is being trialled in the City of Manchester district before it goes force-wide. Recommendation 4: a Greater Manchester OIC intelligence and information-sharing plan is being drawn up with the North West Regional Organised Crime Unit, Border Force at Manchester Airport and the ten local authorities. Recommendation 8: Hydra sessions with the MS&OIC Unit are booked for January and February 2026. Recommendation 9: more than 2,000 officers have completed at least two of the four modules, and completion of the full package is being monitored by the force's training board. I will continue to oversee this work through the Police, Fire and Crime Panel. Yours sincerely, Theresa Mulvaney, Deputy Mayor for Policing and Crime",
        ),
        ("footer", "Greater Manchester Combined Authority"),
    ],
)

# ------------------------------------------------------------------------------------------------
# two_in_one_paragraph (3)

add(
    "s9-18",
    "two_in_one_paragraph",
    "docx",
    "Surrey Police",
    "Surrey Police and Crime Commissioner",
    ("Marcus Ellery", "Surrey Police and Crime Commissioner"),
    "2025-07-09",
    [
        item("2", "accept", "in_progress"),
        item("4", "accept", "implemented"),
        item("8", "accept", "implemented"),
        item("9", "accept", "in_progress"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Surrey", "PO Box 412, Guildford, Surrey"]),
        ("date", "9 July 2025"),
        ("address", HMCI),
        ("salutation", "Dear Chief Inspector"),
        ("title", f"{OIC_TITLE} – response of the Surrey Police and Crime Commissioner"),
        (
            "p",
            "I welcome this inspection, which shines a light on crime that is often hidden from view. I accept the four recommendations made to chief constables, and I have discussed them with the Chief Constable.",
        ),
        (
            "p",
            "Recommendations 2 and 4 are about information. Surrey Police has changed its process so that officers submit an intelligence report whenever they make a referral to the National Command and Control Unit; the change is being rolled out across the three divisions and will be audited in the autumn. The force already has a collection plan for organised immigration crime, which was reviewed in May 2025 and is shared with the South East Regional Organised Crime Unit and partners at Gatwick.",
        ),
        (
            "p",
            "Recommendations 8 and 9 concern training. All of the force's on-call senior investigating officers completed the Hydra package with the MS&OIC Unit earlier this year, while the e-learning modules are being rolled out to frontline staff and completion currently stands at 70%.",
        ),
        ("p", "I will continue to monitor progress through my public performance meetings with the Chief Constable."),
        ("sign", ["Yours sincerely", "Marcus Ellery", "Surrey Police and Crime Commissioner"]),
    ],
)

add(
    "s9-19",
    "two_in_one_paragraph",
    "txt",
    "Dorset Police",
    "Dorset Police and Crime Commissioner",
    ("Gemma Houghton-Vale", "Police and Crime Commissioner for Dorset"),
    "2025-06-18",
    [
        item("2", "support", "planned"),
        item("4", "support", "in_progress"),
        item("8", "support", "in_progress"),
        item("9", "support", "in_progress"),
    ],
    [
        ("letterhead", ["Dorset Police and Crime Commissioner", "Force Headquarters, Winfrith, Dorchester"]),
        ("date", "18 June 2025"),
        ("salutation", "Dear HM Chief Inspector,"),
        ("title", f"Re: {OIC_TITLE}"),
        (
            "p",
            "Thank you for your letter of 16 May enclosing the above report. Dorset has a long coastline and the ports of Poole and Portland, and I take the threat of organised immigration crime seriously. I support the report's recommendations to chief constables.",
        ),
        (
            "p",
            "On the first two of these, recommendations 2 and 4, Dorset Police will introduce a mandatory intelligence submission for NCCU referrals when its new records management system goes live in November, and work has started on an OIC collection plan with Devon and Cornwall Police through the alliance's shared intelligence function.",
        ),
        (
            "p",
            "The training recommendations (8 and 9) are also in hand: Hydra sessions for detective inspectors are being delivered over the summer, and the e-learning has been assigned to officers and staff in relevant roles, with completion rates reported to me each month.",
        ),
        ("p", "I will provide a further update if the inspectorate would find it helpful."),
        ("sign", ["Kind regards", "Gemma Houghton-Vale", "Police and Crime Commissioner for Dorset"]),
    ],
)

add(
    "s9-20",
    "two_in_one_paragraph",
    "html",
    "Nottinghamshire Police",
    "Nottinghamshire Police and Crime Commissioner",
    ("Desmond Okafor", "Nottinghamshire Police and Crime Commissioner"),
    "2025-07-03",
    [
        item("2", "agree", "implemented"),
        item("4", "agree", "implemented"),
        item("8", "agree", "in_progress"),
        item("9", "agree", "in_progress"),
    ],
    [
        (
            "letterhead",
            ["Nottinghamshire Office of the Police and Crime Commissioner", "Arnot Hill House, Arnold, Nottingham"],
        ),
        ("date", "3 July 2025"),
        ("title", f"Response to HMICFRS report: {OIC_TITLE}"),
        (
            "p",
            "I agree with the recommendations the inspectorate has made to chief constables, and I have discussed them with the Chief Constable.",
        ),
        (
            "p",
            "Nottinghamshire Police finished its work on recommendations 2 and 4 before the report was published. A mandatory intelligence submission for every NCCU referral was introduced in January, and the force's OIC intelligence collection and sharing plan was signed off in March 2025 and is shared with the East Midlands Special Operations Unit.",
        ),
        (
            "p",
            "Turning to training, Hydra exercises with the MS&OIC Unit are under way for senior detectives and public protection leads (recommendation 8). For recommendation 9, the four e-learning modules are available to all staff and have been made mandatory for investigators, with completion monitored by the force's Learning and Development Board.",
        ),
        ("p", "My office will continue to oversee this work through the Strategic Resources and Performance meeting."),
        ("sign", ["Yours sincerely", "Desmond Okafor", "Nottinghamshire Police and Crime Commissioner"]),
    ],
)

# ------------------------------------------------------------------------------------------------
# blanket (4)

add(
    "s9-21",
    "blanket",
    "txt",
    "Suffolk Constabulary",
    "Suffolk Police and Crime Commissioner",
    ("Lorna Fitch", "Police and Crime Commissioner for Suffolk"),
    None,
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "in_progress"),
        item("8", "accept", "in_progress"),
        item("9", "accept", "in_progress"),
    ],
    [
        ("letterhead", ["Suffolk Police and Crime Commissioner", "Police Headquarters, Martlesham Heath, Ipswich"]),
        ("title", f"HMICFRS – {OIC_TITLE}"),
        ("p", "I welcome the report and accept all of the recommendations directed at chief constables."),
        (
            "p",
            "The Port of Felixstowe handles a large share of the country's container traffic, and Suffolk Constabulary has seen at first hand the risks faced by people concealed in lorries and containers. I was therefore glad to see the inspectorate take such a close look at how forces respond.",
        ),
        (
            "p",
            "Suffolk Constabulary completed the work needed on recommendation 2 earlier this year, and every referral to the National Command and Control Unit is now accompanied by an intelligence submission. The force has begun work on the remaining three recommendations, and I will receive a detailed update at my Accountability and Performance Panel in the autumn.",
        ),
        ("sign", ["Lorna Fitch", "Police and Crime Commissioner for Suffolk"]),
    ],
)

add(
    "s9-22",
    "blanket",
    "docx",
    "North Wales Police",
    "North Wales Police and Crime Commissioner",
    ("Dafydd Hughes-Parry", "Police and Crime Commissioner for North Wales"),
    "2025-06-23",
    [
        item("2", "accept", "not_stated"),
        item("4", "accept", "in_progress"),
        item("8", "accept", "implemented"),
        item("9", "accept", "not_stated"),
    ],
    [
        ("letterhead", ["Comisiynydd Heddlu a Throseddu Gogledd Cymru", "North Wales Police and Crime Commissioner"]),
        ("date", "23 June 2025"),
        ("address", HMCI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", OIC_TITLE),
        ("p", "Thank you for the report. I accept its recommendations in full."),
        (
            "p",
            "Holyhead is one of the busiest passenger ports in the United Kingdom, and North Wales Police works closely with Border Force and the Irish authorities on the movement of people across the Irish Sea. The force is refreshing its intelligence plan for organised immigration crime with the regional organised crime unit so that information is collected, analysed and shared more consistently.",
        ),
        (
            "p",
            "I am pleased to say that the force's senior investigating officers all took part in the Hydra training package in the spring.",
        ),
        ("p", "I will monitor progress at my Strategic Executive Board and report publicly on it."),
        (
            "sign",
            ["Yn gywir / Yours sincerely", "Dafydd Hughes-Parry", "Police and Crime Commissioner for North Wales"],
        ),
    ],
)

add(
    "s9-23",
    "blanket",
    "html",
    "Gloucestershire Constabulary",
    "Gloucestershire Police and Crime Commissioner",
    ("Imogen Stroud", "Police and Crime Commissioner for Gloucestershire"),
    "2025-06-24",
    [
        item("2", "support", "in_progress", cc="support"),
        item("4", "support", "planned", cc="support"),
        item("8", "support", "in_progress", cc="support"),
        item("9", "support", "in_progress", cc="support"),
    ],
    [
        (
            "letterhead",
            ["Office of the Police and Crime Commissioner for Gloucestershire", "Bamfurlong Lane, Cheltenham"],
        ),
        ("date", "24 June 2025"),
        ("title", f"PCC response: {OIC_TITLE}"),
        ("p", "Dear HM Chief Inspector,"),
        (
            "p",
            "I support every one of the recommendations made to chief constables in this report, and I am pleased that the Chief Constable does too.",
        ),
        (
            "p",
            "Gloucestershire is an inland county, but the M5 corridor means that people moved by organised crime groups pass through it. The Constabulary is changing the way officers refer cases to Immigration Enforcement so that an intelligence submission is made every time (recommendation 2), and the new guidance is being briefed to teams now.",
        ),
        (
            "p",
            "A problem profile on organised immigration crime is due in September. The Constabulary will then write its plan for collecting, analysing and sharing information, with a target of October 2025 for sign-off (recommendation 4).",
        ),
        (
            "p",
            "On training, officers have started attending Hydra sessions with the MS&OIC Unit (recommendation 8), and the four e-learning modules are being rolled out to relevant staff (recommendation 9).",
        ),
        ("p", "I will report on progress in my annual report."),
        ("sign", ["Imogen Stroud", "Police and Crime Commissioner for Gloucestershire"]),
    ],
)

add(
    "s9-24",
    "blanket",
    "pdf",
    "Cumbria Constabulary",
    "Cumbria Police, Fire and Crime Commissioner",
    ("Ralph Birkett", "Police, Fire and Crime Commissioner for Cumbria"),
    "2025-06-12",
    [
        item("2", "accept", "in_progress", cc="accept"),
        item("4", "accept", "in_progress", cc="accept"),
        item("8", "accept", "planned", cc="accept"),
        item("9", "accept", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Cumbria Police, Fire and Crime Commissioner", "Carleton Hall, Penrith, Cumbria"]),
        ("date", "12 June 2025"),
        ("address", HMCI),
        ("salutation", "Dear Chief Inspector"),
        ("title", f"HMICFRS – {OIC_TITLE}"),
        (
            "p",
            "Thank you for your report. The Chief Constable and I accept all of the report's recommendations in so far as they apply to Cumbria Constabulary.",
        ),
        (
            "p",
            "Cumbria's position on the West Coast Main Line and the M6, and its links with the port of Barrow and across the border with Scotland, mean that organised immigration crime can pass through the county largely unseen. The Constabulary has started to brief officers on completing an intelligence submission for every NCCU referral, and its intelligence team is working with the North West Regional Organised Crime Unit on a shared collection plan.",
        ),
        (
            "p",
            "The Constabulary has booked its Hydra exercise with the MS&OIC Unit for February 2026. The e-learning modules have been assigned to relevant staff and completion is being followed up by supervisors.",
        ),
        ("p", "I will keep the inspectorate informed of progress."),
        ("sign", ["Yours sincerely", "Ralph Birkett", "Police, Fire and Crime Commissioner for Cumbria"]),
        ("footer", "Cumbria Office of the Police, Fire and Crime Commissioner"),
    ],
)

# ------------------------------------------------------------------------------------------------
# mixed_stances (3)

add(
    "s9-25",
    "mixed_stances",
    "docx",
    "Bedfordshire Police",
    "Bedfordshire Police and Crime Commissioner",
    ("Nadia Chowdhury", "Police and Crime Commissioner for Bedfordshire"),
    "2025-07-01",
    [
        item("2", "agree", "in_progress"),
        item("4", "agree", "implemented"),
        item("8", "partially_agree", "planned"),
        item("9", "agree", "in_progress"),
    ],
    [
        ("letterhead", ["Bedfordshire Police and Crime Commissioner", "Bridgebury House, Kempston, Bedford"]),
        ("date", "1 July 2025"),
        ("address", HMCI),
        ("salutation", "Dear HM Chief Inspector,"),
        ("title", f"{OIC_TITLE}: Bedfordshire PCC response"),
        (
            "p",
            "Thank you for the report. I have considered the four recommendations made to chief constables with the Chief Constable, and I set out my response to each below.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "I agree with this recommendation. Bedfordshire Police is rolling out a new referral procedure that prompts officers to complete an intelligence submission; it is live in the force control room and is being extended to custody.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "I agree. Bedfordshire already has a plan for collecting, analysing and sharing information on organised immigration crime, agreed with the Eastern Region Special Operations Unit last year, and the force has confirmed it meets the recommendation.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "I agree with the intent of this recommendation but only in part with its scope. Hydra is an intensive, immersive exercise and the national unit's capacity is limited; I do not think it is realistic for every relevant officer in a small force to complete it by April 2026. Bedfordshire Police intends to put its senior investigating officers and duty superintendents through Hydra in early 2026 and to rely on the e-learning for everyone else.",
        ),
        ("heading", "Recommendation 9"),
        (
            "p",
            "I agree. The modules are being assigned to officers and staff in relevant roles and completion is reported to me quarterly.",
        ),
        ("sign", ["Yours sincerely", "Nadia Chowdhury", "Police and Crime Commissioner for Bedfordshire"]),
    ],
)

add(
    "s9-26",
    "mixed_stances",
    "txt",
    "Derbyshire Constabulary",
    "Derbyshire Police and Crime Commissioner",
    ("Simon Ledgard", "Police and Crime Commissioner for Derbyshire"),
    "2025-06-26",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "in_progress"),
        item("8", "accept", "in_progress"),
        item("9", "disagree", "in_progress"),
    ],
    [
        ("letterhead", ["Derbyshire Police and Crime Commissioner", "Butterley Hall, Ripley, Derbyshire"]),
        ("date", "26 June 2025"),
        ("salutation", "Dear Chief Inspector"),
        ("title", f"Response to the HMICFRS report {OIC_TITLE}"),
        (
            "p",
            "I have read the report with interest and discussed it with the Chief Constable. I accept recommendations 2, 4 and 8. I do not agree with recommendation 9 as it is drafted, for the reasons I give below.",
        ),
        (
            "p",
            "Derbyshire Constabulary made an intelligence submission compulsory for every referral to the NCCU in February, and this is now standard practice. An OIC collection and sharing plan is being drafted with the East Midlands Special Operations Unit and is on course for the December deadline. Hydra training for the Major Crime Unit is under way with the MS&OIC Unit.",
        ),
        (
            "p",
            "On recommendation 9, I am not persuaded that every officer in a relevant role needs to complete all four modules of the e-learning package. Training time is finite and frontline officers already face a heavy mandatory training load. The Constabulary will not therefore be requiring all four modules across the board. Modules 1 and 2 are being rolled out to all frontline officers now, and modules 3 and 4 are being given to specialist investigators.",
        ),
        ("p", "I would be happy to discuss this with the inspectorate."),
        ("sign", ["Yours sincerely", "Simon Ledgard", "Police and Crime Commissioner for Derbyshire"]),
    ],
)

add(
    "s9-27",
    "mixed_stances",
    "html",
    "Hampshire and Isle of Wight Constabulary",
    "Hampshire and Isle of Wight Police and Crime Commissioner",
    ("Patricia Venn", "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
    "2025-07-08",
    [
        item("2", "support", "in_progress"),
        item("4", "support", "planned"),
        item("8", "note", "not_stated"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight",
                "St George's Chambers, Winchester",
            ],
        ),
        ("date", "8 July 2025"),
        ("salutation", "Dear Chief Inspector,"),
        ("title", OIC_TITLE),
        (
            "p",
            "Thank you for your report. Southampton and Portsmouth are major ports of entry and the Isle of Wight ferries add to the picture, so the issues you describe are very relevant to Hampshire and the Isle of Wight.",
        ),
        (
            "p",
            "I support recommendation 2. The Constabulary has started to change its practice so that officers complete an intelligence submission when they make a referral to Immigration Enforcement's National Command and Control Unit, beginning with the port policing teams.",
        ),
        (
            "p",
            "I also support recommendation 4. The Chief Constable has told me that a dedicated OIC collection and sharing plan will be drawn up by November 2025 with the South East Regional Organised Crime Unit and the port operators.",
        ),
        (
            "p",
            "I note recommendation 8. Decisions about which officers attend Hydra training are operational matters for the Chief Constable, and I leave them to him.",
        ),
        ("p", "I will continue to hold the Chief Constable to account for progress."),
        (
            "sign",
            ["Yours sincerely", "Patricia Venn", "Police and Crime Commissioner for Hampshire and the Isle of Wight"],
        ),
    ],
    unanswered=["9"],
)

# ------------------------------------------------------------------------------------------------
# cc_annex (1)

add(
    "s9-28",
    "cc_annex",
    "pdf",
    "Lincolnshire Police",
    "Lincolnshire Police and Crime Commissioner",
    ("Alan Brocklesby", "Police and Crime Commissioner for Lincolnshire"),
    "2025-07-07",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "support", "implemented", cc="accept"),
        item("8", "support", "in_progress", cc="accept"),
        item("9", "support", "planned", cc="accept"),
    ],
    [
        ("letterhead", ["Lincolnshire Police and Crime Commissioner", "Deepdale Lane, Nettleham, Lincoln"]),
        ("date", "7 July 2025"),
        ("address", HMCI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"HMICFRS report – {OIC_TITLE}"),
        (
            "p",
            "Thank you for your report. Lincolnshire's coastline, the port of Boston and the county's agricultural and food processing industries all give organised immigration crime a foothold here, and I welcome the inspectorate's scrutiny.",
        ),
        (
            "p",
            "I support the four recommendations made to chief constables. I have asked the Chief Constable for his response, which is attached at Annex A, and I am content that it sets out a sensible plan of action. I will review progress at my Strategic Assurance Meetings.",
        ),
        ("sign", ["Yours sincerely", "Alan Brocklesby", "Police and Crime Commissioner for Lincolnshire"]),
        ("heading", "Annex A – Response of the Chief Constable of Lincolnshire Police"),
        (
            "p",
            "Recommendation 2. Accepted. A revised referral procedure requiring an intelligence submission for every NCCU referral is being introduced across the force. Control room staff were briefed in June and front-line teams are being briefed now.",
        ),
        (
            "p",
            "Recommendation 4. Accepted. The force's OIC intelligence collection plan, including arrangements for sharing with the East Midlands Special Operations Unit and Border Force, was approved in May 2025 and is in place.",
        ),
        (
            "p",
            "Recommendation 8. Accepted. Hydra exercises are being delivered with the MS&OIC Unit; the first two cohorts have completed them.",
        ),
        (
            "p",
            "Recommendation 9. Accepted. The e-learning package will be assigned to relevant personnel in the force's autumn training cycle, beginning in September 2025.",
        ),
        ("footer", "Office of the Police and Crime Commissioner for Lincolnshire"),
    ],
)

# ------------------------------------------------------------------------------------------------
# regional_afi (2): the Yorkshire and Humber inspection

add(
    "s9-29",
    "regional_afi",
    "docx",
    "Humberside Police",
    "Humberside Police and Crime Commissioner",
    ("Josephine Langthorne", "Police and Crime Commissioner for Humberside"),
    "2026-02-05",
    [
        item("1", "accept", "in_progress", cc="accept"),
        item("2", "accept", "planned", cc="accept"),
    ],
    [
        ("letterhead", ["Humberside Police and Crime Commissioner", "The Lawns, Harland Way, Cottingham"]),
        ("date", "5 February 2026"),
        ("address", HMCI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", SOC_TITLE),
        (
            "p",
            "Thank you for the report of your joint inspection with His Majesty's Inspectorate of Probation. I accept the two areas for improvement identified for the Regional Organised Crime Unit and its constituent forces, and the Chief Constable has also accepted both.",
        ),
        ("heading", "AFI 1 – collaboration between the ROCU and forces"),
        (
            "p",
            "The four forces and the ROCU are revising the regional collaboration agreement to clarify which unit leads on which threats. A joint tasking and coordination group started meeting in January 2026, and Humberside Police has seconded an analyst to the ROCU to improve the flow of intelligence.",
        ),
        ("heading", "AFI 2 – technical surveillance"),
        (
            "p",
            "The region will move to a single procurement approach for technical surveillance equipment from April 2026, so that kit is bought once and shared across forces. A regional equipment register will be set up at the same time.",
        ),
        (
            "p",
            "I will review progress with my fellow policing bodies in the region at our quarterly collaboration board.",
        ),
        ("sign", ["Yours sincerely", "Josephine Langthorne", "Police and Crime Commissioner for Humberside"]),
    ],
    report=SOC,
)

add(
    "s9-30",
    "regional_afi",
    "txt",
    "North Yorkshire Police",
    "Mayor of York and North Yorkshire",
    ("Martin Ferriby", "Deputy Mayor for Policing, Fire and Crime"),
    "2026-02-11",
    [
        item("1", "agree", "implemented"),
        item("2", "agree", "in_progress"),
    ],
    [
        ("letterhead", ["York and North Yorkshire Combined Authority", "Policing, Fire and Crime"]),
        ("date", "11 February 2026"),
        ("salutation", "Dear HM Inspector"),
        ("title", f"Re: {SOC_TITLE}"),
        (
            "p",
            "I am responding on behalf of the Mayor of York and North Yorkshire. I agree with both areas for improvement in the report, and I have discussed them with the Chief Constable of North Yorkshire Police.",
        ),
        (
            "p",
            "Area for improvement (a): working together. A joint regional tasking board bringing together the ROCU and all four forces was set up in November 2025 and now meets every month. North Yorkshire Police has taken part from the first meeting and is satisfied that it has resolved the duplication the inspectors found.",
        ),
        (
            "p",
            "Area for improvement (b): technical surveillance equipment. The ROCU is leading a review of how equipment is bought, stored and deployed across the region, and North Yorkshire has given the review a full list of its own equipment. The review is due to report in the spring.",
        ),
        ("p", "Yours sincerely"),
        ("sign", ["Martin Ferriby", "Deputy Mayor for Policing, Fire and Crime", "York and North Yorkshire"]),
    ],
    report=SOC,
)


def main() -> None:
    about = "Hand-written synthetic response letters (sealed: measured, never tuned on), written independently of the reader; schema as tests/ingest/sealed/truth.json; split 'sealed9'."
    corpus.write_set(HERE, about, ((blocks, truth) for truth, blocks in LETTERS))


if __name__ == "__main__":
    main()
