# ruff: noqa: E501  (letter text is data: long sentences are kept whole)
"""Build the tuneset11 set: ``letters/`` and ``truth.json``, reproducibly.

    .venv/bin/python tests/ingest/tuneset11/build.py

A tuning set of 30 hand-written responses to the organised immigration crime report, written for this set alone,
that puts the commissioner's own view and the force's position in many different places (tables with a column
each, annexes quoting the force, third-person and "we" voices, blanket views with exceptions, letters that only
report the force's answers). Kinds: table, cc_annex, blanket, mixed_stances, two_in_one_paragraph, flattened,
paraphrase_headings; formats txt, docx, html and pdf.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
sys.path.insert(0, str(CORPUS))

import build as corpus  # noqa: E402

SPLIT = "tuneset11"
OIC = "oic-2025"
SOC = "soc-yh-2025"
OIC_TITLE = "Improving the response to organised immigration crime"
SOC_TITLE = "An inspection of the Yorkshire and Humber regional response to serious and organised crime"

Blocks = list[tuple[str, Any]]
LETTERS: list[tuple[dict[str, Any], Blocks]] = []
add = corpus.letter_adder(LETTERS, split=SPLIT)
item = corpus.item

HMCIC = ["His Majesty's Chief Inspector of Constabulary", "HMICFRS", "Sent by email"]

# ------------------------------------------------------------------------------------------------
# Tables

add(
    "tuneset11-01",
    "table",
    "docx",
    "Cleveland Police",
    "Cleveland Police and Crime Commissioner",
    ("Dawn Hetherington", "Police and Crime Commissioner for Cleveland"),
    "2025-07-04",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "support", "implemented", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "accept", "in_progress", by="chief_constable", cc="accept"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner for Cleveland",
                "Cleveland Community Safety Hub",
                "Middlesbrough",
            ],
        ),
        ("date", "4 July 2025"),
        ("address", HMCIC),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"HMICFRS report – {OIC_TITLE}"),
        (
            "p",
            "Thank you for the report, published on 16 May 2025. This letter is my response under section 55 of the Police Act 1996 and will be placed on my website alongside the report.",
        ),
        (
            "p",
            "Teesside's ports and the A19 and A66 corridors mean that organised immigration crime is not an abstract issue for Cleveland. I asked the Chief Constable for her response to the four recommendations addressed to chief constables. Her response is reproduced in the middle column of the table below, and my own comments follow in the right-hand column.",
        ),
        (
            "table",
            [
                ["Recommendation", "Force response", "Commissioner's comment"],
                [
                    "Recommendation 2 – every referral to Immigration Enforcement's National Command and Control Unit to be followed by the required intelligence document (by 30 April 2026).",
                    "Accepted. Force Control Room staff now work to a revised checklist that prompts for an intelligence submission. An audit in June found that 14 of the 19 NCCU referrals made since April had a matching submission, and refresher briefings for response teams are continuing through the summer.",
                    "I support this recommendation. Intelligence that is never written down cannot be developed. I have asked for the audit to be repeated in the autumn.",
                ],
                [
                    "Recommendation 4 – clear plans to collect, analyse and share OIC information (by 31 December 2025).",
                    "Accepted. The force's OIC intelligence collection plan was signed off at Force Tactical Tasking in February 2025 and is shared with the North East Regional Organised Crime Unit.",
                    "I support this recommendation and I am reassured that the plan already exists.",
                ],
                [
                    "Recommendation 8 – Hydra training package, with the MS&OIC Unit (by 30 April 2026).",
                    "Accepted. Dates have been requested from the MS&OIC Unit and the first Hydra session, for detective sergeants and inspectors, is booked for November 2025.",
                    "I support this recommendation.",
                ],
                [
                    "Recommendation 9 – four modules of the OIC e-learning package (by 30 April 2026).",
                    "Accepted. Completion is reported monthly to the Organisational Learning Board; 38% of identified staff have completed all four modules so far.",
                    "I will seek assurance on completion rates through my Scrutiny and Performance Panel.",
                ],
            ],
        ),
        ("p", "The remaining six recommendations are for national bodies and I make no comment on them."),
        ("sign", ["Yours sincerely,", "", "Dawn Hetherington", "Police and Crime Commissioner for Cleveland"]),
        ("footer", "Office of the Police and Crime Commissioner for Cleveland"),
    ],
)

add(
    "tuneset11-02",
    "table",
    "docx",
    "Durham Constabulary",
    "Durham Police and Crime Commissioner",
    ("Stuart Pennock", "Police, Crime and Victims' Commissioner for County Durham and Darlington"),
    "2025-06-27",
    [
        item("2", "agree", "implemented", cc="accept"),
        item("4", "agree", "in_progress", cc="accept"),
        item("8", "partially_agree", "in_progress", cc="partially_agree"),
        item("9", "agree", "not_started", cc="accept"),
    ],
    [
        (
            "letterhead",
            ["Police, Crime and Victims' Commissioner", "County Durham and Darlington", "Aykley Heads, Durham"],
        ),
        ("date", "27 June 2025"),
        (
            "address",
            [
                "HM Inspectorate of Constabulary and Fire & Rescue Services",
                "Clive House",
                "70 Petty France",
                "London SW1H 9EX",
            ],
        ),
        ("salutation", "Dear HM Inspector,"),
        ("heading", f"Response to {OIC_TITLE}"),
        (
            "p",
            "I am writing, as the Police Act 1996 requires, to respond to your recent report. The table below shows, for each recommendation aimed at chief constables, Durham Constabulary's position as given to me by the Chief Constable, the progress made so far, and then my own view.",
        ),
        (
            "table",
            [
                [
                    "Ref",
                    "Recommendation (summary)",
                    "Durham Constabulary position",
                    "Progress to date",
                    "Commissioner's view",
                ],
                [
                    "2",
                    "Intelligence document submitted for every NCCU referral",
                    "Accepted",
                    "Complete. Since March 2025 the control room's NCCU referral template cannot be closed without an intelligence log reference.",
                    "Agree. A sensible and low-cost change.",
                ],
                [
                    "4",
                    "Clear plans to collect, analyse and share OIC information",
                    "Accepted",
                    "The OIC problem profile is being refreshed with the regional intelligence unit and will be finished by October 2025.",
                    "Agree.",
                ],
                [
                    "8",
                    "Relevant personnel to complete Hydra",
                    "Partially accepted. Hydra will be prioritised for senior investigating officers; the force does not have the capacity to put every relevant officer through it by April 2026.",
                    "A first cohort of six SIOs attended Hydra in June.",
                    "I share the Chief Constable's reservation. I would rather Hydra places went to those who will lead investigations than be spread thinly, so I only partly agree with this recommendation.",
                ],
                [
                    "9",
                    "Four modules of OIC e-learning",
                    "Accepted",
                    "Not started. The force is waiting for the College of Policing's revised module 4 before it makes the package mandatory.",
                    "Agree. I will ask for a timetable at my next accountability board.",
                ],
            ],
        ),
        ("p", "I will publish this letter and the Chief Constable's fuller response on my website."),
        (
            "sign",
            [
                "Yours faithfully",
                "Stuart Pennock",
                "Police, Crime and Victims' Commissioner for County Durham and Darlington",
            ],
        ),
    ],
)

add(
    "tuneset11-03",
    "table",
    "html",
    "Northumbria Police",
    "Northumbria Police and Crime Commissioner",
    ("Kathryn Ashworth", "Police and Crime Commissioner for Northumbria"),
    "2025-07-09",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "in_progress", cc="accept"),
        item("9", "support", "planned", cc="accept"),
    ],
    [
        ("letterhead", ["Northumbria Police and Crime Commissioner", "Sunderland"]),
        ("title", f"PCC response: {OIC_TITLE}"),
        ("date", "9 July 2025"),
        (
            "p",
            "HMICFRS published its thematic inspection of the police response to organised immigration crime on 16 May 2025. Four of its ten recommendations are for chief constables. I support those recommendations and the force's response to them, which is set out below together with the current position on each.",
        ),
        ("p", "Recommendation 5 is addressed to the National Crime Agency and I make no comment on it."),
        (
            "table",
            [
                ["No.", "Recommendation", "Northumbria Police response", "Status"],
                [
                    "2",
                    "Every NCCU referral is followed by the required intelligence document.",
                    "Accepted. The referral process has been rewritten and the intelligence submission is now a mandatory field on the incident log.",
                    "Complete",
                ],
                [
                    "4",
                    "Clear plans to collect, analyse and share OIC information.",
                    "Accepted. A draft collection plan has been written with the North East ROCU and partners at the Port of Tyne.",
                    "In progress",
                ],
                [
                    "8",
                    "Relevant personnel complete Hydra, working with the MS&OIC Unit.",
                    "Accepted. Two Hydra events have been run for CID and the Force Intelligence Bureau; more are being arranged.",
                    "In progress",
                ],
                [
                    "9",
                    "Relevant personnel complete the four e-learning modules.",
                    "Accepted. The modules will be added to the mandatory learning plan for 2026.",
                    "Planned – launch January 2026",
                ],
            ],
        ),
        ("p", "I will keep progress under review at my Business Meetings with the Chief Constable."),
        ("sign", ["Kathryn Ashworth", "Police and Crime Commissioner for Northumbria"]),
        ("footer", "Northumbria Police and Crime Commissioner"),
    ],
)

add(
    "tuneset11-04",
    "table",
    "html",
    "Humberside Police",
    "Humberside Police and Crime Commissioner",
    ("Graham Tullett", "Police and Crime Commissioner for Humberside"),
    "2025-07-07",
    [
        item("2", "partially_agree", "in_progress", by="chief_constable", cc="partially_agree"),
        item("4", "accept", "implemented", by="chief_constable", cc="accept"),
        item("8", "accept", "planned", by="chief_constable", cc="accept"),
        item("9", "accept", "in_progress", by="chief_constable", cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Humberside", "The Lawns, Hull"]),
        ("date", "7 July 2025"),
        ("address", HMCIC),
        ("salutation", "Dear Chief Inspector"),
        ("title", OIC_TITLE),
        (
            "p",
            "Thank you for sending me a copy of the report. I asked the Chief Constable to respond to the recommendations addressed to chief constables, and his response is set out in full in the table below. The right-hand column shows how my office will follow each one up.",
        ),
        (
            "table",
            [
                ["HMICFRS recommendation", "Chief Constable's response", "Commissioner's oversight"],
                [
                    "Recommendation 2: NCCU referrals and intelligence documents",
                    "Accepted in part. We will make sure an intelligence report follows every NCCU referral made by response and neighbourhood officers, and briefing material has already gone out to those teams. Referrals from the Port Intelligence Unit are recorded on a separate national system and will not be keyed twice.",
                    "Quarterly update to the Accountability Board",
                ],
                [
                    "Recommendation 4: plans to collect, analyse and share OIC information",
                    "Accepted. An OIC intelligence collection plan was agreed in May 2025 and is shared with the Yorkshire and Humber ROCU and Border Force at the Humber ports.",
                    "Assurance received in June 2025",
                ],
                [
                    "Recommendation 8: Hydra training package",
                    "Accepted. We have identified 45 staff who need Hydra, and sessions with the MS&OIC Unit are being arranged for the first quarter of 2026.",
                    "Update requested for January 2026",
                ],
                [
                    "Recommendation 9: OIC e-learning",
                    "Accepted. All four modules have been assigned to 310 officers and staff on the learning platform and 52% have completed them.",
                    "Completion rates reported monthly",
                ],
            ],
        ),
        ("p", "I will publish this response on my website."),
        ("sign", ["Yours sincerely", "Graham Tullett", "Police and Crime Commissioner for Humberside"]),
        ("footer", "Humberside Police and Crime Commissioner"),
    ],
)

add(
    "tuneset11-05",
    "table",
    "pdf",
    "North Yorkshire Police",
    "Mayor of York and North Yorkshire",
    ("Eleanor Marwood", "Deputy Mayor for Policing, Fire and Crime"),
    "2025-07-01",
    [
        item("2", "accept", "implemented", cc="accept"),
        item("4", "accept", "in_progress", cc="accept"),
        item("8", "accept", "planned", cc="accept"),
        item("9", "accept", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["York and North Yorkshire Combined Authority", "Policing, Fire and Crime"]),
        ("date", "1 July 2025"),
        ("address", HMCIC),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Response to the HMICFRS inspection: {OIC_TITLE}"),
        (
            "p",
            "I write on behalf of the Mayor of York and North Yorkshire, who has delegated policing functions to me as Deputy Mayor. The Mayor and I, together with the Chief Constable, accept the four recommendations made to chief constables. The table sets out North Yorkshire Police's update on each.",
        ),
        (
            "table",
            [
                ["No.", "Recommendation", "Accepted?", "Update"],
                [
                    "2",
                    "NCCU referral followed by intelligence document",
                    "Yes",
                    "A prompt to submit intelligence was added to the records system on 1 June 2025 and compliance is checked each week.",
                ],
                [
                    "4",
                    "Plans to collect, analyse and share OIC information",
                    "Yes",
                    "A plan has been drafted and goes to the Force Tactical Tasking and Coordination Group for agreement in September 2025.",
                ],
                [
                    "8",
                    "Hydra training package",
                    "Yes",
                    "Hydra will be delivered through the regional hub from February 2026.",
                ],
                [
                    "9",
                    "Four OIC e-learning modules",
                    "Yes",
                    "Mandatory for response and neighbourhood sergeants; 71% have completed all four.",
                ],
            ],
        ),
        ("p", "We will report on progress to the Police, Fire and Crime Panel."),
        ("sign", ["Yours sincerely", "Eleanor Marwood", "Deputy Mayor for Policing, Fire and Crime"]),
        ("footer", "York and North Yorkshire Combined Authority"),
    ],
)

add(
    "tuneset11-06",
    "table",
    "pdf",
    "Cheshire Constabulary",
    "Cheshire Police and Crime Commissioner",
    ("Peter Aldcroft", "Police and Crime Commissioner for Cheshire"),
    "2025-06-30",
    [
        item("2", "partially_agree", "in_progress", cc="agree"),
        item("4", "agree", "implemented", cc="agree"),
        item("8", "agree", "in_progress", cc="agree"),
        item("9", "agree", "planned", cc="agree"),
    ],
    [
        ("letterhead", ["Police and Crime Commissioner for Cheshire", "Clemonds Hey, Winsford"]),
        ("date", "30th June 2025"),
        ("address", HMCIC),
        ("salutation", "Dear Chief Inspector"),
        ("title", f"{OIC_TITLE} – response of the Police and Crime Commissioner for Cheshire"),
        (
            "p",
            "I have discussed the report with the Chief Constable. Cheshire Constabulary's response and my comments are below.",
        ),
        (
            "table",
            [
                ["Recommendation", "Force response", "PCC comment"],
                [
                    "2. Intelligence document for every NCCU referral",
                    "Agreed. Referral guidance is being rewritten and will be issued to frontline staff in August 2025.",
                    "I support the aim but question whether a separate intelligence document is needed every time, when most referrals are already logged on force systems. I have asked the Chief Constable to raise this with the national lead.",
                ],
                [
                    "4. Plans to collect, analyse and share OIC information",
                    "Agreed. Our OIC collection plan has been in place since 2024 and was refreshed in April 2025.",
                    "I agree.",
                ],
                [
                    "8. Hydra training package",
                    "Agreed. Twelve staff have completed Hydra and a further cohort is due early in the new year.",
                    "I agree.",
                ],
                [
                    "9. OIC e-learning (four modules)",
                    "Agreed. Roll-out to relevant personnel will begin in October 2025.",
                    "I agree and will monitor completion rates.",
                ],
            ],
        ),
        ("sign", ["Yours sincerely", "Peter Aldcroft", "Police and Crime Commissioner for Cheshire"]),
        ("footer", "Cheshire Police and Crime Commissioner"),
    ],
)

# ------------------------------------------------------------------------------------------------
# The force's answers in an annex

add(
    "tuneset11-07",
    "cc_annex",
    "txt",
    "Cumbria Constabulary",
    "Cumbria Police, Fire and Crime Commissioner",
    ("Gillian Strickland", "Police, Fire and Crime Commissioner for Cumbria"),
    "2025-07-08",
    [
        item("2", "accept", "implemented", cc="accept"),
        item("4", "accept", "planned", cc="accept"),
        item("8", "accept", "in_progress", cc="accept"),
        item("9", "accept", "in_progress", cc="partially_agree"),
    ],
    [
        ("letterhead", ["Cumbria Police, Fire and Crime Commissioner", "Carleton Hall, Penrith"]),
        ("date", "08/07/2025"),
        ("salutation", "Dear HM Chief Inspector,"),
        ("p", f"Re: {OIC_TITLE}"),
        (
            "p",
            "I accept the recommendations made to chief constables in this report. Cumbria is a small force, but the M6 and the West Coast Main Line run through the county and the ports at Workington and Barrow see regular freight traffic, so we cannot assume organised immigration crime passes us by.",
        ),
        (
            "p",
            "The Chief Constable's response is reproduced in the annex below, unedited. I will follow progress through my Public Accountability Conference.",
        ),
        ("sign", ["Yours sincerely", "Gillian Strickland", "Police, Fire and Crime Commissioner"]),
        ("heading", "Annex – response of the Chief Constable of Cumbria Constabulary"),
        (
            "p",
            "Recommendation 2 – Accepted. The control room procedure was changed in May 2025 so that the referring officer must submit an intelligence report before the incident can be closed. Compliance has been 100% for the last month.",
        ),
        (
            "p",
            "Recommendation 4 – Accepted. We will produce an OIC intelligence collection plan jointly with the North West ROCU by the end of November 2025.",
        ),
        (
            "p",
            "Recommendation 8 – Accepted. Nine detectives have completed Hydra and we are working with the MS&OIC Unit on places for the remaining relevant staff.",
        ),
        (
            "p",
            "Recommendation 9 – Partially accepted. Modules 1 and 2 have been assigned to all relevant personnel. Modules 3 and 4 are specialist in content and we will require them only of investigators and intelligence staff, not of every officer the report describes as relevant.",
        ),
    ],
)

add(
    "tuneset11-08",
    "cc_annex",
    "docx",
    "Greater Manchester Police",
    "Mayor of Greater Manchester (Greater Manchester Combined Authority)",
    ("Samira Haddow", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"),
    "2025-07-03",
    [
        item("2", "agree", "in_progress", by="chief_constable", cc="agree"),
        item("4", "agree", "implemented", by="chief_constable", cc="agree"),
        item("8", "support", "planned", by="chief_constable", cc="support"),
        item("9", "agree", "in_progress", by="chief_constable", cc="agree"),
    ],
    [
        ("letterhead", ["Greater Manchester Combined Authority", "Tootal Buildings, Oxford Street, Manchester"]),
        ("date", "3 July 2025"),
        ("address", HMCIC),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"{OIC_TITLE}: Greater Manchester response"),
        (
            "p",
            "On behalf of the Mayor, I enclose Greater Manchester Police's response to the recommendations in your report which are addressed to chief constables. The force's response to each is at Annex A.",
        ),
        (
            "p",
            "Recommendation 10 falls to the Home Office, and Greater Manchester will contribute to that work when asked. I will review GMP's progress against the recommendations through the Police Accountability Board.",
        ),
        ("sign", ["Yours sincerely,", "Samira Haddow", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"]),
        ("heading", "Annex A – Greater Manchester Police response"),
        (
            "dl",
            [
                (
                    "Recommendation 2",
                    "GMP agrees with this recommendation. An automated reminder to submit intelligence whenever an officer refers a case to the NCCU is being built into the force's command and control system, with go-live expected in December 2025.",
                ),
                (
                    "Recommendation 4",
                    "GMP agrees. The force's Organised Immigration Crime Problem Profile already sets out what we collect, how it is analysed and who it is shared with, and it is reviewed every six months.",
                ),
                (
                    "Recommendation 8",
                    "GMP supports this recommendation and is working with the MS&OIC Unit. Hydra sessions for around 120 staff are scheduled for March 2026.",
                ),
                (
                    "Recommendation 9",
                    "GMP agrees. The four modules have been made mandatory for all detectives and intelligence staff, and completion currently stands at 64%.",
                ),
            ],
        ),
        ("footer", "Greater Manchester Combined Authority"),
    ],
)

add(
    "tuneset11-09",
    "cc_annex",
    "docx",
    "Lancashire Constabulary",
    "Lancashire Police and Crime Commissioner",
    ("Neil Garstang", "Police and Crime Commissioner for Lancashire"),
    "2025-07-28",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "support", "implemented", cc="accept"),
        item("8", "support", "in_progress", cc="accept"),
        item("9", "support", ["in_progress", "planned"], cc="accept"),
    ],
    [
        ("letterhead", ["Police and Crime Commissioner for Lancashire", "County Hall, Preston"]),
        ("date", "28 July 2025"),
        ("address", HMCIC),
        ("salutation", "Dear Chief Inspector"),
        ("title", f"Response to HMICFRS: {OIC_TITLE}"),
        (
            "p",
            "I apologise for the late arrival of this response, which was held up while we waited for up-to-date training figures from the force.",
        ),
        (
            "p",
            "I fully support the four recommendations addressed to chief constables. With the M6, the M65 and Heysham port, Lancashire needs to be alert to people being moved through the county, and the report's findings about missed intelligence struck a chord with me. The Chief Constable's response follows in the annex.",
        ),
        ("sign", ["Yours sincerely", "Neil Garstang", "Police and Crime Commissioner for Lancashire"]),
        ("heading", "Annex: Lancashire Constabulary – response of the Chief Constable"),
        (
            "p",
            "Recommendation 2: Accepted. New guidance on NCCU referrals has been issued and supervisors are checking that an intelligence submission is made. A compliance audit is under way.",
        ),
        (
            "p",
            "Recommendation 4: Accepted. Lancashire has an OIC intelligence requirement and collection plan, agreed in March 2025, which is shared with the North West ROCU and Immigration Enforcement.",
        ),
        (
            "p",
            "Recommendation 8: Accepted. Two Hydra sessions have been delivered at headquarters and further sessions are being arranged with the MS&OIC Unit.",
        ),
        (
            "p",
            "Recommendation 9: Accepted. Modules 1 and 2 have been completed by all response officers. Modules 3 and 4 will be added to the mandatory list in the new year.",
        ),
        ("footer", "Police and Crime Commissioner for Lancashire"),
    ],
    late=True,
)

add(
    "tuneset11-10",
    "cc_annex",
    "html",
    "Merseyside Police",
    "Merseyside Police and Crime Commissioner",
    ("Louise Ardagh", "Police and Crime Commissioner for Merseyside"),
    "2025-07-02",
    [
        item("2", "note", "implemented", cc="accept"),
        item("4", "note", "in_progress", cc="accept"),
        item("8", "note", "in_progress", cc="accept"),
        item("9", "note", "planned", cc="accept"),
    ],
    [
        ("letterhead", ["Merseyside Police and Crime Commissioner"]),
        ("title", f"Response to the HMICFRS report {OIC_TITLE}"),
        ("date", "2 July 2025"),
        ("p", "Dear HM Chief Inspector,"),
        (
            "p",
            "I note the four recommendations addressed to chief constables and have sought the Chief Constable's response, which is appended below. Given the Port of Liverpool and the scale of the city region's night-time economy, exploitation linked to immigration crime is a real concern for the communities I represent, and I will monitor the force's progress through my Strategic Scrutiny Meetings.",
        ),
        ("p", "Yours sincerely,"),
        ("sign", ["Louise Ardagh", "Police and Crime Commissioner for Merseyside"]),
        ("heading", "Appendix: Merseyside Police response"),
        (
            "accordion",
            [
                (
                    "Recommendation 2",
                    "Accepted. Every NCCU referral now generates an intelligence submission through the force's intelligence portal; this has been in place since April 2025.",
                ),
                (
                    "Recommendation 4",
                    "Accepted. A collection and analysis plan is being developed with the North West ROCU and partners at the port.",
                ),
                (
                    "Recommendation 8",
                    "Accepted. Hydra training is under way for detectives in the Serious and Organised Crime directorate.",
                ),
                (
                    "Recommendation 9",
                    "Accepted. The e-learning modules will be mandated for all relevant personnel from September 2025.",
                ),
            ],
        ),
        ("footer", "Merseyside Police and Crime Commissioner"),
    ],
)

add(
    "tuneset11-11",
    "cc_annex",
    "pdf",
    "Derbyshire Constabulary",
    "Derbyshire Police and Crime Commissioner",
    ("Trevor Millward", "Police and Crime Commissioner for Derbyshire"),
    None,
    [
        item("2", "accept", "in_progress", cc="accept"),
        item("4", "accept", "implemented", cc="accept"),
        item("8", "partially_agree", "planned", cc="accept"),
        item("9", "accept", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Derbyshire", "Butterley Hall, Ripley"]),
        ("title", f"Police and Crime Commissioner's response – {OIC_TITLE}"),
        (
            "p",
            "I accept recommendations 2, 4 and 9 of the report. I have reservations about recommendation 8. Hydra is a valuable exercise, but national capacity to run it is limited, and I only partly agree that every relevant officer in Derbyshire should have completed it by April 2026 when that would mean taking investigators away from live cases. I would prefer a phased approach that starts with those leading investigations.",
        ),
        (
            "p",
            "The Chief Constable's response to all four recommendations is attached as an annex. I will hold him to account for delivery at my quarterly Strategic Priorities Assurance Board.",
        ),
        ("sign", ["Trevor Millward", "Police and Crime Commissioner for Derbyshire"]),
        ("heading", "Annex – Chief Constable's response"),
        (
            "p",
            "Recommendation 2. Accepted. A revised NCCU referral process is being trialled in the Force Control Room and will be rolled out to all sections during the autumn.",
        ),
        (
            "p",
            "Recommendation 4. Accepted. The force intelligence collection plan for OIC is in place and has been shared with the East Midlands Special Operations Unit.",
        ),
        (
            "p",
            "Recommendation 8. Accepted. Hydra places have been requested for 30 staff, with the first sessions due in February 2026.",
        ),
        ("p", "Recommendation 9. Accepted. The four modules are assigned; completion stands at 47%."),
        ("footer", "Office of the Police and Crime Commissioner for Derbyshire"),
    ],
)

# ------------------------------------------------------------------------------------------------
# Blanket views

add(
    "tuneset11-12",
    "blanket",
    "txt",
    "Leicestershire Police",
    "Leicestershire Police and Crime Commissioner",
    ("Benedict Ashby", "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"),
    "2025-06-19",
    [
        item("2", "accept", "planned"),
        item("4", "accept", "in_progress"),
        item("8", "accept", "in_progress"),
        item("9", "partially_agree", "in_progress"),
    ],
    [
        ("letterhead", ["OFFICE OF THE POLICE AND CRIME COMMISSIONER", "Leicester, Leicestershire and Rutland"]),
        ("date", "19 June 2025"),
        ("address", HMCIC),
        ("p", f"HMICFRS: {OIC_TITLE}"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "Thank you for the report. I accept all of the recommendations made to chief constables, and I have discussed each of them with the Chief Constable.",
        ),
        (
            "p",
            "On the referral of cases to the National Command and Control Unit (recommendation 2), the force intends to add an intelligence prompt to its incident recording system when the system is upgraded in January 2026.",
        ),
        (
            "p",
            "Work on a plan to collect, analyse and share information about organised immigration crime (recommendation 4) has started within the Force Intelligence Bureau, drawing on the East Midlands regional threat assessment.",
        ),
        (
            "p",
            "A first group of investigators has already been through Hydra (recommendation 8), and more places are being taken up this year.",
        ),
        (
            "p",
            "I should be clear that my acceptance of recommendation 9 is qualified. The force has begun assigning the e-learning modules, but I only partly agree with the recommendation as written. Four modules for every relevant member of staff is a significant demand on time, and I would rather the force targeted them at the officers most likely to meet victims of this crime.",
        ),
        ("p", "I will publish this response on my website."),
        (
            "sign",
            [
                "Yours sincerely",
                "Benedict Ashby",
                "Police and Crime Commissioner for Leicester, Leicestershire and Rutland",
            ],
        ),
    ],
)

add(
    "tuneset11-13",
    "blanket",
    "txt",
    "Lincolnshire Police",
    "Lincolnshire Police and Crime Commissioner",
    ("Gordon Skipworth", "Police and Crime Commissioner for Lincolnshire"),
    "2025-08-14",
    [
        item("2", "support", "in_progress"),
        item("4", "support", "implemented"),
        item("8", "support", "planned"),
        item("9", "support", "planned"),
    ],
    [
        ("title", "RESPONSE OF THE POLICE AND CRIME COMMISSIONER FOR LINCOLNSHIRE"),
        ("p", f"HMICFRS thematic inspection: {OIC_TITLE} (published 16 May 2025)"),
        ("date", "Date: 14 August 2025"),
        (
            "p",
            "1. The Commissioner welcomes the inspection and supports all four of the recommendations that it makes to chief constables.",
        ),
        (
            "p",
            "2. Lincolnshire's coastline and the ports at Boston and Immingham nearby mean that the county has a direct interest in the findings. The Commissioner has discussed the report with the Chief Constable at his monthly accountability meeting.",
        ),
        (
            "p",
            "3. Intelligence following NCCU referrals: the force has amended its guidance to officers and is checking a sample of referrals each month to see whether intelligence was submitted. This work will continue until compliance is consistently high.",
        ),
        (
            "p",
            "4. Collection, analysis and sharing: Lincolnshire Police already has an organised immigration crime collection plan, agreed by its Tactical Tasking and Coordination Group and shared with the East Midlands Special Operations Unit.",
        ),
        (
            "p",
            "5. Training: Hydra and the four e-learning modules will be introduced together from January 2026 as part of a single training programme for investigators and intelligence staff.",
        ),
        (
            "p",
            "6. The Commissioner regrets that this response is published later than the 56 days the legislation allows.",
        ),
        ("sign", ["Gordon Skipworth", "Police and Crime Commissioner for Lincolnshire"]),
    ],
    late=True,
)

add(
    "tuneset11-14",
    "blanket",
    "docx",
    "Northamptonshire Police",
    "Northamptonshire Police, Fire and Crime Commissioner",
    ("Corinne Blisworth", "Police, Fire and Crime Commissioner for Northamptonshire"),
    "2025-07-04",
    [
        item("2", "agree", "implemented"),
        item("4", "agree", "in_progress"),
        item("8", "agree", "not_stated"),
        item("9", "agree", "not_stated"),
    ],
    [
        (
            "letterhead",
            ["Office of the Northamptonshire Police, Fire and Crime Commissioner", "Darby House, Northampton"],
        ),
        ("date", "4 July 2025"),
        ("address", HMCIC),
        ("salutation", "Dear Chief Inspector"),
        ("title", OIC_TITLE),
        (
            "p",
            "Thank you for your report, which I read with interest. I agree with its recommendations, and I have asked the Chief Constable to keep me informed of progress through our regular accountability meetings.",
        ),
        (
            "p",
            "I was struck by the finding that intelligence is often lost after officers make referrals to Immigration Enforcement. I am pleased to say that Northamptonshire Police now requires an intelligence submission for every NCCU referral, and this has been the case since the spring.",
        ),
        (
            "p",
            "The force is also working with the East Midlands Special Operations Unit on a joint plan for collecting and sharing information about organised immigration crime across the region.",
        ),
        (
            "p",
            "Organised immigration crime often sits behind the exploitation we see in our towns, in car washes, nail bars and on farms, and I want the people of Northamptonshire to be confident that it is taken seriously.",
        ),
        ("sign", ["Yours sincerely", "Corinne Blisworth", "Police, Fire and Crime Commissioner for Northamptonshire"]),
        ("footer", "Northamptonshire Police, Fire and Crime Commissioner"),
    ],
)

add(
    "tuneset11-15",
    "blanket",
    "html",
    "Nottinghamshire Police",
    "Nottinghamshire Police and Crime Commissioner",
    ("Aaron Whitcombe", "Police and Crime Commissioner for Nottinghamshire"),
    "2025-07-08",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "support", "planned", cc="accept"),
        item("8", "support", "in_progress", cc="accept"),
        item("9", "support", "implemented", cc="accept"),
    ],
    [
        ("letterhead", ["Nottinghamshire Office of the Police and Crime Commissioner", "Arnot Hill House, Arnold"]),
        ("title", f"OPCC response to HMICFRS – {OIC_TITLE}"),
        ("date", "8 July 2025"),
        (
            "p",
            "The Office of the Police and Crime Commissioner (OPCC) supports the recommendations in this report, and Nottinghamshire Police has accepted all four of those addressed to chief constables. The OPCC has been given the following update by the force.",
        ),
        (
            "p",
            "NCCU referrals: the force is changing its referral procedure so that an intelligence report is always submitted. Training for control room staff is under way.",
        ),
        (
            "p",
            "Information plans: an organised immigration crime intelligence collection plan will be drawn up by the Force Intelligence Bureau in the autumn, ready for sign-off before the end of 2025.",
        ),
        ("p", "Hydra: around half of the relevant detectives have now attended a Hydra session, with the rest booked."),
        ("p", "E-learning: all 212 staff identified as relevant personnel have completed the four modules."),
        (
            "p",
            "We will continue to monitor the force's progress through the Commissioner's Strategic Resources and Performance meeting.",
        ),
        ("sign", ["Aaron Whitcombe", "Police and Crime Commissioner for Nottinghamshire"]),
        ("footer", "Nottinghamshire Office of the Police and Crime Commissioner"),
    ],
)

add(
    "tuneset11-16",
    "blanket",
    "pdf",
    "Staffordshire Police",
    "Staffordshire Police, Fire and Crime Commissioner",
    ("Philippa Wolstanton", "Police, Fire and Crime Commissioner for Staffordshire"),
    "2025-07-10",
    [
        item("2", "accept", "implemented", cc="accept"),
        item("4", "accept", "implemented", cc="accept"),
        item("8", "accept", "in_progress", cc="accept"),
        item("9", "accept", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Staffordshire Commissioner's Office", "Police | Fire and Rescue | Crime", "Stafford"]),
        ("date", "10 July 2025"),
        ("address", HMCIC),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Response to {OIC_TITLE}"),
        (
            "p",
            "I accept the recommendations in full, as does the Chief Constable. Staffordshire sits at the heart of the motorway network, and the report's findings are very relevant to the county.",
        ),
        (
            "p",
            "The force tells me that recommendations 2 and 4 have already been met. Officers who refer a case to the NCCU must now record an intelligence submission, and an organised immigration crime collection plan has been agreed with the West Midlands Regional Organised Crime Unit and is in use.",
        ),
        (
            "p",
            "Training under recommendations 8 and 9 is progressing. Staff from the Public Protection Unit and CID are attending Hydra sessions with the MS&OIC Unit through the year, and completion of the four e-learning modules is rising month on month.",
        ),
        ("p", "I will review progress at my Strategic Governance Board."),
        (
            "sign",
            [
                "Yours sincerely",
                "Philippa Wolstanton",
                "Staffordshire Commissioner for Police, Fire and Rescue and Crime",
            ],
        ),
        ("footer", "Staffordshire Commissioner's Office"),
    ],
)

# ------------------------------------------------------------------------------------------------
# Mixed stances

add(
    "tuneset11-17",
    "mixed_stances",
    "txt",
    "Warwickshire Police",
    "Warwickshire Police and Crime Commissioner",
    ("Lorna Kinwarton", "Police and Crime Commissioner for Warwickshire"),
    "2025-07-07",
    [
        item("2", "agree", "in_progress", cc="accept"),
        item("4", "agree", "planned", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "disagree", "not_started", cc="accept"),
    ],
    [
        ("letterhead", ["Warwickshire Police and Crime Commissioner", "3 Northgate Street, Warwick"]),
        ("date", "7 July 2025"),
        ("salutation", "Dear Chief Inspector"),
        ("title", f"{OIC_TITLE} – PCC response"),
        (
            "p",
            "The Chief Constable has accepted all four recommendations made to chief constables. My own view differs in one respect, which I set out below.",
        ),
        (
            "p",
            "Recommendation 2. I agree. The force has told me that a new referral form is now being used in the Operational Communications Centre, and that supervisors are being briefed on checking for the intelligence submission.",
        ),
        (
            "p",
            "Recommendation 4. I agree. Warwickshire and West Mercia will write a shared plan for collecting and sharing OIC information, to be presented to the joint tasking meeting in November.",
        ),
        (
            "p",
            "Recommendation 8. I strongly support this recommendation. Hydra is well regarded and the force expects to send its first staff in the spring of 2026.",
        ),
        (
            "p",
            "Recommendation 9. I do not agree with this recommendation. Warwickshire already provides its own classroom input on exploitation and immigration crime, and requiring four further online modules of every relevant officer risks adding to an already heavy e-learning burden without a clear benefit. The force has not yet begun rolling the modules out, and I have asked the Chief Constable to wait until we have discussed whether they add anything to the training already given.",
        ),
        ("sign", ["Yours sincerely", "Lorna Kinwarton", "Police and Crime Commissioner for Warwickshire"]),
    ],
)

add(
    "tuneset11-18",
    "mixed_stances",
    "docx",
    "West Mercia Police",
    "West Mercia Police and Crime Commissioner",
    ("Douglas Wyre", "Police and Crime Commissioner for West Mercia"),
    "2025-06-24",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "in_progress"),
        item("8", "note", "not_stated"),
        item("9", "partially_agree", "in_progress"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for West Mercia", "Hindlip Hall, Worcester"]),
        ("date", "24 June 2025"),
        ("address", HMCIC),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Re: {OIC_TITLE}"),
        ("p", "Thank you for your report. My response to each of the recommendations for chief constables follows."),
        ("heading", "Recommendation 2"),
        (
            "p",
            "I accept this recommendation. West Mercia Police made the change in April: the control room now records an intelligence submission reference against every referral to the NCCU.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "I accept this recommendation. The force's intelligence team is drafting a collection plan for organised immigration crime, with input from the regional organised crime unit.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "I note this recommendation. How far it can be delivered depends largely on the MS&OIC Unit's capacity to run Hydra, and I will be asking the force how many officers it expects to send.",
        ),
        ("heading", "Recommendation 9"),
        (
            "p",
            "I partially agree with this recommendation. The modules are useful for specialist staff, and the force has started assigning them, but I am not persuaded that all four are needed by every officer counted as relevant personnel.",
        ),
        ("sign", ["Yours sincerely", "Douglas Wyre", "West Mercia Police and Crime Commissioner"]),
        ("footer", "Office of the Police and Crime Commissioner for West Mercia"),
    ],
)

add(
    "tuneset11-19",
    "mixed_stances",
    "html",
    "Bedfordshire Police",
    "Bedfordshire Police and Crime Commissioner",
    ("Marcus Eldridge", "Police and Crime Commissioner for Bedfordshire"),
    "2025-07-09",
    [
        item("2", "agree", "implemented", cc="agree"),
        item("4", "agree", "in_progress", cc="agree"),
        item("8", "support", "planned", cc="partially_agree"),
    ],
    [
        ("letterhead", ["Bedfordshire Police and Crime Commissioner", "Bridgebury House, Kempston"]),
        ("date", "9 July 2025"),
        ("title", f"Bedfordshire PCC response to {OIC_TITLE}"),
        ("p", "Dear Chief Inspector,"),
        (
            "p",
            "Bedfordshire Police agrees with recommendations 2 and 4 of your report and partially agrees with recommendation 8. The force has explained that it can offer Hydra to its specialist investigators within the timescale, but not yet to everyone the report regards as relevant personnel.",
        ),
        (
            "p",
            "I share the force's view on recommendations 2 and 4. The intelligence submission after every NCCU referral is already in place, having been introduced in March, and a collection and sharing plan is being written with the Eastern Region Special Operations Unit.",
        ),
        (
            "p",
            "On recommendation 8 I go further than the force: I fully support the recommendation as written. Luton airport and the M1 make our county a transit point, and I would like the force to put more than its specialists through Hydra. The first sessions are booked for January 2026 and I have asked for them to be widened.",
        ),
        ("p", "Yours sincerely,"),
        ("sign", ["Marcus Eldridge", "Police and Crime Commissioner for Bedfordshire"]),
        ("footer", "Bedfordshire Police and Crime Commissioner"),
    ],
    unanswered=["9"],
)

add(
    "tuneset11-20",
    "mixed_stances",
    "pdf",
    "Cambridgeshire Constabulary",
    "Cambridgeshire Police and Crime Commissioner",
    ("Hannah Fordham", "Police and Crime Commissioner for Cambridgeshire and Peterborough"),
    "2025-07-22",
    [
        item("2", "disagree", "not_started", cc="disagree"),
        item("4", "accept", "implemented", cc="accept"),
        item("8", "accept", "in_progress", cc="accept"),
        item("9", "accept", "in_progress", cc="accept"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner",
                "Cambridgeshire and Peterborough",
                "Hinchingbrooke Park, Huntingdon",
            ],
        ),
        ("date", "22 July 2025"),
        ("address", HMCIC),
        ("salutation", "Dear Chief Inspector"),
        ("title", f"HMICFRS inspection – {OIC_TITLE}"),
        ("p", "This is my response to your report. I am sorry it is later than the statutory deadline."),
        ("heading", "Recommendation 2"),
        (
            "p",
            "The Chief Constable does not accept recommendation 2, and I agree with him. Cambridgeshire already records every NCCU referral on its intelligence system automatically, through a link built in 2023, so asking the referring officer to complete a second document would duplicate work without adding anything. The force will not be introducing a separate submission, and I do not accept the recommendation either.",
        ),
        ("heading", "Recommendations 4, 8 and 9"),
        ("p", "The force accepts the remaining three recommendations and so do I."),
        (
            "p",
            "A collection and sharing plan for organised immigration crime has been in place since January 2025, agreed with the Eastern Region Special Operations Unit.",
        ),
        (
            "p",
            "Hydra training has begun for the force's serious and organised crime investigators, and more sessions are being run this year.",
        ),
        (
            "p",
            "Take-up of the four e-learning modules is being monitored at the force's training board and currently stands at 58%.",
        ),
        (
            "sign",
            ["Yours sincerely", "Hannah Fordham", "Police and Crime Commissioner for Cambridgeshire and Peterborough"],
        ),
        ("footer", "Cambridgeshire and Peterborough Police and Crime Commissioner"),
    ],
    late=True,
)

add(
    "tuneset11-21",
    "mixed_stances",
    "docx",
    "Essex Police",
    "Essex Police, Fire and Crime Commissioner",
    ("Colin Maplestead", "Police, Fire and Crime Commissioner for Essex"),
    "2025-07-01",
    [
        item("2", "accept", "in_progress", cc="accept"),
        item("4", "accept", "implemented", cc="accept"),
        item("8", "accept", "planned", cc="accept"),
        item("9", "partially_agree", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Essex Police, Fire and Crime Commissioner", "Kelvedon Park, Kelvedon"]),
        ("date", "1 July 2025"),
        ("title", f"Response of the Police, Fire and Crime Commissioner for Essex to HMICFRS: {OIC_TITLE}"),
        (
            "p",
            "1. This response is made under section 55 of the Police Act 1996. Essex Police has accepted all four recommendations addressed to chief constables.",
        ),
        ("p", "2. The PFCC accepts recommendations 2, 4 and 8."),
        (
            "p",
            "3. The PFCC partially accepts recommendation 9. The PFCC agrees that the e-learning should be completed by officers working in specialist roles and at the ports, but is concerned that extending it to every officer who might come across immigration crime will take time away from the front line.",
        ),
        (
            "p",
            "4. Progress reported by the force: the NCCU referral process is being revised, with the change due to go live in September 2025 (recommendation 2); the force's collection plan for organised immigration crime, covering Harwich, Tilbury and London Gateway, is in place and is shared with the Eastern Region Special Operations Unit (recommendation 4); Hydra sessions are booked with the MS&OIC Unit for February and March 2026 (recommendation 8); and 40% of relevant staff have completed the e-learning (recommendation 9).",
        ),
        ("p", "5. The PFCC will scrutinise delivery through the Performance and Resources Board."),
        ("sign", ["Colin Maplestead", "Police, Fire and Crime Commissioner for Essex"]),
        ("footer", "Essex Police, Fire and Crime Commissioner"),
    ],
)

# ------------------------------------------------------------------------------------------------
# Two findings answered in one paragraph

add(
    "tuneset11-22",
    "two_in_one_paragraph",
    "txt",
    "Hertfordshire Constabulary",
    "Hertfordshire Police and Crime Commissioner",
    ("Naomi Brickendon", "Police and Crime Commissioner for Hertfordshire"),
    "2025-06-20",
    [
        item("2", "agree", "implemented"),
        item("4", "agree", "in_progress"),
        item("8", "agree", "in_progress", cc="accept"),
        item("9", "agree", "in_progress", cc="accept"),
    ],
    [
        (
            "letterhead",
            ["Office of the Police and Crime Commissioner for Hertfordshire", "Harpenden Police Station, Harpenden"],
        ),
        ("date", "20 June 2025"),
        ("address", HMCIC),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            f"Thank you for your report, {OIC_TITLE}. I have considered it with the Chief Constable and set out my response below.",
        ),
        (
            "p",
            "I agree with recommendations 2 and 4. Hertfordshire has already changed its procedures so that an intelligence submission is made whenever an officer contacts the NCCU, and this is checked by the Force Communications Room supervisors. A plan to collect, analyse and share OIC information is being developed by the intelligence directorate, working with the Eastern Region Special Operations Unit, and should be agreed in the autumn.",
        ),
        (
            "p",
            "I also agree with recommendations 8 and 9, which the Chief Constable has accepted. Hydra training for investigators has started and will continue into next year, and completion of the e-learning modules is being tracked each month; at the end of May just over a third of relevant staff had finished all four.",
        ),
        ("p", "I will continue to monitor delivery through my Strategic Performance Board."),
        ("sign", ["Yours sincerely", "Naomi Brickendon", "Police and Crime Commissioner for Hertfordshire"]),
    ],
)

add(
    "tuneset11-23",
    "two_in_one_paragraph",
    "txt",
    "Kent Police",
    "Kent Police and Crime Commissioner",
    ("Rosalind Hythe", "Kent Police and Crime Commissioner"),
    None,
    [
        item("2", ["accept", "support"], "in_progress", cc="accept"),
        item("4", ["accept", "support"], "implemented", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "accept", "in_progress", by="chief_constable", cc="accept"),
    ],
    [
        ("letterhead", ["Kent Police and Crime Commissioner", "Sutton Road, Maidstone"]),
        ("salutation", "Dear Chief Inspector"),
        ("title", f"Re: {OIC_TITLE}"),
        (
            "p",
            "Kent is on the front line of organised immigration crime, with small boat arrivals on our coast and the Port of Dover and the Channel Tunnel within the county, so I have read the report with close attention.",
        ),
        (
            "p",
            "The Chief Constable accepts recommendations 2 and 4, and I endorse that. Kent Police is retraining officers at Dover and in the control room so that every NCCU referral is followed by an intelligence report, and that work will run through the summer; the force's collection and analysis plan for organised immigration crime is already in place and shared with the South East Regional Organised Crime Unit and Immigration Enforcement.",
        ),
        (
            "p",
            "I support recommendation 8, which the force has also accepted. Hydra sessions for the force's specialist teams have been scheduled for the first months of 2026.",
        ),
        (
            "p",
            "Recommendation 9 is accepted by the force, which has assigned the four e-learning modules to relevant staff; completion is being monitored.",
        ),
        ("p", "I will keep progress under review at my Performance and Delivery Board."),
        ("sign", ["Yours sincerely", "Rosalind Hythe", "Kent Police and Crime Commissioner"]),
    ],
)

add(
    "tuneset11-24",
    "two_in_one_paragraph",
    "html",
    "Dyfed-Powys Police",
    "Dyfed-Powys Police and Crime Commissioner",
    ("Eirlys Prydderch", "Police and Crime Commissioner for Dyfed-Powys"),
    "2025-07-03",
    [
        item("4", "accept", "planned"),
        item("8", "accept", "planned"),
        item("9", "accept", "in_progress"),
    ],
    [
        (
            "letterhead",
            [
                "Comisiynydd Heddlu a Throseddu Dyfed-Powys",
                "Dyfed-Powys Police and Crime Commissioner",
                "Llangunnor, Carmarthen",
            ],
        ),
        ("date", "3 July 2025"),
        ("salutation", "Dear Chief Inspector,"),
        ("title", OIC_TITLE),
        (
            "p",
            "Thank you for the opportunity to respond to this report. Dyfed-Powys covers more than half of Wales's land mass and includes the ferry ports at Fishguard and Pembroke Dock, so organised immigration crime is a risk we take seriously even though recorded volumes are low.",
        ),
        (
            "p",
            "I accept recommendation 4. The force has told me that its plan for collecting, analysing and sharing information about organised immigration crime will be written by the end of October 2025, working with the Tarian Regional Organised Crime Unit.",
        ),
        (
            "p",
            "Recommendations 8 and 9 deal with training, and I accept both. Hydra places have been requested from the MS&OIC Unit for the new year, while the four e-learning modules are already being completed by officers in the ports and in CID.",
        ),
        ("p", "I will follow progress through my Policing Accountability Board."),
        ("sign", ["Yn gywir / Yours sincerely", "Eirlys Prydderch", "Police and Crime Commissioner for Dyfed-Powys"]),
        ("footer", "Dyfed-Powys Police and Crime Commissioner"),
    ],
    unanswered=["2"],
)

add(
    "tuneset11-25",
    "two_in_one_paragraph",
    "pdf",
    "Suffolk Constabulary",
    "Suffolk Police and Crime Commissioner",
    ("Geoffrey Orford", "Police and Crime Commissioner for Suffolk"),
    "2025-07-15",
    [
        item("2", "accept", "in_progress", cc="agree"),
        item("4", "accept", "implemented", cc="agree"),
        item("8", "accept", "in_progress", cc="agree"),
        item("9", "accept", "planned", cc="agree"),
    ],
    [
        ("letterhead", ["Suffolk Police and Crime Commissioner", "Martlesham Heath, Ipswich"]),
        ("date", "15 July 2025"),
        ("address", HMCIC),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"HMICFRS: {OIC_TITLE}"),
        (
            "p",
            "I am writing with my response to the report. The Chief Constable has confirmed that Suffolk Constabulary agrees with each of the four recommendations made to chief constables.",
        ),
        (
            "p",
            "I accept recommendation 2. With the Port of Felixstowe in the county, referrals to the NCCU are frequent, and the force is working through a backlog of guidance changes and officer briefings to make sure intelligence is submitted each time.",
        ),
        (
            "p",
            "I accept recommendations 4 and 9. Suffolk and Norfolk already share a collection and analysis plan for organised immigration crime, which was updated in March. The four e-learning modules will be rolled out to relevant staff from October, once the joint learning platform has been updated.",
        ),
        (
            "p",
            "I accept recommendation 8. A number of detectives have completed Hydra and further places are being taken up.",
        ),
        ("p", "I apologise that this response is later than it should have been."),
        ("sign", ["Yours sincerely", "Geoffrey Orford", "Police and Crime Commissioner for Suffolk"]),
        ("footer", "Suffolk Police and Crime Commissioner"),
    ],
    late=True,
)

# ------------------------------------------------------------------------------------------------
# Flattened tables

add(
    "tuneset11-26",
    "flattened",
    "txt",
    "Hampshire and Isle of Wight Constabulary",
    "Hampshire and Isle of Wight Police and Crime Commissioner",
    ("Pauline Hambledon", "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
    "2025-06-26",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "in_progress", cc="accept"),
        item("9", "note", "planned", cc="accept"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight",
                "St George's Chambers, Winchester",
            ],
        ),
        ("date", "26 June 2025"),
        ("p", f"PCC response: {OIC_TITLE}"),
        (
            "p",
            "The table below sets out the Constabulary's response to each recommendation for chief constables, my position, and the current status. My comments on recommendation 9 follow the table.",
        ),
        ("p", "Recommendation Constabulary response PCC position Status"),
        (
            "p",
            "2 – intelligence document after every NCCU referral Accepted. A mandatory intelligence field was added to the NCCU referral process in April 2025. Supported Complete",
        ),
        (
            "p",
            "4 – plans to collect, analyse and share OIC information Accepted. The plan is being written with the South East ROCU and Border Force at Southampton and Portsmouth. Supported In progress",
        ),
        (
            "p",
            "8 – Hydra training package Accepted. 24 staff trained to date; further sessions running through 2025. Supported In progress",
        ),
        (
            "p",
            "9 – four e-learning modules Accepted. To be assigned to relevant personnel from November 2025. Noted – see below Planned",
        ),
        (
            "p",
            "On recommendation 9, I note the Constabulary's acceptance. I want to understand how much time the four modules will take before I form a view, given the other mandatory training officers must complete this year.",
        ),
        ("sign", ["Pauline Hambledon", "Police and Crime Commissioner for Hampshire and the Isle of Wight"]),
    ],
)

add(
    "tuneset11-27",
    "flattened",
    "docx",
    "City of London Police",
    "City of London Corporation (Police Authority Board)",
    ("Harriet Walbrook", "Chair, Police Authority Board"),
    "2025-07-07",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["City of London Corporation", "Police Authority Board", "Guildhall, London EC2"]),
        ("date", "7 July 2025"),
        ("address", HMCIC),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Police Authority Board response: {OIC_TITLE}"),
        (
            "p",
            "The City of London Corporation is the police authority for the City of London Police. The Commissioner of the City of London Police has accepted recommendations 2, 4 and 9, and the Police Authority Board supports them. The force's summary of progress is copied below from its report to the Board's Strategic Planning and Performance Committee.",
        ),
        ("p", "Rec\tForce response\tStatus"),
        (
            "p",
            "2\tAccepted – NCCU referral guidance updated; intelligence submission now required for every referral\tComplete",
        ),
        (
            "p",
            "4\tAccepted – OIC information collection and sharing plan in draft, linked to the force's national lead role for fraud and economic crime\tIn progress",
        ),
        ("p", "9\tAccepted – e-learning assigned to relevant personnel\tIn progress (61%)"),
        ("p", "The Board will receive a further update in the new year."),
        ("sign", ["Yours sincerely", "Harriet Walbrook", "Chair, Police Authority Board"]),
        ("footer", "City of London Corporation – Police Authority Board"),
    ],
    unanswered=["8"],
)

add(
    "tuneset11-28",
    "flattened",
    "pdf",
    "Sussex Police",
    "Sussex Police and Crime Commissioner",
    ("Verity Ashdown", "Sussex Police and Crime Commissioner"),
    "2025-07-04",
    [
        item("2", "agree", "in_progress", cc="accept"),
        item("4", "agree", "implemented", cc="accept"),
        item("8", "agree", "planned", cc="accept"),
        item("9", "agree", ["in_progress", "planned"], cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Sussex Police and Crime Commissioner", "Lewes"]),
        ("date", "04.07.2025"),
        ("address", HMCIC),
        ("salutation", "Dear Chief Inspector"),
        ("p", f"{OIC_TITLE.upper()}"),
        (
            "p",
            f"Thank you for the report {OIC_TITLE}. I agree with all four recommendations made to chief constables. Sussex Police has accepted them too, and its position is summarised below as it was presented to my Performance and Accountability Meeting.",
        ),
        ("p", "No. Recommendation Force position Progress"),
        (
            "p",
            "2 Intelligence document for every NCCU referral Accepted Referral process under review; Newhaven port team piloting the new form since June.",
        ),
        (
            "p",
            "4 OIC collection, analysis and sharing plans Accepted Plan agreed January 2025 and in use with the South East ROCU.",
        ),
        ("p", "8 Hydra training with the MS&OIC Unit Accepted Sessions scheduled for spring 2026."),
        (
            "p",
            "9 Four modules of OIC e-learning Accepted Module 1 under way for contact and response staff; modules 2 to 4 to follow in 2026.",
        ),
        ("sign", ["Yours sincerely", "Verity Ashdown", "Sussex Police and Crime Commissioner"]),
        ("footer", "Office of the Sussex Police and Crime Commissioner"),
    ],
)

# ------------------------------------------------------------------------------------------------
# Headings that paraphrase the findings

add(
    "tuneset11-29",
    "paraphrase_headings",
    "txt",
    "Avon and Somerset Police",
    "Avon and Somerset Police and Crime Commissioner",
    ("Imogen Chewton", "Police and Crime Commissioner for Avon and Somerset"),
    "2025-07-02",
    [
        item("2", "agree", "in_progress", cc="accept"),
        item("4", "agree", "implemented", cc="accept"),
        item("8", "agree", "in_progress", cc="accept"),
        item("9", "agree", "planned", cc="accept"),
    ],
    [
        ("letterhead", ["Avon and Somerset Office of the Police and Crime Commissioner", "Valley Road, Portishead"]),
        ("date", "2 July 2025"),
        ("address", HMCIC),
        ("salutation", "Dear Chief Inspector"),
        ("title", f"{OIC_TITLE}: response from the Avon and Somerset OPCC"),
        (
            "p",
            "We have read the report with the Constabulary, which has accepted each of the recommendations made to chief constables. The OPCC agrees with them too. Our comments on each are below.",
        ),
        ("heading", "Referrals to Immigration Enforcement's command and control unit"),
        (
            "p",
            "The OPCC agrees that the intelligence from these referrals should not be lost. The Constabulary is changing its call-handling scripts and officer guidance, and about half of its teams have been briefed so far.",
        ),
        ("heading", "Plans for intelligence on organised immigration crime"),
        (
            "p",
            "The OPCC agrees. The Constabulary's collection plan was approved last year and is reviewed quarterly with the South West ROCU and partners at Bristol Port and Bristol Airport.",
        ),
        ("heading", "Hydra"),
        (
            "p",
            "The OPCC agrees. Hydra sessions are running for detectives and intelligence officers, with more to come after the summer.",
        ),
        ("heading", "Online learning"),
        (
            "p",
            "The OPCC agrees. The four modules will be added to the Constabulary's mandatory training plan for 2026.",
        ),
        ("sign", ["Yours sincerely", "Imogen Chewton", "Police and Crime Commissioner for Avon and Somerset"]),
    ],
)

add(
    "tuneset11-30",
    "paraphrase_headings",
    "html",
    "Metropolitan Police Service",
    "Mayor's Office for Policing And Crime (MOPAC)",
    ("Tobias Wrenfield", "Deputy Mayor for Policing and Crime"),
    "2025-07-09",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "accept", "implemented", by="chief_constable", cc="accept"),
        item("8", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("9", "accept", "planned", by="chief_constable", cc="accept"),
    ],
    [
        ("letterhead", ["Mayor's Office for Policing And Crime", "City Hall, London"]),
        ("date", "9 July 2025"),
        ("address", HMCIC),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"MOPAC response to {OIC_TITLE}"),
        (
            "p",
            "The Metropolitan Police Service (MPS) has accepted all four recommendations addressed to chief constables. The Commissioner of Police of the Metropolis has given MOPAC the update set out below, and MOPAC will oversee delivery through its regular oversight meetings with the MPS.",
        ),
        ("heading", "Turning referrals into intelligence"),
        (
            "p",
            "MOPAC supports this recommendation strongly. The MPS makes more referrals to the NCCU than any other force, and the report shows how much is lost when they are not written up. The MPS is rolling out a revised referral process across its Basic Command Units, starting with those covering Heathrow and the main rail termini.",
        ),
        ("heading", "Planning how intelligence is gathered and shared"),
        (
            "p",
            "The MPS already has an organised immigration crime intelligence collection plan, owned by Specialist Crime and shared with the National Crime Agency and Immigration Enforcement.",
        ),
        ("heading", "Hydra immersive training"),
        (
            "p",
            "Hydra exercises are being run with the MS&OIC Unit for Specialist Crime investigators, with 150 staff trained so far.",
        ),
        ("heading", "Organised immigration crime e-learning"),
        (
            "p",
            "The MPS will make the four modules mandatory for identified roles from April 2026, once its learning system is upgraded.",
        ),
        ("sign", ["Yours sincerely,", "Tobias Wrenfield", "Deputy Mayor for Policing and Crime"]),
        ("footer", "Mayor's Office for Policing And Crime"),
    ],
)


def main() -> None:
    about = "A tuning set of 30 hand-written oic-2025 responses that put the commissioner's and the force's stances in many places; schema as tests/ingest/sealed/truth.json; split 'tuneset11'"
    corpus.write_set(HERE, about, ((blocks, truth) for truth, blocks in LETTERS))


if __name__ == "__main__":
    main()
