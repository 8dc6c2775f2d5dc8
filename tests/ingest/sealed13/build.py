# ruff: noqa: E501  (letter text is data: long sentences are kept whole)
"""Build the sealed13 set: ``letters/`` and ``truth.json``, reproducibly.

    .venv/bin/python tests/ingest/sealed13/build.py

A kept (held-out) set of 24 hand-written response letters: 23 to the HMICFRS thematic report "Improving the
response to organised immigration crime" (oic-2025) and one regional letter to the Yorkshire and Humber serious and
organised crime inspection (soc-yh-2025). Every sentence is invented, and written without opening the reader's code,
its cue tables or any other set's letters. The set leans on varied claimed-status wording and on letters where the
commissioner's own stance and the force's differ or are given in separate places (table columns, "Force position" /
"Commissioner's view" pairs, annexed chief constable's responses). Kinds: table 5, paraphrase_headings 2,
labels_only 2, flattened 3, two_in_one_paragraph 3, blanket 3, mixed_stances 3, cc_annex 2, regional_afi 1; six
letters each as TXT, DOCX, HTML and PDF; two undated, three late, three leaving a finding unanswered.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
sys.path.insert(0, str(CORPUS))

import build as corpus  # noqa: E402

SPLIT = "sealed13"
OIC = "oic-2025"
SOC = "soc-yh-2025"

LETTERS: list[tuple[dict[str, Any], list[tuple[str, Any]]]] = []
add = corpus.letter_adder(LETTERS, split=SPLIT)
item = corpus.item

HMICFRS = ["His Majesty's Chief Inspector of Constabulary", "HMICFRS", "10 South Colonnade", "London E14 4PU"]
HMICFRS_PLAIN = [
    "HM Chief Inspector of Constabulary",
    "HMICFRS",
    "10 South Colonnade",
    "Canary Wharf",
    "London E14 4PU",
]

# 01 ------------------------------------------------------------------------------------------------------------
add(
    "sealed13-01",
    "table",
    "docx",
    "Kent Police",
    "Kent Police and Crime Commissioner",
    ("Marcus Tillingham", "Kent Police and Crime Commissioner"),
    "2025-07-03",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "planned", cc="partially_agree"),
        item("9", "agree", "in_progress", cc="accept"),
    ],
    [
        (
            "letterhead",
            ["Office of the Kent Police and Crime Commissioner", "Sessions House, County Road, Maidstone ME14 1XQ"],
        ),
        ("date", "3 July 2025"),
        ("address", HMICFRS),
        ("title", "HMICFRS thematic inspection: Improving the response to organised immigration crime"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "Thank you for your report Improving the response to organised immigration crime, published on 16 May 2025. Kent is on the front line of small boat arrivals and of the lorry traffic through Dover and the Channel Tunnel, so the report's findings matter a great deal to the people of this county.",
        ),
        (
            "p",
            "I discussed the report with the Chief Constable at my Performance and Accountability Board on 24 June. The table below gives Kent Police's response to each of the four recommendations addressed to chief constables, the position reached by the end of June, and my own comment.",
        ),
        (
            "table",
            [
                [
                    "Rec.",
                    "Recommendation (summary)",
                    "Kent Police response",
                    "Position at 30 June 2025",
                    "Commissioner's comment",
                ],
                [
                    "2",
                    "Every referral to the NCCU is followed by the required intelligence document",
                    "Accepted.",
                    "Since 1 June 2025 every NCCU referral creates a task on the force intelligence system, and the log cannot be closed until the intelligence report has been submitted. A dip sample of June referrals found full compliance.",
                    "I support this recommendation and I am reassured by the June dip sample.",
                ],
                [
                    "4",
                    "Clear plans to collect, analyse and share OIC information",
                    "Accepted.",
                    "An OIC intelligence collection plan is in draft. It will go to the Force Tasking and Coordination Group for sign-off in September.",
                    "Supported. I will ask to see the final plan at my Board.",
                ],
                [
                    "8",
                    "Relevant personnel complete the Hydra training package",
                    "Accepted in principle: delivery depends on the MS&OIC Unit's course calendar and on releasing officers from operational duties.",
                    "Two Hydra exercises are booked with the MS&OIC Unit for October and November 2025, for detective sergeants and inspectors in Serious and Organised Crime.",
                    "Supported.",
                ],
                [
                    "9",
                    "Relevant personnel complete the four OIC e-learning modules",
                    "Accepted.",
                    "Modules 1 and 2 are mandated for all Port and Border officers, 61% of whom had completed them at 30 June. Modules 3 and 4 will follow once they are hosted on the force learning platform.",
                    "I agree with this recommendation, and I will expect completion to be above 90% by December.",
                ],
            ],
        ),
        (
            "p",
            "I will continue to hold the Chief Constable to account for delivery through my quarterly Board, and I will publish a further update in the new year.",
        ),
        ("sign", ["Yours sincerely,", "", "Marcus Tillingham", "Kent Police and Crime Commissioner"]),
        ("footer", "Office of the Kent Police and Crime Commissioner"),
    ],
)

# 02 ------------------------------------------------------------------------------------------------------------
add(
    "sealed13-02",
    "table",
    "html",
    "Essex Police",
    "Essex Police, Fire and Crime Commissioner",
    ("Rosalind Acheampong", "Police, Fire and Crime Commissioner for Essex"),
    "2025-06-27",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "support", "not_started", cc="accept"),
    ],
    [
        ("letterhead", ["Essex Police, Fire and Crime Commissioner"]),
        ("p", "Published 27 June 2025"),
        ("title", "Commissioner's response: Improving the response to organised immigration crime"),
        (
            "p",
            "On 16 May 2025 HMICFRS published its national thematic inspection, Improving the response to organised immigration crime. It makes ten recommendations, four of them to chief constables. The Chief Constable of Essex Police has accepted all four. The Commissioner supports each of them and has asked for progress to be reported to the Police, Fire and Crime Panel every quarter.",
        ),
        ("p", "The table below shows where Essex Police has got to on each recommendation."),
        (
            "table",
            [
                ["Recommendation", "RAG", "Update from Essex Police (June 2025)"],
                [
                    "Rec 2 – referrals to the NCCU are followed by the intelligence document",
                    "Green – complete",
                    "Since April 2025 a mandatory field on the crime recording system prompts the officer to submit the intelligence document whenever a referral is made to the NCCU. The Force Intelligence Bureau checks compliance every week.",
                ],
                [
                    "Rec 4 – plans to collect, analyse and share OIC information",
                    "Amber",
                    "The Eastern Region intelligence requirement has been adopted. A force-level collection and analysis plan is being written with colleagues in Kent Police and Suffolk Constabulary and is about half finished.",
                ],
                [
                    "Rec 8 – Hydra training",
                    "Grey – scheduled",
                    "Hydra sessions for the Serious Crime Directorate have been scheduled with the MS&OIC Unit for January and February 2026.",
                ],
                [
                    "Rec 9 – the four e-learning modules",
                    "Red",
                    "Not commenced. The force is waiting for the College of Policing to confirm when the modules will be available on its learning platform.",
                ],
            ],
        ),
        (
            "p",
            "The Commissioner will review progress against each recommendation at her Performance and Resources Scrutiny Board.",
        ),
        ("sign", ["Rosalind Acheampong", "Police, Fire and Crime Commissioner for Essex"]),
        ("footer", "Essex Police, Fire and Crime Commissioner"),
    ],
)

# 03 ------------------------------------------------------------------------------------------------------------
add(
    "sealed13-03",
    "table",
    "docx",
    "Lancashire Constabulary",
    "Lancashire Police and Crime Commissioner",
    ("Gareth Pilkington", "Police and Crime Commissioner for Lancashire"),
    "2025-07-02",
    [
        item("2", "agree", "in_progress", cc="accept"),
        item("4", "agree", "implemented", cc="accept"),
        item("8", "agree", "not_started", cc="accept"),
        item("9", "agree", "planned", cc="partially_agree"),
    ],
    [
        ("letterhead", ["Lancashire Police and Crime Commissioner", "County Hall, Fishergate, Preston PR1 8XJ"]),
        ("date", "02/07/2025"),
        ("address", HMICFRS_PLAIN),
        ("title", "Re: HMICFRS report – Improving the response to organised immigration crime"),
        ("salutation", "Dear HM Chief Inspector,"),
        (
            "p",
            "I write in response to the above report. I agree with all four of the recommendations addressed to chief constables. Organised immigration crime reaches Lancashire along the M6 corridor and through the port of Heysham, and I want the Constabulary's response to be a robust one.",
        ),
        (
            "p",
            "The Constabulary's response is set out in the table below, with the owner and the target date for each action.",
        ),
        (
            "table",
            [
                ["No.", "Owner", "Force position", "Progress to date", "Target"],
                [
                    "2",
                    "Head of Intelligence",
                    "Accepted",
                    "Procedure revised and briefed to all response sergeants. An audit of May referrals found the intelligence document submitted in 17 of 23 cases.",
                    "30/04/2026",
                ],
                [
                    "4",
                    "Det Supt, Serious and Organised Crime",
                    "Accepted",
                    "The Constabulary's OIC control strategy already sets out its collection, analysis and sharing requirements. It was reviewed and re-issued in June 2025; no further work is required.",
                    "Met",
                ],
                [
                    "8",
                    "Head of Learning and Development",
                    "Accepted",
                    "Not yet started. The Constabulary is awaiting national Hydra dates from the MS&OIC Unit.",
                    "TBC",
                ],
                [
                    "9",
                    "Head of Learning and Development",
                    "Partially accepted: modules 1 to 3 will be mandated; module 4 is to be replaced by the Constabulary's own border crime input",
                    "Modules 1 to 3 will be added to the learning platform on 1 August 2025 and assigned to investigators from that date.",
                    "31/03/2026",
                ],
            ],
        ),
        (
            "p",
            "On recommendation 9 the Constabulary's position and mine are not the same. I have asked the Chief Constable to reconsider: my view is that relevant personnel should complete all four modules, as the inspectorate recommends.",
        ),
        ("p", "I will publish a progress update on my website in the autumn."),
        ("sign", ["Yours faithfully,", "", "Gareth Pilkington", "Police and Crime Commissioner for Lancashire"]),
        ("footer", "Lancashire Police and Crime Commissioner – County Hall, Preston"),
    ],
)

# 04 ------------------------------------------------------------------------------------------------------------
add(
    "sealed13-04",
    "table",
    "html",
    "Metropolitan Police Service",
    "Mayor's Office for Policing And Crime (MOPAC)",
    ("Priya Ramaswamy", "Deputy Mayor for Policing and Crime"),
    "2025-07-08",
    [
        item("2", "accept", "in_progress", cc="accept"),
        item("4", "agree", "implemented", cc="accept"),
        item("8", "support", "planned", cc="partially_agree"),
        item("9", "note", "implemented", cc="accept"),
    ],
    [
        ("letterhead", ["Mayor of London", "MOPAC – Mayor's Office for Policing And Crime"]),
        ("p", "Published 8 July 2025"),
        ("title", "MOPAC response to HMICFRS: Improving the response to organised immigration crime"),
        (
            "p",
            "This is the response of the Mayor's Office for Policing And Crime (MOPAC) to the HMICFRS report Improving the response to organised immigration crime. London is both a destination and a transit point for people smuggled into the UK, and the Metropolitan Police Service (MPS) has a large part to play in disrupting the networks responsible.",
        ),
        (
            "p",
            "For each recommendation made to chief constables, the table gives the MPS's response, as provided to MOPAC, and MOPAC's own position.",
        ),
        (
            "table",
            [
                ["Recommendation", "MPS response", "MOPAC position"],
                [
                    "Recommendation 2: By 30 April 2026, chief constables should make sure that every time a member of their force reports a case to Immigration Enforcement's National Command and Control Unit, the reporting officer completes and submits the required intelligence document.",
                    "Accepted. A revised standard operating procedure for NCCU referrals is being rolled out borough by borough: 9 of the 12 Basic Command Units are now live, and the remaining three will follow by October.",
                    "MOPAC accepts this recommendation and will track the roll-out through its Oversight Board.",
                ],
                [
                    "Recommendation 4: By 31 December 2025, chief constables should make sure they have clear plans to collect, analyse and share information related to organised immigration crime.",
                    "Accepted. The MPS intelligence collection plan for organised immigration crime was approved in March 2025 and is shared with the National Crime Agency and Border Force.",
                    "Agreed.",
                ],
                [
                    "Recommendation 8: By 30 April 2026, chief constables, working with the Modern Slavery & Organised Immigration Crime Unit, should make sure that relevant personnel in all Home Office police forces complete the Hydra training package on organised immigration crime.",
                    "Accepted in part. The MPS will put Specialist Crime officers through Hydra but considers it disproportionate to extend the package to frontline officers. Hydra for Specialist Crime will be commissioned in the 2025/26 financial year.",
                    "MOPAC supports the recommendation in full and has asked the MPS to reconsider the scope of its roll-out.",
                ],
                [
                    "Recommendation 9: By 30 April 2026, chief constables, working with the Modern Slavery & Organised Immigration Crime Unit and the College of Policing, should make sure that relevant personnel in all Home Office police forces complete the four modules of the organised immigration crime e-learning package.",
                    "Accepted. The four modules became mandatory for Specialist Crime and the Border Policing Command on 1 May 2025. At 30 June all 412 officers identified had completed them.",
                    "Noted. MOPAC will seek assurance that the MPS has drawn 'relevant personnel' widely enough.",
                ],
            ],
        ),
        ("p", "MOPAC will report on progress to the London Assembly Police and Crime Committee."),
        ("sign", ["Priya Ramaswamy", "Deputy Mayor for Policing and Crime"]),
        ("footer", "Mayor's Office for Policing And Crime, City Hall, Kamal Chunchie Way, London E16 1ZE"),
    ],
)

# 05 ------------------------------------------------------------------------------------------------------------
add(
    "sealed13-05",
    "table",
    "pdf",
    "Cheshire Constabulary",
    "Cheshire Police and Crime Commissioner",
    ("Deborah Fairclough", "Police and Crime Commissioner for Cheshire"),
    "2025-07-22",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "not_started", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Cheshire Police and Crime Commissioner", "Clemonds Hey, Oakmere Road, Winsford CW7 2UA"]),
        ("date", "22/07/2025"),
        ("address", HMICFRS),
        (
            "title",
            "Improving the response to organised immigration crime - response of the Cheshire Police and Crime Commissioner",
        ),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "Please accept my apologies for the lateness of this response. I have considered the report with the Chief Constable, who accepts the recommendations that fall to him, and I support his response to each of them. Cheshire Constabulary's update is summarised below using the RAG rating my office uses for all inspection recommendations.",
        ),
        (
            "table",
            [
                ["Ref", "Area", "RAG", "Update"],
                [
                    "Rec 2",
                    "NCCU intelligence document",
                    "Blue",
                    "Closed. Compliance was audited in June: all 31 referrals had a completed intelligence submission.",
                ],
                [
                    "Rec 4",
                    "OIC information plan",
                    "Amber/Green",
                    "On track for the December deadline. The North West ROCU (TITAN) is producing the analytical product and a draft sharing protocol is with partners.",
                ],
                [
                    "Rec 8",
                    "Hydra",
                    "Red",
                    "No progress. The Hydra suite is unavailable until the refurbishment of the training centre is finished, and there is no date for that yet.",
                ],
                [
                    "Rec 9",
                    "E-learning",
                    "Amber",
                    "A first cohort of 40 investigators has completed all four modules. The remaining relevant staff are to complete them by April 2026.",
                ],
            ],
        ),
        ("p", "I will receive a further update at my Scrutiny Board in October and will publish it on my website."),
        ("sign", ["Yours sincerely", "Deborah Fairclough", "Police and Crime Commissioner for Cheshire"]),
        ("footer", "Office of the Police and Crime Commissioner for Cheshire"),
    ],
    late=True,
)

# 06 ------------------------------------------------------------------------------------------------------------
add(
    "sealed13-06",
    "paraphrase_headings",
    "txt",
    "Dorset Police",
    "Dorset Police and Crime Commissioner",
    ("Timothy Haversham", "Police and Crime Commissioner for Dorset"),
    "2025-07-04",
    [
        item("2", "accept", "in_progress"),
        item("4", "accept", "implemented"),
        item("8", "support", "not_started"),
        item("9", "accept", "in_progress"),
    ],
    [
        ("letterhead", ["Dorset Police and Crime Commissioner", "Force Headquarters, Winfrith, Dorchester DT2 8DZ"]),
        ("date", "4th July 2025"),
        ("address", HMICFRS_PLAIN),
        ("title", "Improving the response to organised immigration crime: PCC response"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "I welcome this report. Dorset's long coastline and the port of Poole mean that organised immigration crime is a real issue here, and I have gone through each of the recommendations for chief constables with the Chief Constable. My response to each follows.",
        ),
        ("heading", "Making sure intelligence follows every call to Immigration Enforcement's command centre"),
        (
            "p",
            "I accept this recommendation. Dorset Police tells me that submitting an intelligence report after each referral is now a required step in its port policing procedure. It has yet to extend the same requirement to neighbourhood and response teams; that is due to happen in the autumn.",
        ),
        ("heading", "A clear plan for gathering, analysing and sharing information on immigration crime"),
        (
            "p",
            "I accept this recommendation too. The force's plan went live on 1 June 2025 and is now embedded in the daily management meeting, where new intelligence about organised immigration crime is reviewed and tasked.",
        ),
        ("heading", "Hydra training for the right people"),
        (
            "p",
            "I endorse this recommendation. The force intends to run a Hydra event with the Zephyr ROCU, but no date has been set and the work is on hold until the new Head of Crime takes up post.",
        ),
        ("heading", "Completing the national e-learning"),
        (
            "p",
            "I accept this recommendation. All four modules are mandatory for relevant personnel and, by the end of June, 212 of the 240 officers and staff identified had completed them.",
        ),
        (
            "p",
            "I will ask the Chief Constable for a written update in October and will share it with the Police and Crime Panel.",
        ),
        ("sign", ["Yours sincerely", "", "Timothy Haversham", "Police and Crime Commissioner for Dorset"]),
    ],
)

# 07 ------------------------------------------------------------------------------------------------------------
add(
    "sealed13-07",
    "paraphrase_headings",
    "pdf",
    "Northamptonshire Police",
    "Northamptonshire Police, Fire and Crime Commissioner",
    ("Harriet Blakemore", "Police, Fire and Crime Commissioner for Northamptonshire"),
    "2025-07-09",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "note", ["planned", "not_started"], cc="accept"),
        item("8", "support", "planned", cc="partially_agree"),
        item("9", "agree", "implemented", cc="accept"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Northamptonshire Police, Fire and Crime Commissioner",
                "Darby House, Darby Close, Wellingborough NN8 6GS",
            ],
        ),
        ("date", "9 July 2025"),
        ("address", HMICFRS),
        ("title", "Response to HMICFRS: Improving the response to organised immigration crime"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "For each recommendation to chief constables I set out below the position of Northamptonshire Police and then my own view as Police, Fire and Crime Commissioner. The two are not always identical.",
        ),
        ("heading", "Submitting intelligence after referrals to the NCCU"),
        (
            "p",
            "Force position: accepted. The Force Control Room has added the intelligence submission to its NCCU referral checklist. The change was introduced on 16 June 2025 and has applied to every referral since.",
        ),
        ("p", "Commissioner's view: I welcome this recommendation."),
        ("heading", "Plans to collect, analyse and share organised immigration crime information"),
        (
            "p",
            "Force position: accepted. Work on the plan has not yet begun; it will start in September, when the force's new Intelligence Collection Manager takes up post.",
        ),
        (
            "p",
            "Commissioner's view: I acknowledge the recommendation. I want to see a realistic timetable, and I will hold the Chief Constable to the December deadline.",
        ),
        ("heading", "Hydra training for relevant staff"),
        (
            "p",
            "Force position: accepted, with reservations about taking officers away from frontline duties. Hydra training for the Serious and Organised Crime Team is booked for 14 October 2025.",
        ),
        (
            "p",
            "Commissioner's view: I support the recommendation without reservation; the abstraction is a price worth paying.",
        ),
        ("heading", "The four e-learning modules"),
        (
            "p",
            "Force position: accepted. The modules were rolled out to all 96 officers and staff identified as relevant, and completion reached 100% at the end of June.",
        ),
        ("p", "Commissioner's view: I agree with the recommendation and I am pleased with the force's progress."),
        ("sign", ["Yours sincerely", "Harriet Blakemore", "Police, Fire and Crime Commissioner for Northamptonshire"]),
        ("footer", "Northamptonshire Police, Fire and Crime Commissioner"),
    ],
)

# 08 ------------------------------------------------------------------------------------------------------------
add(
    "sealed13-08",
    "labels_only",
    "docx",
    "Wiltshire Police",
    "Wiltshire Police and Crime Commissioner",
    ("Colin Ashdown", "Police and Crime Commissioner for Wiltshire and Swindon"),
    "2025-06-27",
    [
        item("2", "accept", "not_started"),
        item("4", "accept", "in_progress"),
        item("8", "support", "planned"),
        item("9", "accept", "implemented"),
    ],
    [
        ("letterhead", ["Police and Crime Commissioner for Wiltshire and Swindon", "London Road, Devizes SN10 2DN"]),
        ("date", "Friday 27 June 2025"),
        ("address", HMICFRS_PLAIN),
        ("title", "Improving the response to organised immigration crime"),
        ("salutation", "Dear HM Chief Inspector,"),
        (
            "p",
            "Thank you for the report. I have considered it with the Chief Constable, and my response to the recommendations that apply to Wiltshire Police is below.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "Accepted. The force has reviewed its process for referrals to the NCCU. Referral logs are not yet linked to intelligence submissions: the change request to the records management system is awaiting funding, and no date has been set for the work.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "Accepted. Wiltshire Police has drafted its collection plan for organised immigration crime and is consulting the Zephyr ROCU and Avon and Somerset Police on how intelligence will be shared.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "Supported. Funding has been approved for the force to deliver Hydra to its detective inspectors in the first quarter of 2026.",
        ),
        ("heading", "Recommendation 9"),
        (
            "p",
            "Accepted. All current members of the Serious Organised Crime Unit have completed the four modules, and the e-learning now forms part of the induction for anyone who joins the unit.",
        ),
        ("sign", ["Yours sincerely,", "Colin Ashdown", "Police and Crime Commissioner for Wiltshire and Swindon"]),
        ("footer", "OPCC Wiltshire and Swindon"),
    ],
)

# 09 ------------------------------------------------------------------------------------------------------------
add(
    "sealed13-09",
    "labels_only",
    "html",
    "Gwent Police",
    "Gwent Police and Crime Commissioner",
    ("Eleri Prydderch", "Police and Crime Commissioner for Gwent"),
    "2025-07-01",
    [
        item("2", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("4", "support", "implemented"),
        item("8", "agree", "not_started"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Gwent"]),
        ("date", "1 July 2025"),
        ("title", "PCC response: Improving the response to organised immigration crime"),
        (
            "p",
            "HMICFRS published Improving the response to organised immigration crime on 16 May 2025. Under section 55 of the Police Act 1996 I am required to comment on the report. My comments on the recommendations follow.",
        ),
        (
            "dl",
            [
                (
                    "Recommendation 2",
                    "The Chief Constable accepts this recommendation. Gwent Police is developing a mandatory intelligence template for NCCU referrals, and a pilot in the Newport local policing area began on 2 June.",
                ),
                (
                    "Recommendation 4",
                    "I support this recommendation. Gwent Police already has a plan for collecting, analysing and sharing intelligence on organised immigration crime, agreed with Dyfed-Powys Police and South Wales Police through TARIAN, the Southern Wales regional organised crime unit. I am satisfied that it meets what is asked.",
                ),
                (
                    "Recommendation 8",
                    "Agreed. The force has not yet scheduled any Hydra training and has no date for it.",
                ),
            ],
        ),
        ("p", "I will keep these matters under review through my Strategy and Performance Board."),
        ("sign", ["Eleri Prydderch", "Police and Crime Commissioner for Gwent"]),
        ("footer", "Office of the Police and Crime Commissioner for Gwent"),
    ],
    unanswered=["9"],
)

# 10 ------------------------------------------------------------------------------------------------------------
add(
    "sealed13-10",
    "flattened",
    "txt",
    "Suffolk Constabulary",
    "Suffolk Police and Crime Commissioner",
    ("Nigel Brackenbury", "Police and Crime Commissioner for Suffolk"),
    "2025-07-07",
    [
        item("2", "accept", "implemented", cc="accept"),
        item("4", "accept", "in_progress", cc="accept"),
        item("8", "accept", "not_started", cc="accept"),
        item("9", "accept", "planned", cc="accept"),
    ],
    [
        (
            "letterhead",
            ["Suffolk Police and Crime Commissioner", "Police Headquarters, Martlesham Heath, Ipswich IP5 3QS"],
        ),
        ("date", "7 July 2025"),
        ("address", HMICFRS),
        ("title", "Re: Improving the response to organised immigration crime"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "Thank you for your report, Improving the response to organised immigration crime, which I have read with interest and discussed with the Chief Constable. I welcome the report, and I accept the four recommendations that it makes to chief constables, numbers 2, 4, 8 and 9, as does the Chief Constable.",
        ),
        (
            "p",
            "On recommendation 2, the Constabulary changed its referral process in May so that an intelligence report is compulsory after any referral to the NCCU, and compliance is now audited each month by the Joint Intelligence Bureau. Recommendation 4 is further behind: an organised immigration crime information plan exists in outline but has yet to be agreed with Norfolk Constabulary, with which Suffolk shares its intelligence function, and I expect it to be signed off in November.",
        ),
        (
            "p",
            "Training is where the Constabulary has most to do. Hydra training under recommendation 8 has not begun and remains on hold while the MS&OIC Unit revises the package, whereas the four e-learning modules under recommendation 9 will be launched to all detectives on 1 September. I have asked for completion figures to be reported to my Accountability and Performance Panel each quarter.",
        ),
        ("sign", ["Yours sincerely", "", "Nigel Brackenbury", "Police and Crime Commissioner for Suffolk"]),
    ],
)

# 11 ------------------------------------------------------------------------------------------------------------
add(
    "sealed13-11",
    "flattened",
    "pdf",
    "Cumbria Constabulary",
    "Cumbria Police, Fire and Crime Commissioner",
    ("Joanna Threlkeld", "Police, Fire and Crime Commissioner for Cumbria"),
    "2025-06-30",
    [
        item("2", "agree", "implemented", cc="accept"),
        item("8", "agree", "in_progress", cc="accept"),
        item("9", "agree", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Cumbria Police, Fire and Crime Commissioner", "Carleton Hall, Penrith CA10 2AU"]),
        ("date", "30 June 2025"),
        ("address", HMICFRS),
        ("title", "Improving the response to organised immigration crime"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "I am grateful for the opportunity to respond to Improving the response to organised immigration crime. Cumbria is not a border county in the usual sense, but the M6 and the West Coast Main Line carry people who have been smuggled into the country, and the Constabulary works closely with Lancashire Constabulary and the North West ROCU on this threat.",
        ),
        (
            "p",
            "The Chief Constable has accepted recommendations 2, 8 and 9, and I agree with her. Cumbria officers have submitted the intelligence document after every NCCU referral as a matter of course since the Constabulary's 2023 review of its custody procedures, so the Constabulary regards recommendation 2 as already met. Recommendation 8 is in hand: a first cohort of twelve officers completed the Hydra package at the North West ROCU in June, and a second cohort is planned for the autumn. Completion of the four e-learning modules stands at 38 per cent of those identified and is being pursued through line managers.",
        ),
        (
            "p",
            "I will continue to scrutinise the Constabulary's progress through my Public Accountability Conference and will publish the outcome.",
        ),
        ("sign", ["Yours sincerely", "Joanna Threlkeld", "Police, Fire and Crime Commissioner for Cumbria"]),
        ("footer", "Cumbria Office of the Police, Fire and Crime Commissioner"),
    ],
    unanswered=["4"],
)

# 12 ------------------------------------------------------------------------------------------------------------
add(
    "sealed13-12",
    "flattened",
    "html",
    "Leicestershire Police",
    "Leicestershire Police and Crime Commissioner",
    ("Amrit Dhillon", "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"),
    None,
    [
        item("2", "support", "not_started"),
        item("4", "note", "implemented"),
        item("8", "note", "planned"),
        item("9", "note", "in_progress"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland"]),
        ("title", "Improving the response to organised immigration crime: the Commissioner's response"),
        (
            "p",
            "I note the recommendations that HMICFRS makes to chief constables in Improving the response to organised immigration crime, and I have asked the Chief Constable for assurance on each of them. I fully support recommendation 2 in particular: intelligence that is not recorded is intelligence lost. Leicestershire Police has told me, however, that it has not yet started work on it, because it has yet to decide how it will monitor submissions after NCCU referrals.",
        ),
        (
            "p",
            "On recommendation 4, the force regards the recommendation as already met, because organised immigration crime is covered by its serious and organised crime control strategy, which was refreshed in April 2025 and sets out how such information is collected, analysed and shared; I am content with that explanation. The Hydra package (recommendation 8) and the e-learning (recommendation 9) are both being taken forward with the East Midlands Special Operations Unit. Hydra places have been booked for January 2026, and 54 per cent of relevant officers have so far completed the e-learning.",
        ),
        ("p", "I will return to these recommendations at my Strategic Assurance Board."),
        ("sign", ["Amrit Dhillon", "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"]),
        ("footer", "OPCC Leicester, Leicestershire and Rutland"),
    ],
)

# 13 ------------------------------------------------------------------------------------------------------------
add(
    "sealed13-13",
    "two_in_one_paragraph",
    "txt",
    "Norfolk Constabulary",
    "Norfolk Police and Crime Commissioner",
    ("Sarah Kettleborough", "Police and Crime Commissioner for Norfolk"),
    "2025-07-08",
    [
        item("4", "accept", "in_progress"),
        item("8", "support", "implemented"),
        item("9", "support", "in_progress"),
    ],
    [
        ("letterhead", ["Norfolk Police and Crime Commissioner", "Jubilee House, Falconers Chase, Wymondham NR18 0WW"]),
        ("date", "8 July 2025"),
        ("address", HMICFRS),
        ("title", "Response to HMICFRS report: Improving the response to organised immigration crime"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "I have considered the report with the Chief Constable of Norfolk Constabulary and set out my response below.",
        ),
        ("heading", "Recommendation 4: information plans"),
        (
            "p",
            "I accept recommendation 4. A joint Norfolk and Suffolk collection plan for organised immigration crime has been written in draft and will go to the joint Chief Officer Board in September for approval.",
        ),
        ("heading", "Recommendations 8 and 9: Hydra and the e-learning"),
        (
            "p",
            "I support both of the training recommendations. Since April the Constabulary has put all 45 officers it identified as relevant through the Hydra package, and the same group is now working through the four e-learning modules, 30 of the 45 having finished them so far.",
        ),
        ("p", "My office will follow up on both areas at the next meeting of my Police Accountability Forum."),
        ("sign", ["Yours sincerely", "", "Sarah Kettleborough", "Police and Crime Commissioner for Norfolk"]),
    ],
    unanswered=["2"],
)

# 14 ------------------------------------------------------------------------------------------------------------
add(
    "sealed13-14",
    "two_in_one_paragraph",
    "docx",
    "Derbyshire Constabulary",
    "Derbyshire Police and Crime Commissioner",
    ("Philip Moorcroft", "Police and Crime Commissioner for Derbyshire"),
    "2025-08-01",
    [
        item("2", "agree", "implemented"),
        item("4", "agree", "in_progress"),
        item("8", "accept", "not_started"),
        item("9", "accept", "planned"),
    ],
    [
        ("letterhead", ["Derbyshire Police and Crime Commissioner", "Butterley Hall, Ripley DE5 3RS"]),
        ("date", "1st August 2025"),
        ("address", HMICFRS_PLAIN),
        (
            "title",
            "Improving the response to organised immigration crime – response from the Police and Crime Commissioner for Derbyshire",
        ),
        ("salutation", "Dear HM Chief Inspector,"),
        ("p", "I am sorry that this response comes later than the 56 days the legislation allows."),
        ("heading", "Intelligence: recommendations 2 and 4"),
        (
            "p",
            "I agree with both recommendations, which go to the heart of how the police understand this threat. The Chief Constable reports that officers now complete the intelligence document after every referral to the NCCU – a July audit found 100 per cent compliance – while the plan to collect, analyse and share information is still being written and will be finished by November, in time for the December deadline.",
        ),
        ("heading", "Hydra: recommendation 8"),
        (
            "p",
            "I accept this recommendation. Hydra training has yet to begin in Derbyshire; the force is awaiting course dates from the MS&OIC Unit.",
        ),
        ("heading", "E-learning: recommendation 9"),
        (
            "p",
            "I accept this recommendation as well. The four modules will be assigned to every detective officer in September, and I will receive the completion figures in the new year.",
        ),
        ("sign", ["Yours sincerely,", "Philip Moorcroft", "Police and Crime Commissioner for Derbyshire"]),
        ("footer", "Office of the Police and Crime Commissioner for Derbyshire"),
    ],
    late=True,
)

# 15 ------------------------------------------------------------------------------------------------------------
add(
    "sealed13-15",
    "two_in_one_paragraph",
    "pdf",
    "Greater Manchester Police",
    "Mayor of Greater Manchester (Greater Manchester Combined Authority)",
    ("Kathleen Ormerod", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"),
    "2025-07-10",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "agree", "implemented", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "support", "not_started", cc="accept"),
    ],
    [
        (
            "letterhead",
            [
                "Greater Manchester Combined Authority",
                "Office of the Deputy Mayor for Policing, Crime, Criminal Justice and Fire",
                "Tootal Buildings, 56 Oxford Street, Manchester M1 6EU",
            ],
        ),
        ("date", "10 July 2025"),
        ("address", HMICFRS),
        ("title", "Improving the response to organised immigration crime: Greater Manchester response"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "I write on behalf of the Mayor of Greater Manchester in response to the report. I have discussed it with the Chief Constable of Greater Manchester Police (GMP), and I set out GMP's position and mine on each recommendation for chief constables.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "GMP has accepted this recommendation and I support it. The Force Intelligence Bureau now checks every NCCU referral each day for an intelligence submission; between April and June compliance rose from 64 per cent to 88 per cent.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "GMP accepts this recommendation and I agree with it. The force's collection plan is complete and embedded in its tasking cycle, and it is shared with Cheshire, Merseyside, Lancashire and Cumbria through the North West ROCU.",
        ),
        ("heading", "Recommendations 8 and 9"),
        (
            "p",
            "GMP accepts both training recommendations and I welcome them. The Hydra package will be delivered to the Serious Organised Crime Group in November, with the dates already confirmed. The e-learning has not been started, because GMP is waiting for the College of Policing to update module 3.",
        ),
        (
            "sign",
            ["Yours sincerely", "Kathleen Ormerod", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"],
        ),
        ("footer", "Greater Manchester Combined Authority"),
    ],
)

# 16 ------------------------------------------------------------------------------------------------------------
add(
    "sealed13-16",
    "blanket",
    "txt",
    "Durham Constabulary",
    "Durham Police and Crime Commissioner",
    ("Graham Wetherell", "Police and Crime Commissioner for County Durham and Darlington"),
    "2025-07-05",
    [
        item("2", "accept", "in_progress", cc="accept"),
        item("4", "accept", "not_stated", cc="accept"),
        item("8", "accept", "not_stated", cc="accept"),
        item("9", "accept", "not_stated", cc="accept"),
    ],
    [
        ("letterhead", ["Durham Police and Crime Commissioner", "Aykley Heads, Durham DH1 5TT"]),
        ("date", "5 July 2025"),
        ("address", HMICFRS),
        ("title", "Improving the response to organised immigration crime"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "Thank you for your report. I am pleased to confirm that I accept all of the recommendations in it that are directed to chief constables, and the Chief Constable has confirmed to me that Durham Constabulary accepts them too.",
        ),
        (
            "p",
            "Work is already under way. A mandatory intelligence submission step for referrals to the NCCU is being tested in the Darlington command before it is extended force-wide. The Constabulary will report its progress on the other recommendations to my Scrutiny Board in October, and I will publish that update.",
        ),
        (
            "sign",
            [
                "Yours sincerely",
                "",
                "Graham Wetherell",
                "Police and Crime Commissioner for County Durham and Darlington",
            ],
        ),
    ],
)

# 17 ------------------------------------------------------------------------------------------------------------
add(
    "sealed13-17",
    "blanket",
    "html",
    "Hertfordshire Constabulary",
    "Hertfordshire Police and Crime Commissioner",
    ("Lionel Abernethy", "Hertfordshire Police and Crime Commissioner"),
    "2025-06-18",
    [
        item("2", "support", "implemented"),
        item("4", "support", "in_progress"),
        item("8", "support", "not_started"),
        item("9", "partially_agree", "planned"),
    ],
    [
        ("letterhead", ["Hertfordshire Police and Crime Commissioner"]),
        ("p", "Published 18 June 2025"),
        ("title", "PCC statement: Improving the response to organised immigration crime"),
        (
            "p",
            "Hertfordshire's Police and Crime Commissioner, Lionel Abernethy, has responded to the HMICFRS report Improving the response to organised immigration crime. The Commissioner supports the recommendations made to chief constables, with the one reservation noted below, and Hertfordshire Constabulary's progress on each is set out here.",
        ),
        (
            "accordion",
            [
                (
                    "NCCU referrals and the intelligence document",
                    "Hertfordshire Constabulary already requires officers to submit an intelligence report whenever they refer a case to the NCCU. This has been standard practice since 2022 and is checked through the daily management meeting.",
                ),
                (
                    "Collecting, analysing and sharing information",
                    "A plan is being developed jointly with Bedfordshire Police and Cambridgeshire Constabulary through the Eastern Region Special Operations Unit (ERSOU). The first draft is with the three forces for comment.",
                ),
                ("Hydra training", "The Constabulary has not yet scheduled any Hydra training."),
                (
                    "The four e-learning modules",
                    "The Commissioner has reservations about the time the four modules will take frontline officers away from their duties, and supports this recommendation in principle only. The Constabulary will mandate modules 1 and 2 from September, with modules 3 and 4 to follow.",
                ),
            ],
        ),
        (
            "p",
            "The Commissioner will consider progress at his quarterly Accountability Meeting with the Chief Constable.",
        ),
        ("sign", ["Lionel Abernethy", "Hertfordshire Police and Crime Commissioner"]),
        ("footer", "Office of the Police and Crime Commissioner for Hertfordshire"),
    ],
)

# 18 ------------------------------------------------------------------------------------------------------------
add(
    "sealed13-18",
    "blanket",
    "pdf",
    "Surrey Police",
    "Surrey Police and Crime Commissioner",
    ("Miranda Castellane", "Police and Crime Commissioner for Surrey"),
    "2025-06-25",
    [
        item("2", "accept", "not_stated", by="chief_constable", cc="accept"),
        item("4", "accept", "not_stated", by="chief_constable", cc="accept"),
        item("8", "accept", "not_stated", by="chief_constable", cc="accept"),
        item("9", "accept", "implemented", by="chief_constable", cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Surrey", "PO Box 412, Guildford GU3 1YJ"]),
        ("date", "25 June 2025"),
        ("address", HMICFRS),
        ("title", "Improving the response to organised immigration crime"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "Thank you for sending me your report. I welcome its focus on the intelligence that local forces hold about the networks that exploit people crossing the Channel.",
        ),
        (
            "p",
            "The Chief Constable has told me that Surrey Police accepts each of the recommendations made to chief constables. The force has already confirmed that all officers in its Serious and Organised Crime Unit completed the four e-learning modules in May. Its response to the remaining recommendations is being prepared and will be reported to my Performance and Accountability Meeting in September, after which I will publish it.",
        ),
        ("sign", ["Yours sincerely", "Miranda Castellane", "Police and Crime Commissioner for Surrey"]),
        ("footer", "Office of the Police and Crime Commissioner for Surrey"),
    ],
)

# 19 ------------------------------------------------------------------------------------------------------------
add(
    "sealed13-19",
    "mixed_stances",
    "docx",
    "Devon and Cornwall Police",
    "Devon and Cornwall Police and Crime Commissioner",
    ("Morwenna Trelawney", "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
    "2025-07-06",
    [
        item("2", "agree", "implemented", cc="accept"),
        item("4", "accept", "in_progress", cc="accept"),
        item("8", "partially_agree", "planned", cc="accept"),
        item("9", "disagree", "not_started", cc="disagree"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly",
                "Alderson Drive, Exeter EX2 7RP",
            ],
        ),
        ("date", "6 July 2025"),
        ("address", HMICFRS_PLAIN),
        ("title", "Improving the response to organised immigration crime"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "I have considered this report with the Chief Constable. He accepts recommendations 2, 4 and 8. He does not accept recommendation 9, for the reasons given below. My own position is not in every case the same as his, so I set it out separately for each recommendation.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "I agree with this recommendation. The requirement to submit the intelligence document after a referral to the NCCU is now fully delivered across both counties and the Isles of Scilly.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "I accept this recommendation. The force's collection plan has been rolled out in Cornwall, and Devon will follow in October.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "I support the aim of this recommendation in principle, but I have reservations about whether Hydra should take priority over the force's own immersive training on exploitation. Subject to funding, the force plans to run Hydra for its Major Crime Investigation Team in spring 2026.",
        ),
        ("heading", "Recommendation 9"),
        (
            "p",
            "The Chief Constable does not accept this recommendation: he considers that the four modules duplicate the force's own border crime training. I share that view and do not accept the recommendation either. The force has no plans to roll out the four modules.",
        ),
        (
            "sign",
            [
                "Yours sincerely",
                "Morwenna Trelawney",
                "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly",
            ],
        ),
        ("footer", "OPCC Devon, Cornwall and the Isles of Scilly"),
    ],
)

# 20 ------------------------------------------------------------------------------------------------------------
add(
    "sealed13-20",
    "mixed_stances",
    "txt",
    "Staffordshire Police",
    "Staffordshire Police, Fire and Crime Commissioner",
    ("Bernard Hollinshead", "Staffordshire Police, Fire and Crime Commissioner"),
    None,
    [
        item("2", "accept", "implemented", cc="accept"),
        item("4", "agree", ["implemented", "not_started"], cc="disagree"),
        item("8", "note", "not_started", cc="accept"),
        item("9", "accept", "in_progress", cc="accept"),
    ],
    [
        (
            "letterhead",
            [
                "Staffordshire Commissioner's Office",
                "Police, Fire and Rescue, and Crime",
                "Block 9, Weston Road, Stafford ST18 0YY",
            ],
        ),
        ("address", HMICFRS),
        ("title", "Improving the response to organised immigration crime – Staffordshire Commissioner response"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "Thank you for your report. I have discussed it with the Chief Constable. Staffordshire Police's position and mine are the same on two of the four recommendations for chief constables and different on the other two, and I have set out both below.",
        ),
        ("heading", "Recommendation 2 (intelligence after NCCU referrals)"),
        (
            "p",
            "Staffordshire Police accepts this recommendation, and so do I. Since May, the force's Intelligence Hub has checked every NCCU referral for an accompanying intelligence submission and chased any that are missing.",
        ),
        ("heading", "Recommendation 4 (information plans)"),
        (
            "p",
            "Here the force and I differ. The force considers that its existing intelligence arrangements already meet the recommendation and does not accept that further work is needed. I do not share that view: I agree with the inspectorate that a specific plan for organised immigration crime is required, and I have asked the Chief Constable to produce one.",
        ),
        ("heading", "Recommendation 8 (Hydra)"),
        (
            "p",
            "The force accepts the Hydra recommendation. For my part I note it: I want to see the cost of abstracting officers before I commit my support. Training dates have not yet been agreed, as the force is still waiting on the MS&OIC Unit.",
        ),
        ("heading", "Recommendation 9 (e-learning)"),
        (
            "p",
            "Both the force and I accept this recommendation. Completion of the four modules by relevant officers currently stands at 71 per cent.",
        ),
        ("sign", ["Yours sincerely", "", "Bernard Hollinshead", "Staffordshire Police, Fire and Crime Commissioner"]),
    ],
)

# 21 ------------------------------------------------------------------------------------------------------------
add(
    "sealed13-21",
    "mixed_stances",
    "html",
    "Nottinghamshire Police",
    "Nottinghamshire Police and Crime Commissioner",
    ("Sunita Okafor", "Police and Crime Commissioner for Nottinghamshire"),
    "2025-07-02",
    [
        item("2", "accept", "planned"),
        item("4", "support", "implemented"),
        item("8", "disagree", "not_started", cc="disagree"),
        item("9", "partially_agree", "in_progress"),
    ],
    [
        ("letterhead", ["Nottinghamshire Police and Crime Commissioner"]),
        ("p", "Published 2 July 2025"),
        ("title", "Commissioner responds to Improving the response to organised immigration crime"),
        (
            "p",
            "Nottinghamshire's Police and Crime Commissioner, Sunita Okafor, has published her response to the HMICFRS report. The Commissioner's comments on each recommendation for chief constables are below.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "I accept this recommendation. The force will introduce an automated reminder to submit the intelligence document when its new records management system goes live in November 2025.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "I am fully supportive of this recommendation. Nottinghamshire Police's information plan for organised immigration crime went live in May and is shared with the East Midlands Special Operations Unit.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "The Chief Constable does not accept this recommendation. He considers that the Hydra package adds little to the force's existing major incident training, and he has told me that no Hydra training has been arranged. I have looked carefully at his reasons and I support his position.",
        ),
        ("heading", "Recommendation 9"),
        (
            "p",
            "I agree with this recommendation in part. Modules 1 and 2 are clearly valuable, but I am less persuaded that every officer needs modules 3 and 4. The force has made modules 1 and 2 mandatory for its Serious and Organised Crime Unit, and all 58 officers in the unit have completed them.",
        ),
        ("sign", ["Sunita Okafor", "Police and Crime Commissioner for Nottinghamshire"]),
        ("footer", "Nottinghamshire Office of the Police and Crime Commissioner"),
    ],
)

# 22 ------------------------------------------------------------------------------------------------------------
add(
    "sealed13-22",
    "cc_annex",
    "pdf",
    "Avon and Somerset Police",
    "Avon and Somerset Police and Crime Commissioner",
    ("Clifford Pennington", "Police and Crime Commissioner for Avon and Somerset"),
    "2025-08-12",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "planned", cc="partially_agree"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        (
            "letterhead",
            ["Avon and Somerset Police and Crime Commissioner", "Valley Road, Portishead, Bristol BS20 8QJ"],
        ),
        ("date", "12 August 2025"),
        ("address", HMICFRS),
        ("title", "Improving the response to organised immigration crime"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "I apologise for the delay in sending my response to your report. I have considered the Chief Constable's response, which is annexed to this letter, and discussed it with her at my Police and Crime Board. I support the four recommendations made to chief constables, and I am satisfied with the Chief Constable's response to them.",
        ),
        ("p", "I will continue to monitor progress through the Board."),
        ("sign", ["Yours sincerely", "Clifford Pennington", "Police and Crime Commissioner for Avon and Somerset"]),
        ("heading", "Annex A: Response of the Chief Constable of Avon and Somerset Police"),
        ("p", "The Chief Constable, Ruth Ambler, responds to the recommendations as follows."),
        (
            "p",
            "Recommendation 2 - Accepted. Position: delivered. Since June every referral to the NCCU has been followed by an intelligence submission, and the Force Intelligence Bureau reviews compliance weekly.",
        ),
        (
            "p",
            "Recommendation 4 - Accepted. Position: second draft. The plan is being tested with the Zephyr ROCU and with Gloucestershire, Wiltshire, Devon and Cornwall and Dorset.",
        ),
        (
            "p",
            "Recommendation 8 - Accepted in principle, given the pressure on training capacity. Position: a Hydra exercise has been booked with the Zephyr ROCU for 3 December 2025.",
        ),
        (
            "p",
            "Recommendation 9 - Accepted. Position: 1,128 of the 1,540 relevant officers (73 per cent) have completed all four modules.",
        ),
        ("footer", "Avon and Somerset Office of the Police and Crime Commissioner"),
    ],
    late=True,
)

# 23 ------------------------------------------------------------------------------------------------------------
add(
    "sealed13-23",
    "cc_annex",
    "docx",
    "North Wales Police",
    "North Wales Police and Crime Commissioner",
    ("Dafydd Gruffudd", "Police and Crime Commissioner for North Wales"),
    "2025-07-09",
    [
        item("2", "note", "not_started", cc="agree"),
        item("4", "note", "implemented", cc="agree"),
        item("8", "note", "in_progress", cc="agree"),
        item("9", "partially_agree", "planned", cc="partially_agree"),
    ],
    [
        ("letterhead", ["Police and Crime Commissioner North Wales", "Glan y Don, Colwyn Bay LL29 8AW"]),
        ("date", "09.07.2025"),
        ("address", HMICFRS_PLAIN),
        ("title", "Improving the response to organised immigration crime"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "I acknowledge the four recommendations that the report makes to chief constables. The Chief Constable's response to each is appended to this letter. The Chief Constable agrees with recommendation 9 only in principle, and I share his reservations about it: the four modules are long, and the College of Policing has yet to confirm when the revised content will be released.",
        ),
        (
            "p",
            "North Wales Police works with the North West ROCU (TITAN) and with the other Welsh forces on this threat, and I will continue to ask for assurance about that work at my Strategic Executive Board.",
        ),
        ("sign", ["Yn gywir / Yours sincerely", "Dafydd Gruffudd", "Police and Crime Commissioner for North Wales"]),
        ("heading", "Appendix: the Chief Constable's response"),
        (
            "dl",
            [
                (
                    "Recommendation 2",
                    "Agreed. Linking referrals to intelligence submissions needs a change to the force's records system, which is waiting on a national upgrade for which no date has been given; work has therefore not started.",
                ),
                (
                    "Recommendation 4",
                    "Agreed. The force's existing intelligence plan for organised immigration crime, which is shared with TITAN, meets the recommendation.",
                ),
                ("Recommendation 8", "Agreed. Three of the five Hydra sessions planned for this year have been held."),
                (
                    "Recommendation 9",
                    "Agreed in principle. The modules will be assigned to relevant officers once the College of Policing releases the revised content.",
                ),
            ],
        ),
        (
            "footer",
            "Swyddfa Comisiynydd Heddlu a Throseddu Gogledd Cymru / Office of the Police and Crime Commissioner North Wales",
        ),
    ],
)

# 24 ------------------------------------------------------------------------------------------------------------
add(
    "sealed13-24",
    "regional_afi",
    "txt",
    "Humberside Police",
    "Humberside Police and Crime Commissioner",
    ("Keith Draycott", "Police and Crime Commissioner for Humberside"),
    "2025-06",
    [
        item("1", "accept", "implemented", cc="accept"),
        item("2", "support", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Humberside Police and Crime Commissioner", "The Lawns, Harland Way, Cottingham HU16 5SN"]),
        ("date", "June 2025"),
        ("address", HMICFRS),
        (
            "title",
            "An inspection of the Yorkshire and Humber regional response to serious and organised crime – response of the Humberside Police and Crime Commissioner",
        ),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "I welcome this joint inspection of the Yorkshire and Humber Regional Organised Crime Unit (ROCU) and the four forces it serves: Humberside, North Yorkshire, South Yorkshire and West Yorkshire. The Chief Constable of Humberside Police has accepted both areas for improvement, and I set out my own response below.",
        ),
        ("heading", "Working together"),
        (
            "p",
            "I accept this area for improvement. Humberside Police and the ROCU have held a joint tasking meeting every month since March, and the force's 4P plans are now shared with the ROCU as a matter of routine.",
        ),
        ("heading", "Technical surveillance equipment"),
        (
            "p",
            "I support this area for improvement. The ROCU is drafting a regional procurement framework for technical surveillance equipment with the four forces, and Humberside's own audit of its equipment is under way.",
        ),
        ("p", "I will ask the Chief Constable for an update at my Accountability Board later in the year."),
        ("sign", ["Yours sincerely", "", "Keith Draycott", "Police and Crime Commissioner for Humberside"]),
    ],
    report=SOC,
)


def main() -> None:
    about = (
        "sealed13: a kept (held-out) set of 24 hand-written response letters (23 to oic-2025, one regional letter to "
        "soc-yh-2025), written without reference to the reader's code or any other set. Varied claimed-status wording, "
        "and letters where the commissioner's and the force's stances differ or are given apart. Truth labelled by hand "
        "under the phrasebook 3, 4 and 5 conventions."
    )
    corpus.write_set(HERE, about, ((blocks, truth) for truth, blocks in LETTERS))


if __name__ == "__main__":
    main()
