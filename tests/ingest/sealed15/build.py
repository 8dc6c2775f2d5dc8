# ruff: noqa: E501  (letter text is data: long sentences are kept whole)
"""Build the sealed15 set: ``letters/`` and ``truth.json``, reproducibly.

    .venv/bin/python tests/ingest/sealed15/build.py

A kept (held-out) set of 24 hand-written response letters, each in the habits of a differently run office:
trackers whose columns carry the force's update and the commissioner's assurance (some headed only "Response",
"Update" or "Comments"), a commissioner's single view at the top or the bottom covering everything, the force's
words relayed in reported speech, appended chief constable's responses, and progress claimed in everyday phrases.
Kinds: table 5 (docx 2, html 1, pdf 2), paraphrase_headings 3, labels_only 2, flattened 2, two_in_one_paragraph 2,
blanket 3, mixed_stances 3, cc_annex 3, regional_afi 1 (soc-yh-2025). Formats: txt 6, docx 6, html 6, pdf 6. Two
letters are undated, three are late, and three leave one finding unanswered. About a third of the items carry a
chief constable's stance given separately. Measure on it; never tune on it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
sys.path.insert(0, str(CORPUS))

import build as corpus  # noqa: E402

SPLIT = "sealed15"
OIC = "oic-2025"
SOC = "soc-yh-2025"
OIC_TITLE = "Improving the response to organised immigration crime"
SOC_TITLE = "An inspection of the Yorkshire and Humber regional response to serious and organised crime"

R2 = "By 30 April 2026, chief constables should make sure that every time a member of their force reports a case to Immigration Enforcement's National Command and Control Unit, the reporting officer completes and submits the required intelligence document."
R4 = "By 31 December 2025, chief constables should make sure they have clear plans to collect, analyse and share information related to organised immigration crime."
R8 = "By 30 April 2026, chief constables, working with the Modern Slavery & Organised Immigration Crime Unit, should make sure that relevant personnel in all Home Office police forces complete the Hydra training package on organised immigration crime."
R9 = "By 30 April 2026, chief constables, working with the Modern Slavery & Organised Immigration Crime Unit and the College of Policing, should make sure that relevant personnel in all Home Office police forces complete the four modules of the organised immigration crime e-learning package."
AFI1 = "The Yorkshire and Humber Regional Organised Crime Unit and its constituent forces should improve how they work together to tackle serious and organised crime."
AFI2 = "The Yorkshire and Humber Regional Organised Crime Unit and its constituent forces should improve how the region procures and uses technical surveillance equipment."

LETTERS: list[tuple[dict[str, Any], list[tuple[str, Any]]]] = []
add = corpus.letter_adder(LETTERS, split=SPLIT)
item = corpus.item

# ------------------------------------------------------------------------------------------------
# Tables

add(
    "sealed15-01",
    "table",
    "docx",
    "Cumbria Constabulary",
    "Cumbria Police, Fire and Crime Commissioner",
    ("Gareth Threlkeld", "Police, Fire and Crime Commissioner for Cumbria"),
    "2025-07-04",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "agree", "in_progress"),
        item("8", "accept", "planned"),
        item("9", "support", "in_progress", cc="partially_agree"),
    ],
    [
        ("letterhead", ["Office of the Police, Fire and Crime Commissioner for Cumbria", "Penrith, Cumbria"]),
        ("date", "4th July 2025"),
        (
            "address",
            ["HM Chief Inspector of Constabulary", "HMICFRS", "Globe House", "89 Eccleston Square", "London SW1V 1PN"],
        ),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"HMICFRS: {OIC_TITLE} – response of the Cumbria Police, Fire and Crime Commissioner"),
        (
            "p",
            "Thank you for sending me the inspectorate's report. Organised immigration crime reaches Cumbria in ways that are easy to overlook: the M6 corridor and the west coast ports both appear in the force's own threat assessments. I am required to publish a response within 56 days, and this letter is that response.",
        ),
        (
            "p",
            "The table below is an extract from the tracker my office keeps for every inspection recommendation. The middle column is Cumbria Constabulary's own update, supplied by its Strategic Development Unit. The right-hand column is my assessment as Commissioner.",
        ),
        (
            "table",
            [
                ["Recommendation", "Force update", "Commissioner's assurance"],
                [
                    "2 – intelligence document submitted with every NCCU referral",
                    "Accepted. A revised referral process went live in March 2025. The Force Control Room cannot now close an NCCU log until the intelligence submission reference has been entered.",
                    "I support this recommendation. I have asked for a dip sample of referrals made between April and June to confirm that the control works in practice.",
                ],
                [
                    "4 – clear plans to collect, analyse and share information on organised immigration crime",
                    "A dedicated intelligence collection plan is being written alongside the refresh of the force's serious and organised crime local profile. It is due for completion by October 2025.",
                    "I agree with this recommendation and expect the finished plan to be shared with the county's Serious and Organised Crime Partnership Board.",
                ],
                [
                    "8 – Hydra training for relevant personnel",
                    "Hydra sessions will be timetabled from January 2026 at the force training centre, once the MSOIC Unit confirms when its facilitators are available.",
                    "I am content with this recommendation. I will look for the first cohort figures in my quarterly assurance report.",
                ],
                [
                    "9 – the four e-learning modules",
                    "Accepted in part. All four modules are mandatory for the Serious and Organised Crime Unit and for custody staff; frontline response officers are asked to complete modules 1 and 2 only. Completion against that requirement currently stands at 62%.",
                    "I endorse this recommendation, and I have asked the Chief Constable to explain at my next Accountability Board why response officers are excluded from modules 3 and 4.",
                ],
            ],
        ),
        (
            "p",
            "These recommendations will stay on my tracker until each has been signed off. The full tracker is published on my website every quarter.",
        ),
        ("sign", ["Yours sincerely,", "", "Gareth Threlkeld", "Police, Fire and Crime Commissioner for Cumbria"]),
        ("footer", "Cumbria OPFCC | Inspection tracker extract"),
    ],
)

add(
    "sealed15-02",
    "table",
    "docx",
    "Durham Constabulary",
    "Durham Police and Crime Commissioner",
    ("Martin Ravensworth", "Police and Crime Commissioner for Durham"),
    "2025-06-30",
    [
        item("2", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("4", "agree", "not_started", cc="accept"),
        item("8", "support", "implemented", cc="accept"),
        item("9", "note", ["in_progress"], cc="partially_agree"),
    ],
    [
        ("letterhead", ["Police and Crime Commissioner for Durham", "Aykley Heads, Durham"]),
        ("date", "30/06/2025"),
        ("address", ["HMICFRS", "By email"]),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Re: {OIC_TITLE}"),
        ("p", "Please find below my response to the above report, which the inspectorate published on 16 May 2025."),
        (
            "p",
            "The force's response to each of the four recommendations addressed to chief constables, together with its latest update, is set out in the table. My own comments are in the final column.",
        ),
        (
            "table",
            [
                ["Ref", "Recommendation", "Response", "Update", "Comments"],
                [
                    "2",
                    R2,
                    "Accepted",
                    "Being piloted in two districts (Darlington and Durham City) since May 2025. The pilot adds the intelligence submission to the officer's referral checklist. Force-wide roll-out will follow an evaluation in September.",
                    "I will review the evaluation of the pilot at my Performance and Accountability Board in the autumn.",
                ],
                [
                    "4",
                    R4,
                    "Accepted",
                    "No work has begun yet.",
                    "I concur with this recommendation. With the deadline only six months away, I have asked the Chief Constable for a timetable.",
                ],
                [
                    "8",
                    R8,
                    "Accepted",
                    "Complete. Officers from custody, roads policing and the modern slavery team have all taken part in a Hydra exercise, the last of them on 12 June.",
                    "I support this recommendation and I am pleased to see it completed well ahead of the deadline.",
                ],
                [
                    "9",
                    R9,
                    "Accepted in part",
                    "Modules 1 and 2 are mandatory for frontline officers and completion stands at 48%. The force has not decided whether modules 3 and 4 should be required of all relevant staff.",
                    "I note the force's position on modules 3 and 4 and will discuss it with the Chief Constable.",
                ],
            ],
        ),
        (
            "p",
            "I am grateful to the inspectorate for the report and to the officers and staff of Durham Constabulary who contributed to it.",
        ),
        ("sign", ["Yours faithfully,", "Martin Ravensworth", "Police and Crime Commissioner for Durham"]),
        ("footer", "OPCC Durham | Published under section 55 of the Police Act 1996"),
    ],
)

add(
    "sealed15-03",
    "table",
    "html",
    "Cheshire Constabulary",
    "Cheshire Police and Crime Commissioner",
    ("Priyanka Ashworth", "Police and Crime Commissioner for Cheshire"),
    "2025-06-27",
    [
        item("2", ["support", "agree"], "implemented", cc="accept"),
        item("4", "agree", "in_progress"),
        item("8", "support", "planned"),
        item("9", "accept", "not_started"),
    ],
    [
        ("title", f"Response to HMICFRS report: {OIC_TITLE}"),
        ("date", "Friday 27 June 2025"),
        (
            "p",
            "HMICFRS published its national inspection of the police response to organised immigration crime on 16 May 2025. It made four recommendations to chief constables. The table below is the Commissioner's published tracker for those four recommendations.",
        ),
        (
            "table",
            [
                ["HMICFRS recommendation", "Update", "Comments"],
                [
                    "Recommendation 2: intelligence document for every NCCU referral",
                    "The force has accepted this recommendation. A mandatory field was added to the custody and street-encounter referral forms in April 2025, and the Force Intelligence Bureau checks submissions every week.",
                    "I welcome this recommendation. I have asked for compliance figures to be brought to my next scrutiny meeting.",
                ],
                [
                    "Recommendation 4: plans to collect, analyse and share information",
                    "An organised immigration crime intelligence plan is being drafted with the North West Regional Organised Crime Unit and is due for completion by the end of October.",
                    "I agree with this recommendation.",
                ],
                [
                    "Recommendation 8: Hydra training",
                    "The roles in scope have been agreed with the MSOIC Unit. We expect to roll the package out in the first half of 2026.",
                    "I support this recommendation and will ask for the number of staff trained each quarter.",
                ],
                [
                    "Recommendation 9: the four e-learning modules",
                    "Remains outstanding. The modules have not yet been added to the force's mandatory training list.",
                    "I accept the recommendation, though I recognise the pressure on training time for frontline officers.",
                ],
            ],
        ),
        (
            "p",
            "The Commissioner will review progress at her Scrutiny and Performance Board and publish an updated tracker in the autumn.",
        ),
        ("sign", ["Priyanka Ashworth", "Police and Crime Commissioner for Cheshire"]),
        ("footer", "Office of the Police and Crime Commissioner for Cheshire"),
    ],
)

add(
    "sealed15-04",
    "table",
    "pdf",
    "Merseyside Police",
    "Merseyside Police and Crime Commissioner",
    ("Catherine Walder", "Merseyside Police and Crime Commissioner"),
    "2025-07-08",
    [
        item("2", "accept", "implemented", by="chief_constable", cc="accept"),
        item("4", None, "in_progress"),
        item("8", "support", "planned", cc="accept"),
        item("9", "note", "not_started", cc="partially_agree"),
    ],
    [
        ("letterhead", ["Merseyside Police and Crime Commissioner", "Accountability and Assurance"]),
        ("date", "08.07.2025"),
        ("address", ["His Majesty's Chief Inspector of Constabulary", "HMICFRS"]),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"{OIC_TITLE}: Merseyside response"),
        (
            "p",
            "This is my response, as Police and Crime Commissioner for Merseyside, to the inspectorate's report. I have consulted the Chief Constable, whose update on each recommendation appears in the table, and I have recorded my own assurance against each one.",
        ),
        (
            "table",
            [
                ["Recommendation", "Force update", "Status", "PCC assurance"],
                [
                    "2. Intelligence document with every NCCU referral",
                    "Accepted by the Chief Constable. The requirement has been embedded since January 2025 and compliance is audited monthly.",
                    "Complete",
                    "Assured. I have seen the audit results for April, May and June.",
                ],
                [
                    "4. Plans to collect, analyse and share information",
                    "Drafting is under way with the regional intelligence unit.",
                    "In progress",
                    "Partly assured. I have asked to see the draft plan before it is signed off.",
                ],
                [
                    "8. Hydra training package",
                    "Accepted. Training will begin in the new financial year once the MSOIC Unit confirms course dates.",
                    "Planned",
                    "I support this recommendation. My office will seek assurance in the first quarter of 2026.",
                ],
                [
                    "9. The four e-learning modules",
                    "Accepted in part: the force does not accept that all four modules are needed by every officer and proposes modules 1 and 2 for response officers. No work has begun yet while the scope is agreed with the College of Policing.",
                    "Not started",
                    "I note the force's position and will return to it once the College has replied.",
                ],
            ],
        ),
        ("p", "I will report on progress to the Police and Crime Panel in the autumn."),
        ("sign", ["Yours sincerely,", "Catherine Walder", "Merseyside Police and Crime Commissioner"]),
        ("footer", "OPCC Merseyside"),
    ],
)

add(
    "sealed15-05",
    "table",
    "pdf",
    "Lancashire Constabulary",
    "Lancashire Police and Crime Commissioner",
    ("Robert Heysham", "Police and Crime Commissioner for Lancashire"),
    "2025-07-02",
    [
        item("2", "agree", "implemented"),
        item("4", "agree", "in_progress"),
        item("8", "support", "not_started"),
        item("9", "note", "not_stated"),
    ],
    [
        ("letterhead", ["Lancashire Police and Crime Commissioner", "County Hall, Preston"]),
        ("address", ["HMICFRS", "Correspondence Unit"]),
        ("salutation", "Dear HM Chief Inspector,"),
        ("title", f"Our ref: OIC/25 – {OIC_TITLE}"),
        (
            "p",
            "I have set out below my response to each of the recommendations the report makes to chief constables, together with the Constabulary's own account of its progress.",
        ),
        (
            "table",
            [
                ["Recommendation", "Response", "Progress"],
                [
                    "Recommendation 2",
                    "Agreed.",
                    "The Constabulary reports that the intelligence submission step went live in March as part of its updated guidance on NCCU referrals.",
                ],
                [
                    "Recommendation 4",
                    "Agreed.",
                    "A draft plan for collecting, analysing and sharing information is with the Head of Intelligence for approval and is expected to be signed off in September.",
                ],
                [
                    "Recommendation 8",
                    "Supported, provided the national course is made available to the Constabulary.",
                    "No work has begun yet; the MSOIC Unit has not published its course schedule.",
                ],
                ["Recommendation 9", "Noted.", "No update was provided for this report."],
            ],
        ),
        ("p", "These recommendations will stay on the agenda of my Strategic Scrutiny Board until they are closed."),
        ("sign", ["Yours sincerely", "Robert Heysham", "Police and Crime Commissioner for Lancashire"]),
        ("footer", "Lancashire OPCC | 2 July 2025"),
    ],
)

# ------------------------------------------------------------------------------------------------
# Paraphrasing headings

add(
    "sealed15-06",
    "paraphrase_headings",
    "txt",
    "Derbyshire Constabulary",
    "Derbyshire Police and Crime Commissioner",
    ("Simon Ashover", "Police and Crime Commissioner for Derbyshire"),
    "2025-07-14",
    [
        item("2", "agree", "implemented"),
        item("4", ["support", "agree"], "in_progress"),
        item("8", "support", "in_progress", cc="accept"),
        item("9", "agree", "not_started"),
    ],
    [
        ("letterhead", ["Derbyshire Police and Crime Commissioner", "Ripley, Derbyshire"]),
        ("date", "14 July 2025"),
        ("address", ["HM Inspectorate of Constabulary and Fire & Rescue Services"]),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Response to the HMICFRS report '{OIC_TITLE}'"),
        (
            "p",
            "I apologise that this response reaches you after the statutory 56 days. I wanted it to reflect the force's position following its June performance review, and that review was postponed.",
        ),
        ("heading", "Intelligence submissions to the National Command and Control Unit"),
        (
            "p",
            "I concur with the inspectorate. Derbyshire Constabulary tells me that the mandatory submission went live in March and that every referral now creates an intelligence record automatically.",
        ),
        ("heading", "Plans for gathering and sharing information"),
        (
            "p",
            "I welcome this recommendation. The force's intelligence requirement for organised immigration crime is being rewritten with colleagues from the East Midlands Special Operations Unit, and the work is due for completion by November.",
        ),
        ("heading", "Hydra training"),
        (
            "p",
            "I support this recommendation, and the Chief Constable has accepted it. Hydra exercises are being piloted in two districts, Erewash and Amber Valley, before they are offered across the force.",
        ),
        ("heading", "The e-learning package"),
        (
            "p",
            "I agree that relevant staff should complete all four modules. However, the force has not yet started on this: the modules have not been assigned to anyone.",
        ),
        ("p", "My office will follow each of these through the Strategic Priorities Assurance Board."),
        ("sign", ["Yours sincerely,", "Simon Ashover", "Police and Crime Commissioner for Derbyshire"]),
        ("footer", "OPCC Derbyshire"),
    ],
    late=True,
)

add(
    "sealed15-07",
    "paraphrase_headings",
    "html",
    "Leicestershire Police",
    "Leicestershire Police and Crime Commissioner",
    ("Daniel Quorn", "Police and Crime Commissioner for Leicestershire"),
    "2025-07-01",
    [
        item("2", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("4", "accept", "planned"),
        item("8", "support", "implemented"),
        item("9", "note", "not_stated"),
    ],
    [
        ("title", f"{OIC_TITLE}: the Commissioner's response"),
        ("date", "1 July 2025"),
        (
            "p",
            "Leicestershire's Police and Crime Commissioner, Daniel Quorn, has responded to the inspectorate's national report on organised immigration crime. His response to each recommendation made to chief constables is set out below.",
        ),
        ("heading", "Completing the intelligence form when referring a case to the NCCU"),
        (
            "p",
            "The Chief Constable has told me that the force accepts this recommendation. He says officers have been reminded of the requirement, and that a compliance check in May found the form had been submitted for 71% of referrals. Further work to close the gap is under way.",
        ),
        ("heading", "A plan for information about organised immigration crime"),
        (
            "p",
            "I accept this recommendation. Leicestershire Police expects to have its plan in place by the end of the year; drafting will start when a new analyst joins in September.",
        ),
        ("heading", "Hydra training for relevant staff"),
        (
            "p",
            "I endorse this recommendation. The force reports that detectives in its Serious and Organised Crime Unit have taken part in Hydra exercises since 2023, and the training has been embedded in their induction since then.",
        ),
        ("heading", "The four e-learning modules"),
        ("p", "I note this recommendation. I have not yet had an update from the force on it and will ask for one."),
        ("sign", ["Daniel Quorn", "Police and Crime Commissioner for Leicestershire"]),
        ("footer", "Leicestershire OPCC"),
    ],
)

add(
    "sealed15-08",
    "paraphrase_headings",
    "pdf",
    "Northumbria Police",
    "Northumbria Police and Crime Commissioner",
    ("Karen Alnmouth", "Police and Crime Commissioner for Northumbria"),
    None,
    [
        item("2", "support", "not_started"),
        item("4", "agree", "implemented", cc="accept"),
        item("8", "accept", "planned"),
        item("9", "accept", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Northumbria Police and Crime Commissioner", "Newcastle upon Tyne"]),
        ("address", ["HMICFRS"]),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Northumbria's response: {OIC_TITLE}"),
        (
            "p",
            "Thank you for the inspectorate's report. I have discussed it with the Chief Constable, and my response to the four recommendations for chief constables follows.",
        ),
        ("heading", "Collecting, analysing and sharing information"),
        (
            "p",
            "I agree with this recommendation, and the force has accepted it. Northumbria Police's organised immigration crime intelligence plan went live in April and is reviewed every quarter at the force's tasking meeting.",
        ),
        ("heading", "Referrals to Immigration Enforcement"),
        (
            "p",
            "I support this recommendation. Northumbria Police tells me that the work remains outstanding: its referral guidance has not yet been changed, and no start date has been set.",
        ),
        ("heading", "Online learning modules"),
        (
            "p",
            "I accept this recommendation, as does the Chief Constable. Completion of all four modules currently stands at 40% of relevant staff.",
        ),
        ("heading", "Hydra exercises"),
        (
            "p",
            "I am content with this recommendation. The force expects to roll the Hydra package out next spring, once the training school has recruited a second facilitator.",
        ),
        ("sign", ["Yours sincerely,", "Karen Alnmouth", "Police and Crime Commissioner for Northumbria"]),
        ("footer", "Northumbria OPCC"),
    ],
)

# ------------------------------------------------------------------------------------------------
# Labels only

add(
    "sealed15-09",
    "labels_only",
    "docx",
    "Nottinghamshire Police",
    "Nottinghamshire Police and Crime Commissioner",
    ("Leanne Sherwood", "Police and Crime Commissioner for Nottinghamshire"),
    None,
    [
        item("2", "accept", "implemented"),
        item("4", "agree", "planned"),
        item("8", "accept", "in_progress", by="chief_constable", cc="accept"),
        item("9", "disagree", "not_started"),
    ],
    [
        ("letterhead", ["Nottinghamshire Office of the Police and Crime Commissioner", "Arnold, Nottingham"]),
        ("address", ["HMICFRS"]),
        ("salutation", "Dear Sir or Madam,"),
        ("title", f"{OIC_TITLE} – PCC response"),
        ("p", "I write in response to the recommendations made to chief constables in the above report."),
        ("heading", "Recommendation 2"),
        (
            "p",
            "I accept this recommendation. Nottinghamshire Police introduced a mandatory intelligence submission for NCCU referrals in February, and it has been embedded in control room procedure since then.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "I agree. The force will begin work on its plan in October, drawing on the regional strategic assessment due to be published in September.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "The Chief Constable accepts this recommendation. So far 120 officers and staff have completed the Hydra package, and further sessions are booked through the winter.",
        ),
        ("heading", "Recommendation 9"),
        (
            "p",
            "I cannot support this recommendation as it is worded. Requiring every relevant officer to complete all four modules would take several hundred officers off the street for a day each. No work has been done on the modules, and I have asked the Chief Constable not to begin until the College of Policing has reviewed the package.",
        ),
        ("sign", ["Yours faithfully,", "Leanne Sherwood", "Police and Crime Commissioner for Nottinghamshire"]),
        ("footer", "Nottinghamshire OPCC"),
    ],
)

add(
    "sealed15-10",
    "labels_only",
    "html",
    "Staffordshire Police",
    "Staffordshire Police, Fire and Crime Commissioner",
    ("Rachel Trentham", "Police, Fire and Crime Commissioner for Staffordshire"),
    "2025-07-23",
    [
        item("2", ["support", "agree"], "implemented"),
        item("4", "partially_agree", "in_progress"),
        item("8", "support", "planned"),
        item("9", "support", "not_stated"),
    ],
    [
        ("title", f"Commissioner's response: {OIC_TITLE}"),
        ("date", "23rd July 2025"),
        (
            "p",
            "This response was due on 10 July. It is published late because I held it back for the Police, Fire and Crime Panel on 18 July, where the report was discussed.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "I welcome this recommendation. The new intelligence submission step went live in March, and Staffordshire Police checks compliance every month.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "Accepted in part. I agree that the force needs a clear plan, but I do not think a separate plan for organised immigration crime is the right answer; it belongs within the wider serious and organised crime plan, which is being revised now.",
        ),
        ("heading", "Recommendation 8"),
        ("p", "I support this recommendation. The force intends to introduce the Hydra package from April 2026."),
        ("heading", "Recommendation 9"),
        ("p", "I support this recommendation too."),
        ("sign", ["Rachel Trentham", "Police, Fire and Crime Commissioner for Staffordshire"]),
        ("footer", "Staffordshire Commissioner's Office"),
    ],
    late=True,
)

# ------------------------------------------------------------------------------------------------
# Flattened prose

add(
    "sealed15-11",
    "flattened",
    "txt",
    "Cleveland Police",
    "Cleveland Police and Crime Commissioner",
    ("Anthony Marske", "Cleveland Police and Crime Commissioner"),
    "2025-07-07",
    [
        item("2", "agree", "implemented"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "accept", "planned"),
        item("9", None, "in_progress"),
    ],
    [
        ("letterhead", ["Cleveland Police and Crime Commissioner", "Middlesbrough"]),
        ("date", "7/7/2025"),
        ("address", ["HM Chief Inspector of Constabulary"]),
        ("salutation", "Dear Chief Inspector,"),
        ("p", f"I am responding to the inspectorate's report, {OIC_TITLE}, as the law requires me to."),
        (
            "p",
            f'The report recommends that "{R2}" I agree. Cleveland Police has told me that the submission was built into its revised referral form, which went live in May, and that the form cannot now be sent without the intelligence reference. The report also asks chief constables to "make sure they have clear plans to collect, analyse and share information related to organised immigration crime". The force has accepted this and I support it; a draft plan is out for consultation with the local authorities and Border Force, and I expect to see a final version in the autumn.',
        ),
        (
            "p",
            "The last two recommendations concern training. On the Hydra package, I accept the recommendation, and the force has booked its first two courses for February 2026. As for the e-learning, 55% of relevant officers and staff have now completed all four modules, and supervisors are chasing the rest.",
        ),
        ("p", "I will report on all four at my public Scrutiny Panel in September."),
        ("sign", ["Yours sincerely", "Anthony Marske", "Cleveland Police and Crime Commissioner"]),
        ("footer", "Cleveland OPCC"),
    ],
)

add(
    "sealed15-12",
    "flattened",
    "pdf",
    "Essex Police",
    "Essex Police, Fire and Crime Commissioner",
    ("Fiona Tendring", "Police, Fire and Crime Commissioner for Essex"),
    "2025-07-09",
    [
        item("2", "note", "planned", cc="accept"),
        item("4", "agree", "implemented"),
        item("8", "support", "in_progress"),
    ],
    [
        ("letterhead", ["Essex Police, Fire and Crime Commissioner", "Chelmsford, Essex"]),
        ("address", ["HMICFRS"]),
        ("salutation", "Dear Sir Andy,"),
        (
            "p",
            f"Thank you for the report {OIC_TITLE}. I set out below my response to the recommendations that concern Essex Police.",
        ),
        (
            "p",
            "On making sure an intelligence document is submitted every time a case is reported to the National Command and Control Unit, I note the recommendation. The Chief Constable has accepted it, and the force intends to update its referral process in the autumn, when the control room system is upgraded. The inspectorate also asks forces to have clear plans for collecting, analysing and sharing information on organised immigration crime. I agree. Essex has had such a plan since 2024, and it has been embedded in the work of the force's Serious Violence and Organised Crime Command since then. Finally, on Hydra training, I support the recommendation; the training is being piloted in two districts, Basildon and Colchester, before it is rolled out more widely.",
        ),
        (
            "sign",
            ["Yours sincerely,", "Fiona Tendring", "Police, Fire and Crime Commissioner for Essex", "9 July 2025"],
        ),
        ("footer", "Essex PFCC"),
    ],
    unanswered=["9"],
)

# ------------------------------------------------------------------------------------------------
# Two findings in one paragraph

add(
    "sealed15-13",
    "two_in_one_paragraph",
    "html",
    "Kent Police",
    "Kent Police and Crime Commissioner",
    ("Oliver Faversham", "Police and Crime Commissioner for Kent"),
    "2025-07-03",
    [
        item("2", "agree", "implemented"),
        item("4", "agree", "not_started"),
        item("8", "support", "planned", cc="accept"),
        item("9", "note", "in_progress", cc="accept"),
    ],
    [
        ("title", f"Kent PCC response to HMICFRS: {OIC_TITLE}"),
        ("date", "3 July 2025"),
        ("salutation", "Dear HM Chief Inspector,"),
        (
            "p",
            "The inspectorate's report makes four recommendations to chief constables. I have grouped my response under two themes.",
        ),
        ("heading", "Intelligence"),
        (
            "p",
            "I agree with both the recommendation about submitting the intelligence document whenever a case is reported to the NCCU and the one on plans to collect, analyse and share information. The first has been embedded in Kent Police's referral procedure since last autumn. The second remains outstanding: the force tells me no work has begun on a plan yet, and I have asked for a timetable.",
        ),
        ("heading", "Training"),
        (
            "p",
            "The Chief Constable has accepted both training recommendations. I support the one on Hydra, and the force expects to run its first Hydra exercise early in 2026. I note the recommendation on the four e-learning modules; those modules are being piloted with the team that polices the Port of Dover before they are made mandatory for everyone in scope.",
        ),
        ("sign", ["Yours sincerely,", "Oliver Faversham", "Police and Crime Commissioner for Kent"]),
        ("footer", "Kent OPCC"),
    ],
)

add(
    "sealed15-14",
    "two_in_one_paragraph",
    "txt",
    "Norfolk Constabulary",
    "Norfolk Police and Crime Commissioner",
    ("Harriet Broadland", "Police and Crime Commissioner for Norfolk"),
    "2025-08-12",
    [
        item("2", "accept", "implemented"),
        item("4", "agree", "planned"),
        item("8", "accept", "in_progress"),
        item("9", "note", "not_started"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Norfolk", "Wymondham"]),
        ("date", "Tuesday 12 August 2025"),
        ("salutation", "Dear Sir Andy,"),
        ("title", OIC_TITLE),
        (
            "p",
            "I am sorry that this response is later than the inspectorate asked. The delay was mine: I wanted to see the force's training figures for the first quarter before replying.",
        ),
        (
            "p",
            "I accept the recommendations on intelligence submissions to the NCCU and on Hydra training. The first went live in March, when Norfolk Constabulary added the submission to its referral checklist; the second is under way, with the Hydra package due for completion by all relevant staff by March 2026.",
        ),
        (
            "p",
            "I concur with the recommendation that forces should have clear plans to collect, analyse and share information. The force is going to build its plan into a new intelligence strategy, which it will launch early in 2026. On the four e-learning modules, I note the recommendation; no work has started on it yet.",
        ),
        ("sign", ["Yours sincerely", "Harriet Broadland", "Police and Crime Commissioner for Norfolk"]),
        ("footer", "OPCC for Norfolk"),
    ],
    late=True,
)

# ------------------------------------------------------------------------------------------------
# Blanket stances

add(
    "sealed15-15",
    "blanket",
    "docx",
    "Greater Manchester Police",
    "Mayor of Greater Manchester (Greater Manchester Combined Authority)",
    ("Samira Whitfield", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"),
    "2025-06-26",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "not_stated"),
        item("8", "accept", "not_stated"),
        item("9", "accept", "in_progress"),
    ],
    [
        (
            "letterhead",
            [
                "Greater Manchester Combined Authority",
                "Office of the Deputy Mayor for Policing, Crime, Criminal Justice and Fire",
            ],
        ),
        ("date", "26 June 2025"),
        ("address", ["HMICFRS"]),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Greater Manchester's response to {OIC_TITLE}"),
        (
            "p",
            "On behalf of the Mayor of Greater Manchester, I accept all four of the recommendations that the report makes to chief constables.",
        ),
        (
            "p",
            "Greater Manchester Police has made good progress on the first of them. The requirement to submit an intelligence document with each NCCU referral has been embedded since January, and the force's own audit in May found no referral without one.",
        ),
        (
            "p",
            "On the e-learning package, GMP has added the four modules to the mandatory training for officers in its Serious Organised Crime Group and in custody. About 30% of those officers have completed them so far.",
        ),
        (
            "p",
            "I will ask the force for an update on the remaining recommendations at the next meeting of the Greater Manchester Police, Fire and Crime Panel.",
        ),
        (
            "sign",
            ["Yours sincerely,", "Samira Whitfield", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"],
        ),
        ("footer", "GMCA"),
    ],
)

add(
    "sealed15-16",
    "blanket",
    "txt",
    "Metropolitan Police Service",
    "Mayor's Office for Policing And Crime (MOPAC)",
    ("Naomi Ashgrove", "Deputy Mayor for Policing and Crime"),
    "2025-07-10",
    [
        item("2", "support", "in_progress"),
        item("4", "support", "in_progress", cc="partially_agree"),
        item("8", "support", "not_started"),
        item("9", "support", "not_stated"),
    ],
    [
        ("letterhead", ["MAYOR OF LONDON", "Mayor's Office for Policing And Crime", "City Hall, London"]),
        ("date", "10/07/2025"),
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS"]),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"HMICFRS report: {OIC_TITLE}"),
        ("p", "I am writing on behalf of the Mayor to respond to the inspectorate's report."),
        (
            "p",
            "On intelligence submissions to the NCCU, the MPS tells me the new requirement is being piloted in two Basic Command Units, Central West and North East, before it is extended across London.",
        ),
        (
            "p",
            "On plans to collect, analyse and share information, the Commissioner of Police of the Metropolis has accepted the recommendation in part. The MPS will fold organised immigration crime into its existing serious and organised crime intelligence plan rather than write a separate one, and that refresh is due for completion by December.",
        ),
        (
            "p",
            "On Hydra training, the MPS says no work has begun yet, because it is waiting for the MSOIC Unit to confirm how many places London will be given.",
        ),
        (
            "p",
            "Overall, I am content that the MPS's response to the report is proportionate, and I endorse all four recommendations in full. MOPAC will track them through its Oversight Board.",
        ),
        ("sign", ["Yours sincerely,", "Naomi Ashgrove", "Deputy Mayor for Policing and Crime"]),
        ("footer", "MOPAC"),
    ],
)

add(
    "sealed15-17",
    "blanket",
    "html",
    "Hertfordshire Constabulary",
    "Hertfordshire Police and Crime Commissioner",
    ("Colin Tewin", "Police and Crime Commissioner for Hertfordshire"),
    "2025-07-04",
    [
        item("2", "support", "implemented"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "planned"),
        item("9", "support", "not_stated"),
    ],
    [
        ("title", f"PCC response: {OIC_TITLE}"),
        ("date", "4 July 2025"),
        ("salutation", "Dear Sir Andy,"),
        (
            "p",
            "I welcome the report and support each of its recommendations to chief constables. Hertfordshire Constabulary's progress against them is summarised below.",
        ),
        (
            "dl",
            [
                (
                    "Intelligence submissions to the NCCU",
                    "This went live in March. A referral cannot now be closed on the force system until the intelligence submission has been made.",
                ),
                (
                    "Information plans",
                    "The Chief Constable has accepted this recommendation. The force's collection and analysis plan is due for completion by November.",
                ),
                (
                    "Hydra training",
                    "The force will start Hydra training in April 2026, when its new training year begins.",
                ),
                (
                    "E-learning",
                    "The Constabulary has told me it will give me an update on the e-learning modules in the autumn.",
                ),
            ],
        ),
        ("sign", ["Colin Tewin", "Police and Crime Commissioner for Hertfordshire"]),
        ("footer", "Hertfordshire OPCC"),
    ],
)

# ------------------------------------------------------------------------------------------------
# Mixed stances

add(
    "sealed15-18",
    "mixed_stances",
    "pdf",
    "Avon and Somerset Police",
    "Avon and Somerset Police and Crime Commissioner",
    ("Philippa Mendip", "Police and Crime Commissioner for Avon and Somerset"),
    "2025-07-08",
    [
        item("2", "agree", "implemented"),
        item("4", "partially_agree", "in_progress"),
        item("8", "disagree", "not_started", cc="accept"),
        item("9", "note", "planned"),
    ],
    [
        ("letterhead", ["Avon and Somerset Police and Crime Commissioner", "Portishead"]),
        ("date", "8 July 2025"),
        ("address", ["HMICFRS"]),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"{OIC_TITLE} – response from the Police and Crime Commissioner"),
        ("p", "My views on the four recommendations made to chief constables differ, so I take each in turn."),
        ("heading", "Recommendation 2"),
        ("quote", R2),
        (
            "p",
            "I agree. This has been in place in Avon and Somerset since April, when the control room added the submission to its closing checks.",
        ),
        ("heading", "Recommendation 4"),
        ("quote", R4),
        (
            "p",
            "I agree with the aim, but only in part with the recommendation. The force already shares information through the regional organised crime unit, and I do not want a parallel structure. A narrower local plan is being drafted.",
        ),
        ("heading", "Recommendation 8"),
        ("quote", R8),
        (
            "p",
            "I cannot support this recommendation as framed. Hydra is a costly, classroom-based exercise, and I am not convinced it is the best use of officers' time in a force of our size. The Chief Constable takes a different view and has accepted it, but no work has begun yet.",
        ),
        ("heading", "Recommendation 9"),
        ("quote", R9),
        (
            "p",
            "I note this recommendation. The force plans to add the modules to its learning platform in January 2026.",
        ),
        ("sign", ["Yours sincerely,", "Philippa Mendip", "Police and Crime Commissioner for Avon and Somerset"]),
        ("footer", "Avon and Somerset OPCC"),
    ],
)

add(
    "sealed15-19",
    "mixed_stances",
    "docx",
    "Devon and Cornwall Police",
    "Devon and Cornwall Police and Crime Commissioner",
    ("Tobias Polglaze", "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
    "2025-06-27",
    [
        item("2", "partially_agree", "planned"),
        item("4", "support", "implemented"),
        item("8", "agree", "in_progress"),
        item("9", "disagree", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"]),
        ("date", "27th June 2025"),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Response to {OIC_TITLE}"),
        (
            "p",
            "Thank you for the report. My response to each of the recommendations addressed to chief constables follows. Where I take a different view from the force, I say so.",
        ),
        ("heading", "Recommendation 2 – NCCU referrals"),
        (
            "p",
            "Accepted in part. I agree that officers should submit the intelligence document, but requiring it on every single occasion, including repeat referrals about the same vehicle on the same day, seems excessive. The force will amend its guidance when its control room procedures are next reviewed in the autumn.",
        ),
        ("heading", "Recommendation 4 – information plans"),
        (
            "p",
            "I endorse this recommendation. Devon and Cornwall Police's plan for organised immigration crime has been embedded since 2024 and was refreshed in March.",
        ),
        ("heading", "Recommendation 8 – Hydra"),
        ("p", "I concur. Three of the eight Hydra sessions the force has planned have now been held at headquarters."),
        ("heading", "Recommendation 9 – e-learning"),
        (
            "p",
            "I cannot support this recommendation. The Chief Constable, however, has accepted it, and the force tells me that a quarter of relevant staff have finished the modules and the rest are due for completion by April 2026.",
        ),
        (
            "sign",
            [
                "Yours sincerely,",
                "Tobias Polglaze",
                "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly",
            ],
        ),
        ("footer", "OPCC Devon, Cornwall and the Isles of Scilly"),
    ],
)

add(
    "sealed15-20",
    "mixed_stances",
    "txt",
    "Gloucestershire Constabulary",
    "Gloucestershire Police and Crime Commissioner",
    ("Imogen Severn", "Police and Crime Commissioner for Gloucestershire"),
    "2025-07-01",
    [
        item("2", ["accept", "agree"], ["not_started", "in_progress"]),
        item("4", "note", "implemented"),
        item("8", "disagree", "not_stated"),
    ],
    [
        ("letterhead", ["Gloucestershire Police and Crime Commissioner", "Quedgeley, Gloucester"]),
        ("date", "1st July 2025"),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Re: {OIC_TITLE}"),
        (
            "p",
            "I have considered the recommendations in the report and comment below on the three where I have a view to give.",
        ),
        ("p", "Recommendation 2. I accept and agree with this recommendation. The work remains outstanding."),
        (
            "p",
            "Recommendation 4. I note this recommendation. Gloucestershire Constabulary put its organised immigration crime plan in place in February, and the plan is shared with the county's community safety partnership.",
        ),
        (
            "p",
            "Recommendation 8. I do not agree with this recommendation. The Hydra package was designed with larger forces in mind, and I would rather the force's training budget went on local courses.",
        ),
        ("p", "I will publish the Chief Constable's progress reports on my website."),
        ("sign", ["Yours sincerely,", "Imogen Severn", "Police and Crime Commissioner for Gloucestershire"]),
        ("footer", "Gloucestershire OPCC"),
    ],
    unanswered=["9"],
)

# ------------------------------------------------------------------------------------------------
# The chief constable's response appended

add(
    "sealed15-21",
    "cc_annex",
    "docx",
    "Dyfed-Powys Police",
    "Dyfed-Powys Police and Crime Commissioner",
    ("Rhian Teifi", "Police and Crime Commissioner for Dyfed-Powys"),
    "2025-07-03",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "planned", cc="partially_agree"),
        item("9", "support", "not_started", cc="accept"),
    ],
    [
        ("letterhead", ["Dyfed-Powys Police and Crime Commissioner", "Comisiynydd Heddlu a Throseddu Dyfed-Powys"]),
        ("date", "3 July 2025"),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"{OIC_TITLE}: response of the Police and Crime Commissioner for Dyfed-Powys"),
        (
            "p",
            "I have read the report and discussed it with the Chief Constable, whose response is attached as an annex. I am satisfied that the force has accepted the recommendations made to chief constables, subject to the one qualification he explains, and I support all four.",
        ),
        (
            "p",
            "Rural forces meet organised immigration crime in their own ways, not least at the ferry ports of Fishguard and Pembroke Dock. I will hold the Chief Constable to account for delivery through my Policing Accountability Board.",
        ),
        ("sign", ["Yours sincerely,", "Rhian Teifi", "Police and Crime Commissioner for Dyfed-Powys"]),
        ("heading", "Annex: the Chief Constable's response"),
        ("heading", "Recommendation 2"),
        (
            "p",
            "The force accepts this recommendation. A mandatory intelligence submission has been part of the NCCU referral process since March 2025, and this recommendation is complete.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "Accepted. The force's information plan for organised immigration crime is being written with the Southern Wales Regional Organised Crime Unit and is due for completion by November.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "Accepted in part. The force will deliver Hydra to its specialist investigators from January 2026, but does not consider it proportionate for all frontline officers.",
        ),
        ("heading", "Recommendation 9"),
        (
            "p",
            "Accepted. No work has begun yet; the force is waiting for the revised modules the College of Policing has promised.",
        ),
        ("footer", "Dyfed-Powys OPCC"),
    ],
)

add(
    "sealed15-22",
    "cc_annex",
    "html",
    "North Wales Police",
    "North Wales Police and Crime Commissioner",
    ("Elin Maelor", "Police and Crime Commissioner for North Wales"),
    "2025-06-25",
    [
        item("2", "agree", "implemented", cc="accept"),
        item("4", "agree", "in_progress"),
        item("8", "support", "planned"),
        item("9", "note", "implemented", cc="accept"),
    ],
    [
        ("title", f"Response to HMICFRS: {OIC_TITLE}"),
        ("date", "25 June 2025"),
        ("salutation", "Dear Sir Andy,"),
        (
            "p",
            "Thank you for the report. My own response to each recommendation comes first; the Chief Constable's response follows in full.",
        ),
        ("heading", "Recommendation 2"),
        ("p", "I agree."),
        ("heading", "Recommendation 4"),
        ("p", "I agree, and I will want to see the plan once it has been approved."),
        ("heading", "Recommendation 8"),
        ("p", "I support this recommendation."),
        ("heading", "Recommendation 9"),
        ("p", "I note this recommendation and the force's progress on it."),
        ("sign", ["Yours sincerely,", "Elin Maelor", "Police and Crime Commissioner for North Wales"]),
        ("heading", "Chief Constable's response"),
        (
            "accordion",
            [
                (
                    "Recommendation 2",
                    "North Wales Police accepts this recommendation. Since March, officers have had to submit the intelligence report with every NCCU referral, and the force's audit confirms that they do.",
                ),
                (
                    "Recommendation 4",
                    "The force plan is being written and will go to the Chief Officer Group in October.",
                ),
                ("Recommendation 8", "Hydra sessions are planned for January 2026."),
                (
                    "Recommendation 9",
                    "Accepted. All relevant staff in the Serious and Organised Crime team have now completed the four modules, and the package has been added to the induction for new investigators.",
                ),
            ],
        ),
        ("footer", "North Wales OPCC"),
    ],
)

add(
    "sealed15-23",
    "cc_annex",
    "pdf",
    "Wiltshire Police",
    "Wiltshire Police and Crime Commissioner",
    ("Edward Pewsey", "Police and Crime Commissioner for Wiltshire and Swindon"),
    "2025-07-07",
    [
        item("2", "accept", "not_started", by="chief_constable", cc="accept"),
        item("4", "accept", "implemented", by="chief_constable", cc="accept"),
        item("9", "partially_agree", "in_progress", by="chief_constable", cc="partially_agree"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Wiltshire and Swindon"]),
        ("date", "7 July 2025"),
        ("salutation", "Dear Sir Andy,"),
        ("title", OIC_TITLE),
        (
            "p",
            "I attach the Chief Constable's response to the recommendations in the above report. I have gone through it with him at my Commissioner's Monitoring Board, and I am assured that it is an accurate account of where the force stands.",
        ),
        ("p", "I will publish the force's progress against these recommendations every six months."),
        ("sign", ["Yours sincerely,", "Edward Pewsey", "Police and Crime Commissioner for Wiltshire and Swindon"]),
        ("heading", "Appendix – Response of the Chief Constable of Wiltshire Police"),
        ("heading", "Recommendation 2"),
        (
            "p",
            "Accepted. This work has not started yet. It depends on changes to the control room system that have not yet been scheduled.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "Accepted. The force's organised immigration crime intelligence plan was approved by chief officers in May 2025 and is now in place.",
        ),
        ("heading", "Recommendation 9"),
        (
            "p",
            "Accepted in part. Modules 1 and 2 are being rolled out to all frontline officers this year; the force does not intend to require modules 3 and 4 outside its specialist teams.",
        ),
        ("footer", "OPCC Wiltshire and Swindon"),
    ],
    unanswered=["8"],
)

# ------------------------------------------------------------------------------------------------
# The regional report

add(
    "sealed15-24",
    "regional_afi",
    "txt",
    "North Yorkshire Police",
    "Mayor of York and North Yorkshire",
    ("Alistair Coxwold", "Deputy Mayor for Policing, Fire and Crime, York and North Yorkshire"),
    "2026-02-12",
    [
        item("1", ["support", "agree"], "in_progress", cc="accept"),
        item("2", "agree", "planned", cc="accept"),
    ],
    [
        (
            "letterhead",
            ["York and North Yorkshire Combined Authority", "Office of the Deputy Mayor for Policing, Fire and Crime"],
        ),
        ("date", "12 February 2026"),
        ("salutation", "Dear HM Inspector,"),
        ("title", f"Response to {SOC_TITLE}"),
        (
            "p",
            "This is the response of the Mayor of York and North Yorkshire to the inspection, prepared by me as Deputy Mayor. The Chief Constable of North Yorkshire Police has accepted both areas for improvement, and I set out my own view of each below.",
        ),
        ("heading", "Area for improvement 1"),
        ("quote", AFI1),
        (
            "p",
            "I welcome this area for improvement. The regional unit and the four forces have set up a joint tasking and coordination meeting, which first met in January and now sits monthly; the shared intelligence protocol that goes with it is still being agreed.",
        ),
        ("heading", "Area for improvement 2"),
        ("quote", AFI2),
        (
            "p",
            "I agree. The four forces will move to a single regional contract for technical surveillance equipment when the present contracts end in 2027, and the procurement exercise is planned to begin in the new financial year.",
        ),
        (
            "sign",
            [
                "Yours sincerely,",
                "Alistair Coxwold",
                "Deputy Mayor for Policing, Fire and Crime, York and North Yorkshire",
            ],
        ),
        ("footer", "York and North Yorkshire Combined Authority"),
    ],
    report=SOC,
)


def main() -> None:
    about = (
        "sealed15: a kept (held-out) set of 24 hand-written response letters with hand-labelled truth, in the "
        "habits of many differently run offices (trackers, single covering views, reported speech, appended chief "
        "constable's responses, everyday progress phrases). Measure on it; never tune on it."
    )
    corpus.write_set(HERE, about, ((blocks, truth) for truth, blocks in LETTERS))


if __name__ == "__main__":
    main()
