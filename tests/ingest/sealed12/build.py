# ruff: noqa: E501  (letter text is data: long sentences are kept whole)
"""Build the sealed12 set: ``letters/`` and ``truth.json``, reproducibly.

    .venv/bin/python tests/ingest/sealed12/build.py

A held-out set of 30 hand-written response letters, kept from tuning and used only to measure the reader on wording
and layouts it has never seen. Written by hand for this set, in the voices of commissioners' offices of different
habits: tables with status columns, headings that paraphrase the findings, bare recommendation labels, letters
flattened into one block, two findings answered in one paragraph, blanket stances, mixed stances, a chief
constable's annex behind a covering letter, and two regional letters on the Yorkshire and Humber areas for
improvement.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
sys.path.insert(0, str(CORPUS))

import build as corpus  # noqa: E402

SPLIT = "sealed12"
OIC = "oic-2025"
SOC = "soc-yh-2025"
OIC_TITLE = "Improving the response to organised immigration crime"
SOC_TITLE = "An inspection of the Yorkshire and Humber regional response to serious and organised crime"

Blocks = list[tuple[str, Any]]
LETTERS: list[tuple[dict[str, Any], Blocks]] = []
add = corpus.letter_adder(LETTERS, split=SPLIT)
item = corpus.item

HMCIC = ["HM Chief Inspector of Constabulary", "HMICFRS", "Clive House, 70 Petty France", "London SW1H 9EX"]

# ------------------------------------------------------------------------------------------------
# table (5: 2 docx, 2 html, 1 pdf)

add(
    "sealed12-01",
    "table",
    "docx",
    "Kent Police",
    "Kent Police and Crime Commissioner",
    ("Helen Marchbank", "Kent Police and Crime Commissioner"),
    "2025-07-03",
    [
        item("2", "accept", "implemented", cc="accept"),
        item("4", "accept", "in_progress", cc="accept"),
        item("8", "accept", "planned", cc="accept"),
        item("9", "accept", "in_progress", cc="accept"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Kent Police and Crime Commissioner",
                "Hadlow Court, 12 Tonbridge Road, Maidstone ME16 8RP",
                "contact@kentpcc-office.example",
            ],
        ),
        ("date", "3 July 2025"),
        ("address", HMCIC),
        (
            "title",
            "Re: Improving the response to organised immigration crime – response under section 55 of the Police Act 1996",
        ),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "Thank you for sending me your report, Improving the response to organised immigration crime, published on 16 May 2025. Few counties see organised immigration crime as directly as Kent does. Small boat arrivals on our coast and the freight moving through Dover and the Channel Tunnel mean Kent Police officers deal with its consequences week in, week out, and I was glad to see the inspectorate look so closely at how forces respond.",
        ),
        (
            "p",
            "Four of the report's ten recommendations are for chief constables. I accept all four. I discussed them with the Chief Constable at my Performance and Delivery Board on 24 June, and the table below sets out the force's response to each and how far it has got. I will keep progress under review through that Board until every action is closed.",
        ),
        (
            "table",
            [
                ["No.", "Recommendation (summary)", "Force response", "Progress at 1 July 2025"],
                [
                    "2",
                    "Every referral to Immigration Enforcement's National Command and Control Unit (NCCU) to be followed by the required intelligence document, by 30 April 2026.",
                    "Accepted.",
                    "Complete. Since 2 June the NCCU referral form used in custody and by the Roads Policing Unit cannot be closed until the officer records the intelligence report reference. The Force Intelligence Bureau checks the NCCU log against submissions every week.",
                ],
                [
                    "4",
                    "Clear plans to collect, analyse and share information on organised immigration crime, by 31 December 2025.",
                    "Accepted.",
                    "In progress. A draft OIC intelligence collection plan has been written and is with partners in the Kent and Medway Border Partnership for comment. A problem profile has been commissioned from the analysis team and is due in September.",
                ],
                [
                    "8",
                    "Relevant personnel to complete the Hydra training package, working with the MS&OIC Unit, by 30 April 2026.",
                    "Accepted.",
                    "Sessions for 40 investigators and intelligence officers are booked with the Modern Slavery and Organised Immigration Crime Unit for January and February 2026.",
                ],
                [
                    "9",
                    "Relevant personnel to complete the four modules of OIC e-learning, by 30 April 2026.",
                    "Accepted.",
                    "In progress. The modules have been assigned to 520 officers and staff. By the end of June, 61 per cent had completed all four.",
                ],
            ],
        ),
        (
            "p",
            "Kent Police is also working closely with the National Crime Agency and Border Force on the recommendations addressed to them, and I would be happy to share more detail with your team if that would help.",
        ),
        ("p", "A copy of this letter will be published on my website."),
        ("sign", ["Yours sincerely,", "Helen Marchbank", "Kent Police and Crime Commissioner"]),
        ("footer", "Kent Police and Crime Commissioner"),
    ],
)

add(
    "sealed12-02",
    "table",
    "docx",
    "Essex Police",
    "Essex Police, Fire and Crime Commissioner",
    ("Graham Tilbury", "Police, Fire and Crime Commissioner for Essex"),
    "2025-06-27",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "not_started", cc="accept"),
        item("9", "support", "in_progress", cc="partially_agree"),
    ],
    [
        (
            "letterhead",
            ["Police, Fire and Crime Commissioner for Essex", "Kelvedon Park, London Road, Rivenhall, Witham CM8 3HB"],
        ),
        ("date", "27 June 2025"),
        ("address", ["His Majesty's Chief Inspector of Constabulary", "HMICFRS"]),
        ("title", "HMICFRS inspection: Improving the response to organised immigration crime"),
        ("salutation", "Dear Chief Inspector"),
        (
            "p",
            "Thank you for your report, Improving the response to organised immigration crime, published on 16 May 2025. I am responding under section 55 of the Police Act 1996.",
        ),
        (
            "p",
            "Essex has two major ports, a long and remote coastline and the M25 and A12 corridors running through it. Organised immigration crime has featured in Essex Police's strategic assessment for several years, and the report is a useful test of whether the force's response has kept pace.",
        ),
        (
            "p",
            "The Chief Constable's position on each of the four recommendations addressed to chief constables is shown below, together with my comments and the status the force currently reports to my Performance and Resources Scrutiny Board.",
        ),
        (
            "table",
            [
                ["Recommendation", "Chief Constable's position", "PFCC comment", "Status (RAG)"],
                [
                    "Recommendation 2 – intelligence document to be submitted whenever a case is reported to the NCCU",
                    "Accepted",
                    "Supported. I will look for evidence of compliance in the force's quarterly audit.",
                    "Green – complete. An intelligence submission is now a mandatory step in the force's NCCU referral procedure and is checked by the Intelligence Hub.",
                ],
                [
                    "Recommendation 4 – clear plans to collect, analyse and share OIC information",
                    "Accepted",
                    "Supported.",
                    "Amber – ongoing. The force intelligence collection plan has been refreshed to include OIC, and the information-sharing agreement with Border Force at Harwich and Tilbury is being revised.",
                ],
                [
                    "Recommendation 8 – Hydra training package",
                    "Accepted",
                    "Supported. I have asked for this to be prioritised.",
                    "Red – not started. No sessions have taken place yet; the force is waiting for the MS&OIC Unit to offer dates in the eastern region.",
                ],
                [
                    "Recommendation 9 – four modules of OIC e-learning",
                    "Accepted in part. The force will require the modules of investigators, intelligence staff and custody officers, but does not regard every frontline officer as relevant personnel.",
                    "Supported. I share the Chief Constable's view of who is relevant.",
                    "Amber – 212 of the 340 staff identified have completed all four modules.",
                ],
            ],
        ),
        (
            "p",
            "Recommendations 1, 3, 5, 6, 7 and 10 are for the Home Office, the National Crime Agency and others. I will follow their progress with interest, particularly on data sharing with Immigration Enforcement, which the force tells me remains the biggest obstacle to a complete intelligence picture.",
        ),
        ("p", "I will publish this letter, with the table, on my website."),
        ("sign", ["Yours sincerely", "Graham Tilbury", "Police, Fire and Crime Commissioner for Essex"]),
    ],
)

add(
    "sealed12-03",
    "table",
    "html",
    "Lancashire Constabulary",
    "Lancashire Police and Crime Commissioner",
    ("Donna Rigby", "Police and Crime Commissioner for Lancashire"),
    "2025-07-09",
    [
        item("2", "agree", "in_progress"),
        item("4", "agree", "implemented"),
        item("8", "agree", "in_progress"),
        item("9", "agree", "planned"),
    ],
    [
        ("letterhead", ["Lancashire Police and Crime Commissioner", "County Hall, Fishergate, Preston PR1 8XJ"]),
        ("date", "9 July 2025"),
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS"]),
        ("salutation", "Dear Chief Inspector"),
        (
            "title",
            "Improving the response to organised immigration crime: response from the Police and Crime Commissioner for Lancashire",
        ),
        (
            "p",
            "I welcome this inspection. Organised immigration crime is not always visible in Lancashire, but the exploitation that so often follows it – in car washes, nail bars, takeaways and on farms – is something our communities and officers do see, and the report is a reminder of how often the two are linked.",
        ),
        (
            "p",
            "I agree with the four recommendations made to chief constables, and I have asked the Chief Constable to report to me on their delivery at my Strategic Scrutiny Meeting in the autumn. The table summarises what Lancashire Constabulary has done so far and what it still has to do.",
        ),
        (
            "table",
            [
                ["Recommendation", "What Lancashire Constabulary is doing", "Position"],
                [
                    "2. By 30 April 2026, make sure that every referral to the National Command and Control Unit is followed by the required intelligence document.",
                    "A briefing on the requirement has gone to all response and neighbourhood sergeants and is on the force intranet. The Intelligence Management Unit will audit a sample of referrals in October 2025.",
                    "Under way",
                ],
                [
                    "4. By 31 December 2025, have clear plans to collect, analyse and share information on organised immigration crime.",
                    "The Constabulary's OIC intelligence collection plan was approved by its Serious Organised Crime Board in May 2025. It sets out what is collected, who analyses it and how it is shared with the North West Regional Organised Crime Unit, Immigration Enforcement and local authorities. It is reviewed every quarter.",
                    "Complete",
                ],
                [
                    "8. By 30 April 2026, make sure relevant personnel complete the Hydra training package.",
                    "Two Hydra exercises have been run at the force training centre with the MS&OIC Unit. Four more are scheduled before March 2026 to cover the remaining detectives and intelligence staff.",
                    "Under way",
                ],
                [
                    "9. By 30 April 2026, make sure relevant personnel complete the four OIC e-learning modules.",
                    "The modules will be added to the mandatory training schedule for investigators, custody staff and intelligence officers from October 2025, once the force has finished mapping which roles are in scope.",
                    "Planned for October 2025",
                ],
            ],
        ),
        (
            "p",
            "I will publish this response, as the law requires, and will write again if there is anything material to add once the audit of NCCU referrals is complete.",
        ),
        ("sign", ["Yours sincerely", "Donna Rigby", "Police and Crime Commissioner for Lancashire"]),
    ],
)

add(
    "sealed12-04",
    "table",
    "html",
    "Cheshire Constabulary",
    "Cheshire Police and Crime Commissioner",
    ("Alun Brereton", "Police and Crime Commissioner for Cheshire"),
    "2025-07-21",
    [
        item("2", "accept", "implemented", by="chief_constable", cc="accept"),
        item("4", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("8", "accept", ["in_progress", "planned"], by="chief_constable", cc="accept"),
        item("9", "accept", "planned", by="chief_constable", cc="accept"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner for Cheshire",
                "Clemonds Hey, Oakmere Road, Winsford CW7 2UA",
            ],
        ),
        ("date", "21 July 2025"),
        ("address", ["His Majesty's Chief Inspector of Constabulary", "By email"]),
        ("title", "Response to the HMICFRS report Improving the response to organised immigration crime"),
        ("salutation", "Dear HM Chief Inspector,"),
        (
            "p",
            "Please accept my apologies for the delay in responding to this report. I held the response back so that it could reflect the force's performance figures for June.",
        ),
        (
            "p",
            "I have considered the Chief Constable's response to the four recommendations directed to chief constables, which is summarised in the table below, and I am content that it addresses what the report found. I will monitor delivery through my Scrutiny and Performance meeting, and Cheshire Constabulary will brief me on the e-learning once it starts in September.",
        ),
        (
            "table",
            [
                ["Recommendation", "Chief Constable's response", "Status"],
                [
                    "Recommendation 2 (NCCU referrals and intelligence)",
                    "The Chief Constable accepts this recommendation. A revised process went live on 16 June 2025: the officer making the NCCU call now submits an intelligence report before going off duty, and the Force Intelligence Bureau dip-samples referrals each month.",
                    "Implemented – compliance monitored monthly",
                ],
                [
                    "Recommendation 4 (collecting, analysing and sharing OIC information)",
                    "The Chief Constable accepts this recommendation. A draft information plan is being consulted on with the North West Regional Organised Crime Unit and Immigration Enforcement.",
                    "In progress – target completion November 2025",
                ],
                [
                    "Recommendation 8 (Hydra)",
                    "The Chief Constable accepts this recommendation. Officers in the Serious and Organised Crime Unit have completed the Hydra package. Public protection and intelligence staff will attend sessions arranged with the MS&OIC Unit by March 2026.",
                    "Partially complete",
                ],
                [
                    "Recommendation 9 (OIC e-learning)",
                    "The Chief Constable accepts this recommendation and will make the four modules mandatory for relevant roles from September 2025.",
                    "Planned",
                ],
            ],
        ),
        (
            "p",
            "Cheshire's motorway network and its closeness to the Port of Liverpool and the Holyhead routes mean that the force regularly meets people who have been smuggled into the country. I want officers to recognise the signs, and I want the intelligence they gather to reach those who can act on it.",
        ),
        ("sign", ["Yours sincerely,", "Alun Brereton", "Police and Crime Commissioner for Cheshire"]),
    ],
    late=True,
)

add(
    "sealed12-05",
    "table",
    "pdf",
    "Norfolk Constabulary",
    "Norfolk Police and Crime Commissioner",
    ("Gareth Pyke", "Police and Crime Commissioner for Norfolk"),
    "2025-06-30",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        (
            "letterhead",
            [
                "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR NORFOLK",
                "Jubilee House, Falconers Chase, Wymondham NR18 0WW",
            ],
        ),
        ("date", "30 June 2025"),
        ("address", ["HMICFRS", "By email only"]),
        ("salutation", "Dear HMCIC"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for the opportunity to respond to your report. Norfolk is not a main arrival point, but the county's agricultural and food processing sectors and its ports at Great Yarmouth and King's Lynn mean that organised immigration crime, and the labour exploitation that goes with it, are real concerns here.",
        ),
        (
            "p",
            "The Chief Constable has accepted each of the recommendations addressed to chief constables and I support his approach. The table below sets out the action Norfolk Constabulary has taken or plans to take, and who in the force leads on it.",
        ),
        (
            "table",
            [
                ["Rec", "Accepted?", "Action taken or planned", "Lead"],
                [
                    "2",
                    "Yes",
                    "Process in place since May 2025. The joint Norfolk and Suffolk custody guidance requires the arresting officer to submit an intelligence report whenever the NCCU is contacted.",
                    "Head of Intelligence",
                ],
                [
                    "4",
                    "Yes",
                    "OIC added to the force control strategy. An analytical product and a sharing plan with the Eastern Region Special Operations Unit are being drafted, due November 2025.",
                    "Head of Serious Crime",
                ],
                [
                    "8",
                    "Yes",
                    "Hydra sessions will be held in the second half of 2025-26, arranged with the MS&OIC Unit. The staff who will attend have been identified.",
                    "Learning and Development",
                ],
                [
                    "9",
                    "Yes",
                    "E-learning assigned to 310 staff in June 2025. Completion is tracked monthly.",
                    "Learning and Development",
                ],
            ],
        ),
        (
            "p",
            "My office will review progress against this table at my quarterly Police Accountability Forum, which is held in public.",
        ),
        ("sign", ["Yours sincerely", "Gareth Pyke", "Police and Crime Commissioner for Norfolk"]),
        ("footer", "Police and Crime Commissioner for Norfolk"),
    ],
)

# ------------------------------------------------------------------------------------------------
# paraphrase_headings (3)

add(
    "sealed12-06",
    "paraphrase_headings",
    "txt",
    "Leicestershire Police",
    "Leicestershire Police and Crime Commissioner",
    ("Ravinder Sohal", "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"),
    "2025-07-07",
    [
        item("2", "accept", "in_progress"),
        item("4", "accept", "planned"),
        item("8", "accept", "implemented"),
        item("9", "accept", "in_progress"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner",
                "Leicester, Leicestershire and Rutland",
                "Police Headquarters, St Johns, Enderby, Leicester LE19 2BX",
            ],
        ),
        ("date", "7th July 2025"),
        ("address", ["HM Inspectorate of Constabulary and Fire & Rescue Services"]),
        ("salutation", "Dear Sir or Madam,"),
        ("title", "Section 55 response: Improving the response to organised immigration crime"),
        (
            "p",
            "I am grateful for the inspectorate's report and for the work that went into it. Leicestershire Police was not one of the forces visited, but the Chief Constable and I have read the findings closely, and I accept the recommendations directed at the Chief Constable. Under headings of my own, I set out below where the force has got to on each.",
        ),
        ("heading", "Making sure intelligence follows every call to Immigration Enforcement"),
        (
            "p",
            "Officers who contact the National Command and Control Unit are now prompted by the control room to submit an intelligence log. Compliance has improved from 38 per cent during the inspection period to 71 per cent in May. The force is building the prompt into its new records system so that the step cannot be skipped, and that work is due to finish early in 2026.",
        ),
        ("heading", "Knowing what we know about organised immigration crime, and sharing it"),
        (
            "p",
            "The force does not yet have a single plan covering organised immigration crime. One will be written as part of the autumn strategic assessment: work starts in September, and the plan is due to be signed off by the Force Executive Board in December 2025, in time for the date you set.",
        ),
        ("heading", "Immersive training for investigators and their supervisors"),
        (
            "p",
            "All detective inspectors, detective sergeants and intelligence supervisors in the Major Crime and Serious and Organised Crime teams took part in Hydra exercises run with the Modern Slavery and Organised Immigration Crime Unit in March and April. The force considers this group to be its relevant personnel, and the recommendation to have been met.",
        ),
        ("heading", "Online learning for officers and staff"),
        (
            "p",
            "48 per cent of the officers and staff in scope have completed all four modules. Line managers now receive a monthly list of those who have not.",
        ),
        (
            "p",
            "I will continue to monitor all of this through my Strategic Assurance Board, and I will publish this letter on my website.",
        ),
        (
            "sign",
            [
                "Yours faithfully,",
                "Ravinder Sohal",
                "Police and Crime Commissioner for Leicester, Leicestershire and Rutland",
            ],
        ),
    ],
)

add(
    "sealed12-07",
    "paraphrase_headings",
    "docx",
    "Hertfordshire Constabulary",
    "Hertfordshire Police and Crime Commissioner",
    ("Caroline Ferrand", "Hertfordshire Police and Crime Commissioner"),
    "2025-06-24",
    [
        item("2", "support", "implemented"),
        item("8", "support", "planned"),
        item("9", "support", "in_progress"),
    ],
    [
        ("letterhead", ["Police and Crime Commissioner for Hertfordshire", "15 Vaughan Road, Harpenden AL5 4GZ"]),
        ("date", "24 June 2025"),
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS"]),
        ("title", "Improving the response to organised immigration crime – Commissioner's response"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "Thank you for sending me your report. Hertfordshire sits across the M1, the A1(M) and the M25, close to Luton and Stansted airports, and the smuggling networks you describe move through the county even where they do not settle in it.",
        ),
        (
            "p",
            "The report says, rightly, that forces have not given this subject the attention it needs. I have discussed it with the Chief Constable, and I comment below on three areas where it asks the most of Hertfordshire Constabulary.",
        ),
        ("heading", "When officers refer a case to the Home Office command centre"),
        (
            "p",
            "I support this recommendation. Until recently an officer who called Immigration Enforcement's National Command and Control Unit from the roadside had no prompt to follow the call up with an intelligence submission, and many did not. The Constabulary has changed its operating procedure so that a submission is required in every case, and the updated procedure was published to all officers on 9 June.",
        ),
        ("heading", "Getting the right people through immersive Hydra training"),
        (
            "p",
            "I support this too. The Constabulary has identified 64 officers and staff whose roles mean they should complete the Hydra package, and sessions with the Modern Slavery and Organised Immigration Crime Unit are planned for January 2026.",
        ),
        ("heading", "Online learning on immigration crime"),
        (
            "p",
            "I also support the recommendation on the four e-learning modules. Completion is under way: at the end of May, 312 officers had finished all four, and the Constabulary expects the rest to do so by the end of the year.",
        ),
        ("p", "I have asked for an update on all three at my Strategic Accountability Board in October."),
        ("sign", ["Yours sincerely", "Caroline Ferrand", "Hertfordshire Police and Crime Commissioner"]),
    ],
    unanswered=["4"],
)

add(
    "sealed12-08",
    "paraphrase_headings",
    "pdf",
    "Devon and Cornwall Police",
    "Devon and Cornwall Police and Crime Commissioner",
    ("Morwenna Tregear", "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
    "2025-08-14",
    [
        item("2", "agree", "implemented", by="chief_constable", cc="agree"),
        item("4", "agree", "in_progress", by="chief_constable", cc="agree"),
        item("8", "agree", "not_started", by="chief_constable", cc="agree"),
        item("9", "agree", "in_progress", by="chief_constable", cc="agree"),
    ],
    [
        (
            "letterhead",
            [
                "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly",
                "Alderson Drive, Exeter EX2 7RP",
            ],
        ),
        ("date", "14 August 2025"),
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS", "By email"]),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "I am sorry that this response comes after the 56 days the Police Act 1996 allows. I wanted it to reflect the force's position after the summer, and it took me longer than it should have to finalise it.",
        ),
        (
            "p",
            "I asked the Chief Constable to respond to each of the four recommendations made to chief constables, and I set out his response below, under headings that describe each one. I will continue to hold him to account for its delivery through my Performance and Accountability Board.",
        ),
        ("heading", "Reporting cases to the Home Office's national command unit"),
        (
            "p",
            "The Chief Constable agrees with this recommendation. A force-wide instruction issued on 1 July makes the intelligence submission mandatory whenever an officer contacts the National Command and Control Unit, and the Force Intelligence Bureau has confirmed that every referral made in July was followed by one. The force regards this as complete and will keep it under review.",
        ),
        ("heading", "Building a picture of organised immigration crime across the peninsula"),
        (
            "p",
            "The Chief Constable agrees. The force is working with the South West Regional Organised Crime Unit, Border Force and the harbour authorities at Plymouth and Falmouth on a joint collection plan, and analysts have started a problem profile that will shape how information is shared.",
        ),
        ("heading", "Hydra immersive training"),
        (
            "p",
            "The Chief Constable agrees. No Hydra training has yet taken place in Devon and Cornwall. The Modern Slavery and Organised Immigration Crime Unit has not been able to say when it can deliver the package in the South West, and the force has raised this with the unit.",
        ),
        ("heading", "The e-learning modules"),
        (
            "p",
            "The Chief Constable agrees. The four modules were launched to relevant officers and staff in July, and 27 per cent have completed them so far.",
        ),
        (
            "sign",
            [
                "Yours sincerely",
                "Morwenna Tregear",
                "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly",
            ],
        ),
        ("footer", "OPCC Devon, Cornwall and the Isles of Scilly"),
    ],
    late=True,
)

# ------------------------------------------------------------------------------------------------
# labels_only (2)

add(
    "sealed12-09",
    "labels_only",
    "html",
    "Nottinghamshire Police",
    "Nottinghamshire Police and Crime Commissioner",
    ("Yvonne Pargeter", "Police and Crime Commissioner for Nottinghamshire"),
    None,
    [
        item("2", "agree", "in_progress"),
        item("4", "agree", "implemented"),
        item("8", "agree", "in_progress"),
        item("9", "agree", "in_progress"),
    ],
    [
        (
            "letterhead",
            [
                "Nottinghamshire Office of the Police and Crime Commissioner",
                "Arnot Hill House, Arnot Hill Park, Arnold, Nottingham NG5 6LU",
            ],
        ),
        ("title", "Response to HMICFRS: Improving the response to organised immigration crime"),
        (
            "p",
            "This is my response, as Police and Crime Commissioner, to the inspectorate's report Improving the response to organised immigration crime. I agree with the four recommendations the report makes to chief constables. My comments on each, based on an update from Nottinghamshire Police, are below.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "Officers are reminded of the requirement through daily briefings and a new prompt in the custody system. Compliance in June was 64 per cent, and the force is working to embed the change further before the April 2026 deadline.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "Done. The force put an intelligence plan for organised immigration crime in place in April 2025, agreed with the East Midlands Special Operations Unit. It covers what is collected, how it is analysed and how it is shared with Immigration Enforcement and with the city and county councils.",
        ),
        ("heading", "Recommendation 8"),
        ("p", "Hydra sessions began in June 2025. Three of the six planned sessions have been delivered so far."),
        ("heading", "Recommendation 9"),
        (
            "p",
            "The Professional Development Unit tracks completion of the e-learning every month. 70 per cent of identified staff have now completed all four modules.",
        ),
        (
            "p",
            "I will continue to seek assurance on progress through my Strategic Resources and Performance meetings with the Chief Constable.",
        ),
        ("sign", ["Yvonne Pargeter", "Police and Crime Commissioner for Nottinghamshire"]),
    ],
)

add(
    "sealed12-10",
    "labels_only",
    "txt",
    "Gwent Police",
    "Gwent Police and Crime Commissioner",
    ("Owain Prosser", "Police and Crime Commissioner for Gwent"),
    "2025-07-02",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "planned"),
        item("8", "accept", "in_progress"),
        item("9", "accept", "planned"),
    ],
    [
        (
            "letterhead",
            [
                "Swyddfa Comisiynydd yr Heddlu a Throseddu Gwent",
                "Office of the Police and Crime Commissioner for Gwent",
                "Police Headquarters, Turnpike Road, Croesyceiliog, Cwmbran NP44 2FW",
            ],
        ),
        ("date", "2 July 2025"),
        ("address", ["HMICFRS", "By email"]),
        ("salutation", "Dear HM Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for your report. I have reviewed it with the Chief Constable, and my response to each recommendation made to chief constables is set out below.",
        ),
        ("heading", "Recommendation 2 – Accepted"),
        (
            "p",
            "Gwent Police added the intelligence submission to its NCCU referral checklist in April 2025. It has been in place since then, and the Force Intelligence Bureau checks compliance.",
        ),
        ("heading", "Recommendation 4 – Accepted"),
        (
            "p",
            "A plan for collecting, analysing and sharing OIC information will be developed with Tarian, the Southern Wales Regional Organised Crime Unit, and agreed by December 2025.",
        ),
        ("heading", "Recommendation 8 – Accepted"),
        (
            "p",
            "Hydra training is under way. Sessions for detectives and intelligence staff started in May and will continue into early 2026.",
        ),
        ("heading", "Recommendation 9 – Accepted"),
        (
            "p",
            "The force intends to make the four modules mandatory for relevant staff through its learning platform in the autumn.",
        ),
        ("p", "I will publish this response on my website."),
        ("sign", ["Yours sincerely,", "Owain Prosser", "Police and Crime Commissioner for Gwent"]),
    ],
)

# ------------------------------------------------------------------------------------------------
# flattened (4)

add(
    "sealed12-11",
    "flattened",
    "txt",
    "Lincolnshire Police",
    "Lincolnshire Police and Crime Commissioner",
    ("Marcus Hallgarth", "Police and Crime Commissioner for Lincolnshire"),
    "2025-06-19",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "in_progress"),
        item("8", "accept", "planned"),
        item("9", "accept", "in_progress"),
    ],
    [
        ("letterhead", ["Lincolnshire Police and Crime Commissioner", "Deepdale Lane, Nettleham, Lincoln LN2 2LT"]),
        ("date", "19 June 2025"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "RE: Improving the response to organised immigration crime. Thank you for your report, which I have discussed with the Chief Constable. Of its ten recommendations, four are for chief constables, and I accept each of them. On recommendation 2, that every referral to Immigration Enforcement's National Command and Control Unit is followed by the required intelligence document, Lincolnshire Police changed its process in May so that the control room will not close an NCCU incident until the intelligence reference has been recorded, and the force tells me the change is now fully in place. Recommendation 4 asks for clear plans to collect, analyse and share information about organised immigration crime; given the ports on the Humber and the Wash, the force has begun this work with the East Midlands Special Operations Unit and Humberside Police, and a draft plan is being prepared. On recommendation 8, Hydra sessions for investigators and intelligence officers will be arranged with the Modern Slavery and Organised Immigration Crime Unit for early 2026, and on recommendation 9 the four e-learning modules have been assigned to relevant staff, 55 per cent of whom have completed them. I will keep these matters under review through my regular accountability meetings with the Chief Constable and will publish this letter. Yours sincerely, Marcus Hallgarth, Police and Crime Commissioner for Lincolnshire",
        ),
    ],
)

add(
    "sealed12-12",
    "flattened",
    "txt",
    "Cumbria Constabulary",
    "Cumbria Police, Fire and Crime Commissioner",
    ("Andrea Fell", "Police, Fire and Crime Commissioner for Cumbria"),
    "2025-07-15",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "support", "planned", cc="accept"),
        item("8", "support", "implemented", cc="accept"),
        item("9", "support", "not_started", cc="accept"),
    ],
    [
        (
            "p",
            "Office of the Police, Fire and Crime Commissioner for Cumbria, Carleton Hall, Penrith CA10 2AU 15 July 2025 Dear HM Chief Inspector Improving the response to organised immigration crime I am writing in response to your report, and I apologise that this letter is a few days late. Cumbria Constabulary has accepted all four recommendations made to chief constables and I support its acceptance. The Constabulary has told me the following. Officers have been reminded that an intelligence report must follow every referral to the National Command and Control Unit, and a new question has been added to the custody record; the Constabulary is now checking whether this is working and expects the change to be complete by the end of the year. A plan for collecting, analysing and sharing information on organised immigration crime will be set out in the Constabulary's strategic assessment in October 2025. All 22 officers and staff identified as relevant personnel completed the Hydra package with the Modern Slavery and Organised Immigration Crime Unit in May and June 2025. The e-learning has not yet been rolled out in Cumbria, because the Constabulary is waiting for the modules to be made available on its own learning platform, and no staff have completed them so far. I will continue to monitor progress at my Public Accountability Conference. Yours sincerely Andrea Fell Police, Fire and Crime Commissioner for Cumbria",
        ),
    ],
    late=True,
)

add(
    "sealed12-13",
    "flattened",
    "pdf",
    "Suffolk Constabulary",
    "Suffolk Police and Crime Commissioner",
    ("Teresa Glanville", "Police and Crime Commissioner for Suffolk"),
    "2025-07-08",
    [
        item("2", "support", "in_progress"),
        item("4", "support", "implemented"),
        item("9", "support", "planned"),
    ],
    [
        ("letterhead", ["Suffolk Police and Crime Commissioner"]),
        (
            "p",
            "8 July 2025 Dear HM Chief Inspector, Improving the response to organised immigration crime. I have read your report with the Chief Constable of Suffolk Constabulary. Felixstowe is the country's busiest container port, and the force deals with clandestine entrants found in lorries and containers more often than most. I support recommendation 2. Officers at the port and on the A14 already submit intelligence after most referrals to the National Command and Control Unit, but not all, and the Constabulary is working with Norfolk on a joint procedure to close the gap; it is being rolled out now. I support recommendation 4 as well. Suffolk has had an organised immigration crime intelligence plan since 2023, held jointly with Norfolk Constabulary and the Eastern Region Special Operations Unit, and it was refreshed in March this year with a new section on sharing information with Border Force at the port. On recommendation 9, I support the aim of the e-learning, and the Constabulary will begin assigning the four modules in September, starting with officers based at Felixstowe. I note the recommendations made to the Home Office and Border Force about intelligence at ports and look forward to seeing progress on them. Yours sincerely, Teresa Glanville, Police and Crime Commissioner for Suffolk",
        ),
        ("footer", "Police and Crime Commissioner for Suffolk"),
    ],
    unanswered=["8"],
)

add(
    "sealed12-14",
    "flattened",
    "docx",
    "Wiltshire Police",
    "Wiltshire Police and Crime Commissioner",
    ("Simon Verity", "Police and Crime Commissioner for Wiltshire and Swindon"),
    "2025-07-10",
    [
        item("2", "accept", "implemented", by="chief_constable", cc="accept"),
        item("4", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("8", "accept", "not_stated", by="chief_constable", cc="accept"),
        item("9", "accept", "planned", by="chief_constable", cc="accept"),
    ],
    [
        (
            "p",
            "Police and Crime Commissioner for Wiltshire and Swindon – 10 July 2025 – To: HM Chief Inspector of Constabulary – Subject: Improving the response to organised immigration crime. Dear Chief Inspector, thank you for your report. Wiltshire Police has accepted the four recommendations you make to chief constables. It has told me that since April every officer who refers a case to the National Command and Control Unit must submit an intelligence report before the end of their shift, and that the Force Intelligence Bureau's monthly audit found this had been done in every case in May and June; that analysts are drafting a plan for collecting, analysing and sharing information on organised immigration crime with the South West Regional Organised Crime Unit and Swindon Borough Council, which should be agreed in October; and that the four e-learning modules will be added to the training plan for investigators and custody staff from January 2026. I will follow the force's progress through my monthly Commissioner's Monitoring Board, and I will publish this letter on my website. Yours sincerely, Simon Verity, Police and Crime Commissioner for Wiltshire and Swindon.",
        ),
    ],
)

# ------------------------------------------------------------------------------------------------
# two_in_one_paragraph (4)

add(
    "sealed12-15",
    "two_in_one_paragraph",
    "html",
    "Northamptonshire Police",
    "Northamptonshire Police, Fire and Crime Commissioner",
    ("Danielle Rowbotham", "Police, Fire and Crime Commissioner for Northamptonshire"),
    "2025-07-01",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "in_progress"),
        item("8", "accept", "in_progress"),
        item("9", "accept", "not_started"),
    ],
    [
        (
            "letterhead",
            [
                "Northamptonshire Police, Fire and Crime Commissioner",
                "Darby House, Darby Close, Park Farm Industrial Estate, Wellingborough NN8 6GS",
            ],
        ),
        ("date", "1 July 2025"),
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS"]),
        ("title", "Response to Improving the response to organised immigration crime"),
        ("salutation", "Dear Chief Inspector"),
        (
            "p",
            "Thank you for your report, published on 16 May. Northamptonshire is at the centre of the country's logistics network, and the warehouses and distribution parks along the M1 and A14 are exactly the kind of place where people brought here by smugglers end up being exploited. I have discussed the report with the Chief Constable, and my response to the four recommendations made to chief constables follows.",
        ),
        (
            "p",
            "Recommendations 2 and 4 are both about intelligence, and I accept both. Since May, submitting an intelligence report has been a mandatory part of every referral Northamptonshire Police makes to Immigration Enforcement's National Command and Control Unit, so the first is already met. On the second, the force is developing a collection and sharing plan for organised immigration crime with the East Midlands Special Operations Unit and expects to finish it in November.",
        ),
        (
            "p",
            "Recommendations 8 and 9 are about training, and I accept these too. Thirty detectives and intelligence officers took part in Hydra sessions with the Modern Slavery and Organised Immigration Crime Unit in June, and a second group is being booked now. The e-learning has not yet been assigned to anyone: the force has not finished deciding which roles count as relevant personnel, and I have asked the Chief Constable to settle this by the end of the summer.",
        ),
        ("p", "I will review progress at my Accountability Board and publish this letter."),
        (
            "sign",
            ["Yours sincerely,", "Danielle Rowbotham", "Police, Fire and Crime Commissioner for Northamptonshire"],
        ),
    ],
)

add(
    "sealed12-16",
    "two_in_one_paragraph",
    "pdf",
    "Surrey Police",
    "Surrey Police and Crime Commissioner",
    ("Beatrice Holloway", "Police and Crime Commissioner for Surrey"),
    "2025-06-26",
    [
        item("2", "agree", "in_progress", cc="accept"),
        item("4", "agree", "implemented", cc="accept"),
        item("8", "agree", "planned", cc="accept"),
        item("9", "agree", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Surrey", "PO Box 412, Guildford GU3 1YJ"]),
        ("date", "26 June 2025"),
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS"]),
        ("salutation", "Dear Chief Inspector"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "I write in response to your inspection report. Surrey has Gatwick on its border and the M25 and M23 running through it, and we are seeing more cases in which people smuggled into the UK are then exploited in the county. The Chief Constable has accepted all four of the report's recommendations to chief constables, and I agree with them.",
        ),
        (
            "p",
            "Recommendations 2 and 9 both depend on frontline officers doing something consistently, and I have asked the force to treat them together. Compliance with the NCCU intelligence requirement has risen from around half of referrals at the time of the inspection to 78 per cent in May, and the force is continuing to brief officers and audit referrals until every one is followed by a submission. The e-learning is being completed alongside this: 83 per cent of the officers and staff identified by the force have finished all four modules, and the rest are expected to by the end of September.",
        ),
        (
            "p",
            "Recommendations 4 and 8 concern the force's specialist response. Surrey Police already has a plan for collecting, analysing and sharing information on organised immigration crime; it was agreed with Sussex Police and the South East Regional Organised Crime Unit in March 2025 and is reviewed by the joint serious and organised crime board. Hydra sessions with the Modern Slavery and Organised Immigration Crime Unit will run in October and November for the detectives and analysts who need them.",
        ),
        ("p", "I will continue to monitor progress through my performance meetings with the Chief Constable."),
        ("sign", ["Yours sincerely", "Beatrice Holloway", "Police and Crime Commissioner for Surrey"]),
        ("footer", "Office of the Police and Crime Commissioner for Surrey"),
    ],
)

add(
    "sealed12-17",
    "two_in_one_paragraph",
    "txt",
    "North Wales Police",
    "North Wales Police and Crime Commissioner",
    ("Gethin Rowlands", "Police and Crime Commissioner for North Wales"),
    "2025-07-03",
    [
        item("4", None, "in_progress"),
        item("8", "support", "implemented"),
        item("9", "support", "in_progress"),
    ],
    [
        (
            "letterhead",
            [
                "Swyddfa Comisiynydd Heddlu a Throseddu Gogledd Cymru",
                "Office of the Police and Crime Commissioner North Wales",
                "Llys Castan, Parc Menai, Bangor LL57 4FH",
            ],
        ),
        ("date", "3 July 2025"),
        ("address", ["HMICFRS", "Sent by email"]),
        ("salutation", "Dear HM Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for the report, which I have discussed with the Chief Constable of North Wales Police. Holyhead is one of the busiest roll-on roll-off ports in the UK, organised immigration crime is a particular concern for us, and I was pleased to see the subject given this attention.",
        ),
        (
            "p",
            "Recommendation 4 asks chief constables to have clear plans for collecting, analysing and sharing information about organised immigration crime. North Wales Police is updating its plan with the North West Regional Organised Crime Unit and the Border Force team at Holyhead, and has started sharing a monthly intelligence summary with partners in Ireland. The revised plan is due to be completed in the autumn.",
        ),
        (
            "p",
            "I support recommendations 8 and 9, which between them set out the training that officers and staff need. The Hydra package was delivered to 26 officers in the force's Major Crime and Serious Organised Crime teams in April and May, which completes the group the force has identified as relevant personnel. The e-learning is under way, and 52 per cent of the staff identified have completed all four modules.",
        ),
        ("p", "I will publish this letter and keep the matter under review at my Strategic Executive Board."),
        ("sign", ["Yn gywir / Yours sincerely,", "Gethin Rowlands", "Police and Crime Commissioner for North Wales"]),
    ],
    unanswered=["2"],
)

add(
    "sealed12-18",
    "two_in_one_paragraph",
    "docx",
    "Dorset Police",
    "Dorset Police and Crime Commissioner",
    ("Edwin Marchant", "Police and Crime Commissioner for Dorset"),
    "2025-07-28",
    [
        item("2", "accept", "implemented", cc="accept"),
        item("4", "accept", "in_progress", cc="accept"),
        item("8", "accept", "in_progress", cc="accept"),
        item("9", "partially_agree", "planned", cc="partially_agree"),
    ],
    [
        ("letterhead", ["Dorset Police and Crime Commissioner", "Force Headquarters, Winfrith, Dorchester DT2 8DZ"]),
        ("date", "28 July 2025"),
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS"]),
        ("title", "Improving the response to organised immigration crime"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "I apologise for the lateness of this response to your report. Dorset's long coastline and the port of Poole mean that the risks the report describes are very real to us, and I wanted to be sure of the force's position before I wrote.",
        ),
        (
            "p",
            "Recommendations 2 and 4 are about making sure information is captured and then used. Both are accepted by the Chief Constable, and I accept them too. Dorset Police made the intelligence submission a mandatory step in its NCCU referral process in June, and it is now in place across the force. The force's plan for collecting, analysing and sharing information on organised immigration crime is being written with the South West Regional Organised Crime Unit and will be finished by November.",
        ),
        (
            "p",
            "On training, the Chief Constable accepts recommendation 8 and so do I; the first Hydra sessions took place in July, and further sessions for the remaining detectives are being arranged. I partially agree with recommendation 9, and the Chief Constable shares that view. Four modules of e-learning for everyone the report regards as relevant is a significant demand on a small force, so Dorset Police will require all four modules of investigators and intelligence staff, and modules 1 and 2 of frontline officers. This will begin in September.",
        ),
        ("p", "I will publish this letter on my website."),
        ("sign", ["Yours sincerely,", "Edwin Marchant", "Police and Crime Commissioner for Dorset"]),
    ],
    late=True,
)

# ------------------------------------------------------------------------------------------------
# blanket (4)

add(
    "sealed12-19",
    "blanket",
    "txt",
    "Derbyshire Constabulary",
    "Derbyshire Police and Crime Commissioner",
    ("Keith Ollerenshaw", "Police and Crime Commissioner for Derbyshire"),
    "2025-06-18",
    [
        item("2", ["accept", "support"], "implemented"),
        item("4", ["accept", "support"], "in_progress"),
        item("8", ["accept", "support"], "in_progress"),
        item("9", ["accept", "support"], "in_progress"),
    ],
    [
        ("letterhead", ["Derbyshire Police and Crime Commissioner", "Butterley Hall, Ripley, Derbyshire DE5 3RS"]),
        ("date", "18 June 2025"),
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS", "By email"]),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for your report. I accept and fully support all of the recommendations in it that are addressed to chief constables, and I have asked Derbyshire Constabulary to keep me informed of its progress.",
        ),
        (
            "p",
            "The Constabulary tells me that the requirement to submit an intelligence report after every referral to the National Command and Control Unit is now part of its standard operating procedure and is in place across the force. A plan for collecting, analysing and sharing information on organised immigration crime is being drafted with the East Midlands Special Operations Unit. The Hydra package and the e-learning are both being rolled out to relevant staff, with completion expected well before the April 2026 deadline.",
        ),
        ("p", "I will publish this response on my website."),
        ("sign", ["Yours sincerely", "Keith Ollerenshaw", "Police and Crime Commissioner for Derbyshire"]),
    ],
)

add(
    "sealed12-20",
    "blanket",
    "docx",
    "Staffordshire Police",
    "Staffordshire Police, Fire and Crime Commissioner",
    ("Rachel Deakin", "Staffordshire Commissioner for Police, Fire and Rescue, and Crime"),
    "2025-07-07",
    [
        item("2", "support", "in_progress"),
        item("4", "support", "implemented"),
        item("8", "support", "not_stated"),
        item("9", "support", "not_stated"),
    ],
    [
        (
            "letterhead",
            [
                "Staffordshire Commissioner",
                "Police | Fire and Rescue | Crime",
                "Block 9, Weston Road, Stafford ST18 0YY",
            ],
        ),
        ("date", "7 July 2025"),
        ("address", ["HMICFRS"]),
        ("title", "Improving the response to organised immigration crime"),
        ("salutation", "Dear HM Chief Inspector"),
        ("p", "Thank you for the report. I support all of the recommendations made to chief constables."),
        (
            "p",
            "Staffordshire Police is introducing a new step in its custody and control room procedures so that an intelligence report is submitted whenever officers refer a case to the National Command and Control Unit; this is being rolled out over the summer. The force already has a plan for collecting, analysing and sharing information on organised immigration crime, agreed last year with the West Midlands Regional Organised Crime Unit, and has confirmed to me that it meets the terms of recommendation 4.",
        ),
        ("p", "I will continue to scrutinise the force's response through my Strategic Governance Board."),
        (
            "sign",
            ["Yours sincerely", "Rachel Deakin", "Staffordshire Commissioner for Police, Fire and Rescue, and Crime"],
        ),
    ],
)

add(
    "sealed12-21",
    "blanket",
    "html",
    "City of London Police",
    "City of London Corporation (Police Authority Board)",
    ("Nicholas Pellew", "Chairman, Police Authority Board"),
    "2025-06-30",
    [
        item("2", "agree", "implemented", cc="accept"),
        item("4", "agree", "planned", cc="accept"),
        item("8", "agree", "not_stated", cc="accept"),
        item("9", "agree", "implemented", cc="accept"),
    ],
    [
        ("letterhead", ["City of London Corporation", "Police Authority Board", "Guildhall, London EC2V 7HH"]),
        ("date", "30 June 2025"),
        ("address", ["His Majesty's Chief Inspector of Constabulary"]),
        ("title", "Improving the Response to Organised Immigration Crime"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "I write as Chairman of the City of London Police Authority Board in response to your report, Improving the Response to Organised Immigration Crime.",
        ),
        (
            "p",
            "The Board agrees with the recommendations that the report makes to chief officers. The Commissioner of Police has confirmed that City of London Police accepts all four of them.",
        ),
        (
            "p",
            "The Square Mile sees relatively few cases of organised immigration crime directly, but the City's financial institutions can be used to move the proceeds of people smuggling, and the force's national lead role for economic crime gives it a particular interest in that side of the problem. With that in mind, the force reports the following.",
        ),
        (
            "dl",
            [
                (
                    "Referrals to the National Command and Control Unit",
                    "An intelligence submission is already made for every referral; the force's process has required this since 2024.",
                ),
                (
                    "Intelligence planning",
                    "Organised immigration crime, including the financial flows behind it, will be added to the force's intelligence requirements at the annual review in October 2025.",
                ),
                ("E-learning", "All officers in the relevant teams have completed the four modules."),
            ],
        ),
        (
            "p",
            "The Board will continue to oversee the force's work in this area through its Strategic Planning and Performance Committee.",
        ),
        ("sign", ["Yours sincerely,", "Nicholas Pellew", "Chairman, Police Authority Board"]),
    ],
    title="Improving the Response to Organised Immigration Crime",
)

add(
    "sealed12-22",
    "blanket",
    "pdf",
    "Durham Constabulary",
    "Durham Police and Crime Commissioner",
    ("Carol Heslop", "Police and Crime Commissioner for County Durham and Darlington"),
    "2025-07-04",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "support", "implemented", cc="accept"),
        item("8", "support", "not_stated", cc="accept"),
        item("9", "partially_agree", "planned", cc="partially_agree"),
    ],
    [
        (
            "letterhead",
            ["Police and Crime Commissioner for County Durham and Darlington", "Aykley Heads, Durham DH1 5TT"],
        ),
        ("date", "4 July 2025"),
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS"]),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for your report. Durham Constabulary accepts all of the recommendations made to chief constables, and I fully support them.",
        ),
        (
            "p",
            "I should say, however, that on recommendation 9 the Chief Constable and I take a slightly different view. We agree that relevant staff should complete the e-learning, but we only partially agree with the scope the report implies: in a force of Durham's size, asking every frontline officer to complete four modules would take time from other mandatory training. The force will instead ask investigators, intelligence staff and custody officers to complete all four modules from September 2025.",
        ),
        (
            "p",
            "On the other recommendations, the Constabulary is reviewing how referrals to the National Command and Control Unit are recorded so that each one is followed by an intelligence submission, and expects the new process to be fully in place by the end of the year. Durham already has a plan for collecting, analysing and sharing information on organised immigration crime, agreed with the North East Regional Special Operations Unit, and reviews it every six months.",
        ),
        ("p", "I will publish this letter on my website."),
        (
            "sign",
            ["Yours sincerely,", "Carol Heslop", "Police and Crime Commissioner for County Durham and Darlington"],
        ),
        ("footer", "Durham Police and Crime Commissioner"),
    ],
)

# ------------------------------------------------------------------------------------------------
# mixed_stances (4)

add(
    "sealed12-23",
    "mixed_stances",
    "txt",
    "Merseyside Police",
    "Merseyside Police and Crime Commissioner",
    ("Bernadette Quayle", "Police and Crime Commissioner for Merseyside"),
    "2025-07-08",
    [
        item("2", "agree", "in_progress"),
        item("4", "agree", "implemented"),
        item("8", "partially_agree", "planned"),
        item("9", "note", "not_started"),
    ],
    [
        (
            "letterhead",
            ["Merseyside Police and Crime Commissioner", "Allerton Police Station, Rose Lane, Liverpool L18 6JE"],
        ),
        ("date", "08/07/2025"),
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS"]),
        ("salutation", "Dear Chief Inspector"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for your report. With the Port of Liverpool, the airport and the Irish Sea ferry routes, Merseyside is a place where organised immigration crime matters. My view on each of the four recommendations for chief constables, informed by discussion with the Chief Constable, is below. It differs from one recommendation to the next, and I have tried to explain why.",
        ),
        (
            "heading",
            "Recommendation 2: By 30 April 2026, chief constables should make sure that every time a member of their force reports a case to Immigration Enforcement's National Command and Control Unit, the reporting officer completes and submits the required intelligence document.",
        ),
        (
            "p",
            "I agree. Merseyside Police issued new guidance to officers in June and the Force Intelligence Bureau is auditing every referral. The first audit found that most referrals had been followed by an intelligence submission, but not all, and the force is continuing to work on this.",
        ),
        (
            "heading",
            "Recommendation 4: By 31 December 2025, chief constables should make sure they have clear plans to collect, analyse and share information related to organised immigration crime.",
        ),
        (
            "p",
            "I agree. Merseyside already has an intelligence plan for organised immigration crime, drawn up with Border Force at the Port of Liverpool and the North West Regional Organised Crime Unit, which sets out how information is collected, analysed and shared. It is in place and is reviewed every quarter.",
        ),
        (
            "heading",
            "Recommendation 8: By 30 April 2026, chief constables, working with the Modern Slavery & Organised Immigration Crime Unit, should make sure that relevant personnel in all Home Office police forces complete the Hydra training package on organised immigration crime.",
        ),
        (
            "p",
            "I partially agree. Hydra is valuable for senior investigating officers and for those who lead on organised immigration crime, but I am not persuaded that a full immersive package is the best use of time for everyone the report describes as relevant personnel. The force will put its senior investigating officers and detective inspectors through Hydra in early 2026.",
        ),
        (
            "heading",
            "Recommendation 9: By 30 April 2026, chief constables, working with the Modern Slavery & Organised Immigration Crime Unit and the College of Policing, should make sure that relevant personnel in all Home Office police forces complete the four modules of the organised immigration crime e-learning package.",
        ),
        (
            "p",
            "I note this recommendation. The e-learning has not yet been made available to Merseyside staff, and no decision has been taken on which roles will be required to complete it. I will ask the Chief Constable for his view when that decision is made.",
        ),
        ("sign", ["Yours sincerely", "Bernadette Quayle", "Police and Crime Commissioner for Merseyside"]),
    ],
)

add(
    "sealed12-24",
    "mixed_stances",
    "docx",
    "Avon and Somerset Police",
    "Avon and Somerset Police and Crime Commissioner",
    ("Imogen Stallard", "Police and Crime Commissioner for Avon and Somerset"),
    "2025-07-02",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "in_progress"),
        item("8", "disagree", "not_started"),
        item("9", "support", "planned"),
    ],
    [
        (
            "letterhead",
            ["Avon and Somerset Police and Crime Commissioner", "Valley Road, Portishead, Bristol BS20 8JJ"],
        ),
        ("date", "2 July 2025"),
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS"]),
        ("title", "Improving the response to organised immigration crime: my response"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "Thank you for your report. Avonmouth and Royal Portbury docks, Bristol Airport and the M4 and M5 make our area a route for people who have been smuggled into the country, and the force has seen several large exploitation cases in recent years. I have considered the four recommendations made to chief constables with the Chief Constable, and my response to each is below.",
        ),
        (
            "p",
            "I accept recommendation 2. Avon and Somerset Police has made the intelligence submission a required step in its NCCU referral process, and the change went live across the force on 2 June.",
        ),
        (
            "p",
            "I accept recommendation 4 too. The force's existing serious and organised crime intelligence plan is being extended to cover organised immigration crime, and that work is due to finish in October.",
        ),
        (
            "p",
            "I disagree with recommendation 8 as it applies to Avon and Somerset. The force already runs its own immersive organised immigration crime exercise, developed with the South West Regional Organised Crime Unit, which every detective sergeant and inspector in its Major Crime Investigation Team attends. The Chief Constable does not intend to put the same officers through Hydra as well, and I share his view.",
        ),
        (
            "p",
            "I support recommendation 9. The four modules will be assigned to relevant officers and staff in September, and the force will report completion rates to me each month.",
        ),
        ("p", "I will publish this response and monitor progress through my Performance and Accountability Board."),
        ("sign", ["Yours sincerely,", "Imogen Stallard", "Police and Crime Commissioner for Avon and Somerset"]),
    ],
)

add(
    "sealed12-25",
    "mixed_stances",
    "html",
    "Greater Manchester Police",
    "Mayor of Greater Manchester (Greater Manchester Combined Authority)",
    ("Hannah Brightwell", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"),
    "2025-07-10",
    [
        item("2", "partially_agree", "in_progress"),
        item("4", "accept", "implemented"),
        item("8", "accept", "planned"),
        item("9", "note", "not_stated"),
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
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS"]),
        ("title", "Improving the response to organised immigration crime"),
        ("salutation", "Dear HM Chief Inspector,"),
        (
            "p",
            "I am writing on behalf of the Mayor of Greater Manchester, who holds the police and crime commissioner functions for the city region, in response to your report. The Mayor has asked me to respond to the four recommendations made to chief constables, which I have discussed with the Chief Constable of Greater Manchester Police.",
        ),
        ("heading", "2. Intelligence after every NCCU referral"),
        (
            "p",
            "I partially agree with this recommendation. I support its aim, but requiring the reporting officer personally to submit the intelligence document would duplicate work already done by GMP's immigration crime team, which submits intelligence for every referral made from custody. GMP will require reporting officers to make the submission for referrals made outside custody, and that change is now being introduced across the districts.",
        ),
        ("heading", "4. Plans for collecting, analysing and sharing information"),
        (
            "p",
            "I accept this recommendation. GMP has had an intelligence plan for organised immigration crime in place since 2024, shared with the North West Regional Organised Crime Unit and Immigration Enforcement, and it will be refreshed before December.",
        ),
        ("heading", "8. Hydra"),
        (
            "p",
            "I accept this recommendation. Hydra sessions with the Modern Slavery and Organised Immigration Crime Unit are booked from November 2025 to March 2026 for investigators and intelligence staff.",
        ),
        ("heading", "9. E-learning"),
        (
            "p",
            "I note this recommendation. Which roles should complete the four modules is an operational matter for the Chief Constable, and I will ask him in the autumn what he has decided.",
        ),
        (
            "sign",
            [
                "Yours sincerely,",
                "Hannah Brightwell",
                "Deputy Mayor for Policing, Crime, Criminal Justice and Fire",
                "Greater Manchester Combined Authority",
            ],
        ),
    ],
)

add(
    "sealed12-26",
    "mixed_stances",
    "pdf",
    "Sussex Police",
    "Sussex Police and Crime Commissioner",
    ("Georgina Haffenden", "Sussex Police and Crime Commissioner"),
    "2025-06-25",
    [
        item("2", "agree", "implemented"),
        item("4", "note", "in_progress"),
        item("8", "agree", "in_progress"),
        item("9", "partially_agree", "planned"),
    ],
    [
        (
            "letterhead",
            ["Office of the Sussex Police and Crime Commissioner", "Sackville House, Brooks Close, Lewes BN7 2FZ"],
        ),
        ("date", "25 June 2025"),
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS"]),
        ("salutation", "Dear Chief Inspector"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for your report. With the ports of Newhaven and Shoreham, a long stretch of the Channel coast and Gatwick on our northern edge, Sussex has a direct interest in how police forces respond to organised immigration crime. I set out my view on each of the recommendations for chief constables below.",
        ),
        ("heading", "Recommendation 2 – NCCU referrals"),
        (
            "p",
            "I agree with this recommendation. Sussex Police has required an intelligence submission after every National Command and Control Unit referral since February 2025, and its audits show the requirement is being met.",
        ),
        ("heading", "Recommendation 4 – information plans"),
        (
            "p",
            "I note this recommendation. Sussex Police's view is that its existing joint intelligence arrangements with Surrey Police and the South East Regional Organised Crime Unit already cover much of what the report asks for. It is nonetheless reviewing them against the report's findings, and that review is under way.",
        ),
        ("heading", "Recommendation 8 – Hydra"),
        (
            "p",
            "I agree. Sussex Police began Hydra sessions with the Modern Slavery and Organised Immigration Crime Unit in May, and about half of the officers identified have now taken part.",
        ),
        ("heading", "Recommendation 9 – e-learning"),
        (
            "p",
            "I partially agree. I support officers and staff in specialist roles completing all four modules, but I have asked the Chief Constable to consider whether the fourth module is needed for frontline response officers. The force plans to launch the modules to relevant staff in September.",
        ),
        ("sign", ["Yours sincerely", "Georgina Haffenden", "Sussex Police and Crime Commissioner"]),
        ("footer", "Sussex Police and Crime Commissioner"),
    ],
)

# ------------------------------------------------------------------------------------------------
# cc_annex (2)

add(
    "sealed12-27",
    "cc_annex",
    "docx",
    "Hampshire and Isle of Wight Constabulary",
    "Hampshire and Isle of Wight Police and Crime Commissioner",
    ("Elaine Fordingbridge", "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
    "2025-07-08",
    [
        item("2", "accept", "in_progress", cc="agree"),
        item("4", "accept", "implemented", cc="agree"),
        item("8", "accept", "planned", cc="agree"),
        item("9", "accept", "in_progress", cc="agree"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight",
                "St George's Chambers, St George's Street, Winchester SO23 8AJ",
            ],
        ),
        ("date", "8 July 2025"),
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS"]),
        ("title", "Improving the response to organised immigration crime"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "Thank you for your report. The ports of Southampton and Portsmouth, the Solent crossings and the ferries to the Isle of Wight give Hampshire and Isle of Wight Constabulary more contact with organised immigration crime than many forces, and I welcome the inspectorate's attention to it.",
        ),
        (
            "p",
            "I accept the four recommendations you make to chief constables. The Chief Constable's response to each is attached as Annex A, and I have added my own comments where I think they are needed. Progress will be reported to my Police Accountability Board, which meets in public.",
        ),
        (
            "p",
            "I would draw your attention in particular to recommendation 8. When Hydra training can be delivered depends on the national unit and is outside the Constabulary's control, and I would be grateful if the inspectorate would raise this nationally.",
        ),
        (
            "sign",
            [
                "Yours sincerely,",
                "Elaine Fordingbridge",
                "Police and Crime Commissioner for Hampshire and the Isle of Wight",
            ],
        ),
        ("heading", "Annex A: Response of the Chief Constable of Hampshire and Isle of Wight Constabulary"),
        (
            "p",
            "Recommendation 2. The Chief Constable agrees with this recommendation. A new referral process that links each NCCU contact to an intelligence submission is being piloted in Southampton Central custody and will be rolled out across the force by December 2025.",
        ),
        ("p", "Commissioner's comment: I will ask to see the results of the pilot before the wider rollout."),
        (
            "p",
            "Recommendation 4. The Chief Constable agrees. The Constabulary's plan for collecting, analysing and sharing information on organised immigration crime was approved in April 2025 and is shared with the South East Regional Organised Crime Unit, Border Force and the port authorities.",
        ),
        (
            "p",
            "Recommendation 8. The Chief Constable agrees. The relevant personnel have been identified, and Hydra sessions are planned for early 2026, subject to confirmation from the Modern Slavery and Organised Immigration Crime Unit.",
        ),
        ("p", "Commissioner's comment: see my covering letter."),
        (
            "p",
            "Recommendation 9. The Chief Constable agrees. The four modules have been assigned to relevant staff and completion currently stands at 58 per cent.",
        ),
    ],
)

add(
    "sealed12-28",
    "cc_annex",
    "pdf",
    "West Mercia Police",
    "West Mercia Police and Crime Commissioner",
    ("Tobias Wenlock", "Police and Crime Commissioner for West Mercia"),
    "2025-07-09",
    [
        item("2", "accept", "implemented", by="chief_constable", cc="accept"),
        item("4", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("8", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("9", "accept", "planned", by="chief_constable", cc="accept"),
    ],
    [
        ("letterhead", ["West Mercia Police and Crime Commissioner", "Hindlip Hall, Worcester WR3 8SP"]),
        ("date", "9 July 2025"),
        ("address", ["HMICFRS", "By email"]),
        ("salutation", "Dear HM Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for your report. West Mercia covers Herefordshire, Shropshire, Telford and Wrekin and Worcestershire. The M5 and M50 corridors and our large agricultural sector mean that organised immigration crime, and the exploitation that so often follows it, is a real concern for rural communities.",
        ),
        (
            "p",
            "I scrutinised West Mercia Police's response to the report at my Accountability Board on 2 July. The Chief Constable's response to each of the recommendations addressed to chief constables is enclosed as an annex to this letter. I am satisfied that the force understands what is needed, and I will keep delivery under review through the same Board.",
        ),
        ("sign", ["Yours sincerely", "Tobias Wenlock", "Police and Crime Commissioner for West Mercia"]),
        ("heading", "Annex – West Mercia Police response"),
        (
            "dl",
            [
                (
                    "Recommendation 2",
                    "Accepted. Since May 2025 the control room has required an intelligence submission reference before any NCCU referral is closed. This is complete.",
                ),
                (
                    "Recommendation 4",
                    "Accepted. West Mercia's intelligence plan for organised immigration crime is being written with the West Midlands Regional Organised Crime Unit. A draft will be ready in September.",
                ),
                (
                    "Recommendation 8",
                    "Accepted. Hydra training for the force's detectives began in June 2025 and is continuing.",
                ),
                (
                    "Recommendation 9",
                    "Accepted. The four e-learning modules will be made mandatory for investigators, intelligence staff and custody officers from October 2025.",
                ),
            ],
        ),
        ("footer", "West Mercia Police and Crime Commissioner"),
    ],
)

# ------------------------------------------------------------------------------------------------
# regional_afi (2, soc-yh-2025)

add(
    "sealed12-29",
    "regional_afi",
    "txt",
    "Humberside Police",
    "Humberside Police and Crime Commissioner",
    ("Derek Flinton", "Police and Crime Commissioner for Humberside"),
    None,
    [
        item("1", "accept", "in_progress"),
        item("2", "accept", "planned"),
    ],
    [
        ("letterhead", ["Humberside Police and Crime Commissioner", "The Lawns, Harland Way, Cottingham HU16 5SN"]),
        ("address", ["HM Inspector of Constabulary", "HMICFRS"]),
        ("salutation", "Dear HM Inspector,"),
        ("title", "An inspection of the Yorkshire and Humber regional response to serious and organised crime"),
        (
            "p",
            "Thank you for the report of your inspection, which I have considered with the Chief Constable of Humberside Police. The report makes two areas for improvement for the Yorkshire and Humber Regional Organised Crime Unit and its four constituent forces, and I respond to each below.",
        ),
        ("heading", "Area for improvement 1 – working together"),
        (
            "p",
            "I accept this area for improvement. The report is right that tasking between the forces and the regional unit has not always been joined up. The Regional Collaboration Board has agreed a new joint tasking and coordination process, which Humberside Police has begun to use, and the commissioner and mayors of the region are reviewing how the Board itself oversees the regional unit. This work is continuing.",
        ),
        ("heading", "Area for improvement 2 – technical surveillance equipment"),
        (
            "p",
            "I accept this area for improvement as well. The four forces and the regional unit have agreed to buy technical surveillance equipment through a single regional procurement, which will start in April 2026 when the existing contracts end, and a shared register of equipment will be set up at the same time.",
        ),
        ("p", "I will report on progress in my annual report."),
        ("sign", ["Yours sincerely", "Derek Flinton", "Police and Crime Commissioner for Humberside"]),
    ],
    report=SOC,
)

add(
    "sealed12-30",
    "regional_afi",
    "html",
    "North Yorkshire Police",
    "Mayor of York and North Yorkshire",
    ("Ruth Garside", "Deputy Mayor for Policing, Fire and Crime"),
    "2026-02-03",
    [
        item("1", "support", "implemented", cc="accept"),
        item("2", "support", "in_progress", cc="accept"),
    ],
    [
        (
            "letterhead",
            [
                "York and North Yorkshire Combined Authority",
                "Policing, Fire and Crime",
                "West Offices, Station Rise, York YO1 6GA",
            ],
        ),
        ("date", "3 February 2026"),
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS"]),
        (
            "title",
            "An inspection of the Yorkshire and Humber regional response to serious and organised crime – response from the Mayor of York and North Yorkshire",
        ),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "I am writing, as Deputy Mayor for Policing, Fire and Crime and on behalf of the Mayor, in response to your report. North Yorkshire Police accepts both areas for improvement for the regional organised crime unit and its constituent forces, and I support them.",
        ),
        ("heading", "Working together across the region"),
        (
            "p",
            "A new regional governance structure for serious and organised crime has been in place since January 2026, with a single strategic board chaired in turn by the four chief constables and a joint tasking meeting every fortnight. North Yorkshire Police has a standing seat at both, and the force regards this area for improvement as having been addressed.",
        ),
        ("heading", "Technical surveillance equipment"),
        (
            "p",
            "The regional unit is leading a review of how technical surveillance equipment is bought, stored and deployed across the region. North Yorkshire Police is taking part, and the review is due to report to the strategic board in the spring.",
        ),
        ("p", "I will keep both matters under review at my regular accountability meetings with the Chief Constable."),
        (
            "sign",
            [
                "Yours sincerely,",
                "Ruth Garside",
                "Deputy Mayor for Policing, Fire and Crime",
                "York and North Yorkshire Combined Authority",
            ],
        ),
    ],
    report=SOC,
)


def main() -> None:
    about = "A held-out set of 30 hand-written response letters, kept from tuning and used only to measure the reader on unseen wording and layouts; schema as tests/ingest/sealed/truth.json; split 'sealed12'"
    corpus.write_set(HERE, about, ((blocks, truth) for truth, blocks in LETTERS))


if __name__ == "__main__":
    main()
