# ruff: noqa: E501  (letter text is data: long sentences are kept whole)
"""Build the sealed8 set: ``letters/`` and ``truth.json``, reproducibly.

    .venv/bin/python tests/ingest/sealed8/build.py

A held-back set, only ever measured, never tuned against: 30 hand-written response letters (28 to the organised
immigration crime report, 2 to the Yorkshire and Humber serious and organised crime inspection) written for this set
alone, in txt, docx, html and pdf. It holds tables with force and commissioner columns (one running over a PDF page
break, one numbered by bare numbers), letters headed by paraphrased recommendations, labels-only letters, flattened
letters, letters answering two recommendations in one paragraph, blanket acceptances (some followed by detail),
mixed stances, a chief constable's annex and two regional area-for-improvement letters.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
sys.path.insert(0, str(CORPUS))

import build as corpus  # noqa: E402

SPLIT = "sealed8"
OIC, SOC = corpus.REPORT_KEYS["oic"], corpus.REPORT_KEYS["soc"]
OIC_TITLE, SOC_TITLE = corpus.REPORT_TITLES["oic"], corpus.REPORT_TITLES["soc"]

Blocks = list[tuple[str, Any]]
LETTERS: list[tuple[dict[str, Any], Blocks]] = []
add = corpus.letter_adder(LETTERS, split=SPLIT)
item = corpus.item

HMCIC = ["His Majesty's Chief Inspector of Constabulary", "HMICFRS", "Sent by email"]

# ------------------------------------------------------------------------------------------------
# Tables (6)

add(
    "s8-kent-table",
    "table",
    "docx",
    "Kent Police",
    "Kent Police and Crime Commissioner",
    ("Rowena Tillbrook", "Kent Police and Crime Commissioner"),
    "2025-07-03",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "support", "implemented", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "support", "not_started", cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Kent Police and Crime Commissioner", "Maidstone, Kent"]),
        ("date", "3rd July 2025"),
        ("address", HMCIC),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"HMICFRS – {OIC_TITLE}: response of the Kent Police and Crime Commissioner"),
        (
            "p",
            "Thank you for the report, which was published on 16 May 2025. With the Port of Dover, the Channel Tunnel and many miles of coastline, organised immigration crime is something Kent residents feel strongly about, and I read the report with close interest.",
        ),
        (
            "p",
            "Four of the ten recommendations are for chief constables. The table below gives the Chief Constable's response to each of them and my own comments. Recommendations 1, 3, 5, 6, 7 and 10 are for the Home Office, the National Crime Agency and other national bodies, and I make no comment on them here.",
        ),
        (
            "table",
            [
                ["", "Recommendation (summary)", "Kent Police response", "Commissioner's comment", "RAG"],
                [
                    "2",
                    "Officers who report a case to the NCCU complete the required intelligence document",
                    "Accepted. Since March the NCCU referral checklist has carried a mandatory prompt for the intelligence submission. Compliance is audited monthly and stood at 78% in June; the aim is full compliance well before April 2026.",
                    "I support the force's approach and will keep compliance under review at my quarterly accountability meeting.",
                    "Amber",
                ],
                [
                    "4",
                    "Clear plans to collect, analyse and share information on organised immigration crime",
                    "Accepted. The OIC intelligence collection plan was signed off by the Force Tasking and Co-ordination Group in June 2025, and information-sharing arrangements with Border Force and the port operators are in place.",
                    "Supported. I am content that this one is complete.",
                    "Green",
                ],
                [
                    "8",
                    "Relevant personnel complete the Hydra training package",
                    "Accepted. Hydra sessions have been booked with the MS&OIC Unit and the first cohort of 40 investigators and supervisors attends in October.",
                    "Supported. I have asked for attendance figures once the first sessions have run.",
                    "Amber",
                ],
                [
                    "9",
                    "Relevant personnel complete the four modules of the OIC e-learning",
                    "Accepted. No work has started on this yet. The force will consider how to resource it when the College of Policing publishes the revised modules.",
                    "I support this recommendation, but I would like to see a timetable agreed sooner than that.",
                    "Red",
                ],
            ],
        ),
        ("p", "I will publish this letter on my website alongside the report."),
        ("sign", ["Yours sincerely,", "Rowena Tillbrook", "Kent Police and Crime Commissioner"]),
        ("footer", "Kent Police and Crime Commissioner"),
    ],
)

add(
    "s8-essex-table",
    "table",
    "docx",
    "Essex Police",
    "Essex Police, Fire and Crime Commissioner",
    ("Graham Lusted", "Police, Fire and Crime Commissioner for Essex"),
    "2025-07-07",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "note", "in_progress", cc="accept"),
        item("8", "support", "in_progress", cc="accept"),
        item("9", "support", "implemented", cc="accept"),
    ],
    [
        ("letterhead", ["Police, Fire and Crime Commissioner for Essex", "Kelvedon Park, Essex"]),
        ("p", "Our ref: PFCC/HMI/25/041"),
        ("date", "07/07/25"),
        ("address", HMCIC),
        ("salutation", "Dear HM Chief Inspector"),
        ("title", f"Re: {OIC_TITLE}"),
        (
            "p",
            "I write in response to the above report. I have discussed it with the Chief Constable and set out below, recommendation by recommendation, the position of Essex Police, my own view and where the work has got to.",
        ),
        (
            "table",
            [
                ["Recommendation", "Essex Police position", "PFCC view", "Status"],
                [
                    "2 – intelligence document after every NCCU referral",
                    "Accepted",
                    "Support",
                    "Green – complete. The referral process was changed in May 2025 and the intelligence report is now a mandatory field before a referral can be closed.",
                ],
                [
                    "4 – plans to collect, analyse and share OIC information",
                    "Accepted",
                    "Noted. I will seek assurance on the plan through the Performance and Resources Board.",
                    "Amber – drafting is under way; the plan goes to the Chief Officer Group in September.",
                ],
                [
                    "8 – Hydra training package",
                    "Accepted",
                    "Support",
                    "Amber – 62% of the officers identified have completed Hydra.",
                ],
                [
                    "9 – four modules of OIC e-learning",
                    "Accepted",
                    "Support",
                    "Green. All 1,140 officers and staff in scope have completed the four modules.",
                ],
            ],
        ),
        (
            "p",
            "I am grateful to the inspectorate for its work on this subject. If you need anything further, my office will be happy to help.",
        ),
        ("sign", ["Yours sincerely", "Graham Lusted", "Police, Fire and Crime Commissioner for Essex"]),
    ],
)

add(
    "s8-sussex-table",
    "table",
    "html",
    "Sussex Police",
    "Sussex Police and Crime Commissioner",
    ("Harriet Mabey", "Sussex Police and Crime Commissioner"),
    "2025-07-08",
    [
        item("2", "support", "planned", cc="accept"),
        item("4", "support", "implemented", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        ("title", f"PCC response to HMICFRS report: {OIC_TITLE}"),
        ("date", "Tuesday 8 July 2025"),
        (
            "p",
            "Under section 55 of the Police Act 1996 I am required to respond to reports by His Majesty's Inspectorate of Constabulary and Fire & Rescue Services about the force I oversee. This page sets out my response to the national thematic inspection of organised immigration crime.",
        ),
        (
            "p",
            "Sussex Police has given me its update against each recommendation made to chief constables, and I have added my comment alongside it.",
        ),
        (
            "table",
            [
                ["HMICFRS recommendation", "Sussex Police update", "Commissioner's comment"],
                [
                    "Recommendation 2: By 30 April 2026, chief constables should make sure that every time a member of their force reports a case to Immigration Enforcement's National Command and Control Unit, the reporting officer completes and submits the required intelligence document.",
                    "The force accepts this recommendation. A revised procedure for referrals to the NCCU will be written and published to officers in the autumn, with a short briefing on the intelligence submission.",
                    "I support this recommendation and will ask for an update in November.",
                ],
                [
                    "Recommendation 4: By 31 December 2025, chief constables should make sure they have clear plans to collect, analyse and share information related to organised immigration crime.",
                    "Accepted. Our OIC intelligence collection plan is in place and has been embedded in the Sussex control strategy since April. Information is shared weekly with the South East Regional Organised Crime Unit and Border Force.",
                    "Supported. I have asked for the plan to be shared with my office.",
                ],
                [
                    "Recommendation 8: Hydra training package",
                    "Accepted. Delivery of Hydra is booked with the MS&OIC Unit for January and February 2026.",
                    "Supported.",
                ],
                [
                    "Recommendation 9: four modules of the OIC e-learning",
                    "Accepted. 41% of relevant staff have completed all four modules so far, and completion is monitored monthly.",
                    "Supported, although I note that completion is still low.",
                ],
            ],
        ),
        (
            "p",
            "I will continue to hold the Chief Constable to account for progress through my Performance and Accountability Meetings, which are webcast.",
        ),
        ("sign", ["Harriet Mabey", "Sussex Police and Crime Commissioner"]),
        ("footer", "Office of the Sussex Police and Crime Commissioner"),
    ],
)

add(
    "s8-herts-table",
    "table",
    "html",
    "Hertfordshire Constabulary",
    "Hertfordshire Police and Crime Commissioner",
    ("Desmond Achterberg", "Hertfordshire Police and Crime Commissioner"),
    "2025-07-14",
    [
        item("2", "agree", "implemented", cc="agree"),
        item("4", "agree", "in_progress", cc="agree"),
        item("8", "partially_agree", "planned", cc="partially_agree"),
        item("9", "agree", ["in_progress", "planned"], cc="agree"),
    ],
    [
        ("letterhead", ["Hertfordshire Police and Crime Commissioner", "Welwyn Garden City"]),
        ("date", "14th July 2025"),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"{OIC_TITLE} – response from Hertfordshire"),
        (
            "p",
            "Please accept my apologies for the lateness of this response, which is due to the timing of my accountability board. The Chief Constable's response to each recommendation for chief constables is given below, with my own position next to it.",
        ),
        (
            "table",
            [
                ["Ref", "What HMICFRS asked", "Chief Constable's response", "PCC's response", "RAG"],
                [
                    "R2",
                    "Complete and submit the intelligence document each time an NCCU referral is made",
                    "Agreed. A new NCCU referral form with a linked intelligence submission went live on 1 July.",
                    "Agree.",
                    "Green",
                ],
                [
                    "R4",
                    "Clear plans to collect, analyse and share OIC information",
                    "Agreed. The OIC intelligence requirement is being rewritten as part of the refresh of the force strategic assessment.",
                    "Agree.",
                    "Amber",
                ],
                [
                    "R8",
                    "Relevant personnel complete Hydra",
                    "Partially agreed. The force will deliver Hydra to detective inspectors and above in the Serious Crime Unit; we do not consider it proportionate for every response supervisor.",
                    "I share the Chief Constable's view and partially agree.",
                    "Amber",
                ],
                [
                    "R9",
                    "Relevant personnel complete the four e-learning modules",
                    "Agreed. Modules 1 and 2 are already mandatory for investigators; modules 3 and 4 will be added from the spring.",
                    "Agree.",
                    "Amber",
                ],
            ],
        ),
        ("p", "Recommendations 1, 3, 5, 6, 7 and 10 are for national bodies and I have no comment to make on them."),
        ("sign", ["Yours sincerely,", "Desmond Achterberg", "Police and Crime Commissioner for Hertfordshire"]),
    ],
    late=True,
)

add(
    "s8-cambs-table",
    "table",
    "pdf",
    "Cambridgeshire Constabulary",
    "Cambridgeshire Police and Crime Commissioner",
    ("Nadia Ferrier", "Police and Crime Commissioner for Cambridgeshire and Peterborough"),
    "2025-07-10",
    [
        item("2", "accept", "in_progress", cc="accept"),
        item("4", "accept", "in_progress", cc="accept"),
        item("8", "accept", "not_started", cc="accept"),
        item("9", "accept", "implemented", cc="accept"),
    ],
    [
        (
            "letterhead",
            ["Police and Crime Commissioner for Cambridgeshire and Peterborough", "Hinchingbrooke Park, Huntingdon"],
        ),
        ("date", "10 July 2025"),
        ("address", HMCIC),
        ("salutation", "Dear Chief Inspector"),
        ("title", f"Response to the HMICFRS report '{OIC_TITLE}'"),
        (
            "p",
            "I welcome the publication of this national thematic report and the attention it gives to a form of criminality that is too often seen as a matter only for the ports and the border. Cambridgeshire and Peterborough sit on the main road and rail routes north from the Channel ports and from London, and the force regularly deals with people who have entered the country illegally and are then exploited in car washes, nail bars, agriculture and food processing across the Fens.",
        ),
        (
            "p",
            "The report is clear that local forces have a part to play alongside the National Crime Agency and Immigration Enforcement, and that this part is not always well understood. I agree. Officers who stop a vehicle on the A14 or attend a disturbance at a house in multiple occupation are often the first public servants to meet victims and offenders, and what they record at that point matters a great deal to the wider intelligence picture.",
        ),
        (
            "p",
            "Since the report was published I have discussed its findings with the Chief Constable at my Business Co-ordination Board, and my office has reviewed the force's own assessment of where it stands against the recommendations. I have also spoken with the Commissioners in Bedfordshire and Hertfordshire, with whom we share a number of collaborated services, so that our oversight of the work is joined up.",
        ),
        (
            "p",
            "I am conscious that the report also makes recommendations to the Home Office, the National Crime Agency, the National Police Chiefs' Council and the College of Policing. Much of what forces can achieve depends on progress on those recommendations too, in particular on the national intelligence systems and on the training products that forces are asked to use.",
        ),
        (
            "p",
            "The force's response to each recommendation addressed to chief constables, together with my own position and the current status, is set out in the table below.",
        ),
        (
            "table",
            [
                ["Recommendation", "Force response", "Commissioner's response", "Status"],
                [
                    "2. Every NCCU referral is followed by the required intelligence document (by 30 April 2026)",
                    "Accepted. Compliance is checked by dip sampling. In the last quarter 9 of 11 referrals to the NCCU had an intelligence report submitted, and reminders have gone to the officers concerned.",
                    "Accepted. I will ask for the dip-sample results each quarter.",
                    "Ongoing",
                ],
                [
                    "4. Clear plans to collect, analyse and share OIC information (by 31 December 2025)",
                    "Accepted. A collection plan is being agreed with the Eastern Region Special Operations Unit and the first analytical product is due in December.",
                    "Accepted.",
                    "On track for December 2025",
                ],
                [
                    "8. Relevant personnel complete the Hydra package, with the MS&OIC Unit (by 30 April 2026)",
                    "Accepted. We have not been able to secure Hydra dates with the MS&OIC Unit so far, and no training has taken place.",
                    "Accepted. I have written to the MS&OIC Unit about capacity.",
                    "Not started",
                ],
                [
                    "9. Relevant personnel complete the four OIC e-learning modules (by 30 April 2026)",
                    "Accepted. The four modules have been mandatory for investigators and intelligence staff since 2024.",
                    "Accepted.",
                    "Complete – 100% of staff in scope",
                ],
            ],
        ),
        (
            "p",
            "I will publish this response, and the force's progress against the recommendations will be reported to my Business Co-ordination Board.",
        ),
        (
            "sign",
            ["Yours sincerely", "Nadia Ferrier", "Police and Crime Commissioner for Cambridgeshire and Peterborough"],
        ),
        ("footer", "OPCC Cambridgeshire and Peterborough – OFFICIAL"),
    ],
)

add(
    "s8-gwent-table",
    "table",
    "pdf",
    "Gwent Police",
    "Gwent Police and Crime Commissioner",
    ("Rhodri Bevington", "Police and Crime Commissioner for Gwent"),
    "2025-07-02",
    [
        item("2", "agree", "implemented", cc="accept"),
        item("4", "agree", "planned", cc="accept"),
        item("8", "agree", "in_progress", cc="accept"),
        item("9", "agree", "in_progress", cc="accept"),
    ],
    [
        (
            "letterhead",
            [
                "Swyddfa Comisiynydd yr Heddlu a Throseddu Gwent",
                "Office of the Police and Crime Commissioner for Gwent",
            ],
        ),
        ("date", "02.07.2025"),
        ("address", HMCIC),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            f"Thank you for sending me the report {OIC_TITLE}. Below is the response of Gwent Police to the four recommendations for chief constables, with my comments.",
        ),
        (
            "table",
            [
                ["Recommendation", "Gwent Police", "Commissioner"],
                [
                    "2",
                    "Accepted. The process has been in place since June 2025: the Force Intelligence Bureau now checks every NCCU referral for a completed intelligence submission.",
                    "Agreed. I will monitor compliance through my Strategic Performance Board.",
                ],
                [
                    "4",
                    "Accepted. Work begins in September with TARIAN, the Southern Wales regional organised crime unit.",
                    "Agreed.",
                ],
                [
                    "8",
                    "Accepted. A training needs analysis is under way to identify relevant personnel; Hydra sessions will follow.",
                    "Agreed.",
                ],
                [
                    "9",
                    "Accepted. The e-learning is on the force learning platform and completion stands at 57 per cent.",
                    "Agreed.",
                ],
            ],
        ),
        ("p", "This response will be published on my website in English and Welsh."),
        ("sign", ["Yn gywir / Yours sincerely", "Rhodri Bevington", "Police and Crime Commissioner for Gwent"]),
        ("footer", "Gwent OPCC"),
    ],
)

# ------------------------------------------------------------------------------------------------
# Paraphrased headings (4)

add(
    "s8-norfolk-headings",
    "paraphrase_headings",
    "txt",
    "Norfolk Constabulary",
    "Norfolk Police and Crime Commissioner",
    ("Simon Cattermole", "Norfolk Police and Crime Commissioner"),
    "2025-07-21",
    [
        item("2", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("4", "accept", "implemented", by="chief_constable", cc="accept"),
        item("8", "accept", "planned", by="chief_constable", cc="accept"),
        item("9", "accept", "not_stated", by="chief_constable", cc="accept"),
    ],
    [
        ("letterhead", ["NORFOLK OFFICE OF THE POLICE AND CRIME COMMISSIONER", "Jubilee House, Wymondham"]),
        ("date", "Monday 21 July 2025"),
        ("address", ["HM Inspectorate of Constabulary and Fire & Rescue Services", "By email"]),
        ("salutation", "Dear Chief Inspector"),
        ("title", OIC_TITLE),
        ("p", "I am sorry this response is later than the 56 days set out in the legislation."),
        (
            "p",
            "The Chief Constable has accepted all four of the recommendations made to chief constables, and I set out below how Norfolk Constabulary is responding to each.",
        ),
        ("heading", "Recording what happens after a referral to the NCCU"),
        (
            "p",
            "Officers are being reminded through briefings and the intranet that a referral to the National Command and Control Unit must be followed by an intelligence submission, and a new template that links the two is being trialled in the Norwich policing district.",
        ),
        ("heading", "Having a plan for intelligence on organised immigration crime"),
        (
            "p",
            "Norfolk already has this. A plan to collect, analyse and share information about organised immigration crime has been in place since 2024 and was last reviewed in March.",
        ),
        ("heading", "Hydra"),
        (
            "p",
            "Norfolk and Suffolk share a joint training team, and Hydra will form part of the joint major investigation training programme from the spring.",
        ),
        ("heading", "Online learning"),
        (
            "p",
            "We have not been able to confirm completion figures for the e-learning, because the national learning platform does not report them to the force. I have asked for this to be resolved.",
        ),
        ("p", "Yours sincerely"),
        ("sign", ["Simon Cattermole", "Police and Crime Commissioner for Norfolk"]),
    ],
    late=True,
)

add(
    "s8-dyfed-headings",
    "paraphrase_headings",
    "docx",
    "Dyfed-Powys Police",
    "Dyfed-Powys Police and Crime Commissioner",
    ("Eleri Vaughan-Rees", "Police and Crime Commissioner for Dyfed-Powys"),
    "2025-06-30",
    [
        item("2", "support", "implemented"),
        item("4", "agree", "in_progress", cc="agree"),
        item("8", "support", ["not_started", "planned"]),
        item("9", "support", "in_progress"),
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
        ("date", "Dydd Llun 30 Mehefin 2025 / Monday 30 June 2025"),
        ("address", HMCIC),
        ("salutation", "Annwyl Brif Arolygydd / Dear Chief Inspector,"),
        ("title", f"{OIC_TITLE}: response to the report"),
        (
            "p",
            "Dyfed-Powys is the largest force area in England and Wales by land, with ferry ports at Fishguard and Pembroke Dock and a long, often remote coastline. The report's findings are therefore relevant to us, even though the volume of organised immigration crime we see is lower than in the south east of England.",
        ),
        ("heading", "Making sure NCCU referrals lead to intelligence"),
        (
            "p",
            "I am supportive of this recommendation. The force has told me that the referral process has been updated: officers must now attach the intelligence reference number before the NCCU log can be closed. This has been embedded since May.",
        ),
        ("heading", "Collecting, analysing and sharing information"),
        (
            "p",
            "The Chief Constable and I both agree that this is essential. A plan covering the four Welsh forces is under development with the regional intelligence unit and will be finished before the December deadline.",
        ),
        ("heading", "Training: Hydra"),
        (
            "p",
            "I support this recommendation. Given the size and rural nature of the force area, the force is yet to begin Hydra delivery, but it will run the package jointly with the other Welsh forces during 2026.",
        ),
        ("heading", "Training: the e-learning modules"),
        (
            "p",
            "I also support this recommendation. The force is working towards full completion of the four modules by relevant staff and reports progress to me each month.",
        ),
        ("p", "Diolch am eich gwaith ar yr adroddiad hwn. Thank you for your work on this report."),
        ("sign", ["Yn gywir,", "Eleri Vaughan-Rees", "Comisiynydd Heddlu a Throseddu / Police and Crime Commissioner"]),
    ],
)

add(
    "s8-surrey-headings",
    "paraphrase_headings",
    "html",
    "Surrey Police",
    "Surrey Police and Crime Commissioner",
    ("Philippa Dunstall", "Surrey Police and Crime Commissioner"),
    "2025-06-01",
    [
        item("2", "accept", "implemented", by="chief_constable", cc="accept"),
        item("4", "agree", "planned"),
        item("8", None, ["in_progress", "planned"]),
    ],
    [
        ("title", f"Commissioner's response: {OIC_TITLE}"),
        ("date", "June 2025"),
        (
            "p",
            "The inspectorate's report on organised immigration crime was published on 16 May. Below, the Police and Crime Commissioner for Surrey, Philippa Dunstall, responds to the recommendations for chief constables.",
        ),
        ("heading", "How are referrals to the NCCU followed up?"),
        (
            "p",
            "Surrey Police accepts this recommendation. Since April, every referral to the National Command and Control Unit has been cross-checked by the force's Intelligence Hub to make sure that an intelligence submission has been made.",
        ),
        ("heading", "Does Surrey have a plan for intelligence on organised immigration crime?"),
        (
            "p",
            "I agree with HMICFRS that every force needs one. Drafting will start once the regional strategic assessment is published in September, with sign-off expected before Christmas.",
        ),
        ("heading", "Hydra"),
        (
            "p",
            "Detectives in the Serious and Organised Crime team have now completed Hydra. A second exercise, for custody and intelligence staff, is booked for October.",
        ),
        ("p", "I will continue to monitor the force's progress through my Performance and Accountability meetings."),
        ("sign", ["Philippa Dunstall", "Police and Crime Commissioner for Surrey"]),
    ],
    unanswered=["9"],
)

add(
    "s8-suffolk-headings",
    "paraphrase_headings",
    "pdf",
    "Suffolk Constabulary",
    "Suffolk Police and Crime Commissioner",
    ("Martin Ashwell", "Suffolk Police and Crime Commissioner"),
    "2025-07-02",
    [
        item("2", "accept", "planned"),
        item("4", "accept", "implemented"),
        item("8", "partially_agree", "in_progress", cc="partially_agree"),
        item("9", "note", "in_progress"),
    ],
    [
        ("letterhead", ["Suffolk Police and Crime Commissioner", "Police Headquarters, Martlesham Heath, Ipswich"]),
        ("date", "Wednesday 2nd July 2025"),
        ("address", HMCIC),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"HMICFRS: {OIC_TITLE}"),
        (
            "p",
            "Thank you for the opportunity to respond. With the Port of Felixstowe in the county, Suffolk Constabulary deals with organised immigration crime more often than its size might suggest. My responses to the recommendations for chief constables follow.",
        ),
        ("heading", "Intelligence following NCCU referrals"),
        (
            "p",
            "Accepted. Suffolk will introduce a prompt on the Athena system from 1 September 2025, so that an officer cannot close an NCCU referral without linking an intelligence report.",
        ),
        ("heading", "An information plan for organised immigration crime"),
        (
            "p",
            "Accepted. Suffolk's OIC collection plan forms part of the joint Norfolk and Suffolk intelligence requirement and has been in place since February.",
        ),
        ("heading", "Specialist training (Hydra)"),
        (
            "p",
            "Accepted in part. The force agrees that Hydra is valuable, but the Chief Constable's view, which I share, is that it should be limited to the OIC lead investigators and senior investigating officers rather than a wider group. Two of the eight officers concerned have completed it, and the rest will do so as places become available.",
        ),
        ("heading", "Online learning"),
        (
            "p",
            "Noted. The e-learning modules are currently being reviewed by the force's Learning and Development team before they are made mandatory.",
        ),
        ("sign", ["Yours sincerely", "Martin Ashwell", "Suffolk Police and Crime Commissioner"]),
        ("footer", "Suffolk PCC – OFFICIAL"),
    ],
)

# ------------------------------------------------------------------------------------------------
# Labels only (3)

add(
    "s8-southwales-labels",
    "labels_only",
    "txt",
    "South Wales Police",
    "South Wales Police and Crime Commissioner",
    ("Cerys Maddock", "Police and Crime Commissioner for South Wales"),
    "2025-07-01",
    [
        item("2", "agree", "planned", cc="agree"),
        item("4", "agree", "implemented", cc="agree"),
        item("8", "agree", "in_progress", cc="agree"),
        item("9", "partially_agree", "planned", cc="partially_agree"),
    ],
    [
        ("letterhead", ["South Wales Police and Crime Commissioner", "Bridgend"]),
        ("date", "01/07/25"),
        ("salutation", "Dear HM Chief Inspector,"),
        ("p", f"RE: {OIC_TITLE}"),
        (
            "p",
            "The Chief Constable and I have considered the report together, and our joint response to the recommendations for chief constables is below.",
        ),
        ("p", "Recommendation 2 – Agreed. A revised process will go live in October 2025."),
        (
            "p",
            "Recommendation 4 – Agreed. Complete: the force's OIC intelligence collection plan was approved in May 2025 and is shared with Dyfed-Powys, Gwent and North Wales through the Welsh regional hub.",
        ),
        ("p", "Recommendation 8 – Agreed. 30% of relevant officers have completed Hydra to date."),
        (
            "p",
            "Recommendation 9 – Partially agreed. We agree the modules are valuable but not that all four are needed by all response officers. Modules 1 and 2 will be mandated for all frontline staff and modules 3 and 4 for specialist investigators only. This will be in place from the spring.",
        ),
        ("p", "Kind regards,"),
        ("sign", ["Cerys Maddock", "Police and Crime Commissioner for South Wales"]),
    ],
)

add(
    "s8-beds-labels",
    "labels_only",
    "html",
    "Bedfordshire Police",
    "Bedfordshire Police and Crime Commissioner",
    ("Anil Dharwal", "Bedfordshire Police and Crime Commissioner"),
    "2025-07-03",
    [
        item("2", "accept", "implemented", by="chief_constable", cc="accept"),
        item("4", "accept", "planned", by="chief_constable", cc="accept"),
        item("8", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("9", "accept", "in_progress", by="chief_constable", cc="accept"),
    ],
    [
        ("title", f"{OIC_TITLE} – PCC response"),
        ("date", "Thursday 3 July 2025"),
        (
            "p",
            "Bedfordshire Police's response to the recommendations for chief constables is set out below. I am satisfied with it and will hold the Chief Constable to account for its delivery.",
        ),
        (
            "dl",
            [
                (
                    "Recommendation 2",
                    "Accepted. Every NCCU referral since 1 June 2025 has a linked intelligence report; the Force Control Room supervisor checks this daily.",
                ),
                (
                    "Recommendation 4",
                    "Accepted. The force will produce a problem profile on OIC in the third quarter and use it to set the collection plan, which is to be agreed by the end of December.",
                ),
                (
                    "Recommendation 8",
                    "Accepted. Hydra delivery for 24 detectives is under way jointly with the MS&OIC Unit.",
                ),
                ("Recommendation 9", "Accepted. Completion of the four modules stands at 88% among staff in scope."),
            ],
        ),
        ("sign", ["Anil Dharwal", "Police and Crime Commissioner for Bedfordshire"]),
        ("footer", "Bedfordshire OPCC"),
    ],
)

add(
    "s8-mopac-labels",
    "labels_only",
    "docx",
    "Metropolitan Police Service",
    "Mayor's Office for Policing And Crime (MOPAC)",
    ("Judith Okafor", "Deputy Mayor for Policing and Crime"),
    None,
    [
        item("4", "accept", "implemented", by="chief_constable", cc="accept"),
        item("8", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("9", "support", "planned", cc="accept"),
    ],
    [
        ("letterhead", ["MAYOR OF LONDON", "Office for Policing and Crime", "City Hall, Kamal Chunchie Way, London"]),
        ("address", HMCIC),
        ("salutation", "Dear Chief Inspector"),
        ("title", f"HMICFRS thematic inspection: {OIC_TITLE}"),
        (
            "p",
            "This letter is the response of the Mayor's Office for Policing And Crime to the above report, in so far as it concerns the Metropolitan Police Service.",
        ),
        (
            "p",
            "Rec. 4 – Accepted by the MPS. The Met Intelligence OIC desk has had a collection plan since 2023, and information is shared with the National Crime Agency and Immigration Enforcement through weekly joint tasking.",
        ),
        (
            "p",
            "Rec. 8 – Accepted by the MPS. Hydra is being rolled out to Specialist Crime Command through 2025/26; 120 officers have been trained so far.",
        ),
        (
            "p",
            "Rec. 9 – Accepted by the MPS, and MOPAC supports it. The modules are available to officers but completion is not yet mandated. The MPS will make them mandatory for Specialist Crime officers from January 2026.",
        ),
        ("p", "MOPAC will oversee the MPS's progress through its Oversight Board."),
        ("sign", ["Yours sincerely,", "Judith Okafor", "Deputy Mayor for Policing and Crime"]),
    ],
    unanswered=["2"],
)

# ------------------------------------------------------------------------------------------------
# Flattened (4)

add(
    "s8-hampshire-flattened",
    "flattened",
    "txt",
    "Hampshire and Isle of Wight Constabulary",
    "Hampshire and Isle of Wight Police and Crime Commissioner",
    ("Ian Blackbourn", "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
    "2025-07-11",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "not_started", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner", "Hampshire and Isle of Wight", "Winchester"]),
        ("p", f"HMICFRS report – {OIC_TITLE} – response"),
        ("p", "Dear Chief Inspector, thank you for the report. The force's response and my comments are below."),
        ("p", "Recommendation\nForce response\nPCC comment\nProgress"),
        (
            "p",
            "2 NCCU referral – intelligence document\nAccepted\nSupported\nDone. Every NCCU referral is now followed up by the force's immigration crime team to make sure the intelligence document has been submitted.",
        ),
        (
            "p",
            "4 Plans to collect, analyse and share information\nAccepted\nSupported\nPlan in draft; it goes to force tactical tasking in September.",
        ),
        ("p", "8 Hydra\nAccepted\nSupported\nNot started."),
        (
            "p",
            "9 OIC e-learning (four modules)\nAccepted\nSupported – I will ask for completion figures at my next accountability meeting\nModules 1–3 at 71%, module 4 at 40%.",
        ),
        ("sign", ["Yours sincerely", "Ian Blackbourn", "Police and Crime Commissioner"]),
        ("date", "Dated: 11 July 2025"),
    ],
    late=True,
)

add(
    "s8-northwales-flattened",
    "flattened",
    "txt",
    "North Wales Police",
    "North Wales Police and Crime Commissioner",
    ("Dafydd Elwyn Parry", "North Wales Police and Crime Commissioner"),
    "2025-07-08",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "in_progress"),
        item("8", "accept", "in_progress"),
        item("9", "accept", "in_progress"),
    ],
    [
        (
            "p",
            "North Wales Police and Crime Commissioner  |  Comisiynydd Heddlu a Throseddu Gogledd Cymru  |  8th of July 2025",
        ),
        (
            "p",
            f"Dear Chief Inspector, I am writing in response to your report {OIC_TITLE}, published in May, and I accept all four of the recommendations it makes to chief constables. On referrals to the National Command and Control Unit, I am told that the force has already changed its procedures so that the intelligence document is completed at the point of referral; on the need for clear plans to collect, analyse and share information, North Wales Police is working with the regional intelligence unit on a joint plan, which is currently in draft; on Hydra, officers from the force have begun attending the events run by the MS&OIC Unit; and the e-learning modules have been added to the mandatory training for custody, intelligence and investigative staff, with completion due by March 2026. Holyhead is one of the busiest ferry ports in the United Kingdom and the force works closely with Border Force there, so I will be following this work closely through my Strategic Executive Board. Yours sincerely, Dafydd Elwyn Parry, Police and Crime Commissioner for North Wales",
        ),
    ],
)

add(
    "s8-lincs-flattened",
    "flattened",
    "pdf",
    "Lincolnshire Police",
    "Lincolnshire Police and Crime Commissioner",
    ("Trevor Haxby", "Lincolnshire Police and Crime Commissioner"),
    None,
    [
        item("2", "accept", "implemented", by="chief_constable", cc="accept"),
        item("4", "accept", "not_started", by="chief_constable", cc="accept"),
        item("8", "partially_agree", "planned", by="chief_constable", cc="partially_agree"),
        item("9", "accept", "implemented", by="chief_constable", cc="accept"),
    ],
    [
        (
            "p",
            f"Lincolnshire Police and Crime Commissioner Response to HMICFRS {OIC_TITLE} Dear Chief Inspector, thank you for your report. The Chief Constable has accepted recommendations 2, 4 and 9 and has partially accepted recommendation 8, and I am content with that position. Recommendation 2 has been completed, with a new process introduced in March 2025 under which the force control room will not close an NCCU referral until an intelligence report has been linked to it. No work has yet been done on recommendation 4. On recommendation 8, the force will train its OIC investigators in Hydra but does not intend to put wider staff through it. The e-learning in recommendation 9 is now part of the force's core learning for investigators and has been embedded. I will keep all of this under review at my monthly accountability meeting with the Chief Constable. Yours sincerely Trevor Haxby Police and Crime Commissioner for Lincolnshire",
        ),
        ("footer", "Lincolnshire OPCC"),
    ],
)

add(
    "s8-cumbria-flattened",
    "flattened",
    "html",
    "Cumbria Constabulary",
    "Cumbria Police, Fire and Crime Commissioner",
    ("Joanne Birkett", "Cumbria Police, Fire and Crime Commissioner"),
    "2025-06-26",
    [
        item("2", "note", "implemented", cc="accept"),
        item("4", "note", "planned", cc="accept"),
        item("8", "note", "not_started", cc="accept"),
        item("9", "note", "in_progress", cc="accept"),
    ],
    [
        (
            "p",
            f"Thursday, 26 June 2025. Cumbria Police, Fire and Crime Commissioner. {OIC_TITLE}: response. Dear Chief Inspector, I have noted the four recommendations made to chief constables in this report, and the Chief Constable has accepted them. The force's procedure for NCCU referrals already requires officers to submit an intelligence report, and this is checked by the Force Intelligence Bureau. A collection plan for organised immigration crime will be developed with the North West regional intelligence unit by the end of the year. Hydra training has not started. Completion of the e-learning modules is at 65%. Cumbria's ports at Barrow, Workington and Silloth and the M6 corridor mean that this is not a remote issue for the county, and I will keep the force's progress under review. Joanne Birkett, Police, Fire and Crime Commissioner for Cumbria.",
        ),
    ],
)

# ------------------------------------------------------------------------------------------------
# Two recommendations in one paragraph (3)

add(
    "s8-durham-twoinone",
    "two_in_one_paragraph",
    "txt",
    "Durham Constabulary",
    "Durham Police and Crime Commissioner",
    ("Colin Trewhitt", "Durham Police and Crime Commissioner"),
    "2025-07-15",
    [
        item("2", "support", "implemented", cc="agree"),
        item("4", "support", "in_progress", cc="agree"),
        item("8", "support", "planned", cc="agree"),
        item("9", "support", "implemented", cc="agree"),
    ],
    [
        ("letterhead", ["Police and Crime Commissioner for County Durham and Darlington", "Aykley Heads, Durham"]),
        ("date", "15/07/25"),
        ("address", HMCIC),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Response to {OIC_TITLE}"),
        (
            "p",
            "Please find below my response to the report's recommendations for chief constables, which I have discussed with the Chief Constable.",
        ),
        (
            "p",
            "Recommendation 2. The Chief Constable agrees with this recommendation and I support the force's response. A new process was put in place in June 2025 under which the duty inspector checks that the intelligence document has been submitted for every NCCU referral.",
        ),
        (
            "p",
            "Recommendation 4. Agreed by the force and supported by me. The force's plan for collecting, analysing and sharing information on organised immigration crime is being refreshed and will be ready by November.",
        ),
        (
            "p",
            "Recommendations 8 and 9, on Hydra and the OIC e-learning, are also agreed by the Chief Constable, and again I support them. Hydra training for the force's serious and organised crime and safeguarding teams will start in January 2026. The e-learning is already complete for all relevant staff.",
        ),
        ("p", "Yours sincerely,"),
        ("sign", ["Colin Trewhitt", "Police and Crime Commissioner"]),
    ],
    late=True,
)

add(
    "s8-leics-twoinone",
    "two_in_one_paragraph",
    "docx",
    "Leicestershire Police",
    "Leicestershire Police and Crime Commissioner",
    ("Rupinder Sahota", "Leicestershire Police and Crime Commissioner"),
    "2025-06-27",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "accept", "not_started", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland",
                "Enderby, Leicester",
            ],
        ),
        ("date", "Friday 27th June 2025"),
        ("address", HMCIC),
        ("salutation", "Dear HM Chief Inspector,"),
        ("title", OIC_TITLE),
        (
            "p",
            "I write in response to the above report. My comments on the four recommendations for chief constables follow.",
        ),
        (
            "p",
            "Recommendations 2 and 4 both concern intelligence. The force has accepted both and I support them. For NCCU referrals, a compliance check was introduced in May and is now part of routine supervision. On plans to collect, analyse and share information, the East Midlands Special Operations Unit is leading a regional plan, and work on it is due to be finished by the end of December.",
        ),
        (
            "p",
            "The force accepts recommendation 8, and so do I. Leicestershire Police has not yet begun Hydra training; it will seek dates from the MS&OIC Unit.",
        ),
        (
            "p",
            "The force accepts recommendation 9 and I support it. Completion of the four e-learning modules by relevant staff stands at 76%.",
        ),
        ("p", "I will publish this letter on my website."),
        ("sign", ["Yours sincerely,", "Rupinder Sahota", "Police and Crime Commissioner"]),
    ],
)

add(
    "s8-northants-twoinone",
    "two_in_one_paragraph",
    "pdf",
    "Northamptonshire Police",
    "Northamptonshire Police, Fire and Crime Commissioner",
    ("Alastair Coombe", "Northamptonshire Police, Fire and Crime Commissioner"),
    "2025-07-07",
    [
        item("2", "agree", "planned", cc="agree"),
        item("8", "agree", "implemented", by="chief_constable", cc="agree"),
        item("9", "agree", "in_progress", by="chief_constable", cc="agree"),
    ],
    [
        ("letterhead", ["Northamptonshire Police, Fire and Crime Commissioner", "Darby House, Northampton"]),
        ("date", "Monday 7th July 2025"),
        ("address", HMCIC),
        ("salutation", "Dear Chief Inspector"),
        ("title", f"{OIC_TITLE} (HMICFRS, May 2025)"),
        (
            "p",
            "I agree with recommendation 2, as does the Chief Constable. Northamptonshire Police has reviewed its procedures, and from 1 August officers will be required to submit the intelligence document before an NCCU referral can be closed.",
        ),
        (
            "p",
            "On training, the Chief Constable agrees with recommendations 8 and 9. All relevant personnel in the Serious and Organised Crime team have completed Hydra, and the e-learning is now part of the student officer programme, although only about half of existing staff have completed all four modules.",
        ),
        ("p", "I am happy to discuss any of this with your staff."),
        ("sign", ["Yours sincerely", "Alastair Coombe", "Police, Fire and Crime Commissioner for Northamptonshire"]),
        ("footer", "OPFCC Northamptonshire"),
    ],
    unanswered=["4"],
)

# ------------------------------------------------------------------------------------------------
# Blanket (4)

add(
    "s8-wiltshire-blanket",
    "blanket",
    "txt",
    "Wiltshire Police",
    "Wiltshire Police and Crime Commissioner",
    ("Fiona Stallard", "Police and Crime Commissioner for Wiltshire and Swindon"),
    "2025-07-09",
    [
        item("2", "accept", "not_stated"),
        item("4", "accept", "not_stated"),
        item("8", "accept", "not_stated"),
        item("9", "accept", "not_stated"),
    ],
    [
        (
            "letterhead",
            ["Office of the Police and Crime Commissioner for Wiltshire and Swindon", "London Road, Devizes"],
        ),
        ("address", HMCIC),
        ("salutation", "Dear Chief Inspector"),
        ("p", f"{OIC_TITLE.upper()}"),
        ("p", f"Thank you for the report {OIC_TITLE}, published on 16 May 2025."),
        (
            "p",
            "I accept all of the recommendations in the report that are directed to chief constables. The remaining recommendations are for the Home Office, the National Crime Agency and other national bodies, and I look forward to seeing their responses.",
        ),
        (
            "p",
            "I will monitor Wiltshire Police's progress against these recommendations through my usual governance arrangements.",
        ),
        ("sign", ["Yours sincerely", "Fiona Stallard", "Police and Crime Commissioner for Wiltshire and Swindon"]),
        ("date", "9 July 2025"),
    ],
)

add(
    "s8-dorset-blanket",
    "blanket",
    "html",
    "Dorset Police",
    "Dorset Police and Crime Commissioner",
    ("Neville Hayter", "Dorset Police and Crime Commissioner"),
    "2025-07-04",
    [
        item("2", "accept", "implemented", cc="accept"),
        item("4", "accept", "not_stated", cc="accept"),
        item("8", "partially_agree", "implemented", cc="partially_agree"),
        item("9", "accept", "not_stated", cc="accept"),
    ],
    [
        ("title", f"Response to HMICFRS: {OIC_TITLE}"),
        ("date", "Friday 4 July 2025"),
        ("p", "The Chief Constable and I accept all of the recommendations made to chief constables in this report."),
        (
            "p",
            "Dorset's procedure for NCCU referrals already requires the reporting officer to submit an intelligence document, and the Force Intelligence Bureau checks this every week.",
        ),
        (
            "p",
            "Recommendation 8 is the exception. The Chief Constable and I consider that Hydra is best targeted at a small cadre of specialist investigators rather than at everyone who might be described as relevant personnel, so on this one we only partially accept the recommendation. That cadre completed Hydra in May.",
        ),
        (
            "p",
            "Poole and Portland are both ports of entry, and the force works with Border Force on both. I will keep this work under review at my Accountability Board.",
        ),
        ("sign", ["Neville Hayter", "Police and Crime Commissioner for Dorset"]),
    ],
)

add(
    "s8-avon-blanket",
    "blanket",
    "pdf",
    "Avon and Somerset Police",
    "Avon and Somerset Police and Crime Commissioner",
    ("Lucinda Pargeter", "Avon and Somerset Police and Crime Commissioner"),
    "2025-07-03",
    [
        item("2", "support", "not_stated"),
        item("4", "support", "in_progress"),
        item("8", "support", "not_stated"),
        item("9", "support", "planned"),
    ],
    [
        ("letterhead", ["Avon and Somerset Police and Crime Commissioner", "Valley Road, Portishead"]),
        ("date", "3.7.25"),
        ("address", HMCIC),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"HMICFRS report: {OIC_TITLE}"),
        ("p", "I support all four of the recommendations that the report makes to chief constables."),
        (
            "p",
            "I would like to draw out two of them. On recommendation 4, the constabulary's plan to collect, analyse and share information on organised immigration crime is being written, and I have been assured it will be in place by the December deadline. On recommendation 9, the e-learning will be mandatory for relevant staff from the spring.",
        ),
        (
            "p",
            "I have also asked the constabulary to update my Police and Crime Board on the other recommendations in the autumn.",
        ),
        ("sign", ["Yours sincerely", "Lucinda Pargeter", "Police and Crime Commissioner for Avon and Somerset"]),
        ("footer", "Office of the PCC for Avon and Somerset"),
    ],
)

add(
    "s8-city-blanket",
    "blanket",
    "docx",
    "City of London Police",
    "City of London Corporation (Police Authority Board)",
    ("Keith Somerford", "Chair, Police Authority Board"),
    "2025-07-02",
    [
        item("2", "note", "in_progress", cc="accept"),
        item("4", "note", "in_progress", cc="accept"),
        item("8", "note", "in_progress", cc="accept"),
        item("9", "note", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["City of London Corporation", "Police Authority Board", "Guildhall, London"]),
        ("date", "2nd July 2025"),
        ("address", HMCIC),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"{OIC_TITLE} – response of the City of London Police Authority"),
        (
            "p",
            "The City of London Corporation is the police authority for the City of London Police, and the Police Authority Board carries out that role on its behalf. I write as Chair of the Board.",
        ),
        (
            "p",
            "The Board has noted the four recommendations directed to chief constables, which in the City's case means the Commissioner of the City of London Police. The Commissioner has accepted them, and has assured the Board that work on all four is under way.",
        ),
        (
            "p",
            "The Board will seek assurance on their implementation through its Strategic Planning and Performance Committee.",
        ),
        ("sign", ["Yours sincerely,", "Keith Somerford", "Chair, Police Authority Board"]),
    ],
)

# ------------------------------------------------------------------------------------------------
# Mixed stances (3)

add(
    "s8-staffs-mixed",
    "mixed_stances",
    "txt",
    "Staffordshire Police",
    "Staffordshire Police, Fire and Crime Commissioner",
    ("Derek Wolstanton", "Staffordshire Commissioner for Police, Fire and Rescue and Crime"),
    "2025-07-09",
    [
        item("2", "agree", "implemented"),
        item("4", "partially_agree", ["implemented", "planned"]),
        item("8", "disagree", "not_started"),
        item("9", "note", "in_progress"),
    ],
    [
        ("letterhead", ["Staffordshire Commissioner's Office", "Police | Fire and Rescue | Crime", "Stafford"]),
        ("date", "Wednesday 9 July 2025"),
        ("address", HMCIC),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Report: {OIC_TITLE}"),
        ("p", "My response to each of the recommendations for chief constables is as follows."),
        (
            "p",
            "Recommendation 2: I agree. The force amended its NCCU referral process earlier this year, and the change has been embedded since the spring.",
        ),
        (
            "p",
            "Recommendation 4: I partially agree. Staffordshire already has an intelligence collection plan that covers organised immigration crime as part of its modern slavery plan, and I do not think a separate plan is needed. The force will, however, review by December whether the existing plan is clear enough on organised immigration crime.",
        ),
        (
            "p",
            "Recommendation 8: I disagree. Hydra is resource-intensive and I am not persuaded that the benefit justifies taking officers off the front line in a force of our size. The force will not be putting staff through it this year.",
        ),
        ("p", "Recommendation 9: I note this recommendation. Completion of the e-learning currently stands at 52%."),
        ("p", "Yours sincerely"),
        ("sign", ["Derek Wolstanton", "Staffordshire Commissioner"]),
    ],
)

add(
    "s8-gmp-mixed",
    "mixed_stances",
    "html",
    "Greater Manchester Police",
    "Mayor of Greater Manchester (Greater Manchester Combined Authority)",
    ("Bernadette Kilbride", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"),
    "2025-07-10",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "agree", "implemented", cc="accept"),
        item("8", "disagree", "not_started", by="chief_constable", cc="disagree"),
        item("9", "support", "not_stated", cc="accept"),
    ],
    [
        (
            "letterhead",
            [
                "Greater Manchester Combined Authority",
                "Office of the Deputy Mayor for Policing, Crime, Criminal Justice and Fire",
            ],
        ),
        ("date", "Thursday 10th July 2025"),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"{OIC_TITLE}: Greater Manchester's response"),
        (
            "p",
            "I am responding on behalf of the Mayor of Greater Manchester, who holds the functions of police and crime commissioner.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "GMP has accepted this recommendation, which I support. A task and finish group has been set up and is redesigning the referral process.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "GMP has accepted this recommendation and I agree with it. GMP's plan to collect, analyse and share information was refreshed in May 2025.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "GMP does not accept this recommendation. It runs its own immersive OIC training for investigators and will not be adopting Hydra.",
        ),
        ("heading", "Recommendation 9"),
        ("p", "Accepted by GMP, and I support it. Completion data for the e-learning is not yet available."),
        ("sign", ["Bernadette Kilbride", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"]),
    ],
)

add(
    "s8-devon-mixed",
    "mixed_stances",
    "pdf",
    "Devon and Cornwall Police",
    "Devon and Cornwall Police and Crime Commissioner",
    ("Peter Scobey", "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
    "2025-07-01",
    [
        item("2", "accept", "in_progress"),
        item("4", "support", "planned"),
        item("8", "note", "not_stated"),
        item("9", "agree", "implemented"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner",
                "Devon, Cornwall and the Isles of Scilly",
                "Middlemoor, Exeter",
            ],
        ),
        ("date", "1st July 2025"),
        ("address", HMCIC),
        ("salutation", "Dear Chief Inspector"),
        ("title", f"Response to {OIC_TITLE}"),
        (
            "p",
            "Devon and Cornwall has the longest coastline of any force area in England, with many small harbours, and the threat of small-boat arrivals and of exploitation in agriculture and hospitality is a real one. I respond to the recommendations for chief constables below.",
        ),
        (
            "p",
            "Recommendation 2 – I accept this recommendation. The force is rolling out a revised procedure across its basic command units.",
        ),
        (
            "p",
            "Recommendation 4 – I support this. The South West Regional Organised Crime Unit will lead a regional plan, and Devon and Cornwall's part of it will be completed by 31 December 2025.",
        ),
        (
            "p",
            "Recommendation 8 – I note the recommendation, and I have asked the Chief Constable how relevant personnel will be identified.",
        ),
        (
            "p",
            "Recommendation 9 – I agree with this recommendation. The four modules have been part of mandatory training since 2024 and every officer in scope has completed them.",
        ),
        ("sign", ["Yours sincerely", "Peter Scobey", "Police and Crime Commissioner"]),
        ("footer", "OPCC Devon, Cornwall and the Isles of Scilly"),
    ],
)

# ------------------------------------------------------------------------------------------------
# Chief constable's annex (1)

add(
    "s8-northyorks-annex",
    "cc_annex",
    "docx",
    "North Yorkshire Police",
    "Mayor of York and North Yorkshire",
    ("Helen Sowerby", "Deputy Mayor for Policing, Fire and Crime"),
    "2025-06-24",
    [
        item("2", "accept", "in_progress", cc="agree"),
        item("4", "accept", "implemented", cc="agree"),
        item("8", "accept", "planned", cc="agree"),
        item("9", "accept", "in_progress", cc="agree"),
    ],
    [
        ("letterhead", ["York and North Yorkshire Combined Authority", "Policing, Fire and Crime"]),
        ("date", "24 June 2025"),
        ("address", HMCIC),
        ("salutation", "Dear Chief Inspector,"),
        ("title", OIC_TITLE),
        (
            "p",
            "I write on behalf of the Mayor of York and North Yorkshire, who holds police and crime commissioner functions for the area. I have considered the report and the Chief Constable's response to it, which is attached as an annex.",
        ),
        ("p", "I accept the recommendations made to chief constables and I am satisfied with the force's response."),
        ("sign", ["Yours sincerely,", "Helen Sowerby", "Deputy Mayor for Policing, Fire and Crime"]),
        ("heading", "Annex: Chief Constable's response"),
        (
            "p",
            "Recommendation 2. Agreed. Implementation began in June: the Force Control Room now records the intelligence reference against each NCCU referral, and by the end of September this will apply across all districts.",
        ),
        (
            "p",
            "Recommendation 4. Agreed. The plan is complete and was presented to the Force Tactical Tasking and Co-ordination Group on 12 June.",
        ),
        (
            "p",
            "Recommendation 8. Agreed. Hydra will be delivered to the Serious and Organised Crime Unit in early 2026, working with the MS&OIC Unit.",
        ),
        ("p", "Recommendation 9. Agreed. 83% of relevant staff have completed the four modules."),
    ],
)

# ------------------------------------------------------------------------------------------------
# Regional areas for improvement (2)

add(
    "s8-southyorks-afi",
    "regional_afi",
    "txt",
    "South Yorkshire Police",
    "Mayor of South Yorkshire (South Yorkshire Mayoral Combined Authority)",
    ("Owen Staniforth", "Mayor of South Yorkshire"),
    "2026-02-05",
    [
        item("1", "accept", "in_progress", cc="accept"),
        item("2", "accept", "planned", cc="accept"),
    ],
    [
        (
            "letterhead",
            ["South Yorkshire Mayoral Combined Authority", "Office of the Mayor – Policing and Crime", "Sheffield"],
        ),
        ("date", "Thursday 5 February 2026"),
        ("address", HMCIC),
        ("salutation", "Dear Chief Inspector,"),
        ("title", SOC_TITLE),
        (
            "p",
            "Thank you for this report on the Yorkshire and Humber Regional Organised Crime Unit and the four forces of the region. I accept both areas for improvement, as does the Chief Constable of South Yorkshire Police.",
        ),
        (
            "p",
            "AFI – working together. A regional collaboration board chaired by the lead assistant chief constable has met twice since the report was published, and a revised collaboration agreement between the four forces is being negotiated.",
        ),
        (
            "p",
            "AFI – technical surveillance equipment. A single regional approach to buying and deploying technical surveillance equipment will be introduced from April 2026.",
        ),
        (
            "p",
            "I will review progress with the other policing bodies of the region at our regional governance meeting.",
        ),
        ("sign", ["Yours sincerely", "Owen Staniforth", "Mayor of South Yorkshire"]),
    ],
    report=SOC,
)

add(
    "s8-westyorks-afi",
    "regional_afi",
    "html",
    "West Yorkshire Police",
    "Mayor of West Yorkshire (West Yorkshire Combined Authority)",
    ("Shabana Mirza", "Deputy Mayor for Policing and Crime"),
    "2026-01-16",
    [
        item("1", "note", "implemented"),
        item("2", "support", "not_started", cc="accept"),
    ],
    [
        ("title", f"Response to HMICFRS: {SOC_TITLE}"),
        ("date", "16/01/26"),
        (
            "p",
            "This is the response of the Mayor of West Yorkshire's office to the inspection. I am writing as the Deputy Mayor for Policing and Crime.",
        ),
        ("heading", "Working together across the region"),
        (
            "p",
            "I note this area for improvement. West Yorkshire Police has told me that it considers the joint tasking process introduced in the autumn of 2025 already meets it, and that this process is now in place across the region.",
        ),
        ("heading", "Buying and using technical surveillance equipment"),
        (
            "p",
            "The Chief Constable accepts this area for improvement, and I support it. The region has not yet been able to begin work on a shared equipment register or on joint procurement.",
        ),
        ("sign", ["Shabana Mirza", "Deputy Mayor for Policing and Crime", "West Yorkshire Combined Authority"]),
    ],
    report=SOC,
)


def main() -> None:
    about = "A held-back set of 30 hand-written response letters in varied layouts and wording (tables, paraphrased headings, labels only, flattened, two in one paragraph, blanket, mixed stances, annex, regional AFIs), only ever measured; schema as tests/ingest/sealed/truth.json; split 'sealed8'"
    corpus.write_set(HERE, about, ((blocks, truth) for truth, blocks in LETTERS))


if __name__ == "__main__":
    main()
