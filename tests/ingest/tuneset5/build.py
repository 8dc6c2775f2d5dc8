"""A fifth tuning set: 22 response letters written by hand, mirroring published forms.

    .venv/bin/python tests/ingest/tuneset5/build.py

Ten PDFs laid out as bodies publish them (four-column tables with a RAG status over two pages, a wide
table, a date only in the page footer, two reports in one letter, prose with no headings, a cover letter
with an annex in its own numbering, the regional areas for improvement quoted and renumbered, and three
more) and twelve whole letters (Word tables with full wording, bare numbers and the letter's own
numbering; web pages with paraphrasing headings, an accordion, a definition list and a news article; a
chief constable's annex, a partial answer, a blanket statement, mixed stances). Every sentence is written
here; names of people are invented. The truth beside each letter is written by hand from reading it.
Only the renderers are shared with the corpus builder. This set is for tuning: its misses may be read.
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
REC = {k.split(":")[1]: v for k, v in corpus.FINDINGS.items() if k.startswith("oic:")}
AFI = {k.split(":")[1]: v for k, v in corpus.FINDINGS.items() if k.startswith("soc:")}
HMI = ["His Majesty's Chief Inspector of Constabulary", "HMICFRS", "Globe House", "89 Eccleston Square", "London"]

Blocks = list[tuple[str, Any]]


item = corpus.item


# ------------------------------------------------------------------------------------------------
# PDFs laid out as published


def _leicestershire() -> Blocks:
    return [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner for Leicestershire",
                "Force Headquarters",
                "St Johns, Enderby, Leicester LE19 2BX",
            ],
        ),
        ("date", "3rd July 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Response to the HMICFRS report: {OIC_TITLE}"),
        (
            "para",
            "I have considered the report alongside the Chief Constable's update, which is set out in the "
            "table below with my comments. The force has graded each item using its usual red, amber and "
            "green scale.",
        ),
        (
            "table",
            [
                ["Recommendation", "Force update", "RAG", "PCC comment"],
                [
                    REC["2"],
                    "Accepted. A mandatory intelligence field was added to the referral template in June and "
                    "compliance is checked weekly by the Force Intelligence Bureau; the last audit found 94 "
                    "per cent of referrals carried a completed submission.",
                    "Green",
                    "I support this recommendation and am pleased with the pace.",
                ],
                [
                    REC["4"],
                    "Accepted. A draft collection and analysis plan has been written and is with the regional "
                    "intelligence lead for comment. Sign-off expected October 2025.",
                    "Amber",
                    "I support this. I will ask for the signed plan at my November accountability board.",
                ],
                [
                    REC["8"],
                    "Accepted. Hydra exercises depend on the regional Hydra suite, which is closed for "
                    "refurbishment; no sessions have been run yet.",
                    "Red",
                    "I note the delay, which is outside the force's control.",
                ],
                [
                    REC["9"],
                    "Accepted. The four e-learning modules will be made mandatory from January 2026, once "
                    "the learning platform upgrade is finished.",
                    "Amber",
                    "I support this recommendation.",
                ],
            ],
        ),
        (
            "para",
            "I will continue to monitor progress through my quarterly performance meetings with the Chief "
            "Constable and publish the updates on my website.",
        ),
        ("signoff", "Yours sincerely,"),
        ("sign", ["Rupert Malham", "Police and Crime Commissioner for Leicestershire"]),
        ("footer", "OPCC Leicestershire | Response to HMICFRS | OFFICIAL"),
    ]


def _northamptonshire() -> Blocks:
    return [
        (
            "letterhead",
            [
                "Northamptonshire Police, Fire and Crime Commissioner",
                "Darby House, Darby Close",
                "Park Farm Industrial Estate, Wellingborough NN8 6GS",
            ],
        ),
        ("date", "08/07/2025"),
        ("address", HMI),
        ("salutation", "Dear HM Chief Inspector,"),
        ("title", f"HMICFRS: {OIC_TITLE} – Commissioner's response"),
        (
            "para",
            "The table that follows gives, for each recommendation made to chief constables, the lead "
            "officer, the force's position, progress to date, a status and my own view.",
        ),
        (
            "table",
            [
                ["Ref", "Lead", "Force position", "Progress", "Status", "PFCC view"],
                [
                    "R2",
                    "Det Supt Intelligence",
                    "Agreed",
                    "Intelligence submissions on NCCU referrals have been "
                    "mandatory since 1 June 2025 and are checked by the duty inspector before shift end.",
                    "Complete",
                    "Agree. Business as usual.",
                ],
                [
                    "R4",
                    "Head of Analysis",
                    "Agreed",
                    "Analysts are part way through mapping sources; around half of "
                    "the partner datasets have been obtained.",
                    "In progress",
                    "Agree.",
                ],
                [
                    "R8",
                    "Head of Learning",
                    "Agreed",
                    "Hydra exercises booked for the spring 2026 training cycle.",
                    "Planned",
                    "Agree, though I would like it sooner.",
                ],
                [
                    "R9",
                    "Head of Learning",
                    "Partially agreed",
                    "Not started – awaiting national guidance on which roles must complete the modules.",
                    "Not started",
                    "I share the force's view that the College must first say who counts as relevant personnel.",
                ],
            ],
        ),
        ("para", "My office will review the position again in six months."),
        ("signoff", "Yours faithfully,"),
        ("sign", ["Danielle Ashby-Crane", "Police, Fire and Crime Commissioner for Northamptonshire"]),
        ("footer", "Northamptonshire OPFCC – published under section 55 of the Police Act 1996"),
    ]


def _cumbria() -> Blocks:
    return [
        (
            "letterhead",
            ["Cumbria Office of the Police, Fire and Crime Commissioner", "Carleton Hall, Penrith", "Cumbria CA10 2AU"],
        ),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"{OIC_TITLE}"),
        (
            "para",
            "Please accept my apologies for the lateness of this response, which follows the summer recess "
            "of our Police, Fire and Crime Panel.",
        ),
        ("heading", "Intelligence on referrals to the national unit"),
        (
            "para",
            "The Chief Constable has accepted this recommendation and I support it. A short guide for "
            "officers is being written, and the force's small intelligence team will begin dip-sampling "
            "referrals once it is issued.",
        ),
        ("heading", "Plans for information on immigration crime"),
        (
            "para",
            "Accepted by the Chief Constable. Cumbria sees relatively little of this crime, but its ports "
            "and the M6 corridor matter. A plan has been in place since the spring and is reviewed monthly. "
            "I welcome this.",
        ),
        ("heading", "Hydra exercises"),
        (
            "para",
            "The force intends to send its detectives through a Hydra exercise at Lancashire's suite next "
            "year. I accept the recommendation.",
        ),
        ("heading", "The e-learning modules"),
        (
            "para",
            "I accept this recommendation. The modules sit within the force's wider modern slavery learning plan.",
        ),
        ("signoff", "Yours sincerely,"),
        ("sign", ["Peter Lowther-Greaves", "Police, Fire and Crime Commissioner for Cumbria"]),
        ("footer", "Cumbria OPFCC | 14 July 2025 | OFFICIAL"),
    ]


def _durham() -> Blocks:
    return [
        ("letterhead", ["Durham Police and Crime Commissioner", "Police Headquarters, Aykley Heads", "Durham DH1 5TT"]),
        ("date", "Thursday 26 June 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", "Responses to two HMICFRS reports"),
        (
            "para",
            "This letter responds to two recent reports: " + OIC_TITLE + ", and An inspection of how well "
            "the police tackle fraud affecting older people.",
        ),
        ("heading", "Part 1: " + OIC_TITLE),
        (
            "para",
            "Recommendation 2. The Chief Constable and I agree. Officers now complete the intelligence "
            "submission as part of every referral; this has been routine since April.",
        ),
        (
            "para",
            "Recommendation 4. Agreed. Work has begun with Cleveland and Northumbria on a shared "
            "collection plan, which the three forces expect to finish by December.",
        ),
        (
            "para",
            "Recommendation 8. Agreed. Hydra exercises for detective sergeants will be part of next year's "
            "training plan.",
        ),
        ("para", "Recommendation 9. Agreed. No work has begun yet."),
        ("heading", "Part 2: An inspection of how well the police tackle fraud affecting older people"),
        (
            "para",
            "Recommendation 1. Accepted. The force's economic crime unit has reviewed its victim care "
            "contacts and a new referral route to Victim Support is live.",
        ),
        ("para", "Recommendation 3. Accepted. A training module is being written."),
        ("signoff", "Yours sincerely,"),
        ("sign", ["Joy Hendricks", "Police and Crime Commissioner for County Durham and Darlington"]),
        ("footer", "Durham PCC"),
    ]


def _wiltshire() -> Blocks:
    return [
        (
            "letterhead",
            ["Office of the Police and Crime Commissioner for Wiltshire and Swindon", "London Road, Devizes SN10 2DN"],
        ),
        ("date", "1 July 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        (
            "para",
            f"Thank you for the report {OIC_TITLE}, which I have discussed with the Chief Constable. "
            "Wiltshire is a largely rural county with a busy stretch of the M4, and the report's points are "
            "relevant to us. On making sure officers submit an intelligence document every time they report "
            "a case to the National Command and Control Unit, I agree with the inspectorate: the force "
            "changed its process in May and compliance has been above 90 per cent since. On clear plans to "
            "collect, analyse and share information on organised immigration crime, I also agree; the force "
            "is working with the South West regional unit on a joint plan and has so far completed the "
            "problem profile that will underpin it.",
        ),
        (
            "para",
            "The recommendation that relevant staff complete the Hydra training package is one I support. "
            "The force will run Hydra exercises for its investigators in the new year, after its control "
            "room upgrade. On the four modules of the e-learning package, I support the recommendation; the "
            "force has not set out where it stands, and I have asked the Chief Constable for an update by October.",
        ),
        ("para", "I will keep the force's progress under review at my monthly Commissioner's Monitoring Board."),
        ("signoff", "Yours sincerely,"),
        ("sign", ["Graham Bywater", "Police and Crime Commissioner for Wiltshire and Swindon"]),
    ]


def _dorset() -> Blocks:
    return [
        ("letterhead", ["Dorset Police and Crime Commissioner", "Force Headquarters, Winfrith", "Dorchester DT2 8DZ"]),
        ("date", "10 July 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"{OIC_TITLE}: response of the Dorset Police and Crime Commissioner"),
        (
            "para",
            "I welcome this report. I have asked the Chief Constable for his response, which is attached as "
            "an annex. I accept all four recommendations made to chief constables and I am content with the "
            "force's approach.",
        ),
        ("signoff", "Yours sincerely,"),
        ("sign", ["Hamish Curtis-Penrose", "Police and Crime Commissioner for Dorset"]),
        ("title", "Annex: Chief Constable's response"),
        ("heading", "1. Intelligence documents for NCCU referrals"),
        (
            "para",
            "Accepted. The force has issued a briefing to all frontline officers and the requirement has "
            "been written into the custody and referral procedures.",
        ),
        ("heading", "2. Information collection and sharing plans"),
        ("para", "Accepted. An analyst has been appointed and a plan is in draft."),
        ("heading", "3. Hydra training"),
        ("para", "Accepted. Hydra exercises are scheduled for March 2026 for all detective inspectors."),
        ("heading", "4. E-learning"),
        ("para", "Accepted. Not yet started: the force is waiting for the College to publish the revised modules."),
        ("footer", "Dorset OPCC"),
    ]


def _humberside() -> Blocks:
    return [
        ("letterhead", ["Humberside Police and Crime Commissioner", "The Lawns, Harland Way, Cottingham", "HU16 5SN"]),
        ("date", "12 February 2026"),
        ("address", HMI),
        ("salutation", "Dear HM Inspector,"),
        ("title", f"Response to: {SOC_TITLE}"),
        (
            "para",
            "The report sets out two areas for improvement for the regional unit and the four constituent "
            "forces. I respond below on behalf of Humberside, numbering them as my office does.",
        ),
        ("heading", "Point A"),
        ("quote", AFI["1"]),
        (
            "para",
            "I accept this. The Chief Constable tells me Humberside now sits on the regional tasking "
            "group each month and shares its 4P plans with the ROCU.",
        ),
        ("heading", "Point B"),
        ("quote", AFI["2"]),
        (
            "para",
            "I accept this too. A regional review of technical equipment will start in April; until then "
            "Humberside will continue to buy its own.",
        ),
        (
            "para",
            "I will follow this up with the other Yorkshire and Humber commissioners at our next "
            "regional governance board.",
        ),
        ("signoff", "Yours sincerely,"),
        ("sign", ["Callum Ashworth", "Police and Crime Commissioner for Humberside"]),
    ]


def _gwent() -> Blocks:
    return [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner for Gwent",
                "Swyddfa Comisiynydd yr Heddlu a Throseddu Gwent",
                "Cwmbran NP44 2WJ",
            ],
        ),
        ("date", "27.06.2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"{OIC_TITLE}: Gwent response"),
        (
            "table",
            [
                ["No.", "Recommendation", "Status", "Update"],
                ["2", REC["2"], "Complete", "Implemented in May 2025. Supervisors check each referral."],
                ["4", REC["4"], "On track", "The plan is being piloted in the east of the force area."],
                ["8", REC["8"], "Not started", "Awaiting a place at the regional Hydra suite."],
                ["9", REC["9"], "Complete", "All four modules added to mandatory training in April."],
            ],
        ),
        ("para", "The Chief Constable has accepted all four recommendations, and I am fully supportive of them."),
        ("signoff", "Yn gywir / Yours sincerely,"),
        ("sign", ["Rhian Pritchard", "Comisiynydd Heddlu a Throseddu Gwent / Police and Crime Commissioner for Gwent"]),
    ]


def _essex() -> Blocks:
    return [
        (
            "letterhead",
            ["Essex Police, Fire and Crime Commissioner", "Kelvedon Park, London Road", "Rivenhall, Witham CM8 3HB"],
        ),
        ("date", "July 4th, 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Re: {OIC_TITLE}"),
        ("heading", "Recommendation 2"),
        (
            "para",
            "I agree. Essex's ports make this especially important. A new form went live last week and "
            "the first compliance figures will be available in September.",
        ),
        ("heading", "Recommendation 4"),
        (
            "para",
            "I partially agree. The force already has a serious organised crime profile that covers "
            "immigration crime and does not intend to write a separate plan; it will add a section to the "
            "existing profile at its next refresh in November.",
        ),
        ("heading", "Recommendation 8"),
        (
            "para",
            "I do not agree that every relevant officer needs a full Hydra exercise. The force has instead "
            "built the Hydra scenarios into its existing ports training, which it has already updated.",
        ),
        ("heading", "Recommendation 9"),
        (
            "para",
            "I support this recommendation. The e-learning is being trialled in the Harwich and Tilbury districts.",
        ),
        ("signoff", "Kind regards,"),
        ("sign", ["Marcus Tollesbury", "Police, Fire and Crime Commissioner for Essex"]),
    ]


def _kent() -> Blocks:
    return [
        ("letterhead", ["Kent Police and Crime Commissioner", "Sutton Road, Maidstone ME15 9BZ"]),
        ("date", "2 July 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"HMICFRS report: {OIC_TITLE}"),
        (
            "para",
            "The Chief Constable and I welcome the report and accept every recommendation it makes to "
            "chief constables. Given Kent's coastline, much of this work was already under way, and I "
            "comment below only where there is something to add.",
        ),
        (
            "para",
            "On recommendation 4, I have concerns about how long the plan is taking; the force now "
            "expects to finish it in the first quarter of 2026, and I will hold it to that.",
        ),
        (
            "para",
            "On recommendation 8, every neighbourhood officer on the coast has been trained, and the "
            "remaining teams will be trained by Christmas.",
        ),
        ("signoff", "Yours sincerely,"),
        ("sign", ["Sheila Dunmore", "Kent Police and Crime Commissioner"]),
    ]


# ------------------------------------------------------------------------------------------------
# Whole letters: Word, web pages, text


def _staffordshire() -> Blocks:
    return [
        (
            "letterhead",
            [
                "Staffordshire Commissioner's Office",
                "Police, Fire and Rescue, and Crime",
                "Block 9, Weston Road, Stafford ST18 0YY",
            ],
        ),
        ("date", "7th July 2025"),
        ("address", HMI),
        ("salutation", "Dear HM Chief Inspector of Constabulary,"),
        ("title", f"Response to HMICFRS inspection report – {OIC_TITLE}"),
        (
            "table",
            [
                ["Recommendation", "Force response", "Commissioner's comment"],
                [
                    REC["2"],
                    "Accepted. Delivered: NCCU referrals cannot now be closed until the intelligence report "
                    "is attached.",
                    "Supported.",
                ],
                [
                    REC["4"],
                    "Accepted. A regional plan with West Mercia and Warwickshire will be written over the winter.",
                    "Supported. I will review it when complete.",
                ],
                [REC["8"], "Accepted. 60% of detectives have been through a Hydra exercise.", "Supported."],
                [REC["9"], "Accepted.", "Noted."],
            ],
        ),
        ("signoff", "Yours sincerely,"),
        ("sign", ["Ben Athersmith", "Staffordshire Commissioner for Police, Fire and Rescue, and Crime"]),
    ]


def _suffolk() -> Blocks:
    return [
        (
            "letterhead",
            ["Suffolk Police and Crime Commissioner", "Police Headquarters, Martlesham Heath", "Ipswich IP5 3QS"],
        ),
        ("date", "30th June 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"{OIC_TITLE}"),
        ("para", "I accept the recommendations. The Chief Constable's update is below."),
        (
            "table",
            [
                ["Rec", "Update", "Status"],
                ["2", "Done. Enforced on the records system from 1 June.", "Complete"],
                ["4", "Analyst post advertised; plan to follow.", "Planned"],
                ["8", "Hydra pilot with the Felixstowe port team under way.", "In progress"],
                ["9", "", "Not started"],
            ],
        ),
        ("signoff", "Yours sincerely,"),
        ("sign", ["Owen Palgrave", "Police and Crime Commissioner for Suffolk"]),
    ]


def _lincolnshire() -> Blocks:
    return [
        ("letterhead", ["Lincolnshire Police and Crime Commissioner", "Deepdale Lane, Nettleham", "Lincoln LN2 2LT"]),
        ("date", "09/07/25"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Section 55 response – {OIC_TITLE}"),
        ("para", "My comments follow the order of the recommendations as they apply to Lincolnshire Police."),
        ("heading", "1. Intelligence submissions"),
        (
            "para",
            "Recommendation accepted. Lincolnshire's process was already compliant; an audit in May found "
            "no referral without a submission.",
        ),
        ("heading", "2. Collection and analysis plan"),
        (
            "para",
            "Recommendation accepted. A business case for an extra analyst goes to chief officers in "
            "September; the plan will follow if it is approved.",
        ),
        ("heading", "3. Hydra"),
        (
            "para",
            "Recommendation accepted. The force's rural crime team has been through a Hydra exercise on "
            "exploitation on farms; sessions for the rest of the relevant staff are being designed.",
        ),
        ("heading", "4. E-learning"),
        (
            "para",
            "Recommendation accepted. The force has chosen to wait for the national refresh of the modules "
            "before enrolling staff.",
        ),
        ("para", "I am grateful to the inspectorate for this report."),
        ("signoff", "Yours sincerely,"),
        ("sign", ["Agnes Whitbury", "Police and Crime Commissioner for Lincolnshire"]),
    ]


def _warwickshire() -> Blocks:
    return [
        ("letterhead", ["Warwickshire Police and Crime Commissioner", "3 Northgate Street", "Warwick CV34 4SP"]),
        ("date", "19 June 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Commissioner's response to {OIC_TITLE}"),
        ("heading", "Recommendation 2"),
        (
            "para",
            "The Chief Constable has accepted this recommendation. I support it. The intelligence "
            "document is now part of the force's referral checklist.",
        ),
        ("heading", "Recommendation 4"),
        (
            "para",
            "The Chief Constable has accepted this in part: as a small force, Warwickshire will rely on "
            "the West Midlands regional plan rather than writing its own. I agree with that approach. The "
            "regional plan is due in the spring.",
        ),
        ("heading", "Recommendation 8"),
        (
            "para",
            "The Chief Constable has accepted this recommendation. Hydra training has not yet been scheduled. I "
            "will be asking why at my next holding to account meeting.",
        ),
        ("heading", "Recommendation 9"),
        (
            "para",
            "The Chief Constable does not accept this recommendation, believing the force's own modern "
            "slavery e-learning already covers the same ground. I note her view.",
        ),
        ("signoff", "Yours sincerely,"),
        ("sign", ["Nia Okonedo-Hart", "Police and Crime Commissioner for Warwickshire"]),
    ]


def _hertfordshire() -> Blocks:
    return [
        ("letterhead", ["Hertfordshire Police and Crime Commissioner", "15 Vaughan Road, Harpenden AL5 4GZ"]),
        ("date", "2nd July 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"{OIC_TITLE}"),
        ("heading", "Making every referral count"),
        (
            "para",
            "I accept this recommendation. Since January the force's referral form has required the "
            "intelligence submission to be attached before it can be sent.",
        ),
        ("heading", "Knowing the threat"),
        (
            "para",
            "I accept this recommendation. The force is part way through a threat assessment with the "
            "Eastern region, and expects the plan itself to be agreed next spring.",
        ),
        ("heading", "Immersive exercises for investigators"),
        ("para", "I accept. Hydra sessions will be rolled out in the autumn."),
        ("heading", "Online learning for everyone else"),
        ("para", "I accept. No work has started yet on this."),
        ("signoff", "Best wishes,"),
        ("sign", ["Daniel Fairhurst", "Hertfordshire Police and Crime Commissioner"]),
    ]


def _avon() -> Blocks:
    return [
        ("title", f"PCC response: {OIC_TITLE}"),
        ("para", "Response of the Police and Crime Commissioner for Avon and Somerset, 20 June 2025."),
        ("para", "Select a recommendation to read the response."),
        (
            "accordion",
            [
                (
                    "Recommendation 2 – intelligence when reporting to the NCCU",
                    "I agree. The force has put this into practice: officers attach the intelligence report to "
                    "every referral.",
                ),
                (
                    "Recommendation 4 – plans to collect and share information",
                    "I agree. The plan will be ready by December 2025, in line with the deadline.",
                ),
                (
                    "Recommendation 8 – Hydra training",
                    "I agree. A pilot with Bristol's major crime team finished in May and the rest of the "
                    "relevant staff are now going through it.",
                ),
                ("Recommendation 9 – e-learning", "I agree. The force has not started this work."),
            ],
        ),
        ("sign", ["Clare Moorcroft", "Police and Crime Commissioner for Avon and Somerset"]),
    ]


def _cheshire() -> Blocks:
    return [
        ("letterhead", ["Cheshire Police and Crime Commissioner", "Clemonds Hey, Winsford CW7 2UA"]),
        ("date", "24 June 2025"),
        ("title", f"{OIC_TITLE}: my response"),
        (
            "para",
            "The Chief Constable has accepted the four recommendations made to chief constables. My "
            "comments on each are below.",
        ),
        (
            "dl",
            [
                ("Recommendation 2", "I support this. It has been in place since January."),
                (
                    "Recommendation 4",
                    "I support this. The force will write its plan once the regional analyst is in post.",
                ),
                (
                    "Recommendation 8",
                    "I support this. Hydra sessions are under way; about a third of officers have attended.",
                ),
                ("Recommendation 9", "I support this."),
            ],
        ),
        ("sign", ["Hugh Thornleigh", "Police and Crime Commissioner for Cheshire"]),
    ]


def _merseyside() -> Blocks:
    return [
        ("title", "Commissioner responds to national report on organised immigration crime"),
        (
            "para",
            "Merseyside's Police and Crime Commissioner, Emily Spurling, has published her response to the "
            f"HMICFRS report {OIC_TITLE}.",
        ),
        (
            "para",
            "“I welcome this report and accept its recommendations for chief constables,” the "
            "Commissioner said. “Merseyside Police has already made submitting intelligence a "
            "compulsory part of every referral to the National Command and Control Unit.”",
        ),
        (
            "para",
            "The force is also working on its plan to collect and share information, which it aims to "
            "finish by the end of the year. Hydra exercises for investigators will begin in January, and "
            "the e-learning modules are awaiting national guidance.",
        ),
        ("para", "The full response letter can be downloaded from the publications page."),
    ]


def _derbyshire() -> Blocks:
    return [
        "Derbyshire Police and Crime Commissioner\nButterley Hall, Ripley DE5 3RS",
        "5th July 2025",
        "\n".join(HMI),
        "Dear Chief Inspector,",
        f"Re: {OIC_TITLE}",
        "I attach the Chief Constable's response below. I am satisfied with it and support each of the "
        "recommendations.",
        "Yours sincerely,",
        "Martin Eyam\nPolice and Crime Commissioner for Derbyshire",
        "APPENDIX – RESPONSE OF THE CHIEF CONSTABLE OF DERBYSHIRE CONSTABULARY",
        "Recommendation 2: Accepted. This is now business as usual.",
        "Recommendation 4: Accepted. A plan has been drafted and will go to the Organised Crime Board in September.",
        "Recommendation 8: Accepted. Hydra training was delayed by the summer abstractions and has been paused "
        "until October.",
        "Recommendation 9: Accepted. Complete.",
    ]


def _nottinghamshire() -> Blocks:
    return [
        "Nottinghamshire Police and Crime Commissioner\nArnot Hill House, Arnold NG5 6LU",
        "Date: 4 July 2025",
        "\n".join(HMI),
        "Dear Sir Andy,",
        f"{OIC_TITLE}",
        "Thank you for this report. I respond to two of the recommendations now; the force is still "
        "considering the others and I will write again.",
        "Recommendation 2",
        "I accept this recommendation. The force began checking every referral in March and has carried on since.",
        "Recommendation 8",
        "I accept this recommendation. The training will be rolled out in the next financial year.",
        "Yours sincerely,",
        "Priya Kaur-Lindley\nPolice and Crime Commissioner for Nottinghamshire",
    ]


def _bedfordshire() -> Blocks:
    return [
        "Office of the Police and Crime Commissioner for Bedfordshire\nBridgebury House, Kempston MK43 9AX",
        "18 June 2025",
        "\n".join(HMI),
        "Dear HM Chief Inspector,",
        f"HMICFRS report: {OIC_TITLE}",
        "The Commissioner has read the report with interest. She supports all of the recommendations made to "
        "chief constables and has asked the Chief Constable to report progress to her Strategic Board.",
        "Kind regards,",
        "Tom Lessing\nChief Executive, on behalf of the Police and Crime Commissioner for Bedfordshire",
    ]


def _devon() -> Blocks:
    return [
        "Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly\n"
        "Andy Hocking House, Alderson Drive, Exeter EX2 7RP",
        "Tuesday, 8 July 2025",
        "\n".join(HMI),
        "Dear Sir Andy,",
        f"{OIC_TITLE}",
        "Recommendations 2 and 9. I accept both. Neither has yet been implemented: the force is replacing "
        "its records and learning systems this winter, and the intelligence submission and the four "
        "e-learning modules will both be built into the new systems when they go live in February.",
        "Recommendations 4 and 8. I accept both. The force has completed its collection plan, and Hydra "
        "exercises have been run for officers at Plymouth and Falmouth, with the rest of the force to follow.",
        "I will continue to scrutinise this work through my Performance and Accountability Board.",
        "Yours sincerely,",
        "Morwenna Treloar\nPolice and Crime Commissioner for Devon, Cornwall and the Isles of Scilly",
    ]


def _base(
    id: str,
    kind: str,
    fmt: str,
    force: str,
    org: str,
    report: str | None,
    date: str | None,
    late: bool,
    author: tuple[str, str],
) -> dict[str, Any]:
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
        "run_with_report": None,
        "split": "tuneset5",
    }


def _as_blocks(lines: list[str]) -> Blocks:
    return [("para", line) for line in lines]


OIC = "oic-2025"
LETTERS: list[tuple[Any, dict[str, Any]]] = [
    (
        _leicestershire,
        {
            **_base(
                "ts5-01",
                "table_pdf",
                "pdf",
                "Leicestershire Police",
                "Leicestershire Police and Crime Commissioner",
                OIC,
                "2025-07-03",
                False,
                ("Rupert Malham", "Police and Crime Commissioner for Leicestershire"),
            ),
            "items": [
                item("2", "support", "implemented", cc="accept"),
                item("4", "support", "in_progress", cc="accept"),
                item("8", "note", "not_started", cc="accept"),
                item("9", "support", "planned", cc="accept"),
            ],
            "unanswered": [],
        },
    ),
    (
        _northamptonshire,
        {
            **_base(
                "ts5-02",
                "table_pdf",
                "pdf",
                "Northamptonshire Police",
                "Northamptonshire Police, Fire and Crime Commissioner",
                OIC,
                "2025-07-08",
                False,
                ("Danielle Ashby-Crane", "Police, Fire and Crime Commissioner for Northamptonshire"),
            ),
            "items": [
                item("2", "agree", "implemented", cc="agree"),
                item("4", "agree", "in_progress", cc="agree"),
                item("8", "agree", "planned", cc="agree"),
                item("9", "partially_agree", "not_started", cc="partially_agree"),
            ],
            "unanswered": [],
        },
    ),
    (
        _cumbria,
        {
            **_base(
                "ts5-03",
                "dates_late",
                "pdf",
                "Cumbria Constabulary",
                "Cumbria Police, Fire and Crime Commissioner",
                OIC,
                "2025-07-14",
                True,
                ("Peter Lowther-Greaves", "Police, Fire and Crime Commissioner for Cumbria"),
            ),
            "items": [
                item("2", "support", "in_progress", cc="accept"),
                item("4", "accept", "implemented", by="chief_constable", cc="accept"),
                item("8", "accept", "planned"),
                item("9", "accept", "not_stated"),
            ],
            "unanswered": [],
        },
    ),
    (
        _durham,
        {
            **_base(
                "ts5-04",
                "two_reports",
                "pdf",
                "Durham Constabulary",
                "Durham Police and Crime Commissioner",
                OIC,
                "2025-06-26",
                False,
                ("Joy Hendricks", "Police and Crime Commissioner for County Durham and Darlington"),
            ),
            "items": [
                item("2", "agree", "implemented", cc="agree"),
                item("4", "agree", "in_progress"),
                item("8", "agree", "planned"),
                item("9", "agree", "not_started"),
            ],
            "unanswered": [],
        },
    ),
    (
        _wiltshire,
        {
            **_base(
                "ts5-05",
                "flattened",
                "pdf",
                "Wiltshire Police",
                "Wiltshire Police and Crime Commissioner",
                OIC,
                "2025-07-01",
                False,
                ("Graham Bywater", "Police and Crime Commissioner for Wiltshire and Swindon"),
            ),
            "items": [
                item("2", "agree", "implemented"),
                item("4", "agree", "in_progress"),
                item("8", "support", "planned"),
                item("9", "support", "not_stated"),
            ],
            "unanswered": [],
        },
    ),
    (
        _dorset,
        {
            **_base(
                "ts5-06",
                "own_numbering",
                "pdf",
                "Dorset Police",
                "Dorset Police and Crime Commissioner",
                OIC,
                "2025-07-10",
                False,
                ("Hamish Curtis-Penrose", "Police and Crime Commissioner for Dorset"),
            ),
            "items": [
                item("2", "accept", "implemented", cc="accept"),
                item("4", "accept", "in_progress", cc="accept"),
                item("8", "accept", "planned", cc="accept"),
                item("9", "accept", "not_started", cc="accept"),
            ],
            "unanswered": [],
        },
    ),
    (
        _humberside,
        {
            **_base(
                "ts5-07",
                "regional_afi",
                "pdf",
                "Humberside Police",
                "Humberside Police and Crime Commissioner",
                "soc-yh-2025",
                "2026-02-12",
                False,
                ("Callum Ashworth", "Police and Crime Commissioner for Humberside"),
            ),
            "items": [item("1", "accept", "implemented"), item("2", "accept", "planned")],
            "unanswered": [],
        },
    ),
    (
        _gwent,
        {
            **_base(
                "ts5-08",
                "table_status_column",
                "pdf",
                "Gwent Police",
                "Gwent Police and Crime Commissioner",
                OIC,
                "2025-06-27",
                False,
                ("Rhian Pritchard", "Police and Crime Commissioner for Gwent"),
            ),
            "items": [
                item("2", "support", "implemented", cc="accept"),
                item("4", "support", "in_progress", cc="accept"),
                item("8", "support", "not_started", cc="accept"),
                item("9", "support", "implemented", cc="accept"),
            ],
            "unanswered": [],
        },
    ),
    (
        _essex,
        {
            **_base(
                "ts5-09",
                "mixed_stances",
                "pdf",
                "Essex Police",
                "Essex Police, Fire and Crime Commissioner",
                OIC,
                "2025-07-04",
                False,
                ("Marcus Tollesbury", "Police, Fire and Crime Commissioner for Essex"),
            ),
            "items": [
                item("2", "agree", "implemented"),
                item("4", "partially_agree", "planned"),
                item("8", ["disagree", "partially_agree"], ["implemented", "not_stated"]),
                item("9", "support", "in_progress"),
            ],
            "unanswered": [],
        },
    ),
    (
        _kent,
        {
            **_base(
                "ts5-10",
                "blanket",
                "pdf",
                "Kent Police",
                "Kent Police and Crime Commissioner",
                OIC,
                "2025-07-02",
                False,
                ("Sheila Dunmore", "Kent Police and Crime Commissioner"),
            ),
            "items": [
                item("2", "accept", ["not_stated", "in_progress"], cc="accept"),
                item("4", "accept", "in_progress", cc="accept"),
                item("8", "accept", "in_progress", cc="accept"),
                item("9", "accept", ["not_stated", "in_progress"], cc="accept"),
            ],
            "unanswered": [],
        },
    ),
    (
        _staffordshire,
        {
            **_base(
                "ts5-11",
                "table_docx",
                "docx",
                "Staffordshire Police",
                "Staffordshire Police, Fire and Crime Commissioner",
                OIC,
                "2025-07-07",
                False,
                ("Ben Athersmith", "Staffordshire Commissioner for Police, Fire and Rescue, and Crime"),
            ),
            "items": [
                item("2", "support", "implemented", cc="accept"),
                item("4", "support", "planned", cc="accept"),
                item("8", "support", "in_progress", cc="accept"),
                item("9", "note", "not_stated", cc="accept"),
            ],
            "unanswered": [],
        },
    ),
    (
        _suffolk,
        {
            **_base(
                "ts5-12",
                "labels_only",
                "docx",
                "Suffolk Constabulary",
                "Suffolk Police and Crime Commissioner",
                OIC,
                "2025-06-30",
                False,
                ("Owen Palgrave", "Police and Crime Commissioner for Suffolk"),
            ),
            "items": [
                item("2", "accept", "implemented"),
                item("4", "accept", "planned"),
                item("8", "accept", "in_progress"),
                item("9", "accept", "not_started"),
            ],
            "unanswered": [],
        },
    ),
    (
        _lincolnshire,
        {
            **_base(
                "ts5-13",
                "own_numbering",
                "docx",
                "Lincolnshire Police",
                "Lincolnshire Police and Crime Commissioner",
                OIC,
                "2025-07-09",
                False,
                ("Agnes Whitbury", "Police and Crime Commissioner for Lincolnshire"),
            ),
            "items": [
                item("2", "accept", "implemented"),
                item("4", "accept", "planned"),
                item("8", "accept", ["in_progress", "implemented"]),
                item("9", "accept", "not_started"),
            ],
            "unanswered": [],
        },
    ),
    (
        _warwickshire,
        {
            **_base(
                "ts5-14",
                "mixed_stances",
                "docx",
                "Warwickshire Police",
                "Warwickshire Police and Crime Commissioner",
                OIC,
                "2025-06-19",
                False,
                ("Nia Okonedo-Hart", "Police and Crime Commissioner for Warwickshire"),
            ),
            "items": [
                item("2", "support", "implemented", cc="accept"),
                item("4", "agree", "planned", cc="partially_agree"),
                item("8", "accept", "not_started", by="chief_constable", cc="accept"),
                item("9", "note", "not_stated", cc="disagree"),
            ],
            "unanswered": [],
        },
    ),
    (
        _hertfordshire,
        {
            **_base(
                "ts5-15",
                "paraphrase_headings",
                "html",
                "Hertfordshire Constabulary",
                "Hertfordshire Police and Crime Commissioner",
                OIC,
                "2025-07-02",
                False,
                ("Daniel Fairhurst", "Hertfordshire Police and Crime Commissioner"),
            ),
            "items": [
                item("2", "accept", "implemented"),
                item("4", "accept", "in_progress"),
                item("8", "accept", "planned"),
                item("9", "accept", "not_started"),
            ],
            "unanswered": [],
        },
    ),
    (
        _avon,
        {
            **_base(
                "ts5-16",
                "accordion_html",
                "html",
                "Avon and Somerset Police",
                "Avon and Somerset Police and Crime Commissioner",
                OIC,
                "2025-06-20",
                False,
                ("Clare Moorcroft", "Police and Crime Commissioner for Avon and Somerset"),
            ),
            "items": [
                item("2", "agree", "implemented"),
                item("4", "agree", "planned"),
                item("8", "agree", "in_progress"),
                item("9", "agree", "not_started"),
            ],
            "unanswered": [],
        },
    ),
    (
        _cheshire,
        {
            **_base(
                "ts5-17",
                "definition_list_html",
                "html",
                "Cheshire Constabulary",
                "Cheshire Police and Crime Commissioner",
                OIC,
                "2025-06-24",
                False,
                ("Hugh Thornleigh", "Police and Crime Commissioner for Cheshire"),
            ),
            "items": [
                item("2", "support", "implemented", cc="accept"),
                item("4", "support", "planned", cc="accept"),
                item("8", "support", "in_progress", cc="accept"),
                item("9", "support", "not_stated", cc="accept"),
            ],
            "unanswered": [],
        },
    ),
    (
        _merseyside,
        {
            **_base(
                "ts5-18",
                "news_html",
                "html",
                "Merseyside Police",
                "Merseyside Police and Crime Commissioner",
                OIC,
                "2025-07-03",
                False,
                ("Emily Spurling", "Police and Crime Commissioner for Merseyside"),
            ),
            "items": [
                item("2", "accept", "implemented"),
                item("4", "accept", "in_progress"),
                item("8", "accept", "planned"),
                item("9", "accept", "not_started"),
            ],
            "unanswered": [],
        },
    ),
    (
        _derbyshire,
        {
            **_base(
                "ts5-19",
                "cc_annex",
                "txt",
                "Derbyshire Constabulary",
                "Derbyshire Police and Crime Commissioner",
                OIC,
                "2025-07-05",
                False,
                ("Martin Eyam", "Police and Crime Commissioner for Derbyshire"),
            ),
            "items": [
                item("2", "support", "implemented", cc="accept"),
                item("4", "support", "planned", cc="accept"),
                item("8", "support", ["not_started", "planned"], cc="accept"),
                item("9", "support", "implemented", cc="accept"),
            ],
            "unanswered": [],
        },
    ),
    (
        _nottinghamshire,
        {
            **_base(
                "ts5-20",
                "partial",
                "txt",
                "Nottinghamshire Police",
                "Nottinghamshire Police and Crime Commissioner",
                OIC,
                "2025-07-04",
                False,
                ("Priya Kaur-Lindley", "Police and Crime Commissioner for Nottinghamshire"),
            ),
            "items": [item("2", "accept", "implemented"), item("8", "accept", "planned")],
            "unanswered": ["4", "9"],
        },
    ),
    (
        _bedfordshire,
        {
            **_base(
                "ts5-21",
                "blanket",
                "txt",
                "Bedfordshire Police",
                "Bedfordshire Police and Crime Commissioner",
                OIC,
                "2025-06-18",
                False,
                ("Tom Lessing", "Chief Executive, Office of the Police and Crime Commissioner for Bedfordshire"),
            ),
            "items": [item(r, "support", "not_stated") for r in ("2", "4", "8", "9")],
            "unanswered": [],
        },
    ),
    (
        _devon,
        {
            **_base(
                "ts5-22",
                "two_in_one_paragraph",
                "txt",
                "Devon and Cornwall Police",
                "Devon and Cornwall Police and Crime Commissioner",
                OIC,
                "2025-07-08",
                False,
                ("Morwenna Treloar", "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
            ),
            "items": [
                item("2", "accept", "planned"),
                item("4", "accept", "implemented"),
                item("8", "accept", "in_progress"),
                item("9", "accept", "planned"),
            ],
            "unanswered": [],
        },
    ),
]

HTML_FORM = {"ts5-16": ("accordion", None), "ts5-17": ("dl", None), "ts5-18": ("news", "3 July 2025")}


def _html_letter(truth: dict[str, Any]) -> Any:
    form, date_text = HTML_FORM.get(truth["id"], ("sections", None))
    return corpus.html_letter(truth, form, date_text)


def blocks_of(make: Any) -> Blocks:
    made = make()
    return _as_blocks(made) if made and isinstance(made[0], str) else made


def main() -> None:
    about = (
        "A fifth tuning set: 22 letters written by hand on 30 November 2026, names invented, for tuning. They "
        "mirror the published forms of the last two rows of the table in the alignment issue: ten PDFs laid out "
        "as published and twelve whole letters in Word, web pages and text. Same schema as "
        "tests/ingest/sealed/truth.json; split 'tuneset5'."
    )
    letters = ((blocks_of(make), truth) for make, truth in LETTERS)
    corpus.write_set(HERE, about, letters, lambda blocks, truth: corpus.render_file(blocks, truth, _html_letter))


if __name__ == "__main__":
    main()
