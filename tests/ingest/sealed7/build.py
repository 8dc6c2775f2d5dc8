# ruff: noqa: E501  (letter text is data: long sentences are kept whole)
"""Build the sealed7 set: ``letters/`` and ``truth.json``, reproducibly.

    .venv/bin/python tests/ingest/sealed7/build.py

A held-back set of 30 hand-written response letters, never used for tuning and only ever measured: 28 answers
by commissioners, mayors' offices and the City of London's police authority to the organised immigration crime
report and two regional answers to the Yorkshire and Humber serious and organised crime inspection. It holds
tables with force and commissioner columns, paraphrased headings, bare labels, flattened prose, two findings in
one paragraph, blanket stances (some with detail after), mixed stances, a chief constable's annex and regional
areas for improvement, in text, Word, web page and PDF form, with the truth written by hand beside each letter.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
sys.path.insert(0, str(CORPUS))

import build as corpus  # noqa: E402

SPLIT = "sealed7"
OIC, SOC = corpus.REPORT_KEYS["oic"], corpus.REPORT_KEYS["soc"]
OIC_TITLE, SOC_TITLE = corpus.REPORT_TITLES["oic"], corpus.REPORT_TITLES["soc"]

Blocks = list[tuple[str, Any]]
LETTERS: list[tuple[dict[str, Any], Blocks]] = []
add = corpus.letter_adder(LETTERS, split=SPLIT)
item = corpus.item


def force_item(ref: str, stance: str, status: str | list[str]) -> dict[str, Any]:
    """A finding whose only stance in the letter is the force's own."""
    return item(ref, stance, status, by="chief_constable", cc=stance)


REC2 = "By 30 April 2026, chief constables should make sure that every time a member of their force reports a case to Immigration Enforcement's National Command and Control Unit, the reporting officer completes and submits the required intelligence document."
REC4 = "By 31 December 2025, chief constables should make sure they have clear plans to collect, analyse and share information related to organised immigration crime."
REC8 = "By 30 April 2026, chief constables, working with the Modern Slavery & Organised Immigration Crime Unit, should make sure that relevant personnel in all Home Office police forces complete the Hydra training package on organised immigration crime."
REC9 = "By 30 April 2026, chief constables, working with the Modern Slavery & Organised Immigration Crime Unit and the College of Policing, should make sure that relevant personnel in all Home Office police forces complete the four modules of the organised immigration crime e-learning package."


# ------------------------------------------------------------------------------------------------
# 1. Cheshire: paraphrased headings, plain text

add(
    "s7_01_cheshire",
    "paraphrase_headings",
    "txt",
    "Cheshire Constabulary",
    "Cheshire Police and Crime Commissioner",
    ("Daniel Ashworth", "Police and Crime Commissioner for Cheshire"),
    "2025-07-09",
    [
        item("2", "support", "in_progress"),
        item("4", "support", "planned"),
        item("8", "support", "implemented"),
        item("9", "support", "in_progress"),
    ],
    [
        ("letterhead", ["OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR CHESHIRE", "Winsford, Cheshire"]),
        ("date", "9th July 2025"),
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS", "By email"]),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Re: Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for your report, published on 16 May 2025. I welcome it, and I support the four recommendations it makes to chief constables. I have discussed each of them with the Chief Constable at my Accountability and Scrutiny Board and set out below where Cheshire Constabulary has got to. The remaining recommendations are for the National Crime Agency, the Home Office and others, and I make no comment on them here.",
        ),
        ("heading", "Reporting cases to Immigration Enforcement"),
        (
            "p",
            "Officers who contact the National Command and Control Unit are now prompted by the control room to submit an intelligence report before the incident is closed. The prompt went live in June and the force intelligence bureau is checking compliance every week. Early figures show that around three-quarters of NCCU contacts are followed by a submission, and the force expects that to keep rising as the change beds in.",
        ),
        ("heading", "Collecting, analysing and sharing what we know"),
        (
            "p",
            "The force will write a dedicated plan for organised immigration crime as part of its control strategy refresh, which begins in September. I have asked for the finished plan to come to my board before the December deadline so that I can be sure it covers sharing with Border Force, the North West Regional Organised Crime Unit and our local authority partners.",
        ),
        ("heading", "Hydra training"),
        (
            "p",
            "All officers and staff the force has identified as relevant (the serious and organised crime unit, the modern slavery team and the duty inspectors) completed a Hydra exercise at the regional suite in May and June. This training is complete, and new starters in those roles will attend as part of their induction.",
        ),
        ("heading", "Online learning on organised immigration crime"),
        (
            "p",
            "Completion of the four e-learning modules stands at 64% of the target group. Line managers have been asked to make sure the rest finish them by the end of the year.",
        ),
        ("p", "I will continue to monitor this work and will publish updates on my website."),
        ("sign", ["Yours sincerely,", "", "Daniel Ashworth", "Police and Crime Commissioner for Cheshire"]),
    ],
)

# ------------------------------------------------------------------------------------------------
# 2. Kent: paraphrased headings, Word

add(
    "s7_02_kent",
    "paraphrase_headings",
    "docx",
    "Kent Police",
    "Kent Police and Crime Commissioner",
    ("Matthew Scrivens", "Kent Police and Crime Commissioner"),
    "2025-07-02",
    [
        force_item("2", "accept", "implemented"),
        force_item("4", "accept", "in_progress"),
        force_item("8", "agree", "planned"),
        force_item("9", "accept", "in_progress"),
    ],
    [
        ("letterhead", ["Kent Police and Crime Commissioner", "Sessions House, Maidstone"]),
        ("date", "Date: 02/07/2025"),
        ("address", ["HMICFRS", "Organised immigration crime inspection team"]),
        ("salutation", "Dear Inspector,"),
        ("title", "Response to HMICFRS report: Improving the response to organised immigration crime"),
        (
            "p",
            "Kent sits on the front line of this issue, and the Inspectorate's findings make sobering reading. I asked the Chief Constable for his response to each recommendation made to forces, and it is summarised below under my own headings. I will be following up every point through my Performance and Delivery Board, and the panel will see the first update in the autumn.",
        ),
        ("heading", "Making every NCCU referral count"),
        (
            "p",
            "Kent Police accepts this recommendation. Since March 2025 the force's incident system has not allowed a log involving a referral to the National Command and Control Unit to be closed until an intelligence submission reference has been entered. This is fully in place across the county.",
        ),
        ("heading", "A clear picture of the threat"),
        (
            "p",
            "Kent Police accepts this recommendation. Its intelligence collection plan for organised immigration crime is being rewritten with the Kent and Essex Serious Crime Directorate and Border Force, and a draft is already being used for tasking. It will be finalised by October.",
        ),
        ("heading", "Immersive training for investigators"),
        (
            "p",
            "The force agrees with this recommendation. Hydra sessions for detective sergeants and inspectors in the Serious Crime Directorate will be booked with the Modern Slavery and Organised Immigration Crime Unit, starting in January 2026.",
        ),
        ("heading", "Online learning for frontline staff"),
        (
            "p",
            "Kent Police accepts this recommendation. The four modules have been added to the mandatory training list for custody, port and neighbourhood teams, and completion is being reported to the command team each month.",
        ),
        (
            "p",
            "I am grateful to the Inspectorate for its work, and to the officers in Dover and Folkestone who spoke so openly to the inspection team.",
        ),
        ("sign", ["Yours sincerely", "", "Matthew Scrivens", "Kent Police and Crime Commissioner"]),
    ],
)

# ------------------------------------------------------------------------------------------------
# 3. Lancashire: paraphrased headings, web page, dated on day 55

add(
    "s7_03_lancashire",
    "paraphrase_headings",
    "html",
    "Lancashire Constabulary",
    "Lancashire Police and Crime Commissioner",
    ("Colette Barraclough", "Police and Crime Commissioner for Lancashire"),
    "2025-07-10",
    [
        item("2", "note", "in_progress", cc="accept"),
        item("4", "note", "implemented", cc="accept"),
        item("8", "note", "in_progress", cc="accept"),
        item("9", "note", "not_started", cc="accept"),
    ],
    [
        ("letterhead", ["Lancashire Police and Crime Commissioner"]),
        ("date", "10 July 2025"),
        ("title", "PCC response: Improving the response to organised immigration crime"),
        (
            "p",
            "HMICFRS published its report on 16 May 2025, and I am required to respond within 56 days. I have noted the report's recommendations, and the Chief Constable has accepted all four of those addressed to chief constables. My role is to hold him to account for delivering them, and this response sets out what I have been told so far.",
        ),
        ("heading", "When officers contact Immigration Enforcement"),
        (
            "p",
            "A reminder and a short guide on submitting intelligence after every call to the National Command and Control Unit have gone to all response sergeants. The force is now adding a mandatory question to its incident closure process, which is due to be live in the autumn.",
        ),
        ("heading", "Understanding the threat"),
        (
            "p",
            "Lancashire's intelligence collection plan for organised immigration crime was signed off by the chief officer team in April 2025. It sets out what information is gathered, how it is analysed and who it is shared with, including partners at Heysham port. The plan is in place and is reviewed every quarter.",
        ),
        ("heading", "Hydra"),
        (
            "p",
            "Around half of the relevant investigators have attended a Hydra exercise so far. The remaining sessions are booked through to March 2026.",
        ),
        ("heading", "E-learning"),
        (
            "p",
            "The four e-learning modules have not yet been assigned to anyone in the force. The force is waiting for guidance from the College of Policing on which roles should count as relevant before it starts.",
        ),
        ("p", "I will publish a further update when the force reports back to my Strategic Scrutiny Meeting."),
        ("sign", ["Colette Barraclough", "Police and Crime Commissioner for Lancashire"]),
        ("footer", "Lancashire Police and Crime Commissioner"),
    ],
)

# ------------------------------------------------------------------------------------------------
# 4. Essex: paraphrased headings, PDF, the date only in the footer

add(
    "s7_04_essex",
    "paraphrase_headings",
    "pdf",
    "Essex Police",
    "Essex Police, Fire and Crime Commissioner",
    ("Geraldine Foxley", "Police, Fire and Crime Commissioner for Essex"),
    "2025-06-27",
    [
        item("2", "accept", "planned"),
        item("4", "accept", "in_progress"),
        item("8", "accept", "implemented"),
        item("9", "accept", ["in_progress", "planned"]),
    ],
    [
        ("letterhead", ["Essex Police, Fire and Crime Commissioner", "Kelvedon Park, London Road, Rivenhall, Witham"]),
        (
            "address",
            [
                "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
                "10 South Colonnade",
                "London E14 4PU",
            ],
        ),
        (
            "title",
            "Improving the response to organised immigration crime - response of the Police, Fire and Crime Commissioner for Essex",
        ),
        (
            "p",
            "I accept each of the four recommendations that the report makes to chief constables. Essex Police has reviewed them alongside its own serious and organised crime improvement plan, and I set out the position for each of them below.",
        ),
        ("heading", "Intelligence after NCCU referrals"),
        (
            "p",
            "A new referral checklist, requiring officers to submit an intelligence report whenever they contact Immigration Enforcement's National Command and Control Unit, will go live on 1 September 2025, once the change to the control room system has been tested.",
        ),
        ("heading", "Planning how information on organised immigration crime is gathered and shared"),
        (
            "p",
            "The force's serious and organised crime intelligence unit has started work on a collection plan with the ports policing team at Harwich and Tilbury and with the Eastern Region Special Operations Unit. A first version is in draft.",
        ),
        ("heading", "Hydra immersive training"),
        (
            "p",
            "All relevant staff in the Serious Crime Directorate and the ports team completed Hydra training in the spring. Essex Police considers this recommendation met.",
        ),
        ("heading", "The four e-learning modules"),
        (
            "p",
            "Modules 1 and 2 have been completed by the Serious Crime Directorate. Modules 3 and 4 will be rolled out to the wider relevant group in the autumn, once the College of Policing confirms its release dates.",
        ),
        ("p", "I will report on progress to the Police, Fire and Crime Panel in October."),
        ("sign", ["Geraldine Foxley", "Police, Fire and Crime Commissioner for Essex"]),
        ("footer", "Essex PFCC | Ref EX/HMI/25/061 | 27.06.2025"),
    ],
)

# ------------------------------------------------------------------------------------------------
# 5. Dorset: bare labels, plain text

add(
    "s7_05_dorset",
    "labels_only",
    "txt",
    "Dorset Police",
    "Dorset Police and Crime Commissioner",
    ("Stephen Pelly", "Dorset Police and Crime Commissioner"),
    "2025-07-02",
    [
        item("2", "agree", "in_progress"),
        item("4", "agree", "implemented"),
        item("8", "agree", "in_progress"),
        item("9", "agree", "planned"),
    ],
    [
        ("letterhead", ["Dorset Police and Crime Commissioner", "Winfrith, Dorchester"]),
        ("date", "Wednesday 2 July 2025"),
        ("salutation", "Dear HM Inspector,"),
        ("title", "HMICFRS inspection: Improving the response to organised immigration crime"),
        (
            "p",
            "Please find below my response to the report. It has been prepared with the Chief Constable and reflects the force's current position. Each recommendation made to chief constables is agreed.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "Agreed. Dorset Police is updating its control room procedures so that an intelligence submission follows every NCCU referral. The work is under way and will be finished well before the deadline.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "Agreed. Already achieved: the Dorset organised immigration crime intelligence requirement was published in March 2025 and is shared with the South West Regional Organised Crime Unit and with Border Force at Poole.",
        ),
        ("heading", "Recommendation 8"),
        ("p", "Agreed. Two Hydra sessions have been delivered and a third is arranged for November."),
        ("heading", "Recommendation 9"),
        (
            "p",
            "Agreed. The e-learning will be mandated for relevant roles from January 2026 through the force learning management system.",
        ),
        ("sign", ["Kind regards", "", "Stephen Pelly", "Dorset Police and Crime Commissioner"]),
    ],
)

# ------------------------------------------------------------------------------------------------
# 6. Gwent: bare labels, web page, no date

add(
    "s7_06_gwent",
    "labels_only",
    "html",
    "Gwent Police",
    "Gwent Police and Crime Commissioner",
    ("Eluned Prosser", "Police and Crime Commissioner for Gwent"),
    None,
    [
        force_item("2", "accept", "in_progress"),
        force_item("4", "accept", "planned"),
        force_item("8", "accept", "not_stated"),
        force_item("9", "accept", "in_progress"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Gwent"]),
        ("title", "Response to the HMICFRS report Improving the response to organised immigration crime"),
        (
            "p",
            "The Chief Constable's response to the recommendations for forces is set out below. I have considered it and I am satisfied that it is a fair account of the force's position. I will track delivery through my Strategy and Performance Board.",
        ),
        (
            "dl",
            [
                (
                    "Recommendation 2",
                    "Gwent Police accepts this recommendation. A procedure is being written for officers who refer cases to the NCCU, and it is being trialled in the Newport local policing area.",
                ),
                (
                    "Recommendation 4",
                    "Gwent Police accepts this recommendation. The force will produce an organised immigration crime intelligence collection plan by November 2025, working with the Tarian Regional Organised Crime Unit.",
                ),
                ("Recommendation 8", "Gwent Police accepts this recommendation."),
                (
                    "Recommendation 9",
                    "Gwent Police accepts this recommendation. Take-up of the modules is monitored monthly; so far 41% of the relevant group have completed all four.",
                ),
            ],
        ),
        ("sign", ["Eluned Prosser", "Police and Crime Commissioner for Gwent"]),
        ("footer", "Office of the Police and Crime Commissioner for Gwent"),
    ],
)

# ------------------------------------------------------------------------------------------------
# 7. Norfolk: bare labels, Word, recommendation 9 not answered

add(
    "s7_07_norfolk",
    "labels_only",
    "docx",
    "Norfolk Constabulary",
    "Norfolk Police and Crime Commissioner",
    ("Giles Thirkettle", "Police and Crime Commissioner for Norfolk"),
    "2025-07-01",
    [
        item("2", "support", "implemented"),
        item("4", "support", "in_progress"),
        item("8", "support", "in_progress"),
    ],
    [
        ("letterhead", ["Norfolk Office of the Police and Crime Commissioner", "Jubilee House, Wymondham"]),
        ("date", "1st July 2025"),
        ("address", ["HM Inspector of Constabulary", "HMICFRS"]),
        ("salutation", "Dear HM Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for the opportunity to comment on the report. I support the recommendations listed below and have set out Norfolk Constabulary's progress against each of them.",
        ),
        ("heading", "Rec 2"),
        (
            "p",
            "In place. Since February the Norfolk and Suffolk joint control room has required an intelligence log for every NCCU call, and compliance is audited monthly.",
        ),
        ("heading", "Rec 4"),
        (
            "p",
            "Under way. The joint intelligence directorate is drafting a collection plan and an information-sharing agreement covering the ports of Great Yarmouth and King's Lynn.",
        ),
        ("heading", "Rec 8"),
        (
            "p",
            "Under way. Hydra training has been given to the major investigation team; detectives in the local investigation teams are next.",
        ),
        ("p", "I will write again once the force has completed this work."),
        ("sign", ["Yours sincerely", "", "Giles Thirkettle", "Police and Crime Commissioner for Norfolk"]),
    ],
    unanswered=["9"],
)

# ------------------------------------------------------------------------------------------------
# 8. Cumbria: flattened, plain text, late

add(
    "s7_08_cumbria",
    "flattened",
    "txt",
    "Cumbria Constabulary",
    "Cumbria Police, Fire and Crime Commissioner",
    ("Marion Gaskarth", "Police, Fire and Crime Commissioner for Cumbria"),
    "2025-07-18",
    [
        force_item("2", "accept", "in_progress"),
        force_item("4", "accept", "in_progress"),
        force_item("8", "accept", "implemented"),
        force_item("9", "accept", "in_progress"),
    ],
    [
        ("letterhead", ["Cumbria Police, Fire and Crime Commissioner Carleton Hall Penrith 18/07/25"]),
        (
            "p",
            f"Dear Inspector, HMICFRS report: Improving the response to organised immigration crime. I apologise for the delay in responding to this report, which was due to the timing of my Scrutiny Panel. I have received the Chief Constable's response and reproduce it here. Recommendation 2 {REC2} Response: Cumbria Constabulary accepts this recommendation. Briefings to response officers began in June and the intelligence submission form is being amended to include an NCCU reference field. Recommendation 4 {REC4} Response: Cumbria Constabulary accepts this recommendation. Analysts are compiling a problem profile of organised immigration crime on the M6 corridor and at the west coast ports, and the collection plan will follow from it. Recommendation 8 {REC8} Response: Cumbria Constabulary accepts this recommendation. All relevant personnel completed Hydra training in a force exercise held in April 2025. Recommendation 9 {REC9} Response: Cumbria Constabulary accepts this recommendation. More than 90% of relevant officers and staff have completed the four modules, and the rest will do so by the end of September.",
        ),
        ("p", "Yours sincerely Marion Gaskarth Police, Fire and Crime Commissioner for Cumbria"),
    ],
    late=True,
)

# ------------------------------------------------------------------------------------------------
# 9. Lincolnshire: flattened, plain text, recommendation 2 not answered

add(
    "s7_09_lincolnshire",
    "flattened",
    "txt",
    "Lincolnshire Police",
    "Lincolnshire Police and Crime Commissioner",
    ("Ivor Brackenbury", "Police and Crime Commissioner for Lincolnshire"),
    "2025-07-08",
    [
        item("4", "agree", "not_started"),
        item("8", "agree", "in_progress"),
        item("9", "agree", "implemented"),
    ],
    [
        (
            "p",
            "Lincolnshire Police and Crime Commissioner, Deepdale Lane, Nettleham, Lincoln. July 8, 2025. HMICFRS, Improving the response to organised immigration crime: response of the Police and Crime Commissioner for Lincolnshire. Dear Sir or Madam, I have read the report with interest and discussed it with the Chief Constable. On recommendation 4, I agree that forces need a clear plan for collecting, analysing and sharing information on organised immigration crime. I have to be candid that no work has yet started in Lincolnshire on a dedicated plan and no timescale has been set; the force's analysts are committed to serious violence duty work until at least the autumn, and I will be pressing the Chief Constable on this. On recommendation 8 I agree; the East Midlands Special Operations Unit is running Hydra sessions and Lincolnshire officers are attending them as places allow. On recommendation 9 I also agree, and I am pleased to say that every member of the force's modern slavery and immigration crime team, which the force regards as the relevant group, has completed all four e-learning modules. Yours faithfully, Ivor Brackenbury, Police and Crime Commissioner for Lincolnshire",
        ),
    ],
    unanswered=["2"],
)

# ------------------------------------------------------------------------------------------------
# 10. Hertfordshire: flattened, PDF

add(
    "s7_10_hertfordshire",
    "flattened",
    "pdf",
    "Hertfordshire Constabulary",
    "Hertfordshire Police and Crime Commissioner",
    ("Nadia Lethbridge", "Police and Crime Commissioner for Hertfordshire"),
    "2025-06-30",
    [
        item("2", "accept", "implemented", cc="accept"),
        item("4", "accept", "implemented", cc="accept"),
        item("8", "accept", "in_progress", cc="accept"),
        item("9", "accept", "in_progress", cc="accept"),
    ],
    [
        (
            "p",
            "Office of the Police and Crime Commissioner for Hertfordshire, Harpenden. 30 June 2025. To: HM Inspectorate of Constabulary and Fire & Rescue Services. Subject: Improving the response to organised immigration crime.",
        ),
        (
            "p",
            "Dear Inspector, thank you for your report. The Chief Constable and I both accept the four recommendations made to chief constables, and I summarise the force's progress here. Recommendation 2 asks forces to make sure that an intelligence document follows every referral to the NCCU. Hertfordshire has done this: a mandatory step in the force's crime and incident system has been live since January 2025 and audits show full compliance. Recommendation 4 concerns plans to collect, analyse and share information. The force's organised immigration crime profile and collection plan were completed in May 2025 with the Eastern Region Special Operations Unit and are in place. On recommendation 8, the Hydra training package, Hertfordshire is working with the MS&OIC Unit to run sessions for its serious organised crime and public protection teams through the rest of 2025, and the first two have taken place. On recommendation 9, around 55% of relevant staff have now completed all four e-learning modules, and the force is chasing the remainder. Yours sincerely, Nadia Lethbridge, Police and Crime Commissioner for Hertfordshire",
        ),
        ("footer", "OPCC Hertfordshire"),
    ],
)

# ------------------------------------------------------------------------------------------------
# 11. Greater Manchester: flattened, web page

add(
    "s7_11_greater_manchester",
    "flattened",
    "html",
    "Greater Manchester Police",
    "Mayor of Greater Manchester (Greater Manchester Combined Authority)",
    ("Kathryn Oduya", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"),
    "2025-07-04",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "support", "planned", cc="accept"),
        item("8", "support", "in_progress", cc="accept"),
        item("9", "support", "not_stated", cc="accept"),
    ],
    [
        (
            "p",
            "Greater Manchester Combined Authority. Date: 04 July 2025. HMICFRS: Improving the response to organised immigration crime. Response from the Deputy Mayor for Policing, Crime, Criminal Justice and Fire on behalf of the Mayor of Greater Manchester.",
        ),
        (
            "p",
            "Greater Manchester Police has accepted all four recommendations made to chief constables and, on behalf of the Mayor, I support them. Recommendation 2, on referrals to the National Command and Control Unit, is being addressed through a change to GMP's operational policing system that is being tested now, while recommendation 4 will be met through a new organised immigration crime collection plan that the force intends to write over the autumn and have in place before 31 December 2025. For recommendation 8, GMP's Programme Challenger partnership has begun putting investigators through Hydra exercises. Recommendation 9, on the four e-learning modules, is accepted. I will continue to scrutinise this work through the Greater Manchester Police, Fire and Crime Panel. Kathryn Oduya, Deputy Mayor for Policing, Crime, Criminal Justice and Fire",
        ),
        ("footer", "Greater Manchester Combined Authority"),
    ],
)

# ------------------------------------------------------------------------------------------------
# 12. Wiltshire: two findings in one paragraph, plain text, no date

add(
    "s7_12_wiltshire",
    "two_in_one_paragraph",
    "txt",
    "Wiltshire Police",
    "Wiltshire Police and Crime Commissioner",
    ("Alasdair Penhaligon", "Police and Crime Commissioner for Wiltshire and Swindon"),
    None,
    [
        item("2", "support", "in_progress"),
        item("4", "support", "in_progress"),
        item("8", "support", "implemented"),
        item("9", "support", "in_progress"),
    ],
    [
        (
            "letterhead",
            ["Office of the Police and Crime Commissioner for Wiltshire and Swindon", "London Road, Devizes"],
        ),
        ("salutation", "Dear Chief Inspector"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "I support the recommendations that the report makes to chief constables, and the Chief Constable has shared his plans for them with me.",
        ),
        (
            "p",
            "Recommendations 2 and 4 both concern intelligence. Wiltshire Police is revising its guidance so that every NCCU referral is followed by an intelligence report, and the force intelligence bureau is building an organised immigration crime section into its control strategy, covering collection, analysis and sharing with Border Force and the South West ROCU. Both pieces of work are under way.",
        ),
        (
            "p",
            "Recommendations 8 and 9 are about training. All the officers and staff the force has identified as relevant have completed Hydra, and the e-learning is partly complete, with about 70% of the same group having finished all four modules.",
        ),
        ("p", "I will keep the Police and Crime Panel informed."),
        ("sign", ["Alasdair Penhaligon", "Police and Crime Commissioner for Wiltshire and Swindon"]),
    ],
)

# ------------------------------------------------------------------------------------------------
# 13. Leicestershire: two findings in one paragraph, Word

add(
    "s7_13_leicestershire",
    "two_in_one_paragraph",
    "docx",
    "Leicestershire Police",
    "Leicestershire Police and Crime Commissioner",
    ("Rupinder Kalsi", "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"),
    "2025-07-07",
    [
        item("2", "accept", "planned", cc="agree"),
        item("4", "accept", "in_progress", cc="agree"),
        item("8", "accept", "not_started", cc="agree"),
        item("9", "accept", "in_progress", cc="agree"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner", "Leicester, Leicestershire and Rutland"]),
        ("date", "7 July 2025"),
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS"]),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "HMICFRS report - Improving the response to organised immigration crime"),
        (
            "p",
            "Leicestershire Police agrees with each of the four recommendations for chief constables, and I accept them.",
        ),
        (
            "p",
            "On recommendations 2 and 4: from October the force will require an intelligence submission for every referral to the National Command and Control Unit, and it has already begun drafting the collection and information-sharing plan the report asks for, which will be completed by December.",
        ),
        (
            "p",
            "On recommendations 8 and 9: the force has not yet arranged any Hydra training and is waiting for dates from the East Midlands Special Operations Unit, while the four e-learning modules are already being completed, with the public protection and serious crime teams going first.",
        ),
        ("p", "My office will follow this up at the next Strategic Assurance Board."),
        (
            "sign",
            [
                "Yours sincerely",
                "",
                "Rupinder Kalsi",
                "Police and Crime Commissioner for Leicester, Leicestershire and Rutland",
            ],
        ),
    ],
)

# ------------------------------------------------------------------------------------------------
# 14. North Wales: two findings in one paragraph, web page, recommendation 4 not answered

add(
    "s7_14_north_wales",
    "two_in_one_paragraph",
    "html",
    "North Wales Police",
    "North Wales Police and Crime Commissioner",
    ("Dafydd Rhys Hughes", "Police and Crime Commissioner for North Wales"),
    "2025-07-03",
    [
        item("2", "agree", "implemented"),
        item("8", "agree", "in_progress"),
        item("9", "agree", "planned"),
    ],
    [
        (
            "letterhead",
            ["Police and Crime Commissioner for North Wales", "Comisiynydd Heddlu a Throseddu Gogledd Cymru"],
        ),
        ("date", "03/07/25"),
        ("title", "Improving the response to organised immigration crime: my response"),
        (
            "p",
            "North Wales, with the port of Holyhead and the A55, sees its share of organised immigration crime, and I welcome the Inspectorate's attention to it.",
        ),
        (
            "p",
            "I agree with recommendation 2. North Wales Police already requires officers to submit an intelligence report after contacting the NCCU; this has been force policy since 2024 and is checked by the Force Intelligence Bureau.",
        ),
        (
            "p",
            "I also agree with recommendations 8 and 9, which deal with training. The Hydra package is being delivered to detectives in the force's serious and organised crime and public protection units, with sessions running until February, and the e-learning modules will be made mandatory for the same group once the Hydra programme finishes.",
        ),
        ("sign", ["Dafydd Rhys Hughes", "Police and Crime Commissioner for North Wales"]),
        ("footer", "Police and Crime Commissioner for North Wales"),
    ],
    unanswered=["4"],
)

# ------------------------------------------------------------------------------------------------
# 15. Durham: blanket, plain text, no claim of progress

add(
    "s7_15_durham",
    "blanket",
    "txt",
    "Durham Constabulary",
    "Durham Police and Crime Commissioner",
    ("Joy Allenby", "Police and Crime Commissioner for County Durham and Darlington"),
    "2025-06-11",
    [
        item("2", "accept", "not_stated"),
        item("4", "accept", "not_stated"),
        item("8", "accept", "not_stated"),
        item("9", "accept", "not_stated"),
    ],
    [
        ("letterhead", ["Police and Crime Commissioner for County Durham and Darlington"]),
        ("date", "11 June 2025"),
        ("salutation", "Dear HM Inspector"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for sending me the report. Although County Durham and Darlington have no seaport, the crime it describes reaches every community, through exploitation in car washes, nail bars and takeaways as much as at the border.",
        ),
        (
            "p",
            "I accept all of the recommendations the report makes to chief constables. The remaining recommendations, for the Home Office, the National Crime Agency and the National Police Chiefs' Council, are matters for those bodies.",
        ),
        (
            "p",
            "I will be asking the Chief Constable to report to my Scrutiny and Performance Board on how the force intends to respond.",
        ),
        (
            "sign",
            ["Yours sincerely", "", "Joy Allenby", "Police and Crime Commissioner for County Durham and Darlington"],
        ),
    ],
)

# ------------------------------------------------------------------------------------------------
# 16. Staffordshire: blanket with detail after it, PDF

add(
    "s7_16_staffordshire",
    "blanket",
    "pdf",
    "Staffordshire Police",
    "Staffordshire Police, Fire and Crime Commissioner",
    ("Benedict Alsop", "Staffordshire Police, Fire and Crime Commissioner"),
    "2025-07-04",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "in_progress"),
        item("8", "partially_agree", "planned"),
        item("9", "accept", "in_progress"),
    ],
    [
        ("letterhead", ["Staffordshire Commissioner's Office", "Block 9, Weston Road, Stafford"]),
        ("date", "Friday 4 July 2025"),
        ("address", ["HM Inspectorate of Constabulary and Fire & Rescue Services"]),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "I accept all of the recommendations made to chief constables in the report, and work is under way in Staffordshire Police on each of them. I would, however, draw your attention to two of them.",
        ),
        (
            "p",
            "Recommendation 2: the force has already put this in place. Since April 2025 the force control room will not close an incident involving an NCCU referral until an intelligence submission has been recorded.",
        ),
        (
            "p",
            "Recommendation 8: here I only partly agree. I am not persuaded that the full Hydra package is the right use of time for every officer the report would class as relevant. I have agreed with the Chief Constable that a targeted group of around 40 investigators and supervisors will complete it, starting in October 2025, and that others will receive a shorter briefing.",
        ),
        ("p", "I will report progress to the Staffordshire Police, Fire and Crime Panel."),
        ("sign", ["Benedict Alsop", "Staffordshire Police, Fire and Crime Commissioner"]),
        ("footer", "Staffordshire Commissioner's Office"),
    ],
)

# ------------------------------------------------------------------------------------------------
# 17. City of London: blanket with detail after it, web page

add(
    "s7_17_city_of_london",
    "blanket",
    "html",
    "City of London Police",
    "City of London Corporation (Police Authority Board)",
    ("Caroline Ashdown", "Chair, Police Authority Board"),
    "2025-06-26",
    [
        item("2", "support", "not_stated"),
        item("4", "support", "planned"),
        item("8", "support", "not_stated"),
        item("9", "support", "implemented"),
    ],
    [
        ("letterhead", ["City of London Corporation", "Police Authority Board", "Guildhall, London EC2"]),
        ("date", "26 June 2025"),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "HMICFRS: Improving the response to organised immigration crime"),
        (
            "p",
            "The Police Authority Board supports all of the recommendations made to chief constables in your report, which the City of London Police, as national lead force for fraud, has considered with care. The Board will monitor progress through its Economic and Cyber Crime Committee.",
        ),
        (
            "p",
            "I would highlight recommendation 9 in particular. The Commissioner has confirmed that all relevant officers and staff have completed the four modules of the organised immigration crime e-learning, so this recommendation has been met.",
        ),
        (
            "p",
            "On recommendation 4, the force will bring its plan for collecting, analysing and sharing intelligence on organised immigration crime to the Board's November meeting, ahead of the December deadline.",
        ),
        ("sign", ["Yours sincerely,", "Caroline Ashdown", "Chair, Police Authority Board"]),
        ("footer", "City of London Corporation - Police Authority Board"),
    ],
)

# ------------------------------------------------------------------------------------------------
# 18. Suffolk: blanket, Word, late

add(
    "s7_18_suffolk",
    "blanket",
    "docx",
    "Suffolk Constabulary",
    "Suffolk Police and Crime Commissioner",
    ("Tristram Blyth", "Police and Crime Commissioner for Suffolk"),
    "2025-08-04",
    [
        item("2", "support", "planned", cc="accept"),
        item("4", "support", "planned", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "support", "planned", cc="accept"),
    ],
    [
        ("letterhead", ["Police and Crime Commissioner for Suffolk", "Police Headquarters, Martlesham Heath, Ipswich"]),
        ("date", "4 August 2025"),
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS", "10 South Colonnade", "London E14 4PU"]),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        ("p", "I apologise that this response is later than the 56 days allowed."),
        (
            "p",
            "Suffolk Constabulary has accepted every recommendation the report makes to chief constables, and I support that position. Plans are in place to deliver each of them within the Inspectorate's timescales, and I will hold the Chief Constable to account for them through my Accountability and Performance Panel.",
        ),
        ("p", "Felixstowe is the country's busiest container port, and I know the force takes this threat seriously."),
        ("sign", ["Yours sincerely", "", "Tristram Blyth", "Police and Crime Commissioner for Suffolk"]),
    ],
    late=True,
)

# ------------------------------------------------------------------------------------------------
# 19. Avon and Somerset: mixed stances, plain text, recommendation 2 not answered

add(
    "s7_19_avon_and_somerset",
    "mixed_stances",
    "txt",
    "Avon and Somerset Police",
    "Avon and Somerset Police and Crime Commissioner",
    ("Ruth Hazeldine", "Police and Crime Commissioner for Avon and Somerset"),
    "2025-07-09",
    [
        item("4", "agree", "implemented"),
        item("8", "partially_agree", "in_progress"),
        item("9", "disagree", "not_started"),
    ],
    [
        ("letterhead", ["Avon and Somerset Police and Crime Commissioner", "Valley Road, Portishead"]),
        ("date", "9 July 2025"),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for the report. I have considered the recommendations with the Chief Constable and give my view on three of them below.",
        ),
        (
            "p",
            "I agree with recommendation 4, and I am glad to report that it is already met. Avon and Somerset's organised immigration crime collection plan, agreed with partners at the Port of Bristol and with the South West ROCU, has been in place since February 2025.",
        ),
        (
            "p",
            "I partially agree with recommendation 8. Hydra is a valuable exercise, but the force cannot release every relevant officer for a full day. It has started training its specialist investigators and is looking at a shorter version for everyone else.",
        ),
        (
            "p",
            "I do not agree with recommendation 9 as drafted. Four modules for every relevant member of staff would duplicate training they already receive through the force's own modern slavery course, and no roll-out of the modules has been arranged. I have written separately to the College of Policing about this.",
        ),
        ("sign", ["Yours sincerely,", "", "Ruth Hazeldine", "Police and Crime Commissioner for Avon and Somerset"]),
    ],
    unanswered=["2"],
)

# ------------------------------------------------------------------------------------------------
# 20. Devon and Cornwall: mixed stances, PDF, late

add(
    "s7_20_devon_and_cornwall",
    "mixed_stances",
    "pdf",
    "Devon and Cornwall Police",
    "Devon and Cornwall Police and Crime Commissioner",
    ("Morwenna Tregarthen", "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
    "2025-07-15",
    [
        item("2", "accept", "in_progress"),
        item("4", "note", "not_stated"),
        item("8", "support", "implemented"),
        item("9", "partially_agree", "planned"),
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
        ("date", "15th July 2025"),
        ("address", ["HM Inspectorate of Constabulary and Fire & Rescue Services", "By email"]),
        ("salutation", "Dear HM Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        ("p", "Please accept my apologies for the late arrival of this response."),
        ("heading", "Recommendation 2"),
        (
            "p",
            "I accept recommendation 2. The force is adding an NCCU field to its intelligence reporting form and training call handlers to prompt officers; this work is under way.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "I note recommendation 4. The Chief Constable will set out the force's approach in his next report to the Police and Crime Panel.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "I support recommendation 8 and am pleased that the force has already completed Hydra training for all of its relevant personnel, including officers at the peninsula's ports.",
        ),
        ("heading", "Recommendation 9"),
        (
            "p",
            "I partially agree with recommendation 9. The e-learning is sensible for specialist staff, but I do not think it should extend to every frontline officer in a force covering such a large area. Roll-out to the specialist teams is planned for early 2026.",
        ),
        (
            "sign",
            [
                "Yours sincerely",
                "Morwenna Tregarthen",
                "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly",
            ],
        ),
        ("footer", "OPCC Devon, Cornwall and the Isles of Scilly"),
    ],
    late=True,
)

# ------------------------------------------------------------------------------------------------
# 21. MOPAC: mixed stances, web page

add(
    "s7_21_mopac",
    "mixed_stances",
    "html",
    "Metropolitan Police Service",
    "Mayor's Office for Policing And Crime (MOPAC)",
    ("Samira Okafor", "Deputy Mayor for Policing and Crime"),
    "2025-07-08",
    [
        item("2", "agree", "in_progress", cc="accept"),
        item("4", "support", "implemented"),
        force_item("8", "partially_agree", "planned"),
        item("9", "note", "in_progress", cc="accept"),
    ],
    [
        (
            "letterhead",
            ["Mayor of London", "Mayor's Office for Policing and Crime", "City Hall, Kamal Chunchie Way, London E16"],
        ),
        ("date", "8 Jul 2025"),
        ("title", "MOPAC response to HMICFRS: Improving the response to organised immigration crime"),
        (
            "p",
            "This is the response of the Mayor's Office for Policing and Crime to the recommendations the report makes to chief constables. It was prepared with the Metropolitan Police Service.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "MOPAC agrees with this recommendation. The MPS has accepted it and is changing its guidance so that officers submit intelligence after every NCCU referral; the change is being rolled out across the Met's basic command units.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "MOPAC supports this recommendation. The MPS organised immigration crime intelligence collection plan has been in place since February 2025 and is shared with the National Crime Agency and Border Force.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "The MPS has told MOPAC that it agrees with this recommendation only in part: it intends to train investigators in its Specialist Crime Command rather than all relevant personnel. Delivery is planned for the first half of 2026.",
        ),
        ("heading", "Recommendation 9"),
        (
            "p",
            "MOPAC notes this recommendation. The MPS has accepted it and has started to assign the modules to relevant officers.",
        ),
        ("sign", ["Samira Okafor", "Deputy Mayor for Policing and Crime"]),
        ("footer", "Mayor's Office for Policing and Crime"),
    ],
)

# ------------------------------------------------------------------------------------------------
# 22. Northumbria: commissioner's letter with the chief constable's annex, PDF

add(
    "s7_22_northumbria",
    "cc_annex",
    "pdf",
    "Northumbria Police",
    "Northumbria Police and Crime Commissioner",
    ("Annabel Heslop", "Police and Crime Commissioner for Northumbria"),
    "2025-06-25",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "support", "implemented", cc="accept"),
        item("8", "support", "implemented", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Northumbria Police and Crime Commissioner", "Forth Banks, Newcastle upon Tyne"]),
        ("date", "25 June 2025"),
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS"]),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for your report. I support the Chief Constable's acceptance of the four recommendations made to forces. His response is set out in full in the annex to this letter, and I will oversee delivery through my monthly Scrutiny Meeting, which is held in public.",
        ),
        (
            "p",
            "I am encouraged that two of the four are already complete, and I have asked for the remaining two to come back to me in the autumn.",
        ),
        ("sign", ["Yours sincerely", "Annabel Heslop", "Police and Crime Commissioner for Northumbria"]),
        ("heading", "Annex: Chief Constable's response"),
        (
            "p",
            "Recommendation 2 - Accepted. The force is changing its crime recording process so that every contact with the National Command and Control Unit generates an intelligence task for the reporting officer. Testing is under way, with go-live expected in September.",
        ),
        (
            "p",
            "Recommendation 4 - Accepted. Northumbria's organised immigration crime collection plan was approved in March 2025 and is shared with the North East Regional Special Operations Unit, Border Force at the Port of Tyne and local authorities.",
        ),
        (
            "p",
            "Recommendation 8 - Accepted. Relevant personnel completed the Hydra package with the MS&OIC Unit in May 2025.",
        ),
        (
            "p",
            "Recommendation 9 - Accepted. The four modules have been assigned to relevant staff and completion is being tracked through the force training system; 58% have finished so far.",
        ),
        ("sign", ["Mark Tennant", "Chief Constable, Northumbria Police"]),
        ("footer", "Northumbria Police and Crime Commissioner"),
    ],
)

# ------------------------------------------------------------------------------------------------
# 23-28. Tables with a force column and a commissioner's column

add(
    "s7_23_surrey",
    "table",
    "docx",
    "Surrey Police",
    "Surrey Police and Crime Commissioner",
    ("Lucinda Marchbank", "Police and Crime Commissioner for Surrey"),
    "2025-07-03",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "in_progress", cc="accept"),
        item("9", "support", "not_started", cc="accept"),
    ],
    [
        ("letterhead", ["Office of the Police and Crime Commissioner for Surrey", "Mount Browne, Guildford"]),
        ("date", "3rd July 2025"),
        ("address", ["HM Chief Inspector of Constabulary", "HMICFRS"]),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "The table below sets out Surrey Police's response to each recommendation made to chief constables, together with my own view. The RAG ratings are the force's own: Green means complete, Amber means in progress and Red means not yet started.",
        ),
        (
            "table",
            [
                ["No.", "Recommendation", "Surrey Police response", "Commissioner's comment", "RAG"],
                [
                    "2",
                    "Intelligence document after every NCCU referral (by 30 April 2026)",
                    "Accepted. A mandatory intelligence field was added to the control room system in May and compliance is now checked daily.",
                    "I support this recommendation and am pleased it has been completed early.",
                    "Green",
                ],
                [
                    "4",
                    "Clear plans to collect, analyse and share OIC information (by 31 December 2025)",
                    "Accepted. The force is drafting a collection plan with the South East Regional Organised Crime Unit.",
                    "I support this recommendation and will review the plan when it is ready.",
                    "Amber",
                ],
                [
                    "8",
                    "Hydra training package, with the MS&OIC Unit (by 30 April 2026)",
                    "Accepted. Sessions for detectives are being delivered at the joint Surrey and Sussex Hydra suite.",
                    "I support this recommendation.",
                    "Amber",
                ],
                [
                    "9",
                    "Four modules of OIC e-learning (by 30 April 2026)",
                    "Accepted. The modules have not yet been assigned; the force will do so once it has identified the relevant roles.",
                    "I support this recommendation but have asked the force for a start date.",
                    "Red",
                ],
            ],
        ),
        ("sign", ["Yours sincerely", "", "Lucinda Marchbank", "Police and Crime Commissioner for Surrey"]),
    ],
)

add(
    "s7_24_derbyshire",
    "table",
    "docx",
    "Derbyshire Constabulary",
    "Derbyshire Police and Crime Commissioner",
    ("Marcus Etherington", "Police and Crime Commissioner for Derbyshire"),
    "2025-07-10",
    [
        item("2", "accept", "implemented", cc="agree"),
        item("4", "accept", "in_progress", cc="agree"),
        item("8", "accept", "planned", cc="agree"),
        item("9", "accept", "in_progress", cc="agree"),
    ],
    [
        ("letterhead", ["Derbyshire Police and Crime Commissioner", "Butterley Hall, Ripley"]),
        ("date", "10/07/2025"),
        ("salutation", "Dear HM Inspector"),
        ("title", "Response to the HMICFRS report Improving the response to organised immigration crime"),
        (
            "p",
            "Under section 55 of the Police Act 1996 I am publishing my response to this report. The position of Derbyshire Constabulary and my own position on each recommendation to chief constables are shown below.",
        ),
        (
            "table",
            [
                ["HMICFRS recommendation", "Derbyshire Constabulary position", "PCC position", "Status"],
                [
                    REC2,
                    "Agreed. Call handlers now prompt officers to submit intelligence after each NCCU referral, and the force audits a sample every month.",
                    "Accept.",
                    "Complete",
                ],
                [
                    REC4,
                    "Agreed. An organised immigration crime problem profile is being produced by the force intelligence bureau and will form the basis of the plan.",
                    "Accept. I will ask to see the plan before the deadline.",
                    "Ongoing",
                ],
                [
                    REC8,
                    "Agreed. The force will book Hydra places for its serious and organised crime and modern slavery teams in the spring of 2026.",
                    "Accept.",
                    "Planned",
                ],
                [
                    REC9,
                    "Agreed. Completion of the four modules is being tracked; 38% of the relevant group have completed them.",
                    "Accept.",
                    "Ongoing",
                ],
            ],
        ),
        ("sign", ["Marcus Etherington", "Police and Crime Commissioner for Derbyshire"]),
    ],
)

add(
    "s7_25_northamptonshire",
    "table",
    "html",
    "Northamptonshire Police",
    "Northamptonshire Police, Fire and Crime Commissioner",
    ("Harriet Lowick", "Police, Fire and Crime Commissioner for Northamptonshire"),
    "2025-06-19",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "support", "implemented", cc="accept"),
        item("8", ["note", "support"], "planned", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        ("letterhead", ["Northamptonshire Police, Fire and Crime Commissioner"]),
        ("date", "Thursday, 19 June 2025"),
        ("title", "Improving the response to organised immigration crime - Commissioner's response"),
        ("p", "The Chief Constable's response to each recommendation for forces is set out below, alongside my own."),
        (
            "table",
            [
                ["HMICFRS recommendation", "Chief Constable's response", "Commissioner's response"],
                [
                    "Recommendation 2 - NCCU referrals and intelligence",
                    "Accepted. Work is under way to amend the incident closure process; due for completion in October 2025.",
                    "Supported. I will check progress at my Accountability Board.",
                ],
                [
                    "Recommendation 4 - information plans",
                    "Accepted. An organised immigration crime collection plan is already in place and was refreshed in May 2025.",
                    "Supported.",
                ],
                [
                    "Recommendation 8 - Hydra",
                    "Accepted. Hydra sessions with the MS&OIC Unit will be arranged for the force's major crime and serious and organised crime teams, starting in the new year.",
                    "Noted and supported.",
                ],
                [
                    "Recommendation 9 - e-learning",
                    "Accepted. Modules are being rolled out; completion to date is 52%.",
                    "Supported.",
                ],
            ],
        ),
        ("sign", ["Harriet Lowick", "Police, Fire and Crime Commissioner for Northamptonshire"]),
        ("footer", "Northamptonshire Police, Fire and Crime Commissioner"),
    ],
)

add(
    "s7_26_cleveland",
    "table",
    "html",
    "Cleveland Police",
    "Cleveland Police and Crime Commissioner",
    ("Graham Ormesby", "Police and Crime Commissioner for Cleveland"),
    "2025-09-01",
    [
        force_item("2", "agree", "implemented"),
        force_item("4", "agree", "in_progress"),
        force_item("8", "agree", "implemented"),
        item("9", "support", "in_progress", cc="agree"),
    ],
    [
        ("letterhead", ["Cleveland Police and Crime Commissioner", "Ash House, Middlesbrough"]),
        ("date", "Monday 1 September 2025"),
        ("salutation", "Dear HM Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "I apologise for the late submission of this response. The force's position and my own comments are set out in the table.",
        ),
        (
            "table",
            [
                ["Ref", "Recommendation (summary)", "Cleveland Police update", "PCC scrutiny comment", "Status"],
                [
                    "R2",
                    "NCCU referral to be followed by the required intelligence document",
                    "Agree. New guidance has been issued and a compliance check is built into the daily management meeting.",
                    "I am assured by the progress reported.",
                    "Complete",
                ],
                [
                    "R4",
                    "Clear plans to collect, analyse and share OIC information",
                    "Agree. Collection plan in draft; partners at Teesport have been consulted.",
                    "I will review the final plan at my Scrutiny Board in November.",
                    "In progress",
                ],
                [
                    "R8",
                    "Hydra training package",
                    "Agree. All relevant personnel completed Hydra in a regional exercise in July 2025.",
                    "Good progress.",
                    "Complete",
                ],
                [
                    "R9",
                    "Four modules of OIC e-learning",
                    "Agree. Modules assigned to relevant staff in August; completion is being tracked.",
                    "I support this recommendation.",
                    "In progress",
                ],
            ],
        ),
        ("sign", ["Graham Ormesby", "Police and Crime Commissioner for Cleveland"]),
        ("footer", "Cleveland Police and Crime Commissioner"),
    ],
    late=True,
)

add(
    "s7_27_hampshire",
    "table",
    "pdf",
    "Hampshire and Isle of Wight Constabulary",
    "Hampshire and Isle of Wight Police and Crime Commissioner",
    ("Fiona Brockenhurst", "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
    "2025-07-07",
    [
        item("2", "agree", "in_progress", cc="accept"),
        item("4", "agree", "implemented", cc="accept"),
        item("8", "agree", ["planned", "not_started"], cc="accept"),
        item("9", "agree", "in_progress", cc="accept"),
    ],
    [
        (
            "letterhead",
            [
                "Office of the Police and Crime Commissioner",
                "Hampshire and the Isle of Wight",
                "St George's Chambers, Winchester",
            ],
        ),
        ("p", "Our ref: HIOW/HMI/0725    Date: 07.07.2025"),
        (
            "address",
            [
                "HM Chief Inspector of Constabulary",
                "HM Inspectorate of Constabulary and Fire & Rescue Services",
                "10 South Colonnade",
                "Canary Wharf",
                "London E14 4PU",
            ],
        ),
        ("salutation", "Dear Chief Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Thank you for your report, published on 16 May 2025. This letter is my response under section 55 of the Police Act 1996, and it will be published on my website alongside the report.",
        ),
        (
            "p",
            "Organised immigration crime matters a great deal to the communities I serve. Hampshire and the Isle of Wight contain the ports of Southampton and Portsmouth, several smaller harbours along the Solent, the ferry routes to the Island and Southampton Airport. Those who smuggle people exploit all of them, and the people they move are then too often exploited again, in labour, in the sex industry and in criminal work, in towns and villages across both counties.",
        ),
        (
            "p",
            "I have taken a close interest in the Constabulary's response since the report was published. I discussed it with the Chief Constable at my Policing Accountability Board in June, and my office has since met the force's serious and organised crime lead and the head of intelligence to understand the work in more detail. I have also spoken to Border Force and to the two local authorities with port responsibilities, whose cooperation will be essential.",
        ),
        (
            "p",
            "I am grateful to the Inspectorate for a report that is clear about what forces need to do. My own view, and the Constabulary's response, are set out in the table below for each of the four recommendations made to chief constables. The other six recommendations are for national bodies and I do not comment on them here, although I will follow their progress with interest, as much of what forces can do depends on it.",
        ),
        (
            "p",
            "I will ask the Chief Constable to report again on each of these recommendations in the new year, and I will publish that update.",
        ),
        (
            "table",
            [
                ["Recommendation", "Constabulary response", "Commissioner's view", "Status"],
                [
                    REC2,
                    "Accepted. The force control room now prompts the officer to make an intelligence submission whenever a case is referred to the NCCU. This was introduced in June 2025 and is being embedded through supervisors' checks.",
                    "I agree with this recommendation.",
                    "In progress",
                ],
                [
                    REC4,
                    "Accepted. A joint collection plan with the southern ports partners is in place; it was signed off in March 2025.",
                    "I agree with this recommendation.",
                    "Complete",
                ],
                [
                    REC8,
                    "Accepted. Hydra training for the serious and organised crime and port policing teams will start in November 2025.",
                    "I agree with this recommendation.",
                    "Not yet started",
                ],
                [
                    REC9,
                    "Accepted. The modules were rolled out to all relevant roles in April 2025 and completion now stands at 96%.",
                    "I agree with this recommendation.",
                    "In progress",
                ],
            ],
        ),
        (
            "sign",
            [
                "Yours sincerely,",
                "",
                "Fiona Brockenhurst",
                "Police and Crime Commissioner for Hampshire and the Isle of Wight",
            ],
        ),
        ("footer", "OPCC Hampshire and the Isle of Wight"),
    ],
)

add(
    "s7_28_dyfed_powys",
    "table",
    "pdf",
    "Dyfed-Powys Police",
    "Dyfed-Powys Police and Crime Commissioner",
    ("Carys Pennant", "Police and Crime Commissioner for Dyfed-Powys"),
    "2025-06-26",
    [
        item("2", "accept", "implemented", cc="accept"),
        item("4", "accept", "in_progress", cc="accept"),
        item("8", "accept", "planned", cc="accept"),
        item("9", "accept", "not_stated", cc="accept"),
    ],
    [
        ("letterhead", ["Police and Crime Commissioner for Dyfed-Powys", "Llangunnor, Carmarthen"]),
        ("date", "26th June 2025"),
        ("salutation", "Dear HM Inspector,"),
        ("title", "Improving the response to organised immigration crime"),
        (
            "p",
            "Please find below the force's response to the recommendations for chief constables, with my own comments.",
        ),
        (
            "table",
            [
                ["Rec", "Dyfed-Powys Police", "Police and Crime Commissioner"],
                [
                    "2",
                    "Accepted. The force's intelligence submission guidance was updated in May 2025 to cover NCCU referrals. Complete.",
                    "I accept this recommendation and welcome the early progress.",
                ],
                [
                    "4",
                    "Accepted. Plans for collecting and sharing information on organised immigration crime, including at Fishguard and Pembroke Dock, are being drawn up with the Tarian ROCU.",
                    "I accept this recommendation.",
                ],
                [
                    "8",
                    "Accepted. The force will work with the MS&OIC Unit to schedule Hydra training for relevant staff during 2026.",
                    "I accept this recommendation.",
                ],
                ["9", "Accepted.", "I accept this recommendation. I have asked the Chief Constable for a timetable."],
            ],
        ),
        ("sign", ["Carys Pennant", "Police and Crime Commissioner for Dyfed-Powys"]),
        ("footer", "Police and Crime Commissioner for Dyfed-Powys"),
    ],
)

# ------------------------------------------------------------------------------------------------
# 29-30. The Yorkshire and Humber regional inspection: areas for improvement in the letter's own words

add(
    "s7_29_humberside",
    "regional_afi",
    "txt",
    "Humberside Police",
    "Humberside Police and Crime Commissioner",
    ("Jonathan Welburn", "Police and Crime Commissioner for Humberside"),
    "2026-01-12",
    [
        item("1", "accept", "in_progress"),
        item("2", "accept", "planned"),
    ],
    [
        ("letterhead", ["Humberside Police and Crime Commissioner", "The Maltings, Silvester Square, Hull"]),
        ("date", "12th January 2026"),
        ("salutation", "Dear HM Inspector,"),
        ("title", f"Response to HMICFRS: {SOC_TITLE}"),
        (
            "p",
            "I welcome this inspection of the regional organised crime unit and the four forces it serves. The report identifies two areas for improvement for the ROCU and its constituent forces, and I accept both of them.",
        ),
        ("heading", "(a) Working together"),
        (
            "p",
            "The ROCU and the forces need to get better at working together against serious and organised crime. Humberside Police has joined the new regional tasking and coordination group, which met for the first time in December, and is aligning its local organised crime group mapping with the ROCU's. This work is ongoing.",
        ),
        ("heading", "(b) Technical surveillance equipment"),
        (
            "p",
            "The region needs to improve the way it buys and uses technical surveillance equipment. The four chief constables have agreed to move to a single regional procurement framework from April 2026; until then each force will continue to buy its own.",
        ),
        ("sign", ["Yours sincerely", "", "Jonathan Welburn", "Police and Crime Commissioner for Humberside"]),
    ],
    report=SOC,
)

add(
    "s7_30_north_yorkshire",
    "regional_afi",
    "docx",
    "North Yorkshire Police",
    "Mayor of York and North Yorkshire",
    ("Eleanor Haxby", "Deputy Mayor for Policing, Fire and Crime"),
    "2026-02-03",
    [
        item("1", "support", "in_progress", cc="accept"),
        item("2", "support", "implemented", cc="accept"),
    ],
    [
        (
            "letterhead",
            ["York and North Yorkshire Combined Authority", "Office of the Mayor - Policing, Fire and Crime"],
        ),
        ("date", "Tuesday 3 February 2026"),
        ("address", ["His Majesty's Inspectorate of Constabulary and Fire & Rescue Services"]),
        ("salutation", "Dear HM Inspector,"),
        (
            "p",
            "I write on behalf of the Mayor in response to the HMICFRS inspection of the Yorkshire and Humber regional response to serious and organised crime.",
        ),
        ("p", "North Yorkshire Police has accepted the two areas for improvement, and the Mayor and I support them."),
        ("heading", "Collaboration between the ROCU and forces"),
        (
            "p",
            "A joint ROCU and force intelligence cell is being set up in Northallerton. Two analysts are already in post and a third will join in March.",
        ),
        ("heading", "Technical surveillance capability"),
        (
            "p",
            "A single policy for procuring, storing and deploying technical surveillance equipment across the region was adopted by the regional collaboration board in December 2025, and North Yorkshire Police now follows it.",
        ),
        ("sign", ["Yours sincerely", "", "Eleanor Haxby", "Deputy Mayor for Policing, Fire and Crime"]),
    ],
    report=SOC,
    title="inspection of the Yorkshire and Humber regional response to serious and organised crime",
)


def main() -> None:
    about = "A held-back set of 30 hand-written response letters in varied wording and layouts, only ever measured; schema as tests/ingest/sealed/truth.json; split 'sealed7'"
    corpus.write_set(HERE, about, ((blocks, truth) for truth, blocks in LETTERS))


if __name__ == "__main__":
    main()
