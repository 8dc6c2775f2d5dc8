# ruff: noqa: E501  (letter text is data: long sentences are kept whole)
"""Build the fifth sealed set: ``letters/`` and ``truth.json``, reproducibly.

    .venv/bin/python tests/ingest/sealed5/build.py

Thirty letters written by hand on 30 November 2026 (people's names invented; forces and bodies are real
names used as the senders of synthetic letters, none of them the seeds' forces), as an honest sample of
what a user would bring in the first weeks: response tables with a force column and a commissioner's
column, paraphrasing headings, bare "Recommendation 2" labels, flattened prose, two findings answered
in one paragraph, blanket stances with and without detail, mixed stances, an appended chief constable's
response, and the regional report's areas for improvement. This set is KEPT from tuning: measure on it,
never tune on it. Each letter's truth is written beside it by hand. Only the renderers (TXT, DOCX, HTML,
PDF) are shared with the corpus builder.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
sys.path.insert(0, str(CORPUS))

import build as corpus  # noqa: E402

OIC = "oic-2025"
SOC = "soc-yh-2025"
OIC_TITLE = "Improving the response to organised immigration crime"
SOC_TITLE = "An inspection of the Yorkshire and Humber regional response to serious and organised crime"
HMI = [
    "Sir Andy Cooke QPM DL",
    "His Majesty's Chief Inspector of Constabulary",
    "HMICFRS",
    "Globe House",
    "89 Eccleston Square",
    "London SW1V 1PN",
]
HMI_SHORT = ["HM Chief Inspector of Constabulary", "HMICFRS", "Globe House, London"]

Blocks = list[tuple[str, Any]]


item = corpus.item


def top(
    org: list[str],
    date: str | None,
    *,
    salutation: str = "Dear Sir Andy,",
    title: str | None = None,
    address: list[str] | None = None,
) -> Blocks:
    blocks: Blocks = [("letterhead", org)]
    if date:
        blocks.append(("date", date))
    blocks.append(("address", address or HMI))
    blocks.append(("salutation", salutation))
    blocks.append(("title", title or f"Response to HMICFRS report: {OIC_TITLE}"))
    return blocks


def sign(*lines: str, close: str = "Yours sincerely,") -> Blocks:
    return [("sign", [close, *lines])]


# Each entry: (truth, blocks). The truth is written by hand from reading the blocks beside it.
LETTERS: list[tuple[dict[str, Any], Blocks]] = []


add = corpus.letter_adder(LETTERS, split="sealed5")


# ------------------------------------------------------------------------------------------------
# table (6): a force column and a commissioner's column, sometimes a status or RAG column

add(
    "sealed5-01",
    "table",
    "docx",
    "Lancashire Constabulary",
    "Lancashire Police and Crime Commissioner",
    ("Gareth Halliwell", "Police and Crime Commissioner for Lancashire"),
    "2025-07-09",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "note", "not_started", cc="partially_agree"),
    ],
    [
        *top(
            ["Office of the Police and Crime Commissioner for Lancashire", "County Hall, Preston, PR1 0LD"],
            "9th July 2025",
        ),
        (
            "p",
            "Please find below my response to your inspection of the police response to organised immigration "
            "crime. Under section 55 of the Police Act 1996 I am required to comment on the report, and I have "
            "done so alongside the Chief Constable's own update on each recommendation made to chief constables.",
        ),
        (
            "p",
            "Lancashire's motorway network and the port at Heysham mean that the force sees both the movement of "
            "people through the county and their exploitation once they arrive, particularly in the hospitality "
            "and car-wash trades.",
        ),
        (
            "table",
            [
                ["Rec.", "Recommendation", "Force response", "PCC comment"],
                [
                    "2",
                    "Intelligence document to be completed every time a case is reported to the NCCU",
                    "Accepted. A mandatory field has been added to the referral template on Niche so that a "
                    "referral cannot be closed without the intelligence submission. Live since 2 June 2025.",
                    "Supported. My office will dip-sample referrals at the next Assurance Panel.",
                ],
                [
                    "4",
                    "Clear plans to collect, analyse and share OIC information",
                    "Accepted. The OIC intelligence collection plan has been drafted and is out for consultation "
                    "with the North West ROCU. Sign-off expected at the September Force Tasking Group.",
                    "Supported.",
                ],
                [
                    "8",
                    "Relevant personnel to complete Hydra training",
                    "Accepted. Sessions will be commissioned through the regional learning hub; the first is "
                    "pencilled in for November 2025.",
                    "Supported. I have asked for the numbers trained to appear in the quarterly performance report.",
                ],
                [
                    "9",
                    "Relevant personnel to complete the four e-learning modules",
                    "Accepted in principle. The force wants to settle which roles count as relevant personnel "
                    "before the modules are made mandatory. Roll-out has not started.",
                    "I note this recommendation and will wait for the force's view on scope before commenting further.",
                ],
            ],
        ),
        ("p", "I will continue to track progress through my Strategic Scrutiny Meeting."),
        *sign("Gareth Halliwell", "Police and Crime Commissioner for Lancashire"),
    ],
)

add(
    "sealed5-02",
    "table",
    "docx",
    "Nottinghamshire Police",
    "Nottinghamshire Police and Crime Commissioner",
    ("Imogen Rowntree", "Police and Crime Commissioner for Nottinghamshire"),
    "2025-07-01",
    [
        item("2", "accept", "in_progress"),
        item("4", "accept", "implemented"),
        item("8", "accept", "not_started"),
        item("9", None, "in_progress"),
    ],
    [
        *top(
            [
                "Nottinghamshire Office of the Police and Crime Commissioner",
                "Arnot Hill House, Arnold, Nottingham, NG5 6LU",
            ],
            "01/07/2025",
            salutation="Dear HM Chief Inspector,",
            title="HMICFRS: Improving the response to organised immigration crime – PCC response",
        ),
        (
            "p",
            "Thank you for the report. The table sets out the Chief Constable's update against each "
            "recommendation, its current status, and my view.",
        ),
        (
            "table",
            [
                ["HMICFRS recommendation", "Chief Constable's update", "Status", "Commissioner's view"],
                [
                    "Recommendation 2 – intelligence submission after every NCCU referral",
                    "Every referral to the NCCU since January has been checked by the Intelligence Hub. 46 of 52 "
                    "had the intelligence submission attached; supervisors are chasing the remaining six.",
                    "Amber",
                    "I accept this recommendation and will follow compliance month by month.",
                ],
                [
                    "Recommendation 4 – plans to collect, analyse and share information",
                    "Collection, analysis and sharing plan agreed at Force Executive Board on 11 June 2025. Now "
                    "business as usual.",
                    "Green – complete",
                    "Accept.",
                ],
                [
                    "Recommendation 8 – Hydra training package",
                    "No Hydra course is available in the East Midlands until the national package has been "
                    "refreshed. Paused.",
                    "Red",
                    "I accept the recommendation, and I share the force's frustration that no course is available.",
                ],
                [
                    "Recommendation 9 – four-module e-learning",
                    "Modules 1 and 2 complete for the Serious and Organised Crime Unit; modules 3 and 4 to follow "
                    "in the autumn.",
                    "Amber",
                    "—",
                ],
            ],
        ),
        ("p", "I would be happy to discuss any aspect of this response with your office."),
        *sign("Imogen Rowntree", "Police and Crime Commissioner for Nottinghamshire"),
    ],
)

add(
    "sealed5-03",
    "table",
    "html",
    "Hertfordshire Constabulary",
    "Hertfordshire Police and Crime Commissioner",
    ("Dominic Fairweather", "Police and Crime Commissioner for Hertfordshire"),
    "2025-07-04",
    [
        item("2", "agree", "implemented", by="chief_constable", cc="agree"),
        item("4", "support", "in_progress", cc="agree"),
        item("8", "agree", "planned", by="chief_constable", cc="agree"),
        item("9", "agree", "not_stated", by="chief_constable", cc="agree"),
    ],
    [
        *top(
            ["Office of the Police and Crime Commissioner for Hertfordshire", "15 Vaughan Road, Harpenden, AL5 4GZ"],
            "July 4, 2025",
            address=HMI_SHORT,
        ),
        (
            "p",
            "I enclose the response of Hertfordshire Constabulary to the recommendations in the report, with a "
            "short view from my office against each. Ratings are the force's own.",
        ),
        (
            "table",
            [
                ["No.", "Recommendation (summary)", "Force response", "OPCC view", "RAG"],
                [
                    "2",
                    "Reporting officer completes intelligence document on every NCCU referral",
                    "Agree. Process in place and monitored monthly through the Intelligence Governance Board.",
                    "Assured by the force's audit of first-quarter referrals.",
                    "G",
                ],
                [
                    "4",
                    "Plans to collect, analyse and share OIC information",
                    "Agree. Partly in place: a collection plan exists; the sharing protocol with Bedfordshire and "
                    "Cambridgeshire is still under negotiation.",
                    "Supportive. Sharing across the tri-force collaboration is a priority for the Commissioner.",
                    "A",
                ],
                [
                    "8",
                    "Hydra training for relevant personnel",
                    "Agree. To be delivered by the Eastern Region Special Operations Unit from January 2026.",
                    "",
                    "A",
                ],
                [
                    "9",
                    "Four modules of OIC e-learning",
                    "Agree.",
                    "To be raised at the next Accountability Meeting.",
                    "",
                ],
            ],
        ),
        *sign("Dominic Fairweather", "Police and Crime Commissioner for Hertfordshire", close="Yours faithfully,"),
    ],
)

add(
    "sealed5-04",
    "table",
    "html",
    "Merseyside Police",
    "Merseyside Police and Crime Commissioner",
    ("Bernadette Quayle", "Police and Crime Commissioner for Merseyside"),
    None,
    [
        item("2", "agree", ["planned", "in_progress"], cc="accept"),
        item("4", "agree", "implemented", cc="accept"),
        item("8", "agree", "in_progress", cc="accept"),
        item("9", "disagree", "not_started", cc="disagree"),
    ],
    [
        ("letterhead", ["Merseyside Police and Crime Commissioner", "Mather Avenue, Liverpool, L18 9TG"]),
        ("title", "PCC response to HMICFRS: Improving the response to organised immigration crime"),
        (
            "p",
            "HMICFRS inspected how police forces, the National Crime Agency and Immigration Enforcement tackle "
            "organised immigration crime. Police and crime commissioners must publish a response to each "
            "inspection report within 56 days. This is mine, with the force's response beside it.",
        ),
        (
            "table",
            [
                ["Recommendation", "Merseyside Police response", "Progress", "Commissioner's comment"],
                [
                    "2. Intelligence document on every referral to Immigration Enforcement's NCCU",
                    "The force accepts this recommendation.",
                    "A referral checklist has been written and approved by the Intelligence Directorate; go-live "
                    "is set for 1 September 2025.",
                    "Agreed.",
                ],
                [
                    "4. Clear plans to collect, analyse and share OIC information",
                    "Accepted.",
                    "Complete. An information-sharing agreement with Border Force covering the Port of Liverpool "
                    "was signed in March 2025 and the force collection plan has been issued internally.",
                    "Agreed.",
                ],
                [
                    "8. Hydra training",
                    "Accepted.",
                    "132 officers trained so far, out of an identified cohort of 210.",
                    "Agreed.",
                ],
                [
                    "9. Four modules of OIC e-learning",
                    "Not accepted as written. The force considers that its own modern slavery e-learning covers "
                    "the same ground and will not mandate the national modules.",
                    "No action planned.",
                    "I have discussed this with the Chief Constable and I support his position.",
                ],
            ],
        ),
        ("p", "I will report on progress to the Police and Crime Panel in the autumn."),
        *sign("Bernadette Quayle", "Police and Crime Commissioner for Merseyside", close="With best wishes,"),
    ],
)

add(
    "sealed5-05",
    "table",
    "pdf",
    "Cheshire Constabulary",
    "Cheshire Police and Crime Commissioner",
    ("Tobias Brereton", "Police and Crime Commissioner for Cheshire"),
    "2025-07-08",
    [
        item("2", "support", "implemented"),
        item("4", "support", "in_progress"),
        item("8", "support", "not_started"),
        item("9", "support", "in_progress"),
    ],
    [
        *top(
            ["Cheshire Police and Crime Commissioner", "Clemonds Hey, Oakmere Road, Winsford, CW7 2UA"],
            "Tuesday 8 July 2025",
            title="Response of the Police and Crime Commissioner for Cheshire – HMICFRS inspection of organised immigration crime",
        ),
        (
            "p",
            "I have reviewed the report with the Chief Constable. Cheshire Constabulary's update on each of the "
            "four recommendations addressed to chief constables is summarised below, with my comment.",
        ),
        (
            "table",
            [
                ["Ref", "Area", "Force response", "Status", "PCC comment"],
                [
                    "R2",
                    "NCCU referrals",
                    "Supervisors review each NCCU referral within 48 hours to confirm the intelligence report was "
                    "submitted. Process embedded.",
                    "Complete",
                    "Endorse.",
                ],
                [
                    "R4",
                    "Information plans",
                    "Plan in development with the North West ROCU.",
                    "Ongoing",
                    "Endorse.",
                ],
                [
                    "R8",
                    "Hydra",
                    "Awaiting national course dates from the MSOIC Unit.",
                    "Not started",
                    "Endorse. I will write to the MSOIC Unit about the shortage of course dates.",
                ],
                [
                    "R9",
                    "E-learning",
                    "Modules assigned on the force learning platform to all investigators in Public Protection "
                    "and Serious and Organised Crime; 58% completion to date.",
                    "Ongoing",
                    "Endorse. I will ask for a completion report in October.",
                ],
            ],
        ),
        *sign("Tobias Brereton", "Police and Crime Commissioner for Cheshire"),
    ],
)

add(
    "sealed5-06",
    "table",
    "pdf",
    "Devon and Cornwall Police",
    "Devon and Cornwall Police and Crime Commissioner",
    ("Morwenna Trevithick", "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
    "2025-07-22",
    [
        item("2", "accept", "in_progress", cc="accept"),
        item("4", "accept", "planned", cc="accept"),
        item("8", "accept", "in_progress", cc="accept"),
        item("9", "accept", "implemented", cc="accept"),
    ],
    [
        *top(
            [
                "Office of the Police and Crime Commissioner",
                "Devon, Cornwall and the Isles of Scilly",
                "Andy Hocking House, Exeter, EX2 7HQ",
            ],
            "22/07/25",
        ),
        (
            "p",
            "I apologise that this response comes after the 56 days allowed. I wanted the result of the force's "
            "referral audit to be available before I wrote.",
        ),
        (
            "table",
            [
                ["Recommendation", "Chief Constable's update", "Commissioner's response"],
                [
                    "2 – NCCU referrals and the intelligence document",
                    "The Chief Constable accepts this recommendation. An audit of referrals in June found the "
                    "intelligence document missing in a third of cases. A reminder has gone to every response "
                    "team and a re-audit is booked for October.",
                    "I accept the recommendation. Given the audit result I will ask to see the re-audit findings.",
                ],
                [
                    "4 – Collecting, analysing and sharing information",
                    "Accepted. With the peninsula's ports and harbours this is a priority. The plan will be "
                    "drafted once the new Head of Intelligence starts in September.",
                    "Accepted.",
                ],
                [
                    "8 – Hydra",
                    "Accepted. Done for the Major Crime Investigation Team; training for the wider cohort of "
                    "investigators has not yet begun.",
                    "Accepted.",
                ],
                [
                    "9 – E-learning (four modules)",
                    "Accepted. All four modules now form part of the detective foundation course, and serving "
                    "investigators had completed them by 30 June.",
                    "Accepted. I am pleased this has been completed so quickly.",
                ],
            ],
        ),
        *sign("Morwenna Trevithick", "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
    ],
    late=True,
)

# ------------------------------------------------------------------------------------------------
# paraphrase_headings (4): each heading paraphrases its recommendation, with no number

add(
    "sealed5-07",
    "paraphrase_headings",
    "txt",
    "Durham Constabulary",
    "Durham Police and Crime Commissioner",
    ("Stephen Cawthorne", "Police and Crime Commissioner for Durham and Darlington"),
    "2025-07-05",
    [
        item("2", "support", "implemented"),
        item("4", "support", ["not_started", "planned"]),
        item("8", "agree", "in_progress"),
        item("9", "agree", "planned"),
    ],
    [
        ("letterhead", ["Durham Police and Crime Commissioner", "Aykley Heads, Durham, DH1 5TT"]),
        ("address", HMI_SHORT),
        ("salutation", "Dear Sir Andy"),
        ("title", "Organised immigration crime inspection: my response"),
        (
            "p",
            "County Durham and Darlington are not border areas, but the report's findings still apply here: "
            "people smuggled into the country are often moved on to work in the North East, and the force has "
            "found victims in nail bars and on building sites.",
        ),
        ("heading", "Making sure referrals to the Home Office command centre are followed by intelligence"),
        (
            "p",
            "I support this. The force tells me that its control room has completed the intelligence submission "
            "for every referral since the start of the year, and the Force Intelligence Bureau reconciles the two "
            "lists each month.",
        ),
        ("heading", "Planning how information on organised immigration crime is gathered and shared"),
        (
            "p",
            "This has my support too. No work has begun on a separate plan. The force's intention is to fold it "
            "into its next strategic assessment of serious and organised crime, which is due to be commissioned "
            "in the new year.",
        ),
        ("heading", "Training investigators through the Hydra exercise"),
        (
            "p",
            "I agree. Two Hydra events have been held at headquarters for 40 staff, and a third is booked for "
            "the autumn.",
        ),
        ("heading", "Completing the national e-learning"),
        (
            "p",
            "I agree. The learning and development team will add the four modules to mandatory training for the "
            "relevant roles from October.",
        ),
        *sign("Stephen Cawthorne", "Police and Crime Commissioner for Durham and Darlington", close="Kind regards"),
        ("p", "5 July 2025"),
    ],
)

add(
    "sealed5-08",
    "paraphrase_headings",
    "docx",
    "Northamptonshire Police",
    "Northamptonshire Police, Fire and Crime Commissioner",
    ("Clare Abthorpe", "Police, Fire and Crime Commissioner for Northamptonshire"),
    "2025-06-30",
    [
        item("9", "accept", "in_progress"),
        item("8", "accept", "implemented"),
        item("2", "accept", "not_started"),
        item("4", "note", "not_stated"),
    ],
    [
        *top(
            [
                "Office of the Northamptonshire Police, Fire and Crime Commissioner",
                "Darby House, Darby Close, Wellingborough, NN8 6GS",
            ],
            "30 June 2025",
            salutation="Dear Sir Andy,",
        ),
        (
            "p",
            "The Commissioner thanks the Inspectorate for its report and responds below to the recommendations "
            "that concern Northamptonshire Police.",
        ),
        ("heading", "E-learning on organised immigration crime"),
        (
            "p",
            "The Commissioner accepts this recommendation. Completion of the four modules stands at 212 of the "
            "240 relevant officers and staff (88 per cent).",
        ),
        ("heading", "Hydra training for investigators"),
        (
            "p",
            "Accepted. All detective sergeants in the Serious Crime Team have completed Hydra, and the package is "
            "now part of the course for newly promoted detective sergeants.",
        ),
        ("heading", "Intelligence following referrals to the National Command and Control Unit"),
        (
            "p",
            "Accepted. This is not yet done. The force has no way at present of matching its NCCU referrals to "
            "intelligence logs; a fix depends on the replacement records system, which has no go-live date.",
        ),
        ("heading", "A plan for collecting, analysing and sharing intelligence"),
        (
            "p",
            "The Commissioner notes this recommendation and has asked the Chief Constable to explain how it would "
            "sit alongside the regional control strategy already in place.",
        ),
        *sign("Clare Abthorpe", "Police, Fire and Crime Commissioner for Northamptonshire"),
    ],
)

add(
    "sealed5-09",
    "paraphrase_headings",
    "html",
    "Hampshire and Isle of Wight Constabulary",
    "Hampshire and Isle of Wight Police and Crime Commissioner",
    ("Rosalind Ashby", "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
    "2025-07-03",
    [
        item("2", "support", "implemented"),
        item("4", ["support", "agree"], "in_progress"),
        item("8", "support", "planned"),
        item("9", "support", "not_started"),
    ],
    [
        *top(
            [
                "Hampshire and Isle of Wight Police and Crime Commissioner",
                "St George's Chambers, St George's Street, Winchester, SO23 8AJ",
            ],
            "2025-07-03",
            title="My response to the HMICFRS report on organised immigration crime",
        ),
        (
            "p",
            "With the ports of Southampton and Portsmouth and the Isle of Wight ferries, Hampshire has a long "
            "coastline to watch. I have set out below my view on each of the report's recommendations to chief "
            "constables, and what the Constabulary has told me about its progress.",
        ),
        ("heading", "Intelligence after every referral to Immigration Enforcement"),
        (
            "p",
            "This has my full support. The Constabulary's new referral pathway, launched in May, requires an "
            "intelligence submission before a case can be closed on the system.",
        ),
        ("heading", "Plans for gathering and sharing information"),
        (
            "p",
            "I welcome this recommendation. The Force Intelligence Bureau has written its intelligence "
            "requirement, and the sharing arrangements are being agreed with Border Force at both ports.",
        ),
        ("heading", "Command training using the Hydra simulation"),
        ("p", "I back this. Hydra is scheduled for the spring 2026 senior investigating officer programme."),
        ("heading", "The four e-learning modules"),
        (
            "p",
            "I support it. The Constabulary says that it cannot yet commit to a start date because of competing "
            "mandatory training.",
        ),
        *sign("Rosalind Ashby", "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
    ],
)

add(
    "sealed5-10",
    "paraphrase_headings",
    "pdf",
    "Norfolk Constabulary",
    "Norfolk Police and Crime Commissioner",
    ("Giles Thurlow", "Police and Crime Commissioner for Norfolk"),
    "2025-06-27",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "in_progress"),
        item("8", "partially_agree", "planned"),
        item("9", "accept", "not_stated"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner for Norfolk",
                "Building 8, Jubilee House, Falconers Chase, Wymondham, NR18 0WW",
            ],
        ),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for sending me the report. I have discussed it with the Chief Constable and give my "
            "response to each recommendation below.",
        ),
        ("heading", "Recording intelligence when the National Command and Control Unit is contacted"),
        (
            "p",
            "I accept it. Compliance was 100 per cent in the force's May audit, and the audit is now carried out "
            "every month.",
        ),
        ("heading", "Clear plans for organised immigration crime intelligence"),
        (
            "p",
            "I accept it. The Norfolk and Suffolk Intelligence Directorate has written a draft, which is being "
            "tested with analysts in both forces.",
        ),
        ("heading", "Hydra for relevant staff"),
        (
            "p",
            "I accept it with a caveat: the report does not say who counts as relevant, and I would not want "
            "Hydra places to go to officers who will never lead an investigation of this kind. Sessions are "
            "booked for February 2026.",
        ),
        ("heading", "The e-learning package"),
        ("p", "I accept it, and I have asked for it to be reported to my Police Accountability Forum."),
        *sign("Giles Thurlow", "Police and Crime Commissioner for Norfolk"),
        ("footer", "OPCCN | Response to HMICFRS OIC inspection | 27 June 2025"),
    ],
)

# ------------------------------------------------------------------------------------------------
# labels_only (3): "Recommendation 2" and an update, without the wording

add(
    "sealed5-11",
    "labels_only",
    "txt",
    "Suffolk Constabulary",
    "Suffolk Police and Crime Commissioner",
    ("Rachel Kersey", "Police and Crime Commissioner for Suffolk"),
    "2025-07-09",
    [
        item("2", "agree", "implemented"),
        item("4", "agree", "in_progress"),
        item("8", "agree", "not_started"),
        item("9", "agree", "planned"),
    ],
    [
        *top(
            ["Suffolk Police and Crime Commissioner", "Police Headquarters, Martlesham Heath, Ipswich, IP5 3QS"],
            "09/07/25",
            address=HMI_SHORT,
            title="Re: Improving the response to organised immigration crime (HMICFRS, May 2025)",
        ),
        ("p", "My response to the recommendations to chief constables is as follows."),
        ("heading", "Recommendation 2"),
        (
            "p",
            "Agreed. Done. The Joint Intelligence Bureau keeps a single register of NCCU referrals and the "
            "intelligence logged for each.",
        ),
        ("heading", "Recommendation 4"),
        ("p", "Agreed. In hand; a draft plan is due for sign-off in October."),
        ("heading", "Recommendation 8"),
        ("p", "Agreed. Depends on national course availability; nothing is booked yet."),
        ("heading", "Recommendation 9"),
        (
            "p",
            "Agreed. The modules will be mandated from 1 September for investigators in Serious and Organised "
            "Crime and in Safeguarding.",
        ),
        *sign("Rachel Kersey", "Police and Crime Commissioner for Suffolk"),
    ],
)

add(
    "sealed5-12",
    "labels_only",
    "pdf",
    "Warwickshire Police",
    "Warwickshire Police and Crime Commissioner",
    ("Philippa Arden", "Police and Crime Commissioner for Warwickshire"),
    "2025-07-14",
    [
        item("2", "support", ["implemented", "in_progress"], cc="accept"),
        item("4", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("8", "accept", ["not_started", "planned"], by="chief_constable", cc="accept"),
        item("9", None, "in_progress"),
    ],
    [
        *top(
            ["Warwickshire Police and Crime Commissioner", "3 Northgate Street, Warwick, CV34 4SP"],
            "14th July 2025",
        ),
        (
            "p",
            "I am sorry that this response is a few days beyond the 56 days. The force's updates against each "
            "recommendation are below.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "The force has accepted this and I support it. A new standard operating procedure came into force on "
            "1 July; it is too soon to say whether compliance has improved.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "The force has accepted this. Warwickshire's intelligence function is shared with West Mercia Police, "
            "and a joint plan is being written.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "Accepted by the force. The course has been requested from the regional organised crime unit, but no "
            "dates have yet been offered.",
        ),
        ("heading", "Recommendation 9"),
        (
            "p",
            "Eighty per cent of the relevant officers have completed all four modules; the rest are due to finish "
            "by Christmas.",
        ),
        *sign("Philippa Arden", "Police and Crime Commissioner for Warwickshire"),
    ],
    late=True,
)

add(
    "sealed5-13",
    "labels_only",
    "html",
    "Gwent Police",
    "Gwent Police and Crime Commissioner",
    ("Aled Pritchard", "Police and Crime Commissioner for Gwent"),
    "2025-07-02",
    [
        item("2", "note", "implemented"),
        item("4", "accept", "planned"),
        item("8", "accept", "in_progress"),
        item("9", "accept", "not_started"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner for Gwent",
                "Police Headquarters, Llantarnam Park Way, Cwmbran, NP44 3FW",
            ],
        ),
        ("p", "Date: 2 July 2025"),
        ("address", HMI_SHORT),
        ("salutation", "Dear Sir Andy,"),
        ("title", "HMICFRS – Improving the response to organised immigration crime"),
        ("heading", "Recommendation 2"),
        (
            "p",
            "I note this recommendation. Gwent Police already completes an intelligence report for each NCCU "
            "referral, and has done so since 2023.",
        ),
        ("heading", "Recommendation 4"),
        ("p", "Accepted. Work is due to start in September, led by the Head of Intelligence."),
        ("heading", "Recommendation 8"),
        ("p", "Accepted. Underway: three cohorts trained, two to go."),
        ("heading", "Recommendation 9"),
        ("p", "Accepted. Not started."),
        *sign("Aled Pritchard", "Police and Crime Commissioner for Gwent", close="Yn gywir / Yours sincerely,"),
    ],
)

# ------------------------------------------------------------------------------------------------
# flattened (3): prose with no headings, the recommendations mentioned inline

add(
    "sealed5-14",
    "flattened",
    "txt",
    "Cambridgeshire Constabulary",
    "Cambridgeshire Police and Crime Commissioner",
    ("Neil Ashwell", "Police and Crime Commissioner for Cambridgeshire and Peterborough"),
    "2025-07-07",
    [
        item("2", "support", "implemented"),
        item("4", "support", "in_progress"),
        item("8", "support", "not_stated"),
        item("9", "support", "planned"),
    ],
    [
        *top(
            [
                "Cambridgeshire and Peterborough Police and Crime Commissioner",
                "Hinchingbrooke Park, Huntingdon, PE29 6NP",
            ],
            "Monday 7 July 2025",
        ),
        (
            "p",
            "Thank you for your report on the response to organised immigration crime. I am pleased to support "
            "the four recommendations made to chief constables. On the first, which asks that officers complete "
            "the intelligence document each time they refer a case to the National Command and Control Unit, "
            "Cambridgeshire Constabulary has built the document into its referral process and checks it weekly. "
            "The force is still working on the second, its plans to collect, analyse and share information about "
            "organised immigration crime: the Peterborough intelligence team has mapped the current sources, and "
            "the plan should be finished by December.",
        ),
        (
            "p",
            "On Hydra, the force's update says only that it recognises the value of the package. The e-learning "
            "will be rolled out from September to investigators and intelligence staff.",
        ),
        (
            "p",
            "I will keep all four under review through my Business Co-ordination Board, and I am grateful to "
            "your team for their work.",
        ),
        *sign("Neil Ashwell", "Police and Crime Commissioner for Cambridgeshire and Peterborough"),
    ],
)

add(
    "sealed5-15",
    "flattened",
    "txt",
    "Derbyshire Constabulary",
    "Derbyshire Police and Crime Commissioner",
    ("Harriet Moorcroft", "Police and Crime Commissioner for Derbyshire"),
    None,
    [
        item("2", "agree", "in_progress", cc="accept"),
        item("4", "agree", "planned"),
        item("8", "partially_agree", "not_started"),
        item("9", None, "in_progress"),
    ],
    [
        ("letterhead", ["Derbyshire Police and Crime Commissioner", "Butterley Hall, Ripley, Derbyshire, DE5 3RS"]),
        ("address", HMI_SHORT),
        ("salutation", "Dear Sir Andy,"),
        (
            "p",
            "Re: HMICFRS, Improving the response to organised immigration crime. Derbyshire Constabulary accepts "
            "recommendation 2, and I agree with it. The force says that officers have been completing the "
            "intelligence form after each referral for some time, but its own check found gaps on night shifts, "
            "and a fix is being trialled in the Derby city hub. I also agree with recommendation 4, which the "
            "force tells me it will meet with a new information-sharing plan, to be written in the new year with "
            "the East Midlands Special Operations Unit.",
        ),
        (
            "p",
            "I have reservations about recommendation 8. Hydra is a good product, but the cost of sending every "
            "relevant officer through it is hard to justify for a force of our size, and I would accept it only "
            "for the Major Crime Review Team. No Hydra training has yet been arranged. On recommendation 9 I have "
            "nothing to add to the force's own response, which is that the modules are on its learning platform "
            "and 35 officers have completed them.",
        ),
        *sign("Harriet Moorcroft", "Police and Crime Commissioner for Derbyshire", close="Yours sincerely"),
    ],
)

add(
    "sealed5-16",
    "flattened",
    "docx",
    "Surrey Police",
    "Surrey Police and Crime Commissioner",
    ("Lydia Ferncombe", "Police and Crime Commissioner for Surrey"),
    "2025-07-03",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "not_started"),
        item("8", "accept", "planned", by="chief_constable", cc="accept"),
        item("9", "accept", "in_progress", by="chief_constable", cc="accept"),
    ],
    [
        *top(
            ["Office of the Police and Crime Commissioner for Surrey", "PO Box 412, Guildford, GU3 1YJ"],
            "3.7.25",
            title="Response of the Surrey Police and Crime Commissioner to the HMICFRS inspection of organised immigration crime",
        ),
        (
            "p",
            "The Commissioner has considered the report alongside the Chief Constable's response. She welcomes "
            "the report and accepts its recommendation that officers complete the intelligence document whenever "
            "they refer a case to the National Command and Control Unit; Surrey Police has told her that this "
            "became routine in the spring, when referral and intelligence submission were merged into a single "
            "online form. She also accepts that the force needs a clear plan to collect, analyse and share "
            "information about organised immigration crime. Work on that plan has been paused while the joint "
            "intelligence arrangements with Sussex Police are reviewed.",
        ),
        (
            "p",
            "The recommendations on training, that relevant staff complete Hydra and the four e-learning "
            "modules, are accepted by the force. The Commissioner understands that Hydra places for the joint "
            "Major Crime Team have been secured for March 2026, and that e-learning completion stands at around "
            "60 per cent.",
        ),
        ("p", "The Commissioner will seek updates through her Performance and Accountability meetings."),
        *sign("Lydia Ferncombe", "Police and Crime Commissioner for Surrey"),
    ],
)

# ------------------------------------------------------------------------------------------------
# two_in_one_paragraph (3): one paragraph answers two recommendations

add(
    "sealed5-17",
    "two_in_one_paragraph",
    "txt",
    "Cleveland Police",
    "Cleveland Police and Crime Commissioner",
    ("Dean Marwick", "Police and Crime Commissioner for Cleveland"),
    "2025-07",
    [
        item("2", "agree", "implemented"),
        item("4", "agree", "in_progress"),
        item("8", "agree", ["planned", "not_started"]),
        item("9", "agree", ["planned", "not_started"]),
    ],
    [
        *top(
            [
                "Cleveland Police and Crime Commissioner",
                "Cleveland Community Safety Hub, 1 Cliffland Way, Hemlington, Middlesbrough, TS8 9GL",
            ],
            "July 2025",
        ),
        (
            "p",
            "Teesport is one of the busiest ports in the country, so this inspection is of real interest to "
            "Cleveland. I have read it with the Chief Constable and offer these comments.",
        ),
        (
            "p",
            "I agree with both intelligence recommendations. Cleveland Police already requires officers to "
            "submit an intelligence log after contacting the NCCU, and an audit in May found full compliance; "
            "the force is now writing the wider collection and sharing plan that recommendation 4 asks for, with "
            "a first version expected in the autumn.",
        ),
        (
            "p",
            "As for the training recommendations, I agree with them too, though neither has started. Hydra and "
            "the e-learning modules are to be delivered together in the first quarter of 2026, once the force's "
            "new learning manager is in post.",
        ),
        *sign("Dean Marwick", "Police and Crime Commissioner for Cleveland"),
    ],
)

add(
    "sealed5-18",
    "two_in_one_paragraph",
    "html",
    "Staffordshire Police",
    "Staffordshire Police, Fire and Crime Commissioner",
    ("Victoria Aldridge", "Staffordshire Commissioner for Police, Fire and Rescue, and Crime"),
    "2025-07-04",
    [
        item("8", "support", "implemented"),
        item("9", "support", "not_started"),
        item("2", "support", "in_progress", cc="accept"),
        item("4", "support", "implemented", cc="accept"),
    ],
    [
        *top(
            ["Staffordshire Commissioner's Office", "Block 9, Weston Road, Stafford, ST18 0YY"],
            "Friday, 4th July 2025",
            title="Staffordshire Commissioner's response: Improving the response to organised immigration crime",
        ),
        (
            "p",
            "The two training recommendations have my support. Staffordshire Police has put 64 detectives through "
            "Hydra this year, which it regards as the whole of the relevant cohort; the e-learning, by contrast, "
            "has not been launched, because the force is waiting for the College of Policing to publish the "
            "updated fourth module.",
        ),
        (
            "p",
            "On intelligence, the force accepts recommendations 2 and 4 and I am content to support both. A "
            "dashboard to show whether an intelligence report follows each NCCU referral is being built, and the "
            "plan for collecting and sharing information was approved by the Chief Officer Group in June.",
        ),
        *sign("Victoria Aldridge", "Staffordshire Commissioner for Police, Fire and Rescue, and Crime"),
    ],
)

add(
    "sealed5-19",
    "two_in_one_paragraph",
    "pdf",
    "Wiltshire Police",
    "Wiltshire Police and Crime Commissioner",
    ("Martin Cholderton", "Police and Crime Commissioner for Wiltshire and Swindon"),
    "2025-06-26",
    [
        item("2", "accept", "in_progress"),
        item("9", "accept", "planned"),
        item("4", "support", "implemented", cc="accept"),
        item("8", ["partially_agree", "disagree"], "not_started", cc="accept"),
    ],
    [
        (
            "letterhead",
            ["Office of the Police and Crime Commissioner for Wiltshire and Swindon", "London Road, Devizes, SN10 2DN"],
        ),
        ("p", "Our ref: OPCC/HMI/25/041        Date: 26 June 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Recommendations 2 and 9 ask different things, but Wiltshire Police has answered them in the same "
            "way: by writing them into the refresher training for response and neighbourhood officers. I accept "
            "both. The referral step was added to the officer safety and intelligence refresher in April, and "
            "91% of officers have now done that refresher; the four e-learning modules will be added to the same "
            "refresher in its next cycle, which starts in October.",
        ),
        (
            "p",
            "Recommendations 4 and 8 are accepted by the force but not in full by me. I support a plan for "
            "collecting and sharing information, which the force completed with the South West Regional "
            "Organised Crime Unit in May, but I am not convinced that Hydra is the right product for a force of "
            "Wiltshire's size, and I have asked the Chief Constable to consider a lighter alternative. For now no "
            "Hydra training has been booked.",
        ),
        *sign("Martin Cholderton", "Police and Crime Commissioner for Wiltshire and Swindon"),
    ],
)

# ------------------------------------------------------------------------------------------------
# blanket (4): a blanket stance, some followed by detail on some findings

add(
    "sealed5-20",
    "blanket",
    "txt",
    "Sussex Police",
    "Sussex Police and Crime Commissioner",
    ("Frances Ashdown", "Police and Crime Commissioner for Sussex"),
    "2025-07-01",
    [
        item("2", "accept", "implemented"),
        item("9", "partially_agree", "in_progress"),
        item("4", "accept", "not_stated"),
        item("8", "accept", "not_stated"),
    ],
    [
        *top(
            ["Sussex Police and Crime Commissioner", "Sackville House, Brooks Close, Lewes, BN7 2FZ"],
            "1 July 2025",
        ),
        ("p", "I accept all of the recommendations made to chief constables in this report."),
        (
            "p",
            "With Newhaven port and Gatwick airport in the county, the first of them matters a great deal here. "
            "The Chief Constable tells me that every referral to the National Command and Control Unit from "
            "either site is now followed by an intelligence submission, checked by the duty inspector.",
        ),
        (
            "p",
            "I should say that my acceptance of recommendation 9 is qualified. Four modules is a lot to ask of "
            "officers who may meet this crime once in a career, and I would rather the force concentrated on its "
            "investigators. About 150 of the 400 investigators who need the modules have finished them.",
        ),
        *sign("Frances Ashdown", "Police and Crime Commissioner for Sussex"),
    ],
)

add(
    "sealed5-21",
    "blanket",
    "docx",
    "Avon and Somerset Police",
    "Avon and Somerset Police and Crime Commissioner",
    ("Catherine Wellow", "Police and Crime Commissioner for Avon and Somerset"),
    "2025-07-28",
    [
        item("2", "support", "not_stated", cc="accept"),
        item("4", "support", "implemented", cc="accept"),
        item("8", "accept", "planned", by="chief_constable", cc="accept"),
        item("9", "accept", "not_stated", by="chief_constable", cc="accept"),
    ],
    [
        *top(
            ["Avon and Somerset Police and Crime Commissioner", "Valley Road, Portishead, Bristol, BS20 8JJ"],
            "28 July 2025",
            salutation="Dear Chief Inspector,",
        ),
        (
            "p",
            "Please accept the Commissioner's apologies for the delay in responding to this report.",
        ),
        (
            "p",
            "Avon and Somerset Police has accepted every recommendation in the report that is directed at chief "
            "constables. The Commissioner supports the force's approach on the two intelligence recommendations, "
            "and notes that a plan for collecting and sharing information was agreed with the Port of Bristol "
            "partnership in June.",
        ),
        (
            "p",
            "Hydra training has been commissioned from the South West Regional Organised Crime Unit for the "
            "spring of 2026.",
        ),
        *sign("Catherine Wellow", "Police and Crime Commissioner for Avon and Somerset"),
    ],
    late=True,
)

add(
    "sealed5-22",
    "blanket",
    "html",
    "Dorset Police",
    "Dorset Police and Crime Commissioner",
    ("Oliver Chesil", "Police and Crime Commissioner for Dorset"),
    "2025-07-07",
    [
        item("8", "support", "in_progress"),
        item("4", "note", "not_started"),
        item("2", "support", "not_stated"),
        item("9", "support", "not_stated"),
    ],
    [
        ("letterhead", ["Dorset Police and Crime Commissioner"]),
        ("title", "Response to the HMICFRS report on organised immigration crime"),
        ("p", "07 Jul 2025"),
        (
            "p",
            "The Office of the Police and Crime Commissioner for Dorset supports the recommendations of this "
            "inspection and thanks the inspectorate for its work.",
        ),
        ("heading", "Hydra"),
        (
            "p",
            "Dorset Police ran its first Hydra exercise in June for 18 officers at its Winfrith headquarters. "
            "More sessions will follow through the year.",
        ),
        ("heading", "Collecting and sharing information"),
        (
            "p",
            "The Commissioner notes recommendation 4 and will form a view once the review of intelligence "
            "arrangements between Dorset Police and Devon and Cornwall Police has concluded. The force's plan is "
            "on hold until then.",
        ),
        *sign("Oliver Chesil", "Police and Crime Commissioner for Dorset", close="Signed,"),
    ],
)

add(
    "sealed5-23",
    "blanket",
    "pdf",
    "Gloucestershire Constabulary",
    "Gloucestershire Police and Crime Commissioner",
    ("Rupert Hailes", "Police and Crime Commissioner for Gloucestershire"),
    "2025-07-15",
    [
        item("2", "agree", "not_started", cc="agree"),
        item("4", "agree", "implemented", cc="agree"),
        item("8", "agree", "in_progress", cc="agree"),
        item("9", "agree", "implemented", cc="agree"),
    ],
    [
        (
            "letterhead",
            ["Office of the Police and Crime Commissioner for Gloucestershire", "Bearland, Gloucester, GL1 2JP"],
        ),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", "HMICFRS inspection: Improving the response to organised immigration crime"),
        (
            "p",
            "Gloucestershire Constabulary and I both agree with all of the report's recommendations for forces. "
            "The Chief Constable's summary of progress is as follows.",
        ),
        (
            "p",
            "The force has yet to begin work on the intelligence document that should follow a referral to the "
            "National Command and Control Unit. A plan for collecting, analysing and sharing information on "
            "organised immigration crime has been in place since March. Hydra training is part way through: 30 "
            "of 55 officers trained. Every relevant officer had finished all four e-learning modules by the end "
            "of June.",
        ),
        *sign("Rupert Hailes", "Police and Crime Commissioner for Gloucestershire"),
        ("p", "15/07/2025"),
    ],
    late=True,
)

# ------------------------------------------------------------------------------------------------
# mixed_stances (3): partial agreement, noting and a disagreement in one letter

add(
    "sealed5-24",
    "mixed_stances",
    "txt",
    "Metropolitan Police Service",
    "Mayor's Office for Policing And Crime (MOPAC)",
    ("Samira Hallett", "Deputy Mayor for Policing and Crime"),
    "2025-07-10",
    [
        item("2", "accept", "in_progress"),
        item("4", "partially_agree", "not_started"),
        item("8", "note", "not_stated"),
        item("9", "disagree", "in_progress"),
    ],
    [
        *top(
            ["Mayor's Office for Policing And Crime", "169 Union Street, London, SE1 0LL"],
            "10th July 2025",
            title="MOPAC response: Improving the response to organised immigration crime",
        ),
        (
            "p",
            "This is the response of the Mayor's Office for Policing And Crime to the inspectorate's report. Our "
            "views differ from one recommendation to the next, so I take them in turn.",
        ),
        (
            "p",
            "MOPAC accepts recommendation 2. The Metropolitan Police Service has introduced a referral checklist "
            "in six of its twelve Basic Command Units, and the remaining six will follow.",
        ),
        (
            "p",
            "MOPAC agrees in part with recommendation 4. We support the aim, but we question whether a separate "
            "plan for organised immigration crime adds value when the MPS's serious and organised crime control "
            "strategy already covers it. The MPS has not started a separate plan.",
        ),
        (
            "p",
            "We note recommendation 8, which is for the MPS to take forward with the national Modern Slavery and "
            "Organised Immigration Crime Unit.",
        ),
        (
            "p",
            "MOPAC does not agree with recommendation 9. Requiring all four modules of potentially thousands of "
            "frontline officers in London is not a good use of training time. The MPS has made the first module "
            "mandatory for frontline officers instead, and around 70 per cent have completed it.",
        ),
        *sign("Samira Hallett", "Deputy Mayor for Policing and Crime"),
    ],
)

add(
    "sealed5-25",
    "mixed_stances",
    "docx",
    "City of London Police",
    "City of London Corporation (Police Authority Board)",
    ("Edwin Lothbury", "Chair, Police Authority Board"),
    "2025-07-02",
    [
        item("2", "accept", "implemented"),
        item("4", "partially_agree", "in_progress"),
        item("8", "disagree", "not_started"),
        item("9", "note", "planned"),
    ],
    [
        *top(
            ["City of London Corporation", "Police Authority Board", "Guildhall, London, EC2V 7HH"],
            "Wednesday 2 July 2025",
            title="City of London Police Authority Board: response to Improving the response to organised immigration crime",
        ),
        (
            "p",
            "The Police Authority Board discharges the functions of a police and crime body for the City of "
            "London. It has considered the report with the Commissioner of the City of London Police.",
        ),
        (
            "p",
            "The Board accepts recommendation 2, and the City of London Police has implemented it: every NCCU "
            "referral is now paired with an intelligence submission by the Force Intelligence Bureau.",
        ),
        (
            "p",
            "The Board supports recommendation 4 in part. It agrees that the force should plan how it collects "
            "and analyses information, but sharing must respect the force's national lead force "
            "responsibilities for fraud. A plan is being developed with the fraud intelligence teams.",
        ),
        (
            "p",
            "The Board does not accept recommendation 8 as it applies to the City. The Square Mile sees very "
            "little organised immigration crime and the Board does not consider Hydra a proportionate use of "
            "detectives' time. The force has no plans to deliver it.",
        ),
        (
            "p",
            "The Board notes recommendation 9. The force expects to assign the modules to its public protection "
            "staff from January.",
        ),
        *sign("Edwin Lothbury", "Chair, Police Authority Board", close="Yours faithfully,"),
    ],
)

add(
    "sealed5-26",
    "mixed_stances",
    "pdf",
    "Leicestershire Police",
    "Leicestershire Police and Crime Commissioner",
    ("Sunil Mistry", "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"),
    "2025-07-03",
    [
        item("2", "support", "implemented"),
        item("4", "note", "planned"),
        item("8", "partially_agree", "in_progress"),
        item("9", "disagree", "not_started", cc="disagree"),
    ],
    [
        *top(
            [
                "Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland",
                "Force Headquarters, St Johns, Enderby, LE19 2BX",
            ],
            "Thursday 3 July 2025",
        ),
        ("p", "I set out my position on each of the four recommendations to chief constables below."),
        (
            "p",
            "Recommendation 2. I support this recommendation without reservation. Leicestershire Police "
            "introduced a referral checklist in April, and the force reports full compliance since.",
        ),
        (
            "p",
            "Recommendation 4. I note this recommendation. The force's intelligence team intends to produce the "
            "plan by December.",
        ),
        (
            "p",
            "Recommendation 8. Partially supported. I back Hydra for detectives but not for uniformed "
            "supervisors. It is being delivered to detectives in five phases, two of which are complete.",
        ),
        (
            "p",
            "Recommendation 9. I do not support this recommendation in its current form, and the Chief Constable "
            "shares my view. The force has no plans to roll out the modules.",
        ),
        *sign("Sunil Mistry", "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"),
    ],
)

# ------------------------------------------------------------------------------------------------
# cc_annex (2): the commissioner's letter with the chief constable's response appended

add(
    "sealed5-27",
    "cc_annex",
    "docx",
    "Bedfordshire Police",
    "Bedfordshire Police and Crime Commissioner",
    ("Joseph Akintola", "Police and Crime Commissioner for Bedfordshire"),
    "2025-06-27",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "not_stated", cc="accept"),
        item("9", "support", "in_progress", cc="partially_agree"),
    ],
    [
        *top(
            [
                "Office of the Police and Crime Commissioner for Bedfordshire",
                "Bridgebury House, Woburn Road, Kempston, MK43 9AX",
            ],
            "27/06/2025",
        ),
        (
            "p",
            "I support all four recommendations made to chief constables. The Chief Constable's response, which "
            "sets out the force's progress, is appended to this letter.",
        ),
        (
            "p",
            "Luton airport and the M1 make Bedfordshire a transit route, and I will keep this work under close review.",
        ),
        *sign("Joseph Akintola", "Police and Crime Commissioner for Bedfordshire"),
        ("title", "Appendix: Response of the Chief Constable of Bedfordshire Police"),
        ("heading", "Recommendation 2"),
        (
            "p",
            "Accepted. The intelligence submission is a required step in the force's referral process and is "
            "checked daily by the Force Intelligence Bureau.",
        ),
        ("heading", "Recommendation 4"),
        ("p", "Accepted. The collection plan is being drafted with the Eastern Region Special Operations Unit."),
        ("heading", "Recommendation 8"),
        ("p", "Accepted. The force will report progress to the Commissioner's Accountability Board."),
        ("heading", "Recommendation 9"),
        (
            "p",
            "Accepted in part. The force will require the modules for investigators, but not for all frontline "
            "officers. Investigators are working through the modules now.",
        ),
    ],
)

add(
    "sealed5-28",
    "cc_annex",
    "html",
    "Kent Police",
    "Kent Police and Crime Commissioner",
    ("Adrian Holloway", "Kent Police and Crime Commissioner"),
    "2025-06-30",
    [
        item("2", "agree", "in_progress", by="chief_constable", cc="agree"),
        item("4", "agree", "implemented", by="chief_constable", cc="agree"),
        item("8", "agree", "planned", by="chief_constable", cc="agree"),
        item("9", "agree", "not_started", by="chief_constable", cc="agree"),
    ],
    [
        *top(
            ["Office of the Kent Police and Crime Commissioner", "Sutton Road, Maidstone, ME15 9BZ"],
            "30th June 2025",
        ),
        (
            "p",
            "I have considered the Chief Constable's response, which is set out below, and I am satisfied that it "
            "deals properly with each of the recommendations. I will hold the Chief Constable to account for "
            "delivery through my Performance and Delivery Board.",
        ),
        *sign("Adrian Holloway", "Kent Police and Crime Commissioner"),
        ("title", "Chief Constable's response"),
        ("heading", "Recommendation 2"),
        (
            "p",
            "Kent Police agrees with this recommendation. Compliance is being driven up through the Dover "
            "intelligence unit; at present 78% of referrals from Dover have the intelligence report attached.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "Agreed. Complete: the Kent and Essex Serious Crime Directorate has a collection plan for organised "
            "immigration crime, refreshed every quarter.",
        ),
        ("heading", "Recommendation 8"),
        ("p", "Agreed. Hydra sessions at Coldharbour are booked for October and November 2025."),
        ("heading", "Recommendation 9"),
        ("p", "Agreed. No date has been set for the e-learning; it will be looked at again after Hydra."),
    ],
)

# ------------------------------------------------------------------------------------------------
# regional_afi (2): the Yorkshire and Humber areas for improvement

add(
    "sealed5-29",
    "regional_afi",
    "txt",
    "Humberside Police",
    "Humberside Police and Crime Commissioner",
    ("Graham Brough", "Police and Crime Commissioner for Humberside"),
    "2025-10-16",
    [
        item("1", "accept", "implemented"),
        item("2", "accept", "in_progress"),
    ],
    [
        *top(
            ["Humberside Police and Crime Commissioner", "The Lawns, Harland Way, Cottingham, HU16 5SN"],
            "16th October 2025",
            title=f"Response to: {SOC_TITLE}",
        ),
        (
            "p",
            "The report makes two areas for improvement for the Yorkshire and Humber Regional Organised Crime "
            "Unit and the four forces. My response on behalf of Humberside follows.",
        ),
        ("heading", "Area for improvement 1"),
        (
            "p",
            "I accept this area for improvement. Humberside Police and the ROCU now hold a joint tasking meeting "
            "every fortnight, and a shared 4P plan template is used for all mapped organised crime groups.",
        ),
        ("heading", "Area for improvement 2"),
        (
            "p",
            "I accept this too. A review of technical surveillance equipment across the region is under way, led "
            "by the ROCU, with procurement to move to a single regional contract from April 2026.",
        ),
        *sign("Graham Brough", "Police and Crime Commissioner for Humberside"),
    ],
    report=SOC,
    title=SOC_TITLE,
)

add(
    "sealed5-30",
    "regional_afi",
    "pdf",
    "North Yorkshire Police",
    "Mayor of York and North Yorkshire",
    ("Joanna Pickering", "Deputy Mayor for Policing, Fire and Crime"),
    "2025-09",
    [
        item("1", "support", "in_progress"),
        item("2", "note", "planned"),
    ],
    [
        *top(
            [
                "York and North Yorkshire Combined Authority",
                "Office of the Deputy Mayor for Policing, Fire and Crime",
                "West Offices, Station Rise, York, YO1 6GA",
            ],
            "September 2025",
            title=f"{SOC_TITLE}: response of the Deputy Mayor for Policing, Fire and Crime",
        ),
        (
            "p",
            "I enclose North Yorkshire Police's update on the two areas for improvement, with my comment on each.",
        ),
        (
            "table",
            [
                ["Area for improvement", "North Yorkshire Police update", "Deputy Mayor's comment"],
                [
                    "AFI 1 – working together with the ROCU",
                    "The force is reviewing its arrangements with the ROCU, and a new memorandum of understanding "
                    "is being negotiated.",
                    "Supported.",
                ],
                [
                    "AFI 2 – technical surveillance equipment",
                    "Procurement is led regionally. North Yorkshire Police will join the regional framework once "
                    "it is let.",
                    "Noted. This is mainly a matter for the ROCU.",
                ],
            ],
        ),
        *sign("Joanna Pickering", "Deputy Mayor for Policing, Fire and Crime"),
    ],
    report=SOC,
    title=SOC_TITLE,
)


def main() -> None:
    about = (
        "A sealed set of 30 letters written by hand on 30 November 2026 (names invented; forces and bodies are "
        "real names used as senders of synthetic letters, none the seeds'), KEPT from tuning: measure on it, "
        "never tune on it. Kinds: response tables, paraphrasing headings, labels only, flattened prose, two "
        "findings in one paragraph, blanket stances, mixed stances, an appended chief constable's response, and "
        "the regional areas for improvement. Same schema as tests/ingest/sealed/truth.json; split 'sealed5'. "
        "Late: after 10 July 2025 (56 days counted from publication on 16 May 2025 as day 1); a month-only date "
        "is recorded as YYYY-MM; the regional report's publication date is unknown, so its letters are never late."
    )
    corpus.write_set(HERE, about, ((blocks, truth) for truth, blocks in LETTERS))


if __name__ == "__main__":
    main()
