"""Build the *tuneset*: ``letters/`` and ``truth.json``, reproducibly.

    .venv/bin/python tests/ingest/tuneset/build.py

Thirty response letters written whole by hand, in wording of their own (not composed from the
corpus's phrase tables), from forces none of the seeds' own. Each letter's truth is written beside
it by hand from reading the letter. The set is for tuning the reader: its misses are meant to be
read. Only the renderers (TXT, DOCX, HTML, PDF) are shared with the corpus builder.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
sys.path.insert(0, str(CORPUS))

import build as corpus  # noqa: E402

OIC_TITLE = "Improving the response to organised immigration crime"
SOC_TITLE = "An inspection of the Yorkshire and Humber regional response to serious and organised crime"
REC = corpus.FINDINGS
HMI = ["HM Chief Inspector of Constabulary", "HMICFRS", "Globe House", "89 Eccleston Square", "London SW1V 1PN"]

Blocks = list[tuple[str, Any]]


item = corpus.item


def letter(
    head: list[str],
    date: str | None,
    title: str,
    body: Blocks,
    sign: list[str],
    *,
    dear: str = "Dear HM Chief Inspector,",
    footer: str | None = None,
) -> Blocks:
    out: Blocks = [("letterhead", head)]
    if date:
        out.append(("date", date))
    out += [("address", HMI), ("para", dear), ("title", title), *body, ("sign", sign)]
    if footer:
        out.append(("footer", footer))
    return out


def par(text: str) -> tuple[str, Any]:
    return ("para", text)


def hd(text: str) -> tuple[str, Any]:
    return ("heading", text)


def quo(key: str) -> tuple[str, Any]:
    return ("quote", REC[key])


def tab(rows: list[list[str]]) -> tuple[str, Any]:
    return ("table", rows)


# ------------------------------------------------------------------------------------------------
# The letters. Each builder returns blocks; its truth is in LETTERS below.


def _derbyshire() -> Blocks:
    rows = [
        ["Recommendation", "Chief Constable", "PCC"],
        [
            REC["oic:2"],
            "Accepted. Every referral to the NCCU now triggers an intelligence submission through the force "
            "intelligence bureau; compliance is checked weekly. Complete – Sept 2025.",
            "Supported. I have seen the weekly compliance figures and I am content this is in place.",
        ],
        [
            REC["oic:4"],
            "Accepted. The OIC intelligence collection plan is in draft and sits with the Head of Intelligence "
            "for sign-off. Amber: on track for December.",
            "Supported. I will ask for the final plan at my Accountability Board in January.",
        ],
        [
            REC["oic:8"],
            "Accepted. 212 of 340 identified staff have completed Hydra. Remaining cohorts booked.",
            "Supported.",
        ],
        [
            REC["oic:9"],
            "Accepted in part. We will require the e-learning of investigators in the Serious and Organised "
            "Crime Unit; wider roll-out awaits the national role profile. Not started.",
            "Noted. I share the Chief Constable's view that the target group should be clearer first.",
        ],
    ]
    return letter(
        ["Office of the Police and Crime Commissioner for Derbyshire", "Butterley Hall", "Ripley", "DE5 3RS"],
        "3 July 2025",
        f"Response to the HMICFRS report '{OIC_TITLE}'",
        [
            par(
                "Under section 55 of the Police Act 1996 I am required to publish my comments on your report. "
                "The table below sets out the Chief Constable's response and my own comments against each "
                "recommendation made to chief constables."
            ),
            tab(rows),
            par(
                "Organised immigration crime is a small share of demand in Derbyshire, but the harm to victims is "
                "high. I will keep these actions on my scrutiny programme until each is closed."
            ),
        ],
        ["Yours sincerely,", "", "Harriet Colley", "Police and Crime Commissioner for Derbyshire"],
    )


def _kent() -> Blocks:
    rows = [
        ["No.", "Recommendation", "Force update", "Commissioner's comment"],
        [
            "2",
            REC["oic:2"],
            "Process changed in June: the Force Control Room logs the NCCU reference and the Intelligence Hub "
            "raises the report the same shift. Business as usual.",
            "I welcome this. Given the Port of Dover and Eurotunnel sit in the county, this matters more here "
            "than almost anywhere.",
        ],
        [
            "4",
            REC["oic:4"],
            "A joint Kent and Essex collection plan is being written with the Border Force intelligence team; "
            "first draft due end of October.",
            "I accept this recommendation. My office will review the plan once it is agreed.",
        ],
        [
            "8",
            REC["oic:8"],
            "Hydra was delivered to Border Command and Dover CID in 2024. Refresher training for new starters "
            "continues.",
            "I accept this recommendation and consider it met.",
        ],
        [
            "9",
            REC["oic:9"],
            "Modules 1 and 2 mandated for frontline officers from September; modules 3 and 4 to follow in the "
            "new year once the LMS upgrade is live.",
            "I accept this recommendation.",
        ],
    ]
    return letter(
        ["Kent Police and Crime Commissioner", "Sutton Road", "Maidstone", "Kent ME15 9BZ"],
        "24th June 2025",
        "HMICFRS: Improving the response to organised immigration crime – response of the Kent PCC",
        [
            par(
                "Thank you for your report. Kent's coastline and the short straits mean organised immigration "
                "crime is a daily reality for Kent Police, and I asked the Chief Constable for a full update, "
                "which I set out below with my comments."
            ),
            tab(rows),
            par(
                "The Home Office's Small Boats Operational Command is reviewing its own reporting routes; that work "
                "is outside the force's control."
            ),
        ],
        ["Yours faithfully", "Martin Gale", "Kent Police and Crime Commissioner"],
        dear="Dear Sir Andy,",
    )


def _cumbria() -> Blocks:
    rows = [
        ["Recommendation", "Constabulary response", "Status", "PFCC comment"],
        [
            "Recommendation 2 – intelligence document for every NCCU report",
            "Accepted. Guidance issued to all response and neighbourhood officers.",
            "Complete – Aug 2025",
            "I am satisfied with the action taken.",
        ],
        [
            "Recommendation 4 – plans to collect, analyse and share information",
            "Accepted. Plan to be drafted once the North West ROCU profile is published.",
            "Not started – awaiting regional profile",
            "I note the dependency on the regional unit.",
        ],
        [
            "Recommendation 8 – Hydra training",
            "Accepted. Two Hydra sessions held; a third is booked for November.",
            "Amber",
            "I will seek assurance at the next Public Accountability Conference.",
        ],
        ["Recommendation 9 – e-learning modules", "Accepted.", "", "I support the Constabulary's acceptance."],
    ]
    return letter(
        ["Cumbria Police, Fire and Crime Commissioner", "Carleton Hall", "Penrith", "CA10 2AU"],
        "11/07/2025",
        "Organised immigration crime inspection: response of the Cumbria Police, Fire and Crime Commissioner",
        [
            par(
                "As a large rural county with the M6 corridor and the West Coast ports, Cumbria sees organised "
                "immigration crime chiefly in transit. The Constabulary's response and my comments follow."
            ),
            tab(rows),
        ],
        ["Regards", "", "Dominic Fairley", "Police, Fire and Crime Commissioner for Cumbria"],
    )


def _avon() -> Blocks:
    rows = [
        ["HMICFRS recommendation", "What Avon and Somerset Police has done", "Commissioner's view"],
        [
            "Submitting the intelligence document whenever the force reports a case to the NCCU",
            "Our Lighthouse Safeguarding Unit audited six months of NCCU referrals and found 61% had an intelligence "
            "submission. A new prompt has been added to the Niche occurrence template and is being piloted in "
            "Bristol and South Gloucestershire.",
            "The Chief Constable has accepted this. I support it and will look for the audit to be repeated.",
        ],
        [
            "Plans to collect, analyse and share information on organised immigration crime",
            "An OIC problem profile has been produced and is shared with Bristol City Council and the port "
            "authority. It has been in use since March.",
            "The Chief Constable and I agree with this recommendation.",
        ],
        [
            "Hydra training for relevant personnel",
            "No Hydra training has been arranged yet; the regional unit is seeking dates from the national team.",
            "The Chief Constable has accepted this recommendation. I am disappointed that no date has been set.",
        ],
        [
            "The four e-learning modules",
            "Completion of all four modules will become mandatory for detectives at the next CPD cycle in April 2026.",
            "Accepted by the force. I have nothing to add.",
        ],
    ]
    return letter(
        ["Avon and Somerset Police and Crime Commissioner", "Valley Road", "Portishead", "BS20 8JJ"],
        "Monday 7 July 2025",
        f"Response to HMICFRS: {OIC_TITLE}",
        [
            par(
                "Bristol is a major urban centre, and Avon and Somerset sees exploitation linked to organised "
                "immigration crime in its car washes, nail bars and the night-time economy."
            ),
            tab(rows),
            par("I will continue to monitor progress through my Police and Crime Board."),
        ],
        ["With best wishes,", "Carys Mowbray", "Police and Crime Commissioner for Avon and Somerset"],
    )


def _hertfordshire() -> Blocks:
    rows = [
        ["Rec", "Force response", "Lead", "PCC comment"],
        [
            "2",
            "Accepted. In place – every NCCU report since 1 June has been followed by an intelligence "
            "submission; the Force Intelligence Bureau checks each one.",
            "Det Supt, Intelligence",
            "I accept. I am assured this is working.",
        ],
        [
            "4",
            "Accepted. Partly in place: collection is defined; the analysis and sharing elements are being "
            "built with the Eastern Region Special Operations Unit.",
            "Head of Analysis",
            "I partially agree: sharing with local authorities should come first, not last.",
        ],
        ["8", "Accepted. Hydra – Green: complete for all Tier 1 staff.", "Head of Learning", "I accept."],
        [
            "9",
            "Accepted. E-learning: not yet scheduled.",
            "Head of Learning",
            "I accept, and expect a date by my next quarterly meeting with the Chief Constable.",
        ],
    ]
    return letter(
        ["Office of the Police and Crime Commissioner for Hertfordshire", "15 Vaughan Road", "Harpenden", "AL5 4GZ"],
        "19th June 2025",
        "Improving the response to organised immigration crime – PCC response",
        [
            par(
                "I took office in May 2024 and this is one of the first thematic reports to which I have responded. "
                "I have asked the Chief Constable for his response to each recommendation; it is set out below "
                "with my own comments."
            ),
            tab(rows),
        ],
        ["Kind regards,", "Jonathan Astley", "Hertfordshire Police and Crime Commissioner"],
    )


def _devon() -> Blocks:
    rows = [
        ["Recommendation", "Force update", "RAG", "Commissioner's comment"],
        [
            REC["oic:2"],
            "The force has reviewed every referral made to the National Command and Control Unit over the last "
            "year. The Force Intelligence Bureau now receives an automatic task from the custody system whenever "
            "an NCCU referral is recorded, and an intelligence report is submitted within 24 hours. This has been "
            "business as usual since February 2025 and compliance is reported monthly to the Crime and Justice "
            "Board.",
            "Green",
            "I consider this recommendation discharged. I thank officers at Plymouth and Exeter custody for the "
            "work behind it.",
        ],
        [
            REC["oic:4"],
            "A peninsula-wide collection and analysis plan is being developed jointly with the Dorset and Devon "
            "and Cornwall Alliance partners. The collection element is written; the analytical product and the "
            "information sharing agreement with the four local authorities remain to be done. We are part way "
            "through and expect to finish by the December deadline.",
            "Amber",
            "I accept this recommendation. The rural and coastal nature of the peninsula, including the many "
            "small harbours in Cornwall, makes good information from partners essential.",
        ],
        [
            REC["oic:8"],
            "Half of the teams in the Serious and Organised Crime Investigation Team have been trained. The "
            "remainder, together with neighbourhood teams covering the ports of Plymouth and Falmouth, will be "
            "trained by the end of March 2026.",
            "Amber",
            "I accept this recommendation and welcome the focus on the ports.",
        ],
        [
            REC["oic:9"],
            "The e-learning package has not yet been assigned to staff. The force is awaiting confirmation from the "
            "College of Policing of the final version of module 4 before starting.",
            "Red",
            "I accept this recommendation, but I am concerned at the delay and have asked for a timetable.",
        ],
    ]
    return letter(
        [
            "Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly",
            "Andy Hocking House",
            "Alderson Drive",
            "Exeter EX2 7RP",
        ],
        "8th July 2025",
        f"Response of the Police and Crime Commissioner to the HMICFRS report: {OIC_TITLE}",
        [
            par(
                "Devon, Cornwall and the Isles of Scilly is the largest police area in England by geography, with "
                "more coastline than any other. I have received the Chief Constable's update against each of the "
                "four recommendations made to chief constables; it is set out below, with a red, amber or green "
                "rating from the force, and my own comment beside each."
            ),
            par(
                "The report also found that the national picture of organised immigration crime remains "
                "incomplete. That is a finding for the Home Office and the National Crime Agency as much as for "
                "forces, and I have written separately to the Minister."
            ),
            tab(rows),
            par(
                "I will continue to track these actions through my quarterly Performance and Accountability "
                "Board, and the minutes are published on my website."
            ),
        ],
        [
            "Yours sincerely",
            "",
            "Alice Trelawney",
            "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly",
        ],
        footer="OPCC Devon, Cornwall and the Isles of Scilly – HMICFRS response",
    )


def _essex() -> Blocks:
    rows = [
        ["Ref", "HMICFRS recommendation", "Essex Police response", "PFCC comment"],
        [
            "R2",
            REC["oic:2"],
            "Accepted. A new standard operating procedure for NCCU referrals was published on 2 June 2025. Officers "
            "at Harwich, Tilbury and London Stansted now complete the intelligence document on every referral, and "
            "the intelligence unit at Chelmsford quality assures a 10% sample each month. Complete – June 2025.",
            "I welcome the speed with which this was done.",
        ],
        [
            "R4",
            REC["oic:4"],
            "Accepted. An analyst has been appointed to lead the work. The collection plan is scheduled for March "
            "2026, when the force's new intelligence system goes live; once it arrives, the force will share the "
            "product with the Eastern Region Special Operations Unit and Border Force.",
            "I support this. I recognise the plan depends on the new system and will hold the force to the March date.",
        ],
        [
            "R8",
            REC["oic:8"],
            "Accepted. Hydra training is being delivered to the Ports Policing Command. Twenty-eight of forty "
            "officers have attended so far.",
            "I support this recommendation.",
        ],
        [
            "R9",
            REC["oic:9"],
            "Accepted. No work has begun on this recommendation yet: a business case for the additional training "
            "hours goes to chief officers in January.",
            "I support this recommendation and will review the business case.",
        ],
    ]
    body: Blocks = [
        par(
            "Essex has two international ports and a major airport, and the county's growing population of nearly "
            "two million people is policed by one of the larger shire forces. Organised immigration crime is a "
            "priority in my Police and Crime Plan."
        ),
        par(
            "The table below sets out Essex Police's response to each recommendation for chief constables, and my "
            "comment as Police, Fire and Crime Commissioner."
        ),
        tab(rows),
        par(
            "The National Police Chiefs' Council lead for organised immigration crime is also reviewing the NCCU "
            "referral route nationally; I will watch for its outcome."
        ),
    ]
    return letter(
        ["Essex Police, Fire and Crime Commissioner", "Kelvedon Park", "London Road", "Rivenhall", "Witham", "CM8 3HB"],
        "10/07/2025",
        f"HMICFRS inspection: {OIC_TITLE}",
        body,
        ["Yours sincerely", "Rupert Halsey", "Police, Fire and Crime Commissioner for Essex"],
        footer="Essex PFCC – response to HMICFRS OIC inspection – 10/07/2025",
    )


def _lincolnshire() -> Blocks:
    rows = [
        ["#", "Area", "Force position", "PCC observation"],
        [
            "1",
            "Intelligence document on every NCCU report (recommendation 2)",
            "Accepted. Lincolnshire makes few referrals to the NCCU, around thirty a year, mostly from the "
            "agricultural and food-packing sector around Boston and Spalding. Each is now reviewed by a detective "
            "sergeant, who makes sure the intelligence document has been submitted. In place since April.",
            "I note the force's response. With so few referrals, compliance should be total, and I will check it.",
        ],
        [
            "2",
            "Collecting, analysing and sharing information (recommendation 4)",
            "Accepted. The force has joined the East Midlands Special Operations Unit's regional OIC collection "
            "plan rather than write its own. Drafting is under way and the force is contributing its seasonal "
            "labour data.",
            "I agree with this approach, which makes sense for a small force.",
        ],
        [
            "3",
            "Hydra (recommendation 8)",
            "Accepted. Hydra will be rolled out next financial year to the Serious and Organised Crime team and "
            "to neighbourhood policing inspectors.",
            "I agree, though I would rather see it sooner.",
        ],
        [
            "4",
            "E-learning (recommendation 9)",
            "Accepted. All four modules are now part of the mandatory learning for new detectives, and the "
            "training team reports that 84% of existing detectives have completed them.",
            "I agree.",
        ],
    ]
    return letter(
        ["Lincolnshire Police and Crime Commissioner", "Deepdale Lane", "Nettleham", "Lincoln LN2 2LT"],
        "1st July 2025",
        f"PCC response to the HMICFRS report '{OIC_TITLE}'",
        [
            par(
                "Lincolnshire is a large, sparsely populated and mainly rural county. Its food production and "
                "packing industries rely on seasonal labour, which brings a particular risk of exploitation by "
                "organised immigration crime groups."
            ),
            par(
                "The Chief Constable's position on each recommendation and my observations are tabled below. The "
                "table uses my office's own numbering; the report's recommendation numbers are given in brackets."
            ),
            tab(rows),
            par(
                "I will ask the Chief Constable to report on progress at the Strategic Governance Board in the autumn."
            ),
        ],
        ["Yours sincerely", "", "Miles Ledger", "Police and Crime Commissioner for Lincolnshire"],
        footer="Lincolnshire OPCC",
    )


def _norfolk() -> Blocks:
    return letter(
        [
            "Office of the Police and Crime Commissioner for Norfolk",
            "Building 8, Jubilee House",
            "Falconers Chase",
            "Wymondham",
            "Norfolk NR18 0WW",
        ],
        "2nd July 2025",
        f"Response to the HMICFRS report '{OIC_TITLE}'",
        [
            par(
                "I welcome this report. Norfolk's small ports at Great Yarmouth and King's Lynn, and its long "
                "rural coastline, give organised immigration crime a particular character here. I accept all "
                "four recommendations made to chief constables and have discussed them with the Chief Constable, "
                "whose response is attached as an annex to this letter."
            ),
            par(
                "I will hold the Chief Constable to account for delivery through my Police Accountability Forum, "
                "which meets in public."
            ),
            ("sign", ["Yours sincerely,", "", "Graham Ostley", "Police and Crime Commissioner for Norfolk"]),
            hd("Annex: Response of the Chief Constable of Norfolk Constabulary"),
            par("Norfolk Constabulary accepts the recommendations in the report and provides the following update."),
            hd("Reporting to the NCCU"),
            par(
                "Officers referring cases to the National Command and Control Unit were not consistently completing "
                "the intelligence document. A reminder has been issued and the process has been added to the "
                "custody handbook. We consider this complete."
            ),
            hd("Information on organised immigration crime"),
            par(
                "The constabulary's strategic assessment for 2025/26 will include a chapter on organised "
                "immigration crime for the first time. Work on it starts in September."
            ),
            hd("Hydra"),
            par(
                "Hydra training was completed by the Norfolk and Suffolk joint Major Investigation Team in the "
                "spring, and is now being extended to district CID teams."
            ),
            hd("E-learning"),
            par("The four modules have been placed on the learning system but completion has not been mandated."),
        ],
        ["Paul Sanford-Reeve", "Chief Constable, Norfolk Constabulary"],
    )


def _suffolk() -> Blocks:
    return letter(
        ["Suffolk Police and Crime Commissioner", "Police Headquarters", "Martlesham Heath", "Ipswich IP5 3QS"],
        "27 June 2025",
        f"HMICFRS – {OIC_TITLE}",
        [
            par(
                "Thank you for the report. I was elected in May 2024 and have made rural and coastal crime a "
                "priority, so I read it closely. The Port of Felixstowe, the busiest container port in the "
                "country, lies in this county."
            ),
            par(
                "I fully support the four recommendations made to chief constables. The Chief Constable's response "
                "is appended; I add my comments here."
            ),
            par(
                "On the intelligence document, I am pleased the Constabulary has acted quickly. On the plans to "
                "collect and share information, I want to see the port authority and Border Force included. On "
                "Hydra and the e-learning, I will review training figures at my Accountability and Performance "
                "Panel in October."
            ),
            ("sign", ["Yours sincerely", "Tamsin Cordell", "Police and Crime Commissioner for Suffolk"]),
            hd("Appendix – Chief Constable's response"),
            tab(
                [
                    ["Recommendation", "Suffolk Constabulary response"],
                    [
                        REC["oic:2"],
                        "Accepted. Implemented in May 2025: the intelligence document is now a mandatory "
                        "step in the Athena workflow for NCCU referrals.",
                    ],
                    [
                        REC["oic:4"],
                        "Accepted. A Felixstowe port intelligence plan is in preparation with Border "
                        "Force and will be completed by November.",
                    ],
                    [REC["oic:8"], "Accepted. Hydra is scheduled for the Major Investigation Team in January 2026."],
                    [REC["oic:9"], "Accepted. This has not yet been scheduled."],
                ]
            ),
        ],
        ["Rachel Kempe", "Chief Constable, Suffolk Constabulary"],
    )


def _surrey() -> Blocks:
    return letter(
        ["Office of the Police and Crime Commissioner for Surrey", "PO Box 412", "Guildford", "Surrey GU3 1YJ"],
        "4th July 2025",
        f"{OIC_TITLE}: response from the Police and Crime Commissioner for Surrey",
        [
            par(
                "I have considered this report with the Chief Constable. Surrey borders London and Gatwick, and "
                "organised immigration crime reaches the county through its road network rather than its coast. "
                "The Chief Constable's full response is attached below."
            ),
            par(
                "I agree with recommendations 2, 4 and 8. On recommendation 9 I only partly agree: four modules for "
                "all relevant personnel is a large demand on a force of Surrey's size, and I would prefer a "
                "targeted approach. I have told the Chief Constable so."
            ),
            ("sign", ["Yours sincerely", "", "Laura Thewlis", "Police and Crime Commissioner for Surrey"]),
            hd("Response of the Chief Constable of Surrey Police"),
            hd("Recommendation 2"),
            par(
                "Accepted. Since 1 May, all NCCU referrals are routed through the Surrey and Sussex Intelligence "
                "Hub, which submits the intelligence document. This recommendation is met."
            ),
            hd("Recommendation 4"),
            par(
                "Accepted. An OIC intelligence requirement has been written; analysis and sharing will be set up "
                "in quarter 3."
            ),
            hd("Recommendation 8"),
            par("Accepted. Hydra training for the Serious Organised Crime Unit is being piloted with one team."),
            hd("Recommendation 9"),
            par("Accepted. We will assign all four modules to relevant personnel by the deadline of 30 April 2026."),
        ],
        ["Tim Fennimore", "Chief Constable"],
    )


def _dyfed() -> Blocks:
    return letter(
        ["Dyfed-Powys Police and Crime Commissioner", "PO Box 99", "Llangunnor", "Carmarthen SA31 2PF"],
        "9th July 2025",
        f"Response to HMICFRS: {OIC_TITLE}",
        [
            par(
                "Dyfed-Powys is the largest police area in England and Wales by area, and mostly rural; the ferry "
                "ports of Fishguard and Pembroke Dock link it to Ireland. I welcome the report."
            ),
            par(
                "The Chief Constable has accepted recommendations 2, 4, 8 and 9, and his response is appended. I "
                "support his acceptance of each of them."
            ),
            par(
                "I will ask for an update on progress at my Policing Accountability Board in December, and I "
                "note that the Welsh Government's own work on modern slavery will feed into this."
            ),
            (
                "sign",
                ["Yn gywir / Yours sincerely", "Owain Pritchard", "Police and Crime Commissioner for Dyfed-Powys"],
            ),
            hd("Annex A – Chief Constable's response"),
            par(
                "Recommendation 2. The force completes the required intelligence document for every NCCU referral. "
                "This was already our practice before the inspection, and an audit in May found no gaps."
            ),
            par(
                "Recommendation 4. The force's intelligence collection plan for the ports is being updated to "
                "cover organised immigration crime. The update is roughly half complete."
            ),
            par(
                "Recommendation 8. Hydra training is planned for the port policing unit, subject to places being "
                "offered on the national course."
            ),
            par("Recommendation 9. No decision has been made yet about which staff should complete the modules."),
        ],
        ["Ifan Rhys-Parry", "Chief Constable, Dyfed-Powys Police"],
        footer="Comisiynydd Heddlu a Throseddu Dyfed-Powys / Dyfed-Powys Police and Crime Commissioner",
    )


def _staffordshire() -> Blocks:
    rows = [
        ["Item", "Recommendation", "Positions", "Update"],
        [
            "6.1",
            "Rec 2 – intelligence document for NCCU referrals",
            "Force: Accepted. PFCC: Supported.",
            "Complete – June 2025. Audit of May referrals shows full compliance.",
        ],
        [
            "6.2",
            "Rec 4 – OIC information plans",
            "Force: Accepted. PFCC: Supported.",
            "Amber: on track for December. Draft plan presented to this board.",
        ],
        [
            "6.3",
            "Rec 8 – Hydra",
            "Force: Accepted. PFCC: Noted.",
            "Not started – awaiting national guidance on which roles count as relevant personnel.",
        ],
        [
            "6.4",
            "Rec 9 – OIC e-learning",
            "Force: Partially accepted. PFCC: Noted.",
            "Force will require modules 1 and 2 only. No update on timing.",
        ],
    ]
    return letter(
        [
            "Staffordshire Commissioner's Office",
            "Staffordshire Police, Fire and Rescue and Crime Commissioner",
            "Block 9, Weston Road",
            "Stafford ST18 0YY",
        ],
        "Thursday 26 June 2025",
        f"Strategic Governance Board – extract: HMICFRS '{OIC_TITLE}'",
        [
            par(
                "This extract from the minutes of the Strategic Governance Board of 26 June 2025 records the "
                "positions of Staffordshire Police and the Commissioner on each recommendation, and forms the "
                "Commissioner's response to the inspectorate."
            ),
            tab(rows),
            par("Action: the Chief Constable to bring a revised training timetable to the December board."),
        ],
        ["Signed", "Bernard Ashworth", "Staffordshire Police, Fire and Rescue and Crime Commissioner"],
        dear="To HM Chief Inspector of Constabulary,",
    )


def _leicestershire() -> Blocks:
    rows = [
        ["Recommendation", "Force", "OPCC"],
        ["2", "Force: Accepted. Done.", "OPCC: Agreed."],
        [
            "4",
            "Force: Accepted. Plan being written jointly with Leicester City Council's community safety team.",
            "OPCC: Agreed. Will review at the Police and Crime Panel.",
        ],
        ["8", "Force: Accepted. Hydra session booked for 14 October for the Major Crime team.", "OPCC: Agreed."],
        [
            "9",
            "Force: Not accepted as worded: the force will deliver its own shorter package instead.",
            "OPCC: I disagree with the force on this one and have asked the Chief Constable to reconsider.",
        ],
    ]
    return letter(
        [
            "Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland",
            "St Johns",
            "Enderby",
            "Leicester LE19 2BX",
        ],
        "08/07/2025",
        f"Joint Performance Meeting – recommendations from '{OIC_TITLE}'",
        [
            par(
                "Leicester is a diverse city with a large garment manufacturing sector, in which labour "
                "exploitation has been found before. The positions agreed at the Joint Performance Meeting are "
                "below."
            ),
            tab(rows),
        ],
        ["Sanjay Kholi-Barrett", "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"],
    )


def _lancashire() -> Blocks:
    return letter(
        ["Lancashire Police and Crime Commissioner", "County Hall", "Preston", "PR1 8XJ"],
        "30th June 2025",
        f"Response to '{OIC_TITLE}'",
        [
            par(
                "Lancashire has a mix of large towns, coastal resorts and rural Pennine areas, and its motorway "
                "network carries much of the traffic between the ports of the north west and the rest of the "
                "country. I have discussed the report with the Chief Constable."
            ),
            hd("Making sure intelligence follows every referral"),
            par(
                "The Chief Constable has accepted this recommendation; I support it and will test compliance "
                "through my Accountability Board. The force says a dip sample of referrals is now carried out "
                "every month by the Force Intelligence Bureau, and that the intelligence document is submitted "
                "in every case."
            ),
            hd("Understanding and sharing what we know"),
            par(
                "The Chief Constable and I agree that this is the most important of the four. Lancashire's "
                "organised immigration crime profile was refreshed in 2024; the force is now turning it into a "
                "collection plan, which is expected to be signed off in the autumn."
            ),
            hd("Training for investigators"),
            par(
                "The Chief Constable has accepted the recommendation about the Hydra package. It has yet to be "
                "delivered in Lancashire: the force is waiting for the Modern Slavery and Organised Immigration "
                "Crime Unit to release dates for the north west."
            ),
            hd("Online learning"),
            par(
                "The Chief Constable has accepted this recommendation in part, preferring to target the modules at "
                "investigators. I welcome that approach. Around a third of investigators have completed all four "
                "modules so far."
            ),
            par("I will publish the force's progress on my website when I next report to the Police and Crime Panel."),
        ],
        ["Yours sincerely,", "", "Connor Whitacre", "Police and Crime Commissioner for Lancashire"],
    )


def _wiltshire() -> Blocks:
    return letter(
        ["Office of the Police and Crime Commissioner for Wiltshire and Swindon", "London Road", "Devizes", "SN10 2DN"],
        "July 2025",
        "HMICFRS report on the response to organised immigration crime: comments of the PCC for Wiltshire",
        [
            par(
                "I was elected in May 2024, and this is my office's first response to a national thematic "
                "inspection under section 55. I have asked the Chief Constable to respond to each recommendation, "
                "and I summarise his response below with my comments."
            ),
            hd("Intelligence when officers report to the NCCU"),
            par(
                "The force accepts this recommendation. It states that a reminder and a short briefing video "
                "have been issued to all officers, and that the requirement is now included in the force's "
                "crime recording guidance. I have asked to see the next audit."
            ),
            hd("Collecting, analysing and sharing OIC information"),
            par(
                "The force accepts this recommendation. The Chief Constable tells me that a collection plan for "
                "Swindon, where most of the county's OIC intelligence originates, is under development with "
                "Swindon Borough Council."
            ),
            hd("The Hydra package"),
            par(
                "The force accepts this recommendation. Hydra training has not been scheduled; the force wants to "
                "train its investigators first in its new crime recording system, which goes live in the new "
                "year."
            ),
            hd("E-learning for relevant personnel"),
            par(
                "The force accepts this recommendation. The Chief Constable reports that the four modules will be "
                "made mandatory for Criminal Investigation Department staff from January 2026."
            ),
            par(
                "The report's finding that forces have little understanding of the scale of organised "
                "immigration crime applies to Wiltshire as to elsewhere."
            ),
        ],
        ["Yours sincerely", "Peter Danvers", "Police and Crime Commissioner for Wiltshire and Swindon"],
    )


def _nottinghamshire() -> Blocks:
    return letter(
        [
            "Nottinghamshire Office of the Police and Crime Commissioner",
            "Arnot Hill House",
            "Arnold",
            "Nottingham NG5 6LU",
        ],
        "Friday 11 July 2025",
        f"Nottinghamshire PCC response: {OIC_TITLE}",
        [
            par(
                "Nottinghamshire combines the city of Nottingham with former coalfield towns and a rural north. "
                "The Chief Constable's position on each recommendation is set out below, with my comments."
            ),
            hd("Referrals to the National Command and Control Unit"),
            par(
                "The Chief Constable has accepted this recommendation. A new referral form was launched in May, "
                "and since then each referral has had an intelligence submission attached. I have asked my office "
                "to check a sample."
            ),
            hd("A plan for OIC information"),
            par(
                "Accepted by the Chief Constable. The East Midlands Special Operations Unit leads for the region; "
                "the force's own contribution is being agreed."
            ),
            hd("Hydra"),
            par(
                "Accepted by the Chief Constable. Hydra is already part of the detective training programme and "
                "has been since 2023."
            ),
            hd("The four e-learning modules"),
            par(
                "Accepted by the Chief Constable. No work has begun; the force will wait for the College of "
                "Policing's revised module 3, which is due this winter. I will raise this at my next Strategic "
                "Board."
            ),
        ],
        ["Yours sincerely", "Gordon Ellery", "Police and Crime Commissioner for Nottinghamshire"],
    )


def _northamptonshire() -> Blocks:
    return letter(
        [
            "Northamptonshire Police, Fire and Crime Commissioner",
            "Darby House",
            "Darby Close",
            "Wellingborough",
            "NN8 6GS",
        ],
        "16.06.2025",
        "Response to HMICFRS thematic inspection: organised immigration crime",
        [
            par(
                "Northamptonshire sits at the centre of the country's logistics network, and its warehouses and "
                "distribution centres have seen cases of labour exploitation."
            ),
            hd("Recommendation 2"),
            par(
                "I accept this recommendation. Northamptonshire Police has updated its intelligence procedures, and "
                "submissions following referrals to the NCCU are now routine."
            ),
            hd("Recommendation 4"),
            par(
                "I accept this recommendation. The force intends to produce its plan after the regional problem "
                "profile is refreshed, which is expected next spring."
            ),
            hd("Recommendation 8"),
            par("I accept this recommendation. Of the 60 officers identified, 22 have completed Hydra."),
            hd("Recommendation 9"),
            par(
                "I accept this recommendation. I have not been told how the force plans to deliver it and have "
                "asked the Chief Constable for a plan."
            ),
        ],
        ["Yours faithfully,", "Delia Strand", "Police, Fire and Crime Commissioner for Northamptonshire"],
    )


def _warwickshire() -> Blocks:
    return letter(
        ["Warwickshire Police and Crime Commissioner", "3 Northgate Street", "Warwick CV34 4SP"],
        "20th June 2025",
        f"Warwickshire response – {OIC_TITLE}",
        [
            par(
                "The Chief Constable and I have considered the report together. Warwickshire is one of the "
                "smallest forces in England, so we work closely with West Mercia and the West Midlands Regional "
                "Organised Crime Unit on this threat."
            ),
            hd("R2"),
            par(
                "Warwickshire Police accepts. The force's procedure was changed in May and an intelligence "
                "submission is made after every NCCU referral. I support this and regard it as complete."
            ),
            hd("R4"),
            par(
                "Warwickshire Police accepts. The force's plan will form part of the regional collection plan "
                "being prepared by the ROCU. I support this."
            ),
            hd("R8"),
            par(
                "Warwickshire Police accepts. Hydra training has been delivered to the force's Serious and "
                "Organised Crime Team; further courses for CID are planned for 2026. I support this."
            ),
            hd("R9"),
            par(
                "Warwickshire Police accepts. I support this. The modules have been issued to all investigators "
                "with a completion date of March 2026."
            ),
        ],
        ["Yours sincerely,", "Nadia Prescott-Hume", "Police and Crime Commissioner for Warwickshire"],
    )


def _hampshire() -> Blocks:
    return letter(
        [
            "Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight",
            "St George's Chambers",
            "St George's Street",
            "Winchester SO23 8AJ",
        ],
        "1 July 2025",
        f"Re: {OIC_TITLE}",
        [
            par(
                "Thank you for your report. The Port of Southampton and the Isle of Wight ferry routes give "
                "organised immigration crime a real presence in this area."
            ),
            par(
                "The Chief Constable has accepted all four of the recommendations made to chief constables, and I "
                "fully support them. I comment below only where there is something to add."
            ),
            par(
                "On Hydra, the force has trained its Serious and Organised Crime officers and its Marine Unit, and "
                "I regard the recommendation as met for those teams. On the e-learning, I am less content: "
                "the force has decided to make only the first module mandatory, and I only partly agree with that "
                "decision. The remaining modules will be optional."
            ),
            par("I will continue to review the force's progress through my Police and Crime Plan performance reports."),
        ],
        ["Yours sincerely,", "", "Deborah Hanley", "Police and Crime Commissioner for Hampshire and the Isle of Wight"],
    )


def _sussex() -> Blocks:
    return letter(
        ["Sussex Police and Crime Commissioner", "Sackville House", "Brooks Close", "Lewes BN7 2FZ"],
        "18th June 2025",
        f"Response to the HMICFRS report: {OIC_TITLE}",
        [
            par(
                "I accept every recommendation in this report that is addressed to chief constables. The Sussex "
                "coast, Newhaven port and Gatwick airport all bring organised immigration crime into the county."
            ),
            hd("NCCU intelligence"),
            par(
                "The intelligence document is now completed for every referral; the force changed its process in "
                "April. This one is done."
            ),
            hd("E-learning"),
            par(
                "The Chief Constable tells me that modules 1 to 3 have been completed by 70% of relevant staff, "
                "with module 4 due to be added in the autumn."
            ),
            par("On the remaining recommendations the force will report to me in September."),
        ],
        ["Best wishes", "Kirsty Bowden-Ellis", "Sussex Police and Crime Commissioner"],
    )


def _bedfordshire() -> Blocks:
    rows = [
        ["Recommendation", "Bedfordshire Police update", "Status"],
        [
            "Recommendation 2",
            "The force has introduced a checklist for NCCU referrals at Luton Airport and in "
            "custody. Adherence is being monitored but not yet audited.",
            "In progress",
        ],
        [
            "Recommendation 4",
            "Our collection and analysis plan was refreshed in March 2025 and is shared with "
            "the BCH (Bedfordshire, Cambridgeshire and Hertfordshire) partners.",
            "Complete",
        ],
        ["Recommendation 8", "No training delivered yet.", "Not started"],
        [
            "Recommendation 9",
            "Modules to be added to the force's learning platform once the national version is released.",
            "Planned",
        ],
    ]
    return letter(
        ["Bedfordshire Police and Crime Commissioner", "Bridgebury House", "Kempston", "Bedford MK43 9AX"],
        "2nd July 2025",
        f"HMICFRS: {OIC_TITLE} – PCC response",
        [
            par(
                "Bedfordshire is a small county, but Luton is among the most diverse towns in the country, and "
                "London Luton Airport sits within the force area."
            ),
            par(
                "I accept all the recommendations for chief constables, and the force has done the same. I "
                "welcome recommendation 4 in particular, as information sharing is a theme of my Police and "
                "Crime Plan. But I do not agree with the April 2026 deadline for recommendation 8: the national "
                "training capacity is not there, and I have raised this with the National Police Chiefs' "
                "Council."
            ),
            par("The force's update on each recommendation follows."),
            tab(rows),
            par("I will seek a further update at my Strategic Accountability Meeting in October."),
        ],
        ["Yours sincerely", "Joel Tarrant", "Police and Crime Commissioner for Bedfordshire"],
        footer="Bedfordshire OPCC – response to HMICFRS",
    )


def _merseyside() -> Blocks:
    return letter(
        ["Merseyside Police and Crime Commissioner", "Mather Avenue", "Liverpool L18 6JN"],
        "25/06/2025",
        f"{OIC_TITLE} – response of the Police and Crime Commissioner for Merseyside",
        [
            par(
                "Liverpool's port and the Mersey docks give organised crime groups routes in and out of the "
                "region, and the force has long experience of tackling them. I welcome this inspection."
            ),
            par(
                "On the first two recommendations – submitting the intelligence document after each NCCU "
                "referral, and having clear plans to collect, analyse and share information – I agree with both. "
                "The force tells me the first has been done: Matrix, its serious organised crime unit, now owns "
                "every referral and submits the intelligence. The second is being drafted and should be signed "
                "off before the end of the year."
            ),
            par(
                "The training recommendations, Hydra and the four e-learning modules, I also agree with. Hydra "
                "has been delivered to Matrix and to the Port Unit. The e-learning will be rolled out to "
                "neighbourhood teams from September."
            ),
            par("Progress will be reported to the Merseyside Police and Crime Panel."),
        ],
        ["Yours sincerely", "Eleanor Spratt", "Police and Crime Commissioner for Merseyside"],
    )


def _cleveland() -> Blocks:
    return letter(
        [
            "Office of the Cleveland Police and Crime Commissioner",
            "Cleveland Community Safety Hub",
            "1 Cliffland Way",
            "Hemlington",
            "Middlesbrough TS8 9GL",
        ],
        "3rd July 2025",
        f"Cleveland PCC response to HMICFRS report: {OIC_TITLE}",
        [
            par(
                "Cleveland is a small, largely urban force area around the Tees, with Teesport one of the larger "
                "ports in England. The Chief Constable has accepted all four of the recommendations made to chief "
                "constables."
            ),
            par(
                "The intelligence document recommendation and the information plan recommendation are the ones "
                "I support most strongly. The first is already met: every NCCU referral made since March has been "
                "followed by an intelligence submission. The second has not started; the force will begin work "
                "once its new analyst posts are filled in the new year."
            ),
            par(
                "I support recommendations 8 and 9 too. Hydra is scheduled for the Serious and Organised Crime "
                "Unit in November, while 45 per cent of response officers have now completed all four e-learning "
                "modules."
            ),
        ],
        ["Yours sincerely,", "Martin Coulter-Ray", "Police and Crime Commissioner for Cleveland"],
    )


def _gloucestershire() -> Blocks:
    return letter(
        [
            "Office of the Police and Crime Commissioner for Gloucestershire",
            "Bamfurlong Lane",
            "Cheltenham",
            "GL51 6SP",
        ],
        "26 June 2025",
        f"{OIC_TITLE}: my response",
        [
            par(
                "Gloucestershire is a mainly rural county, with Gloucester and Cheltenham its main towns, and the "
                "M5 runs its length. I note all four recommendations made to chief constables."
            ),
            par(
                "Recommendations 2 and 8 are both complete. The Chief Constable confirms that intelligence "
                "documents are submitted for every NCCU referral, and that all detectives in the Serious "
                "Organised Crime Unit have completed Hydra."
            ),
            par(
                "Recommendations 4 and 9 are in progress: the information plan is being drafted with the South "
                "West Regional Organised Crime Unit, and the e-learning is being rolled out team by team."
            ),
            par("I will continue to monitor all four through my Police and Crime Plan delivery board."),
        ],
        ["Yours sincerely", "Colin Neave", "Police and Crime Commissioner for Gloucestershire"],
    )


def _humberside_txt() -> Blocks:
    return letter(
        ["Humberside Police and Crime Commissioner", "The Lawns", "Harland Way", "Cottingham", "HU16 5SN"],
        "14th August 2025",
        f"Response to HMICFRS: {SOC_TITLE}",
        [
            par(
                "Humberside covers Hull, the south bank towns of Grimsby and Scunthorpe, and the rural East Riding, "
                "and the Humber ports make it a gateway for organised crime into the region. I took office in "
                "May 2024 and I have made serious and organised crime one of my three priorities."
            ),
            par(
                "The report made two areas for improvement for the Yorkshire and Humber Regional Organised Crime "
                "Unit and its constituent forces. The Chief Constable accepts both, and so do I."
            ),
            hd("Area for improvement 1: working together"),
            quo("soc:1"),
            par(
                "A regional tasking and coordination group, chaired in turn by each force's assistant chief "
                "constable, has met monthly since January. Humberside Police now seconds two detective sergeants "
                "to the ROCU. I consider this area for improvement addressed."
            ),
            hd("Area for improvement 2: technical surveillance equipment"),
            quo("soc:2"),
            par(
                "The four forces are part way through moving to a single regional procurement framework for "
                "technical surveillance equipment; Humberside's existing contract ends in 2026, after which it "
                "will buy through the framework."
            ),
            par("I will discuss both with my fellow commissioners and the Mayors at the Regional Collaboration Board."),
        ],
        ["Yours sincerely,", "", "Jeremy Eastham", "Police and Crime Commissioner for Humberside"],
    )


def _north_yorkshire() -> Blocks:
    return letter(
        [
            "York and North Yorkshire Combined Authority",
            "Policing, Fire and Crime",
            "West Park Centre",
            "Harrogate HG1 1BJ",
        ],
        "5 September 2025",
        "HMICFRS regional inspection of serious and organised crime – response of the Mayor of York and "
        "North Yorkshire",
        [
            par(
                "Since May 2024 the Mayor of York and North Yorkshire has exercised the functions of police and "
                "crime commissioner, and the Deputy Mayor for Policing, Fire and Crime responds on the Mayor's "
                "behalf. North Yorkshire is England's largest county and mostly rural; county lines from the "
                "cities reach its market towns and the coast."
            ),
            par(
                "This response concerns the report on the regional response to serious and organised crime, and "
                "its two areas for improvement for the ROCU and the four forces."
            ),
            hd("How the ROCU and the forces work together"),
            par(
                "North Yorkshire Police has agreed this area for improvement. The force is reviewing how it takes "
                "tasking from the ROCU; the review is due to report in December. I support this and will receive "
                "the review at my Executive Board."
            ),
            hd("Technical surveillance equipment"),
            par(
                "North Yorkshire Police has agreed this area for improvement. No work has begun locally; the "
                "force awaits the regional procurement lead's proposal. I note the force's position."
            ),
        ],
        [
            "Yours sincerely",
            "Josephine Callan-Webb",
            "Deputy Mayor for Policing, Fire and Crime",
            "on behalf of the Mayor of York and North Yorkshire",
        ],
    )


def _humberside_pdf() -> Blocks:
    rows = [
        ["AFI", "Area for improvement", "Humberside Police response", "RAG", "PCC comment"],
        [
            "1",
            REC["soc:1"],
            "The force has joined the regional joint tasking structure and shares its organised crime group "
            "mapping with the ROCU every fortnight. A regional performance framework is being drafted.",
            "Amber",
            "I am fully supportive of this and will ask about the performance framework at my next Accountability "
            "Board.",
        ],
        [
            "2",
            REC["soc:2"],
            "Humberside has already moved its technical surveillance purchasing to the ROCU and holds no separate "
            "equipment budget. Complete – April 2025.",
            "Green",
            "I welcome this; the force's position is agreed.",
        ],
    ]
    return letter(
        ["Humberside Police and Crime Commissioner", "The Lawns", "Harland Way", "Cottingham", "HU16 5SN"],
        "30th July 2025",
        f"Update on the areas for improvement in '{SOC_TITLE}'",
        [
            par(
                "This update follows my earlier letter and sets out the force's progress on the two areas for "
                "improvement, with my comments. The National Crime Agency's own review of regional tasking is "
                "continuing separately and is not covered here."
            ),
            par(
                "The Regional Organised Crime Unit is hosted by West Yorkshire Police; where the response "
                "refers to the ROCU, it is the Yorkshire and Humber unit that is meant."
            ),
            tab(rows),
            par(
                "The report's finding that the region lacked a shared view of its organised crime threat is one "
                "I recognise. The Humber ports, the Hull and Grimsby estuaries, and the rural roads of the East "
                "Riding and North Lincolnshire all feature in the force's organised crime group mapping."
            ),
            par("I will keep both areas for improvement on my scrutiny plan until the regional framework is in place."),
        ],
        ["Yours sincerely", "Jeremy Eastham", "Police and Crime Commissioner for Humberside"],
        footer="Humberside OPCC – SOC regional inspection update",
    )


def _cheshire() -> Blocks:
    return letter(
        [
            "Office of the Police and Crime Commissioner for Cheshire",
            "Clemonds Hey",
            "Oakmere Road",
            "Winsford CW7 2UA",
        ],
        "07/07/2025",
        f"Cheshire PCC response to HMICFRS: {OIC_TITLE}",
        [
            par(
                "Cheshire mixes the towns of Warrington, Crewe and Chester with a large rural area, and the M6 and "
                "M56 bring organised crime through the county. The Chief Constable and I have discussed the "
                "report."
            ),
            hd("Recommendation 2"),
            par(
                "I accept. The Constabulary has put in place a process, owned by its Force Intelligence Bureau, to "
                "make sure the intelligence document is completed every time a referral is made to the NCCU."
            ),
            hd("Recommendation 8"),
            par(
                "I accept. Hydra training is scheduled for the Serious and Organised Crime Unit in the autumn, with "
                "other teams to follow."
            ),
            par(
                "I will write again on the remaining recommendations once the Chief Constable has reported to me "
                "on them."
            ),
        ],
        ["Yours sincerely", "Daniel Hewitt-Boyd", "Police and Crime Commissioner for Cheshire"],
    )


def _cambridgeshire() -> Blocks:
    return letter(
        ["Cambridgeshire and Peterborough Police and Crime Commissioner", "Hinchingbrooke Park", "Huntingdon PE29 6NP"],
        "18th August 2025",
        f"Response to the HMICFRS report '{OIC_TITLE}'",
        [
            par(
                "I apologise for the lateness of this response, which follows the change of Commissioner in the "
                "spring. Cambridgeshire and Peterborough combines the city of Peterborough, with its large "
                "migrant community, the university city of Cambridge, and the agricultural Fens, where labour "
                "exploitation is a long-standing concern."
            ),
            hd("Intelligence after NCCU referrals"),
            par(
                "I accept this recommendation. The Constabulary tells me it has rewritten its referral guidance "
                "and that compliance rose to 95% in July."
            ),
            hd("Collecting and sharing information"),
            par(
                "I accept this recommendation. The force and Peterborough City Council have agreed a data sharing "
                "protocol, and the analytical plan is due in October."
            ),
            hd("Hydra training"),
            par("I accept this recommendation. The force has not yet begun."),
            hd("E-learning modules"),
            par(
                "I accept this recommendation. The modules are now mandatory for all detectives and have been "
                "since the start of August."
            ),
        ],
        [
            "Yours sincerely,",
            "",
            "Adaeze Holloway",
            "Police and Crime Commissioner for Cambridgeshire and Peterborough",
        ],
    )


# ------------------------------------------------------------------------------------------------
# Truth, written by hand from reading each letter above


def _t(
    id: str,
    kind: str,
    fmt: str,
    force: str,
    org: str,
    report: str,
    date: str | None,
    author: list[str],
    items: list[dict[str, Any]],
    unanswered: list[str] | None = None,
    late: bool = False,
) -> dict[str, Any]:
    # Section 55: 56 days beginning with the day of publication (16 May 2025 is day 1), so 10 July is the last day
    late = late or bool(report == "oic-2025" and date and date > "2025-07-10")
    return {
        "id": id,
        "file": f"{id}.{fmt}",
        "kind": kind,
        "format": fmt,
        "report": report,
        "report_title_in_letter": OIC_TITLE if report == "oic-2025" else SOC_TITLE,
        "force": force,
        "organisation": org,
        "author": {"name": author[0], "role": author[1]},
        "date": date,
        "late": late,
        "items": items,
        "unanswered": unanswered or [],
        "run_with_report": None,
        "split": "tuneset",
    }


PB, CC = "policing_body", "chief_constable"
OIC, SOC = "oic-2025", "soc-yh-2025"
IMP, PROG, PLAN, NOT, NS = "implemented", "in_progress", "planned", "not_started", "not_stated"


def _pcc(area: str) -> str:
    return f"{area} Police and Crime Commissioner"


LETTERS: list[tuple[Any, dict[str, Any]]] = [
    (
        _derbyshire,
        _t(
            "tuneset-01",
            "table_docx",
            "docx",
            "Derbyshire Constabulary",
            _pcc("Derbyshire"),
            OIC,
            "2025-07-03",
            ["Harriet Colley", "Police and Crime Commissioner for Derbyshire"],
            [
                item("2", "support", IMP, cc="accept"),
                item("4", "support", PROG, cc="accept"),
                item("8", "support", PROG, cc="accept"),
                item("9", "note", [NOT, PLAN], cc="partially_agree"),
            ],
        ),
    ),
    (
        _kent,
        _t(
            "tuneset-02",
            "table_docx",
            "docx",
            "Kent Police",
            _pcc("Kent"),
            OIC,
            "2025-06-24",
            ["Martin Gale", "Kent Police and Crime Commissioner"],
            [
                item("2", ["support", "agree"], IMP),
                item("4", "accept", PROG),
                item("8", "accept", IMP),
                item("9", "accept", PLAN),
            ],
        ),
    ),
    (
        _cumbria,
        _t(
            "tuneset-03",
            "table_docx",
            "docx",
            "Cumbria Constabulary",
            "Cumbria Police, Fire and Crime Commissioner",
            OIC,
            "2025-07-11",
            ["Dominic Fairley", "Police, Fire and Crime Commissioner for Cumbria"],
            [
                item("2", "accept", IMP, by=CC, cc="accept"),
                item("4", ["accept", "note"], NOT, by=CC, cc="accept"),
                item("8", "accept", PROG, by=CC, cc="accept"),
                item("9", "support", NS, cc="accept"),
            ],
        ),
    ),
    (
        _avon,
        _t(
            "tuneset-04",
            "table_html",
            "html",
            "Avon and Somerset Police",
            _pcc("Avon and Somerset"),
            OIC,
            "2025-07-07",
            ["Carys Mowbray", "Police and Crime Commissioner for Avon and Somerset"],
            [
                item("2", "support", PROG, cc="accept"),
                item("4", "agree", IMP, cc="agree"),
                item("8", "accept", NOT, by=CC, cc="accept"),
                item("9", "accept", PLAN, by=CC, cc="accept"),
            ],
        ),
    ),
    (
        _hertfordshire,
        _t(
            "tuneset-05",
            "table_html",
            "html",
            "Hertfordshire Constabulary",
            _pcc("Hertfordshire"),
            OIC,
            "2025-06-19",
            ["Jonathan Astley", "Hertfordshire Police and Crime Commissioner"],
            [
                item("2", "accept", IMP, cc="accept"),
                item("4", "partially_agree", PROG, cc="accept"),
                item("8", "accept", IMP, cc="accept"),
                item("9", "accept", NOT, cc="accept"),
            ],
        ),
    ),
    (
        _devon,
        _t(
            "tuneset-06",
            "table_pdf",
            "pdf",
            "Devon and Cornwall Police",
            "Devon, Cornwall and the Isles of Scilly Police and Crime Commissioner",
            OIC,
            "2025-07-08",
            ["Alice Trelawney", "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"],
            [
                item("2", "not_stated", IMP, by=None),
                item("4", "accept", PROG),
                item("8", "accept", PROG),
                item("9", "accept", NOT),
            ],
        ),
    ),
    (
        _essex,
        _t(
            "tuneset-07",
            "table_pdf",
            "pdf",
            "Essex Police",
            "Essex Police, Fire and Crime Commissioner",
            OIC,
            "2025-07-10",
            ["Rupert Halsey", "Police, Fire and Crime Commissioner for Essex"],
            [
                item("2", "accept", IMP, by=CC, cc="accept"),
                item("4", "support", [PLAN, PROG], cc="accept"),
                item("8", "support", PROG, cc="accept"),
                item("9", "support", [NOT, PLAN], cc="accept"),
            ],
        ),
    ),
    (
        _lincolnshire,
        _t(
            "tuneset-08",
            "table_pdf",
            "pdf",
            "Lincolnshire Police",
            _pcc("Lincolnshire"),
            OIC,
            "2025-07-01",
            ["Miles Ledger", "Police and Crime Commissioner for Lincolnshire"],
            [
                item("2", "note", IMP, cc="accept"),
                item("4", "agree", PROG, cc="accept"),
                item("8", "agree", PLAN, cc="accept"),
                item("9", "agree", [PROG, IMP], cc="accept"),
            ],
        ),
    ),
    (
        _norfolk,
        _t(
            "tuneset-09",
            "cc_annex",
            "txt",
            "Norfolk Constabulary",
            _pcc("Norfolk"),
            OIC,
            "2025-07-02",
            ["Graham Ostley", "Police and Crime Commissioner for Norfolk"],
            [
                item("2", "accept", IMP, cc="accept"),
                item("4", "accept", PLAN, cc="accept"),
                item("8", "accept", [PROG, IMP], cc="accept"),
                item("9", "accept", [PROG, NOT], cc="accept"),
            ],
        ),
    ),
    (
        _suffolk,
        _t(
            "tuneset-10",
            "cc_annex",
            "docx",
            "Suffolk Constabulary",
            _pcc("Suffolk"),
            OIC,
            "2025-06-27",
            ["Tamsin Cordell", "Police and Crime Commissioner for Suffolk"],
            [
                item("2", "support", IMP, cc="accept"),
                item("4", "support", PROG, cc="accept"),
                item("8", "support", PLAN, cc="accept"),
                item("9", "support", NOT, cc="accept"),
            ],
        ),
    ),
    (
        _surrey,
        _t(
            "tuneset-11",
            "cc_annex",
            "html",
            "Surrey Police",
            _pcc("Surrey"),
            OIC,
            "2025-07-04",
            ["Laura Thewlis", "Police and Crime Commissioner for Surrey"],
            [
                item("2", "agree", IMP, cc="accept"),
                item("4", "agree", [PROG, PLAN], cc="accept"),
                item("8", "agree", PROG, cc="accept"),
                item("9", "partially_agree", PLAN, cc="accept"),
            ],
        ),
    ),
    (
        _dyfed,
        _t(
            "tuneset-12",
            "cc_annex",
            "pdf",
            "Dyfed-Powys Police",
            _pcc("Dyfed-Powys"),
            OIC,
            "2025-07-09",
            ["Owain Pritchard", "Police and Crime Commissioner for Dyfed-Powys"],
            [
                item("2", "support", IMP, cc="accept"),
                item("4", "support", PROG, cc="accept"),
                item("8", "support", PLAN, cc="accept"),
                item("9", "support", NOT, cc="accept"),
            ],
        ),
    ),
    (
        _staffordshire,
        _t(
            "tuneset-13",
            "table_status_column",
            "html",
            "Staffordshire Police",
            "Staffordshire Police, Fire and Rescue and Crime Commissioner",
            OIC,
            "2025-06-26",
            ["Bernard Ashworth", "Staffordshire Police, Fire and Rescue and Crime Commissioner"],
            [
                item("2", "support", IMP, cc="accept"),
                item("4", "support", PROG, cc="accept"),
                item("8", "note", NOT, cc="accept"),
                item("9", "note", [NS, PLAN], cc="partially_agree"),
            ],
        ),
    ),
    (
        _leicestershire,
        _t(
            "tuneset-14",
            "table_status_column",
            "txt",
            "Leicestershire Police",
            _pcc("Leicester, Leicestershire and Rutland"),
            OIC,
            "2025-07-08",
            ["Sanjay Kholi-Barrett", "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"],
            [
                item("2", "agree", IMP, cc="accept"),
                item("4", "agree", PROG, cc="accept"),
                item("8", "agree", PLAN, cc="accept"),
                item("9", "disagree", [NOT, NS], cc="disagree"),
            ],
        ),
    ),
    (
        _lancashire,
        _t(
            "tuneset-15",
            "paraphrase_headings",
            "txt",
            "Lancashire Constabulary",
            _pcc("Lancashire"),
            OIC,
            "2025-06-30",
            ["Connor Whitacre", "Police and Crime Commissioner for Lancashire"],
            [
                item("2", "support", IMP, cc="accept"),
                item("4", "agree", [PROG, PLAN], cc="agree"),
                item("8", "accept", NOT, by=CC, cc="accept"),
                item("9", ["support", "partially_agree"], PROG, cc="partially_agree"),
            ],
        ),
    ),
    (
        _wiltshire,
        _t(
            "tuneset-16",
            "paraphrase_headings",
            "docx",
            "Wiltshire Police",
            _pcc("Wiltshire and Swindon"),
            OIC,
            None,
            ["Peter Danvers", "Police and Crime Commissioner for Wiltshire and Swindon"],
            [
                item("2", "accept", IMP, by=CC, cc="accept"),
                item("4", "accept", PROG, by=CC, cc="accept"),
                item("8", "accept", NOT, by=CC, cc="accept"),
                item("9", "accept", PLAN, by=CC, cc="accept"),
            ],
        ),
    ),
    (
        _nottinghamshire,
        _t(
            "tuneset-17",
            "paraphrase_headings",
            "html",
            "Nottinghamshire Police",
            _pcc("Nottinghamshire"),
            OIC,
            "2025-07-11",
            ["Gordon Ellery", "Police and Crime Commissioner for Nottinghamshire"],
            [
                item("2", "accept", IMP, by=CC, cc="accept"),
                item("4", "accept", PROG, by=CC, cc="accept"),
                item("8", "accept", IMP, by=CC, cc="accept"),
                item("9", "accept", NOT, by=CC, cc="accept"),
            ],
        ),
    ),
    (
        _northamptonshire,
        _t(
            "tuneset-18",
            "labels_only",
            "txt",
            "Northamptonshire Police",
            "Northamptonshire Police, Fire and Crime Commissioner",
            OIC,
            "2025-06-16",
            ["Delia Strand", "Police, Fire and Crime Commissioner for Northamptonshire"],
            [
                item("2", "accept", IMP),
                item("4", "accept", PLAN),
                item("8", "accept", PROG),
                item("9", "accept", NS),
            ],
        ),
    ),
    (
        _warwickshire,
        _t(
            "tuneset-19",
            "labels_only",
            "docx",
            "Warwickshire Police",
            _pcc("Warwickshire"),
            OIC,
            "2025-06-20",
            ["Nadia Prescott-Hume", "Police and Crime Commissioner for Warwickshire"],
            [
                item("2", "support", IMP, cc="accept"),
                item("4", "support", [PROG, PLAN], cc="accept"),
                item("8", "support", [PROG, IMP], cc="accept"),
                item("9", "support", PROG, cc="accept"),
            ],
        ),
    ),
    (
        _hampshire,
        _t(
            "tuneset-20",
            "blanket",
            "txt",
            "Hampshire and Isle of Wight Constabulary",
            _pcc("Hampshire and Isle of Wight"),
            OIC,
            "2025-07-01",
            ["Deborah Hanley", "Police and Crime Commissioner for Hampshire and the Isle of Wight"],
            [
                item("2", "support", NS, cc="accept"),
                item("4", "support", NS, cc="accept"),
                item("8", "support", IMP, cc="accept"),
                item("9", "partially_agree", [PROG, NS], cc="accept"),
            ],
        ),
    ),
    (
        _sussex,
        _t(
            "tuneset-21",
            "blanket",
            "html",
            "Sussex Police",
            _pcc("Sussex"),
            OIC,
            "2025-06-18",
            ["Kirsty Bowden-Ellis", "Sussex Police and Crime Commissioner"],
            [
                item("2", "accept", IMP),
                item("4", "accept", NS),
                item("8", "accept", NS),
                item("9", "accept", [PROG, PLAN]),
            ],
        ),
    ),
    (
        _bedfordshire,
        _t(
            "tuneset-22",
            "blanket",
            "pdf",
            "Bedfordshire Police",
            _pcc("Bedfordshire"),
            OIC,
            "2025-07-02",
            ["Joel Tarrant", "Police and Crime Commissioner for Bedfordshire"],
            [
                item("2", "accept", PROG, cc="accept"),
                item("4", ["support", "accept"], IMP, cc="accept"),
                item("8", ["partially_agree", "accept"], NOT, cc="accept"),
                item("9", "accept", PLAN, cc="accept"),
            ],
        ),
    ),
    (
        _merseyside,
        _t(
            "tuneset-23",
            "two_in_one_paragraph",
            "txt",
            "Merseyside Police",
            _pcc("Merseyside"),
            OIC,
            "2025-06-25",
            ["Eleanor Spratt", "Police and Crime Commissioner for Merseyside"],
            [
                item("2", "agree", IMP),
                item("4", "agree", PROG),
                item("8", "agree", IMP),
                item("9", "agree", PLAN),
            ],
        ),
    ),
    (
        _cleveland,
        _t(
            "tuneset-24",
            "two_in_one_paragraph",
            "docx",
            "Cleveland Police",
            _pcc("Cleveland"),
            OIC,
            "2025-07-03",
            ["Martin Coulter-Ray", "Police and Crime Commissioner for Cleveland"],
            [
                item("2", "support", IMP, cc="accept"),
                item("4", "support", [NOT, PLAN], cc="accept"),
                item("8", "support", PLAN, cc="accept"),
                item("9", "support", PROG, cc="accept"),
            ],
        ),
    ),
    (
        _gloucestershire,
        _t(
            "tuneset-25",
            "two_in_one_paragraph",
            "html",
            "Gloucestershire Constabulary",
            _pcc("Gloucestershire"),
            OIC,
            "2025-06-26",
            ["Colin Neave", "Police and Crime Commissioner for Gloucestershire"],
            [
                item("2", "note", IMP),
                item("4", "note", PROG),
                item("8", "note", IMP),
                item("9", "note", PROG),
            ],
        ),
    ),
    (
        _humberside_txt,
        _t(
            "tuneset-26",
            "regional_afi",
            "txt",
            "Humberside Police",
            _pcc("Humberside"),
            SOC,
            "2025-08-14",
            ["Jeremy Eastham", "Police and Crime Commissioner for Humberside"],
            [
                item("1", "accept", IMP, cc="accept"),
                item("2", "accept", [PROG, PLAN], cc="accept"),
            ],
        ),
    ),
    (
        _north_yorkshire,
        _t(
            "tuneset-27",
            "regional_afi",
            "docx",
            "North Yorkshire Police",
            "Mayor of York and North Yorkshire",
            SOC,
            "2025-09-05",
            ["Josephine Callan-Webb", "Deputy Mayor for Policing, Fire and Crime"],
            [
                item("1", "support", PROG, cc="agree"),
                item("2", "note", NOT, cc="agree"),
            ],
        ),
    ),
    (
        _humberside_pdf,
        _t(
            "tuneset-28",
            "regional_afi",
            "pdf",
            "Humberside Police",
            _pcc("Humberside"),
            SOC,
            "2025-07-30",
            ["Jeremy Eastham", "Police and Crime Commissioner for Humberside"],
            [
                item("1", "support", PROG),
                item("2", ["support", "agree"], IMP),
            ],
        ),
    ),
    (
        _cheshire,
        _t(
            "tuneset-29",
            "partial",
            "txt",
            "Cheshire Constabulary",
            _pcc("Cheshire"),
            OIC,
            "2025-07-07",
            ["Daniel Hewitt-Boyd", "Police and Crime Commissioner for Cheshire"],
            [
                item("2", "accept", IMP),
                item("8", "accept", PLAN),
            ],
            unanswered=["4", "9"],
        ),
    ),
    (
        _cambridgeshire,
        _t(
            "tuneset-30",
            "dates_late",
            "html",
            "Cambridgeshire Constabulary",
            _pcc("Cambridgeshire and Peterborough"),
            OIC,
            "2025-08-18",
            ["Adaeze Holloway", "Police and Crime Commissioner for Cambridgeshire and Peterborough"],
            [
                item("2", "accept", PROG),
                item("4", "accept", [PROG, PLAN]),
                item("8", "accept", NOT),
                item("9", "accept", IMP),
            ],
            late=True,
        ),
    ),
]


def main() -> None:
    about = (
        "A tuning set of 30 response letters written by hand on 30 November 2026 (every person's name and every "
        "sentence invented; forces and bodies are real names, used only as senders of synthetic letters), for "
        "tuning the reader: its misses are meant to be read. Same schema as tests/ingest/sealed/truth.json; "
        "split 'tuneset'. Where two labels are honestly both right, both are listed."
    )
    corpus.write_set(HERE, about, ((make(), truth) for make, truth in LETTERS))


if __name__ == "__main__":
    main()
