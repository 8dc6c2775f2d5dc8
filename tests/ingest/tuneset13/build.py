# ruff: noqa: E501  (letter text is data: long sentences are kept whole)
"""Build the tuneset13 set: ``letters/`` and ``truth.json``, reproducibly.

    .venv/bin/python tests/ingest/tuneset13/build.py

Thirty hand-written oic-2025 response letters for tuning, written independently of the reader, from forces other
than the seeds'. Their focus is claimed status where one passage speaks of more than one recommendation: paragraphs
that answer two recommendations at once, blanket letters with a sentence of progress for one finding or for all,
progress reported in the chief constable's voice. Kinds: two_in_one_paragraph, blanket, mixed_stances, flattened,
cc_annex and paraphrase_headings; formats txt, docx, html and pdf.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
sys.path.insert(0, str(CORPUS))

import build as corpus  # noqa: E402

SPLIT = "tuneset13"
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

PCC = "Police and Crime Commissioner"


def lid(n: int) -> str:
    return f"{SPLIT}-{n:02d}"


# ------------------------------------------------------------------------------------------------
# Two recommendations in one paragraph

add(
    lid(1),
    "two_in_one_paragraph",
    "txt",
    "Cleveland Police",
    "Cleveland Police and Crime Commissioner",
    ("Marian Threlkeld", "Police and Crime Commissioner for Cleveland"),
    "2025-06-27",
    [
        item("2", "accept", "planned"),
        item("4", "accept", "in_progress"),
        item("8", "support", "implemented"),
        item("9", "support", "in_progress"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Cleveland", "PO Box 1045", "Middlesbrough"]),
        ("date", "27 June 2025"),
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS", "By email"]),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Response to HMICFRS report: {OIC_TITLE}"),
        (
            "p",
            "Thank you for the report, published on 16 May 2025. This is my response under section 55 of the Police Act 1996. I have discussed the findings with the Chief Constable, and this letter reflects her account of where Cleveland Police stands as well as my own view.",
        ),
        (
            "p",
            "Of the ten recommendations, four are for chief constables. I accept recommendations 2 and 4, which deal with how the force records and uses intelligence about organised immigration crime. Neither is finished. The force intelligence bureau has started drafting an organised immigration crime collection and sharing plan, which is the substance of recommendation 4, and expects to bring it to the Chief Constable's management board in November. The change asked for in recommendation 2, that an intelligence submission follows every referral to the National Command and Control Unit, will be written into control room and custody procedures when those are next revised in the autumn.",
        ),
        (
            "p",
            "I support recommendations 8 and 9 on training. The Chief Constable tells me that every officer and member of staff the force has identified as relevant - the Organised Crime Unit, the custody inspectors and the Teesport team - has now completed the Hydra package, delivered with the regional Modern Slavery and Organised Immigration Crime coordinator. The four e-learning modules have been assigned to all frontline officers; around a third have finished them so far, and the force has set itself the end of March 2026 to reach everyone.",
        ),
        ("p", "I will follow progress through my quarterly accountability meetings and publish updates on my website."),
        ("sign", ["Yours sincerely,", "", "Marian Threlkeld", "Police and Crime Commissioner for Cleveland"]),
    ],
)

add(
    lid(2),
    "two_in_one_paragraph",
    "txt",
    "Durham Constabulary",
    "Durham Police and Crime Commissioner",
    ("Gareth Olusanya", PCC),
    "2025-07-04",
    [
        item("2", "accept", "in_progress", cc="accept"),
        item("4", "agree", "in_progress"),
        item("8", "agree", "planned"),
        item("9", "accept", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Durham Police and Crime Commissioner", "County Durham and Darlington"]),
        ("date", "4th July 2025"),
        ("salutation", "Dear HMICFRS,"),
        ("p", f"Re: {OIC_TITLE}"),
        (
            "p",
            "I write in response to your recent national inspection. I have read the report alongside the Chief Constable's own assessment and have taken the four recommendations for chief constables in turn, though two of them are so closely linked in practice that I deal with them together.",
        ),
        (
            "p",
            "Recommendations 2 and 9. The Chief Constable has accepted both, and so do I. Both are now being delivered. Call handlers who pass a case to the National Command and Control Unit are prompted by a revised script to raise an intelligence report before closing the incident, and take-up of the e-learning is reported monthly to the Force Performance Board. Neither is yet where it needs to be, but both are moving.",
        ),
        (
            "p",
            "Recommendation 4. I agree with this recommendation. A draft intelligence requirement for organised immigration crime was written in June and sets out what the force will collect, how it will be analysed and which partners it will be shared with. It is due to be signed off at the Force Tasking and Coordination Group in September.",
        ),
        (
            "p",
            "Recommendation 8. I agree. Hydra sessions for the force's serious and organised crime and safeguarding teams are booked to start in January 2026, run jointly with the regional Modern Slavery and Organised Immigration Crime coordinator.",
        ),
        ("sign", ["Kind regards", "Gareth Olusanya", "Police and Crime Commissioner"]),
    ],
)

add(
    lid(3),
    "two_in_one_paragraph",
    "docx",
    "Northumbria Police",
    "Northumbria Police and Crime Commissioner",
    ("Susan Rennick", "Police and Crime Commissioner for Northumbria"),
    "2025-06-18",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "planned"),
        item("8", "accept", "in_progress"),
        item("9", "accept", "in_progress"),
    ],
    [
        ("letterhead", ["Northumbria Police and Crime Commissioner", "Newcastle upon Tyne"]),
        ("date", "18 June 2025"),
        ("address", ["HMICFRS", "10 South Colonnade", "London E14 4PU"]),
        ("salutation", "Dear Sir or Madam"),
        ("title", f"{OIC_TITLE} - PCC response"),
        (
            "p",
            "Thank you for your report on organised immigration crime. Northumbria, with the Port of Tyne and a busy international airport, sees the harm this report describes, and I welcome its focus. My response to the recommendations addressed to chief constables follows; the remaining recommendations are for the National Crime Agency, the Home Office and others, and I make no comment on them here.",
        ),
        (
            "p",
            "I accept recommendations 2 and 4. The first of these is already met: Northumbria Police has required an intelligence submission for every referral to the National Command and Control Unit since 2023, and the requirement is checked in a monthly audit. The collection and sharing plan asked for in recommendation 4 does not yet exist as a single document. Work on it is scheduled to start in September, when the force's new head of intelligence takes up post, and it will be finished before the December deadline.",
        ),
        (
            "p",
            "I also accept recommendations 8 and 9. Both packages are now being delivered across the force. The training team has combined the Hydra exercise and the four e-learning modules into a single programme for detectives, custody staff and neighbourhood supervisors, and the first three cohorts have been through it.",
        ),
        (
            "p",
            "I will keep both areas under review through my scrutiny board and report to the Police and Crime Panel.",
        ),
        ("sign", ["Yours faithfully", "Susan Rennick", "Police and Crime Commissioner for Northumbria"]),
    ],
)

add(
    lid(4),
    "two_in_one_paragraph",
    "docx",
    "Humberside Police",
    "Humberside Police and Crime Commissioner",
    ("Jonathan Ebbs", "Police and Crime Commissioner for Humberside"),
    "2025-07-08",
    [
        item("2", "agree", "in_progress"),
        item("4", "agree", "implemented"),
        item("8", "support", "implemented"),
        item("9", "support", "in_progress"),
    ],
    [
        ("letterhead", ["Humberside Police and Crime Commissioner", "Hull"]),
        ("date", "8 July 2025"),
        ("address", ["His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", "By email"]),
        ("salutation", "Dear HM Inspector,"),
        (
            "p",
            f"I am writing in response to the HMICFRS report {OIC_TITLE}. Humberside's ports at Hull, Immingham, Grimsby and Goole make this an issue of real importance to the communities I serve, and I have been glad to see the report's emphasis on intelligence and on the skills of officers.",
        ),
        ("heading", "Intelligence (recommendations 2 and 4)"),
        (
            "p",
            "I agree with both recommendations. The force's organised immigration crime intelligence collection plan was approved in April 2025, before your report was published, and is refreshed each quarter with Border Force and Immigration Enforcement, so recommendation 4 is met. Recommendation 2 is not yet fully met. A dip sample in June found that 70 per cent of referrals to the National Command and Control Unit had an intelligence submission attached; the Chief Constable has issued a reminder to all staff, and the sample will be repeated every two months until compliance is consistently above 95 per cent.",
        ),
        ("heading", "Training (recommendations 8 and 9)"),
        (
            "p",
            "I support both. The first is complete: every officer in the Modern Slavery and Organised Immigration Crime team and the port policing unit has completed the Hydra package. The second is due to be finished in March 2026. The four modules went live on the force learning platform in May, and supervisors now receive monthly completion figures for their teams.",
        ),
        ("sign", ["Yours sincerely", "Jonathan Ebbs", "Police and Crime Commissioner for Humberside"]),
    ],
)

add(
    lid(5),
    "two_in_one_paragraph",
    "html",
    "North Yorkshire Police",
    "Mayor of York and North Yorkshire",
    ("Harriet Colley", "Deputy Mayor for Policing, Fire and Crime"),
    "2025-06-30",
    [
        item("2", "accept", "not_started"),
        item("8", "accept", "not_started"),
        item("9", "accept", "in_progress"),
    ],
    [
        ("letterhead", ["Mayor of York and North Yorkshire", "Policing, Fire and Crime"]),
        ("date", "30 June 2025"),
        ("salutation", "Dear HM Inspector,"),
        ("title", f"Response to {OIC_TITLE}"),
        (
            "p",
            "On behalf of the Mayor of York and North Yorkshire, I enclose our response to your national report on organised immigration crime. As Deputy Mayor I hold the Chief Constable to account on policing matters, and I have discussed the report with him.",
        ),
        (
            "p",
            "I accept recommendations 2 and 8. The Chief Constable advises that neither has been started. The force is waiting for national guidance on the intelligence template to be used with referrals to the National Command and Control Unit, and for the Modern Slavery and Organised Immigration Crime Unit to release the revised Hydra scenarios, and it has not set a start date for either. I have asked for a timetable by the autumn.",
        ),
        (
            "p",
            "I also accept recommendation 9. The organised immigration crime e-learning is already mandatory for response and neighbourhood officers, and 85 per cent have completed all four modules; the remainder are being chased by their supervisors.",
        ),
        ("p", "I will publish this letter on our website alongside the report."),
        (
            "sign",
            [
                "Yours sincerely",
                "Harriet Colley",
                "Deputy Mayor for Policing, Fire and Crime",
                "York and North Yorkshire Combined Authority",
            ],
        ),
    ],
    unanswered=["4"],
)

add(
    lid(6),
    "two_in_one_paragraph",
    "html",
    "City of London Police",
    "City of London Corporation (Police Authority Board)",
    ("Philippa Grantham", "Chair of the Police Authority Board"),
    "2025-07-22",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "support", "implemented", cc="accept"),
        item("8", "support", "in_progress", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["City of London Corporation", "Police Authority Board", "Guildhall, London"]),
        ("date", "22 July 2025"),
        ("title", f"HMICFRS: {OIC_TITLE}"),
        ("salutation", "Dear Chief Inspector"),
        (
            "p",
            "I write as Chair of the Police Authority Board, the police authority for the City of London. I apologise for the late reply, which follows the Board's July meeting, where the report was considered.",
        ),
        (
            "p",
            "The Commissioner of the City of London Police has accepted all four recommendations addressed to chief constables, and the Board supports that position.",
        ),
        (
            "p",
            "Recommendations 2 and 9 call for new working practices across the force. Neither is complete, but work on both is under way: a revised referral procedure, requiring an intelligence submission with every contact with the National Command and Control Unit, is being trialled in the economic crime teams before it is adopted force-wide, and the four e-learning modules have been added to the mandatory learning list, with completion tracked by the Board's Strategic Planning and Performance Committee.",
        ),
        (
            "p",
            "Recommendations 4 and 8 are in a different position. The force's arrangements for collecting, analysing and sharing information on organised immigration crime were set out in a plan agreed with the National Crime Agency and the Metropolitan Police Service in 2024, and the Commissioner considers that this plan meets recommendation 4. Hydra training has begun: the first cohort, from the intelligence and fraud operations teams, has completed it, and further cohorts are scheduled through to March 2026.",
        ),
        ("sign", ["Yours sincerely", "Philippa Grantham", "Chair, Police Authority Board"]),
    ],
    late=True,
)

add(
    lid(7),
    "two_in_one_paragraph",
    "pdf",
    "Cumbria Constabulary",
    "Cumbria Police, Fire and Crime Commissioner",
    ("Alistair Penhallow", "Police, Fire and Crime Commissioner for Cumbria"),
    "2025-06-12",
    [
        item("2", "agree", "implemented"),
        item("4", "agree", "planned"),
        item("8", "agree", "in_progress"),
        item("9", "agree", "in_progress"),
    ],
    [
        ("letterhead", ["Cumbria Police, Fire and Crime Commissioner", "Penrith, Cumbria"]),
        ("date", "12 June 2025"),
        ("address", ["HM Inspectorate of Constabulary and Fire & Rescue Services", "By email"]),
        ("salutation", "Dear Inspector,"),
        ("title", OIC_TITLE),
        (
            "p",
            "Thank you for sending me the above report. Cumbria is a largely rural county, but the M6 and the West Coast Main Line run through it, and organised immigration crime is a real, if often unseen, threat here. I have discussed the report with the Chief Constable and set out my response below.",
        ),
        (
            "p",
            "Recommendations 2 and 4 concern information. I agree with both. The requirement for an intelligence submission to accompany each referral to the National Command and Control Unit was added to the force's organised immigration crime policy in May and is now in place. A plan for collecting, analysing and sharing information on organised immigration crime will be drafted by the force intelligence bureau in the autumn, so that it can be signed off before the December deadline.",
        ),
        (
            "p",
            "Recommendations 8 and 9 concern training, and I agree with those too. Both training packages are now being delivered. Cumbria Constabulary is running Hydra with the regional coordinator for its detectives and custody sergeants, and the e-learning is being rolled out to all officers through the annual mandatory training programme.",
        ),
        ("p", "My office will monitor progress through the Public Accountability Conference."),
        ("sign", ["Yours sincerely", "Alistair Penhallow", "Police, Fire and Crime Commissioner for Cumbria"]),
    ],
)

add(
    lid(8),
    "two_in_one_paragraph",
    "pdf",
    "Greater Manchester Police",
    "Mayor of Greater Manchester (Greater Manchester Combined Authority)",
    ("Nasreen Holloway", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"),
    "2025-08-05",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "implemented"),
        item("8", "accept", "not_started"),
        item("9", "accept", "in_progress"),
    ],
    [
        (
            "letterhead",
            [
                "Greater Manchester Combined Authority",
                "Office of the Deputy Mayor for Policing, Crime, Criminal Justice and Fire",
                "Manchester",
            ],
        ),
        ("date", "5 August 2025"),
        ("salutation", "Dear HM Chief Inspector,"),
        ("p", f"Re: HMICFRS report - {OIC_TITLE}"),
        (
            "p",
            "I am responding on behalf of the Mayor of Greater Manchester, who holds the functions of police and crime commissioner for the city region. I am sorry that this response is later than the 56 days expected.",
        ),
        (
            "p",
            "The Mayor accepts the four recommendations for chief constables. I asked the Chief Constable where Greater Manchester Police stands on each, and he has told me:",
        ),
        (
            "quote",
            "Recommendations 2 and 4 are both complete in GMP. Every referral to the National Command and Control Unit now generates a mandatory intelligence submission through our records system, and our organised immigration crime intelligence collection and sharing plan was approved by chief officers in July.",
        ),
        (
            "p",
            "On training the picture is mixed. The e-learning (recommendation 9) has been completed by 92 per cent of the officers and staff identified as needing it, and the rest have been given a deadline of the end of September. Hydra training (recommendation 8) has not yet started, because the force is still waiting for dates from the Modern Slavery and Organised Immigration Crime Unit.",
        ),
        ("p", "I will review progress with the Chief Constable at my next accountability board."),
        (
            "sign",
            ["Yours sincerely", "Nasreen Holloway", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"],
        ),
    ],
    late=True,
)

# ------------------------------------------------------------------------------------------------
# Blanket stances

add(
    lid(9),
    "blanket",
    "txt",
    "Lancashire Constabulary",
    "Lancashire Police and Crime Commissioner",
    ("Bernard Achterberg", "Police and Crime Commissioner for Lancashire"),
    "2025-06-24",
    [
        item("2", "accept", "in_progress"),
        item("4", "accept", "implemented"),
        item("8", "accept", "in_progress"),
        item("9", "accept", "in_progress"),
    ],
    [
        ("letterhead", ["Lancashire Police and Crime Commissioner", "County Hall, Preston"]),
        ("date", "24 June 2025"),
        ("salutation", "Dear HMICFRS"),
        ("p", f"{OIC_TITLE} - response of the Police and Crime Commissioner for Lancashire"),
        (
            "p",
            "Thank you for the report. I accept all four of the recommendations made to chief constables (recommendations 2, 4, 8 and 9) and have asked the Chief Constable to make sure they are delivered within the timescales you set.",
        ),
        (
            "p",
            "The Chief Constable has assured me that work on each of them is under way, with the exception of recommendation 4: Lancashire Constabulary already has an intelligence collection and sharing plan for organised immigration crime, agreed with Immigration Enforcement and the North West Regional Organised Crime Unit last year, and I am satisfied that it does what the recommendation asks.",
        ),
        ("p", "I will scrutinise progress at my Strategic Scrutiny Meeting, and the minutes will be published."),
        ("sign", ["Yours faithfully", "Bernard Achterberg", "Police and Crime Commissioner for Lancashire"]),
    ],
)

add(
    lid(10),
    "blanket",
    "txt",
    "Merseyside Police",
    "Merseyside Police and Crime Commissioner",
    ("Rosalind Keay", "Merseyside Police and Crime Commissioner"),
    None,
    [
        item("2", "support", "not_stated", cc="accept"),
        item("4", "support", "not_stated", cc="accept"),
        item("8", "support", "implemented", cc="accept"),
        item("9", "support", "not_stated", cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Merseyside"]),
        ("address", ["To: His Majesty's Chief Inspector of Constabulary"]),
        ("salutation", "Dear Chief Inspector,"),
        ("p", f"Re: {OIC_TITLE} (HMICFRS, May 2025)"),
        (
            "p",
            "I am grateful for the opportunity to respond to this inspection. I support all of the recommendations in the report directed at chief constables, and the Chief Constable has confirmed to me that Merseyside Police accepts them.",
        ),
        (
            "p",
            "Training is the area where the force has moved fastest. Every member of the force's organised immigration crime team, along with the port officers at Liverpool and Seaforth, has now completed the Hydra package with the Modern Slavery and Organised Immigration Crime Unit.",
        ),
        ("p", "I will ask for an update on the remaining recommendations at my next scrutiny meeting."),
        ("sign", ["Yours sincerely", "Rosalind Keay", "Merseyside Police and Crime Commissioner"]),
    ],
)

add(
    lid(11),
    "blanket",
    "docx",
    "Dyfed-Powys Police",
    "Dyfed-Powys Police and Crime Commissioner",
    ("Rhodri Penlan", "Police and Crime Commissioner for Dyfed-Powys"),
    "2025-07-01",
    [
        item("2", "agree", "in_progress", cc="agree"),
        item("4", "agree", "in_progress", cc="agree"),
        item("8", "agree", "in_progress", cc="agree"),
        item("9", "agree", "in_progress", cc="agree"),
    ],
    [
        ("letterhead", ["Comisiynydd Heddlu a Throseddu Dyfed-Powys", "Dyfed-Powys Police and Crime Commissioner"]),
        ("date", "1 July 2025"),
        ("salutation", "Dear Sir/Madam"),
        ("title", f"HMICFRS - {OIC_TITLE}"),
        (
            "p",
            "I have discussed this report with the Chief Constable, and we both agree with the recommendations directed at chief constables. Although Dyfed-Powys is a mostly rural force, the ports at Fishguard and Pembroke Dock link us directly to routes used by organised crime groups, and I recognise the value of the improvements you set out.",
        ),
        (
            "p",
            "Work has started on all four. An action plan covering them is owned by the Assistant Chief Constable and will be reviewed at my Policing Accountability Board each quarter until they are complete.",
        ),
        ("sign", ["Yn gywir / Yours sincerely", "Rhodri Penlan", "Police and Crime Commissioner for Dyfed-Powys"]),
    ],
)

add(
    lid(12),
    "blanket",
    "html",
    "Gwent Police",
    "Gwent Police and Crime Commissioner",
    ("Priya Wexford", "Police and Crime Commissioner for Gwent"),
    "2025-07-02",
    [
        item("2", "accept", "not_stated"),
        item("4", "accept", "not_stated"),
        item("8", "accept", "implemented"),
        item("9", "accept", "implemented"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Gwent"]),
        ("date", "2 July 2025"),
        ("title", f"{OIC_TITLE}: my response"),
        ("salutation", "Dear HMICFRS,"),
        ("p", "I welcome this report and accept the recommendations it makes to chief constables."),
        (
            "p",
            "I am pleased to report that Gwent Police has already completed the roll-out of both training products - the Hydra package and the four modules of e-learning - to its major crime, intelligence and neighbourhood support teams, the officers the force has identified as relevant to this work.",
        ),
        (
            "p",
            "I will continue to monitor the force's response to organised immigration crime through my Strategy and Performance Board.",
        ),
        ("sign", ["Yours sincerely", "Priya Wexford", "Police and Crime Commissioner for Gwent"]),
    ],
)

MOPAC_TITLE = "Improving the Response to Organised Immigration Crime"
add(
    lid(13),
    "blanket",
    "html",
    "Metropolitan Police Service",
    "Mayor's Office for Policing And Crime (MOPAC)",
    ("Edwin Carrow", "Deputy Mayor for Policing and Crime"),
    "2025-09-10",
    [
        item("2", "accept", "in_progress", cc="accept"),
        item("4", "accept", "implemented", cc="accept"),
        item("8", "accept", "in_progress", cc="accept"),
        item("9", "accept", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Mayor of London", "Mayor's Office for Policing And Crime", "City Hall, London"]),
        ("date", "10 September 2025"),
        ("title", f"{MOPAC_TITLE} - MOPAC response"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            f"Thank you for the inspection report {MOPAC_TITLE}. This response is made by the Mayor's Office for Policing And Crime under section 55 of the Police Act 1996, and I apologise for its late submission.",
        ),
        (
            "p",
            "The Commissioner and I accept the report's recommendations in full. Implementation is being overseen through MOPAC's oversight board, and I am pleased to say that the first milestone has been met: the Metropolitan Police Service's organised immigration crime information collection and sharing plan, which answers recommendation 4, was signed off in August. Work on the other three recommendations continues, and the training in particular will take until the spring given the size of the Met's workforce.",
        ),
        ("sign", ["Yours sincerely", "Edwin Carrow", "Deputy Mayor for Policing and Crime"]),
    ],
    late=True,
    title=MOPAC_TITLE,
)

add(
    lid(14),
    "blanket",
    "pdf",
    "Northamptonshire Police",
    "Northamptonshire Police, Fire and Crime Commissioner",
    ("Miriam Oduya", "Police, Fire and Crime Commissioner for Northamptonshire"),
    "2025-06-20",
    [
        item("2", "accept", "not_started", cc="accept"),
        item("4", "accept", "not_started", cc="accept"),
        item("8", "accept", "not_started", cc="accept"),
        item("9", "accept", "not_started", cc="accept"),
    ],
    [
        ("letterhead", ["Northamptonshire Police, Fire and Crime Commissioner", "Northampton"]),
        ("date", "20/06/2025"),
        ("salutation", "Dear HMICFRS"),
        ("p", f"Response to HMICFRS report: {OIC_TITLE}"),
        (
            "p",
            "I have read the report with interest and accept the four recommendations that are for chief constables to deliver. The Chief Constable accepts them too.",
        ),
        (
            "p",
            "I asked the Chief Constable what Northamptonshire Police has done so far. His answer was candid: work on these recommendations has not yet begun, and no timetable has been set. The force is completing a review of its serious and organised crime structures this summer and wants to fold the organised immigration crime work into the new structure rather than start it twice.",
        ),
        ("p", "I have asked the Chief Constable to bring me a timetable by October, and I will report on it publicly."),
        ("sign", ["Yours sincerely", "Miriam Oduya", "Police, Fire and Crime Commissioner for Northamptonshire"]),
    ],
)

add(
    lid(15),
    "blanket",
    "pdf",
    "Nottinghamshire Police",
    "Nottinghamshire Police and Crime Commissioner",
    ("Tobias Wren", "Police and Crime Commissioner for Nottinghamshire"),
    "2025-07-09",
    [
        item("2", "support", "implemented"),
        item("4", "support", "not_stated"),
        item("8", "support", "not_stated"),
        item("9", "support", "in_progress"),
    ],
    [
        ("letterhead", ["Nottinghamshire Police and Crime Commissioner", "Nottingham"]),
        ("date", "9 July 2025"),
        ("salutation", "Dear Chief Inspector"),
        ("title", OIC_TITLE),
        ("p", "I welcome the report and support each of its recommendations to chief constables."),
        (
            "p",
            "Since publication Nottinghamshire Police has introduced a mandatory intelligence submission for every referral to the National Command and Control Unit, and has opened the organised immigration crime e-learning modules to all frontline staff. Completion of the e-learning is being tracked weekly, and I have asked to see the figures at my next performance meeting with the Chief Constable.",
        ),
        ("sign", ["Yours sincerely", "Tobias Wren", "Police and Crime Commissioner for Nottinghamshire"]),
    ],
)

# ------------------------------------------------------------------------------------------------
# Mixed stances

add(
    lid(16),
    "mixed_stances",
    "txt",
    "Staffordshire Police",
    "Staffordshire Police, Fire and Crime Commissioner",
    ("Lorna Beddoes", "Staffordshire Commissioner for Police, Fire and Rescue and Crime"),
    "2025-06-26",
    [
        item("2", "agree", "implemented"),
        item("4", "agree", "implemented"),
        item("8", "partially_agree", "in_progress"),
        item("9", "note", "in_progress"),
    ],
    [
        ("letterhead", ["Staffordshire Commissioner", "Police | Fire and Rescue | Crime"]),
        ("date", "26 June 2025"),
        ("salutation", "Dear HMICFRS,"),
        ("title", OIC_TITLE),
        (
            "p",
            "Thank you for your report. I set out below my position on the four recommendations to chief constables. My views differ between them, and I have tried to explain why.",
        ),
        (
            "p",
            "I agree with recommendations 2 and 4, and both are already in place in Staffordshire Police. Officers who refer a case to the National Command and Control Unit must complete an intelligence submission before the incident can be closed on the command and control system, and the force's organised immigration crime intelligence plan, which covers collection, analysis and sharing with partners, was agreed in March.",
        ),
        (
            "p",
            "On training my position is more qualified. I partially agree with recommendation 8. Hydra is a valuable but resource-heavy exercise, and in my view it should be targeted at senior investigating officers and the specialist team rather than at a wide group of staff. As for recommendation 9, I note it; the e-learning is useful, but it is one of many national products competing for officers' limited training time. The force has nonetheless put both products on its learning platform, and completion is being tracked.",
        ),
        (
            "sign",
            ["Yours sincerely", "Lorna Beddoes", "Staffordshire Commissioner for Police, Fire and Rescue and Crime"],
        ),
    ],
)

add(
    lid(17),
    "mixed_stances",
    "docx",
    "Warwickshire Police",
    "Warwickshire Police and Crime Commissioner",
    ("Imogen Strachan", "Police and Crime Commissioner for Warwickshire"),
    "2025-07-07",
    [
        item("2", "disagree", "not_started"),
        item("4", "accept", "in_progress"),
        item("8", "accept", "planned"),
    ],
    [
        ("letterhead", ["Warwickshire Police and Crime Commissioner", "Warwick"]),
        ("date", "7 July 2025"),
        ("salutation", "Dear HM Inspector"),
        ("title", OIC_TITLE),
        (
            "p",
            "I respond below to three of the recommendations your report makes to chief constables. Warwickshire Police has given me its views, and I have reached my own.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "I do not agree with this recommendation as written. Warwickshire officers already record referrals to the National Command and Control Unit on the force crime and intelligence system, and requiring a separate intelligence document each time would duplicate that record without adding to what analysts can see. The force has no plans to introduce a separate requirement, and I think that is right.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "I accept this recommendation. The force's intelligence team is drafting an organised immigration crime collection plan with the Regional Organised Crime Unit, and I expect to see a final version by the end of the year.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "I accept this recommendation. Hydra training for detectives and custody sergeants is scheduled for November 2025, in partnership with the Modern Slavery and Organised Immigration Crime Unit.",
        ),
        ("sign", ["Yours sincerely", "Imogen Strachan", "Police and Crime Commissioner for Warwickshire"]),
    ],
    unanswered=["9"],
)

add(
    lid(18),
    "mixed_stances",
    "html",
    "West Mercia Police",
    "West Mercia Police and Crime Commissioner",
    ("Hamish Tolland", "Police and Crime Commissioner for West Mercia"),
    "2025-06-16",
    [
        item("2", "accept", "in_progress"),
        item("4", "accept", "in_progress"),
        item("8", "support", "implemented"),
        item("9", "partially_agree", "in_progress"),
    ],
    [
        ("letterhead", ["West Mercia Police and Crime Commissioner"]),
        ("date", "16 June 2025"),
        ("title", OIC_TITLE),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "I write in response to your report. I have taken the Chief Constable's advice on each recommendation and set out my own position below.",
        ),
        ("heading", "Intelligence"),
        (
            "p",
            "I accept recommendations 2 and 4. Both are in hand: the force is updating its referral procedure so that an intelligence submission is made every time officers contact the National Command and Control Unit, and a collection and sharing plan for organised immigration crime is being written with the regional organised crime unit. I expect both to be complete well before the deadlines.",
        ),
        ("heading", "Training"),
        (
            "p",
            "I support recommendation 8 but only partially agree with recommendation 9. The first is complete - West Mercia Police finished Hydra training for its relevant staff in May, with the Modern Slavery and Organised Immigration Crime Unit - and the second is being rolled out: all relevant personnel are now working through modules one and two. In my view modules three and four are better suited to specialist investigators than to the whole frontline, and the force will assign them accordingly.",
        ),
        ("sign", ["Yours sincerely", "Hamish Tolland", "Police and Crime Commissioner for West Mercia"]),
    ],
)

add(
    lid(19),
    "mixed_stances",
    "pdf",
    "Bedfordshire Police",
    "Bedfordshire Police and Crime Commissioner",
    ("Kwame Haddow", "Police and Crime Commissioner for Bedfordshire"),
    "2025-06-27",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "implemented"),
        item("8", "accept", "in_progress"),
        item("9", "note", "not_stated"),
    ],
    [
        ("letterhead", ["Bedfordshire Police and Crime Commissioner", "Bedford"]),
        ("date", "27 June 2025"),
        ("salutation", "Dear HMICFRS"),
        ("p", f"Response to {OIC_TITLE}"),
        (
            "p",
            "Thank you for the report. Bedfordshire has some of the most diverse communities in the country and an international airport within its boundary, and the exploitation your report describes is something we see. Below is my response to the four recommendations to chief constables.",
        ),
        (
            "p",
            "Recommendations 2 and 4 - I accept both, and both are complete. The intelligence submission has been a mandatory step for referrals to the National Command and Control Unit since last autumn, and the collection and sharing plan, owned jointly with the Bedfordshire, Cambridgeshire and Hertfordshire Major Crime Unit, was signed off in May.",
        ),
        (
            "p",
            "Recommendation 8 - I accept this too. The first Hydra sessions ran in June, and the remaining staff are booked onto sessions before Christmas.",
        ),
        (
            "p",
            "Recommendation 9 - I note this recommendation. I will ask the Chief Constable for an update on it at my next accountability meeting.",
        ),
        ("sign", ["Yours sincerely", "Kwame Haddow", "Police and Crime Commissioner for Bedfordshire"]),
    ],
)

add(
    lid(20),
    "mixed_stances",
    "txt",
    "Cambridgeshire Constabulary",
    "Cambridgeshire Police and Crime Commissioner",
    ("Ruth Aldergrove", "Police and Crime Commissioner for Cambridgeshire and Peterborough"),
    None,
    [
        item("2", "agree", "in_progress"),
        item("8", "support", "not_started"),
        item("9", "disagree", "not_started"),
    ],
    [
        ("letterhead", ["Cambridgeshire and Peterborough", "Police and Crime Commissioner"]),
        ("salutation", "Dear HMICFRS,"),
        ("p", f"{OIC_TITLE}: response from the Police and Crime Commissioner for Cambridgeshire and Peterborough"),
        (
            "p",
            "I agree with recommendation 2. The force is rewriting its guidance for officers making referrals to the National Command and Control Unit, and the new version, which makes the intelligence submission compulsory, is being piloted in Peterborough now.",
        ),
        (
            "p",
            "On training I take a different view of the two recommendations. I support recommendation 8: Hydra is well regarded, and I want Cambridgeshire's investigators to have it. I cannot agree with recommendation 9 in its current form, which would require a large number of staff to complete four modules at a time when mandatory training already takes up a substantial share of their year. Neither training package has yet been rolled out in Cambridgeshire, and no dates have been set for either.",
        ),
        ("sign", ["Regards,", "Ruth Aldergrove", "Police and Crime Commissioner"]),
    ],
    unanswered=["4"],
)

# ------------------------------------------------------------------------------------------------
# Flattened layouts

add(
    lid(21),
    "flattened",
    "txt",
    "Essex Police",
    "Essex Police, Fire and Crime Commissioner",
    ("Desmond Farraday", "Police, Fire and Crime Commissioner for Essex"),
    "2025-06-19",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "in_progress"),
        item("8", "accept", "in_progress"),
        item("9", "accept", "in_progress"),
    ],
    [
        ("letterhead", ["Essex Police, Fire and Crime Commissioner", "Chelmsford"]),
        ("date", "19 June 2025"),
        ("salutation", "Dear Chief Inspector,"),
        ("p", f"HMICFRS inspection: {OIC_TITLE}"),
        (
            "p",
            "Please find below my response to the recommendations your report makes to chief constables. I have agreed the wording with Essex Police, and the progress column reflects the force's own assessment at the date of this letter.",
        ),
        (
            "table",
            [
                ["Recommendation", "My response", "Progress"],
                [
                    "Recommendation 2 - intelligence document for every NCCU referral",
                    "Accepted.",
                    "Complete. The intelligence submission is now a mandatory field in the force's referral record and cannot be skipped.",
                ],
                [
                    "Recommendation 4 - plans to collect, analyse and share OIC information",
                    "Accepted.",
                    "In progress. A draft plan is with the Head of Intelligence and will be finalised in October.",
                ],
                [
                    "Recommendations 8 and 9 - Hydra training and the four e-learning modules",
                    "Accepted.",
                    "Ongoing. Hydra: the first cohort of investigators has been trained and further sessions are booked. E-learning: 60 per cent of relevant staff have completed all four modules.",
                ],
            ],
        ),
        ("p", "My office will review progress with the force every quarter."),
        ("sign", ["Yours sincerely", "Desmond Farraday", "Police, Fire and Crime Commissioner for Essex"]),
    ],
)

add(
    lid(22),
    "flattened",
    "txt",
    "Hertfordshire Constabulary",
    "Hertfordshire Police and Crime Commissioner",
    ("Annika Trevelyan", "Police and Crime Commissioner for Hertfordshire"),
    "2025-07-03",
    [
        item("2", "agree", "in_progress"),
        item("4", "agree", ["planned", "not_started"]),
        item("8", "agree", "implemented"),
        item("9", "agree", "implemented"),
    ],
    [
        ("letterhead", ["Hertfordshire Police and Crime Commissioner"]),
        ("date", "3 July 2025"),
        ("p", "To: HMICFRS"),
        ("p", f"Subject: {OIC_TITLE}"),
        (
            "p",
            "Dear Inspector, please see below my response, taken from the tracking sheet my office keeps for all HMICFRS recommendations.",
        ),
        (
            "p",
            "Rec 2 | NCCU referrals to be accompanied by an intelligence document | Response: Agree | Owner: Detective Superintendent, Intelligence | Status: in progress - new process written, being briefed to control room and custody staff during July. Rec 4 | Clear plans to collect, analyse and share OIC information | Response: Agree | Owner: Head of Analysis | Status: not yet started - scheduled to begin in September once the force strategic assessment is complete. Recs 8 and 9 | Hydra training package and four e-learning modules | Response: Agree | Owner: Head of Learning and Development | Status: both delivered - 100 per cent of identified staff have completed Hydra and all four modules.",
        ),
        ("sign", ["Annika Trevelyan", "Police and Crime Commissioner for Hertfordshire"]),
    ],
)

add(
    lid(23),
    "flattened",
    "pdf",
    "Kent Police",
    "Kent Police and Crime Commissioner",
    ("Leonard Ashworth-Kaye", "Police and Crime Commissioner for Kent"),
    "2025-07-25",
    [
        item("2", "accept", "implemented", by="chief_constable", cc="accept"),
        item("4", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("8", "accept", "planned", by="chief_constable", cc="accept"),
        item("9", "accept", "planned", by="chief_constable", cc="accept"),
    ],
    [
        ("letterhead", ["Kent Police and Crime Commissioner", "Maidstone"]),
        ("date", "25 July 2025"),
        ("salutation", "Dear HMICFRS,"),
        ("title", OIC_TITLE),
        (
            "p",
            "Kent's coastline and the Channel crossings put this county at the front line of organised immigration crime, and I have read your report closely. I have received the Chief Constable's response to the recommendations for chief constables and reproduce it below. I am sorry that this letter is later than the statutory timescale.",
        ),
        ("heading", "Kent Police response"),
        (
            "table",
            [
                ["Rec.", "Force response", "Progress at July 2025"],
                [
                    "2",
                    "Accepted",
                    "Complete. All referrals to the National Command and Control Unit are now followed by an intelligence submission, checked daily by the Force Intelligence Bureau.",
                ],
                [
                    "4",
                    "Accepted",
                    "Under way. The OIC intelligence collection plan is being drafted with the Serious Crime Directorate.",
                ],
                [
                    "8 and 9",
                    "Accepted",
                    "Both to be included in the force training plan from January 2026, with the Modern Slavery and Organised Immigration Crime Unit.",
                ],
            ],
        ),
        ("p", "I will hold the Chief Constable to account for delivery through my Performance and Delivery Board."),
        ("sign", ["Yours sincerely", "Leonard Ashworth-Kaye", "Police and Crime Commissioner for Kent"]),
    ],
    late=True,
)

add(
    lid(24),
    "flattened",
    "docx",
    "North Wales Police",
    "North Wales Police and Crime Commissioner",
    ("Gethin Rowlands", "Police and Crime Commissioner for North Wales"),
    "2025-06-13",
    [
        item("2", "accept", "implemented", cc="accept"),
        item("4", "accept", "in_progress", cc="accept"),
        item("8", "accept", "in_progress", cc="accept"),
        item("9", "accept", "planned", cc="accept"),
    ],
    [
        (
            "letterhead",
            ["Police and Crime Commissioner for North Wales", "Comisiynydd Heddlu a Throsedd Gogledd Cymru"],
        ),
        ("date", "13 June 2025"),
        ("salutation", "Dear Chief Inspector"),
        ("title", OIC_TITLE),
        (
            "p",
            "Holyhead is one of the busiest ferry ports in the United Kingdom, and North Wales Police takes organised immigration crime seriously. The Chief Constable's position on each recommendation, which I share, is set out below with the force's assessment of progress.",
        ),
        ("p", "Rec | Position | Progress | Detail"),
        (
            "p",
            "2 | Accept | Complete | The force's referral procedure has required an intelligence submission for each referral to the National Command and Control Unit since January 2025.",
        ),
        (
            "p",
            "4 | Accept | In progress | The OIC information plan is being drafted with the regional organised crime unit.",
        ),
        (
            "p",
            "8 & 9 | Accept | In progress / Planned | Hydra: sessions under way for detectives and port officers. E-learning: launch planned for October 2025.",
        ),
        ("sign", ["Yours sincerely", "Gethin Rowlands", "Police and Crime Commissioner for North Wales"]),
    ],
)

# ------------------------------------------------------------------------------------------------
# The chief constable's response in an annex

add(
    lid(25),
    "cc_annex",
    "docx",
    "Suffolk Constabulary",
    "Suffolk Police and Crime Commissioner",
    ("Tamsin Rook", "Police and Crime Commissioner for Suffolk"),
    "2025-06-23",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "support", "implemented", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Suffolk Police and Crime Commissioner"]),
        ("date", "23 June 2025"),
        ("salutation", "Dear HMICFRS,"),
        ("title", OIC_TITLE),
        (
            "p",
            "Thank you for your report. With the Port of Felixstowe in the county, organised immigration crime is a priority for Suffolk. I support all four recommendations made to chief constables. I asked the Chief Constable for her response, which is attached as an annex; I am content with it and will monitor its delivery.",
        ),
        ("sign", ["Yours sincerely", "Tamsin Rook", "Police and Crime Commissioner for Suffolk"]),
        ("heading", "Annex: Chief Constable's response"),
        ("p", "Suffolk Constabulary accepts the four recommendations addressed to chief constables."),
        (
            "p",
            "Recommendation 2. The force's procedure for referrals to the National Command and Control Unit is being revised to make the intelligence submission mandatory. The revised procedure is out for consultation with the control room and will be issued in September.",
        ),
        (
            "p",
            "Recommendation 4. Complete. The joint Norfolk and Suffolk intelligence function published an organised immigration crime collection and sharing plan in April 2025, covering both forces.",
        ),
        (
            "p",
            "Recommendations 8 and 9. Hydra will be delivered to investigators and custody staff in February 2026, jointly with Norfolk. The e-learning is further advanced: modules one and two have been completed by most officers, and modules three and four are being rolled out now.",
        ),
    ],
)

add(
    lid(26),
    "cc_annex",
    "html",
    "Surrey Police",
    "Surrey Police and Crime Commissioner",
    ("Oliver Brandreth", "Police and Crime Commissioner for Surrey"),
    "2025-07-01",
    [
        item("2", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("4", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("8", "partially_agree", "implemented", by="chief_constable", cc="partially_agree"),
        item("9", "accept", "planned", by="chief_constable", cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Surrey"]),
        ("date", "1 July 2025"),
        ("title", OIC_TITLE),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "I have received the Chief Constable's response to your report, which is set out in the annex below. I have discussed it with him at my Performance and Accountability Meeting, and I will continue to follow its progress.",
        ),
        ("sign", ["Yours sincerely", "Oliver Brandreth", "Police and Crime Commissioner for Surrey"]),
        ("heading", "Annex - Surrey Police response"),
        (
            "accordion",
            [
                (
                    "Recommendations 2 and 4",
                    "Accepted. Both are in progress. The referral procedure is being changed so that an intelligence document follows every referral to the National Command and Control Unit, and an organised immigration crime collection and sharing plan is being written jointly with Sussex Police.",
                ),
                (
                    "Recommendation 8",
                    "Partially accepted. Surrey Police will deliver Hydra to senior investigating officers and specialist investigators rather than to a wider group; those officers completed it in May 2025.",
                ),
                (
                    "Recommendation 9",
                    "Accepted. The four e-learning modules will be launched to all frontline officers and staff in September 2025.",
                ),
            ],
        ),
    ],
)

add(
    lid(27),
    "cc_annex",
    "pdf",
    "Sussex Police",
    "Sussex Police and Crime Commissioner",
    ("Felicity Marchbank", "Sussex Police and Crime Commissioner"),
    "2025-06-11",
    [
        item("2", "agree", "implemented", by="chief_constable", cc="agree"),
        item("4", "agree", "planned", by="chief_constable", cc="agree"),
        item("9", "agree", "in_progress", by="chief_constable", cc="agree"),
    ],
    [
        ("letterhead", ["Sussex Police and Crime Commissioner", "Lewes"]),
        ("date", "11 June 2025"),
        ("salutation", "Dear HMICFRS"),
        ("title", OIC_TITLE),
        (
            "p",
            "I have considered the Chief Constable's response to the report, which is annexed to this letter. Progress will be reported to the Police and Crime Panel.",
        ),
        ("sign", ["Yours faithfully", "Felicity Marchbank", "Sussex Police and Crime Commissioner"]),
        ("heading", "Annex A - Response of the Chief Constable of Sussex Police"),
        (
            "p",
            "Recommendations 2 and 9 - Agreed. The intelligence submission requirement went live in the contact centre on 2 June, so every referral to the National Command and Control Unit is now followed by one. The e-learning is due to be completed by all relevant staff by March 2026; 40 per cent have done so.",
        ),
        (
            "p",
            "Recommendation 4 - Agreed. A collection and sharing plan will be drafted in October with Surrey Police and the South East Regional Organised Crime Unit, for sign-off in December.",
        ),
    ],
    unanswered=["8"],
)

# ------------------------------------------------------------------------------------------------
# Headings that paraphrase the recommendations

add(
    lid(28),
    "paraphrase_headings",
    "txt",
    "Hampshire and Isle of Wight Constabulary",
    "Hampshire and Isle of Wight Police and Crime Commissioner",
    ("Cordelia Fanshawe", PCC),
    "2025-07-10",
    [
        item("2", "accept", "in_progress"),
        item("4", "accept", "implemented"),
        item("8", "accept", "in_progress"),
        item("9", "accept", "planned"),
    ],
    [
        ("letterhead", ["Police and Crime Commissioner for Hampshire and the Isle of Wight"]),
        ("date", "10 July 2025"),
        ("salutation", "Dear Chief Inspector,"),
        ("title", OIC_TITLE),
        (
            "p",
            "With the ports of Southampton and Portsmouth in the force area, Hampshire and Isle of Wight Constabulary has real experience of the crime your report describes. I accept each of the four recommendations you make to chief constables, and set out below what the Chief Constable has told me about progress.",
        ),
        ("heading", "Passing intelligence on when officers contact the Home Office command centre"),
        (
            "p",
            "The force has briefed all sergeants and inspectors on the requirement and is adding a mandatory prompt to its records system. Audits of compliance have begun, and the Chief Constable expects the change to be embedded by the spring.",
        ),
        ("heading", "Knowing what we know: gathering, analysing and sharing information"),
        (
            "p",
            "This is done. A plan for how the force collects, analyses and shares information on organised immigration crime was agreed in June and has been shared with Border Force and the National Crime Agency.",
        ),
        ("heading", "Skills for the officers who need them"),
        (
            "p",
            "Two training products are involved here: the Hydra exercise and the four e-learning modules. The first has started - the force's specialist investigators and custody officers are working through Hydra now - and the second will follow in March, once Hydra is finished.",
        ),
        ("sign", ["Yours sincerely", "Cordelia Fanshawe", "Police and Crime Commissioner"]),
    ],
)

add(
    lid(29),
    "paraphrase_headings",
    "docx",
    "Avon and Somerset Police",
    "Avon and Somerset Police and Crime Commissioner",
    ("Ravi Standish", "Police and Crime Commissioner for Avon and Somerset"),
    "2025-06-25",
    [
        item("2", "support", "not_started"),
        item("4", "support", "in_progress"),
        item("8", "support", "in_progress"),
        item("9", "support", "in_progress"),
    ],
    [
        ("letterhead", ["Avon and Somerset Police and Crime Commissioner"]),
        ("date", "25 June 2025"),
        ("salutation", "Dear HMICFRS,"),
        ("title", f"{OIC_TITLE}: response of the Police and Crime Commissioner"),
        (
            "p",
            "I support the report's recommendations to chief constables and have summarised below where Avon and Somerset Police stands on each theme.",
        ),
        ("heading", "Reporting to the National Command and Control Unit"),
        (
            "p",
            "No work has yet begun on this. The force wants to see the outcome of a national review of the referral form before changing its own process, and has not set a date.",
        ),
        ("heading", "An information plan for organised immigration crime"),
        ("p", "The force's intelligence directorate is writing the plan now and expects to finish it in the autumn."),
        ("heading", "Training"),
        (
            "p",
            "Both packages are now being delivered. Investigators in the Major Crime Investigation Team and the airport and Avonmouth port teams are going through Hydra, and the e-learning has been made mandatory for neighbourhood and response officers.",
        ),
        ("sign", ["Yours sincerely", "Ravi Standish", "Police and Crime Commissioner for Avon and Somerset"]),
    ],
)

add(
    lid(30),
    "paraphrase_headings",
    "html",
    "Devon and Cornwall Police",
    "Devon and Cornwall Police and Crime Commissioner",
    ("Morwenna Tregarthen", "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
    "2025-07-09",
    [
        item("2", "agree", "implemented", cc="agree"),
        item("4", "agree", "in_progress", cc="agree"),
        item("8", "agree", "planned", cc="agree"),
        item("9", "agree", "in_progress", cc="agree"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"]),
        ("date", "9 July 2025"),
        ("title", OIC_TITLE),
        ("salutation", "Dear HMICFRS,"),
        (
            "p",
            "I agree with the four recommendations your report makes to chief constables, and the Chief Constable has told me that he agrees with them too. My response on each follows.",
        ),
        ("heading", "When officers refer cases to Immigration Enforcement"),
        (
            "p",
            "The force already requires an intelligence report to be submitted with every referral, and a compliance audit in May found that this was being done in almost every case.",
        ),
        ("heading", "Collecting, analysing and sharing information"),
        (
            "p",
            "A draft plan was written in June and is being tested with partners in Plymouth and Falmouth before it is adopted.",
        ),
        ("heading", "Specialist and online training"),
        (
            "p",
            "Online training is already under way, with over half of frontline officers having completed all four modules. The specialist Hydra package will follow: it is booked for February 2026 for the force's serious and organised crime teams.",
        ),
        (
            "sign",
            [
                "Yours sincerely",
                "Morwenna Tregarthen",
                "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly",
            ],
        ),
    ],
)


def main() -> None:
    about = "Thirty hand-written oic-2025 response letters for tuning, focused on claimed status where one passage speaks of more than one recommendation; schema as tests/ingest/sealed/truth.json; split 'tuneset13'"
    corpus.write_set(HERE, about, ((blocks, truth) for truth, blocks in LETTERS))


if __name__ == "__main__":
    main()
