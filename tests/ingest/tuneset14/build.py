# ruff: noqa: E501  (letter text is data: long sentences are kept whole)
"""Build the tuneset14 set: ``letters/`` and ``truth.json``, reproducibly.

    .venv/bin/python tests/ingest/tuneset14/build.py

Thirty hand-written responses to the organised immigration crime report, for tuning the reader: written for this set
by hand, with a commissioner's own stance stated beside (or instead of) the force's in many different ways, and
partial delivery told in past-tense verbs of doing. Kinds: mixed stances, the chief constable's response in an
annex, tables, blanket stances, paraphrased headings, flattened text and two findings answered in one paragraph.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
sys.path.insert(0, str(CORPUS))

import build as corpus  # noqa: E402

SPLIT = "tuneset14"
OIC = "oic-2025"
SOC = "soc-yh-2025"
OIC_TITLE = "Improving the response to organised immigration crime"
SOC_TITLE = "An inspection of the Yorkshire and Humber regional response to serious and organised crime"

Blocks = list[tuple[str, Any]]
LETTERS: list[tuple[dict[str, Any], Blocks]] = []
add = corpus.letter_adder(LETTERS, split=SPLIT)
item = corpus.item

# add(id, kind, fmt, force, organisation, (author name, author role), iso date or None,
#     [item("2", "support", "implemented", cc="accept"), ...], blocks,
#     report=SOC (for soc letters), late=True (when late), unanswered=["8"] (when some are unanswered),
#     title="..." (only if the letter names the report differently from its exact title))
# The letter must contain the author's name and report_title_in_letter (whitespace-normalised) somewhere.

HMI = [
    "His Majesty's Chief Inspector of Constabulary",
    "HM Inspectorate of Constabulary and Fire & Rescue Services",
    "10 South Colonnade",
    "London E14 4PU",
]


# ------------------------------------------------------------------------------------------------
# mixed_stances

add(
    "tuneset14-01",
    "mixed_stances",
    "txt",
    "Cleveland Police",
    "Cleveland Police and Crime Commissioner",
    ("Marian Tolley", "Police and Crime Commissioner for Cleveland"),
    "2025-06-27",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "partially_agree", ["planned", "in_progress"], cc="partially_agree"),
        item("8", "agree", "planned"),
        item("9", "note", "in_progress"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Cleveland", "Middlesbrough"]),
        ("date", "27 June 2025"),
        ("address", ["His Majesty's Chief Inspector of Constabulary", "HMICFRS", "By email"]),
        ("salutation", "Dear Chief Inspector,"),
        (
            "title",
            "Improving the response to organised immigration crime - response of the Police and Crime Commissioner for Cleveland",
        ),
        (
            "p",
            "Thank you for your report, published on 16 May 2025. This is my response under section 55 of the Police Act 1996. I have gone through the four recommendations addressed to chief constables with the Chief Constable and her senior team. My view is not the same on all of them, so I take them one at a time.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "The Chief Constable has accepted this recommendation and I support it. Officers who stop someone they suspect of an immigration offence ring the National Command and Control Unit, but until recently very few of those calls were followed by an intelligence submission. A reminder went to every response and neighbourhood officer in May, and the Force Control Room script was changed so that the call handler prompts the officer before the incident is closed. The force is now building a monthly audit to check that the submissions are actually made; that audit is not yet running.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "I only partly agree with this one. Cleveland already feeds the North East regional intelligence requirement for organised immigration crime, and I am wary of asking a small force to write a separate plan that repeats it. The Chief Constable takes the same view. What the force has agreed to do is add a short Cleveland annex to the regional plan, setting out what local officers and partners should collect and how it reaches the regional analysts. The annex will be written by the end of October.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "I agree with this recommendation. Hydra is a good way of testing decisions under pressure and I would like as many of our investigators as possible to go through it. The force has booked two Hydra sessions with the Modern Slavery and Organised Immigration Crime Unit, in November 2025 and January 2026, which between them will take in the Serious and Organised Crime Unit and the custody investigation team.",
        ),
        ("heading", "Recommendation 9"),
        (
            "p",
            "I note this recommendation. Mandatory training is a matter for the Chief Constable and I do not intend to direct it, but I will ask for completion figures at my quarterly accountability meeting. This month 41 per cent of the officers the force has identified as relevant have completed all four modules of the e-learning.",
        ),
        (
            "p",
            "The remaining recommendations are for the Home Office, the National Crime Agency and the National Police Chiefs' Council, and I make no comment on them. I am content for this letter to be published.",
        ),
        ("sign", ["Yours sincerely,", "", "Marian Tolley", "Police and Crime Commissioner for Cleveland"]),
    ],
)

add(
    "tuneset14-02",
    "mixed_stances",
    "docx",
    "Durham Constabulary",
    "Durham Police and Crime Commissioner",
    ("Joel Pennington", "Police and Crime Commissioner for County Durham and Darlington"),
    "2025-07-08",
    [
        item("2", "agree", "implemented", cc="accept"),
        item("4", "support", "not_started"),
        item("8", "partially_agree", "in_progress", cc="accept"),
    ],
    [
        (
            "letterhead",
            ["Durham Police and Crime Commissioner", "Office of the Police and Crime Commissioner", "Durham"],
        ),
        ("date", "8th July 2025"),
        ("address", ["HM Inspectorate of Constabulary and Fire & Rescue Services", "Sent by email"]),
        ("salutation", "Dear Sir or Madam"),
        ("title", "Re: HMICFRS report - Improving the response to organised immigration crime"),
        (
            "p",
            "I write in response to the above report. I asked the Chief Constable for his comments, which I have taken into account, and I give my own view on the recommendations for forces below.",
        ),
        (
            "p",
            "Recommendation 2. The Chief Constable has accepted recommendation 2, and I agree with him that it matters: without the intelligence, the force cannot see the pattern behind individual encounters. Submitting an intelligence report has been a mandatory step in our NCCU referral procedure since April, and the force now completes one for every referral it makes.",
        ),
        (
            "p",
            "Recommendation 4. I support this recommendation. The force has not yet begun work on a dedicated plan for organised immigration crime and has not set a date for doing so. I have asked for a timetable by the autumn.",
        ),
        (
            "p",
            "Recommendation 8. Here I have reservations. The Chief Constable has accepted the recommendation, but Hydra places are limited and costly in officer time, and I am not convinced that every officer the report describes as relevant needs to attend. I agree with it in part: our specialist teams should complete Hydra, and I would want to see the evidence before it goes wider. Two cohorts from the serious organised crime team completed Hydra in June; custody and neighbourhood officers have not yet been scheduled.",
        ),
        ("p", "I will write again once the force has settled its approach."),
        (
            "sign",
            ["Yours faithfully", "Joel Pennington", "Police and Crime Commissioner for County Durham and Darlington"],
        ),
    ],
    unanswered=["9"],
)

add(
    "tuneset14-03",
    "mixed_stances",
    "html",
    "Northumbria Police",
    "Northumbria Police and Crime Commissioner",
    ("Rhona Blacklock", "Police and Crime Commissioner for Northumbria"),
    "2025-07-03",
    [
        item("2", "agree", "implemented"),
        item("4", "accept", "in_progress"),
        item("8", "note", "not_started"),
        item("9", "partially_agree", "in_progress"),
    ],
    [
        ("letterhead", ["Northumbria Police and Crime Commissioner"]),
        ("date", "3 July 2025"),
        ("salutation", "Dear HM Chief Inspector,"),
        ("title", "Response to HMICFRS: Improving the response to organised immigration crime"),
        (
            "p",
            "Our coastline, the Port of Tyne and the A1 corridor mean that organised immigration crime is not an abstract issue in Northumbria. I welcome the report, and set out below my response to each of the four recommendations made to chief constables.",
        ),
        ("heading", "Recommendation 2 – intelligence after NCCU referrals"),
        (
            "p",
            "I agree with this recommendation. Northumbria Police introduced a linked intelligence submission for NCCU referrals in 2024, and the force tells me that every referral since January 2025 has had one. I have seen the dip sample that supports this.",
        ),
        ("heading", "Recommendation 4 – collecting, analysing and sharing information"),
        (
            "p",
            "I accept this recommendation. The force drafted a strategic assessment of organised immigration crime in June and its analysts are now turning it into a collection plan. The harder part is sharing: an agreement with Border Force and the port operator is still being negotiated.",
        ),
        ("heading", "Recommendation 8 – Hydra"),
        (
            "p",
            "I note the recommendation. Hydra has not yet been delivered to any Northumbria officers. The force has asked the Modern Slavery and Organised Immigration Crime Unit for dates, none have been offered, and I will not be able to report progress until they are.",
        ),
        ("heading", "Recommendation 9 – e-learning"),
        (
            "p",
            "I agree with the aim, but not with all of the detail. Requiring all four modules of every response officer would take time the force does not have this year. It has been decided instead that modules 1 and 2 become mandatory for response and neighbourhood staff, with all four required of investigators. Modules 1 and 2 were added to the mandatory list in May and completion stands at 63 per cent.",
        ),
        ("p", "I will publish this response on my website alongside your report."),
        ("sign", ["Rhona Blacklock", "Police and Crime Commissioner for Northumbria"]),
    ],
)

add(
    "tuneset14-04",
    "mixed_stances",
    "pdf",
    "Humberside Police",
    "Humberside Police and Crime Commissioner",
    ("Keith Almondbury", "Police and Crime Commissioner for Humberside"),
    "2025-06-30",
    [
        item("2", "support", "planned", cc="accept"),
        item("4", "support", "implemented", cc="accept"),
        item("8", "partially_agree", "in_progress", cc="accept"),
        item("9", "accept", "in_progress", by="chief_constable", cc="accept"),
    ],
    [
        ("letterhead", ["HUMBERSIDE POLICE AND CRIME COMMISSIONER"]),
        ("date", "30/06/2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "HMICFRS inspection: Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for the report. With four ports on the Humber estuary its findings matter here. I have discussed the recommendations with the Chief Constable. Her responses are below, with my own comments where I have them.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "The Chief Constable accepts this recommendation. A revised NCCU referral process, under which the officer cannot close the referral without attaching an intelligence submission, will go live across the force on 1 September 2025. I am supportive of this change, which is overdue.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "Accepted by the Chief Constable. Humberside already has an organised immigration crime intelligence collection plan, approved by the force's Serious and Organised Crime Board in March 2025. It sets out what is collected, who analyses it and how it is shared each month with Border Force, Immigration Enforcement and the regional organised crime unit. I welcome and support this work.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "The Chief Constable accepts this recommendation. I am less sure. Hydra is valuable, but I do not think it is the right use of frontline time for every officer the report counts as relevant, and I agree with the recommendation only in part. Three of the force's five investigation hubs have now been through Hydra with the MS&OIC Unit; the other two are due by March 2026.",
        ),
        ("heading", "Recommendation 9"),
        (
            "p",
            "The Chief Constable accepts this recommendation. Fifty-eight per cent of relevant staff have completed all four modules of the e-learning, and completion is tracked monthly by the force's learning and development team.",
        ),
        ("sign", ["Yours sincerely", "Keith Almondbury", "Police and Crime Commissioner for Humberside"]),
        ("footer", "Humberside Police and Crime Commissioner"),
    ],
)

add(
    "tuneset14-05",
    "mixed_stances",
    "txt",
    "Cheshire Constabulary",
    "Cheshire Police and Crime Commissioner",
    ("Peter Vell", "Police and Crime Commissioner for Cheshire"),
    "2025-07-24",
    [
        item("2", "agree", "in_progress"),
        item("4", "note", "not_stated"),
        item("8", "accept", "planned"),
        item("9", "support", "in_progress"),
    ],
    [
        ("letterhead", ["Police and Crime Commissioner for Cheshire", "Clemonds Hey, Winsford"]),
        ("date", "24 July 2025"),
        ("salutation", "Dear Chief Inspector"),
        (
            "p",
            "I apologise for the delay in sending my response to Improving the response to organised immigration crime. I wanted to see the Constabulary's delivery plan before I wrote, and it was only finalised last week.",
        ),
        (
            "p",
            "Recommendation 2 — I agree entirely. The new referral procedure was briefed to officers in Warrington and Crewe in June; the rest of the county will be briefed in August, after which the procedure becomes mandatory force-wide.",
        ),
        (
            "p",
            "Recommendation 4 — I note this recommendation. The Chief Constable will set out the force's approach to collecting and sharing intelligence on organised immigration crime in his own reply to you.",
        ),
        (
            "p",
            "Recommendation 8 — I accept this recommendation. The force will begin Hydra training for its detective cohort in October, using the package the MS&OIC Unit provides.",
        ),
        (
            "p",
            "Recommendation 9 — I support this recommendation. The force delivered the first two modules to its public protection unit in the spring; the remaining two modules, and every other relevant member of staff, are scheduled for the autumn.",
        ),
        ("p", "Please contact my office if you need anything further."),
        ("sign", ["Regards,", "Peter Vell", "Police and Crime Commissioner for Cheshire"]),
    ],
    late=True,
)

# ------------------------------------------------------------------------------------------------
# cc_annex

add(
    "tuneset14-06",
    "cc_annex",
    "docx",
    "Cumbria Constabulary",
    "Cumbria Police, Fire and Crime Commissioner",
    ("Martin Scaife", "Police, Fire and Crime Commissioner for Cumbria"),
    None,
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Cumbria Police, Fire and Crime Commissioner", "Carleton Hall", "Penrith"]),
        ("address", ["HM Inspectorate of Constabulary and Fire & Rescue Services"]),
        ("salutation", "Dear HM Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "I enclose the Chief Constable's response to the recommendations in your report, at Annex A. I considered it at my most recent Public Accountability Conference and I support it. Cumbria is a small force with a long border and a busy stretch of the West Coast Main Line, and the recommendations are proportionate to the risk here.",
        ),
        (
            "p",
            "I will keep holding the Chief Constable to account for delivery and will publish updates on my website.",
        ),
        ("sign", ["Yours sincerely", "Martin Scaife", "Police, Fire and Crime Commissioner for Cumbria"]),
        ("heading", "Annex A: Chief Constable's response"),
        (
            "dl",
            [
                (
                    "Recommendation 2",
                    "Accepted. Complete. Since February 2025 the Constabulary's NCCU referral form has included a mandatory intelligence submission, and the Force Intelligence Bureau checks every one.",
                ),
                (
                    "Recommendation 4",
                    "Accepted. An organised immigration crime intelligence collection plan is being drafted by the intelligence directorate, with input from the North West Regional Organised Crime Unit. It is due for sign-off in December 2025.",
                ),
                (
                    "Recommendation 8",
                    "Accepted. Cumbria has asked the MS&OIC Unit for Hydra places for its detective and custody staff, and the first session is confirmed for 4 November 2025.",
                ),
                (
                    "Recommendation 9",
                    "Accepted. 71% of relevant staff have completed all four modules. The remaining staff have until 31 January 2026.",
                ),
            ],
        ),
        ("footer", "Office of the Police, Fire and Crime Commissioner for Cumbria"),
    ],
)

add(
    "tuneset14-07",
    "cc_annex",
    "pdf",
    "Greater Manchester Police",
    "Mayor of Greater Manchester (Greater Manchester Combined Authority)",
    ("Nadia Holcroft", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"),
    "2025-08-15",
    [
        item("2", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("4", "accept", "implemented", by="chief_constable", cc="accept"),
        item("8", "accept", "planned", by="chief_constable", cc="accept"),
        item("9", "accept", "not_stated", by="chief_constable", cc="accept"),
    ],
    [
        (
            "letterhead",
            [
                "Greater Manchester Combined Authority",
                "Office of the Deputy Mayor for Policing, Crime, Criminal Justice and Fire",
            ],
        ),
        ("date", "15 August 2025"),
        ("address", HMI),
        (
            "title",
            "Improving the response to organised immigration crime: response on behalf of the Mayor of Greater Manchester",
        ),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "I am sorry that this response comes after the 56 days the Police Act allows. We wanted it to reflect the Police Accountability Board's discussion of the report in late July.",
        ),
        (
            "p",
            "Greater Manchester Police's response to the four recommendations for chief constables is set out in the annex. I discussed it with the Chief Constable at that Board meeting.",
        ),
        ("sign", ["Yours sincerely,", "Nadia Holcroft", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"]),
        ("heading", "Annex: Greater Manchester Police response"),
        (
            "p",
            "Recommendation 2: GMP accepts this recommendation. A new NCCU referral form, which cannot be submitted without the linked intelligence report, went live in the northern districts on 7 July 2025 and will be extended to the remaining districts by October.",
        ),
        (
            "p",
            "Recommendation 4: Accepted. GMP published its organised immigration crime intelligence collection and sharing plan in June 2025. It is reviewed every quarter.",
        ),
        (
            "p",
            "Recommendation 8: Accepted. Hydra exercises for GMP's serious and organised crime investigators are planned for the final quarter of 2025, working with the MS&OIC Unit.",
        ),
        (
            "p",
            "Recommendation 9: Accepted. GMP will report completion of the four e-learning modules to the Deputy Mayor's accountability board.",
        ),
        ("footer", "GMCA - Policing, Crime, Criminal Justice and Fire"),
    ],
    late=True,
)

add(
    "tuneset14-08",
    "cc_annex",
    "html",
    "Lancashire Constabulary",
    "Lancashire Police and Crime Commissioner",
    ("Ruth Eckersley", "Police and Crime Commissioner for Lancashire"),
    "2025-07-02",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "in_progress", cc="accept"),
        item("9", "support", "planned", cc="accept"),
    ],
    [
        ("letterhead", ["Lancashire Police and Crime Commissioner"]),
        ("date", "2 July 2025"),
        ("title", "Improving the response to organised immigration crime – PCC response"),
        ("salutation", "Dear HM Chief Inspector,"),
        (
            "p",
            "Thank you for your report. The Chief Constable has accepted all four recommendations directed to forces. I endorse the force's approach, set out in the annex below, and I will track delivery through my Strategic Scrutiny Board.",
        ),
        ("sign", ["Ruth Eckersley", "Police and Crime Commissioner for Lancashire"]),
        ("heading", "Annex – Lancashire Constabulary's response"),
        (
            "accordion",
            [
                (
                    "Recommendation 2",
                    "Complete. Every NCCU referral since 1 May 2025 has been followed by an intelligence submission, and the Force Intelligence Bureau reviews compliance weekly.",
                ),
                (
                    "Recommendation 4",
                    "The force's intelligence requirement for organised immigration crime was refreshed in May. Analysts have started a problem profile, due in November, which will underpin a collection and sharing plan.",
                ),
                (
                    "Recommendation 8",
                    "The force delivered the first Hydra sessions to detectives in its Serious and Organised Crime Unit in June; response officers follow in the autumn.",
                ),
                (
                    "Recommendation 9",
                    "The four modules will become mandatory for all relevant staff from September 2025.",
                ),
            ],
        ),
    ],
)

add(
    "tuneset14-09",
    "cc_annex",
    "txt",
    "Merseyside Police",
    "Merseyside Police and Crime Commissioner",
    ("Aidan Corless", "Police and Crime Commissioner for Merseyside"),
    "2025-07-10",
    [
        item("2", "agree", "implemented", cc="accept"),
        item("4", "agree", "in_progress", cc="accept"),
        item("8", "agree", "in_progress", cc="accept"),
        item("9", ["partially_agree", "agree"], "in_progress", cc="partially_agree"),
    ],
    [
        ("letterhead", ["OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR MERSEYSIDE"]),
        ("date", "10 July 2025"),
        ("address", ["HMICFRS", "By email"]),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "The Chief Constable's response to your report is attached. I have read it alongside the report and I agree with her position on each of the four recommendations, including her decision on the e-learning. The Port of Liverpool and John Lennon Airport give this force a real stake in the subject, and I have asked for six-monthly updates.",
        ),
        ("sign", ["Aidan Corless", "Police and Crime Commissioner for Merseyside"]),
        ("heading", "Attachment: Chief Constable's response"),
        (
            "p",
            "Recommendation 2\nAccepted. Merseyside Police has updated its NCCU procedure and every referral now requires an intelligence log. Implemented June 2025.",
        ),
        (
            "p",
            "Recommendation 4\nAccepted. Work on an organised immigration crime intelligence plan is under way, led by the Force Intelligence Bureau with Border Force at the port. Target date: 31 December 2025.",
        ),
        (
            "p",
            "Recommendation 8\nAccepted. The first cohort from the force's organised crime disruption team has completed Hydra; further cohorts are being arranged with the MS&OIC Unit.",
        ),
        (
            "p",
            "Recommendation 9\nPartially accepted. All four modules will be mandatory for investigators and intelligence staff; response officers will complete modules 1 and 2 only. Investigators stand at 80 per cent for all four modules and response officers at 52 per cent for modules 1 and 2.",
        ),
    ],
)

add(
    "tuneset14-10",
    "cc_annex",
    "docx",
    "Lincolnshire Police",
    "Lincolnshire Police and Crime Commissioner",
    ("Trevor Hazelwood", "Police and Crime Commissioner for Lincolnshire"),
    "2025-06-19",
    [
        item("2", "accept", "not_started", by="chief_constable", cc="accept"),
        item("4", "accept", "planned", by="chief_constable", cc="accept"),
        item("8", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("9", "accept", "implemented", by="chief_constable", cc="accept"),
    ],
    [
        ("letterhead", ["Lincolnshire Police and Crime Commissioner", "Deepdale Lane, Nettleham"]),
        ("date", "19 June 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector"),
        (
            "p",
            "Please find attached the Chief Constable's response to the recommendations for forces in Improving the response to organised immigration crime, which I have received and discussed with him.",
        ),
        ("sign", ["Kind regards", "Trevor Hazelwood", "Police and Crime Commissioner for Lincolnshire"]),
        ("title", "Response of the Chief Constable of Lincolnshire Police"),
        ("heading", "Recommendation 2"),
        (
            "p",
            "The Chief Constable accepts this recommendation. Work has not yet started: the force is waiting for Immigration Enforcement to issue the revised referral form before it changes its own procedure.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "Accepted. The force will write an organised immigration crime intelligence plan in the autumn, to be approved by the end of December 2025.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "Accepted. The rural crime and investigations teams have completed Hydra; the roads policing unit is booked for October.",
        ),
        ("heading", "Recommendation 9"),
        (
            "p",
            "Accepted. All 214 officers and staff identified as relevant had completed the four modules of the e-learning by 13 June 2025.",
        ),
    ],
)

# ------------------------------------------------------------------------------------------------
# table

add(
    "tuneset14-11",
    "table",
    "docx",
    "Leicestershire Police",
    "Leicestershire Police and Crime Commissioner",
    ("Rupinder Kalsi", "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"),
    "2025-07-04",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner", "Leicester, Leicestershire and Rutland"]),
        ("date", "4 July 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Leicestershire Police has accepted each of the recommendations directed to chief constables. The table below sets out the force's response, progress to date and my comments.",
        ),
        (
            "table",
            [
                ["Recommendation", "Force response", "Progress", "PCC comment"],
                [
                    "2 – NCCU referrals and intelligence",
                    "Accepted",
                    "Complete. The intelligence submission has been mandatory on the referral form since 1 May 2025.",
                    "I support this.",
                ],
                [
                    "4 – OIC information plan",
                    "Accepted",
                    "In progress. Plan drafted; data sharing with East Midlands partners being agreed.",
                    "Supported.",
                ],
                [
                    "8 – Hydra training",
                    "Accepted",
                    "Planned. Sessions booked with the MS&OIC Unit for February 2026.",
                    "Supported. I will seek an update in January.",
                ],
                [
                    "9 – OIC e-learning",
                    "Accepted",
                    "In progress. Modules 1 and 2 mandated; modules 3 and 4 to follow in the autumn.",
                    "Supported.",
                ],
            ],
        ),
        ("p", "I will continue to monitor delivery through my Joint Audit, Risk and Assurance Panel."),
        (
            "sign",
            [
                "Yours sincerely",
                "Rupinder Kalsi",
                "Police and Crime Commissioner for Leicester, Leicestershire and Rutland",
            ],
        ),
    ],
)

add(
    "tuneset14-12",
    "table",
    "docx",
    "Northamptonshire Police",
    "Northamptonshire Police, Fire and Crime Commissioner",
    ("Adele Brixworth", "Police, Fire and Crime Commissioner for Northamptonshire"),
    "2025-06-25",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "support", "not_started", cc="accept"),
        item("8", "support", "in_progress", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Northamptonshire Police, Fire and Crime Commissioner"]),
        ("date", "25.06.2025"),
        ("salutation", "Dear HM Chief Inspector"),
        ("title", "Improving the response to organised immigration crime: Northamptonshire response"),
        (
            "p",
            "Thank you for the report. I back the Chief Constable's responses set out below, and I will monitor progress through my Accountability Board.",
        ),
        (
            "table",
            [
                ["Rec.", "HMICFRS recommendation (summary)", "Chief Constable's response", "Progress"],
                [
                    "2",
                    "An intelligence document after each NCCU referral",
                    "Accepted",
                    "The referral form was changed in April 2025 and a dip sample is planned for September.",
                ],
                ["4", "Plans to collect, analyse and share OIC information", "Accepted", "Not yet started."],
                [
                    "8",
                    "Hydra training package",
                    "Accepted",
                    "The first Hydra exercise was run for the force's OIC investigators in June. Wider roll-out still to be scheduled.",
                ],
                [
                    "9",
                    "Four modules of OIC e-learning",
                    "Accepted",
                    "Being rolled out through the annual mandatory training plan.",
                ],
            ],
        ),
        ("sign", ["Adele Brixworth", "Police, Fire and Crime Commissioner for Northamptonshire"]),
    ],
)

add(
    "tuneset14-13",
    "table",
    "html",
    "Norfolk Constabulary",
    "Norfolk Police and Crime Commissioner",
    ("Giles Ketteringham", "Police and Crime Commissioner for Norfolk"),
    "2025-09-03",
    [
        item("2", "agree", "implemented", cc="accept"),
        item("4", "agree", "in_progress", cc="accept"),
        item("8", "agree", "not_started", cc="accept"),
        item("9", "agree", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Norfolk Police and Crime Commissioner"]),
        ("date", "Wednesday 3 September 2025"),
        ("title", "Improving the response to organised immigration crime"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "I apologise that this response is late. The Chief Constable and I have discussed each recommendation for forces, and the table shows both our positions and where the Constabulary has got to.",
        ),
        (
            "table",
            [
                ["No.", "What HMICFRS asked", "Constabulary position", "PCC position", "Where we are"],
                [
                    "2",
                    "An intelligence document every time an officer reports a case to the NCCU",
                    "Accepted",
                    "Agree",
                    "Complete. Since July every NCCU referral generates an intelligence report, quality-checked by the Force Intelligence Bureau.",
                ],
                [
                    "4",
                    "Clear plans to collect, analyse and share OIC information",
                    "Accepted",
                    "Agree",
                    "In progress. Draft plan under consultation with Suffolk and Eastern region partners.",
                ],
                [
                    "8",
                    "Relevant personnel complete the Hydra package",
                    "Accepted",
                    "Agree",
                    "Not yet started. Awaiting the MS&OIC Unit's national delivery schedule.",
                ],
                [
                    "9",
                    "Relevant personnel complete the four e-learning modules",
                    "Accepted",
                    "Agree",
                    "Complete for investigators; roll-out to response teams by March 2026.",
                ],
            ],
        ),
        ("sign", ["Giles Ketteringham", "Police and Crime Commissioner for Norfolk"]),
    ],
    late=True,
)

add(
    "tuneset14-14",
    "table",
    "html",
    "Hertfordshire Constabulary",
    "Hertfordshire Police and Crime Commissioner",
    ("Sonia Radlett", "Police and Crime Commissioner for Hertfordshire"),
    "2025-07-07",
    [
        item("2", "accept", "implemented", by="chief_constable", cc="accept"),
        item("4", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("8", "accept", "planned", by="chief_constable", cc="accept"),
        item("9", "accept", "not_stated", by="chief_constable", cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Hertfordshire", "Welwyn Garden City"]),
        ("date", "7 July 2025"),
        ("salutation", "Dear Chief Inspector"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Below is the Chief Constable's response to the four recommendations in your report that are addressed to chief constables.",
        ),
        (
            "table",
            [
                ["Recommendation", "Chief Constable's response", "Progress"],
                ["Recommendation 2: intelligence document for every NCCU referral", "Accepted", "Complete"],
                [
                    "Recommendation 4: plans to collect, analyse and share OIC information",
                    "Accepted",
                    "Draft plan written; to be agreed at the Force Tasking and Co-ordination Group in August 2025",
                ],
                [
                    "Recommendation 8: Hydra training package",
                    "Accepted",
                    "Hydra to be delivered to PIP2 investigators from January 2026",
                ],
                ["Recommendation 9: four modules of OIC e-learning", "Accepted", "Update to follow"],
            ],
        ),
        ("p", "I will scrutinise progress against these recommendations at my Strategic Board."),
        ("sign", ["Yours sincerely", "Sonia Radlett", "Police and Crime Commissioner for Hertfordshire"]),
    ],
)

add(
    "tuneset14-15",
    "table",
    "pdf",
    "Kent Police",
    "Kent Police and Crime Commissioner",
    ("Duncan Marchant", "Kent Police and Crime Commissioner"),
    "2025-06-27",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Kent Police and Crime Commissioner", "Sessions House, Maidstone"]),
        ("date", "27 June 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Kent sees more small boat arrivals than any other county, so your report is of direct interest to my office. The table gives Kent Police's response to each recommendation for chief constables alongside my view.",
        ),
        (
            "table",
            [
                ["No.", "Recommendation", "Kent Police response", "PCC view"],
                [
                    "2",
                    "Intelligence document for every NCCU referral",
                    "Accepted. New NCCU referral guidance was published on 12 June 2025. Every referral now requires an intelligence submission before the incident can be closed.",
                    "Supported.",
                ],
                [
                    "4",
                    "Plans to collect, analyse and share OIC information",
                    "Accepted. A plan is being developed with the Kent and Essex Serious Crime Directorate.",
                    "Supported. I will scrutinise the plan at my Performance and Delivery Board in January.",
                ],
                [
                    "8",
                    "Hydra training package",
                    "Accepted. Kent will host a Hydra exercise in March 2026.",
                    "Supported.",
                ],
                [
                    "9",
                    "Four OIC e-learning modules",
                    "Accepted. 1,140 officers have completed all four modules, against a target of 1,900.",
                    "Supported.",
                ],
            ],
        ),
        ("sign", ["Yours sincerely", "Duncan Marchant", "Kent Police and Crime Commissioner"]),
        ("footer", "Office of the Kent Police and Crime Commissioner"),
    ],
)

add(
    "tuneset14-16",
    "table",
    "pdf",
    "Dorset Police",
    "Dorset Police and Crime Commissioner",
    ("Elaine Portesham", "Police and Crime Commissioner for Dorset"),
    "2025-06-23",
    [
        item("2", "agree", "implemented", cc="agree"),
        item("4", "agree", "planned", cc="agree"),
        item("8", "agree", "in_progress", cc="agree"),
    ],
    [
        ("letterhead", ["Dorset Police and Crime Commissioner"]),
        ("date", "23 June 2025"),
        ("salutation", "Dear HM Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime - Dorset response"),
        (
            "p",
            "Thank you for your report. Poole harbour and Portland port give Dorset a real exposure to organised immigration crime. I agree with the force's responses, which are set out below.",
        ),
        (
            "table",
            [
                ["Recommendation", "Force response", "Lead"],
                [
                    "2. Intelligence submissions for NCCU referrals",
                    "Agreed. A daily check of NCCU referrals by the Force Intelligence Bureau has been in place since 1 June 2025, and any referral without an intelligence submission is returned to the officer.",
                    "Head of Intelligence",
                ],
                [
                    "4. Plans to collect, analyse and share OIC information",
                    "Agreed. A plan will be completed by October 2025 and shared with the South West Regional Organised Crime Unit.",
                    "Head of Serious and Organised Crime",
                ],
                [
                    "8. Hydra training",
                    "Agreed. The force's OIC single points of contact attended Hydra in May 2025; the remaining detectives will follow in 2026.",
                    "Head of Learning and Development",
                ],
            ],
        ),
        ("sign", ["Yours sincerely", "Elaine Portesham", "Police and Crime Commissioner for Dorset"]),
    ],
    unanswered=["9"],
)

# ------------------------------------------------------------------------------------------------
# blanket

add(
    "tuneset14-17",
    "blanket",
    "txt",
    "Derbyshire Constabulary",
    "Derbyshire Police and Crime Commissioner",
    ("Angela Tideswell", "Police and Crime Commissioner for Derbyshire"),
    "2025-07-01",
    [
        item("2", "accept", "implemented", cc="accept"),
        item("4", "accept", "in_progress", cc="accept"),
        item("8", "accept", "planned", cc="accept"),
        item("9", "accept", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Derbyshire Police and Crime Commissioner", "Butterley Hall, Ripley"]),
        ("date", "1st July 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "HMICFRS: Improving the response to organised immigration crime"),
        (
            "p",
            "I accept all of the recommendations in the report that are directed to chief constables, and the Chief Constable has confirmed that he accepts them too. Progress on each is summarised below.",
        ),
        (
            "p",
            "Recommendation 2: Derbyshire Constabulary made the intelligence submission a required step in its NCCU referral process in March 2025, and it is now in place across the force.",
        ),
        (
            "p",
            "Recommendation 4: Work is under way. The force's analysts have produced a first assessment of organised immigration crime in the county, and an information-sharing agreement with the East Midlands Special Operations Unit is being drafted.",
        ),
        (
            "p",
            "Recommendation 8: The force will start Hydra training in January 2026, with dates agreed with the MS&OIC Unit.",
        ),
        (
            "p",
            "Recommendation 9: Three of the five response teams have completed all four e-learning modules; the remaining two will do so by December.",
        ),
        ("p", "I will keep the Police and Crime Panel informed of progress."),
        ("sign", ["Yours sincerely", "Angela Tideswell", "Police and Crime Commissioner for Derbyshire"]),
    ],
)

add(
    "tuneset14-18",
    "blanket",
    "html",
    "Nottinghamshire Police",
    "Nottinghamshire Police and Crime Commissioner",
    ("Marcus Selston", "Police and Crime Commissioner for Nottinghamshire"),
    None,
    [
        item("2", "support", "in_progress"),
        item("4", "support", "implemented"),
        item("8", "support", "planned"),
        item("9", "support", "in_progress"),
    ],
    [
        ("letterhead", ["Nottinghamshire Police and Crime Commissioner"]),
        ("title", "PCC response: Improving the response to organised immigration crime"),
        (
            "p",
            "I welcome this report from HMICFRS and I support each of the four recommendations it makes to chief constables. Here is where Nottinghamshire Police has got to on each of them.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "The force rewrote its guidance on referrals to the National Command and Control Unit in May and briefed response officers in June. Custody staff are still to be briefed, and until they are the intelligence submission will not be made every time.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "The force already has a plan, agreed early in 2025, setting out what intelligence on organised immigration crime is collected, how it is analysed and how it is shared with partners in the region.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "Hydra training will begin in February 2026, when the MS&OIC Unit brings the exercise to the East Midlands.",
        ),
        ("heading", "Recommendation 9"),
        ("p", "Forty per cent of relevant officers and staff have completed the four e-learning modules so far."),
        ("sign", ["Marcus Selston", "Police and Crime Commissioner for Nottinghamshire"]),
    ],
)

add(
    "tuneset14-19",
    "blanket",
    "pdf",
    "Staffordshire Police",
    "Staffordshire Police, Fire and Crime Commissioner",
    ("Owen Tittensor", "Staffordshire Commissioner for Police, Fire and Rescue, and Crime"),
    "2025-06-16",
    [
        item("2", "accept", "implemented", cc="accept"),
        item("4", "accept", "planned", cc="accept"),
        item("8", "accept", "in_progress", cc="accept"),
        item("9", "partially_agree", "in_progress", cc="partially_agree"),
    ],
    [
        ("letterhead", ["Staffordshire Commissioner's Office"]),
        ("date", "16 June 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "The Chief Constable and I accept all four recommendations made to chief constables in Improving the response to organised immigration crime, with one qualification on recommendation 9, which I explain below.",
        ),
        (
            "p",
            "Recommendation 2. Completing an intelligence submission after every NCCU referral has been force policy since 2024. The last audit found that every referral sampled had one.",
        ),
        (
            "p",
            "Recommendation 4. The plan will be written by the force's intelligence directorate and presented to my Strategic Governance Board in November 2025.",
        ),
        (
            "p",
            "Recommendation 8. Staffordshire Police delivered Hydra to its two major crime teams in May and June; the serious and organised crime unit follows in September.",
        ),
        (
            "p",
            "Recommendation 9. We support the e-learning but do not accept that all four modules should be required of every officer the report counts as relevant. All four will be mandatory for investigators and intelligence staff; response and neighbourhood officers will complete module 1. We therefore accept this recommendation in part. Completion of module 1 is at 48 per cent.",
        ),
        (
            "sign",
            ["Yours sincerely", "Owen Tittensor", "Staffordshire Commissioner for Police, Fire and Rescue, and Crime"],
        ),
        ("footer", "Staffordshire Commissioner's Office"),
    ],
)

add(
    "tuneset14-20",
    "blanket",
    "docx",
    "Essex Police",
    "Essex Police, Fire and Crime Commissioner",
    ("Hannah Coggeshall", "Police, Fire and Crime Commissioner for Essex"),
    "2025-07-09",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "support", "implemented", cc="accept"),
        item("8", "support", "in_progress", cc="accept"),
        item("9", "support", "planned", cc="accept"),
    ],
    [
        ("letterhead", ["Police, Fire and Crime Commissioner for Essex", "Kelvedon Park"]),
        ("date", "9 July 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "I am pleased that the Chief Constable has accepted all the recommendations made to forces in your report, and they have my full support. Essex has two major ports and a long coastline, and organised immigration crime is a priority in my Police and Crime Plan.",
        ),
        (
            "p",
            "On recommendation 2, the force changed its NCCU referral form in April 2025 so that the intelligence submission is part of it, and a dip sample is planned for the autumn to check that it is being completed.",
        ),
        (
            "p",
            "On recommendation 4, Essex Police's intelligence plan for organised immigration crime, covering collection, analysis and sharing with Border Force at Tilbury and Harwich, was approved in May 2025.",
        ),
        (
            "p",
            "On recommendation 8, three of the five Serious Crime Directorate teams have been through Hydra; the remaining two are booked for the autumn.",
        ),
        (
            "p",
            "On recommendation 9, the e-learning will be launched to all relevant officers in September, with completion due by March 2026.",
        ),
        ("sign", ["Yours sincerely", "Hannah Coggeshall", "Police, Fire and Crime Commissioner for Essex"]),
    ],
)

add(
    "tuneset14-21",
    "blanket",
    "txt",
    "Hampshire and Isle of Wight Constabulary",
    "Hampshire and Isle of Wight Police and Crime Commissioner",
    ("Lorraine Brading", "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
    "2025-06-12",
    [
        item("2", ["accept", "agree"], "implemented", cc="accept"),
        item("4", ["accept", "agree"], "in_progress", cc="accept"),
        item("8", ["accept", "agree"], "planned", cc="accept"),
        item("9", ["accept", "agree"], "in_progress", cc="accept"),
    ],
    [
        (
            "letterhead",
            ["Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight", "Winchester"],
        ),
        ("date", "12 June 2025"),
        ("salutation", "Dear Chief Inspector"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "The Chief Constable has accepted all of HMICFRS's recommendations to forces in this report, and I share his view. With the ports of Portsmouth and Southampton and the Solent crossings, the force area sees organised immigration crime at first hand.",
        ),
        (
            "p",
            "Recommendation 2 has been implemented: since April every referral to the National Command and Control Unit is followed by an intelligence submission, and supervisors check this before the incident is closed.",
        ),
        (
            "p",
            "On recommendation 4, the force is reviewing how it gathers and shares information on organised immigration crime with Border Force at the ports. The review reports in October and will become the force's plan.",
        ),
        (
            "p",
            "Hydra (recommendation 8) will be delivered to the force's investigators in the new year; dates are being fixed with the MS&OIC Unit.",
        ),
        (
            "p",
            "Recommendation 9: the four e-learning modules were made mandatory in May 2025 and 55 per cent of relevant staff have completed them.",
        ),
        (
            "sign",
            [
                "Yours sincerely",
                "Lorraine Brading",
                "Police and Crime Commissioner for Hampshire and the Isle of Wight",
            ],
        ),
    ],
)

# ------------------------------------------------------------------------------------------------
# paraphrase_headings

add(
    "tuneset14-22",
    "paraphrase_headings",
    "docx",
    "Surrey Police",
    "Surrey Police and Crime Commissioner",
    ("Frances Ockley", "Police and Crime Commissioner for Surrey"),
    "2025-07-04",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", ["accept", "agree"], "in_progress", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "accept", "implemented", by="chief_constable", cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Surrey", "Guildford"]),
        ("date", "4 July 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        ("p", "Thank you for your report. My response to the recommendations made to chief constables follows."),
        ("heading", "Referrals to the National Command and Control Unit"),
        (
            "p",
            "The force has accepted this recommendation, and I support it. Officers making a referral are now asked by the control room to submit intelligence before the call ends; the force is still working out how to check that this happens in every case.",
        ),
        ("heading", "Gathering and sharing intelligence on immigration crime"),
        (
            "p",
            "Surrey Police has accepted the recommendation and I am content with its position. It is working with Sussex Police through their joint serious and organised crime command on a shared collection plan, which is due by December.",
        ),
        ("heading", "Hydra immersive training"),
        (
            "p",
            "Accepted by the force; I back this. Hydra sessions for the force's investigators are planned for the spring of 2026.",
        ),
        ("heading", "Online learning on organised immigration crime"),
        (
            "p",
            "The Chief Constable has accepted this recommendation. All relevant staff had completed the four modules by the end of June.",
        ),
        ("sign", ["Yours sincerely", "Frances Ockley", "Police and Crime Commissioner for Surrey"]),
    ],
)

add(
    "tuneset14-23",
    "paraphrase_headings",
    "html",
    "Bedfordshire Police",
    "Bedfordshire Police and Crime Commissioner",
    ("Yusuf Arlesey", "Police and Crime Commissioner for Bedfordshire"),
    "2025-06-20",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "in_progress", cc="accept"),
        item("9", "support", "planned", cc="accept"),
    ],
    [
        ("letterhead", ["Bedfordshire Police and Crime Commissioner"]),
        ("date", "20 June 2025"),
        ("title", "Improving the response to organised immigration crime"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "I welcome and support the Chief Constable's acceptance of the four recommendations made to forces. With Luton Airport and the M1 in the county, this is an area where Bedfordshire needs to be strong. The force's progress is below.",
        ),
        ("heading", "Making sure intelligence follows every NCCU call"),
        (
            "p",
            "Bedfordshire Police has required officers to complete an intelligence submission whenever they refer a case to the NCCU since 2024. The force audits this every month, and the last three audits found full compliance.",
        ),
        ("heading", "A plan for organised immigration crime intelligence"),
        (
            "p",
            "The force's analysts began mapping the intelligence the force holds and the gaps in it in May. The plan that comes out of that work is due by November, before your deadline.",
        ),
        ("heading", "Hydra"),
        (
            "p",
            "The force delivered the first Hydra sessions to detectives in June; response officers follow in the autumn.",
        ),
        ("heading", "E-learning"),
        ("p", "The four modules will be added to the force's mandatory training programme from October."),
        ("sign", ["Yusuf Arlesey", "Police and Crime Commissioner for Bedfordshire"]),
    ],
)

add(
    "tuneset14-24",
    "paraphrase_headings",
    "pdf",
    "Gwent Police",
    "Gwent Police and Crime Commissioner",
    ("Carys Llewellyn-Moss", "Police and Crime Commissioner for Gwent"),
    "2025-07-07",
    [
        item("2", "support", "planned", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "not_started", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Police and Crime Commissioner for Gwent", "Comisiynydd Heddlu a Throseddu Gwent"]),
        ("date", "7th July 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "I have considered the report with the Chief Constable. My response on each recommendation to chief constables follows.",
        ),
        ("heading", "Intelligence after referrals to Immigration Enforcement"),
        (
            "p",
            "Gwent Police has accepted this, and it has my support. A revised process will start in October 2025, once the force's new records system is in place.",
        ),
        ("heading", "Knowing the threat: collecting and sharing information"),
        (
            "p",
            "Accepted by the force, and I support it. Analysts have begun pulling together what the force knows about organised immigration crime in Gwent, and a plan for collecting and sharing information with partners is due in December.",
        ),
        ("heading", "Specialist training"),
        (
            "p",
            "Accepted. I support the recommendation, but Hydra training has not yet begun in Gwent and no date has been set for it.",
        ),
        ("heading", "Online learning"),
        ("p", "Accepted. I am supportive. 37 per cent of relevant officers have completed the four modules so far."),
        ("sign", ["Yours sincerely", "Carys Llewellyn-Moss", "Police and Crime Commissioner for Gwent"]),
        ("footer", "Office of the Police and Crime Commissioner for Gwent"),
    ],
)

add(
    "tuneset14-25",
    "paraphrase_headings",
    "txt",
    "Wiltshire Police",
    "Wiltshire Police and Crime Commissioner",
    ("Neville Carraway", "Police and Crime Commissioner for Wiltshire and Swindon"),
    "2025-07-14",
    [
        item("2", "accept", "planned", by="chief_constable", cc="accept"),
        item("4", "accept", "implemented", by="chief_constable", cc="accept"),
        item("8", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("9", "accept", "in_progress", by="chief_constable", cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Wiltshire and Swindon", "Devizes"]),
        ("date", "14 July 2025"),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "I regret that this response is a few days later than the 56 days required. It sets out Wiltshire Police's position on the recommendations addressed to chief constables.",
        ),
        ("heading", "Intelligence following immigration referrals"),
        (
            "p",
            "Wiltshire Police accepts this recommendation. From 1 September 2025 a referral will not be closed until the intelligence submission has been made.",
        ),
        ("heading", "An information plan for organised immigration crime"),
        (
            "p",
            "Wiltshire Police accepts this recommendation and considers that it is already met: its Strategic Intelligence Requirement, refreshed in March 2025, sets out how intelligence on organised immigration crime is gathered, analysed and shared with the South West Regional Organised Crime Unit and Border Force.",
        ),
        ("heading", "The Hydra package"),
        (
            "p",
            "Accepted. Two of the four investigation teams have completed Hydra; the rest will have done so by April 2026.",
        ),
        ("heading", "E-learning modules"),
        ("p", "Accepted. Completion currently stands at 34 per cent."),
        ("sign", ["Neville Carraway", "Police and Crime Commissioner for Wiltshire and Swindon"]),
    ],
    late=True,
)

# ------------------------------------------------------------------------------------------------
# flattened

add(
    "tuneset14-26",
    "flattened",
    "txt",
    "Dyfed-Powys Police",
    "Dyfed-Powys Police and Crime Commissioner",
    ("Elin Carreg", "Police and Crime Commissioner for Dyfed-Powys"),
    "2025-06-26",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "support", "planned", cc="accept"),
        item("8", "support", "in_progress", cc="accept"),
        item("9", "support", "implemented", cc="accept"),
    ],
    [
        (
            "p",
            "Office of the Police and Crime Commissioner for Dyfed-Powys 26 June 2025 Dear Chief Inspector, Improving the response to organised immigration crime Thank you for your report. The Chief Constable has accepted all four recommendations directed at forces and I support them. Recommendation 2: the new NCCU referral checklist has been rolled out in Pembrokeshire, where the ferry ports at Fishguard and Pembroke Dock generate most of our referrals, and it will be extended to the other three divisions over the summer. Recommendation 4: a plan for collecting, analysing and sharing information on organised immigration crime will be agreed with the regional organised crime unit by December. Recommendation 8: two of the force's investigation teams have completed Hydra and the other three will do so by March 2026. Recommendation 9: all relevant officers and staff have completed the four e-learning modules. I will report progress to the Police and Crime Panel. Yours sincerely, Elin Carreg Police and Crime Commissioner for Dyfed-Powys",
        ),
    ],
)

add(
    "tuneset14-27",
    "flattened",
    "html",
    "Cambridgeshire Constabulary",
    "Cambridgeshire Police and Crime Commissioner",
    ("Desmond Farrant", "Police and Crime Commissioner for Cambridgeshire and Peterborough"),
    "2025-07-05",
    [
        item("2", "agree", "implemented", cc="accept"),
        item("8", "agree", "planned", cc="accept"),
        item("9", "agree", "in_progress", cc="accept"),
    ],
    [
        (
            "p",
            "Cambridgeshire and Peterborough Police and Crime Commissioner 5 July 2025 Improving the response to organised immigration crime Dear Chief Inspector, The Chief Constable has accepted recommendations 2, 8 and 9 and I agree with him. Since March 2025 every officer who reports a case to the National Command and Control Unit has had to complete the intelligence document before the referral is closed, and the Force Intelligence Bureau checks each one. Hydra training for detectives will start in January 2026 with the MS&OIC Unit. The e-learning has been issued to all relevant staff and 46 per cent have finished all four modules. I will ask for an update in the new year. Desmond Farrant, Police and Crime Commissioner for Cambridgeshire and Peterborough",
        ),
    ],
    unanswered=["4"],
)

add(
    "tuneset14-28",
    "flattened",
    "pdf",
    "Suffolk Constabulary",
    "Suffolk Police and Crime Commissioner",
    ("Imogen Thurlow", "Police and Crime Commissioner for Suffolk"),
    "2025-06-18",
    [
        item("2", "agree", "not_started"),
        item("4", "agree", "in_progress"),
        item("8", "agree", "in_progress"),
        item("9", "agree", "in_progress"),
    ],
    [
        (
            "p",
            "Suffolk Police and Crime Commissioner 18 June 2025 Dear HM Chief Inspector Improving the response to organised immigration crime I agree with each of the four recommendations directed to chief constables, and I have asked the Constabulary to report on them at my Accountability and Performance Panel. On recommendation 2, no change has yet been made to the way Suffolk officers refer cases to the National Command and Control Unit, and work on it has not begun. On recommendation 4, the Constabulary is working with Norfolk on a joint plan for collecting, analysing and sharing information, building on the intelligence picture the two forces already hold for the Port of Felixstowe. On recommendation 8, the joint Norfolk and Suffolk major investigation team went through Hydra in May and other investigators will follow. On recommendation 9, the four e-learning modules were launched to relevant officers in April and a little over half have completed them. Yours sincerely Imogen Thurlow Police and Crime Commissioner for Suffolk",
        ),
    ],
)

# ------------------------------------------------------------------------------------------------
# two_in_one_paragraph

add(
    "tuneset14-29",
    "two_in_one_paragraph",
    "docx",
    "Metropolitan Police Service",
    "Mayor's Office for Policing And Crime (MOPAC)",
    ("Priya Castellane", "Deputy Mayor for Policing and Crime"),
    "2025-07-08",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Mayor's Office for Policing And Crime", "City Hall, Kamal Chunchie Way, London E16 1ZE"]),
        ("date", "8 July 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime: MOPAC response"),
        (
            "p",
            "This is the response of the Mayor's Office for Policing And Crime to your report. I have discussed it with the Commissioner.",
        ),
        (
            "p",
            "The Commissioner has accepted recommendation 2, and I support it. Since 2 June 2025 the Met's referral template for the National Command and Control Unit has had a mandatory intelligence field, so every referral now produces an intelligence submission.",
        ),
        (
            "p",
            "The Commissioner has also accepted recommendation 4, which I support. Specialist Crime is developing a London collection and sharing plan with Border Force and the National Crime Agency, due to be finished in December.",
        ),
        (
            "p",
            "Recommendations 8 and 9 are about training, and the Commissioner has accepted both; I support them. Hydra exercises for Specialist Crime officers will start in October with the Modern Slavery and Organised Immigration Crime Unit, while 45 per cent of relevant staff have so far completed the four modules of the e-learning.",
        ),
        ("sign", ["Yours sincerely,", "Priya Castellane", "Deputy Mayor for Policing and Crime"]),
    ],
)

add(
    "tuneset14-30",
    "two_in_one_paragraph",
    "txt",
    "West Mercia Police",
    "West Mercia Police and Crime Commissioner",
    ("Colin Aston-Reeve", "Police and Crime Commissioner for West Mercia"),
    "2025-06-24",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("9", "support", "planned", cc="accept"),
    ],
    [
        ("letterhead", ["West Mercia Police and Crime Commissioner", "Hindlip Park, Worcester"]),
        ("date", "24 June 2025"),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        ("p", "Thank you for your report, which I have discussed with the Chief Constable."),
        (
            "p",
            "Recommendations 2 and 4 concern intelligence. The Chief Constable accepts both, and I am supportive. Every NCCU referral in West Mercia has carried an intelligence submission since March, and the force's analysts are drafting a plan for collecting and sharing information with the regional organised crime unit, to be finished by November.",
        ),
        (
            "p",
            "Recommendation 9: I back this recommendation as well, and the Chief Constable accepts it. The four modules will be added to the force's learning platform in September.",
        ),
        ("p", "I will publish this letter on my website."),
        ("sign", ["Yours sincerely", "Colin Aston-Reeve", "Police and Crime Commissioner for West Mercia"]),
    ],
    unanswered=["8"],
)


def main() -> None:
    about = "Thirty hand-written responses to the organised immigration crime report, for tuning the reader, with commissioners' own stances beside the force's and partial delivery told in past-tense verbs; schema as tests/ingest/sealed/truth.json; split 'tuneset14'."
    corpus.write_set(HERE, about, ((blocks, truth) for truth, blocks in LETTERS))


if __name__ == "__main__":
    main()
