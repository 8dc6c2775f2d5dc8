# ruff: noqa: E501  (letter text is data: long sentences are kept whole)
"""Build the tuneset10 set: ``letters/`` and ``truth.json``, reproducibly.

    .venv/bin/python tests/ingest/tuneset10/build.py

Thirty hand-written, hand-labelled response letters to the HMICFRS report on organised immigration crime, from
forces other than the seed letters', written for tuning the reader on claimed status: what each letter says has
been done, is under way, is planned, has not begun or is not said, phrased in many ways (tenses, passives, nominal
phrases, RAG and progress columns, the commissioner's voice and the chief constable's). The set holds tables,
flattened layouts, two findings answered in one paragraph, mixed stances, chief constables' annexes, blanket
stances and paraphrased headings, in txt, docx, html and pdf.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
sys.path.insert(0, str(CORPUS))

import build as corpus  # noqa: E402

SPLIT = "tuneset10"
OIC = "oic-2025"
SOC = "soc-yh-2025"
OIC_TITLE = "Improving the response to organised immigration crime"
SOC_TITLE = "An inspection of the Yorkshire and Humber regional response to serious and organised crime"

Blocks = list[tuple[str, Any]]
LETTERS: list[tuple[dict[str, Any], Blocks]] = []
add = corpus.letter_adder(LETTERS, split=SPLIT)
item = corpus.item

R2 = "By 30 April 2026, chief constables should make sure that every time a member of their force reports a case to Immigration Enforcement's National Command and Control Unit, the reporting officer completes and submits the required intelligence document."
R4 = "By 31 December 2025, chief constables should make sure they have clear plans to collect, analyse and share information related to organised immigration crime."
R8 = "By 30 April 2026, chief constables, working with the Modern Slavery & Organised Immigration Crime Unit, should make sure that relevant personnel in all Home Office police forces complete the Hydra training package on organised immigration crime."
R9 = "By 30 April 2026, chief constables, working with the Modern Slavery & Organised Immigration Crime Unit and the College of Policing, should make sure that relevant personnel in all Home Office police forces complete the four modules of the organised immigration crime e-learning package."

# ------------------------------------------------------------------------------------------------
# table (2 docx, 1 html, 2 pdf)

add(
    "t10-01",
    "table",
    "docx",
    "Cumbria Constabulary",
    "Cumbria Police, Fire and Crime Commissioner",
    ("Gareth Molyneux", "Police, Fire and Crime Commissioner for Cumbria"),
    "2025-07-04",
    [
        item("2", "accept", "in_progress"),
        item("4", "accept", "implemented"),
        item("8", "accept", "in_progress"),
        item("9", "accept", "not_started"),
    ],
    [
        ("letterhead", ["Cumbria Police, Fire and Crime Commissioner", "Penrith, Cumbria"]),
        ("date", "4 July 2025"),
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS", "By email"]),
        ("salutation", "Dear HM Chief Inspector,"),
        ("title", "HMICFRS report: Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for the report, which was published on 16 May 2025. I accept all four of the recommendations that it makes to chief constables.",
        ),
        (
            "p",
            "Cumbria is not a port force in the way that Kent or Essex are, but the M6 and the West Coast Main Line carry people north and south through the county, and the Constabulary has dealt with several discoveries of people concealed in lorries over the past two years. The report's findings are therefore very relevant to us.",
        ),
        (
            "p",
            "The table below shows where Cumbria Constabulary has got to on each recommendation. It was compiled with the force lead for organised crime at the end of June and uses the force's usual RAG rating.",
        ),
        (
            "table",
            [
                ["Rec.", "Summary", "Update", "RAG"],
                [
                    "2",
                    "An intelligence submission every time an officer refers a case to the NCCU",
                    "A mandatory prompt was added to the control room referral script on 2 June. Supervisors are checking compliance each week; early results show that most, but not yet all, referrals are followed by a submission. Full compliance is expected by the end of the year.",
                    "Amber",
                ],
                [
                    "4",
                    "Clear plans to collect, analyse and share OIC information",
                    "Complete. An OIC intelligence collection plan was signed off by the Head of Crime on 24 June 2025 and has been shared with the North West Regional Organised Crime Unit and partner agencies.",
                    "Green",
                ],
                [
                    "8",
                    "Hydra training package",
                    "Sixty-one per cent of the staff identified for the package have now completed Hydra. The remaining places are booked on sessions between now and March 2026.",
                    "Amber",
                ],
                [
                    "9",
                    "Four modules of OIC e-learning",
                    "Not started. The force is waiting for the College of Policing to publish the updated modules before assigning them to staff.",
                    "Red",
                ],
            ],
        ),
        (
            "p",
            "I will keep progress under review through my quarterly public accountability conference and will publish updates on my website.",
        ),
        ("sign", ["Yours sincerely,", "Gareth Molyneux", "Police, Fire and Crime Commissioner for Cumbria"]),
    ],
)

add(
    "t10-02",
    "table",
    "docx",
    "Lancashire Constabulary",
    "Lancashire Police and Crime Commissioner",
    ("Alison Greenhalgh", "Police and Crime Commissioner for Lancashire"),
    "2025-06-30",
    [
        item("2", "accept", "implemented", by="chief_constable", cc="accept"),
        item("4", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("8", "partially_agree", "planned", by="chief_constable", cc="partially_agree"),
        item("9", "accept", "in_progress", by="chief_constable", cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Lancashire", "County Hall, Preston"]),
        ("date", "30 June 2025"),
        ("address", ["His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", "By email"]),
        ("title", "Improving the response to organised immigration crime – response from Lancashire"),
        ("salutation", "Dear Inspector,"),
        (
            "p",
            "Please find below the Chief Constable's response to each of the four recommendations that Improving the response to organised immigration crime addresses to chief constables.",
        ),
        (
            "p",
            "I discussed the report and the force's response with the Chief Constable at my Strategic Scrutiny Board on 24 June, and I will follow progress there until every recommendation has been closed.",
        ),
        (
            "table",
            [
                ["Recommendation", "Chief Constable's position", "Progress to date"],
                [
                    "2 – intelligence submission after every referral to the NCCU",
                    "Accepted",
                    "Complete. Since 1 June the force's crime recording system will not allow a referral to the National Command and Control Unit to be closed until the intelligence submission has been linked to it.",
                ],
                [
                    "4 – plans to collect, analyse and share OIC information",
                    "Accepted",
                    "A draft plan has been written with the North West Regional Organised Crime Unit and is out for consultation with partners. Sign-off is expected at the October force tasking meeting.",
                ],
                [
                    "8 – Hydra training package",
                    "Partially accepted",
                    "The force agrees that investigators need Hydra but considers that 'relevant personnel' should mean detective sergeants and above in the first instance, rather than every officer who might attend an OIC incident. On that basis a training needs analysis will be completed by the end of September, and the first Hydra exercise is booked for November 2025.",
                ],
                [
                    "9 – four modules of OIC e-learning",
                    "Accepted",
                    "Modules 1 and 2 have been assigned to all response and neighbourhood officers and completion stands at 74 per cent. Modules 3 and 4 will be assigned once completion of the first two is above 90 per cent.",
                ],
            ],
        ),
        ("p", "If you need anything further, my Chief Executive will be happy to help."),
        ("sign", ["Yours sincerely,", "Alison Greenhalgh", "Police and Crime Commissioner for Lancashire"]),
    ],
)

add(
    "t10-03",
    "table",
    "html",
    "Kent Police",
    "Kent Police and Crime Commissioner",
    ("Priya Hollingworth", "Kent Police and Crime Commissioner"),
    "2025-06-27",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "in_progress"),
        item("8", "accept", "planned"),
        item("9", "accept", "not_started"),
    ],
    [
        ("letterhead", ["Kent Police and Crime Commissioner", "Maidstone, Kent"]),
        ("date", "27 June 2025"),
        ("title", "Response to Improving the response to organised immigration crime"),
        (
            "p",
            "Kent sits on the front line of organised immigration crime, and I welcome this inspection. I accept each of the four recommendations the inspectorate makes to chief constables, and I have agreed with the Chief Constable how progress on them will be reported to me.",
        ),
        ("p", "The summary below was provided by Kent Police for this response."),
        (
            "table",
            [
                ["No.", "What HMICFRS asked for", "What Kent Police has done", "Where we are"],
                [
                    "2",
                    "An intelligence document for every referral to Immigration Enforcement's National Command and Control Unit",
                    "All officers and staff who might contact the NCCU were sent a briefing in early June, and the intelligence submission is now a required field in the referral template. The force intelligence bureau dip-samples referrals every fortnight.",
                    "Delivered",
                ],
                [
                    "4",
                    "Clear plans to collect, analyse and share OIC information",
                    "Kent's OIC intelligence requirement has been refreshed, and a sharing protocol with Border Force, Immigration Enforcement and the South East Regional Organised Crime Unit is being negotiated. Analytical capacity has been agreed in principle.",
                    "Under way",
                ],
                [
                    "8",
                    "Hydra training package, with the MS&OIC Unit",
                    "Hydra exercises have been booked with the Modern Slavery and Organised Immigration Crime Unit for February and March 2026, for all detective inspectors, duty officers and the port policing command.",
                    "Scheduled",
                ],
                [
                    "9",
                    "Four modules of OIC e-learning",
                    "Work on the e-learning has yet to begin. Kent is one of several forces that have asked the College of Policing to clarify which roles the modules are meant for.",
                    "Not started",
                ],
            ],
        ),
        (
            "p",
            "I will publish the force's progress against these recommendations on my website alongside my other inspection responses.",
        ),
        ("sign", ["Priya Hollingworth", "Kent Police and Crime Commissioner"]),
        ("footer", "Office of the Kent Police and Crime Commissioner"),
    ],
)

add(
    "t10-04",
    "table",
    "pdf",
    "Norfolk Constabulary",
    "Norfolk Police and Crime Commissioner",
    ("Roger Threlfall", "Police and Crime Commissioner for Norfolk"),
    "2025-08-12",
    [
        item("2", "agree", "implemented"),
        item("4", "agree", "in_progress"),
        item("8", "agree", "in_progress"),
        item("9", "agree", "in_progress"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Norfolk", "Wymondham, Norfolk"]),
        ("date", "12 August 2025"),
        ("address", ["HMICFRS", "4th Floor, Ministry of Justice", "102 Petty France", "London SW1H 9AJ"]),
        ("salutation", "Dear Sir or Madam,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "I am sorry that this response is later than the inspectorate asked for. I wanted to be able to give an accurate picture of the Constabulary's progress, and that took longer to assemble than I had hoped.",
        ),
        (
            "p",
            "I agree with each of the four recommendations that the report makes to chief constables. My response, prepared after discussion with the Chief Constable, is set out in the table below.",
        ),
        (
            "table",
            [
                ["Rec", "Recommendation (summary)", "RAG", "Commentary"],
                [
                    "2",
                    "Intelligence submission for every NCCU referral",
                    "Green",
                    "Complete. The intelligence submission is now a mandatory step in the referral process.",
                ],
                [
                    "4",
                    "Plans to collect, analyse and share OIC information",
                    "Amber",
                    "Partly in place. The collection plan has been agreed; the analytical product and a sharing protocol with Suffolk are still being developed.",
                ],
                [
                    "8",
                    "Hydra training package",
                    "Amber",
                    "Rollout under way: three of the five planned Hydra sessions have been delivered.",
                ],
                [
                    "9",
                    "Four modules of OIC e-learning",
                    "Red",
                    "Behind schedule. Only 22 per cent of relevant staff have completed all four modules; a reminder campaign starts in September.",
                ],
            ],
        ),
        ("p", "I will continue to seek assurance on these areas through my Police Accountability Forum."),
        ("sign", ["Yours faithfully,", "Roger Threlfall", "Police and Crime Commissioner for Norfolk"]),
        ("footer", "OPCC for Norfolk"),
    ],
    late=True,
)

add(
    "t10-05",
    "table",
    "pdf",
    "Dyfed-Powys Police",
    "Dyfed-Powys Police and Crime Commissioner",
    ("Eluned Prydderch", "Police and Crime Commissioner for Dyfed-Powys"),
    "2025-07-09",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "note", "planned", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        (
            "letterhead",
            [
                "Police and Crime Commissioner for Dyfed-Powys",
                "Comisiynydd Heddlu a Throseddu Dyfed-Powys",
                "Carmarthen",
            ],
        ),
        ("date", "9 July 2025"),
        ("address", ["HM Inspectorate of Constabulary and Fire & Rescue Services", "By email"]),
        ("salutation", "Dear HM Inspector,"),
        ("title", "Improving the response to organised immigration crime: Commissioner's response"),
        (
            "p",
            "Thank you for the opportunity to respond to this report. The table gives the Chief Constable's response to each recommendation addressed to chief constables, my own comment and the current status as reported to me by Dyfed-Powys Police.",
        ),
        (
            "table",
            [
                ["Recommendation", "Chief Constable's response", "Commissioner's comment", "Status"],
                [
                    "2 – NCCU referrals and intelligence",
                    "Accepted",
                    "Supported. I have asked for a compliance audit in six months.",
                    "Implemented – June 2025",
                ],
                ["4 – OIC information plans", "Accepted", "Supported.", "In progress – due December 2025"],
                [
                    "8 – Hydra training",
                    "Accepted",
                    "Noted. I will want assurance that abstraction from rural stations is manageable before the package is rolled out.",
                    "Planned – first cohort January 2026",
                ],
                [
                    "9 – OIC e-learning",
                    "Accepted",
                    "Supported.",
                    "Ongoing – 40% of relevant staff have completed all four modules",
                ],
            ],
        ),
        (
            "p",
            "Our force area includes the ferry ports at Fishguard and Pembroke Dock, and I am keen that the force's work on organised immigration crime keeps pace with the risk there.",
        ),
        ("sign", ["Yn gywir / Yours sincerely,", "Eluned Prydderch", "Police and Crime Commissioner for Dyfed-Powys"]),
        ("footer", "Dyfed-Powys OPCC"),
    ],
)

# ------------------------------------------------------------------------------------------------
# flattened (5)

add(
    "t10-06",
    "flattened",
    "txt",
    "Cleveland Police",
    "Cleveland Police and Crime Commissioner",
    ("Joanne Hebburn", "Police and Crime Commissioner for Cleveland"),
    None,
    [
        item("2", "accept", "implemented", by="chief_constable", cc="accept"),
        item("4", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("8", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("9", "accept", "not_started", by="chief_constable", cc="accept"),
    ],
    [
        ("letterhead", ["Cleveland Police and Crime Commissioner", "Middlesbrough"]),
        ("title", "Response to HMICFRS: Improving the response to organised immigration crime"),
        (
            "p",
            "I asked the Chief Constable for her response to the four recommendations addressed to chief constables in this report. Her response is reproduced below, recommendation by recommendation.",
        ),
        (
            "table",
            [
                ["Recommendation", "Force response", "Update"],
                [
                    "Recommendation 2: " + R2,
                    "Accepted",
                    "Cleveland Police already requires this. A check of every referral made in May found that each one had the intelligence document attached, and dip sampling continues.",
                ],
                [
                    "Recommendation 4: " + R4,
                    "Accepted",
                    "The force intelligence bureau has begun work on an OIC problem profile, which will underpin the collection and sharing plan due in December.",
                ],
                [
                    "Recommendation 8: " + R8,
                    "Accepted",
                    "The first two Hydra exercises ran in June for detective sergeants and inspectors. Further dates are being arranged for the autumn.",
                ],
                ["Recommendation 9: " + R9, "Accepted", "Work on the e-learning has yet to begin."],
            ],
        ),
        (
            "p",
            "I will hold the Chief Constable to account for delivery through my scrutiny programme and will report publicly on progress.",
        ),
        ("sign", ["Joanne Hebburn", "Police and Crime Commissioner for Cleveland"]),
    ],
)

add(
    "t10-07",
    "flattened",
    "txt",
    "Durham Constabulary",
    "Durham Police and Crime Commissioner",
    ("Hilary Pemberton", "Police and Crime Commissioner for County Durham and Darlington"),
    "2025-06-18",
    [
        item("2", "accept", "in_progress"),
        item("4", "accept", "implemented"),
        item("8", "accept", "implemented"),
        item("9", "accept", ["in_progress", "planned"]),
    ],
    [
        ("letterhead", ["Police and Crime Commissioner for County Durham and Darlington"]),
        ("date", "18 June 2025"),
        ("p", "PCC response – HMICFRS – Improving the response to organised immigration crime"),
        ("p", "Recommendation 2 – NCCU referrals and intelligence submissions"),
        ("p", "Commissioner's response: I accept this recommendation."),
        (
            "p",
            "Position: The force's referral guidance is being rewritten so that the intelligence submission becomes a required step. The revised guidance goes to the Chief Officer Group in July.",
        ),
        ("p", "Recommendation 4 – plans to collect, analyse and share OIC information"),
        ("p", "Commissioner's response: I accept this recommendation."),
        (
            "p",
            "Position: Durham Constabulary already has an OIC intelligence collection plan, refreshed in March 2025, which is shared with the North East Regional Organised Crime Unit and with Immigration Enforcement.",
        ),
        ("p", "Recommendation 8 – Hydra training package"),
        ("p", "Commissioner's response: I accept this recommendation."),
        (
            "p",
            "Position: Delivery of the Hydra training to relevant personnel is now complete; the last session was held on 5 June.",
        ),
        ("p", "Recommendation 9 – OIC e-learning, four modules"),
        ("p", "Commissioner's response: I accept this recommendation."),
        (
            "p",
            "Position: A pilot of modules 1 and 2 ran in April and May with the Safeguarding Command, and the full rollout of all four modules follows in January 2026.",
        ),
        ("p", "Hilary Pemberton"),
        ("p", "Police and Crime Commissioner for County Durham and Darlington"),
    ],
)

add(
    "t10-08",
    "flattened",
    "pdf",
    "Gwent Police",
    "Gwent Police and Crime Commissioner",
    ("Ceri Mathias", "Police and Crime Commissioner for Gwent"),
    "2025-07-22",
    [
        item("2", "support", "planned", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "not_stated", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Gwent", "Cwmbrân"]),
        ("date", "22 July 2025"),
        (
            "p",
            "Dear HM Inspector, Improving the response to organised immigration crime. The Chief Constable has accepted all four of the recommendations made to chief constables in this report, and I support them. I set out below what the force has told me about each. Recommendation 2 (NCCU referrals). From October 2025 the force control room will not close a referral to the National Command and Control Unit until the attending officer has submitted the intelligence document; the system change has been approved and is scheduled for that month. Recommendation 4 (information plans). Gwent's intelligence collection plan for organised immigration crime is being drafted jointly with South Wales Police and Dyfed-Powys Police through the Tarian Regional Organised Crime Unit. Recommendation 8 (Hydra). I welcome the emphasis the inspectorate places on Hydra training, which is a good way to test decision-making in a realistic setting. Recommendation 9 (e-learning). Rollout is under way: modules 1 and 2 have been mandatory for frontline officers since June, and modules 3 and 4 are being added to the learning portal. I will review progress at my Strategy and Performance Board. Yours sincerely, Ceri Mathias, Police and Crime Commissioner for Gwent",
        ),
        ("footer", "Gwent OPCC"),
    ],
    late=True,
)

add(
    "t10-09",
    "flattened",
    "html",
    "Essex Police",
    "Essex Police, Fire and Crime Commissioner",
    ("Martin Fairweather", "Police, Fire and Crime Commissioner for Essex"),
    "2025-06-30",
    [
        item("2", "agree", "implemented"),
        item("4", "agree", "implemented"),
        item("8", "agree", "in_progress"),
        item("9", "agree", "in_progress"),
    ],
    [
        ("title", "PFCC response: Improving the response to organised immigration crime"),
        ("p", "30 June 2025"),
        (
            "p",
            "I agree with all four recommendations made to chief constables. Recommendation 2: Essex Police introduced a mandatory intelligence submission for referrals to the National Command and Control Unit in 2024 and continues to audit it every quarter. Recommendation 4: the force has had an OIC intelligence plan since 2023, shared with Kent Police through the joint Serious Crime Directorate, and it is reviewed every year. Recommendation 8: about 300 of the 520 officers and staff identified as relevant have now completed Hydra, and the remaining sessions are running through the autumn. Recommendation 9: completion of the four e-learning modules stands at 38 per cent and rising. Martin Fairweather, Police, Fire and Crime Commissioner for Essex.",
        ),
        ("footer", "Essex Police, Fire and Crime Commissioner"),
    ],
)

add(
    "t10-10",
    "flattened",
    "docx",
    "Northamptonshire Police",
    "Northamptonshire Police, Fire and Crime Commissioner",
    ("Danielle Osei", "Police, Fire and Crime Commissioner for Northamptonshire"),
    "2025-07-31",
    [
        item("2", "accept", "not_started"),
        item("4", "accept", "in_progress"),
        item("8", "accept", "implemented"),
    ],
    [
        ("letterhead", ["Northamptonshire Police, Fire and Crime Commissioner", "Northampton"]),
        ("date", "31 July 2025"),
        ("p", "HMICFRS – Improving the response to organised immigration crime"),
        ("p", "Apologies for the late submission of this response."),
        ("p", "Recommendation 2"),
        ("p", "My response: Accept"),
        ("p", "Status: Not yet started"),
        (
            "p",
            "Detail: Work on this has yet to begin. I have asked the Chief Constable for a timetable by the end of September.",
        ),
        ("p", "Recommendation 4"),
        ("p", "My response: Accept"),
        ("p", "Status: In progress"),
        (
            "p",
            "Detail: The Force Intelligence Bureau has produced a first OIC intelligence requirement; the sharing arrangements with the East Midlands Special Operations Unit are still being worked out.",
        ),
        ("p", "Recommendation 8"),
        ("p", "My response: Accept"),
        ("p", "Status: Complete"),
        ("p", "Detail: All identified staff had completed the Hydra package by the end of June 2025."),
        ("p", "Danielle Osei"),
        ("p", "Police, Fire and Crime Commissioner for Northamptonshire"),
    ],
    late=True,
    unanswered=["9"],
)

# ------------------------------------------------------------------------------------------------
# two_in_one_paragraph (5)

add(
    "t10-11",
    "two_in_one_paragraph",
    "txt",
    "Lincolnshire Police",
    "Lincolnshire Police and Crime Commissioner",
    ("Peter Ashby-Clarke", "Police and Crime Commissioner for Lincolnshire"),
    "2025-06-12",
    [
        item("2", "accept", "in_progress"),
        item("4", "accept", "planned"),
        item("8", "accept", "implemented"),
        item("9", "accept", "in_progress"),
    ],
    [
        ("letterhead", ["Police and Crime Commissioner for Lincolnshire", "Nettleham, Lincoln"]),
        ("date", "12 June 2025"),
        ("address", ["HMICFRS", "By email"]),
        ("salutation", "Dear Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for this report. I accept the four recommendations it makes to chief constables, and I have set out below the position in Lincolnshire on each.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "A new referral checklist has been issued to the force control room and is being embedded. It requires the reporting officer to submit the intelligence document before the referral to the National Command and Control Unit is closed. Compliance will be reviewed in September.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "The force will produce an OIC intelligence collection and sharing plan by November 2025. The Head of Intelligence will lead the work.",
        ),
        ("heading", "Recommendations 8 and 9"),
        (
            "p",
            "Training is the area where Lincolnshire is furthest ahead. Delivery of the Hydra package to all detective inspectors, duty inspectors and custody sergeants was completed in May, while the four e-learning modules are being rolled out to frontline officers in stages, with about a third of them finished so far.",
        ),
        (
            "p",
            "I will ask the Chief Constable to update me on all four recommendations at my Performance and Accountability Board in the autumn.",
        ),
        ("sign", ["Yours sincerely,", "Peter Ashby-Clarke", "Police and Crime Commissioner for Lincolnshire"]),
    ],
)

add(
    "t10-12",
    "two_in_one_paragraph",
    "docx",
    "Hertfordshire Constabulary",
    "Hertfordshire Police and Crime Commissioner",
    ("Jonathan Brereton", "Police and Crime Commissioner for Hertfordshire"),
    "2025-07-07",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "support", "planned", cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Hertfordshire", "Welwyn Garden City"]),
        ("date", "7 July 2025"),
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS"]),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "The Chief Constable has accepted all four of the recommendations made to chief constables, and I am fully supportive of them.",
        ),
        ("heading", "Recommendations 2 and 4"),
        (
            "p",
            "These two recommendations are closely linked and the force is treating them together. Since the end of May, the intelligence submission has been a mandatory part of every referral to the National Command and Control Unit, so recommendation 2 is met. The wider plan required by recommendation 4 is being drafted by the force's Intelligence Directorate with the Eastern Region Special Operations Unit, and I expect to see it in October.",
        ),
        ("heading", "Recommendations 8 and 9"),
        (
            "p",
            "Both training products will be added to the force's 2026 learning plan, with the Hydra exercises and the four e-learning modules starting in January.",
        ),
        ("p", "I will monitor delivery through my regular accountability meetings with the Chief Constable."),
        ("sign", ["Yours sincerely,", "Jonathan Brereton", "Police and Crime Commissioner for Hertfordshire"]),
    ],
)

add(
    "t10-13",
    "two_in_one_paragraph",
    "html",
    "Suffolk Constabulary",
    "Suffolk Police and Crime Commissioner",
    ("Harriet Crowe", "Police and Crime Commissioner for Suffolk"),
    "2025-09-15",
    [
        item("2", "agree", "implemented"),
        item("4", "agree", "in_progress"),
        item("8", "agree", "not_started"),
        item("9", "agree", "not_started"),
    ],
    [
        ("letterhead", ["Suffolk Police and Crime Commissioner"]),
        ("date", "15 September 2025"),
        ("title", "Improving the response to organised immigration crime: response of the Suffolk PCC"),
        (
            "p",
            "I agree with the recommendations the inspectorate has made to chief constables. This response is later than requested because I wanted it to reflect the Constabulary's position after the summer.",
        ),
        ("heading", "Referrals to the NCCU (recommendation 2)"),
        (
            "p",
            "New guidance on referrals to the National Command and Control Unit has been in place since July. The reporting officer must now submit the intelligence document before the referral is closed.",
        ),
        ("heading", "Information plans (recommendation 4)"),
        (
            "p",
            "The joint Norfolk and Suffolk information-sharing protocol on organised immigration crime is still in development, although the collection plan itself has been agreed.",
        ),
        ("heading", "Training (recommendations 8 and 9)"),
        (
            "p",
            "We are awaiting the national product. Neither the Hydra package nor the e-learning has been delivered in Suffolk yet: the Modern Slavery and Organised Immigration Crime Unit has told forces in the eastern region that the refreshed Hydra scenario and the updated e-learning modules will not be available before early 2026.",
        ),
        ("sign", ["Harriet Crowe", "Police and Crime Commissioner for Suffolk"]),
        ("footer", "Suffolk Police and Crime Commissioner"),
    ],
    late=True,
)

add(
    "t10-14",
    "two_in_one_paragraph",
    "pdf",
    "Devon and Cornwall Police",
    "Devon and Cornwall Police and Crime Commissioner",
    ("Tamsin Polglase", "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
    "2025-06-25",
    [
        item("2", "support", "planned"),
        item("8", "support", "in_progress"),
        item("9", "support", "implemented"),
    ],
    [
        (
            "letterhead",
            ["Office of the Police and Crime Commissioner", "Devon, Cornwall and the Isles of Scilly", "Exeter"],
        ),
        ("date", "25 June 2025"),
        ("address", ["HMICFRS", "By email"]),
        ("salutation", "Dear HM Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "With a long coastline, a number of small harbours and the ports of Plymouth and Falmouth, Devon and Cornwall has a particular interest in this inspection, and I am grateful for the work that went into it.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "I support this recommendation. The force will audit its referrals to the National Command and Control Unit in September and will then change its referral process to make the intelligence submission a required step.",
        ),
        ("heading", "Recommendations 8 and 9"),
        (
            "p",
            "I support both training recommendations. Hydra sessions have started – two have been run in Exeter and a third is booked for Truro in October – and all four e-learning modules have been compulsory since April, with completion among relevant staff now at 100 per cent.",
        ),
        ("p", "I will continue to monitor the force's response through my regular scrutiny."),
        (
            "sign",
            [
                "Yours sincerely,",
                "Tamsin Polglase",
                "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly",
            ],
        ),
        ("footer", "OPCC Devon, Cornwall and the Isles of Scilly"),
    ],
    unanswered=["4"],
)

add(
    "t10-15",
    "two_in_one_paragraph",
    "txt",
    "Wiltshire Police",
    "Wiltshire Police and Crime Commissioner",
    ("Nigel Sturridge", "Police and Crime Commissioner for Wiltshire and Swindon"),
    "2025-07-03",
    [
        item("2", "note", "in_progress"),
        item("4", "note", "in_progress"),
        item("8", "note", "planned"),
        item("9", "note", "implemented"),
    ],
    [
        ("letterhead", ["Police and Crime Commissioner for Wiltshire and Swindon", "Devizes"]),
        ("date", "3 July 2025"),
        ("salutation", "Dear HM Inspector,"),
        ("p", "Re: Improving the response to organised immigration crime"),
        (
            "p",
            "I note the four recommendations addressed to chief constables and have asked the Chief Constable to report progress on them to my Commissioner's Monitoring Board. The current position is as follows.",
        ),
        (
            "p",
            "Intelligence (recommendations 2 and 4). The change to the force's referral template that makes the intelligence submission compulsory has been built and is in testing; it goes live in September. Separately, the Chief Constable has set up a working group on OIC information, which first met in June and is now drafting the collection and sharing plan.",
        ),
        (
            "p",
            "Hydra (recommendation 8). A one-day Hydra exercise is booked for 11 November 2025 at Devizes for all detective inspectors.",
        ),
        (
            "p",
            "E-learning (recommendation 9). All four modules were assigned to relevant staff in March, and the force reports that everyone required to complete them has done so.",
        ),
        ("sign", ["Yours sincerely,", "Nigel Sturridge", "Police and Crime Commissioner for Wiltshire and Swindon"]),
    ],
)

# ------------------------------------------------------------------------------------------------
# mixed_stances (5)

add(
    "t10-16",
    "mixed_stances",
    "txt",
    "Merseyside Police",
    "Merseyside Police and Crime Commissioner",
    ("Bernadette Kavanagh", "Police and Crime Commissioner for Merseyside"),
    "2025-06-20",
    [
        item("2", "agree", "implemented"),
        item("4", "agree", "in_progress"),
        item("8", "partially_agree", "in_progress"),
        item("9", "disagree", "not_started"),
    ],
    [
        ("letterhead", ["Merseyside Police and Crime Commissioner", "Liverpool"]),
        ("date", "20 June 2025"),
        ("address", ["HMICFRS", "By email"]),
        ("salutation", "Dear Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for the report. My views on the four recommendations addressed to chief constables differ, so I have taken each in turn.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "I agree. Merseyside Police has required an intelligence submission for every referral to the National Command and Control Unit since 2023, and the force's own audits show the requirement is followed.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "I agree. The force is reviewing how it collects and shares information on organised immigration crime with the port authorities and Border Force, and the revised plan is being written now.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "I agree with this in part. Officers need training in organised immigration crime, but I do not think every officer who might be described as relevant needs the full Hydra package. The force's approach, which I support, is to put senior investigators and duty inspectors through Hydra first; the first cohort attended in June.",
        ),
        ("heading", "Recommendation 9"),
        (
            "p",
            "I do not agree with this recommendation as written. Four further modules on top of the existing mandatory training would take officers off the streets for longer than the benefit justifies. The Chief Constable has decided not to roll the modules out, and I support that decision.",
        ),
        ("sign", ["Yours sincerely,", "Bernadette Kavanagh", "Police and Crime Commissioner for Merseyside"]),
    ],
)

add(
    "t10-17",
    "mixed_stances",
    "docx",
    "Staffordshire Police",
    "Staffordshire Police, Fire and Crime Commissioner",
    ("Graham Ollerenshaw", "Staffordshire Commissioner for Police, Fire and Rescue and Crime"),
    None,
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "planned"),
        item("8", "note", "not_stated"),
        item("9", "support", "in_progress"),
    ],
    [
        ("letterhead", ["Staffordshire Commissioner", "Police, Fire and Rescue and Crime", "Stafford"]),
        ("title", "Commissioner's response – Improving the response to organised immigration crime"),
        (
            "p",
            "This is my response, under section 55 of the Police Act 1996, to the recommendations that the inspectorate has made to chief constables.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "I accept this recommendation. A recent audit by the force found that an intelligence submission had been made for every referral to the National Command and Control Unit in the period examined.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "I accept this recommendation. The plan will be written by the force's Intelligence Hub this autumn and will be in place before the December deadline.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "I note this recommendation, delivery of which depends largely on the national unit's capacity to run Hydra sessions for forces.",
        ),
        ("heading", "Recommendation 9"),
        (
            "p",
            "I strongly support this recommendation. Nearly 800 officers have completed module 1, and modules 2 to 4 are being assigned in turn.",
        ),
        ("sign", ["Graham Ollerenshaw", "Staffordshire Commissioner for Police, Fire and Rescue and Crime"]),
    ],
)

add(
    "t10-18",
    "mixed_stances",
    "html",
    "Bedfordshire Police",
    "Bedfordshire Police and Crime Commissioner",
    ("Festus Akinwale", "Police and Crime Commissioner for Bedfordshire"),
    "2025-07-04",
    [
        item("2", "agree", "in_progress"),
        item("4", "partially_agree", "implemented"),
        item("8", "agree", "in_progress"),
        item("9", "agree", "planned"),
    ],
    [
        ("letterhead", ["Bedfordshire Police and Crime Commissioner", "Kempston, Bedford"]),
        ("date", "4 July 2025"),
        ("title", "Improving the response to organised immigration crime – PCC response"),
        (
            "p",
            "Bedfordshire has a busy motorway network and an international airport at Luton, and organised immigration crime is a real risk for the county. My response to each recommendation made to chief constables follows.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "I agree. The force control room is retraining its call handlers so that every referral to the National Command and Control Unit is followed by the intelligence document; about half have been through the session so far.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "I agree in part. Bedfordshire, Cambridgeshire and Hertfordshire share a tri-force intelligence function, and the tri-force OIC collection and sharing plan has been in place since last year. I do not think a separate Bedfordshire plan would add anything.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "I agree. Hydra sessions for detectives in the Serious and Organised Crime team are taking place over the summer.",
        ),
        ("heading", "Recommendation 9"),
        (
            "p",
            "I agree. The force will assign the four e-learning modules to relevant staff from September, with a completion target of March 2026.",
        ),
        ("sign", ["Festus Akinwale", "Police and Crime Commissioner for Bedfordshire"]),
        ("footer", "Bedfordshire Police and Crime Commissioner"),
    ],
)

add(
    "t10-19",
    "mixed_stances",
    "pdf",
    "Surrey Police",
    "Surrey Police and Crime Commissioner",
    ("Imogen Hartley-Ward", "Police and Crime Commissioner for Surrey"),
    "2025-06-05",
    [
        item("2", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("4", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("8", "partially_agree", "planned", by="chief_constable", cc="partially_agree"),
        item("9", "note", "not_stated", by="chief_constable", cc="note"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Surrey", "Guildford"]),
        ("date", "5 June 2025"),
        ("address", ["HMICFRS", "By email"]),
        ("salutation", "Dear HM Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "I have sought the Chief Constable's views on the recommendations made to chief constables in this report. Her position on each is set out below. I will scrutinise delivery through my Performance and Accountability Meetings.",
        ),
        (
            "p",
            "Recommendation 2. The Chief Constable accepts this recommendation. A new referral procedure, which makes the intelligence submission part of every referral to the National Command and Control Unit, is being piloted in the contact centre.",
        ),
        (
            "p",
            "Recommendation 4. The Chief Constable accepts this recommendation. A joint Surrey and Sussex plan for collecting, analysing and sharing OIC information is in draft.",
        ),
        (
            "p",
            "Recommendation 8. The Chief Constable accepts this recommendation in part. She will make sure that investigators complete the Hydra package, but does not consider it proportionate for all frontline staff. Sessions for investigators are being arranged for the new year.",
        ),
        (
            "p",
            "Recommendation 9. The Chief Constable notes this recommendation. The force will decide in the autumn whether the e-learning modules should be mandatory, once it has seen the College of Policing's guidance on which roles they are intended for.",
        ),
        ("sign", ["Yours sincerely,", "Imogen Hartley-Ward", "Police and Crime Commissioner for Surrey"]),
        ("footer", "Surrey OPCC"),
    ],
)

add(
    "t10-20",
    "mixed_stances",
    "docx",
    "Gloucestershire Constabulary",
    "Gloucestershire Police and Crime Commissioner",
    ("Rupert Fenwick-Hale", "Police and Crime Commissioner for Gloucestershire"),
    "2025-06-16",
    [
        item("2", "support", "implemented"),
        item("4", "support", "in_progress"),
        item("8", "accept", "in_progress"),
        item("9", "note", "not_started"),
    ],
    [
        ("letterhead", ["Police and Crime Commissioner for Gloucestershire", "Quedgeley, Gloucester"]),
        ("date", "16 June 2025"),
        ("address", ["HM Inspectorate of Constabulary and Fire & Rescue Services"]),
        ("salutation", "Dear Sir or Madam,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for sharing the report. I have discussed it with the Chief Constable and my response to each recommendation made to chief constables is below.",
        ),
        (
            "p",
            "I support recommendation 2. The Constabulary changed its process in April so that an intelligence submission accompanies every referral to the National Command and Control Unit, and the change has bedded in well.",
        ),
        (
            "p",
            "I also support recommendation 4. Gloucestershire's information on organised immigration crime is currently held in several places; the Constabulary is pulling it together into a single collection and sharing plan, which is about half written.",
        ),
        (
            "p",
            "I accept recommendation 8. Detectives in the Major Crime team have begun the Hydra package, and the Constabulary expects the remaining relevant staff to follow over the coming months.",
        ),
        (
            "p",
            "I note recommendation 9. The Constabulary has chosen not to launch the modules until the College of Policing's refreshed version is published, and nothing has been assigned to staff so far.",
        ),
        ("sign", ["Yours faithfully,", "Rupert Fenwick-Hale", "Police and Crime Commissioner for Gloucestershire"]),
    ],
)

# ------------------------------------------------------------------------------------------------
# cc_annex (4)

add(
    "t10-21",
    "cc_annex",
    "docx",
    "Leicestershire Police",
    "Leicestershire Police and Crime Commissioner",
    ("Rupinder Gill", "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"),
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
            ["Office of the Police and Crime Commissioner", "Leicester, Leicestershire and Rutland", "Enderby"],
        ),
        ("date", "2 July 2025"),
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS", "By email"]),
        ("salutation", "Dear HM Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "I welcome the report and I support the recommendations made to chief constables. I have considered the Chief Constable's response, which is attached as Annex A, and I am satisfied that it sets out a realistic programme of work. I will track its delivery through my Corporate Governance Board.",
        ),
        (
            "sign",
            [
                "Yours sincerely,",
                "Rupinder Gill",
                "Police and Crime Commissioner for Leicester, Leicestershire and Rutland",
            ],
        ),
        ("heading", "Annex A – Chief Constable's response"),
        (
            "p",
            "Recommendation 2 – Accepted. Completed. The intelligence submission has been a mandatory step for every referral to the National Command and Control Unit since 12 May 2025.",
        ),
        (
            "p",
            "Recommendation 4 – Accepted. Ongoing. The East Midlands Special Operations Unit is coordinating a regional OIC information plan, and Leicestershire's contribution to it is being written.",
        ),
        (
            "p",
            "Recommendation 8 – Accepted. Hydra training is due to begin in November 2025 for all detectives in the Serious and Organised Crime Unit.",
        ),
        (
            "p",
            "Recommendation 9 – Accepted. The e-learning went live on 1 June. Completion currently stands at 57 per cent.",
        ),
    ],
)

add(
    "t10-22",
    "cc_annex",
    "html",
    "North Wales Police",
    "North Wales Police and Crime Commissioner",
    ("Gwenllian Hughes-Jones", "Police and Crime Commissioner for North Wales"),
    "2025-10-06",
    [
        item("2", "accept", "not_started", by="chief_constable", cc="accept"),
        item("4", "accept", "implemented", by="chief_constable", cc="accept"),
        item("8", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("9", "partially_agree", "in_progress", by="chief_constable", cc="partially_agree"),
    ],
    [
        (
            "letterhead",
            ["Police and Crime Commissioner for North Wales", "Comisiynydd Heddlu a Throseddu Gogledd Cymru"],
        ),
        ("date", "6 October 2025"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "I enclose the Chief Constable's response to the four recommendations made to chief constables. I discussed it with him at my Strategic Executive Board in September and will continue to monitor progress there. I regret that this response has been delayed.",
        ),
        ("sign", ["Gwenllian Hughes-Jones", "Police and Crime Commissioner for North Wales"]),
        ("heading", "Annex: Chief Constable's response"),
        (
            "dl",
            [
                (
                    "Recommendation 2 – Accepted",
                    "Work on this has not started. The force has not yet identified how the intelligence submission will be recorded alongside the referral to the National Command and Control Unit.",
                ),
                (
                    "Recommendation 4 – Accepted",
                    "Implemented. The North Wales OIC collection and sharing plan was approved by the Chief Officer Group on 3 September 2025.",
                ),
                (
                    "Recommendation 8 – Accepted",
                    "In progress: 120 of the 210 officers identified have completed the Hydra package.",
                ),
                (
                    "Recommendation 9 – Accepted in part",
                    "The force accepts that modules 1 and 2 should be completed by all frontline officers, but will assign modules 3 and 4 only to specialist investigators. Modules 1 and 2 are being rolled out now.",
                ),
            ],
        ),
        ("footer", "Police and Crime Commissioner for North Wales"),
    ],
    late=True,
)

add(
    "t10-23",
    "cc_annex",
    "pdf",
    "Avon and Somerset Police",
    "Avon and Somerset Police and Crime Commissioner",
    ("Olu Adeyemi", "Police and Crime Commissioner for Avon and Somerset"),
    "2025-06-23",
    [
        item("4", "agree", "in_progress", by="chief_constable", cc="agree"),
        item("8", "agree", "in_progress", by="chief_constable", cc="agree"),
        item("9", "agree", "implemented", by="chief_constable", cc="agree"),
    ],
    [
        ("letterhead", ["Avon and Somerset Police and Crime Commissioner", "Portishead"]),
        ("date", "23 June 2025"),
        ("address", ["HMICFRS", "By email"]),
        ("salutation", "Dear HM Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "I welcome the report. I attach the Chief Constable's response on the recommendations for forces, and I will follow its delivery through my regular Police and Crime Board.",
        ),
        ("sign", ["Yours sincerely,", "Olu Adeyemi", "Police and Crime Commissioner for Avon and Somerset"]),
        ("heading", "Annex – response of the Chief Constable of Avon and Somerset Police"),
        (
            "p",
            "Recommendation 4: Agreed. In progress. An analyst has been appointed to lead on organised immigration crime and the collection and sharing plan is being drafted.",
        ),
        (
            "p",
            "Recommendation 8: Agreed. Hydra is being rolled out to senior investigating officers; four of six sessions have been delivered.",
        ),
        (
            "p",
            "Recommendation 9: Agreed. All four modules have been completed by the relevant staff identified by the force.",
        ),
        ("footer", "Avon and Somerset OPCC"),
    ],
    unanswered=["2"],
)

add(
    "t10-24",
    "cc_annex",
    "txt",
    "Cheshire Constabulary",
    "Cheshire Police and Crime Commissioner",
    ("Lydia Cartwright", "Police and Crime Commissioner for Cheshire"),
    "2025-06-10",
    [
        item("2", "agree", "in_progress", cc="accept"),
        item("4", "agree", "planned", cc="accept"),
        item("8", "agree", "not_started", cc="accept"),
        item("9", "agree", "implemented", cc="accept"),
    ],
    [
        ("letterhead", ["Police and Crime Commissioner for Cheshire", "Winsford"]),
        ("date", "10 June 2025"),
        ("address", ["HMICFRS", "By email"]),
        ("salutation", "Dear HM Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "I agree with the recommendations in the report that are addressed to chief constables. The Chief Constable's response is appended to this letter.",
        ),
        ("sign", ["Yours sincerely,", "Lydia Cartwright", "Police and Crime Commissioner for Cheshire"]),
        ("heading", "Appendix: Chief Constable's response"),
        (
            "p",
            "Recommendation 2. Accepted. Drafting of a new procedure for referrals to the National Command and Control Unit is under way with the Force Control Centre.",
        ),
        (
            "p",
            "Recommendation 4. Accepted. A plan to collect, analyse and share information on organised immigration crime will be produced by November 2025.",
        ),
        ("p", "Recommendation 8. Accepted. The force has not yet begun any Hydra training."),
        (
            "p",
            "Recommendation 9. Accepted. Complete: all relevant personnel finished the four modules during the 2024/25 training year.",
        ),
    ],
)

# ------------------------------------------------------------------------------------------------
# blanket (4)

add(
    "t10-25",
    "blanket",
    "txt",
    "Nottinghamshire Police",
    "Nottinghamshire Police and Crime Commissioner",
    ("Elaine Whitworth", "Police and Crime Commissioner for Nottinghamshire"),
    "2025-07-08",
    [
        item("2", "accept", "in_progress"),
        item("4", "accept", "in_progress"),
        item("8", "accept", "implemented"),
        item("9", "accept", "in_progress"),
    ],
    [
        ("letterhead", ["Nottinghamshire Office of the Police and Crime Commissioner", "Arnold, Nottingham"]),
        ("date", "8 July 2025"),
        ("address", ["HMICFRS", "By email"]),
        ("salutation", "Dear HM Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "I accept all the recommendations addressed to chief constables in this report, and Nottinghamshire Police has started work on each of them.",
        ),
        (
            "p",
            "The Hydra training is already complete: every detective inspector and detective sergeant in the force's serious and organised crime unit went through it in the spring.",
        ),
        ("p", "I will receive a written update from the Chief Constable in the new year and will publish it."),
        ("sign", ["Yours sincerely,", "Elaine Whitworth", "Police and Crime Commissioner for Nottinghamshire"]),
    ],
)

add(
    "t10-26",
    "blanket",
    "html",
    "Hampshire and Isle of Wight Constabulary",
    "Hampshire and Isle of Wight Police and Crime Commissioner",
    ("Neil Tremayne", "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
    "2025-06-03",
    [
        item("2", "support", "not_stated"),
        item("4", "support", "not_stated"),
        item("8", "support", "not_stated"),
        item("9", "support", "not_stated"),
    ],
    [
        ("title", "Commissioner backs inspectorate's call for a stronger response to organised immigration crime"),
        ("date", "3 June 2025"),
        (
            "p",
            "Hampshire and Isle of Wight's Police and Crime Commissioner, Neil Tremayne, has said he supports all of the recommendations made to chief constables in the inspectorate's report Improving the response to organised immigration crime, which was published last month.",
        ),
        (
            "quote",
            "With the ports of Southampton and Portsmouth and the Isle of Wight ferries in our area, organised immigration crime matters here. I support every one of the recommendations the inspectorate has made to chief constables, and I will be asking the Chief Constable to set out the Constabulary's plans at my next accountability meeting.",
        ),
        (
            "p",
            "The report, by His Majesty's Inspectorate of Constabulary and Fire & Rescue Services, looked at how police forces, the National Crime Agency and the Home Office tackle the smuggling of people into and around the country.",
        ),
        ("p", "The Commissioner's accountability meetings are held in public and are streamed on his website."),
        ("footer", "Hampshire and Isle of Wight Police and Crime Commissioner"),
    ],
)

add(
    "t10-27",
    "blanket",
    "docx",
    "Metropolitan Police Service",
    "Mayor's Office for Policing And Crime (MOPAC)",
    ("Kemi Oduya", "Deputy Mayor for Policing and Crime"),
    "2025-07-10",
    [
        item("2", "agree", "in_progress"),
        item("4", "agree", "in_progress"),
        item("8", "agree", "planned"),
        item("9", "agree", "in_progress"),
    ],
    [
        ("letterhead", ["Mayor's Office for Policing And Crime", "City Hall, London"]),
        ("date", "10 July 2025"),
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS"]),
        ("salutation", "Dear HM Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        ("p", "Thank you for your report. MOPAC agrees with the recommendations addressed to chief constables."),
        (
            "p",
            "The Commissioner of the Metropolitan Police has told us that work is under way on every one of them except the Hydra training, which will start in the new year once the Modern Slavery and Organised Immigration Crime Unit has confirmed dates for London.",
        ),
        ("p", "MOPAC will oversee the Met's progress through its regular oversight of inspection recommendations."),
        ("sign", ["Yours sincerely,", "Kemi Oduya", "Deputy Mayor for Policing and Crime"]),
    ],
)

add(
    "t10-28",
    "blanket",
    "pdf",
    "Cambridgeshire Constabulary",
    "Cambridgeshire Police and Crime Commissioner",
    ("Anita Bellingham", "Police and Crime Commissioner for Cambridgeshire and Peterborough"),
    "2025-06-19",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "planned"),
        item("8", "accept", "in_progress"),
        item("9", "accept", "not_stated"),
    ],
    [
        ("letterhead", ["Cambridgeshire and Peterborough Police and Crime Commissioner", "Huntingdon"]),
        ("date", "19 June 2025"),
        ("address", ["HMICFRS", "By email"]),
        ("salutation", "Dear HM Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        ("p", "I accept the four recommendations to chief constables in full."),
        (
            "p",
            "On referrals to the National Command and Control Unit, the Constabulary has required the reporting officer to submit an intelligence document since 2024, so that arrangement is already in place. A plan to collect, analyse and share information on organised immigration crime will be produced as part of the control strategy refresh this autumn. Places on the Hydra training are being filled, and the first detectives have been through it.",
        ),
        ("p", "I will keep the Constabulary's progress under review at my Business Coordination Board."),
        (
            "sign",
            [
                "Yours sincerely,",
                "Anita Bellingham",
                "Police and Crime Commissioner for Cambridgeshire and Peterborough",
            ],
        ),
        ("footer", "Cambridgeshire and Peterborough OPCC"),
    ],
)

# ------------------------------------------------------------------------------------------------
# paraphrase_headings (2)

add(
    "t10-29",
    "paraphrase_headings",
    "txt",
    "Derbyshire Constabulary",
    "Derbyshire Police and Crime Commissioner",
    ("Howard Gledhill", "Police and Crime Commissioner for Derbyshire"),
    "2025-06-26",
    [
        item("2", "support", "implemented"),
        item("4", "support", "in_progress"),
        item("8", "support", "planned"),
        item("9", "support", "in_progress"),
    ],
    [
        ("letterhead", ["Derbyshire Police and Crime Commissioner", "Ripley, Derbyshire"]),
        ("date", "26 June 2025"),
        ("address", ["HMICFRS", "By email"]),
        ("salutation", "Dear HM Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "I support the recommendations that the inspectorate has made to chief constables. Derbyshire Constabulary's progress on each is summarised below.",
        ),
        ("heading", "Referrals to the Home Office command centre"),
        (
            "p",
            "The intelligence form is now completed for every referral. The Constabulary made it a mandatory step in May.",
        ),
        ("heading", "Planning how OIC information is gathered and shared"),
        (
            "p",
            "An information-sharing agreement with the East Midlands Special Operations Unit has been drafted and the Constabulary's analysts are building the collection plan around it.",
        ),
        ("heading", "Immersive training for investigators"),
        (
            "p",
            "The Hydra package has been booked with the national unit for February 2026, for all detective sergeants and inspectors.",
        ),
        ("heading", "Online learning"),
        ("p", "The roll-out of the four modules to frontline officers began in June."),
        ("sign", ["Yours sincerely,", "Howard Gledhill", "Police and Crime Commissioner for Derbyshire"]),
    ],
)

add(
    "t10-30",
    "paraphrase_headings",
    "html",
    "Warwickshire Police",
    "Warwickshire Police and Crime Commissioner",
    ("Beatrice Quayle", "Police and Crime Commissioner for Warwickshire"),
    "2025-07-01",
    [
        item("2", "agree", "in_progress"),
        item("4", "agree", "implemented"),
        item("8", "agree", "in_progress"),
        item("9", "agree", "planned"),
    ],
    [
        ("letterhead", ["Warwickshire Police and Crime Commissioner", "Leek Wootton"]),
        ("date", "1 July 2025"),
        ("title", "Improving the response to organised immigration crime: my response"),
        (
            "p",
            "I agree with the recommendations made to chief constables in this report. Here is where Warwickshire Police has got to.",
        ),
        ("heading", "Making sure every referral produces intelligence"),
        (
            "p",
            "Officers who refer a case to Immigration Enforcement are now prompted to submit an intelligence report. The new practice is still being embedded across the force, and compliance is reviewed each month.",
        ),
        ("heading", "A clear plan for information"),
        (
            "p",
            "A plan is in place. Warwickshire's OIC collection plan is owned by the Head of Intelligence and is shared with West Mercia Police and the regional organised crime unit.",
        ),
        ("heading", "Investigator training"),
        ("p", "Hydra sessions are running through the summer for detectives and custody sergeants."),
        ("heading", "E-learning for frontline staff"),
        ("p", "We intend to launch the four modules after the summer, once the autumn training calendar is set."),
        ("sign", ["Beatrice Quayle", "Police and Crime Commissioner for Warwickshire"]),
        ("footer", "Warwickshire Police and Crime Commissioner"),
    ],
)


def main() -> None:
    about = "Thirty hand-written, hand-labelled oic-2025 response letters for tuning the reader on claimed status, phrased in many ways; schema as tests/ingest/sealed/truth.json; split 'tuneset10'."
    corpus.write_set(HERE, about, ((blocks, truth) for truth, blocks in LETTERS))


if __name__ == "__main__":
    main()
