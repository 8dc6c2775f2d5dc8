# ruff: noqa: E501  (letter text is data: long sentences are kept whole)
"""Build the tuneset16 set: ``letters/`` and ``truth.json``, reproducibly.

    .venv/bin/python tests/ingest/tuneset16/build.py

A tuning set of 24 hand-written response letters, invented, from police and crime commissioners, PFCCs and Deputy
Mayors to HMICFRS's report "Improving the response to organised immigration crime" (23 letters) and, from one
Yorkshire and Humber body, to the regional serious and organised crime report (1 letter). The set leans on varied
claimed-status wording (work under way, done, booked, paused), on progress tables whose status column and commentary
column word the same state differently, on blanket letters that report progress by subject rather than by number,
and on letters where the commissioner's own stance and the force's differ or are given in separate places. Every
sentence was written by hand for this set; the truth of each letter is labelled by hand beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
sys.path.insert(0, str(CORPUS))

import build as corpus  # noqa: E402

SPLIT = "tuneset16"
OIC = "oic-2025"
SOC = "soc-yh-2025"
TITLE = "Improving the response to organised immigration crime"
SOC_TITLE = "An inspection of the Yorkshire and Humber regional response to serious and organised crime"

LETTERS: list[tuple[dict[str, Any], list[tuple[str, Any]]]] = []
add = corpus.letter_adder(LETTERS, split=SPLIT)
item = corpus.item

# ---------------------------------------------------------------------------------------------------------------
# table (docx 2, html 2, pdf 1)

add(
    "tuneset16-01",
    "table",
    "docx",
    "Cumbria Constabulary",
    "Cumbria Police, Fire and Crime Commissioner",
    ("Dr Imogen Rathbone", "Cumbria Police, Fire and Crime Commissioner"),
    "2025-07-08",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        (
            "letterhead",
            ["Office of the Police, Fire and Crime Commissioner for Cumbria", "Carleton Hall, Penrith, CA10 2AU"],
        ),
        ("date", "8th July 2025"),
        (
            "address",
            [
                "HM Chief Inspector of Constabulary",
                "HMICFRS",
                "4th Floor, Globe House",
                "89 Eccleston Square",
                "London SW1V 1PN",
            ],
        ),
        ("title", "Response to the HMICFRS report: Improving the response to organised immigration crime"),
        ("salutation", "Dear HM Chief Inspector,"),
        (
            "p",
            "Thank you for the report, which I read alongside the Chief Constable's own assessment of where Cumbria Constabulary stands. Although Cumbria sees far less organised immigration crime than the ports forces, the M6 corridor and the West Coast Main Line mean that we are not untouched by it, and I was glad that the report recognises the part inland forces play.",
        ),
        (
            "p",
            "Four of the report's ten recommendations are addressed to chief constables. The Chief Constable has accepted all four, and I support each of them. The table below sets out, for each one, the Constabulary's position, the status it reports to me and its own commentary. I have asked for the same table to come to my Public Accountability Conference in January 2026, so that the public can see how far it has moved.",
        ),
        ("heading", "Progress against the recommendations for chief constables"),
        (
            "table",
            [
                ["Rec.", "What HMICFRS asked", "Constabulary position", "Status", "Commentary"],
                [
                    "2",
                    "Every NCCU referral followed by the required intelligence document",
                    "Accepted",
                    "Green",
                    "Since 2 June every referral raised from the Control Room generates a prompt for the intelligence submission. Dip sampling of June referrals found the document attached in 23 of 23 cases; the Force Intelligence Bureau will keep sampling quarterly.",
                ],
                [
                    "4",
                    "Clear plans to collect, analyse and share OIC information",
                    "Accepted",
                    "Amber",
                    "A draft OIC intelligence collection plan goes to the Force Tasking and Coordination Group in August. The sharing arrangement with the North West Regional Organised Crime Unit is still being negotiated.",
                ],
                [
                    "8",
                    "Relevant personnel complete the Hydra package",
                    "Accepted",
                    "Not yet due",
                    "Hydra exercise dates are booked with the regional Hydra suite for October and November 2025, for detective sergeants and inspectors in the Serious and Organised Crime Unit. No sessions have run yet.",
                ],
                [
                    "9",
                    "Relevant personnel complete the four e-learning modules",
                    "Accepted",
                    "Green - on track",
                    "Modules 1 and 2 have been made mandatory for response officers and 412 of the 1,030 in scope have finished them. Modules 3 and 4 follow in the autumn.",
                ],
            ],
        ),
        (
            "p",
            "I am content with the direction of travel. My one concern is the collection plan, where the timetable depends on agreement with the regional unit, and I will raise it at my next holding-to-account meeting with the Chief Constable.",
        ),
        ("sign", ["Yours sincerely,", "Dr Imogen Rathbone", "Police, Fire and Crime Commissioner for Cumbria"]),
        ("footer", "Cumbria Office of the Police, Fire and Crime Commissioner"),
    ],
)

add(
    "tuneset16-02",
    "table",
    "docx",
    "Hertfordshire Constabulary",
    "Hertfordshire Police and Crime Commissioner",
    ("Meredith Langstone", "Hertfordshire Police and Crime Commissioner"),
    "2025-07-04",
    [
        item("2", "agree", "implemented", cc="accept"),
        item("4", "accept", "not_started", cc="partially_agree"),
        item("8", "support", "in_progress", cc="accept"),
        item("9", "note", ["planned", "not_started"], cc="accept"),
    ],
    [
        (
            "letterhead",
            [
                "Hertfordshire Police and Crime Commissioner",
                "Harpenden Police Station, 15 Vaughan Road, Harpenden AL5 4GZ",
            ],
        ),
        ("date", "04/07/2025"),
        ("p", "Our ref: PCC/HMI/2025/031"),
        (
            "title",
            "HMICFRS: Improving the response to organised immigration crime - response of the Police and Crime Commissioner for Hertfordshire",
        ),
        (
            "p",
            "This response is published under section 55 of the Police Act 1996. The table combines the Chief Constable's response to each recommendation addressed to chief constables with my own comment. The update column and the RAG rating are the force's, taken from its Inspection Recommendations Tracker as at 30 June 2025.",
        ),
        (
            "table",
            [
                ["No.", "Summary", "Force response", "Update", "RAG", "PCC comment"],
                [
                    "2",
                    "Intelligence document after every NCCU referral",
                    "Accepted",
                    "A mandatory field in the custody and crime recording system now prompts the intelligence submission whenever a referral is made to the NCCU. Closed at the Force Assurance Board on 24 June.",
                    "Blue",
                    "Agreed. I was pleased to see this closed so quickly.",
                ],
                [
                    "4",
                    "Plans to collect, analyse and share OIC information",
                    "Accepted in principle - dependent on the national OIC intelligence requirement being issued",
                    "Work not commenced. The force is waiting for the NCA to issue the national intelligence requirement before it writes a local plan.",
                    "Red",
                    "I accept this recommendation in full. I have asked the Chief Constable not to wait for national direction and to begin a local plan with Bedfordshire and Cambridgeshire now.",
                ],
                [
                    "8",
                    "Hydra training for relevant personnel",
                    "Accepted",
                    "The Hydra package is being adapted for delivery at the force training centre. The first cohort of 16 detective constables completed it on 30 June.",
                    "Amber",
                    "Supported. I would like the number of trained staff in the next quarterly performance report.",
                ],
                [
                    "9",
                    "Four modules of the OIC e-learning",
                    "Accepted",
                    "E-learning not yet launched. Launch scheduled for 1 September 2025, with completion expected by March 2026.",
                    "Grey",
                    "Noted.",
                ],
            ],
        ),
        (
            "p",
            "Where my comment differs from the force's response, I have discussed the difference with the Chief Constable and it will be reviewed at the Strategic Executive Board in October.",
        ),
        ("sign", ["Meredith Langstone", "Police and Crime Commissioner for Hertfordshire"]),
        ("footer", "Office of the Police and Crime Commissioner for Hertfordshire"),
    ],
)

add(
    "tuneset16-03",
    "table",
    "html",
    "Merseyside Police",
    "Merseyside Police and Crime Commissioner",
    ("Harriet Corcoran", "Merseyside Police and Crime Commissioner"),
    "2025-07-09",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "support", "implemented", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "support", "not_started", cc="accept"),
    ],
    [
        ("p", "Published 9 July 2025"),
        ("title", "Commissioner's response: Improving the response to organised immigration crime"),
        (
            "p",
            "HM Inspectorate of Constabulary and Fire & Rescue Services published its national inspection, Improving the response to organised immigration crime, on 16 May 2025. Police and crime commissioners must publish comments on inspection reports within 56 days. This is the response of Merseyside's Police and Crime Commissioner, Harriet Corcoran.",
        ),
        (
            "p",
            "I welcome the four recommendations directed at chief constables, and I am pleased that the Chief Constable has accepted each of them. As a port city, Merseyside sees the harm organised immigration crime does at first hand, from people smuggled through the docks to those exploited in car washes and nail bars once they arrive.",
        ),
        ("heading", "Merseyside Police's position"),
        (
            "table",
            [
                ["Recommendation", "Merseyside Police update (June 2025)", "Position"],
                [
                    "By 30 April 2026, chief constables should make sure that every time a member of their force reports a case to Immigration Enforcement's National Command and Control Unit, the reporting officer completes and submits the required intelligence document.",
                    "Referrals to the NCCU are made through the Force Control Room. An audit of the first quarter found the intelligence submission missing in 9 of 41 cases. A reminder briefing and a revised procedure are being rolled out to all shifts.",
                    "Ongoing",
                ],
                [
                    "By 31 December 2025, chief constables should make sure they have clear plans to collect, analyse and share information related to organised immigration crime.",
                    "The force's Serious and Organised Crime Control Strategy has carried an OIC intelligence requirement since 2023, and the resulting collection plan is shared with Titan, the North West Regional Organised Crime Unit, through regional tasking.",
                    "Embedded",
                ],
                [
                    "By 30 April 2026, chief constables, working with the Modern Slavery & Organised Immigration Crime Unit, should make sure that relevant personnel in all Home Office police forces complete the Hydra training package on organised immigration crime.",
                    "A Hydra exercise has been booked for the Major and Organised Crime command in October 2025.",
                    "Scheduled",
                ],
                [
                    "By 30 April 2026, chief constables, working with the Modern Slavery & Organised Immigration Crime Unit and the College of Policing, should make sure that relevant personnel in all Home Office police forces complete the four modules of the organised immigration crime e-learning package.",
                    "The force is waiting for the College of Policing's revised module 4 before it mandates the package.",
                    "Paused",
                ],
            ],
        ),
        ("heading", "What happens next"),
        (
            "p",
            "My office will track these four recommendations through the Police and Crime Panel's quarterly scrutiny of inspection activity, and I will ask the Chief Constable to explain at that meeting when the e-learning will be restarted.",
        ),
        ("sign", ["Harriet Corcoran", "Police and Crime Commissioner for Merseyside"]),
        ("footer", "Merseyside Police and Crime Commissioner - Mather Avenue, Liverpool"),
    ],
)

add(
    "tuneset16-04",
    "table",
    "html",
    "Metropolitan Police Service",
    "Mayor's Office for Policing And Crime (MOPAC)",
    ("Priya Hollingworth", "Deputy Mayor for Policing and Crime"),
    "2025-07-10",
    [
        item("2", "agree", "in_progress", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "partially_agree", "in_progress", cc="partially_agree"),
        item("9", "agree", "planned", cc="accept"),
    ],
    [
        (
            "letterhead",
            ["MAYOR OF LONDON", "Office for Policing and Crime", "City Hall, Kamal Chunchie Way, London E16 1ZE"],
        ),
        ("date", "10 July 2025"),
        ("address", ["HM Inspector of Constabulary", "HMICFRS"]),
        ("title", "MOPAC response to HMICFRS: Improving the response to organised immigration crime"),
        ("salutation", "Dear HM Inspector,"),
        (
            "p",
            "I am writing on behalf of the Mayor's Office for Policing And Crime in response to your report. London is where many of those smuggled into the United Kingdom eventually arrive, and the Metropolitan Police Service's contribution to the national effort matters a great deal. The MPS has given its response to each recommendation for chief constables; MOPAC's view is set out beside it.",
        ),
        (
            "table",
            [
                ["HMICFRS recommendation", "MPS response", "MOPAC view"],
                [
                    "Recommendation 2 - intelligence document after every NCCU referral",
                    "Accepted. Every NCCU referral is now routed through the Intelligence Bureau, and compliance is measured monthly. It stood at 78 per cent in May.",
                    "Agreed. MOPAC will look at compliance at its Oversight Board each quarter.",
                ],
                [
                    "Recommendation 4 - clear plans to collect, analyse and share OIC information",
                    "Accepted. An OIC intelligence collection plan is being written by Specialist Crime, with a first draft due to the Commander in August. It will be shared with the NCA and Border Force through the London OIC partnership.",
                    "Supported.",
                ],
                [
                    "Recommendation 8 - Hydra training",
                    "Partially accepted. The MPS will deliver Hydra to Specialist Crime staff but considers a roll-out to all frontline officers disproportionate. 140 Specialist Crime detectives have been trained since April and a further 60 are to be trained by December.",
                    "MOPAC shares the MPS's view on scope and agrees with the recommendation only so far as it applies to specialist investigators. We will hold the MPS to account for delivery to that group.",
                ],
                [
                    "Recommendation 9 - the four e-learning modules",
                    "Accepted. The four modules are to be added to the MPS mandatory learning catalogue from October 2025.",
                    "Agreed. MOPAC notes that the College's module 4 is still being finalised.",
                ],
            ],
        ),
        (
            "p",
            "MOPAC will continue to monitor the MPS's progress against these recommendations through its oversight arrangements, and I would be happy to discuss any of them with you.",
        ),
        ("sign", ["Yours sincerely,", "Priya Hollingworth", "Deputy Mayor for Policing and Crime"]),
        ("footer", "Mayor's Office for Policing And Crime"),
    ],
)

add(
    "tuneset16-05",
    "table",
    "pdf",
    "Lincolnshire Police",
    "Lincolnshire Police and Crime Commissioner",
    ("Beatrice Treloar", "Lincolnshire Police and Crime Commissioner"),
    "2025-07-21",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "not_started", cc="accept"),
        item("8", "support", "in_progress", cc="accept"),
        item("9", "support", "planned", cc="accept"),
    ],
    [
        ("letterhead", ["Lincolnshire Police and Crime Commissioner", "Deepdale Lane, Nettleham, Lincoln LN2 2LT"]),
        ("date", "21st July 2025"),
        ("address", ["HMICFRS", "Correspondence Unit"]),
        ("title", "Improving the response to organised immigration crime: PCC response"),
        (
            "p",
            "I apologise that this response arrives after the 56 days allowed. I wanted to see the force's first progress report before writing, and that report came to me later than planned.",
        ),
        (
            "p",
            "The Chief Constable's responses are set out below. I endorse his acceptance of all four recommendations made to chief constables, and the progress column is the force's own account of where it stands as at 14 July 2025.",
        ),
        (
            "table",
            [
                ["Ref", "Force response", "Progress", "Target date"],
                [
                    "2",
                    "Accepted",
                    "Process live since 1 July 2025, with a monthly compliance check by the Force Intelligence Bureau",
                    "Complete",
                ],
                [
                    "4",
                    "Accepted",
                    "Not yet commenced - awaiting the EMSOU intelligence collection plan template",
                    "Dec 2025",
                ],
                ["8", "Accepted", "Training needs analysis complete; 3 of 11 Hydra sessions delivered", "Apr 2026"],
                [
                    "9",
                    "Accepted",
                    "To be mandated through the force learning management system in Q3 2025/26",
                    "Apr 2026",
                ],
            ],
        ),
        ("p", "I will publish the next update on my website in the new year."),
        ("sign", ["Yours faithfully,", "Beatrice Treloar", "Police and Crime Commissioner for Lincolnshire"]),
        ("footer", "Lincolnshire PCC - response to HMICFRS"),
    ],
    late=True,
)

# ---------------------------------------------------------------------------------------------------------------
# paraphrase_headings (2)

add(
    "tuneset16-06",
    "paraphrase_headings",
    "txt",
    "Dorset Police",
    "Dorset Police and Crime Commissioner",
    ("Rosalind Penhallow", "Dorset Police and Crime Commissioner"),
    "2025-07-02",
    [
        item("2", "support", "in_progress"),
        item("4", "agree", "implemented"),
        item("8", "note", "not_started"),
        item("9", "accept", "in_progress", by="chief_constable", cc="accept"),
    ],
    [
        (
            "letterhead",
            [
                "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR DORSET",
                "Force Headquarters, Winfrith, Dorchester DT2 8DZ",
            ],
        ),
        ("date", "2 July 2025"),
        ("title", "Response to Improving the response to organised immigration crime (HMICFRS, May 2025)"),
        (
            "p",
            "Dorset has a long coastline and the port of Poole, and the risk of small-boat and freight-based smuggling is one the force takes seriously. I have considered the report with the Chief Constable and set out below my response to each recommendation that falls to him.",
        ),
        ("heading", "Making sure referrals to the national immigration command unit are backed by intelligence"),
        (
            "p",
            "I welcome this recommendation. Dorset Police tells me that a procedure is now being written into the Force Control Room's standard operating procedures; until it is published, supervisors are checking each referral by hand to see that the intelligence submission has gone in.",
        ),
        ("heading", "Plans for gathering and sharing organised immigration crime information"),
        (
            "p",
            "I agree with the recommendation. The force already has an OIC intelligence collection plan, refreshed in March 2025 and shared with Zephyr, the South West Regional Organised Crime Unit, and with Devon and Cornwall Police. The Chief Constable is satisfied that it meets what the inspectorate asks, and I have seen it.",
        ),
        ("heading", "Hydra training"),
        (
            "p",
            "I acknowledge this recommendation and the value of Hydra as a way of rehearsing decisions. No date has yet been set for Hydra training on organised immigration crime: the force's priority for the regional Hydra suite this year is firearms command training.",
        ),
        ("heading", "Online learning on organised immigration crime"),
        (
            "p",
            "The Chief Constable has accepted this recommendation. Modules 1 to 3 have been completed by 96 per cent of detectives; module 4 will be released to them once the College of Policing publishes it.",
        ),
        ("p", "I will keep all four under review at my quarterly accountability board."),
        ("sign", ["Rosalind Penhallow", "Police and Crime Commissioner for Dorset"]),
    ],
)

add(
    "tuneset16-07",
    "paraphrase_headings",
    "pdf",
    "Gwent Police",
    "Gwent Police and Crime Commissioner",
    ("Elinor Prosser-Vaughan", "Gwent Police and Crime Commissioner"),
    "2025-07-07",
    [
        item("2", "agree", "implemented"),
        item("4", "support", "planned"),
        item("8", "accept", "in_progress"),
        item("9", "agree", "not_stated"),
    ],
    [
        (
            "letterhead",
            ["Office of the Police and Crime Commissioner for Gwent", "Llantarnam Industrial Park, Cwmbran NP44 3FW"],
        ),
        ("date", "7 July 2025"),
        ("title", "Improving the response to organised immigration crime - our response"),
        (
            "p",
            "We, the Office of the Police and Crime Commissioner for Gwent, have read the inspectorate's report with interest. Gwent sits on the M4 corridor between the Severn crossings and Cardiff, and the force has dealt with several lorry-borne smuggling cases in the past two years.",
        ),
        ("heading", "Recording intelligence after every referral to the NCCU"),
        (
            "p",
            "We agree. Gwent Police delivered this change in May: the intelligence submission is now a required step in the referral workflow and cannot be skipped.",
        ),
        ("heading", "A clear plan for information on organised immigration crime"),
        (
            "p",
            "We support the recommendation. The force will write an OIC collection and sharing plan in the autumn, in step with Tarian, the Southern Wales Regional Organised Crime Unit, and expects it to be signed off before the December deadline.",
        ),
        ("heading", "Completing the Hydra package"),
        (
            "p",
            "Accepted. The first cohort, drawn from the force's Serious and Organised Crime team, went through the Hydra exercise in June; two more cohorts are to follow.",
        ),
        ("heading", "The four e-learning modules"),
        (
            "p",
            "We agree with this recommendation. We will seek assurance at the Strategy and Performance Board in October that the modules have been assigned to the right people and are being completed.",
        ),
        ("sign", ["Diolch / Thank you,", "Elinor Prosser-Vaughan", "Police and Crime Commissioner for Gwent"]),
        ("footer", "Gwent OPCC"),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# labels_only (2)

add(
    "tuneset16-08",
    "labels_only",
    "txt",
    "Staffordshire Police",
    "Staffordshire Police, Fire and Crime Commissioner",
    ("Gareth Lymington", "Staffordshire Police, Fire and Crime Commissioner"),
    "2025-06-30",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "in_progress"),
        item("8", "accept", "not_started"),
        item("9", "accept", "planned"),
    ],
    [
        ("letterhead", ["Staffordshire Commissioner's Office", "Block 9, Weston Road, Stafford ST18 0YY"]),
        ("date", "30.06.2025"),
        ("title", "HMICFRS report: Improving the response to organised immigration crime"),
        (
            "p",
            "As Police, Fire and Crime Commissioner I am required to comment on this report. My response to each recommendation addressed to chief constables is below.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "Accepted. The Force Contact Centre went live with the updated referral process on 16 June, and every NCCU referral now produces an intelligence report which the Force Intelligence Bureau quality-assures.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "Accepted. The force is working with the West Midlands Regional Organised Crime Unit on a shared collection plan, and workshops with partners are under way.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "Accepted. On hold until the Modern Slavery & Organised Immigration Crime Unit confirms dates for its refreshed Hydra package.",
        ),
        ("heading", "Recommendation 9"),
        ("p", "Accepted. To be completed by all relevant personnel by 31 March 2026."),
        ("sign", ["Gareth Lymington", "Staffordshire Police, Fire and Crime Commissioner"]),
    ],
)

add(
    "tuneset16-09",
    "labels_only",
    "docx",
    "Norfolk Constabulary",
    "Norfolk Police and Crime Commissioner",
    ("Hamish Oakenfold", "Norfolk Police and Crime Commissioner"),
    "2025-07-07",
    [
        item("4", "accept", "implemented", by="chief_constable", cc="accept"),
        item("8", "support", "in_progress", cc="accept"),
        item("9", "accept", "not_started"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner for Norfolk",
                "Building 8, Jubilee House, Falconers Chase, Wymondham NR18 0WW",
            ],
        ),
        ("date", "7 July 2025"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Response of the Police and Crime Commissioner for Norfolk, Hamish Oakenfold, to the HMICFRS national inspection.",
        ),
        ("heading", "Rec 4"),
        (
            "p",
            "Norfolk Constabulary accepts this recommendation. Its joint Norfolk and Suffolk intelligence collection plan for organised immigration crime was approved at the joint Tasking and Coordination Group on 19 June and is now in use.",
        ),
        ("heading", "Rec 8"),
        (
            "p",
            "Accepted by the Constabulary, and I support it. 38 of the 52 officers identified as relevant have completed the Hydra package at the Eastern Region Hydra suite.",
        ),
        ("heading", "Rec 9"),
        (
            "p",
            "I accept this recommendation. The Constabulary has yet to decide which roles count as relevant personnel, and the modules have not yet been assigned to anyone.",
        ),
        ("p", "I will ask the Chief Constable for an update at my next Police Accountability Forum."),
        ("sign", ["Hamish Oakenfold", "Police and Crime Commissioner for Norfolk"]),
        ("footer", "OPCC Norfolk"),
    ],
    unanswered=["2"],
)

# ---------------------------------------------------------------------------------------------------------------
# flattened (3)

add(
    "tuneset16-10",
    "flattened",
    "txt",
    "Wiltshire Police",
    "Wiltshire Police and Crime Commissioner",
    ("Oliver Dunstable", "Wiltshire Police and Crime Commissioner"),
    None,
    [
        item("2", "agree", "planned"),
        item("4", "agree", "implemented"),
        item("8", "agree", "in_progress"),
        item("9", "agree", "not_stated"),
    ],
    [
        (
            "letterhead",
            ["Office of the Police and Crime Commissioner for Wiltshire and Swindon", "London Road, Devizes SN10 2DN"],
        ),
        ("title", "Police and Crime Commissioner's comments on Improving the response to organised immigration crime"),
        (
            "p",
            "I have read HMICFRS's report and I agree with all four of the recommendations it makes to chief constables. Organised immigration crime may seem remote from Wiltshire and Swindon, but the people it brings into the country turn up here too, working in hand car washes on the edge of Swindon or cannabis grows in rural barns, and I want the force to be ready for it. On recommendation 2, the force tells me that a new NCCU referral form will be introduced in September with the intelligence submission built into it, so that an officer cannot close the referral without completing it. On recommendation 4, the force's OIC problem profile and collection plan was completed in May and is shared with Avon and Somerset Police and with the South West Regional Organised Crime Unit, and I am satisfied that it answers the recommendation.",
        ),
        (
            "p",
            "The two training recommendations are in different places. Roughly two thirds of the relevant detectives have completed the Hydra package asked for in recommendation 8, and the rest are due to complete it before Christmas. On recommendation 9, the e-learning, I have asked the Chief Constable for an update at my next Performance and Accountability meeting and I will publish the answer on my website.",
        ),
        ("sign", ["Oliver Dunstable", "Police and Crime Commissioner for Wiltshire and Swindon"]),
    ],
)

add(
    "tuneset16-11",
    "flattened",
    "html",
    "Northumbria Police",
    "Northumbria Police and Crime Commissioner",
    ("Clara Whitfield", "Northumbria Police and Crime Commissioner"),
    "2025-07-01",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "support", "planned", cc="accept"),
        item("8", "support", "implemented", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        ("p", "Published 1 July 2025"),
        ("title", "Improving the response to organised immigration crime: the Commissioner's response"),
        (
            "p",
            "The Chief Constable has accepted recommendations 2, 4, 8 and 9 of the report, the four that fall to chief constables, and I support that acceptance. The new process for recommendation 2, under which an intelligence submission follows every referral to the National Command and Control Unit, is being rolled out to the three area commands: the North area command went live in June and the Central and Southern commands follow over the summer. For recommendation 4 a dedicated plan will be written over the summer by the Intelligence Directorate, drawing on the North East Regional Special Operations Unit's threat assessment, and presented to me in October.",
        ),
        (
            "p",
            "On training, all 24 members of the Organised Crime Command who hold relevant roles have completed the Hydra package under recommendation 8, the last of them in May. The e-learning under recommendation 9 has been rolled out to student officers for modules one and two, and modules three and four are being added to their programme now, with existing officers to follow. I will report on both through the Police and Crime Panel.",
        ),
        ("sign", ["Clara Whitfield", "Police and Crime Commissioner for Northumbria"]),
        ("footer", "Northumbria Police and Crime Commissioner"),
    ],
)

add(
    "tuneset16-12",
    "flattened",
    "pdf",
    "Leicestershire Police",
    "Leicestershire Police and Crime Commissioner",
    ("Devinder Kaur-Ashby", "Leicestershire Police and Crime Commissioner"),
    "2025-07-25",
    [
        item("2", "accept", "not_started"),
        item("4", "partially_agree", "implemented"),
        item("8", "accept", "planned"),
        item("9", "accept", "in_progress"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland",
                "Police Headquarters, St Johns, Enderby LE19 2BX",
            ],
        ),
        ("date", "25 July 2025"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "I write, later than I should have, with my response to the inspectorate's report, and I am sorry for the delay. I accept recommendations 2, 8 and 9. Work on recommendation 2 has yet to start: the force is waiting for Immigration Enforcement to confirm the new version of its referral form, and has decided not to change its own process twice. On recommendation 4, I accept the principle but share the Chief Constable's concern that a separate OIC plan would duplicate the East Midlands Special Operations Unit's serious and organised crime collection plan, which already covers organised immigration crime in detail and which the force already uses and contributes to each month.",
        ),
        (
            "p",
            "Hydra sessions for recommendation 8 are booked for November with the EMSOU training team, and the e-learning asked for in recommendation 9 is under way: completion across relevant roles stands at 57 per cent. I will review both again in the new year.",
        ),
        ("sign", ["Devinder Kaur-Ashby", "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"]),
        ("footer", "OPCC Leicestershire"),
    ],
    late=True,
)

# ---------------------------------------------------------------------------------------------------------------
# two_in_one_paragraph (3)

add(
    "tuneset16-13",
    "two_in_one_paragraph",
    "txt",
    "Surrey Police",
    "Surrey Police and Crime Commissioner",
    ("Lionel Featherstone", "Surrey Police and Crime Commissioner"),
    "2025-07-09",
    [
        item("2", "accept", "planned"),
        item("4", "agree", "in_progress"),
        item("8", "support", "implemented"),
        item("9", "support", "in_progress"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Surrey", "PO Box 412, Guildford GU3 1YJ"]),
        ("date", "9th July 2025"),
        ("title", "Re: Improving the response to organised immigration crime"),
        ("salutation", "Dear Sir,"),
        ("p", "Please find below my response to the recommendations for chief constables in the report."),
        (
            "p",
            "Recommendation 2. I accept this recommendation. Surrey Police will add the intelligence submission as a mandatory step in its crime recording system in the October software release; until then the current process remains in place.",
        ),
        (
            "p",
            "Recommendation 4. I agree with it. The joint Surrey and Sussex intelligence function has an OIC collection plan in draft, and the two forces are agreeing how it will be shared with the South East Regional Organised Crime Unit.",
        ),
        (
            "p",
            "Recommendations 8 and 9 both concern training, and I take them together. I support both. The force has delivered the Hydra exercise to all 30 officers in its Serious and Organised Crime Unit who were identified as needing it, and the e-learning has been assigned to 1,900 frontline officers, of whom 1,120 have now completed all four modules.",
        ),
        ("sign", ["Yours faithfully,", "Lionel Featherstone", "Police and Crime Commissioner for Surrey"]),
    ],
)

add(
    "tuneset16-14",
    "two_in_one_paragraph",
    "docx",
    "Cheshire Constabulary",
    "Cheshire Police and Crime Commissioner",
    ("Dominic Ashworth-Leigh", "Cheshire Police and Crime Commissioner"),
    "2025-06-27",
    [
        item("2", "accept", "implemented", by="chief_constable", cc="accept"),
        item("4", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("8", "agree", ["not_started", "planned"]),
        item("9", "agree", "in_progress"),
    ],
    [
        ("letterhead", ["Cheshire Police and Crime Commissioner", "Clemonds Hey, Oakmere Road, Winsford CW7 2UA"]),
        ("date", "27 June 2025"),
        ("address", ["HMICFRS", "By email"]),
        (
            "title",
            "Improving the response to organised immigration crime: response from the Police and Crime Commissioner for Cheshire",
        ),
        (
            "p",
            "Thank you for the report. I have discussed it with the Chief Constable, and this letter gives his position on the intelligence recommendations and mine on the training ones.",
        ),
        ("heading", "Intelligence"),
        (
            "p",
            "Recommendations 2 and 4 both deal with intelligence, and the Chief Constable accepts both. The intelligence document is now completed after every NCCU referral, with the June audit showing 100 per cent compliance, and the OIC collection plan is being drafted jointly with Titan, the North West Regional Organised Crime Unit, and with Merseyside Police.",
        ),
        ("heading", "Training"),
        (
            "p",
            "On recommendation 8, I agree. Hydra training has not yet begun; the force has bid for places at the North West Hydra suite in the new year.",
        ),
        (
            "p",
            "On recommendation 9, I agree. The e-learning is on track, with 830 officers having completed all four modules so far.",
        ),
        ("sign", ["Dominic Ashworth-Leigh", "Police and Crime Commissioner for Cheshire"]),
        ("footer", "Cheshire OPCC"),
    ],
)

add(
    "tuneset16-15",
    "two_in_one_paragraph",
    "html",
    "Devon and Cornwall Police",
    "Devon and Cornwall Police and Crime Commissioner",
    ("Tamsin Polglase", "Devon and Cornwall Police and Crime Commissioner"),
    "2025-07-03",
    [
        item("2", "accept", "implemented", by="chief_constable", cc="accept"),
        item("8", "support", "planned"),
        item("9", "support", "in_progress"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"]),
        ("date", "3 July 2025"),
        ("title", "Improving the response to organised immigration crime - Commissioner's statement"),
        (
            "p",
            "With more than 700 miles of coastline and a string of small harbours, Devon, Cornwall and the Isles of Scilly have their own exposure to organised immigration crime. This statement sets out our response to the inspection.",
        ),
        ("heading", "Referrals to the NCCU"),
        (
            "p",
            "The Chief Constable has accepted recommendation 2. The force considers that it already meets it: the Force Intelligence Bureau has submitted an intelligence report for every NCCU referral since 2023, and this is checked as part of its routine audit.",
        ),
        ("heading", "Training"),
        (
            "p",
            "We support recommendations 8 and 9. Hydra training for detectives in the Major Crime Investigation Team is scheduled for the autumn, and the e-learning modules went live on the force's learning platform in May, with completion so far standing at 44 per cent of those required to take them.",
        ),
        ("sign", ["Tamsin Polglase", "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"]),
        ("footer", "Devon and Cornwall OPCC"),
    ],
    unanswered=["4"],
)

# ---------------------------------------------------------------------------------------------------------------
# blanket (3)

add(
    "tuneset16-16",
    "blanket",
    "txt",
    "Gloucestershire Constabulary",
    "Gloucestershire Police and Crime Commissioner",
    ("Crispin Mallory", "Gloucestershire Police and Crime Commissioner"),
    "2025-07-04",
    [
        item("2", "accept", "in_progress"),
        item("4", "accept", "implemented"),
        item("8", "accept", "planned"),
        item("9", "accept", "planned"),
    ],
    [
        (
            "letterhead",
            ["The Police and Crime Commissioner for Gloucestershire", "No. 1 Waterwells, Quedgeley GL2 2AN"],
        ),
        ("date", "4 July 2025"),
        ("title", "Improving the response to organised immigration crime - PCC response"),
        (
            "p",
            "I accept all four recommendations that HMICFRS makes to chief constables in this report. Rather than take them one at a time, I summarise below where Gloucestershire Constabulary has got to on each subject.",
        ),
        (
            "p",
            "Referrals to Immigration Enforcement: the intelligence document is completed in most cases but not all. The Constabulary's own review found it missing in around one referral in five, and a fix to the referral template is being tested this month.",
        ),
        (
            "p",
            "Information plans: Gloucestershire already has a serious and organised crime control strategy with a section on organised immigration crime, backed by a collection plan that the analysts work to and that is shared with the South West Regional Organised Crime Unit. That arrangement has been in place since 2024.",
        ),
        (
            "p",
            "Training: both pieces are booked. Hydra runs for the Serious Organised Crime Unit in the week of 13 October, and the e-learning will be opened to frontline officers from 1 September, with a completion deadline of 31 March 2026.",
        ),
        ("sign", ["Crispin Mallory", "Police and Crime Commissioner for Gloucestershire"]),
    ],
)

add(
    "tuneset16-17",
    "blanket",
    "pdf",
    "Greater Manchester Police",
    "Mayor of Greater Manchester (Greater Manchester Combined Authority)",
    ("Bernadette Olusanya-Kirk", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"),
    "2025-07-10",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "not_stated", cc="accept"),
        item("8", "support", "implemented", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        (
            "letterhead",
            ["Greater Manchester Combined Authority", "Tootal Buildings, 56 Oxford Street, Manchester M1 6EU"],
        ),
        ("date", "10/07/2025"),
        (
            "title",
            "Improving the response to organised immigration crime: response on behalf of the Mayor of Greater Manchester",
        ),
        (
            "p",
            "I am responding on behalf of the Mayor, who holds the police and crime commissioner functions for Greater Manchester. GMP has accepted all four recommendations made to chief constables, and the Mayor and I endorse them.",
        ),
        ("p", "GMP's progress, in brief:"),
        (
            "p",
            "Intelligence after NCCU referrals - this is now in place across all ten districts and is part of the Force Intelligence Bureau's daily checks.",
        ),
        (
            "p",
            "Collection and sharing plans - I have asked GMP for a fuller account of its plans, which I expect to receive in the autumn.",
        ),
        (
            "p",
            "Training - the Hydra package has been completed by all the detectives in the Serious and Organised Crime Group for whom it was identified as relevant. The e-learning is now mandatory and is being worked through by neighbourhood and response officers.",
        ),
        ("p", "I will take a further update through the Police, Fire and Crime Panel."),
        ("sign", ["Bernadette Olusanya-Kirk", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"]),
        ("footer", "GMCA - Policing, Crime, Criminal Justice and Fire"),
    ],
)

add(
    "tuneset16-18",
    "blanket",
    "html",
    "Dyfed-Powys Police",
    "Dyfed-Powys Police and Crime Commissioner",
    ("Rhiannon Gethin-Lewis", "Dyfed-Powys Police and Crime Commissioner"),
    None,
    [
        item("2", "partially_agree", "in_progress"),
        item("4", "partially_agree", "in_progress"),
        item("8", "partially_agree", "not_started"),
        item("9", "partially_agree", "not_started"),
    ],
    [
        ("title", "Commissioner's response to HMICFRS: Improving the response to organised immigration crime"),
        (
            "p",
            "I accept, in principle, all of the recommendations in this report that are for chief constables. I say in principle because Dyfed-Powys is the largest force area in England and Wales by size but sees relatively few cases of organised immigration crime, and the force will have to weigh this work against other priorities.",
        ),
        (
            "p",
            "Intelligence reporting after NCCU referrals, and a plan for collecting and sharing OIC information, are being taken forward together through Tarian, the Southern Wales Regional Organised Crime Unit, with Dyfed-Powys analysts working on both at present.",
        ),
        (
            "p",
            "Training has not started. It will be considered once the four Welsh forces have agreed a shared approach to Hydra and the e-learning, and no date for that has been set.",
        ),
        ("p", "I will publish a further update once the force has reported to my Policing Accountability Board."),
        ("sign", ["Rhiannon Gethin-Lewis", "Police and Crime Commissioner for Dyfed-Powys"]),
        ("footer", "Dyfed-Powys Police and Crime Commissioner"),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# mixed_stances (3)

add(
    "tuneset16-19",
    "mixed_stances",
    "docx",
    "Bedfordshire Police",
    "Bedfordshire Police and Crime Commissioner",
    ("Nadia Fairclough-Obi", "Bedfordshire Police and Crime Commissioner"),
    "2025-07-08",
    [
        item("2", "accept", "implemented"),
        item("4", "partially_agree", "in_progress"),
        item("8", "agree", "not_started"),
        item("9", "disagree", "planned", cc="accept"),
    ],
    [
        (
            "letterhead",
            ["Office of the Police and Crime Commissioner for Bedfordshire", "Bridgebury House, Kempston MK43 9AX"],
        ),
        ("date", "8 July 2025"),
        ("title", "Improving the response to organised immigration crime"),
        ("p", "Dear Inspector,"),
        (
            "p",
            "I set out my response to the four recommendations for chief constables below. My views do not match the force's on every point, and I have said where they differ.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "I accept this recommendation. It is complete: since March, Bedfordshire's Force Control Room has recorded the intelligence submission for every referral to the NCCU.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "I agree with the aim of this recommendation, but not that each force needs its own plan. A single plan across Bedfordshire, Cambridgeshire and Hertfordshire is the better answer, and it is being developed through the tri-force collaboration and the Eastern Region Special Operations Unit.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "I agree. None of the 45 personnel identified as relevant has yet completed Hydra, because the course is not yet available from the Modern Slavery & Organised Immigration Crime Unit.",
        ),
        ("heading", "Recommendation 9"),
        (
            "p",
            "The Chief Constable has accepted this recommendation and intends to assign the four modules to all frontline staff from September. I do not support it. Modules 1 and 2 repeat material the force already teaches, and I would rather the time was spent on training that frontline officers have asked for. I have told the Chief Constable so, and it remains his decision.",
        ),
        ("sign", ["Nadia Fairclough-Obi", "Police and Crime Commissioner for Bedfordshire"]),
        ("footer", "Bedfordshire OPCC"),
    ],
)

add(
    "tuneset16-20",
    "mixed_stances",
    "pdf",
    "Essex Police",
    "Essex Police, Fire and Crime Commissioner",
    ("Graham Whitlow-Cross", "Essex Police, Fire and Crime Commissioner"),
    "2025-08-04",
    [
        item("2", "agree", "in_progress", cc="accept"),
        item("4", "support", "implemented", cc="accept"),
        item("8", "note", "planned", cc="partially_agree"),
        item("9", "partially_agree", "not_started", cc="accept"),
    ],
    [
        ("letterhead", ["Essex Police, Fire and Crime Commissioner", "Kelvedon Park, London Road, Rivenhall CM8 3HB"]),
        ("date", "4th August 2025"),
        ("title", "PFCC response - Improving the response to organised immigration crime"),
        (
            "p",
            "I regret that this response is published after the statutory period; it was held back so that the force's own response, which I summarise at the end of this letter, could be agreed first.",
        ),
        ("heading", "My position"),
        (
            "p",
            "I agree with recommendation 2. Essex Police's compliance has improved from 55 per cent of referrals in January to 81 per cent in June, and the force is working towards full compliance by the autumn.",
        ),
        (
            "p",
            "I support recommendation 4. The force completed its OIC collection and sharing plan in June and it was signed off by the Assistant Chief Constable for crime; it is shared with Kent Police and the Eastern Region Special Operations Unit.",
        ),
        ("p", "I note recommendation 8. Hydra for the Serious Crime Directorate is booked for January 2026."),
        (
            "p",
            "I support the aim of recommendation 9, but only if the College of Policing shortens module 4, as the force has asked it to. The e-learning is on hold pending the College's review.",
        ),
        ("heading", "Essex Police's response"),
        (
            "p",
            "The Chief Constable has accepted recommendations 2, 4 and 9. He has accepted recommendation 8 in part: Hydra will be given to investigators in the Serious Crime Directorate but not to the wider force.",
        ),
        ("sign", ["Graham Whitlow-Cross", "Police, Fire and Crime Commissioner for Essex"]),
        ("footer", "Essex PFCC"),
    ],
    late=True,
)

add(
    "tuneset16-21",
    "mixed_stances",
    "txt",
    "Hampshire and Isle of Wight Constabulary",
    "Hampshire and Isle of Wight Police and Crime Commissioner",
    ("Fenella Strickland", "Hampshire and Isle of Wight Police and Crime Commissioner"),
    "2025-07-02",
    [
        item("2", "accept", "implemented"),
        item("4", "disagree", "not_started", cc="disagree"),
        item("8", "support", "planned"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight",
                "St George's Chambers, St George's Street, Winchester SO23 8AJ",
            ],
        ),
        ("date", "Wednesday 2 July 2025"),
        (
            "title",
            "Improving the response to organised immigration crime: response of the Police and Crime Commissioner",
        ),
        (
            "p",
            "Portsmouth and Southampton are among the busiest ports in the country, and the Constabulary deals with organised immigration crime every week. I have considered the report with the Chief Constable.",
        ),
        (
            "p",
            "Recommendation 2 - I accept it. Compliance is checked weekly by the Force Intelligence Bureau and has been at 100 per cent for the last quarter.",
        ),
        (
            "p",
            "Recommendation 4 - The Chief Constable does not accept this recommendation as written. He considers that a separate OIC plan would pull analysts away from the force's priorities on county lines and child exploitation, and no work on one is planned. I share his view.",
        ),
        (
            "p",
            "Recommendation 8 - I support it. Hydra training for 60 detectives will run in two sessions, in September and October.",
        ),
        ("sign", ["Fenella Strickland", "Police and Crime Commissioner for Hampshire and the Isle of Wight"]),
    ],
    unanswered=["9"],
)

# ---------------------------------------------------------------------------------------------------------------
# cc_annex (2)

add(
    "tuneset16-22",
    "cc_annex",
    "docx",
    "Nottinghamshire Police",
    "Nottinghamshire Police and Crime Commissioner",
    ("Caroline Harker-Bligh", "Nottinghamshire Police and Crime Commissioner"),
    "2025-07-10",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "support", "implemented", cc="accept"),
        item("8", "support", "in_progress", cc="partially_agree"),
        item("9", "support", "planned", cc="accept"),
    ],
    [
        (
            "letterhead",
            [
                "Nottinghamshire Office of the Police and Crime Commissioner",
                "Arnot Hill House, Arnold, Nottingham NG5 6LU",
            ],
        ),
        ("date", "10 July 2025"),
        ("title", "Improving the response to organised immigration crime"),
        ("salutation", "Dear HM Inspector,"),
        (
            "p",
            "I have read the report and I welcome its recommendations to chief constables. I attach the Chief Constable's response, which I discussed with him at my Strategic Resources and Performance meeting on 1 July. I am satisfied with the progress he describes, although I would like the Hydra training to reach more than the specialist teams, and I have said so to him.",
        ),
        ("sign", ["Yours sincerely,", "Caroline Harker-Bligh", "Police and Crime Commissioner for Nottinghamshire"]),
        ("heading", "Annex: response of the Chief Constable of Nottinghamshire Police"),
        (
            "p",
            "Recommendation 2: Accepted. A new process is being trialled in the City division and will be extended to the County division once the trial ends in August.",
        ),
        (
            "p",
            "Recommendation 4: Accepted. The force's OIC intelligence collection plan was approved in April and is shared monthly with the East Midlands Special Operations Unit and Immigration Enforcement.",
        ),
        (
            "p",
            "Recommendation 8: Accepted in part. Hydra has been delivered to 12 of the 20 officers in the Serious and Organised Crime Unit. The force does not intend to extend it to neighbourhood teams.",
        ),
        (
            "p",
            "Recommendation 9: Accepted. The four modules will be launched on the force learning platform in September.",
        ),
        ("footer", "Nottinghamshire OPCC"),
    ],
)

add(
    "tuneset16-23",
    "cc_annex",
    "html",
    "North Wales Police",
    "North Wales Police and Crime Commissioner",
    ("Gwilym Rowlands", "North Wales Police and Crime Commissioner"),
    "2025-07-03",
    [
        item("2", "accept", "implemented", cc="accept"),
        item("4", "accept", "in_progress", cc="accept"),
        item("8", "note", ["planned", "not_started"], cc="accept"),
        item("9", "note", "in_progress", cc="accept"),
    ],
    [
        (
            "letterhead",
            [
                "Swyddfa Comisiynydd Heddlu a Throseddu Gogledd Cymru",
                "Office of the Police and Crime Commissioner for North Wales",
            ],
        ),
        ("date", "3rd July 2025"),
        ("title", "Improving the response to organised immigration crime - PCC response"),
        (
            "p",
            "Holyhead is the second busiest ferry port in the United Kingdom, and North Wales Police therefore has a direct part to play in tackling organised immigration crime.",
        ),
        (
            "p",
            "I accept recommendations 2 and 4. On recommendations 8 and 9 I am content to note them, since the force's training priorities for this year were agreed with me before the report was published and I do not wish to reopen them now. The Chief Constable's response is at Appendix A.",
        ),
        (
            "sign",
            [
                "Gwilym Rowlands",
                "Comisiynydd Heddlu a Throseddu Gogledd Cymru / Police and Crime Commissioner for North Wales",
            ],
        ),
        ("heading", "Appendix A - North Wales Police response"),
        (
            "dl",
            [
                (
                    "Recommendation 2",
                    "Accepted. Implemented 1 June 2025: the intelligence submission is a mandatory step in the force's NCCU referral process.",
                ),
                (
                    "Recommendation 4",
                    "Accepted. Under way. The collection and sharing plan is being developed with Tarian ROCU and Cheshire Constabulary, for sign-off in November.",
                ),
                ("Recommendation 8", "Accepted. Deferred to the 2026/27 training plan."),
                (
                    "Recommendation 9",
                    "Accepted. Modules 1 and 2 form part of student officer training; modules 3 and 4 have not yet been assigned to serving officers.",
                ),
            ],
        ),
        ("footer", "North Wales Police and Crime Commissioner"),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# regional_afi (1)

add(
    "tuneset16-24",
    "regional_afi",
    "pdf",
    "Humberside Police",
    "Humberside Police and Crime Commissioner",
    ("Ambrose Kettlewell", "Humberside Police and Crime Commissioner"),
    "2025-12",
    [
        item("1", "support", "implemented"),
        item("2", "partially_agree", "in_progress"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner for Humberside",
                "The Lawns, Harland Way, Cottingham HU16 5SN",
            ],
        ),
        ("date", "December 2025"),
        ("title", f"Response to HMICFRS: {SOC_TITLE}"),
        (
            "p",
            "The inspection looked at the Yorkshire and Humber Regional Organised Crime Unit and its four constituent forces: Humberside, North Yorkshire, South Yorkshire and West Yorkshire. This is my response on behalf of Humberside to the two areas for improvement.",
        ),
        ("heading", "Area for improvement 1 - working together"),
        (
            "p",
            "I support this area for improvement. Humberside Police has appointed a Detective Superintendent as its single point of contact with the ROCU, and joint 4P plans for every mapped organised crime group in the force area were in place by October. The ROCU's tasking meeting now has Humberside's intelligence lead at every sitting.",
        ),
        ("heading", "Area for improvement 2 - technical surveillance equipment"),
        (
            "p",
            "I agree with this in part. Procurement of technical surveillance equipment is a regional matter led by the ROCU on behalf of all four forces, and I do not think each force should buy its own. A regional technical surveillance procurement board is being set up, and Humberside has begun moving its equipment onto the shared regional register.",
        ),
        ("sign", ["Ambrose Kettlewell", "Police and Crime Commissioner for Humberside"]),
        ("footer", "Humberside OPCC"),
    ],
    report=SOC,
    title=SOC_TITLE,
)


def main() -> None:
    about = (
        "tuneset16: 24 hand-written, invented response letters (23 to oic-2025, 1 regional to soc-yh-2025) for "
        "tuning the letter reader, with hand-labelled truth: varied claimed-status wording, progress tables whose "
        "status and commentary columns word things differently, blanket letters reporting progress by subject, and "
        "letters where the commissioner's stance and the force's differ or are given apart."
    )
    corpus.write_set(HERE, about, ((blocks, truth) for truth, blocks in LETTERS))


if __name__ == "__main__":
    main()
