# ruff: noqa: E501  (letter text is data: long sentences are kept whole)
"""Build the tuneset12 set: ``letters/`` and ``truth.json``, reproducibly.

    .venv/bin/python tests/ingest/tuneset12/build.py

A tuning set of 30 hand-written, hand-labelled response letters to the HMICFRS report on organised immigration
crime, written for this set alone (without sight of the reader or of any other set). Its focus is the claimed
status as real offices write it: several statements per finding, done and under way and planned side by side, in
the commissioner's voice or the force's. It holds flattened letters, letters answering two findings in one
paragraph, letters with mixed stances, letters with the chief constable's response in an annex, blanket stances
with detail and response tables, in txt, docx, html and pdf.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
sys.path.insert(0, str(CORPUS))

import build as corpus  # noqa: E402

SPLIT = "tuneset12"
OIC = "oic-2025"
SOC = "soc-yh-2025"
OIC_TITLE = "Improving the response to organised immigration crime"
SOC_TITLE = "An inspection of the Yorkshire and Humber regional response to serious and organised crime"

Blocks = list[tuple[str, Any]]
LETTERS: list[tuple[dict[str, Any], Blocks]] = []
add = corpus.letter_adder(LETTERS, split=SPLIT)
item = corpus.item

HMICFRS = [
    "His Majesty's Chief Inspector of Constabulary",
    "HMICFRS",
    "Clive House",
    "70 Petty France",
    "London SW1H 9EX",
]

# ------------------------------------------------------------------------------------------------
# Flattened: the whole answer in running prose, no heading or number per finding

add(
    "tuneset12-01",
    "flattened",
    "txt",
    "Cleveland Police",
    "Cleveland Police and Crime Commissioner",
    ("Harriet Pemberton-Lowe", "Police and Crime Commissioner for Cleveland"),
    "2025-07-02",
    [
        item("2", "accept", "in_progress", cc="accept"),
        item("4", "accept", "in_progress", cc="accept"),
        item("8", "accept", "not_started", cc="accept"),
        item("9", "accept", "planned", cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Cleveland", "Middlesbrough"]),
        ("date", "2 July 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Chief Inspector,"),
        ("p", "Re: Improving the response to organised immigration crime (published 16 May 2025)"),
        (
            "p",
            "Thank you for sending me the report. This is my response under section 55 of the Police Act 1996. I have discussed the report with the Chief Constable and her views are reflected below.",
        ),
        (
            "p",
            "I accept the four recommendations that the inspectorate has made to chief constables, and so does the Chief Constable. On the requirement that every referral to Immigration Enforcement's National Command and Control Unit is followed by an intelligence submission, the force has changed the control room script so that call handlers prompt the attending officer to submit one, and the Force Intelligence Bureau now matches NCCU reference numbers against submissions every week. The first month of checks found the submission missing in roughly a third of cases, so I would describe this as work in progress rather than something finished. The force did not have a written plan for collecting, analysing and sharing information about organised immigration crime when your inspectors visited; its analysts have since drafted one, which goes to the force tactical tasking and coordination group in September so that it can be agreed well before the December deadline. Training is further behind. Hydra has not been started: the force cannot schedule it until the Modern Slavery and Organised Immigration Crime Unit confirms dates for the North East, and I have asked to be told as soon as it does. The four e-learning modules will become mandatory for response and neighbourhood sergeants in October, once the upgrade to the force's learning platform is finished.",
        ),
        (
            "p",
            "Cleveland is not a border force, but Teesport and the A19 and A1(M) corridors mean that organised immigration crime does reach our communities, most often through exploitation in car washes, nail bars and takeaways. I will keep the force's progress under review at my Scrutiny, Performance and Delivery Board, and this letter will be published on my website.",
        ),
        ("sign", ["Yours sincerely,", "Harriet Pemberton-Lowe", "Police and Crime Commissioner for Cleveland"]),
        ("p", "cc: Chief Constable, Cleveland Police"),
    ],
)

add(
    "tuneset12-02",
    "flattened",
    "txt",
    "Durham Constabulary",
    "Durham Police and Crime Commissioner",
    ("Gareth Tillyard", "Police, Crime and Victims' Commissioner for County Durham and Darlington"),
    None,
    [
        item("2", None, "implemented"),
        item("4", "agree", "in_progress"),
        item("8", "support", "not_started"),
    ],
    [
        ("letterhead", ["Police, Crime and Victims' Commissioner", "County Durham and Darlington"]),
        ("title", "HMICFRS inspection: Improving the response to organised immigration crime"),
        ("p", "Response of the Police, Crime and Victims' Commissioner"),
        (
            "p",
            "I welcome this report. Organised immigration crime is a national problem with local consequences, and people in County Durham and Darlington need to be confident that the Constabulary will recognise it and act when it comes across it.",
        ),
        (
            "p",
            "Durham's control room has required an intelligence submission whenever an officer refers a case to the National Command and Control Unit ever since the Constabulary moved to its new command and control system in 2023, and a dip sample in May found the submission made in 47 of 51 referrals; I am satisfied that the expectation in recommendation 2 is already met, though I have asked for the dip sample to be repeated next year. I agree with the inspectorate that the force's plans for collecting, analysing and sharing information on organised immigration crime could be clearer. Some of that work is done: the organised immigration crime problem profile was refreshed in March and the subject now sits in the force control strategy. What the Constabulary does not yet have is a routine way of sharing what it knows with the local authorities and the Home Office, and the Serious Violence and Organised Crime Partnership is taking that on this summer. On Hydra, I support the recommendation, but I have to be candid: no sessions have been arranged, and no officer in the Constabulary has yet completed the package.",
        ),
        (
            "p",
            "I will publish this response alongside the Chief Constable's next update to the Police and Crime Panel.",
        ),
        ("sign", ["Gareth Tillyard", "Police, Crime and Victims' Commissioner"]),
    ],
    unanswered=["9"],
)

add(
    "tuneset12-03",
    "flattened",
    "docx",
    "Northumbria Police",
    "Northumbria Police and Crime Commissioner",
    ("Sinead Fairweather", "Police and Crime Commissioner for Northumbria"),
    "2025-07-09",
    [
        item("2", "accept", "implemented", by="chief_constable", cc="accept"),
        item("4", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("8", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("9", "accept", "not_started", by="chief_constable", cc="accept"),
    ],
    [
        ("letterhead", ["Northumbria Police and Crime Commissioner", "Newcastle upon Tyne"]),
        ("date", "09/07/2025"),
        ("address", ["HMICFRS", "By email"]),
        ("salutation", "Dear Sir or Madam"),
        ("p", "Response to the HMICFRS report Improving the response to organised immigration crime"),
        (
            "p",
            "Section 55 of the Police Act 1996 requires me to comment on HMICFRS reports within 56 days of publication. I have sought the Chief Constable’s views, and she has accepted all four of the recommendations addressed to chief constables. I summarise the force’s position below and will ask for a fuller update at my scrutiny meeting in November.",
        ),
        (
            "p",
            "Northumbria has built a prompt into its crime and intelligence system that asks any officer who records a referral to the National Command and Control Unit to complete an intelligence submission there and then. The prompt went live on 1 July, and I will look at how well it is being used when the first quarter’s figures are available in the autumn. The Force Intelligence and Analysis Department began work in June on a collection plan for organised immigration crime, and is writing it so that it can be shared with the North East Regional Organised Crime Unit and with Border Force at the Port of Tyne. Forty detectives and supervisors have been through the Hydra package with the Modern Slavery and Organised Immigration Crime Unit, and the force aims to have trained the rest of its relevant personnel by March 2026. The e-learning is the exception: the force has not started assigning the four modules, because it is waiting for the College of Policing to publish the final version of module four.",
        ),
        ("sign", ["Yours faithfully", "Sinead Fairweather", "Police and Crime Commissioner for Northumbria"]),
    ],
)

add(
    "tuneset12-04",
    "flattened",
    "html",
    "Humberside Police",
    "Humberside Police and Crime Commissioner",
    ("Jonathan Ridsdale", "Police and Crime Commissioner for Humberside"),
    "2025-06-30",
    [
        item("2", "agree", "in_progress"),
        item("4", "agree", "implemented"),
        item("8", "note", "planned"),
        item("9", "agree", "in_progress"),
    ],
    [
        ("title", "PCC response to HMICFRS report: Improving the response to organised immigration crime"),
        ("date", "Monday 30 June 2025"),
        (
            "p",
            "The inspectorate's report on organised immigration crime was published on 16 May 2025. Humberside has one of the busiest port estates in the country, at Hull, Immingham, Grimsby and Goole, and its findings are directly relevant to us.",
        ),
        (
            "p",
            "I agree with the recommendation that every referral to the National Command and Control Unit should be followed by an intelligence submission. Officers on the force's ports team have done this routinely for some time; they are now briefing response and neighbourhood teams across the force, and that briefing is expected to finish in January. I also agree with recommendation 4, and here I can report that the work is complete: the force signed an information sharing agreement with Border Force and Immigration Enforcement in April, and its organised immigration crime problem profile sets out what it collects, how it is analysed and with whom it is shared. I note the recommendation on the Hydra training package; the Chief Constable has told me that the force will run its first Hydra exercise with the Modern Slavery and Organised Immigration Crime Unit in November 2025. Likewise, I agree that relevant staff should complete the four e-learning modules. Completion currently stands at 38 per cent of the target group, and the force is chasing the remainder through their supervisors.",
        ),
        ("p", "I will continue to hold the Chief Constable to account for this work through my Accountability Board."),
        ("sign", ["Jonathan Ridsdale", "Police and Crime Commissioner for Humberside"]),
        ("footer", "Office of the Police and Crime Commissioner for Humberside"),
    ],
)

add(
    "tuneset12-05",
    "flattened",
    "pdf",
    "North Yorkshire Police",
    "Mayor of York and North Yorkshire",
    ("Rosalind Hebblethwaite", "Deputy Mayor for Policing, Fire and Crime"),
    "2025-08-01",
    [
        item("2", "accept", "not_started"),
        item("4", "accept", "implemented"),
        item("8", "accept", "in_progress"),
        item("9", "accept", "in_progress"),
    ],
    [
        (
            "letterhead",
            ["York and North Yorkshire Combined Authority", "Office of the Deputy Mayor for Policing, Fire and Crime"],
        ),
        ("date", "1st August 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Chief Inspector"),
        (
            "p",
            "I am sorry that this response comes later than the 56 days the Police Act 1996 allows. I held it back so that it could reflect a discussion at the Executive Board on 22 July.",
        ),
        (
            "p",
            "On behalf of the Mayor, I accept recommendations 2, 4, 8 and 9 of Improving the response to organised immigration crime.",
        ),
        (
            "p",
            "No change has yet been made to the way North Yorkshire Police officers refer cases to the National Command and Control Unit. The force wants to change its procedure only once, and Immigration Enforcement has told it that revised guidance on the referral route is due later this year; until that arrives, no work on recommendation 2 has begun. The position on recommendation 4 is better. The force's strategic intelligence assessment for 2025/26, approved in June, now includes a chapter on organised immigration crime that sets out what will be collected, how it will be analysed and what will be shared with the regional unit and partners, and I regard that recommendation as met. The Hydra package and the e-learning are being delivered together by the force's learning and development team: the first Hydra session ran in the third week of July, and 120 officers have so far completed all four e-learning modules.",
        ),
        ("p", "I will report on progress to the Police, Fire and Crime Panel in the winter."),
        ("sign", ["Yours sincerely", "Rosalind Hebblethwaite", "Deputy Mayor for Policing, Fire and Crime"]),
        ("footer", "York and North Yorkshire Combined Authority"),
    ],
    late=True,
)

add(
    "tuneset12-06",
    "flattened",
    "pdf",
    "Greater Manchester Police",
    "Mayor of Greater Manchester (Greater Manchester Combined Authority)",
    ("Idris Pennant", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"),
    "2025-07-07",
    [
        item("2", "support", "planned"),
        item("4", "support", "in_progress"),
        item("8", "support", "implemented"),
        item("9", "support", "not_stated"),
    ],
    [
        ("letterhead", ["Greater Manchester Combined Authority", "Policing, Crime, Criminal Justice and Fire"]),
        ("date", "7 July 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear HM Chief Inspector,"),
        ("p", "Response to HMICFRS: Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for the report. The Mayor has asked me to respond on his behalf, as the Deputy Mayor with responsibility for policing.",
        ),
        (
            "p",
            "I am supportive of all four recommendations made to chief constables. Greater Manchester Police intends to add a field for the National Command and Control Unit reference to its intelligence submission form in the October release of its records system, so that a referral cannot be recorded without the linked submission; the change is scheduled but has not yet been made. On recommendation 4, the Greater Manchester Serious and Organised Crime Partnership Board considered a first draft of a shared intelligence plan for organised immigration crime in June and is now refining it with the ten local authorities. All detective sergeants and inspectors in the force's serious and organised crime teams completed the Hydra package with the Modern Slavery and Organised Immigration Crime Unit in the spring, and the force has judged that to be the relevant cohort. Recommendation 9 falls to chief constables working with that unit and the College of Policing, and I support it.",
        ),
        ("sign", ["Yours sincerely", "Idris Pennant", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"]),
        ("footer", "Greater Manchester Combined Authority"),
    ],
)

# ------------------------------------------------------------------------------------------------
# Two findings answered in one paragraph

add(
    "tuneset12-07",
    "two_in_one_paragraph",
    "txt",
    "Lancashire Constabulary",
    "Lancashire Police and Crime Commissioner",
    ("Beverley Nuttall", "Police and Crime Commissioner for Lancashire"),
    "2025-06-25",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "in_progress"),
        item("8", "accept", "planned"),
        item("9", "accept", "in_progress"),
    ],
    [
        ("letterhead", ["Police and Crime Commissioner for Lancashire", "County Hall, Preston"]),
        ("date", "25th June 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Chief Inspector,"),
        (
            "title",
            "Improving the response to organised immigration crime - response from the Police and Crime Commissioner for Lancashire",
        ),
        (
            "p",
            "Thank you for your report, published on 16 May. I set out below my response to the four recommendations made to chief constables, having discussed each of them with the Chief Constable.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "I accept this recommendation. Lancashire Constabulary published revised guidance on referrals to the National Command and Control Unit on its intranet on 2 June. The guidance makes the intelligence submission a mandatory step, and the force has set up a weekly report that flags any referral without one. The force will audit compliance in December and I will report the result to the Police and Crime Panel.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "I accept this recommendation. A plan for sharing information about organised immigration crime with the county council, the twelve district councils and the two unitary authorities is in draft and is being negotiated with their community safety leads; the force's strategic intelligence unit is writing the collection and analysis parts alongside it.",
        ),
        ("heading", "Recommendations 8 and 9"),
        (
            "p",
            "I accept both. They are at different stages. Hydra sessions for the serious and organised crime team are booked with the Modern Slavery and Organised Immigration Crime Unit for January and February 2026. The e-learning, on the other hand, is already under way: 412 of roughly 1,100 relevant officers and staff have completed all four modules, and the rest have been given until the end of March.",
        ),
        ("p", "I will continue to monitor progress through my Strategic Scrutiny Meeting."),
        ("sign", ["Yours sincerely,", "Beverley Nuttall", "Police and Crime Commissioner for Lancashire"]),
    ],
)

add(
    "tuneset12-08",
    "two_in_one_paragraph",
    "txt",
    "Merseyside Police",
    "Merseyside Police and Crime Commissioner",
    ("Catriona Ellery", "Police and Crime Commissioner for Merseyside"),
    "2025-07-11",
    [
        item("2", "agree", "implemented", by="chief_constable", cc="agree"),
        item("4", "agree", "planned", by="chief_constable", cc="agree"),
        item("9", "support", "not_started"),
    ],
    [
        ("letterhead", ["Merseyside Police and Crime Commissioner"]),
        ("date", "11.07.25"),
        ("salutation", "Dear HMICFRS,"),
        ("p", "Re: Improving the response to organised immigration crime"),
        ("p", "Please accept my apologies for the delay in responding to this report."),
        (
            "p",
            "I have discussed the report with the Chief Constable, who agrees with recommendations 2 and 4, and the force's Head of Intelligence is leading its work on both. They are closely linked, so I deal with them together. For recommendation 2, the process has already been changed: since May, an officer who refers a case to the National Command and Control Unit must complete an intelligence submission before the incident can be closed. For recommendation 4, the force will write a collection and analysis plan for organised immigration crime in the autumn, and will share it with the North West Regional Organised Crime Unit once it is done.",
        ),
        (
            "p",
            "I also support recommendation 9. Work on it has not yet started, as the force is waiting for the College of Policing to release the updated modules nationally.",
        ),
        ("p", "I will keep these matters under review through my regular meetings with the Chief Constable."),
        ("sign", ["Kind regards", "Catriona Ellery", "Police and Crime Commissioner for Merseyside"]),
    ],
    late=True,
    unanswered=["8"],
)

add(
    "tuneset12-09",
    "two_in_one_paragraph",
    "docx",
    "Cumbria Constabulary",
    "Cumbria Police, Fire and Crime Commissioner",
    ("Fiona Macready", "Police, Fire and Crime Commissioner for Cumbria"),
    "2025-06-20",
    [
        item("2", "support", "in_progress"),
        item("4", "support", "not_stated", cc="agree"),
        item("8", "support", "implemented"),
        item("9", "support", "in_progress"),
    ],
    [
        ("letterhead", ["Cumbria Police, Fire and Crime Commissioner", "Carleton Hall, Penrith"]),
        ("date", "20 June 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for this report. I support the four recommendations made to chief constables, and I set out below what Cumbria Constabulary is doing about each.",
        ),
        ("heading", "Referrals to the National Command and Control Unit (recommendation 2)"),
        (
            "p",
            "The Constabulary is delivering a refresher briefing to all response officers through June and July which covers the requirement to submit intelligence after every referral to the National Command and Control Unit. About half of the briefings have taken place so far.",
        ),
        ("heading", "Information about organised immigration crime (recommendation 4)"),
        (
            "p",
            "The Constabulary agrees with this recommendation and will report to my Accountability Board in January on how it intends to meet it.",
        ),
        ("heading", "Training (recommendations 8 and 9)"),
        (
            "p",
            "Hydra is well established in Cumbria. The Constabulary has run the package with the Modern Slavery and Organised Immigration Crime Unit for its major crime and intelligence staff since 2024, and everyone identified as relevant personnel in its training needs analysis has now completed it. The four e-learning modules were added to the mandatory training schedule in May and completion is checked monthly; at present 61 per cent of those required to complete them have done so.",
        ),
        ("sign", ["Yours sincerely", "Fiona Macready", "Police, Fire and Crime Commissioner for Cumbria"]),
    ],
)

add(
    "tuneset12-10",
    "two_in_one_paragraph",
    "docx",
    "Derbyshire Constabulary",
    "Derbyshire Police and Crime Commissioner",
    ("Tobias Wrenfield", "Police and Crime Commissioner for Derbyshire"),
    "2025-07-08",
    [
        item("2", "accept", "planned"),
        item("4", "accept", "implemented"),
        item("8", "accept", "not_started"),
        item("9", "accept", "in_progress"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Derbyshire", "Butterley Hall, Ripley"]),
        ("date", "8 July 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Chief Inspector"),
        ("title", "HMICFRS: Improving the response to organised immigration crime"),
        (
            "p",
            "I write in response to the above report, as section 55 of the Police Act 1996 requires. The Chief Constable has briefed me on the Constabulary’s response and I have taken it into account.",
        ),
        (
            "p",
            "I accept recommendations 2 and 9, both of which depend on frontline officers knowing what to do when they come across suspected organised immigration crime. The force has started with the e-learning: the four modules were put on the mandatory list for response and neighbourhood teams in June, and roughly a quarter of officers have finished them. The requirement to submit intelligence after every referral to the National Command and Control Unit will be covered in a short briefing product that the force will issue once e-learning completion passes 75 per cent, which it expects to happen early in the new year.",
        ),
        (
            "p",
            "I accept recommendation 4. Derbyshire’s intelligence collection plan for organised immigration crime was signed off by the chief officer team on 19 June and has been shared with the East Midlands Special Operations Unit. I will ask for it to be refreshed annually.",
        ),
        (
            "p",
            "I accept recommendation 8 as well. The force has not yet begun any Hydra training, and I have asked the Chief Constable for a timetable.",
        ),
        ("sign", ["Yours sincerely", "Tobias Wrenfield", "Police and Crime Commissioner for Derbyshire"]),
    ],
)

add(
    "tuneset12-11",
    "two_in_one_paragraph",
    "html",
    "Leicestershire Police",
    "Leicestershire Police and Crime Commissioner",
    ("Naveed Qureshi-Holt", "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"),
    "2025-07-04",
    [
        item("2", "agree", "implemented"),
        item("4", "agree", "in_progress"),
        item("8", "partially_agree", "planned"),
        item("9", "agree", "in_progress"),
    ],
    [
        ("title", "Response to HMICFRS: Improving the response to organised immigration crime"),
        ("date", "4 July 2025"),
        (
            "p",
            "Under section 55 of the Police Act 1996 I am required to publish a response to HMICFRS reports that concern Leicestershire Police. This is my response to the inspectorate's national report on organised immigration crime, which makes four recommendations to chief constables.",
        ),
        ("heading", "Intelligence (recommendations 2 and 4)"),
        (
            "p",
            "I agree with both. The force had already found that intelligence submissions following referrals to the National Command and Control Unit were patchy. It changed its referral procedure in February, and the control room supervisor now checks that a submission has been made before the log is closed. The information plan is the harder part: the force is working with the East Midlands Special Operations Unit on a regional plan for collecting, analysing and sharing intelligence on organised immigration crime, and expects to adopt it in November.",
        ),
        ("heading", "Hydra (recommendation 8)"),
        (
            "p",
            "I partially agree with this recommendation. The force will put its specialist investigators and intelligence staff through Hydra, and they are booked onto sessions with the Modern Slavery and Organised Immigration Crime Unit in October. It does not intend to put all response officers through Hydra, because they will complete the e-learning instead, and I think that is a sensible use of their time.",
        ),
        ("heading", "E-learning (recommendation 9)"),
        ("p", "I agree. The four modules are being rolled out now, starting with response and custody officers."),
        ("sign", ["Naveed Qureshi-Holt", "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"]),
        ("footer", "Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland"),
    ],
)

add(
    "tuneset12-12",
    "two_in_one_paragraph",
    "pdf",
    "South Wales Police",
    "South Wales Police and Crime Commissioner",
    ("Rhiannon Pugh-Evans", "Police and Crime Commissioner for South Wales"),
    "2025-06-27",
    [
        item("2", "note", "implemented"),
        item("4", "note", "in_progress"),
        item("8", "agree", "implemented"),
        item("9", "agree", "not_started"),
    ],
    [
        ("letterhead", ["Police and Crime Commissioner for South Wales", "Comisiynydd Heddlu a Throseddu De Cymru"]),
        ("date", "27 June 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for your report. I have discussed it with the Chief Constable and respond below to the recommendations made to chief constables.",
        ),
        (
            "p",
            "I note recommendation 2. The force has told me that it already meets it: officers making a referral to the National Command and Control Unit complete an intelligence submission on the records management system, and the Force Intelligence Bureau checks that they have done so.",
        ),
        (
            "p",
            "I also note recommendation 4. Work on the plan began in May and will be completed by December, in line with the recommendation. Once finished, it will be shared with the Southern Wales Regional Organised Crime Unit.",
        ),
        (
            "p",
            "I agree with the two training recommendations. The force ran its first Hydra scenario on organised immigration crime with the Modern Slavery and Organised Immigration Crime Unit in March, and all relevant personnel have now been through it. On the e-learning, however, nothing has begun: the force is waiting for national guidance on who counts as relevant personnel before it assigns the modules.",
        ),
        ("p", "This letter is also available in Welsh."),
        ("sign", ["Yours sincerely,", "Rhiannon Pugh-Evans", "Police and Crime Commissioner for South Wales"]),
        ("footer", "Police and Crime Commissioner for South Wales"),
    ],
)

# ------------------------------------------------------------------------------------------------
# Mixed stances

add(
    "tuneset12-13",
    "mixed_stances",
    "txt",
    "Northamptonshire Police",
    "Northamptonshire Police, Fire and Crime Commissioner",
    ("Rupert Blakiston", "Police, Fire and Crime Commissioner for Northamptonshire"),
    "2025-07-10",
    [
        item("2", "agree", "implemented"),
        item("4", "accept", "in_progress"),
        item("8", "disagree", "not_started"),
        item("9", "support", "planned"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Northamptonshire Police, Fire and Crime Commissioner",
                "Darby House, Wellingborough Road, Northampton",
            ],
        ),
        ("date", "10 July 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Chief Inspector,"),
        ("p", "HMICFRS report - Improving the response to organised immigration crime"),
        (
            "p",
            "1. This is my response to the report, made under section 55 of the Police Act 1996. It covers the four recommendations to chief constables.",
        ),
        (
            "p",
            "2. Recommendation 2. I agree. It is already the force's practice, and has been since it introduced its immigration crime referral checklist in 2024: the checklist requires the officer to submit an intelligence report before the referral to the National Command and Control Unit can be logged as complete.",
        ),
        (
            "p",
            "3. Recommendation 4. I accept this recommendation. The force's intelligence team has begun mapping what it holds on organised immigration crime and will turn that into a collection and sharing plan by December.",
        ),
        (
            "p",
            "4. Recommendation 8. I do not agree with this recommendation as written. Hydra is a good product, but it is built around command-level decision making, and putting every officer who might meet organised immigration crime through it would take a great many officers off the street for a day each. The force has no plans to deliver Hydra for organised immigration crime, and I support that decision; I would rather see the effort go into recommendation 9.",
        ),
        (
            "p",
            "5. Recommendation 9. I support it. The four modules will be added to the force's mandatory training schedule from September.",
        ),
        ("p", "6. I will review progress at my Accountability Board."),
        ("sign", ["Yours sincerely,", "Rupert Blakiston", "Police, Fire and Crime Commissioner for Northamptonshire"]),
    ],
)

add(
    "tuneset12-14",
    "mixed_stances",
    "txt",
    "Metropolitan Police Service",
    "Mayor's Office for Policing And Crime (MOPAC)",
    ("Anjali Moorcroft", "Deputy Mayor for Policing and Crime"),
    "2025-08-15",
    [
        item("4", "partially_agree", "implemented"),
        item("8", "accept", "in_progress"),
        item("9", "note", "planned", cc="accept"),
    ],
    [
        ("letterhead", ["MAYOR OF LONDON", "Mayor's Office for Policing And Crime", "City Hall, London"]),
        ("date", "15 August 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Chief Inspector,"),
        ("p", "Improving the response to organised immigration crime: MOPAC response"),
        ("p", "Thank you for the report. I apologise that this response is later than the statutory 56 days."),
        (
            "p",
            "MOPAC agrees with the intent of recommendation 4 but not with the need for a separate plan. The Metropolitan Police Service collects, analyses and shares information on organised immigration crime through its serious and organised crime intelligence plan, which was refreshed in April to include a specific section on organised immigration crime. We consider that this meets the recommendation.",
        ),
        (
            "p",
            "We accept recommendation 8. Officers from the Met's specialist organised immigration crime teams have been going through Hydra with the Modern Slavery and Organised Immigration Crime Unit since June, and the remainder of the relevant cohort will complete it by April 2026.",
        ),
        (
            "p",
            "We note recommendation 9. The Commissioner has accepted it, and the four modules will be assigned to relevant officers from January 2026.",
        ),
        ("p", "MOPAC will track delivery through its oversight of the Met's organised crime performance."),
        ("sign", ["Yours sincerely", "Anjali Moorcroft", "Deputy Mayor for Policing and Crime"]),
    ],
    late=True,
    unanswered=["2"],
)

add(
    "tuneset12-15",
    "mixed_stances",
    "docx",
    "Staffordshire Police",
    "Staffordshire Police, Fire and Crime Commissioner",
    ("Kwame Ashdown", "Police, Fire and Crime Commissioner for Staffordshire"),
    "2025-07-03",
    [
        item("2", "accept", "in_progress"),
        item("4", "agree", "planned"),
        item("8", "support", "not_stated"),
        item("9", "partially_agree", "in_progress"),
    ],
    [
        ("letterhead", ["Staffordshire Commissioner", "Police, Fire and Rescue, Crime"]),
        ("date", "3rd July 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "I have considered the report with the Chief Constable and my response to the four recommendations for chief constables follows.",
        ),
        (
            "p",
            "I accept recommendation 2. The force has rewritten its guidance on referrals to the National Command and Control Unit and is briefing response teams on it shift by shift; two of the five local policing areas have had the briefing so far.",
        ),
        (
            "p",
            "I agree with recommendation 4. The force will produce a plan to collect, analyse and share information about organised immigration crime by the end of October, and I will ask to see it.",
        ),
        ("p", "I support recommendation 8. Hydra is a valuable way of testing decision making under pressure."),
        (
            "p",
            "I only partly agree with recommendation 9. Four modules for every relevant officer is a significant abstraction, and I share the Chief Constable’s concern about it. The force has assigned modules 1 and 2 to response and custody officers, who are completing them now, and will keep modules 3 and 4 for investigators.",
        ),
        ("sign", ["Yours sincerely,", "Kwame Ashdown", "Police, Fire and Crime Commissioner for Staffordshire"]),
    ],
)

add(
    "tuneset12-16",
    "mixed_stances",
    "html",
    "City of London Police",
    "City of London Corporation (Police Authority Board)",
    ("Deborah Fensome", "Chair of the Police Authority Board"),
    None,
    [
        item("2", "support", "implemented"),
        item("4", "note", "in_progress"),
        item("8", "accept", "planned"),
        item("9", "agree", "not_started"),
    ],
    [
        ("title", "Police Authority Board response to HMICFRS: Improving the response to organised immigration crime"),
        (
            "p",
            "The City of London Corporation is the police authority for the City of London Police. This is the Police Authority Board's response to the inspectorate's report, which makes four recommendations to chief constables; in the City they fall to the Commissioner.",
        ),
        (
            "dl",
            [
                (
                    "Recommendation 2: intelligence after referrals to the National Command and Control Unit",
                    "The Board supports this recommendation. The City of London Police already requires an intelligence submission for every referral to the National Command and Control Unit; the requirement was introduced in 2024 and is checked each month by the Force Intelligence Bureau.",
                ),
                (
                    "Recommendation 4: plans to collect, analyse and share information",
                    "The Board notes this recommendation. As the national lead force for fraud, the City of London Police mostly sees organised immigration crime through its financial side, and it is working with the National Crime Agency on how that intelligence is collected and shared. The work is in progress, and the Board will receive a report on it in the new year.",
                ),
                (
                    "Recommendation 8: Hydra training",
                    "The Board accepts this recommendation. Hydra sessions for the force's economic crime and intelligence teams are booked with the Modern Slavery and Organised Immigration Crime Unit for the spring of 2026.",
                ),
                (
                    "Recommendation 9: e-learning",
                    "The Board agrees with this recommendation, but notes that the force has not yet been able to start: its learning management system cannot host the modules until it has been upgraded.",
                ),
            ],
        ),
        ("sign", ["Deborah Fensome", "Chair of the Police Authority Board"]),
        ("footer", "City of London Corporation"),
    ],
)

add(
    "tuneset12-17",
    "mixed_stances",
    "pdf",
    "West Mercia Police",
    "West Mercia Police and Crime Commissioner",
    ("Martin Ecclestone-Rowe", "Police and Crime Commissioner for West Mercia"),
    "2025-06-23",
    [
        item("2", "accept", "in_progress"),
        item("4", "note", "not_stated"),
        item("8", "agree", "implemented"),
        item("9", "support", "in_progress"),
    ],
    [
        ("letterhead", ["West Mercia Police and Crime Commissioner", "Hindlip Hall, Worcester"]),
        ("date", "23 June 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Chief Inspector"),
        ("title", "Improving the response to organised immigration crime"),
        ("p", "I welcome the report and respond here to the recommendations it makes to chief constables."),
        (
            "p",
            "I accept recommendation 2. The force's guidance on referrals to the National Command and Control Unit has been rewritten and published, and response officers are now being briefed on it; the briefings will run until the end of September.",
        ),
        (
            "p",
            "I note recommendation 4, and I will seek assurance from the Chief Constable about it at my holding to account meeting in September.",
        ),
        (
            "p",
            "I agree with recommendation 8. West Mercia's relevant personnel completed the Hydra package during 2024/25, and the force intends to refresh it every two years.",
        ),
        (
            "p",
            "I support recommendation 9. The modules are being rolled out to officers this year as part of the force's continuous professional development programme.",
        ),
        ("sign", ["Yours sincerely", "Martin Ecclestone-Rowe", "Police and Crime Commissioner for West Mercia"]),
        ("footer", "West Mercia Police and Crime Commissioner"),
    ],
)

# ------------------------------------------------------------------------------------------------
# The chief constable's response in an annex

add(
    "tuneset12-18",
    "cc_annex",
    "txt",
    "Bedfordshire Police",
    "Bedfordshire Police and Crime Commissioner",
    ("Colin Mairs", "Police and Crime Commissioner for Bedfordshire"),
    "2025-06-18",
    [
        item("2", "accept", "implemented", by="chief_constable", cc="accept"),
        item("8", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("9", "partially_agree", "planned", by="chief_constable", cc="partially_agree"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Bedfordshire", "Kempston, Bedford"]),
        ("date", "18 June 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Chief Inspector,"),
        ("p", "Improving the response to organised immigration crime"),
        (
            "p",
            "I have considered the report together with the Chief Constable's response, which I attach as an annex. I am satisfied that the force has understood the inspectorate's concerns, and I will monitor its progress through my performance reporting against the Police and Crime Plan.",
        ),
        ("sign", ["Yours sincerely,", "Colin Mairs", "Police and Crime Commissioner for Bedfordshire"]),
        ("heading", "Annex A - Response of the Chief Constable of Bedfordshire Police"),
        (
            "p",
            "Recommendation 2 - Accepted. Since April the force control room has recorded the NCCU reference number on the incident log, and the log cannot be closed until an intelligence submission has been linked to it.",
        ),
        (
            "p",
            "Recommendation 8 - Accepted. Fourteen officers from the Serious Organised Crime Unit have completed the Hydra package. Places for the remaining twenty-two have been requested from the MSOIC Unit.",
        ),
        (
            "p",
            "Recommendation 9 - Accepted in part. From September the force will require investigators and intelligence staff to complete all four modules of the e-learning package; response officers will be asked to complete modules 1 and 2 only.",
        ),
        ("p", "Trevor Hallworth, Chief Constable"),
    ],
    unanswered=["4"],
)

add(
    "tuneset12-19",
    "cc_annex",
    "docx",
    "Cambridgeshire Constabulary",
    "Cambridgeshire Police and Crime Commissioner",
    ("Philippa Gorringe", "Police and Crime Commissioner for Cambridgeshire and Peterborough"),
    "2025-07-02",
    [
        item("2", "support", "in_progress", cc="agree"),
        item("4", "support", "implemented", cc="agree"),
        item("8", "support", "not_started", cc="agree"),
        item("9", "support", "in_progress", cc="agree"),
    ],
    [
        (
            "letterhead",
            ["Police and Crime Commissioner for Cambridgeshire and Peterborough", "Hinchingbrooke, Huntingdon"],
        ),
        ("date", "2 July 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Chief Inspector"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for your report. I support all four recommendations made to chief constables. The Chief Constable’s response to each is set out in the annex to this letter, and I will hold him to account for delivering it.",
        ),
        (
            "sign",
            [
                "Yours sincerely",
                "Philippa Gorringe",
                "Police and Crime Commissioner for Cambridgeshire and Peterborough",
            ],
        ),
        ("heading", "Annex: Chief Constable’s response"),
        (
            "p",
            "Recommendation 2 (intelligence following referrals to the National Command and Control Unit). Agreed. The requirement to submit intelligence has been written into the Constabulary’s immigration referral procedure, and control room staff have been trained on it. The revised procedure will be reissued to frontline officers in September.",
        ),
        (
            "p",
            "Recommendation 4 (plans to collect, analyse and share information). Agreed. Completed: the Constabulary’s organised immigration crime intelligence collection plan was approved by the Force Tasking and Coordination Group in May and is shared with the Eastern Region Special Operations Unit. It will be reviewed in May 2026.",
        ),
        (
            "p",
            "Recommendation 8 (Hydra). Agreed. The Constabulary has not yet started Hydra training. The MSOIC Unit has not released dates for the Eastern region, and the Constabulary cannot begin until it does.",
        ),
        (
            "p",
            "Recommendation 9 (e-learning). Agreed. The four modules have been assigned to all relevant staff with a completion date of 31 March 2026; 29 per cent have completed them so far.",
        ),
    ],
)

add(
    "tuneset12-20",
    "cc_annex",
    "html",
    "Essex Police",
    "Essex Police, Fire and Crime Commissioner",
    ("Stuart Kinnersley", "Police, Fire and Crime Commissioner for Essex"),
    "2025-06-26",
    [
        item("2", "agree", "implemented", cc="accept"),
        item("4", "agree", "in_progress", cc="accept"),
        item("8", "agree", "planned", cc="accept"),
        item("9", "agree", "implemented", cc="accept"),
    ],
    [
        ("title", "PFCC response: Improving the response to organised immigration crime"),
        ("date", "26 June 2025"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "Essex has the ports of Harwich and Tilbury, London Stansted Airport and a long coastline, and organised immigration crime is a real and present risk for the county. I agree with all of the inspectorate's recommendations to chief constables. The Chief Constable's response follows this letter as an annex, and I will monitor delivery through my Performance and Resources Scrutiny Board.",
        ),
        ("sign", ["Stuart Kinnersley", "Police, Fire and Crime Commissioner for Essex"]),
        ("heading", "Annex: response of the Chief Constable of Essex Police"),
        (
            "accordion",
            [
                (
                    "Recommendation 2 - Accepted",
                    "Officers at Harwich, Tilbury and London Stansted Airport have completed an intelligence submission after every referral to the National Command and Control Unit since 2023. The requirement was extended to the whole force in March 2025 and is now part of standard operating procedure.",
                ),
                (
                    "Recommendation 4 - Accepted",
                    "Essex Police is writing an organised immigration crime intelligence plan with Kent Police, given the exposure the two counties share. A first version is expected in October.",
                ),
                (
                    "Recommendation 8 - Accepted",
                    "Hydra sessions for detectives, intelligence officers and ports officers will be run with the MSOIC Unit in Chelmsford in February 2026.",
                ),
                (
                    "Recommendation 9 - Accepted",
                    "All relevant personnel, which the force has defined as its ports officers and its serious and organised crime investigators, had completed the four modules by the end of May 2025. New starters in those teams complete them as part of their induction.",
                ),
            ],
        ),
        ("footer", "Office of the Police, Fire and Crime Commissioner for Essex"),
    ],
)

add(
    "tuneset12-21",
    "cc_annex",
    "pdf",
    "Hertfordshire Constabulary",
    "Hertfordshire Police and Crime Commissioner",
    ("Lorraine Catterall", "Police and Crime Commissioner for Hertfordshire"),
    "2025-07-14",
    [
        item("2", "accept", "not_started", cc="accept"),
        item("4", "accept", "in_progress", cc="accept"),
        item("8", "accept", "in_progress", cc="accept"),
        item("9", "accept", "planned", cc="accept"),
    ],
    [
        ("letterhead", ["Hertfordshire Police and Crime Commissioner", "Welwyn Garden City"]),
        ("date", "14 July 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "I apologise for the lateness of this response. I accept the recommendations addressed to chief constables. The Chief Constable's response is annexed, and I will review progress against it at my Strategic Executive Board.",
        ),
        ("sign", ["Yours sincerely,", "Lorraine Catterall", "Police and Crime Commissioner for Hertfordshire"]),
        ("heading", "Annex - Chief Constable's response"),
        (
            "p",
            "Recommendation 2: Accepted. Not yet started. The Constabulary is waiting for the new Immigration Enforcement referral form, due in the autumn, so that officers are not trained twice.",
        ),
        (
            "p",
            "Recommendation 4: Accepted. A plan for collecting, analysing and sharing information about organised immigration crime has been drafted and will go to the Force Executive Board in August.",
        ),
        (
            "p",
            "Recommendation 8: Accepted. Hydra delivery began in June. Thirty-two of an estimated ninety relevant personnel have completed it.",
        ),
        (
            "p",
            "Recommendation 9: Accepted. The four modules will be mandated for all officers up to the rank of inspector from 1 October 2025.",
        ),
        ("footer", "Hertfordshire Police and Crime Commissioner"),
    ],
    late=True,
)

# ------------------------------------------------------------------------------------------------
# Blanket stance, then detail

add(
    "tuneset12-22",
    "blanket",
    "txt",
    "Kent Police",
    "Kent Police and Crime Commissioner",
    ("Desmond Achterberg", "Police and Crime Commissioner for Kent"),
    "2025-06-16",
    [
        item("2", "accept", "implemented", cc="accept"),
        item("4", "accept", "implemented", cc="accept"),
        item("8", "accept", "in_progress", cc="accept"),
        item("9", "accept", "planned", cc="accept"),
    ],
    [
        ("letterhead", ["Kent Police and Crime Commissioner", "Sessions House, Maidstone"]),
        ("date", "16 June 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Chief Inspector,"),
        ("p", "RESPONSE TO HMICFRS REPORT: IMPROVING THE RESPONSE TO ORGANISED IMMIGRATION CRIME"),
        (
            "p",
            "Kent is on the front line of organised immigration crime, and I read your report, Improving the response to organised immigration crime, with close interest. I accept all of the recommendations addressed to chief constables, and the Chief Constable has accepted them too.",
        ),
        (
            "p",
            "Kent Police's intelligence directorate has required an intelligence submission for every referral to the National Command and Control Unit since 2023, and compliance is reported to the force's chief officer group each month.",
        ),
        (
            "p",
            "The force has a standing organised immigration crime intelligence plan, which sets out what it collects, how it is analysed and what is shared. The plan is reviewed every quarter with Border Force and Immigration Enforcement.",
        ),
        (
            "p",
            "About 200 officers and staff have completed the Hydra package with the Modern Slavery and Organised Immigration Crime Unit. The rest of the relevant personnel will complete it by April 2026.",
        ),
        (
            "p",
            "The four modules of the e-learning package will become mandatory for all frontline officers in Kent from 1 September 2025.",
        ),
        ("p", "I will keep all of this under review at my Performance and Delivery Board."),
        ("sign", ["Yours sincerely,", "Desmond Achterberg", "Police and Crime Commissioner for Kent"]),
    ],
)

add(
    "tuneset12-23",
    "blanket",
    "txt",
    "Norfolk Constabulary",
    "Norfolk Police and Crime Commissioner",
    ("Yvonne Trelawny", "Police and Crime Commissioner for Norfolk"),
    "2025-07-01",
    [
        item("2", "support", "in_progress"),
        item("4", "support", "planned"),
        item("8", "partially_agree", "not_started"),
        item("9", "support", "in_progress"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Norfolk", "Wymondham"]),
        ("date", "1 July 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Chief Inspector"),
        ("p", "Improving the response to organised immigration crime"),
        (
            "p",
            "I support all of the recommendations in the report addressed to chief constables, with one qualification about recommendation 8, which I explain below.",
        ),
        (
            "p",
            "Norfolk Constabulary is adding the intelligence submission to its checklist for referrals to the National Command and Control Unit. The change has been made for the control room and is now being extended to the mobile devices officers use on the street.",
        ),
        (
            "p",
            "The force's plan for collecting, analysing and sharing information on organised immigration crime will form part of the Norfolk and Suffolk joint strategic intelligence assessment, which will be written in the autumn and published in November.",
        ),
        (
            "p",
            "On recommendation 8 I only partly agree. Hydra places in the Eastern region are limited, and I would rather the force trained its specialist officers well than all relevant personnel quickly. No Hydra training has begun yet, and the force will agree with the MSOIC Unit which officers should go first.",
        ),
        (
            "p",
            "The e-learning is being completed by officers now; 54 per cent of the relevant cohort have finished all four modules.",
        ),
        ("sign", ["Yours sincerely", "Yvonne Trelawny", "Police and Crime Commissioner for Norfolk"]),
    ],
)

add(
    "tuneset12-24",
    "blanket",
    "docx",
    "Suffolk Constabulary",
    "Suffolk Police and Crime Commissioner",
    ("Oliver Stannard-Bell", "Police and Crime Commissioner for Suffolk"),
    "2025-07-04",
    [
        item("2", "agree", "implemented", cc="accept"),
        item("4", "agree", "in_progress", cc="accept"),
        item("8", "agree", "planned", cc="accept"),
        item("9", "agree", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Suffolk Police and Crime Commissioner", "Martlesham Heath, Ipswich"]),
        ("date", "4 July 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "The Chief Constable has accepted all four recommendations made to chief constables, and I agree with her decision. I have summarised the Constabulary’s progress below.",
        ),
        (
            "p",
            "Officers at the Port of Felixstowe have submitted intelligence after every referral to the National Command and Control Unit since 2022. The requirement was extended to the whole force in January 2025, and I will ask for it to be audited in 2026.",
        ),
        (
            "p",
            "The Constabulary’s intelligence team has begun a review of the data it holds on organised immigration crime, the first step towards the collection and analysis plan due by December.",
        ),
        (
            "p",
            "Hydra training for relevant personnel will begin in January 2026 and has been booked with the MSOIC Unit.",
        ),
        (
            "p",
            "The e-learning modules are being completed across the force, and the Constabulary reports that 47 per cent of relevant officers and staff have finished all four.",
        ),
        ("p", "I will receive quarterly updates on each of these through my Accountability and Performance Panel."),
        ("sign", ["Yours sincerely,", "Oliver Stannard-Bell", "Police and Crime Commissioner for Suffolk"]),
    ],
)

add(
    "tuneset12-25",
    "blanket",
    "html",
    "Hampshire and Isle of Wight Constabulary",
    "Hampshire and Isle of Wight Police and Crime Commissioner",
    ("Clare Vossberg", "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
    "2025-07-07",
    [
        item("2", "accept", "in_progress"),
        item("4", "accept", "implemented"),
        item("8", "accept", "planned"),
        item("9", "accept", ["planned", "in_progress"]),
    ],
    [
        ("title", "Improving the response to organised immigration crime: Commissioner's response"),
        ("date", "7 July 2025"),
        (
            "p",
            "I accept the recommendations in full. Here is where Hampshire and Isle of Wight Constabulary has got to on each of the four addressed to chief constables.",
        ),
        ("heading", "Referrals to the National Command and Control Unit"),
        (
            "p",
            "The force has begun adding a mandatory intelligence step to its referral process. The change is live on the Isle of Wight and in Southampton, where the ports team is based, and will be extended across the rest of the force by the end of the year.",
        ),
        ("heading", "Collecting, analysing and sharing information"),
        (
            "p",
            "The force's organised immigration crime intelligence plan has been in place since February 2025 and is shared with the South East Regional Organised Crime Unit and with Border Force at Southampton and Portsmouth. It will be reviewed in February 2026.",
        ),
        ("heading", "Hydra"),
        (
            "p",
            "Hydra training for the force's relevant personnel will be delivered with the Modern Slavery and Organised Immigration Crime Unit between January and April 2026.",
        ),
        ("heading", "E-learning"),
        ("p", "The force is preparing to launch the four e-learning modules in September."),
        ("sign", ["Clare Vossberg", "Police and Crime Commissioner for Hampshire and the Isle of Wight"]),
        ("footer", "Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight"),
    ],
)

add(
    "tuneset12-26",
    "blanket",
    "pdf",
    "Dyfed-Powys Police",
    "Dyfed-Powys Police and Crime Commissioner",
    ("Alun Prys Meredydd", "Police and Crime Commissioner for Dyfed-Powys"),
    "2025-06-12",
    [
        item("2", "note", "implemented", cc="accept"),
        item("4", "note", "in_progress", cc="accept"),
        item("8", "note", "planned", cc="accept"),
        item("9", "note", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Police and Crime Commissioner for Dyfed-Powys", "Comisiynydd Heddlu a Throseddu Dyfed-Powys"]),
        ("date", "12 June 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "I note all of the recommendations, which are for the Chief Constable to take forward. I have received his response, which accepts each of them, and I summarise it here.",
        ),
        (
            "p",
            "Dyfed-Powys Police has required an intelligence submission after every referral to the National Command and Control Unit at the ports of Fishguard and Pembroke Dock for some years. The requirement was made force-wide in April.",
        ),
        (
            "p",
            "The force is writing its plan for collecting, analysing and sharing information on organised immigration crime with the Southern Wales Regional Organised Crime Unit, and expects it to be finished in the autumn.",
        ),
        ("p", "Hydra will be run for relevant personnel in Carmarthen in February 2026."),
        (
            "p",
            "The e-learning has been assigned to relevant officers and staff, and completion currently stands at 44 per cent.",
        ),
        ("p", "I will scrutinise progress through my Policing Accountability Board."),
        ("sign", ["Yours sincerely,", "Alun Prys Meredydd", "Police and Crime Commissioner for Dyfed-Powys"]),
        ("footer", "Police and Crime Commissioner for Dyfed-Powys"),
    ],
)

# ------------------------------------------------------------------------------------------------
# Response tables

add(
    "tuneset12-27",
    "table",
    "docx",
    "Sussex Police",
    "Sussex Police and Crime Commissioner",
    ("Mairead Connolly-Shaw", "Police and Crime Commissioner for Sussex"),
    "2025-06-19",
    [
        item("2", "accept", "implemented", cc="accept"),
        item("4", "accept", "in_progress", cc="accept"),
        item("8", "accept", "not_started", cc="accept"),
        item("9", "accept", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Sussex Police and Crime Commissioner", "Lewes, East Sussex"]),
        ("date", "19 June 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Sussex Police’s response to each recommendation is set out in the table below. I have reviewed it with the Chief Constable and I accept the recommendations.",
        ),
        (
            "table",
            [
                ["Recommendation", "Force response", "Status", "Update"],
                [
                    "2 - NCCU referrals and intelligence submissions",
                    "Accepted",
                    "Complete",
                    "A mandatory intelligence field was added to the referral process on 1 May 2025. Compliance will be audited in the third quarter.",
                ],
                [
                    "4 - Plans to collect, analyse and share OIC information",
                    "Accepted",
                    "In progress",
                    "Draft plan written with the South East Regional Organised Crime Unit; sign-off expected in October 2025.",
                ],
                [
                    "8 - Hydra training package",
                    "Accepted",
                    "Not started",
                    "Awaiting dates from the MSOIC Unit for the South East region.",
                ],
                [
                    "9 - Four modules of OIC e-learning",
                    "Accepted",
                    "In progress",
                    "Modules assigned to response, neighbourhood and investigation teams; 37% completion at 10 June 2025.",
                ],
            ],
        ),
        (
            "p",
            "I will publish this response on my website and track the actions through my Performance and Accountability Meeting.",
        ),
        ("sign", ["Yours sincerely", "Mairead Connolly-Shaw", "Police and Crime Commissioner for Sussex"]),
    ],
)

add(
    "tuneset12-28",
    "table",
    "docx",
    "Gloucestershire Constabulary",
    "Gloucestershire Police and Crime Commissioner",
    ("Bronwen Aspinall", "Police and Crime Commissioner for Gloucestershire"),
    "2025-07-05",
    [
        item("2", "agree", "planned", by="chief_constable", cc="agree"),
        item("4", "agree", "implemented", by="chief_constable", cc="agree"),
        item("8", "agree", "in_progress", by="chief_constable", cc="agree"),
        item("9", "partially_agree", "in_progress", by="chief_constable", cc="partially_agree"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Gloucestershire", "Quedgeley, Gloucester"]),
        ("date", "5 July 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Chief Inspector"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for the report. The table below sets out the Constabulary’s position on each recommendation addressed to chief constables, and the progress it reports. I will track these actions through my Accountability and Assurance Board.",
        ),
        (
            "table",
            [
                ["No.", "Recommendation", "Constabulary position", "Progress"],
                [
                    "2",
                    "Intelligence document submitted for every referral to the NCCU",
                    "Agree",
                    "Planned. Changes to the referral standard operating procedure are scheduled for November 2025.",
                ],
                [
                    "4",
                    "Clear plans to collect, analyse and share OIC information",
                    "Agree",
                    "Complete. Collection and analysis plan approved at Force Tasking in June 2025 and shared with the regional organised crime unit.",
                ],
                [
                    "8",
                    "Relevant personnel complete the Hydra training package",
                    "Agree",
                    "In progress. 23 staff have completed Hydra; a further session is booked for November.",
                ],
                [
                    "9",
                    "Relevant personnel complete the four OIC e-learning modules",
                    "Partially agree",
                    "In progress. Modules 1 and 2 are being rolled out to all officers; modules 3 and 4 will be limited to specialist staff.",
                ],
            ],
        ),
        ("sign", ["Yours sincerely", "Bronwen Aspinall", "Police and Crime Commissioner for Gloucestershire"]),
    ],
)

add(
    "tuneset12-29",
    "table",
    "html",
    "Avon and Somerset Police",
    "Avon and Somerset Police and Crime Commissioner",
    ("Nikhil Bramall", "Police and Crime Commissioner for Avon and Somerset"),
    "2025-06-30",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "support", "not_started", cc="accept"),
    ],
    [
        ("title", "HMICFRS report: Improving the response to organised immigration crime"),
        ("date", "30 June 2025"),
        (
            "p",
            "This is the response of the Police and Crime Commissioner for Avon and Somerset to the inspectorate's report. The table records my response and the Chief Constable's to each recommendation made to chief constables, with the status the force reports.",
        ),
        (
            "table",
            [
                ["Recommendation", "PCC response", "Chief Constable response", "Status"],
                [
                    "2: intelligence document for every NCCU referral",
                    "Support",
                    "Accepted",
                    "Implemented. Intelligence submission made mandatory for all NCCU referrals from 1 April 2025; to be reviewed in October 2025.",
                ],
                [
                    "4: plans to collect, analyse and share OIC information",
                    "Support",
                    "Accepted",
                    "Under way. The Force Intelligence Bureau is drafting the collection plan with the regional organised crime unit.",
                ],
                ["8: Hydra training package", "Support", "Accepted", "Planned. First Hydra cohort in January 2026."],
                [
                    "9: four modules of OIC e-learning",
                    "Support",
                    "Accepted",
                    "Not yet started. Waiting for the College of Policing to confirm the national completion target.",
                ],
            ],
        ),
        ("sign", ["Nikhil Bramall", "Police and Crime Commissioner for Avon and Somerset"]),
        ("footer", "Avon and Somerset Police and Crime Commissioner"),
    ],
)

add(
    "tuneset12-30",
    "table",
    "pdf",
    "Devon and Cornwall Police",
    "Devon and Cornwall Police and Crime Commissioner",
    ("Alison Threlkeld", "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
    "2025-07-02",
    [
        item("2", "agree", "in_progress"),
        item("4", "agree", "implemented"),
        item("8", "agree", "not_started"),
        item("9", "agree", "planned"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner", "Devon, Cornwall and the Isles of Scilly"]),
        ("date", "2 July 2025"),
        ("address", HMICFRS),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "I have set out my response to each recommendation made to chief constables below, together with the progress the force has reported to me.",
        ),
        (
            "table",
            [
                ["No.", "Recommendation (summary)", "My response", "Progress reported by the force"],
                [
                    "2",
                    "Intelligence document for every referral to the NCCU",
                    "Agree",
                    "A new intelligence submission template went live on 1 June 2025. Briefings for response officers are under way and will finish in August.",
                ],
                [
                    "4",
                    "Plans to collect, analyse and share OIC information",
                    "Agree",
                    "Plan agreed by the force in June 2025. It will be reviewed each year.",
                ],
                [
                    "8",
                    "Hydra training package",
                    "Agree",
                    "No sessions yet. The force is awaiting the MSOIC Unit's revised package, expected in the autumn.",
                ],
                [
                    "9",
                    "Four modules of OIC e-learning",
                    "Agree",
                    "The four modules will be mandatory for frontline officers from September 2025.",
                ],
            ],
        ),
        (
            "sign",
            [
                "Yours sincerely,",
                "Alison Threlkeld",
                "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly",
            ],
        ),
        ("footer", "Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
    ],
)


def main() -> None:
    about = "A tuning set of 30 hand-written, hand-labelled response letters to the HMICFRS report on organised immigration crime, focused on claimed status as real offices write it; schema as tests/ingest/sealed/truth.json; split 'tuneset12'."
    corpus.write_set(HERE, about, ((blocks, truth) for truth, blocks in LETTERS))


if __name__ == "__main__":
    main()
