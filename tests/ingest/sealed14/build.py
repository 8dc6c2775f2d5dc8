# ruff: noqa: E501  (letter text is data: long sentences are kept whole)
"""Build the sealed14 set: ``letters/`` and ``truth.json``, reproducibly.

    .venv/bin/python tests/ingest/sealed14/build.py

sealed14 is a KEPT (held-out) set of 24 invented response letters to HMICFRS inspection reports, written by hand
without opening the reader's code, its cue tables or any other set's letters. Twenty-three answer "Improving the
response to organised immigration crime" (oic-2025: recommendations 2, 4, 8 and 9, for chief constables) and one
answers the Yorkshire and Humber regional serious and organised crime report (soc-yh-2025: areas for improvement
1 and 2). The letters are written in the habits of differently run offices: terse tracker-keepers, discursive
commissioners, web pages relaying the force in reported speech, trackers whose column headings say whose words each
column holds, covering letters with the chief constable's response annexed, and letters where the commissioner and
the force part company. Kinds: table 5, paraphrase_headings 2, labels_only 2, flattened 3, two_in_one_paragraph 3,
blanket 3, mixed_stances 3, cc_annex 2, regional_afi 1; formats txt 6, docx 6, html 6, pdf 6. Two letters are
undated, three are late (dated after 10 July 2025) and two leave a recommendation unanswered.

Measure on this set; never tune on it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
sys.path.insert(0, str(CORPUS))

import build as corpus  # noqa: E402

SPLIT = "sealed14"
OIC = "oic-2025"
SOC = "soc-yh-2025"
OIC_TITLE = "Improving the response to organised immigration crime"
SOC_TITLE = "An inspection of the Yorkshire and Humber regional response to serious and organised crime"

LETTERS: list[tuple[dict[str, Any], list[tuple[str, Any]]]] = []
add = corpus.letter_adder(LETTERS, split=SPLIT)
item = corpus.item

HMCI = [
    "His Majesty's Chief Inspector of Constabulary",
    "HMICFRS",
    "Windsor House",
    "42 Victoria Street",
    "London SW1H 0TL",
]

# ------------------------------------------------------------------------------------------------
# 01 table, docx: Cumbria. A tracker whose column headings say whose words are in each column; the PFCC supports
# in full where the Constabulary accepts only in principle.

add(
    "sealed14-01",
    "table",
    "docx",
    "Cumbria Constabulary",
    "Cumbria Police, Fire and Crime Commissioner",
    ("Rhiannon Tallis", "Police, Fire and Crime Commissioner for Cumbria"),
    "2025-07-03",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "support", "not_started", cc="partially_agree"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Police, Fire and Crime Commissioner for Cumbria",
                "Unit 4, Fellside Court",
                "Kendal LA9 4QP",
            ],
        ),
        ("date", "3rd July 2025"),
        ("address", HMCI),
        ("title", f"HMICFRS thematic inspection: {OIC_TITLE}"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "I am required by section 55 of the Police Act 1996 to comment on your report, and I do so below for the four recommendations addressed to chief constables. The other six recommendations fall to the Home Office, the National Crime Agency and national policing leads, and I make no comment on them here.",
        ),
        (
            "p",
            "So that there is no confusion about who has said what, the middle column of the table reproduces the Constabulary's own wording, taken unedited from the update it gave to my Joint Audit and Scrutiny Panel on 24 June. The right-hand column is mine. The left-hand column abridges your wording.",
        ),
        (
            "table",
            [
                [
                    "Recommendation (HMICFRS wording, abridged)",
                    "Constabulary update (the force's own words)",
                    "Commissioner's comment (my words)",
                ],
                [
                    "2. Every referral to Immigration Enforcement's National Command and Control Unit is followed by the required intelligence document (by 30 April 2026).",
                    "Accepted. A mandatory field has been added to the occurrence record so that an NCCU referral cannot be finalised without the intelligence submission reference. This has been live since 12 May 2025 and compliance is checked weekly by the Force Intelligence Bureau.",
                    "I support the recommendation and I am content that the control is in place. My office will dip-sample referrals in the autumn.",
                ],
                [
                    "4. Clear plans to collect, analyse and share information on organised immigration crime (by 31 December 2025).",
                    "Accepted. An OIC intelligence collection plan has been drafted by the Serious and Organised Crime lead and is out for consultation with the North West Regional Organised Crime Unit and with Border Force colleagues covering the ports of Barrow and Workington. We expect to sign it off in September.",
                    "Supported. I have asked for the final plan to come to my Executive Board before it is adopted.",
                ],
                [
                    "8. Relevant personnel complete the Hydra training package, working with the MS&OIC Unit (by 30 April 2026).",
                    "Accepted. Hydra sessions for detective sergeants and inspectors are booked with the MS&OIC Unit for October and November 2025 at headquarters. No sessions have been delivered to date.",
                    "Supported.",
                ],
                [
                    "9. Relevant personnel complete the four modules of the OIC e-learning (by 30 April 2026).",
                    "Accepted in principle. Our concern is the abstraction cost for a small force. The modules have not yet been assigned on the learning platform while the target audience is agreed with the College of Policing.",
                    "I support this recommendation in full. I have told the Chief Constable that I expect a defined cohort and a start date in his next quarterly update, whatever the College decides about the wider audience.",
                ],
            ],
        ),
        (
            "p",
            "I am grateful to the inspection team for the time they spent with officers in the west of the county, where the coastal risk is most keenly felt.",
        ),
        ("sign", ["Yours sincerely,", "", "Rhiannon Tallis", "Police, Fire and Crime Commissioner for Cumbria"]),
        ("footer", "OFFICIAL – Cumbria PFCC – Statutory response under s.55 Police Act 1996"),
    ],
)

# ------------------------------------------------------------------------------------------------
# 02 table, html: MOPAC. A web page with a five-column tracker and RAG words; MOPAC supports recommendation 9 in full
# where the MPS agrees only in part.

add(
    "sealed14-02",
    "table",
    "html",
    "Metropolitan Police Service",
    "Mayor's Office for Policing And Crime (MOPAC)",
    ("Marisa Okonjo-Hale", "Deputy Mayor for Policing and Crime"),
    "2025-06-27",
    [
        item("2", "agree", "in_progress", cc="agree"),
        item("4", "agree", "implemented", cc="agree"),
        item("8", "agree", "in_progress", cc="agree"),
        item("9", "support", "not_started", cc="partially_agree"),
    ],
    [
        ("p", "Published 27 June 2025"),
        ("title", f"MOPAC response to HMICFRS: {OIC_TITLE}"),
        (
            "p",
            "The Mayor's Office for Policing And Crime (MOPAC) publishes its response to every HMICFRS report that makes recommendations to the Commissioner of Police of the Metropolis. This page sets out our response to the inspectorate's thematic report on organised immigration crime, published in May 2025.",
        ),
        (
            "p",
            "London is a destination and a transit point for people smuggled into the UK, and the Metropolitan Police Service (MPS) works closely with the National Crime Agency, Immigration Enforcement and Border Force, as well as with Essex Police and Kent Police on the routes through their ports. We have asked the MPS for its position and its progress on each of the four recommendations made to chief constables, and we set them out below beside our own view. The RAG ratings are the MPS's own.",
        ),
        (
            "table",
            [
                [
                    "Rec.",
                    "HMICFRS recommendation (summary)",
                    "MPS position",
                    "Progress reported by the MPS (RAG)",
                    "MOPAC oversight view",
                ],
                [
                    "2",
                    "An intelligence document is submitted after every referral to Immigration Enforcement's NCCU",
                    "Agreed",
                    "Amber. Submission of the intelligence document is now mandatory in 9 of the 12 Basic Command Units. The remaining three move onto the new referral template in August.",
                    "MOPAC agrees with this recommendation and will follow BCU-level compliance through the Oversight Board.",
                ],
                [
                    "4",
                    "Clear plans to collect, analyse and share information on organised immigration crime",
                    "Agreed",
                    "Green. Complete. The MPS organised immigration crime intelligence requirement was published in April 2025 and is shared with the NCA, Border Force and partner forces in the South East.",
                    "MOPAC agrees.",
                ],
                [
                    "8",
                    "Relevant personnel complete the Hydra training package",
                    "Agreed",
                    "Amber/Green. 212 of the 340 officers and staff identified have completed Hydra. The remaining sessions at the Hendon training centre run until February 2026.",
                    "MOPAC agrees, and notes that the pace compares well with other forces.",
                ],
                [
                    "9",
                    "Relevant personnel complete the four OIC e-learning modules",
                    "Agreed in part",
                    "Red. Not commenced. The MPS is waiting for the College of Policing to confirm which roles count as relevant personnel before it mandates the modules across a workforce of more than 40,000.",
                    "MOPAC supports this recommendation in full and has asked the MPS to set a narrower first cohort now rather than wait.",
                ],
            ],
        ),
        (
            "p",
            "MOPAC will publish an update on these actions with its next quarterly performance report. Questions about this response can be sent to the MOPAC Oversight team.",
        ),
        ("sign", ["Marisa Okonjo-Hale", "Deputy Mayor for Policing and Crime"]),
        ("footer", "Mayor's Office for Policing And Crime, City Hall, Kamal Chunchie Way, London E16 1ZE"),
    ],
)

# ------------------------------------------------------------------------------------------------
# 03 table, pdf: Essex. A terse covering note and an assurance tracker with bare numbers and RAG words.

add(
    "sealed14-03",
    "table",
    "pdf",
    "Essex Police",
    "Essex Police, Fire and Crime Commissioner",
    ("Graham Feltwell", "Police, Fire and Crime Commissioner for Essex"),
    "2025-07-01",
    [
        item("2", "accept", "implemented", cc="accept"),
        item("4", "accept", "implemented", cc="accept"),
        item("8", "accept", "in_progress", cc="accept"),
        item("9", "accept", "planned", cc="accept"),
    ],
    [
        (
            "letterhead",
            ["Essex Police, Fire and Crime Commissioner", "Kelvedon Park, London Road", "Rivenhall, Witham CM8 3HB"],
        ),
        ("p", "Our ref: PFCC/HMI/25/044"),
        ("date", "01/07/2025"),
        ("address", HMCI),
        ("title", f"{OIC_TITLE} – PFCC response"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "I accept the four recommendations made to chief constables. The Chief Constable has accepted them too. Progress, as reported by Essex Police to my Performance and Resources Scrutiny Board, is summarised below with my office's assurance rating.",
        ),
        (
            "table",
            [
                ["Rec", "RAG", "Force narrative", "PFCC assurance"],
                [
                    "2",
                    "Blue",
                    "Closed. Intelligence submission after an NCCU referral is built into the Athena workflow. An audit of 50 referrals in June found all 50 compliant.",
                    "Assured. Accepted.",
                ],
                [
                    "4",
                    "Green",
                    "OIC collection and analysis plan signed off at Force Tasking on 18 June. Sharing protocol with Kent Police and the Eastern Region Special Operations Unit in place.",
                    "Assured. Accepted.",
                ],
                [
                    "8",
                    "Amber",
                    "First cohort (24) completed Hydra at the ERSOU suite in June. Second and third cohorts in September.",
                    "Partially assured. Completion figures to October board.",
                ],
                [
                    "9",
                    "Grey",
                    "Scheduled. Four modules to be assigned via the learning platform from 1 September 2025 to all investigators in the Serious Crime Directorate.",
                    "Not yet assured.",
                ],
            ],
        ),
        ("p", "Key: Blue closed; Green on track or complete; Amber some delay; Grey scheduled to start."),
        ("sign", ["Yours sincerely", "", "Graham Feltwell", "Police, Fire and Crime Commissioner for Essex"]),
        ("footer", "Essex PFCC – response to HMICFRS – OFFICIAL"),
    ],
)

# ------------------------------------------------------------------------------------------------
# 04 table, docx, late: Lincolnshire. Columns name the Chief Constable's words, the force's assessment and the
# Commissioner's comments; the force qualifies recommendation 9, the Commissioner does not.

add(
    "sealed14-04",
    "table",
    "docx",
    "Lincolnshire Police",
    "Lincolnshire Police and Crime Commissioner",
    ("Desmond Ackroyd", "Police and Crime Commissioner for Lincolnshire"),
    "2025-07-22",
    [
        item("2", "accept", "in_progress", cc="accept"),
        item("4", "accept", "not_started", cc="accept"),
        item("8", "accept", "planned", cc="accept"),
        item("9", "agree", "in_progress", cc="partially_agree"),
    ],
    [
        ("letterhead", ["Lincolnshire Police and Crime Commissioner", "Deepdale Lane, Nettleham", "Lincoln LN2 2LT"]),
        ("date", "22.07.2025"),
        ("address", HMCI),
        ("title", f"Response to the HMICFRS report '{OIC_TITLE}'"),
        ("salutation", "Dear Chief Inspector"),
        (
            "p",
            "I apologise that this response reaches you after the 56 days the legislation allows. I wanted the June audit results to be in the table rather than promised for later.",
        ),
        (
            "p",
            "The table sets out, for each recommendation made to chief constables, the Chief Constable's response in his own words, the force's assessment of its progress as at 30 June 2025, and my comments.",
        ),
        (
            "table",
            [
                [
                    "Ref",
                    "Chief Constable's response",
                    "Progress at 30 June 2025 (force's assessment)",
                    "Commissioner's comments",
                ],
                [
                    "Rec 2",
                    "The Chief Constable accepts this recommendation.",
                    "Partly in place. The intelligence document is completed in most cases, but the June audit found it missing after 7 of 31 NCCU referrals. A reminder and a short briefing product are being issued to response sergeants.",
                    "I accept the recommendation. I have asked for the re-audit result in October.",
                ],
                [
                    "Rec 4",
                    "Accepted.",
                    "Not started. Work on the OIC information plan is on hold until the East Midlands Special Operations Unit (EMSOU) confirms its regional collection requirements.",
                    "I accept the recommendation but I am concerned about the dependency on EMSOU, and I will raise it at the regional PCC board.",
                ],
                [
                    "Rec 8",
                    "Accepted.",
                    "Hydra training will be delivered by the MS&OIC Unit to 40 identified staff in the third quarter of 2025/26. Dates are being confirmed.",
                    "Accepted.",
                ],
                [
                    "Rec 9",
                    "Accepted, with a caveat: the force questions whether all four modules are needed for call handlers.",
                    "All four modules assigned to investigators and intelligence staff. Completion stands at 61%.",
                    "I agree with the recommendation as it is written, call handlers included.",
                ],
            ],
        ),
        ("p", "My office will publish this response on the Commissioner's website alongside your report."),
        ("sign", ["Yours sincerely", "", "Desmond Ackroyd", "Police and Crime Commissioner for Lincolnshire"]),
        ("footer", "Lincolnshire OPCC | OFFICIAL"),
    ],
    late=True,
)

# ------------------------------------------------------------------------------------------------
# 05 table, html: Norfolk. A web page whose tracker paraphrases the recommendations (no numbers) and labels its
# columns by whose account each holds.

add(
    "sealed14-05",
    "table",
    "html",
    "Norfolk Constabulary",
    "Norfolk Police and Crime Commissioner",
    ("Juliet Brackenbury", "Police and Crime Commissioner for Norfolk"),
    "2025-07-09",
    [
        item("2", "support", "implemented", cc="agree"),
        item("4", "support", "in_progress", cc="agree"),
        item("8", "support", "not_started", cc="agree"),
        item("9", "support", "implemented", cc="agree"),
    ],
    [
        ("p", "Published: Wednesday 9 July 2025"),
        ("title", f"Statutory response: {OIC_TITLE} (HMICFRS, May 2025)"),
        (
            "p",
            "Police and Crime Commissioner Juliet Brackenbury has responded to the inspectorate's report on organised immigration crime. Under section 55 of the Police Act 1996 a commissioner must publish comments on any HMICFRS report about their force within 56 days.",
        ),
        (
            "p",
            "The table below takes each of the four recommendations for chief constables in turn. The second column is Norfolk Constabulary's account, as given to the Commissioner's office; the third is the Constabulary's own description of where the work has got to; the last column is the Commissioner's view.",
        ),
        (
            "table",
            [
                [
                    "What the inspectorate asked for",
                    "What Norfolk Constabulary tells us",
                    "Where it has got to (Constabulary's account)",
                    "The Commissioner's view",
                ],
                [
                    "Make sure an intelligence report follows every referral made to the NCCU",
                    "The Constabulary agrees, and says the Norfolk and Suffolk joint investigation arrangements already require this.",
                    "Already standard practice. In place across the Norfolk and Suffolk collaboration since 2023 and checked by the Joint Intelligence Unit.",
                    "I welcome this recommendation.",
                ],
                [
                    "Have clear plans to gather, analyse and share information about organised immigration crime",
                    "The Constabulary agrees.",
                    "A draft intelligence collection plan is with the Eastern Region Special Operations Unit for comment. The final version is expected before the December deadline.",
                    "I welcome it, and I will look at the final plan when it is ready.",
                ],
                [
                    "Put the right people through the Hydra training",
                    "The Constabulary agrees.",
                    "Has yet to begin. The MS&OIC Unit has no Hydra dates available to the force, and no date has been set.",
                    "I welcome the recommendation and I have written to the MS&OIC Unit about its capacity.",
                ],
                [
                    "Get the right people through all four e-learning modules",
                    "The Constabulary agrees.",
                    "Rolled out to every detective and intelligence officer in May 2025. 100% completion was recorded on 30 June.",
                    "I endorse this recommendation and I am pleased with the result.",
                ],
            ],
        ),
        ("sign", ["Juliet Brackenbury", "Police and Crime Commissioner for Norfolk"]),
        ("footer", "Office of the Police and Crime Commissioner for Norfolk"),
    ],
)

# ------------------------------------------------------------------------------------------------
# 06 paraphrase_headings, txt: Durham. A discursive commissioner; headings paraphrase the recommendations, with no
# numbers; the force is relayed in reported speech.

add(
    "sealed14-06",
    "paraphrase_headings",
    "txt",
    "Durham Constabulary",
    "Durham Police and Crime Commissioner",
    ("Neville Carrick-Bowes", "Police and Crime Commissioner for Durham"),
    "2025-07-07",
    [
        item("2", "agree", "in_progress"),
        item("4", "accept", "implemented"),
        item("8", "support", "planned"),
        item("9", "agree", "in_progress"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Durham", "Aykley Heads", "Durham DH1 5TT"]),
        ("date", "7 July 2025"),
        ("address", HMCI),
        ("title", f"Re: {OIC_TITLE}"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "Thank you for your report. County Durham and Darlington are not places most people would associate with organised immigration crime, and I think that is rather the point your inspectors make: the exploitation that follows a crossing turns up in car washes, takeaways and shared houses in towns a long way from any port. I have discussed the report with the Chief Constable and I set out my comments under the four headings that matter to this force.",
        ),
        ("heading", "Making sure referrals to the national command centre are written up as intelligence"),
        (
            "p",
            "I agree with you that this is needed. The Chief Constable tells me that the force has begun a review of every referral it made to Immigration Enforcement in 2024/25, that new guidance went to the control room in June, and that the Intelligence Hub is checking each new referral as it goes. He does not yet claim the position is where it should be, and I would not expect him to after a single month.",
        ),
        ("heading", "A plan for gathering, analysing and passing on information about people smuggling"),
        (
            "p",
            "I accept this recommendation. The Chief Constable's view, which I share having read it, is that the serious and organised crime local profile already does the job: it was refreshed in March to take in organised immigration crime, it sets out what the force collects and how it is analysed, and it is shared with the North East Regional Special Operations Unit and with our neighbours in Cleveland and Northumbria.",
        ),
        ("heading", "Getting the right officers through Hydra"),
        (
            "p",
            "I support this. The force will deliver Hydra with the MS&OIC Unit in the new financial year and has set aside the money in the 2026/27 training plan. That would meet the April 2026 date only if the first sessions run in April itself, and I have said so.",
        ),
        ("heading", "The online learning"),
        (
            "p",
            "Again, I agree. I am told that roughly two thirds of the officers identified have completed all four modules and that the rest have until the end of September.",
        ),
        (
            "p",
            "I will keep these matters on the agenda of my Police and Crime Panel briefings until they are closed.",
        ),
        ("sign", ["Yours sincerely", "", "Neville Carrick-Bowes", "Police and Crime Commissioner for Durham"]),
    ],
)

# ------------------------------------------------------------------------------------------------
# 07 paraphrase_headings, pdf: Gwent. Three headings paraphrase three recommendations; the plan for information
# (recommendation 4) is never answered.

add(
    "sealed14-07",
    "paraphrase_headings",
    "pdf",
    "Gwent Police",
    "Gwent Police and Crime Commissioner",
    ("Carys Pendry-Lloyd", "Police and Crime Commissioner for Gwent"),
    "2025-06-30",
    [
        item("2", "support", "implemented", cc="accept"),
        item("8", "support", "not_started"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        (
            "letterhead",
            [
                "Swyddfa Comisiynydd Heddlu a Throseddu Gwent",
                "Office of the Police and Crime Commissioner for Gwent",
                "Llantarnam Park, Cwmbran NP44 3FW",
            ],
        ),
        ("date", "30 June 2025"),
        ("address", HMCI),
        ("title", f"{OIC_TITLE}: response of the Police and Crime Commissioner for Gwent"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "I welcome the publication of your report and the attention it gives to people who are smuggled into this country and then exploited. My response follows.",
        ),
        ("heading", "Writing up referrals to Immigration Enforcement"),
        (
            "p",
            "Gwent Police accepts this recommendation and I support it. The force has confirmed to me that a compliance check found the intelligence submission present in every referral made since January. The requirement is now part of the control room's standard operating procedure.",
        ),
        ("heading", "Hydra exercise-based training"),
        (
            "p",
            "I endorse this recommendation. Delivery is paused: the force's Hydra suite is being refurbished, training there has been suspended until the new facility opens, and no revised date has been set. I have asked whether the Southern Wales Regional Organised Crime Unit (TARIAN) could host sessions in the meantime.",
        ),
        ("heading", "Completing the OIC e-learning"),
        (
            "p",
            "The force accepts this recommendation and has my support. The first two modules have been completed by 85 per cent of the identified cohort, and the third and fourth are being rolled out over the summer.",
        ),
        (
            "p",
            "I will continue to hold the Chief Constable to account for this work through my Strategy and Performance Board.",
        ),
        ("sign", ["Yn gywir / Yours sincerely", "", "Carys Pendry-Lloyd", "Police and Crime Commissioner for Gwent"]),
        ("footer", "OPCC Gwent – Ymateb i HMICFRS / Response to HMICFRS"),
    ],
    unanswered=["4"],
)

# ------------------------------------------------------------------------------------------------
# 08 labels_only, docx: Hertfordshire. Bare "Recommendation N" headings; one relays the force's acceptance, one is
# an unlabelled "Accepted.", one only "Noted."

add(
    "sealed14-08",
    "labels_only",
    "docx",
    "Hertfordshire Constabulary",
    "Hertfordshire Police and Crime Commissioner",
    ("Oliver Strand-Maitland", "Police and Crime Commissioner for Hertfordshire"),
    "2025-07-02",
    [
        item("2", "accept", "implemented", by="chief_constable", cc="accept"),
        item("4", "accept", "in_progress"),
        item("8", "accept", "planned"),
        item("9", "note", "not_started"),
    ],
    [
        ("letterhead", ["Police and Crime Commissioner for Hertfordshire", "Harpenden Road", "St Albans AL3 6AE"]),
        ("date", "2nd of July 2025"),
        ("address", HMCI),
        ("title", f"HMICFRS: {OIC_TITLE}"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "Please find below my response to the recommendations in your report that are addressed to chief constables.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "The Constabulary has accepted this. The intelligence submission step was written into the control room's referral process in April, and the Force Intelligence Bureau reports full compliance in its May audit. I am satisfied.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "I accept this recommendation. The Constabulary's plan is being written jointly with Bedfordshire and Cambridgeshire through our three-force collaboration and is due to be finalised in November.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "Accepted. Hydra training will start in January 2026 for the 18 detective inspectors and chief inspectors identified. The MS&OIC Unit has confirmed the dates.",
        ),
        ("heading", "Recommendation 9"),
        (
            "p",
            "Noted. The modules have not yet been assigned: the Constabulary has yet to decide which roles are in scope, and it has no date for doing so.",
        ),
        ("sign", ["Yours sincerely,", "", "Oliver Strand-Maitland", "Police and Crime Commissioner for Hertfordshire"]),
        ("footer", "OPCC Hertfordshire"),
    ],
)

# ------------------------------------------------------------------------------------------------
# 09 labels_only, html, undated: Wiltshire. A web page in the office's third person, with collapsible sections named
# only by recommendation number.

add(
    "sealed14-09",
    "labels_only",
    "html",
    "Wiltshire Police",
    "Wiltshire Police and Crime Commissioner",
    ("Priya Halloran-Webb", "Police and Crime Commissioner for Wiltshire and Swindon"),
    None,
    [
        item("2", "support", "implemented"),
        item("4", "agree", "in_progress"),
        item("8", "agree", "planned"),
        item("9", "agree", "implemented"),
    ],
    [
        ("title", f"HMICFRS inspection response – {OIC_TITLE}"),
        (
            "p",
            "HMICFRS inspected how police forces, the National Crime Agency and partners respond to organised immigration crime. Four of the report's recommendations are for chief constables. Wiltshire Police has provided an update on each, and the Commissioner's response is set out below. Select a recommendation to read it.",
        ),
        (
            "accordion",
            [
                (
                    "Recommendation 2",
                    "The Commissioner welcomes this recommendation. Wiltshire Police has told the Commissioner that the intelligence document is now submitted in every case, and the force has closed the action on its improvement tracker.",
                ),
                (
                    "Recommendation 4",
                    "The Commissioner agrees with this recommendation. The force's analysts are developing an organised immigration crime profile with the South West Regional Organised Crime Unit, and a first draft is expected in the autumn.",
                ),
                (
                    "Recommendation 8",
                    "The Commissioner agrees with this recommendation. Subject to the MS&OIC Unit's availability, Hydra training for the force's major crime and intelligence supervisors is pencilled in for early 2026.",
                ),
                (
                    "Recommendation 9",
                    "The Commissioner agrees with this recommendation. Wiltshire Police reports that all 64 officers identified have completed the four modules.",
                ),
            ],
        ),
        (
            "p",
            "The Commissioner will review progress through the Commissioner's Monitoring Board.",
        ),
        ("sign", ["Priya Halloran-Webb", "Police and Crime Commissioner for Wiltshire and Swindon"]),
        ("footer", "Office of the Police and Crime Commissioner for Wiltshire and Swindon"),
    ],
)

# ------------------------------------------------------------------------------------------------
# 10 flattened, txt: Dorset. Terse: the whole answer in two paragraphs, recommendations named inline.

add(
    "sealed14-10",
    "flattened",
    "txt",
    "Dorset Police",
    "Dorset Police and Crime Commissioner",
    ("Hugo Penhallow", "Police and Crime Commissioner for Dorset"),
    "2025-07-04",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "planned"),
        item("8", "accept", "in_progress"),
        item("9", "accept", "not_started"),
    ],
    [
        ("letterhead", ["Dorset Police and Crime Commissioner", "Force Headquarters, Winfrith", "Dorchester DT2 8DZ"]),
        ("date", "4 Jul 2025"),
        ("title", f"HMICFRS – {OIC_TITLE}"),
        ("salutation", "Dear HMI,"),
        (
            "p",
            "I accept recommendations 2, 4, 8 and 9. On 2, Dorset Police tells me the intelligence document is already mandatory after an NCCU referral and is audited monthly. On 4, the force will write a plan specific to organised immigration crime with the South West ROCU by the end of September. Hydra (8) has been delivered to the Serious and Organised Crime team and is now being extended to neighbourhood inspectors in Poole and Weymouth. The e-learning (9) has not been started, because the force is waiting for the College's revised version.",
        ),
        (
            "p",
            "I will report progress to the Police and Crime Panel in the new year.",
        ),
        ("sign", ["Hugo Penhallow", "Police and Crime Commissioner for Dorset"]),
    ],
)

# ------------------------------------------------------------------------------------------------
# 11 flattened, pdf, late: Northamptonshire. Discursive; long paragraphs; the force relayed in reported speech.

add(
    "sealed14-11",
    "flattened",
    "pdf",
    "Northamptonshire Police",
    "Northamptonshire Police, Fire and Crime Commissioner",
    ("Bernadette Quayle-Ashworth", "Police, Fire and Crime Commissioner for Northamptonshire"),
    "2025-08-14",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", ["planned", "not_started"], cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Northamptonshire Police, Fire and Crime Commissioner",
                "Darby House, Darby Close",
                "Wellingborough NN8 1XF",
            ],
        ),
        ("date", "14 August 2025"),
        ("address", HMCI),
        ("title", f"Your report: {OIC_TITLE}"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "I write, rather later than I would have wished, with my comments on your report. Northamptonshire sits on the main arterial routes north from the Channel ports, and the logistics parks along the A14 and the M1 are places where the people your report describes are found, often weeks or months after they arrived and frequently in work that no one else will do. I found the report sobering and I have considered the four recommendations addressed to chief constables with care. I support each of them, and the Chief Constable has told me that he accepts all four.",
        ),
        (
            "p",
            "On recommendation 2, the Chief Constable told me that a new process went live on 1 August 2025 under which no referral to Immigration Enforcement's command and control unit can be closed on the force system until the intelligence submission has been attached, and that the first fortnight's check found no exceptions. On recommendation 4, he said the force's analysts are midway through a problem profile on organised immigration crime, commissioned in June jointly with the East Midlands Special Operations Unit, and that it will be turned into a collection and sharing plan once it is finished. On recommendation 8, I was told candidly that none of the force's officers has yet completed Hydra; the MS&OIC Unit has offered dates in spring 2026, and the force has accepted them. On recommendation 9, the e-learning modules were added to the mandatory list for relevant roles in July, and 43 per cent of the staff concerned have finished all four so far.",
        ),
        (
            "p",
            "I will ask for a further update when my Accountability Board meets in November, and I intend to look particularly at whether the spring dates for Hydra leave enough room to meet your April deadline.",
        ),
        (
            "sign",
            [
                "Yours sincerely",
                "",
                "Bernadette Quayle-Ashworth",
                "Police, Fire and Crime Commissioner for Northamptonshire",
            ],
        ),
        ("footer", "Northamptonshire OPFCC – correspondence"),
    ],
    late=True,
)

# ------------------------------------------------------------------------------------------------
# 12 flattened, html: Merseyside. A news item in reported speech; recommendation 2 is never answered.

add(
    "sealed14-12",
    "flattened",
    "html",
    "Merseyside Police",
    "Merseyside Police and Crime Commissioner",
    ("Frances Dunleavy", "Police and Crime Commissioner for Merseyside"),
    "2025-07-01",
    [
        item("4", "support", "implemented"),
        item("8", "support", "in_progress", cc="accept"),
        item("9", "support", "not_started", cc="accept"),
    ],
    [
        ("p", "Published 1 July 2025"),
        ("title", "Commissioner responds to national report on organised immigration crime"),
        (
            "p",
            f"Merseyside's Police and Crime Commissioner, Frances Dunleavy, has published her response to the HMICFRS report {OIC_TITLE}, which looked at how forces across England and Wales deal with people smuggling and the exploitation that so often follows it.",
        ),
        (
            "p",
            "The Commissioner said she welcomed recommendation 4, on plans to collect, analyse and share information about organised immigration crime, and that Merseyside Police had told her its intelligence plan, covering the Port of Liverpool and Liverpool John Lennon Airport, had been agreed in May and was already being used to task the force's disruption teams. She also backed the two training recommendations, 8 and 9. The Chief Constable told the Commissioner that the force accepted both and that most of the port and border officers had already completed Hydra, with the remaining handful booked onto a course in September. The e-learning, however, had not yet been rolled out, because the force is rebuilding its learning platform, and the Commissioner said she would press for a date.",
        ),
        (
            "p",
            "\u201cThe people this report is about are some of the most vulnerable people our officers will ever meet,\u201d the Commissioner said. \u201cI want Merseyside to be a hostile place for the gangs who exploit them.\u201d",
        ),
        ("sign", ["Frances Dunleavy", "Police and Crime Commissioner for Merseyside"]),
        ("footer", "Merseyside Police and Crime Commissioner – News"),
    ],
    unanswered=["2"],
)

# ------------------------------------------------------------------------------------------------
# 13 two_in_one_paragraph, txt: Cheshire. The two training recommendations answered in one paragraph, at different
# stages.

add(
    "sealed14-13",
    "two_in_one_paragraph",
    "txt",
    "Cheshire Constabulary",
    "Cheshire Police and Crime Commissioner",
    ("Tobias Wrenfield", "Police and Crime Commissioner for Cheshire"),
    "2025-07-08",
    [
        item("2", "accept", "in_progress"),
        item("4", "accept", "implemented"),
        item("8", "accept", "implemented"),
        item("9", "accept", "planned"),
    ],
    [
        (
            "letterhead",
            ["Police and Crime Commissioner for Cheshire", "Clemonds Hey, Oakmere Road", "Winsford CW7 2UA"],
        ),
        ("date", "8th July 2025"),
        ("address", HMCI),
        ("title", f"{OIC_TITLE} (HMICFRS, 16 May 2025)"),
        ("salutation", "Dear Chief Inspector,"),
        ("heading", "Referrals to the NCCU (recommendation 2)"),
        (
            "p",
            "I accept this recommendation. The Constabulary has started a fortnightly check of NCCU referrals against the intelligence system; the early results show about 80 per cent of referrals followed by the required document.",
        ),
        ("heading", "Information plans (recommendation 4)"),
        (
            "p",
            "I accept this recommendation. The Constabulary's serious and organised crime control strategy, refreshed in April, now includes organised immigration crime as a priority theme, with its own collection plan and sharing arrangements with the North West Regional Organised Crime Unit.",
        ),
        ("heading", "Training (recommendations 8 and 9)"),
        (
            "p",
            "I accept both training recommendations, although the two are in rather different places. Hydra has been delivered to all 26 officers in the Serious and Organised Crime Unit and the port team at Ellesmere Port, and as far as the Constabulary is concerned that one is done; the e-learning will be assigned to relevant staff from September, once the migration to the new learning platform is finished.",
        ),
        ("sign", ["Yours sincerely,", "", "Tobias Wrenfield", "Police and Crime Commissioner for Cheshire"]),
    ],
)

# ------------------------------------------------------------------------------------------------
# 14 two_in_one_paragraph, docx: Leicestershire. The two intelligence recommendations (2 and 4) answered together.

add(
    "sealed14-14",
    "two_in_one_paragraph",
    "docx",
    "Leicestershire Police",
    "Leicestershire Police and Crime Commissioner",
    ("Amrit Solanki-Reeve", "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"),
    "2025-07-04",
    [
        item("2", "agree", "implemented"),
        item("4", "agree", "in_progress"),
        item("8", "support", "planned"),
        item("9", "agree", "in_progress"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner",
                "Leicester, Leicestershire and Rutland",
                "St Johns, Enderby LE19 2BX",
            ],
        ),
        ("date", "04 July 2025"),
        ("address", HMCI),
        ("title", f"HMICFRS report – {OIC_TITLE}"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "Thank you for your report, which I have read alongside Leicestershire Police's own assessment. My comments on the four recommendations for chief constables are below.",
        ),
        ("heading", "Intelligence"),
        (
            "p",
            "Recommendations 2 and 4 are both about intelligence, and I agree with both. The force tells me that the intelligence document after a referral to the NCCU is now routine: it was made a mandatory step on the force's records system in February and has been checked every month since. The wider plan to collect, analyse and share organised immigration crime information is another matter; it is still in draft, awaiting comments from EMSOU and from Border Force at East Midlands Airport.",
        ),
        ("heading", "Hydra"),
        (
            "p",
            "I support recommendation 8. Leicestershire Police has committed to putting 30 officers through Hydra in the first quarter of 2026.",
        ),
        ("heading", "E-learning"),
        (
            "p",
            "I agree with recommendation 9. The modules are live on the national e-learning platform, and 212 of the 260 relevant officers have finished all four.",
        ),
        (
            "sign",
            [
                "Yours sincerely",
                "",
                "Amrit Solanki-Reeve",
                "Police and Crime Commissioner for Leicester, Leicestershire and Rutland",
            ],
        ),
        ("footer", "OPCC Leicester, Leicestershire and Rutland"),
    ],
)

# ------------------------------------------------------------------------------------------------
# 15 two_in_one_paragraph, pdf: North Wales. Bilingual date; recommendations 8 and 9 answered in one paragraph;
# recommendation 4 only acknowledged.

add(
    "sealed14-15",
    "two_in_one_paragraph",
    "pdf",
    "North Wales Police",
    "North Wales Police and Crime Commissioner",
    ("Gwilym Rhys-Ellison", "Police and Crime Commissioner for North Wales"),
    "2025-07-09",
    [
        item("2", "accept", "in_progress"),
        item("4", "note", "implemented"),
        item("8", "support", "not_started"),
        item("9", "support", "not_started"),
    ],
    [
        (
            "letterhead",
            [
                "Comisiynydd Heddlu a Throseddu Gogledd Cymru",
                "Police and Crime Commissioner for North Wales",
                "Glan y Don, Colwyn Bay LL29 8AW",
            ],
        ),
        ("date", "9 Gorffennaf / July 2025"),
        ("address", HMCI),
        ("title", f"{OIC_TITLE}"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "I am writing with my comments on the four recommendations in your report that are directed at chief constables.",
        ),
        (
            "p",
            "I accept recommendation 2. The Chief Constable informs me that the requirement is being built into the force's new command and control system, which is due to go live in November; until then, supervisors check each referral by hand, and that is happening now.",
        ),
        (
            "p",
            "I acknowledge recommendation 4. The Chief Constable considers that the force's existing arrangements already meet it: organised immigration crime is part of the force's intelligence requirement, and information is shared with the North West Regional Organised Crime Unit and with partners at the port of Holyhead as a matter of course.",
        ),
        (
            "p",
            "On the two training recommendations, 8 and 9, I am fully supportive. Neither has begun. Hydra is on hold while the MS&OIC Unit rewrites its scenario for rural forces, and the e-learning has not yet been scheduled.",
        ),
        ("sign", ["Yn gywir,", "", "Gwilym Rhys-Ellison", "Police and Crime Commissioner for North Wales"]),
        ("footer", "SCHTh Gogledd Cymru / OPCC North Wales"),
    ],
)

# ------------------------------------------------------------------------------------------------
# 16 blanket, txt, undated: Suffolk. One blanket acceptance, no progress at all.

add(
    "sealed14-16",
    "blanket",
    "txt",
    "Suffolk Constabulary",
    "Suffolk Police and Crime Commissioner",
    ("Matilda Greave", "Police and Crime Commissioner for Suffolk"),
    None,
    [
        item("2", "accept", "not_stated"),
        item("4", "accept", "not_stated"),
        item("8", "accept", "not_stated"),
        item("9", "accept", "not_stated"),
    ],
    [
        (
            "letterhead",
            ["Suffolk Police and Crime Commissioner", "Police Headquarters, Martlesham Heath", "Ipswich IP5 3QS"],
        ),
        ("title", f"Re: HMICFRS report – {OIC_TITLE}"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "I accept all four recommendations made to chief constables in the report. Suffolk Constabulary will report its progress to my Accountability and Performance Panel, and I will monitor delivery against your deadlines.",
        ),
        ("sign", ["Yours sincerely,", "Matilda Greave", "Police and Crime Commissioner for Suffolk"]),
    ],
)

# ------------------------------------------------------------------------------------------------
# 17 blanket, html: Greater Manchester. The Deputy Mayor supports all four; detail on recommendation 9 qualifies
# the blanket for that one.

add(
    "sealed14-17",
    "blanket",
    "html",
    "Greater Manchester Police",
    "Mayor of Greater Manchester (Greater Manchester Combined Authority)",
    ("Kathleen Morrow-Ince", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"),
    "2025-06-26",
    [
        item("2", "support", "in_progress"),
        item("4", "support", "implemented"),
        item("8", "support", "planned"),
        item("9", "partially_agree", "in_progress", cc="partially_agree"),
    ],
    [
        (
            "letterhead",
            ["Greater Manchester Combined Authority", "Tootal Buildings, 56 Oxford Street", "Manchester M1 6EU"],
        ),
        ("date", "26 June 2025"),
        ("address", HMCI),
        ("title", f"Greater Manchester response: {OIC_TITLE}"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "On behalf of the Mayor, I am writing in response to your report. The Mayor and I support all of the recommendations addressed to chief constables, and we have asked Greater Manchester Police to report to the Deputy Mayor's Police Accountability Board on each of them.",
        ),
        (
            "p",
            "GMP tells us that the intelligence document is now completed for most referrals to the NCCU, with compliance monitored by the Force Intelligence Bureau and improving month on month. Its plan to collect, analyse and share information on organised immigration crime was signed off in March and is in use across the ten districts. Hydra training for detective supervisors in the Serious and Organised Crime Group is booked for the autumn with the MS&OIC Unit.",
        ),
        (
            "p",
            "On recommendation 9, our support is qualified. GMP has accepted this recommendation only for specialist and investigative roles, and we share its reservations about the time it would take every response officer to complete all four modules: we support the aim, but for those roles only. GMP has assigned the modules to those roles and reports 40 per cent completion so far.",
        ),
        (
            "sign",
            [
                "Yours sincerely,",
                "",
                "Kathleen Morrow-Ince",
                "Deputy Mayor for Policing, Crime, Criminal Justice and Fire",
            ],
        ),
        ("footer", "Greater Manchester Combined Authority – Policing, Crime, Criminal Justice and Fire"),
    ],
)

# ------------------------------------------------------------------------------------------------
# 18 blanket, pdf: Staffordshire. The blanket acceptance is the Chief Constable's, relayed; the PFCC states no stance
# of her own. Short status lines follow, one awaiting an update.

add(
    "sealed14-18",
    "blanket",
    "pdf",
    "Staffordshire Police",
    "Staffordshire Police, Fire and Crime Commissioner",
    ("Ieuan Catterall", "Police, Fire and Crime Commissioner for Staffordshire"),
    "2025-07-02",
    [
        item("2", "accept", "implemented", by="chief_constable", cc="accept"),
        item("4", "accept", "not_stated", by="chief_constable", cc="accept"),
        item("8", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("9", "accept", "in_progress", by="chief_constable", cc="accept"),
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
        ("date", "02 Jul 2025"),
        ("address", HMCI),
        ("title", f"HMICFRS: {OIC_TITLE}"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "The Chief Constable has accepted all four of the recommendations in your report that are addressed to chief constables, and I have been through the plan the force has put together to deliver them. The position as the force has reported it to my Strategic Governance Board is:",
        ),
        (
            "p",
            "2 – The intelligence document is now mandatory after every NCCU referral; the force reports this as complete and embedded.",
        ),
        ("p", "4 – Awaiting the force's update; it has been requested for the September board."),
        (
            "p",
            "8 – Hydra: two of five planned sessions delivered through the West Midlands Regional Organised Crime Unit.",
        ),
        ("p", "9 – E-learning: on track, with completion at 58 per cent of relevant personnel."),
        (
            "p",
            "I will continue to scrutinise progress through the board and through my regular meetings with the Chief Constable.",
        ),
        ("sign", ["Yours sincerely", "", "Ieuan Catterall", "Police, Fire and Crime Commissioner for Staffordshire"]),
        ("footer", "Staffordshire Commissioner's Office"),
    ],
)

# ------------------------------------------------------------------------------------------------
# 19 mixed_stances, docx: Sussex. Acceptance, agreement, agreement in principle, and a recommendation the force does
# not accept, with the Commissioner taking the force's side.

add(
    "sealed14-19",
    "mixed_stances",
    "docx",
    "Sussex Police",
    "Sussex Police and Crime Commissioner",
    ("Rosalind Fenwick-Tate", "Police and Crime Commissioner for Sussex"),
    "2025-07-10",
    [
        item("2", "accept", "implemented"),
        item("4", "agree", "in_progress"),
        item("8", "partially_agree", "planned"),
        item("9", "disagree", "not_started", cc="disagree"),
    ],
    [
        ("letterhead", ["Sussex Police and Crime Commissioner", "Sackville House, Brooks Close", "Lewes BN7 2FZ"]),
        ("date", "10 July 2025"),
        ("address", HMCI),
        ("title", f"Response to HMICFRS: {OIC_TITLE}"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "Sussex has a long coastline and the port of Newhaven, and the Chief Constable and I take organised immigration crime seriously. My views on the four recommendations for chief constables are not all the same, and I set them out one by one.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "I accept this recommendation. Sussex Police tells me that an intelligence submission has been required after every NCCU referral since the joint Surrey and Sussex intelligence procedure was revised in March, and that compliance is now routinely checked.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "I agree with this recommendation. The force is drafting its collection and sharing plan with the South East Regional Organised Crime Unit.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "I support this recommendation in principle, but its delivery depends entirely on the MS&OIC Unit's capacity, which I am not yet persuaded is there. The force intends to run Hydra in the spring, subject to the Unit confirming trainers.",
        ),
        ("heading", "Recommendation 9"),
        (
            "p",
            "The Chief Constable does not accept this recommendation. In her view, several hours of e-learning for every relevant officer cannot be justified this year against the mandatory training the force already carries, and the force does not intend to roll the modules out. I share the Chief Constable's view, and I would ask the inspectorate to reconsider the scale of what it asks.",
        ),
        ("sign", ["Yours sincerely,", "", "Rosalind Fenwick-Tate", "Police and Crime Commissioner for Sussex"]),
        ("footer", "Office of the Sussex Police and Crime Commissioner"),
    ],
)

# ------------------------------------------------------------------------------------------------
# 20 mixed_stances, txt, late: Avon and Somerset. The Commissioner parts company with the force on recommendation 4;
# notes 8; accepts 9 only in part.

add(
    "sealed14-20",
    "mixed_stances",
    "txt",
    "Avon and Somerset Police",
    "Avon and Somerset Police and Crime Commissioner",
    ("Crispin Maddocks", "Police and Crime Commissioner for Avon and Somerset"),
    "2025-09-02",
    [
        item("2", "support", "in_progress"),
        item("4", "agree", "in_progress", cc="partially_agree"),
        item("8", "note", "planned"),
        item("9", "partially_agree", "in_progress", cc="partially_agree"),
    ],
    [
        (
            "letterhead",
            ["Avon and Somerset Police and Crime Commissioner", "Valley Road, Portishead", "Bristol BS20 8QP"],
        ),
        ("date", "2nd September 2025"),
        ("address", HMCI),
        ("title", f"HMICFRS: {OIC_TITLE}"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "This response is late, for which I apologise. A change of senior lead in the force over the summer held up the update I needed before writing.",
        ),
        ("heading", "2. Intelligence after referrals to the NCCU"),
        (
            "p",
            "I support this recommendation without reservation. The Constabulary says an audit of referrals since April is under way and that a prompt has been added to the referral checklist.",
        ),
        ("heading", "4. Plans for information on organised immigration crime"),
        (
            "p",
            "Here the Constabulary and I differ. Its view is that its serious and organised crime local profile already does most of what the recommendation asks, and it has accepted the recommendation only in part. I do not share that view: I agree with the inspectorate that a plan specific to organised immigration crime is needed, particularly given the port at Avonmouth. For now the Constabulary is adding an organised immigration crime section to the profile, and I have asked for that to be written as a plan in its own right.",
        ),
        ("heading", "8. Hydra"),
        (
            "p",
            "I note recommendation 8. The Constabulary has scheduled Hydra sessions for November through the South West Regional Organised Crime Unit.",
        ),
        ("heading", "9. E-learning"),
        (
            "p",
            "I accept this recommendation in part, and the Chief Constable takes the same position: all four modules for investigators, but module 1 only for frontline officers, for whom I think that is enough. Module 1 has been completed by around 1,900 frontline officers; investigators have yet to start modules 2 to 4.",
        ),
        ("sign", ["Yours faithfully,", "", "Crispin Maddocks", "Police and Crime Commissioner for Avon and Somerset"]),
    ],
    late=True,
)

# ------------------------------------------------------------------------------------------------
# 21 mixed_stances, html: City of London. The Police Authority Board accepts two, does not accept Hydra for the
# City (with the force), and supports the e-learning only for a narrower group.

add(
    "sealed14-21",
    "mixed_stances",
    "html",
    "City of London Police",
    "City of London Corporation (Police Authority Board)",
    ("Eleanor Vasquez-Brome", "Chair, Police Authority Board"),
    "2025-07-03",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "in_progress"),
        item("8", "disagree", "not_stated", cc="disagree"),
        item("9", "partially_agree", "planned"),
    ],
    [
        ("p", "Published 3 July 2025"),
        ("title", f"Police Authority Board response: {OIC_TITLE}"),
        (
            "p",
            "The City of London Corporation is the police authority for the City of London Police. The Police Authority Board has considered the inspectorate's report and the force's response, and this page sets out the Board's position on the four recommendations for chief officers.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "The Board accepts this recommendation. The City of London Police has confirmed that the intelligence submission is completed after each of the handful of NCCU referrals the force makes each year, and has been since 2024.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "The Board accepts this recommendation. The force is updating its intelligence requirement to cover organised immigration crime with a financial dimension, working with the Metropolitan Police Service and the London Regional Organised Crime Unit.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "The Commissioner of the City of London Police has not accepted this recommendation as it applies to the City, given the very small number of organised immigration crime investigations the force leads. The Board supports that position and does not accept the recommendation for the City.",
        ),
        ("heading", "Recommendation 9"),
        (
            "p",
            "The Board accepts the recommendation in part: it should apply to the force's economic crime and intelligence staff rather than to every officer. The modules will be assigned to that group in October.",
        ),
        ("sign", ["Eleanor Vasquez-Brome", "Chair, Police Authority Board"]),
        ("footer", "City of London Corporation – Police Authority Board"),
    ],
)

# ------------------------------------------------------------------------------------------------
# 22 cc_annex, docx: Kent. A covering letter supporting the recommendations, with the Chief Constable's response
# annexed.

add(
    "sealed14-22",
    "cc_annex",
    "docx",
    "Kent Police",
    "Kent Police and Crime Commissioner",
    ("Fiona Harrowgate", "Police and Crime Commissioner for Kent"),
    "2025-06-20",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "support", "implemented", cc="accept"),
        item("8", "support", "implemented", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Kent Police and Crime Commissioner", "Sutton Road", "Maidstone ME15 9BZ"]),
        ("date", "20 June 2025"),
        ("address", HMCI),
        ("title", f"{OIC_TITLE} – response of the Kent Police and Crime Commissioner"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "Kent carries more of the burden of small boat arrivals than any other county, and the inspectorate's report is of direct relevance to the people I serve. I have considered the Chief Constable's response, which is annexed to this letter, and I support all four of the recommendations made to chief constables. I am satisfied that the force has a credible plan for each of them, and I will hold the Chief Constable to account for its delivery through my Performance and Delivery Board.",
        ),
        ("sign", ["Yours sincerely,", "", "Fiona Harrowgate", "Police and Crime Commissioner for Kent"]),
        ("heading", "Annex A: Response of the Chief Constable of Kent Police"),
        (
            "p",
            "Kent Police welcomes the inspectorate's report. Our response to each of the recommendations addressed to chief constables follows.",
        ),
        (
            "p",
            "Recommendation 2 – Accepted. Completion of the intelligence document is being added to the Kent and Essex Serious Crime Directorate's referral procedure. Dover and Folkestone teams already comply; the procedure is being extended to the rest of the county over the summer.",
        ),
        (
            "p",
            "Recommendation 4 – Accepted. Kent Police's organised immigration crime collection plan, agreed with the Clandestine Channel Threat Command and Border Force, has been in place since 2023 and was refreshed in February 2025. Information is shared weekly with the NCA and Essex Police.",
        ),
        (
            "p",
            "Recommendation 8 – Accepted. Hydra training has been delivered to all 96 relevant officers and staff in the force's OIC teams. This action is closed; new joiners to those teams complete Hydra within three months.",
        ),
        (
            "p",
            "Recommendation 9 – Accepted. The four modules are mandatory for relevant roles; 71 per cent have completed all four, and the rest are on course to do so before April 2026.",
        ),
        ("sign", ["Adrian Pellow", "Chief Constable, Kent Police"]),
        ("footer", "Kent OPCC – OFFICIAL"),
    ],
)

# ------------------------------------------------------------------------------------------------
# 23 cc_annex, pdf: Lancashire. A covering letter accepting all four, with the force's appendix (labelled force
# positions and RAG ratings) in which recommendation 4 is only partly accepted.

add(
    "sealed14-23",
    "cc_annex",
    "pdf",
    "Lancashire Constabulary",
    "Lancashire Police and Crime Commissioner",
    ("Warrick Dobbs-Hanley", "Police and Crime Commissioner for Lancashire"),
    "2025-07-08",
    [
        item("2", "accept", "not_started", cc="accept"),
        item("4", "accept", "in_progress", cc="partially_agree"),
        item("8", "accept", "planned", cc="accept"),
        item("9", "accept", "implemented", cc="accept"),
    ],
    [
        ("letterhead", ["Lancashire Police and Crime Commissioner", "County Hall", "Preston PR1 0LD"]),
        ("date", "Tuesday 8 July 2025"),
        ("address", HMCI),
        ("title", f"HMICFRS – {OIC_TITLE}"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "Thank you for your report. I accept the four recommendations addressed to chief constables. The Chief Constable's response is attached at Appendix 1; I have discussed it with him, and my office will follow its progress through the Strategic Scrutiny Meeting.",
        ),
        ("sign", ["Kind regards,", "", "Warrick Dobbs-Hanley", "Police and Crime Commissioner for Lancashire"]),
        ("heading", "Appendix 1 – Lancashire Constabulary response (Chief Constable)"),
        (
            "dl",
            [
                (
                    "Recommendation 2",
                    "Force position: Accepted. RAG: Red. No progress to report: the force is awaiting changes to the national referral form, which Immigration Enforcement has not yet issued.",
                ),
                (
                    "Recommendation 4",
                    "Force position: Partially accepted. The force will build organised immigration crime into its existing SOC intelligence requirement rather than produce a standalone plan. RAG: Amber. The revised requirement is in draft with the North West ROCU.",
                ),
                (
                    "Recommendation 8",
                    "Force position: Accepted. RAG: Grey. Hydra scheduled for January 2026 with the MS&OIC Unit.",
                ),
                (
                    "Recommendation 9",
                    "Force position: Accepted. RAG: Green. Complete: 312 of 312 relevant officers have finished all four modules.",
                ),
            ],
        ),
        ("footer", "Lancashire OPCC – Appendix 1 prepared by Lancashire Constabulary Strategic Development"),
    ],
)

# ------------------------------------------------------------------------------------------------
# 24 regional_afi, txt: North Yorkshire (Mayor of York and North Yorkshire). The regional report's two areas for
# improvement; the letter is dated by month only.

add(
    "sealed14-24",
    "regional_afi",
    "txt",
    "North Yorkshire Police",
    "Mayor of York and North Yorkshire",
    ("Harriet Scaife-Dunmore", "Deputy Mayor for Policing, Fire and Crime"),
    "2025-09",
    [
        item("1", "accept", "in_progress", cc="accept"),
        item("2", "note", "planned", cc="accept"),
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
        ("date", "September 2025"),
        ("address", HMCI),
        ("title", f"Re: {SOC_TITLE}"),
        ("salutation", "Dear Chief Inspector,"),
        (
            "p",
            "I write on behalf of the Mayor of York and North Yorkshire about your inspection of the regional response to serious and organised crime. The Chief Constable of North Yorkshire Police has accepted both areas for improvement, and my own comments follow. My colleagues in Humberside, South Yorkshire and West Yorkshire will respond for their own areas.",
        ),
        ("heading", "Working together across the region"),
        (
            "p",
            "I accept this area for improvement. North Yorkshire Police and the Yorkshire and Humber Regional Organised Crime Unit have held a joint tasking meeting every month since June, with Humberside, South Yorkshire and West Yorkshire taking part, and a refreshed memorandum of understanding between the ROCU and the four forces is being drafted.",
        ),
        ("heading", "Technical surveillance equipment"),
        (
            "p",
            "I acknowledge this area for improvement. Procurement of technical surveillance equipment is led by the ROCU on behalf of the region, and a joint procurement framework will be introduced from April 2026.",
        ),
        (
            "sign",
            [
                "Yours sincerely,",
                "",
                "Harriet Scaife-Dunmore",
                "Deputy Mayor for Policing, Fire and Crime",
                "for the Mayor of York and North Yorkshire",
            ],
        ),
    ],
    report=SOC,
)


def main() -> None:
    about = (
        "sealed14: a KEPT (held-out) set of 24 hand-written response letters (23 to oic-2025, 1 regional to "
        "soc-yh-2025) with hand-labelled truth, written without opening the reader's code or any other set. "
        "Kinds: table 5, paraphrase_headings 2, labels_only 2, flattened 3, two_in_one_paragraph 3, blanket 3, "
        "mixed_stances 3, cc_annex 2, regional_afi 1. Formats: txt 6, docx 6, html 6, pdf 6. Measure on it; never tune on it."
    )
    corpus.write_set(HERE, about, ((blocks, truth) for truth, blocks in LETTERS))


if __name__ == "__main__":
    main()
