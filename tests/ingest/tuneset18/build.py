# ruff: noqa: E501  (letter text is data: long sentences are kept whole)
"""Build the tuneset18 set: ``letters/`` and ``truth.json``, reproducibly.

    .venv/bin/python tests/ingest/tuneset18/build.py

A hand-written set of 24 invented response letters, for tuning. Kinds: table 6 (docx 2, html 2, pdf 2),
paraphrase_headings 2, labels_only 2, flattened 2, two_in_one_paragraph 2, blanket 3, mixed_stances 3, cc_annex 3
and regional_afi 1 (soc-yh-2025); formats txt 6, docx 6, html 6, pdf 6. Two letters are undated, three are late
(one of them the day after the deadline; another is dated on the deadline itself and is not late) and two leave one
finding unanswered. It is deliberately hard: commissioners who state their stance once in an opening or closing
sentence while each finding's passage reports the force's; tables whose first column is a comment or a status and
whose headings do not say whose words they hold; blanket letters that give progress by subject; everyday progress
wording across every status, and passages that give none.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
sys.path.insert(0, str(CORPUS))

import build as corpus  # noqa: E402

SPLIT = "tuneset18"
OIC = "oic-2025"
SOC = "soc-yh-2025"
OIC_TITLE = "Improving the response to organised immigration crime"
SOC_TITLE = "An inspection of the Yorkshire and Humber regional response to serious and organised crime"

LETTERS: list[tuple[dict[str, Any], list[tuple[str, Any]]]] = []
add = corpus.letter_adder(LETTERS, split=SPLIT)
item = corpus.item

R2 = "By 30 April 2026, chief constables should make sure that every time a member of their force reports a case to Immigration Enforcement's National Command and Control Unit, the reporting officer completes and submits the required intelligence document."
R4 = "By 31 December 2025, chief constables should make sure they have clear plans to collect, analyse and share information related to organised immigration crime."
R8 = "By 30 April 2026, chief constables, working with the Modern Slavery & Organised Immigration Crime Unit, should make sure that relevant personnel in all Home Office police forces complete the Hydra training package on organised immigration crime."
R9 = "By 30 April 2026, chief constables, working with the Modern Slavery & Organised Immigration Crime Unit and the College of Policing, should make sure that relevant personnel in all Home Office police forces complete the four modules of the organised immigration crime e-learning package."
AFI1 = "The Yorkshire and Humber Regional Organised Crime Unit and its constituent forces should improve how they work together to tackle serious and organised crime."
AFI2 = "The Yorkshire and Humber Regional Organised Crime Unit and its constituent forces should improve how the region procures and uses technical surveillance equipment."

INSPECTORATE = ["His Majesty's Chief Inspector of Constabulary", "HMICFRS", "London"]
ENDORSE = ["support", "accept"]  # "I am satisfied with the force's response and endorse it"

# ------------------------------------------------------------------------------------------------
# Tables (docx 2, html 2, pdf 2)

add(
    "tuneset18-01",
    "table",
    "docx",
    "Cheshire Constabulary",
    "Cheshire Police and Crime Commissioner",
    ("Helen Tranter", "Police and Crime Commissioner for Cheshire"),
    "2025-07-02",
    [
        item("2", "support", "implemented"),
        item("4", "agree", "in_progress"),
        item("8", "note", "planned"),
        item("9", "support", "not_started"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Cheshire", "Winsford, Cheshire"]),
        ("date", "2nd July 2025"),
        ("address", INSPECTORATE),
        ("title", f"HMICFRS inspection: {OIC_TITLE} – response of the Police and Crime Commissioner for Cheshire"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "This is my response to the inspectorate's report, published on 16 May 2025. I have gone through each of the four recommendations made to chief constables with the Chief Constable of Cheshire Constabulary. My comments are in the left-hand column of the table below, beside the force's own account of where it has got to.",
        ),
        (
            "table",
            [
                ["Commissioner's comment", "Force status", "Recommendation"],
                [
                    "I welcome this recommendation. I will look for evidence of compliance through my quarterly scrutiny board rather than rely on assurances.",
                    "Complete. Submitting the intelligence document is now a mandatory step whenever an officer refers a case to the national unit, and it has been business as usual since April.",
                    f"2. {R2}",
                ],
                [
                    "I concur with the inspectorate. I have asked to see the plan before chief officers sign it off.",
                    "In progress. A draft plan for collecting, analysing and sharing information is with the force intelligence bureau and is being tested against the regional unit's requirements.",
                    f"4. {R4}",
                ],
                [
                    "I note this recommendation and the fact that delivery depends on trainers supplied by the national unit.",
                    "Planned. The first Hydra sessions for custody and response supervisors are scheduled for October 2025.",
                    f"8. {R8}",
                ],
                [
                    "I support this recommendation.",
                    "Not started. The force is waiting for the revised modules from the College of Policing, and no staff have been enrolled yet.",
                    f"9. {R9}",
                ],
            ],
        ),
        (
            "p",
            "I will keep all four on the agenda of my accountability meetings with the Chief Constable until each is finished, and this response will be published on my website.",
        ),
        ("sign", ["Yours sincerely,", "", "Helen Tranter", "Police and Crime Commissioner for Cheshire"]),
        ("footer", "Police and Crime Commissioner for Cheshire"),
    ],
)

add(
    "tuneset18-02",
    "table",
    "docx",
    "Durham Constabulary",
    "Durham Police and Crime Commissioner",
    ("Martin Ashcroft", "Police and Crime Commissioner for Durham and Darlington"),
    "2025-07-03",
    [
        item("2", "agree", "implemented", cc="accept"),
        item("4", ["agree", "partially_agree"], "planned", cc="accept"),
        item("8", "support", "in_progress", cc="accept"),
        item("9", "note", "not_started", cc="accept"),
    ],
    [
        ("letterhead", ["Durham Police and Crime Commissioner", "Aykley Heads, Durham"]),
        ("date", "03/07/2025"),
        ("address", INSPECTORATE),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Re: {OIC_TITLE}"),
        (
            "p",
            "I asked the Chief Constable for an update on each of the recommendations addressed to chief constables, and I have set it out below together with my own view.",
        ),
        (
            "table",
            [
                ["Ref", "Recommendation", "Response", "Position", "RAG"],
                [
                    "2",
                    R2,
                    "Accepted. Submitting the intelligence document with every referral to the National Command and Control Unit has been business as usual since February 2025.",
                    "I agree.",
                    "Green",
                ],
                [
                    "4",
                    R4,
                    "Accepted. The force's information plan for organised immigration crime is scheduled to go to the strategic intelligence board in November.",
                    "I agree in principle, but I want the plan to take in partners' data as well as police data.",
                    "Amber",
                ],
                [
                    "8",
                    R8,
                    "Accepted. We are midway through putting response sergeants through the Hydra exercise.",
                    "I support this.",
                    "Amber",
                ],
                [
                    "9",
                    R9,
                    "Accepted. Nothing has yet been done on the e-learning; the force is waiting for national completion figures before it chooses which roles to include.",
                    "I note this. I will raise the lack of movement with the Chief Constable at our next accountability meeting.",
                    "Red",
                ],
            ],
        ),
        ("p", "I would be happy to discuss any of this with your team."),
        (
            "sign",
            ["Yours sincerely,", "", "Martin Ashcroft", "Police and Crime Commissioner for Durham and Darlington"],
        ),
        ("footer", "Durham Police and Crime Commissioner"),
    ],
)

add(
    "tuneset18-03",
    "table",
    "html",
    "Lancashire Constabulary",
    "Lancashire Police and Crime Commissioner",
    ("Graham Pilling", "Police and Crime Commissioner for Lancashire"),
    "2025-07-04",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "not_started"),
        item("9", "support", "planned"),
    ],
    [
        ("letterhead", ["Police and Crime Commissioner for Lancashire", "Hutton, Preston"]),
        ("date", "4 July 2025"),
        ("address", INSPECTORATE),
        ("title", f"Section 55 response: {OIC_TITLE}"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "Thank you for the report. The force's update on each of the four recommendations made to chief constables is summarised in the table below.",
        ),
        (
            "table",
            [
                ["Status", "Comments", "Recommendation"],
                [
                    "Complete",
                    "The force accepts the recommendation. A mandatory prompt for the intelligence submission went live in the control room system in March, so a referral to the national unit cannot be closed without it.",
                    f"Recommendation 2: {R2}",
                ],
                [
                    "Ongoing",
                    "Accepted. Work is ongoing with the force's analysts and the North West Regional Organised Crime Unit to agree what information is collected, how it is analysed and who receives it.",
                    f"Recommendation 4: {R4}",
                ],
                [
                    "Not yet started",
                    "The Hydra package has not been progressed while the force waits for facilitators from the national unit.",
                    f"Recommendation 8: {R8}",
                ],
                [
                    "Scheduled",
                    "The four modules will be assigned to response and neighbourhood officers from January 2026.",
                    f"Recommendation 9: {R9}",
                ],
            ],
        ),
        (
            "p",
            "I support every recommendation made to the Chief Constable, and my office will follow the force's progress on each through the Police Accountability Board.",
        ),
        ("sign", ["Kind regards,", "", "Graham Pilling", "Police and Crime Commissioner for Lancashire"]),
        ("footer", "Police and Crime Commissioner for Lancashire"),
    ],
)

add(
    "tuneset18-04",
    "table",
    "html",
    "Merseyside Police",
    "Merseyside Police and Crime Commissioner",
    ("Joanne Kerrigan", "Police and Crime Commissioner for Merseyside"),
    "2025-07-15",
    [
        item("2", "agree", "implemented"),
        item("4", ["accept", "partially_agree"], "in_progress"),
        item("8", ["support", "agree"], ["planned", "not_started"]),
        item("9", "support", "in_progress"),
    ],
    [
        ("letterhead", ["Merseyside Police and Crime Commissioner", "Liverpool"]),
        ("date", "15 July 2025"),
        ("address", INSPECTORATE),
        ("title", f"{OIC_TITLE}: my response"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "I am sorry that this response reaches you after the 56 days allowed. My comments on each of the recommendations made to chief constables follow, with a RAG rating for the force's progress.",
        ),
        (
            "table",
            [
                ["RAG", "Recommendation", "Response"],
                [
                    "Green",
                    R2,
                    "I agree. Merseyside Police already requires the intelligence document with every referral to the National Command and Control Unit, and that has been routine practice since 2024.",
                ],
                [
                    "Amber",
                    R4,
                    "I accept this recommendation, although I have reservations about the December deadline given how much depends on the regional unit. The force is midway through mapping the information it already holds.",
                ],
                [
                    "Red",
                    R8,
                    "I endorse this. Hydra training will follow once funding to backfill officers on the course is agreed.",
                ],
                [
                    "Green",
                    R9,
                    "I support this. Just over four in five relevant officers have finished all four modules and the rest are booked to do so.",
                ],
            ],
        ),
        ("sign", ["Yours sincerely,", "", "Joanne Kerrigan", "Police and Crime Commissioner for Merseyside"]),
        ("footer", "Merseyside Police and Crime Commissioner"),
    ],
    late=True,
)

add(
    "tuneset18-05",
    "table",
    "pdf",
    "Derbyshire Constabulary",
    "Derbyshire Police and Crime Commissioner",
    ("Paul Hindmarsh", "Police and Crime Commissioner for Derbyshire"),
    "2025-07-01",
    [
        item("2", ENDORSE, "implemented", cc="accept"),
        item("4", ENDORSE, "in_progress", cc="accept"),
        item("8", ENDORSE, "planned", cc="accept"),
        item("9", ENDORSE, "not_stated", cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Derbyshire", "Ripley, Derbyshire"]),
        ("address", INSPECTORATE),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"HMICFRS: {OIC_TITLE}"),
        (
            "p",
            "I am satisfied with the force's response to this report and endorse it. The Chief Constable's position on each recommendation is shown in the first column of the table, with the force's update beside it.",
        ),
        (
            "table",
            [
                ["Position", "Recommendation", "Update"],
                [
                    "Accepted",
                    f"Recommendation 2. {R2}",
                    "The work is complete: officers now submit the intelligence document with every referral to the national unit, and compliance is checked weekly.",
                ],
                [
                    "Accepted",
                    f"Recommendation 4. {R4}",
                    "Work is ongoing. The force intelligence bureau is drawing up the plan with the East Midlands Special Operations Unit.",
                ],
                [
                    "Accepted",
                    f"Recommendation 8. {R8}",
                    "Hydra sessions for detective sergeants are scheduled for the first quarter of 2026.",
                ],
                [
                    "Accepted",
                    f"Recommendation 9. {R9}",
                    "This recommendation sits with the force's head of learning and development.",
                ],
            ],
        ),
        ("p", "I will go on holding the Chief Constable to account for delivery at my public scrutiny meetings."),
        ("sign", ["Yours sincerely,", "", "Paul Hindmarsh", "Police and Crime Commissioner for Derbyshire"]),
        ("footer", "Office of the Police and Crime Commissioner for Derbyshire | 01.07.2025"),
    ],
)

add(
    "tuneset18-06",
    "table",
    "pdf",
    "Nottinghamshire Police",
    "Nottinghamshire Police and Crime Commissioner",
    ("Rebecca Oduya", "Police and Crime Commissioner for Nottinghamshire"),
    "2025-07-08",
    [
        item("2", ["partially_agree", "disagree"], "not_started", cc="disagree"),
        item("4", "support", "implemented", cc="accept"),
        item("8", ["accept", "agree"], "planned", cc="accept"),
        item("9", "note", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Nottinghamshire Police and Crime Commissioner", "Arnot Hill House, Arnold"]),
        ("date", "Tuesday 8 July 2025"),
        ("address", INSPECTORATE),
        ("title", f"Response to the HMICFRS report '{OIC_TITLE}'"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "The table below gives the force's response to each recommendation, then the recommendation itself, then my comments.",
        ),
        (
            "table",
            [
                ["Response", "Recommendation", "Comments"],
                [
                    "The force does not accept this recommendation. Referrals to the National Command and Control Unit are made by the control room rather than by the officer at the scene, and no change has been made to that process.",
                    f"2: {R2}",
                    "I have reservations about the recommendation too. I have asked the force to show me how the intelligence is being captured instead.",
                ],
                [
                    "Accepted. The plan went live on 1 June 2025 and is reviewed every quarter.",
                    f"4: {R4}",
                    "I welcome this.",
                ],
                [
                    "Accepted. Hydra sessions are scheduled for the autumn.",
                    f"8: {R8}",
                    "I am content with this.",
                ],
                [
                    "Accepted. Work is ongoing, and 46 per cent of relevant staff have completed all four modules.",
                    f"9: {R9}",
                    "I note this recommendation and the progress so far.",
                ],
            ],
        ),
        ("sign", ["Yours sincerely,", "", "Rebecca Oduya", "Police and Crime Commissioner for Nottinghamshire"]),
        ("footer", "Nottinghamshire Police and Crime Commissioner"),
    ],
)

# ------------------------------------------------------------------------------------------------
# Paraphrasing headings

add(
    "tuneset18-07",
    "paraphrase_headings",
    "txt",
    "Kent Police",
    "Kent Police and Crime Commissioner",
    ("Simon Ashworth-Lee", "Kent Police and Crime Commissioner"),
    "2025-07-07",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "support", "not_stated", cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Kent Police and Crime Commissioner", "Maidstone, Kent"]),
        ("date", "7th July 2025"),
        ("address", INSPECTORATE),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"HMICFRS report: {OIC_TITLE}"),
        (
            "p",
            "Thank you for the inspectorate's report. With the Channel ports and the M20 corridor, organised immigration crime is never far from the work of Kent Police. I support every recommendation made to the Chief Constable, and I have set out below what the force has told me about each.",
        ),
        ("heading", "Intelligence after every referral to the national unit"),
        (
            "p",
            "The force has accepted this recommendation. Submitting the intelligence document alongside each referral to Immigration Enforcement's National Command and Control Unit has been business as usual since the spring, and a sample of referrals is audited every month.",
        ),
        ("heading", "A plan for collecting and sharing information"),
        (
            "p",
            "The force has accepted this recommendation. Work is ongoing with partners at the ports and with the South East Regional Organised Crime Unit to settle what information is gathered, how it is analysed and who it goes to.",
        ),
        ("heading", "Hydra scenario training"),
        (
            "p",
            "The force has accepted this recommendation. A Hydra exercise for supervisors in the contact centre and on the response teams is scheduled for November.",
        ),
        ("heading", "E-learning for relevant staff"),
        (
            "p",
            "The force has accepted this recommendation. The four modules are offered to forces free of charge on the College of Policing's learning platform.",
        ),
        ("p", "My office will ask for an update on all four at the Performance and Delivery Board in the new year."),
        ("sign", ["Yours sincerely,", "", "Simon Ashworth-Lee", "Kent Police and Crime Commissioner"]),
        ("footer", "Kent Police and Crime Commissioner"),
    ],
)

add(
    "tuneset18-08",
    "paraphrase_headings",
    "html",
    "Essex Police",
    "Essex Police, Fire and Crime Commissioner",
    ("Daniel Whitcombe", "Police, Fire and Crime Commissioner for Essex"),
    None,
    [
        item("9", "agree", "implemented"),
        item("2", ["accept", "partially_agree"], "not_started"),
        item("4", "support", "in_progress"),
    ],
    [
        ("letterhead", ["Essex Police, Fire and Crime Commissioner", "Chelmsford, Essex"]),
        ("title", f"Our response to {OIC_TITLE}"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "Thank you for the report. I have considered it with the Chief Constable of Essex Police and set out my response below.",
        ),
        ("heading", "Online learning on organised immigration crime"),
        (
            "p",
            "I concur with the inspectorate that this learning matters. Essex Police went live with the four modules on its training platform in May, and every officer and member of staff in the roles the force identified has now completed them.",
        ),
        ("heading", "Completing the intelligence document"),
        (
            "p",
            "I accept this recommendation in principle, though the practicalities for an officer dealing with a lorry on the A12 in the middle of the night still need working through. It has not been progressed yet: the force wants to see the national guidance first.",
        ),
        ("heading", "Planning how information is collected and shared"),
        (
            "p",
            "I welcome this recommendation. We are midway through drafting the plan with the force and the county's community safety partnerships.",
        ),
        ("sign", ["Yours sincerely,", "", "Daniel Whitcombe", "Police, Fire and Crime Commissioner for Essex"]),
        ("footer", "Essex Police, Fire and Crime Commissioner"),
    ],
    unanswered=["8"],
)

# ------------------------------------------------------------------------------------------------
# Labels only

add(
    "tuneset18-09",
    "labels_only",
    "docx",
    "Hertfordshire Constabulary",
    "Hertfordshire Police and Crime Commissioner",
    ("Nadia Fairbrother", "Police and Crime Commissioner for Hertfordshire"),
    "2025-07-11",
    [
        item("2", ENDORSE, "in_progress", cc="accept"),
        item("4", ENDORSE, "implemented", cc="accept"),
        item("8", ENDORSE, "not_started", cc="accept"),
        item("9", ENDORSE, "planned", cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Hertfordshire", "Welwyn Garden City"]),
        ("date", "11 July 2025"),
        ("address", INSPECTORATE),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"{OIC_TITLE} – Hertfordshire response"),
        (
            "p",
            "Please find below my response to the inspectorate's report. I apologise for the short delay in sending it.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "The force has accepted this recommendation. Work is ongoing to build the intelligence document into the referral process, and officers in one command unit are trialling the new form now.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "The force has accepted this recommendation. Its information plan for organised immigration crime is complete and was approved by the Chief Officer Group in June.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "The force has accepted this recommendation. Nothing has yet been done to arrange Hydra training, as the force is still working out which roles count as relevant personnel.",
        ),
        ("heading", "Recommendation 9"),
        (
            "p",
            "The force has accepted this recommendation. Roll-out of the e-learning to the identified roles is scheduled for the new year.",
        ),
        (
            "p",
            "Having gone through the detail with the Chief Constable, I am satisfied with the force's response and endorse it.",
        ),
        ("sign", ["Yours sincerely,", "", "Nadia Fairbrother", "Police and Crime Commissioner for Hertfordshire"]),
        ("footer", "Office of the Police and Crime Commissioner for Hertfordshire"),
    ],
    late=True,
)

add(
    "tuneset18-10",
    "labels_only",
    "pdf",
    "Cambridgeshire Constabulary",
    "Cambridgeshire Police and Crime Commissioner",
    ("Owen Prentice", "Police and Crime Commissioner for Cambridgeshire and Peterborough"),
    "2025-07-10",
    [
        item("2", "agree", "implemented"),
        item("4", "note", "not_stated"),
        item("8", "support", "in_progress"),
        item("9", "partially_agree", ["planned", "not_started"]),
    ],
    [
        ("letterhead", ["Cambridgeshire Police and Crime Commissioner", "Huntingdon"]),
        ("date", "10/07/2025"),
        ("address", INSPECTORATE),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Response to: {OIC_TITLE}"),
        ("p", "Thank you for the report. My response to the recommendations made to chief constables is below."),
        ("heading", "Recommendation 2"),
        (
            "p",
            "I agree. The intelligence document has been a required part of every referral to the national unit since 2023, and the force's own audit found no gaps last quarter.",
        ),
        ("heading", "Recommendation 4"),
        ("p", "I note this recommendation, which the inspectorate has addressed to every force in England and Wales."),
        ("heading", "Recommendation 8"),
        (
            "p",
            "I support this. We are midway through the Hydra programme: two of the four exercises the force has planned have now been run.",
        ),
        ("heading", "Recommendation 9"),
        (
            "p",
            "I have reservations about the April 2026 timescale, because the force's learning budget for this year is already committed. The e-learning will follow once funding is agreed.",
        ),
        (
            "sign",
            [
                "Yours sincerely,",
                "",
                "Owen Prentice",
                "Police and Crime Commissioner for Cambridgeshire and Peterborough",
            ],
        ),
        ("footer", "Cambridgeshire Police and Crime Commissioner"),
    ],
)

# ------------------------------------------------------------------------------------------------
# Flattened prose

add(
    "tuneset18-11",
    "flattened",
    "txt",
    "Suffolk Constabulary",
    "Suffolk Police and Crime Commissioner",
    ("Margaret Lowry", "Police and Crime Commissioner for Suffolk"),
    "2025-06-30",
    [
        item("2", "accept", "in_progress"),
        item("4", "support", "planned"),
        item("8", "agree", "implemented"),
        item("9", "note", "not_stated"),
    ],
    [
        ("letterhead", ["Police and Crime Commissioner for Suffolk", "Martlesham Heath, Ipswich"]),
        ("date", "30/06/2025"),
        ("address", INSPECTORATE),
        ("salutation", "Dear Chief Inspector,"),
        ("p", f"Response to the HMICFRS report {OIC_TITLE}"),
        (
            "p",
            "The inspectorate's first recommendation for forces is that 'every time a member of their force reports a case to Immigration Enforcement's National Command and Control Unit, the reporting officer completes and submits the required intelligence document'. I accept it. Suffolk Constabulary is midway through retraining its control room staff so that officers are prompted at the point of referral. The report also asks chief constables to 'have clear plans to collect, analyse and share information related to organised immigration crime' by the end of this year. I support that, and a joint plan with Norfolk Constabulary is scheduled to be agreed in September.",
        ),
        (
            "p",
            "Turning to training, the report asks forces to make sure that relevant personnel complete the Hydra training package. I agree, and in Suffolk this is complete: every response sergeant in the county went through the Hydra exercise last winter. It asks as well that relevant personnel complete the four modules of the organised immigration crime e-learning package. I note this; the force already runs its own input on exploitation for new recruits.",
        ),
        ("p", "I will continue to scrutinise the force's work on this at my Accountability and Performance Panel."),
        ("sign", ["Yours sincerely,", "", "Margaret Lowry", "Police and Crime Commissioner for Suffolk"]),
        ("footer", "Police and Crime Commissioner for Suffolk"),
    ],
)

add(
    "tuneset18-12",
    "flattened",
    "pdf",
    "Cumbria Constabulary",
    "Cumbria Police, Fire and Crime Commissioner",
    ("Ian Thwaite", "Police, Fire and Crime Commissioner for Cumbria"),
    None,
    [
        item("2", "agree", "in_progress"),
        item("4", "accept", "planned", by="chief_constable", cc="accept"),
        item("8", "support", "implemented"),
        item("9", "support", "not_started"),
    ],
    [
        ("letterhead", ["Office of the Police, Fire and Crime Commissioner for Cumbria", "Penrith"]),
        ("address", INSPECTORATE),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"{OIC_TITLE}"),
        (
            "p",
            "Thank you for the opportunity to respond to this report. Taking the recommendations for chief constables in turn, the report asks that whenever an officer reports a case to the National Command and Control Unit the required intelligence document is completed and submitted. I agree with this. The Constabulary is midway through introducing a single referral template that cannot be sent without the intelligence attached. On the second, that chief constables should make sure they have clear plans to collect, analyse and share information related to organised immigration crime, the Chief Constable has accepted the recommendation and the plan is scheduled to be drafted over the autumn, ready for the deadline of 31 December 2025.",
        ),
        (
            "p",
            "Turning to training, the Hydra package recommended by the inspectorate has been business as usual in Cumbria since 2024, and I support its continued use. The e-learning recommendation, that relevant personnel complete all four modules, has not been progressed: the force has not yet decided which roles it applies to, and I have asked for that decision by the end of the year. I support that recommendation too.",
        ),
        ("sign", ["Yours sincerely,", "", "Ian Thwaite", "Police, Fire and Crime Commissioner for Cumbria"]),
        ("footer", "Office of the Police, Fire and Crime Commissioner for Cumbria"),
    ],
)

# ------------------------------------------------------------------------------------------------
# Two findings answered in one paragraph

add(
    "tuneset18-13",
    "two_in_one_paragraph",
    "txt",
    "Norfolk Constabulary",
    "Norfolk Police and Crime Commissioner",
    ("Clare Bunting", "Police and Crime Commissioner for Norfolk"),
    "2025-07-04",
    [
        item("2", "agree", "implemented"),
        item("4", "support", "in_progress"),
        item("8", "agree", "planned"),
        item("9", "partially_agree", "not_started"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Norfolk", "Wymondham, Norfolk"]),
        ("date", "4 July 2025"),
        ("address", INSPECTORATE),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Norfolk response: {OIC_TITLE}"),
        ("p", "Here is my response to the four recommendations the report makes to chief constables."),
        ("heading", "Intelligence"),
        (
            "p",
            "I agree that every referral to the National Command and Control Unit should carry the intelligence document, and Norfolk's process for that went live in April. I also support the call for clear plans to collect, analyse and share information on organised immigration crime; work on Norfolk's plan is ongoing with the force's analysts and the Eastern Region Special Operations Unit.",
        ),
        ("heading", "Training"),
        (
            "p",
            "I concur with the recommendation on the Hydra training package, and the first sessions are scheduled for September. I have reservations about the recommendation on the four e-learning modules, which cover much of the ground of the force's own exploitation course, and nothing has yet been done on them.",
        ),
        ("sign", ["Yours sincerely,", "", "Clare Bunting", "Police and Crime Commissioner for Norfolk"]),
        ("footer", "Office of the Police and Crime Commissioner for Norfolk"),
    ],
)

add(
    "tuneset18-14",
    "two_in_one_paragraph",
    "docx",
    "Lincolnshire Police",
    "Lincolnshire Police and Crime Commissioner",
    ("Robert Skelton", "Police and Crime Commissioner for Lincolnshire"),
    "2025-07-12",
    [
        item("2", "accept", "implemented", by="chief_constable", cc="accept"),
        item("4", "accept", "planned", by="chief_constable", cc="accept"),
        item("8", "support", "in_progress"),
        item("9", "support", "implemented"),
    ],
    [
        ("letterhead", ["Lincolnshire Police and Crime Commissioner", "Nettleham, Lincoln"]),
        ("date", "12 July 2025"),
        ("address", INSPECTORATE),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"{OIC_TITLE}"),
        (
            "p",
            "I am sorry this response is a little late. I have worked through the report with the Chief Constable and set out the position below.",
        ),
        (
            "p",
            "Lincolnshire Police accepts both of the recommendations on intelligence. Completing the intelligence document whenever an officer reports a case to the National Command and Control Unit has been business as usual since January, and the force's plan to collect, analyse and share information on organised immigration crime is scheduled to go to its strategic board in December.",
        ),
        (
            "p",
            "I welcome the two recommendations on training. Work on the Hydra package is ongoing, with response inspectors first in line; the four e-learning modules are complete for every officer in the force's immigration crime team and its intelligence unit.",
        ),
        ("sign", ["Yours faithfully,", "", "Robert Skelton", "Police and Crime Commissioner for Lincolnshire"]),
        ("footer", "Lincolnshire Police and Crime Commissioner"),
    ],
    late=True,
)

# ------------------------------------------------------------------------------------------------
# Blanket stances with progress by subject

add(
    "tuneset18-15",
    "blanket",
    "txt",
    "Leicestershire Police",
    "Leicestershire Police and Crime Commissioner",
    ("Amrit Dhillon", "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"),
    "2025-07-01",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "in_progress"),
        item("8", "accept", "planned"),
        item("9", ["accept", "partially_agree"], "planned"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner", "Leicester, Leicestershire and Rutland"]),
        ("date", "1st July 2025"),
        ("address", INSPECTORATE),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"HMICFRS – {OIC_TITLE}"),
        (
            "p",
            "I accept all four recommendations that the inspectorate has made to chief constables, and the Chief Constable has told me what the force is doing about them.",
        ),
        (
            "p",
            "On intelligence reporting to the National Command and Control Unit, the intelligence document is now completed with every referral and has been since March.",
        ),
        (
            "p",
            "On information sharing, we are midway through writing a plan with the East Midlands Special Operations Unit and the county's community safety partnerships.",
        ),
        (
            "p",
            "On training, both the Hydra package and the e-learning are scheduled for the autumn, when the force's new training year begins. I have reservations about the April 2026 deadline for the e-learning, because the modules are long and frontline abstraction is already high.",
        ),
        (
            "sign",
            [
                "Yours sincerely,",
                "",
                "Amrit Dhillon",
                "Police and Crime Commissioner for Leicester, Leicestershire and Rutland",
            ],
        ),
        ("footer", "Office of the Police and Crime Commissioner"),
    ],
)

add(
    "tuneset18-16",
    "blanket",
    "html",
    "Metropolitan Police Service",
    "Mayor's Office for Policing And Crime (MOPAC)",
    ("Ruth Okafor", "Deputy Mayor for Policing and Crime"),
    "2025-07-08",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "not_started", cc="accept"),
        item("9", "support", "implemented", cc="accept"),
    ],
    [
        ("letterhead", ["Mayor's Office for Policing And Crime", "City Hall, London"]),
        ("date", "8 July 2025"),
        ("address", INSPECTORATE),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"MOPAC response: {OIC_TITLE}"),
        (
            "p",
            "The Metropolitan Police Service has accepted all four recommendations addressed to chief constables, and I support the Commissioner in putting them into practice. MOPAC will oversee that work through its Oversight Board.",
        ),
        (
            "p",
            "On referrals to the National Command and Control Unit, a requirement to submit the intelligence document went live across the Met's frontline in May.",
        ),
        (
            "p",
            "On the wider intelligence picture, work is ongoing to bring the Met's information on organised immigration crime together with what Border Force and the National Crime Agency hold.",
        ),
        (
            "p",
            "On training, nothing has yet been done on Hydra, because the Met wants a version of the exercise built for London's scale; the e-learning, by contrast, is complete for every officer in the Met's organised immigration crime and border policing teams.",
        ),
        ("sign", ["Yours sincerely,", "", "Ruth Okafor", "Deputy Mayor for Policing and Crime"]),
        ("footer", "Mayor's Office for Policing And Crime"),
    ],
)

add(
    "tuneset18-17",
    "blanket",
    "pdf",
    "Northumbria Police",
    "Northumbria Police and Crime Commissioner",
    ("Sean Milburn", "Police and Crime Commissioner for Northumbria"),
    "2025-07-09",
    [
        item("2", "note", "in_progress", cc="accept"),
        item("4", "note", "in_progress", cc="accept"),
        item("8", "note", "implemented", cc="accept"),
        item("9", "note", "not_stated", cc="accept"),
    ],
    [
        ("letterhead", ["Northumbria Police and Crime Commissioner", "Newcastle upon Tyne"]),
        ("date", "9th July 2025"),
        ("address", INSPECTORATE),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Re: HMICFRS report, {OIC_TITLE}"),
        (
            "p",
            "I note the four recommendations made to chief constables and the Chief Constable's acceptance of each of them.",
        ),
        (
            "p",
            "On intelligence, the force is midway through a review of how its referrals to the National Command and Control Unit and its wider collection of information on organised immigration crime fit together, and expects to finish it before Christmas.",
        ),
        (
            "p",
            "On training, the Hydra exercise is complete for the officers and staff the force considers relevant, including the port team on the Tyne.",
        ),
        ("p", "I will report on the force's progress to the Police and Crime Panel."),
        ("sign", ["Yours sincerely,", "", "Sean Milburn", "Police and Crime Commissioner for Northumbria"]),
        ("footer", "Northumbria Police and Crime Commissioner"),
    ],
)

# ------------------------------------------------------------------------------------------------
# Mixed stances

add(
    "tuneset18-18",
    "mixed_stances",
    "txt",
    "Gloucestershire Constabulary",
    "Gloucestershire Police and Crime Commissioner",
    ("Peter Ashdown", "Police and Crime Commissioner for Gloucestershire"),
    "2025-07-03",
    [
        item("2", "agree", "implemented"),
        item("4", "support", "planned"),
        item("8", "disagree", "not_started", cc="disagree"),
        item("9", "note", "not_stated"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Gloucestershire", "Cheltenham"]),
        ("date", "3rd July 2025"),
        ("address", INSPECTORATE),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"{OIC_TITLE} – response of the Gloucestershire Police and Crime Commissioner"),
        ("heading", "Recommendation 2"),
        (
            "p",
            "I agree with this recommendation. Completing the intelligence document at the point of referral has been business as usual in Gloucestershire since the force changed its referral form last year.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "I support it. A joint information plan with the force's partners in the county's Community Safety Partnership is scheduled for sign-off in October.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "The force does not accept this recommendation. It already runs its own scenario-based exercise on exploitation and immigration crime, which it considers goes further than Hydra, and the Hydra package has not been progressed. Having seen the two side by side, I concur with the Chief Constable.",
        ),
        ("heading", "Recommendation 9"),
        ("p", "I note this recommendation."),
        ("sign", ["Yours sincerely,", "", "Peter Ashdown", "Police and Crime Commissioner for Gloucestershire"]),
        ("footer", "Office of the Police and Crime Commissioner for Gloucestershire"),
    ],
)

add(
    "tuneset18-19",
    "mixed_stances",
    "docx",
    "Avon and Somerset Police",
    "Avon and Somerset Police and Crime Commissioner",
    ("Fiona Carew", "Police and Crime Commissioner for Avon and Somerset"),
    "2025-06-25",
    [
        item("2", ["accept", "partially_agree"], "in_progress"),
        item("8", ["support", "partially_agree"], "in_progress"),
        item("9", ["disagree", "partially_agree"], "implemented"),
    ],
    [
        ("letterhead", ["Avon and Somerset Police and Crime Commissioner", "Portishead"]),
        ("date", "25 June 2025"),
        ("address", INSPECTORATE),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Response to HMICFRS: {OIC_TITLE}"),
        ("p", "Thank you for the report. My response follows."),
        ("heading", "Recommendation 2"),
        (
            "p",
            "I have accepted this recommendation in principle. Officers at the Avonmouth and Portbury docks raise most of the force's referrals, and work is ongoing there to make the intelligence submission part of the referral itself.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "I welcome this recommendation, though I have reservations about whether April 2026 is achievable for every relevant role. We are midway through the Hydra programme for custody and response supervisors.",
        ),
        ("heading", "Recommendation 9"),
        (
            "p",
            "I do not agree that every officer in a relevant role needs all four modules. With my support, the Chief Constable has limited the e-learning to specialist investigators and intelligence staff, and that training is complete.",
        ),
        ("sign", ["Yours sincerely,", "", "Fiona Carew", "Police and Crime Commissioner for Avon and Somerset"]),
        ("footer", "Avon and Somerset Police and Crime Commissioner"),
    ],
    unanswered=["4"],
)

add(
    "tuneset18-20",
    "mixed_stances",
    "html",
    "Dorset Police",
    "Dorset Police and Crime Commissioner",
    ("Hugh Marlow", "Police and Crime Commissioner for Dorset"),
    "2025-07-09",
    [
        item("2", "agree", "implemented"),
        item("4", ["partially_agree", "disagree"], "not_started", cc="accept"),
        item("8", ["accept", "agree"], "implemented"),
        item("9", "note", "in_progress"),
    ],
    [
        ("letterhead", ["Dorset Police and Crime Commissioner", "Winfrith, Dorset"]),
        ("date", "Wednesday 9 July 2025"),
        ("address", INSPECTORATE),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"{OIC_TITLE}: response from Dorset"),
        ("heading", "Recommendation 2 – the intelligence document"),
        (
            "p",
            "I concur with the inspectorate. The force's new referral process went live in February and the intelligence document is now submitted every time.",
        ),
        ("heading", "Recommendation 4 – planning for information"),
        (
            "p",
            "The Chief Constable accepts this recommendation. I have reservations about it: a force of Dorset's size will get more from the regional plan than from a plan of its own. Work on a Dorset plan has not been progressed while that question is settled.",
        ),
        ("heading", "Recommendation 8 – Hydra"),
        (
            "p",
            "I am content with this recommendation. Hydra training for the force's neighbourhood and response sergeants is complete.",
        ),
        ("heading", "Recommendation 9 – e-learning"),
        ("p", "I note this recommendation. Work is ongoing to identify the relevant personnel and enrol them."),
        ("sign", ["Yours sincerely,", "", "Hugh Marlow", "Police and Crime Commissioner for Dorset"]),
        ("footer", "Dorset Police and Crime Commissioner"),
    ],
)

# ------------------------------------------------------------------------------------------------
# The chief constable's response in an annex

add(
    "tuneset18-21",
    "cc_annex",
    "docx",
    "Hampshire and Isle of Wight Constabulary",
    "Hampshire and Isle of Wight Police and Crime Commissioner",
    ("Tessa Brannigan", "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
    "2025-06-27",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "planned", cc="partially_agree"),
        item("9", "support", "not_started", cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner", "Hampshire and the Isle of Wight"]),
        ("date", "27 June 2025"),
        ("address", INSPECTORATE),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"HMICFRS report: {OIC_TITLE}"),
        (
            "p",
            "With the ports at Southampton and Portsmouth and the ferry routes to the Island, this report matters a great deal here. I support every recommendation made to the Chief Constable. The Chief Constable's response on each is annexed to this letter, and I will follow its progress through my Performance and Accountability Board.",
        ),
        (
            "sign",
            [
                "Yours sincerely,",
                "",
                "Tessa Brannigan",
                "Police and Crime Commissioner for Hampshire and the Isle of Wight",
            ],
        ),
        ("heading", "Annex: response of the Chief Constable of Hampshire and Isle of Wight Constabulary"),
        ("heading", "Recommendation 2"),
        (
            "p",
            "Accepted. A mandatory intelligence submission for all referrals to the National Command and Control Unit went live in May.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "Accepted. We are midway through the force's plan for collecting, analysing and sharing information, to which the port policing teams are contributing.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "Partially accepted. The force agrees that relevant staff should be trained, but will run Hydra only for the port and roads policing teams; those sessions are scheduled for the autumn.",
        ),
        ("heading", "Recommendation 9"),
        (
            "p",
            "Accepted. Nothing has yet been done on the e-learning, which is waiting for a slot in the force's mandatory training calendar.",
        ),
        ("footer", "Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight"),
    ],
)

add(
    "tuneset18-22",
    "cc_annex",
    "pdf",
    "Devon and Cornwall Police",
    "Devon and Cornwall Police and Crime Commissioner",
    ("Kieran Polglase", "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
    "2025-07-07",
    [
        item("2", "agree", "implemented", cc="accept"),
        item("4", "note", "in_progress", cc="accept"),
        item("8", "support", "not_stated", cc="accept"),
        item("9", "agree", "planned", cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner", "Devon, Cornwall and the Isles of Scilly"]),
        ("address", INSPECTORATE),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Response to {OIC_TITLE}"),
        (
            "p",
            "My views on the four recommendations made to chief constables are below; the Chief Constable's response is attached.",
        ),
        ("p", "Recommendation 2: I agree."),
        ("p", "Recommendation 4: I note this recommendation."),
        (
            "p",
            "Recommendation 8: I support this recommendation, which matters in a force with as long a coastline as ours.",
        ),
        ("p", "Recommendation 9: I agree."),
        (
            "sign",
            [
                "Yours sincerely,",
                "",
                "Kieran Polglase",
                "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly",
                "7 July 2025",
            ],
        ),
        ("heading", "Chief Constable's response"),
        ("heading", "Recommendation 2"),
        ("p", "Accepted. The change to the referral process is complete."),
        ("heading", "Recommendation 4"),
        ("p", "Accepted. Work is ongoing with the South West Regional Organised Crime Unit."),
        ("heading", "Recommendation 8"),
        ("p", "Accepted. The force lead for this recommendation is the Head of Learning and Development."),
        ("heading", "Recommendation 9"),
        ("p", "Accepted. Roll-out to neighbourhood and response officers is scheduled for spring 2026."),
        ("footer", "Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
    ],
)

add(
    "tuneset18-23",
    "cc_annex",
    "txt",
    "Wiltshire Police",
    "Wiltshire Police and Crime Commissioner",
    ("Amanda Stroud", "Police and Crime Commissioner for Wiltshire and Swindon"),
    "2025-06-30",
    [
        item("2", ENDORSE, "implemented", cc="accept"),
        item("4", ENDORSE, "in_progress", cc="accept"),
        item("8", ENDORSE, "planned", cc="accept"),
        item("9", ENDORSE, "not_started", cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Wiltshire and Swindon", "Devizes"]),
        ("date", "Monday 30 June 2025"),
        ("address", INSPECTORATE),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"{OIC_TITLE}"),
        (
            "p",
            "Thank you for the report. The Chief Constable's response to the four recommendations addressed to chief constables is set out below. I have discussed it with him and I am satisfied with it: I endorse it in full.",
        ),
        ("sign", ["Yours sincerely,", "", "Amanda Stroud", "Police and Crime Commissioner for Wiltshire and Swindon"]),
        ("heading", "The Chief Constable's response"),
        ("heading", "Recommendation 2"),
        (
            "p",
            "Wiltshire Police accepts this recommendation. The intelligence submission was added to the referral procedure and went live on 2 June.",
        ),
        ("heading", "Recommendation 4"),
        ("p", "The force accepts this recommendation. Work is ongoing on a plan, led by the head of intelligence."),
        ("heading", "Recommendation 8"),
        ("p", "The force accepts this recommendation. Hydra training is scheduled for October and November."),
        ("heading", "Recommendation 9"),
        (
            "p",
            "The force accepts this recommendation. It has not been progressed yet, pending a review of which roles are relevant.",
        ),
        ("footer", "Office of the Police and Crime Commissioner for Wiltshire and Swindon"),
    ],
)

# ------------------------------------------------------------------------------------------------
# The regional report's areas for improvement

add(
    "tuneset18-24",
    "regional_afi",
    "html",
    "North Yorkshire Police",
    "Mayor of York and North Yorkshire",
    ("Joanna Firth", "Deputy Mayor for Policing, Fire and Crime, York and North Yorkshire"),
    "2026-02-12",
    [
        item("1", "support", "implemented", cc="accept"),
        item("2", "partially_agree", ["planned", "not_started"], cc="accept"),
    ],
    [
        (
            "letterhead",
            ["York and North Yorkshire Combined Authority", "Office of the Deputy Mayor for Policing, Fire and Crime"],
        ),
        ("date", "12 February 2026"),
        ("address", INSPECTORATE),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Response to: {SOC_TITLE}"),
        (
            "p",
            "I have considered the report with the Chief Constable of North Yorkshire Police and with my counterparts across the region, and I respond below to the two areas for improvement.",
        ),
        ("heading", "Area for improvement 1"),
        ("quote", AFI1),
        (
            "p",
            "I welcome this area for improvement. North Yorkshire Police has accepted it, and a single regional tasking meeting, chaired by the Regional Organised Crime Unit and attended by all four forces, went live in January.",
        ),
        ("heading", "Area for improvement 2"),
        ("quote", AFI2),
        (
            "p",
            "North Yorkshire Police has accepted this as well. I have reservations about how quickly it can be achieved: equipment is bought force by force at present, and a joint procurement framework will follow once the four chief constables have agreed how it is to be funded.",
        ),
        (
            "sign",
            [
                "Yours sincerely,",
                "",
                "Joanna Firth",
                "Deputy Mayor for Policing, Fire and Crime, York and North Yorkshire",
            ],
        ),
        ("footer", "York and North Yorkshire Combined Authority"),
    ],
    report=SOC,
)


def main() -> None:
    about = (
        "tuneset18: 24 hand-written response letters with hand-labelled truth, for tuning. Same conventions as the "
        "other hand-written sets (stance lists every honestly right label; stance_by; chief_constable_stance; "
        "status lists every honestly right claimed status)."
    )
    corpus.write_set(HERE, about, ((blocks, truth) for truth, blocks in LETTERS))


if __name__ == "__main__":
    main()
