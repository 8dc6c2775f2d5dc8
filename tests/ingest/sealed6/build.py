# ruff: noqa: E501  (letter text is data: long sentences are kept whole)
"""Build the sixth sealed set: ``letters/`` and ``truth.json``, reproducibly.

    .venv/bin/python tests/ingest/sealed6/build.py

Thirty letters written by hand (people's names invented; forces and policing bodies are real names used as
the senders of synthetic letters, none of them the seeds' forces), kept back from tuning and only ever
measured. They are meant as an honest sample of what a user brings in the first weeks: response tables
with force and commissioner columns, headings that paraphrase the recommendations, bare "Recommendation 2"
labels, flattened prose, two findings in one paragraph, blanket stances with and without detail, mixed
stances, a commissioner's letter with the chief constable's annex, and two answers to the Yorkshire and
Humber regional inspection. Each letter's truth is written beside it by hand. Only the renderers (TXT,
DOCX, HTML, PDF) are shared with the corpus builder.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
sys.path.insert(0, str(CORPUS))

import build as corpus  # noqa: E402

SPLIT = "sealed6"
OIC = "oic-2025"
SOC = "soc-yh-2025"
OIC_TITLE = "Improving the response to organised immigration crime"
SOC_TITLE = "An inspection of the Yorkshire and Humber regional response to serious and organised crime"
HMI = ["HM Chief Inspector of Constabulary", "HMICFRS", "Globe House", "89 Eccleston Square", "London SW1V 1PN"]

Blocks = list[tuple[str, Any]]


def item(
    ref: str,
    stance: str | list[str] | None,
    status: str | list[str],
    *,
    by: str | None = "policing_body",
    cc: str | None = None,
) -> dict[str, Any]:
    """One finding's truth. Where only the force's stance is given, it is also the chief constable's."""
    if stance and by == "chief_constable" and cc is None:
        cc = stance if isinstance(stance, str) else stance[0]
    return corpus.item(ref, stance, status, by=by, cc=cc)


def head(
    org: list[str],
    date: str | None,
    title: str,
    salutation: str = "Dear Sir Andy,",
    address: list[str] | None = None,
) -> Blocks:
    blocks: Blocks = [("letterhead", org)]
    if date is not None:
        blocks.append(("date", date))
    blocks += [("address", address or HMI), ("salutation", salutation), ("title", title)]
    return blocks


def sign(closing: str, *lines: str) -> Blocks:
    return [("sign", [closing, *lines])]


# Each entry: (truth, blocks). The truth is written by hand from reading the blocks beside it.
LETTERS: list[tuple[dict[str, Any], Blocks]] = []


add = corpus.letter_adder(LETTERS, split=SPLIT)


# ------------------------------------------------------------------------------------------------
# table (6): docx, html, pdf; a force column and a commissioner's column, sometimes a RAG column

add(
    "sealed6-01",
    "table",
    "docx",
    "Lancashire Constabulary",
    "Lancashire Police and Crime Commissioner",
    ("Gareth Pendlebury", "Police and Crime Commissioner for Lancashire"),
    "2025-06-14",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "partially_agree", "not_started", cc="partially_agree"),
    ],
    [
        *head(
            ["Police and Crime Commissioner for Lancashire", "County Hall, Fishergate, Preston PR1 8XJ"],
            "14 June 2025",
            f"HMICFRS: {OIC_TITLE} – response of the Police and Crime Commissioner for Lancashire",
            "Dear HM Chief Inspector,",
        ),
        (
            "p",
            "I am required by section 55 of the Police Act 1996 to comment on your report, and I do so below. I asked "
            "Lancashire Constabulary for its position on each of the four recommendations that fall to chief constables, "
            "and the table gives the force's words in the middle column and mine on the right.",
        ),
        (
            "table",
            [
                ["Rec.", "Lancashire Constabulary position", "PCC view"],
                [
                    "2 – intelligence document on every NCCU referral",
                    "Accepted. A mandatory field now stops a referral log from being closed until the intelligence submission reference is entered. Live since 2 June.",
                    "Supported.",
                ],
                [
                    "4 – collection, analysis and sharing plans",
                    "Accepted. The Force Intelligence Bureau has drafted an intelligence requirement; consultation with Border Force and the harbour authority at Heysham is under way.",
                    "Supported. I have asked to see the plan once it is finished.",
                ],
                [
                    "8 – Hydra",
                    "Accepted. Two Hydra sessions are booked at headquarters for 9 and 23 October, for detective inspectors and above.",
                    "Supported.",
                ],
                [
                    "9 – e-learning (four modules)",
                    "Accepted in principle. The force wants the College of Policing to say which roles count as relevant personnel before it assigns the modules to anyone. Nothing has been assigned yet.",
                    "I share the force's reservation and will raise it with the national lead at the APCC.",
                ],
            ],
        ),
        (
            "p",
            "Lancashire's coastline and its motorway links to the ports make this a live issue for the county, and I am "
            "grateful to the inspectorate for a report that will sharpen the force's focus on it.",
        ),
        *sign("Yours faithfully,", "Gareth Pendlebury", "Police and Crime Commissioner for Lancashire"),
    ],
)

add(
    "sealed6-02",
    "table",
    "html",
    "Merseyside Police",
    "Merseyside Police and Crime Commissioner",
    ("Niamh Costigan", "Police and Crime Commissioner for Merseyside"),
    "2025-06-27",
    [
        item("2", "agree", "implemented"),
        item("4", "agree", ["in_progress", "planned"]),
        item("8", "agree", "not_started"),
        item("9", "agree", "in_progress"),
    ],
    [
        *head(
            ["Merseyside Police and Crime Commissioner", "Mather Avenue, Allerton, Liverpool L18 6JD"],
            "Friday 27 June 2025",
            f"Merseyside's response to the HMICFRS report '{OIC_TITLE}'",
            "Dear Sir Andy,",
        ),
        (
            "p",
            "Thank you for the opportunity to respond. With the Port of Liverpool and John Lennon Airport both on our "
            "patch, the findings on intelligence were read closely here. Merseyside Police's update and my assessment "
            "follow for each recommendation addressed to chief constables, with the force's own red, amber or green rating.",
        ),
        (
            "table",
            [
                ["Ref", "RAG", "Update from Merseyside Police", "Commissioner's assessment"],
                [
                    "Rec 2",
                    "Green",
                    "Complete. Control room supervisors audit every NCCU referral for the accompanying intelligence report; the May audit found full compliance.",
                    "Agree. I have seen the audit and am assured.",
                ],
                [
                    "Rec 4",
                    "Amber",
                    "A problem profile on organised immigration crime has been commissioned from the analytical team and is due at the end of September. The collection plan will be written from it.",
                    "Agree.",
                ],
                [
                    "Rec 8",
                    "Red",
                    "There is no Hydra capacity in the region until 2026 and no dates have been set.",
                    "Agree, but the delay concerns me and I will press for earlier dates.",
                ],
                [
                    "Rec 9",
                    "Amber",
                    "61% of the target group have finished modules 1 and 2. Modules 3 and 4 go live on the learning platform next month.",
                    "Agree.",
                ],
            ],
        ),
        ("p", "I will take a further update at my Scrutiny Panel in the autumn and publish it on this website."),
        *sign("Kind regards,", "Niamh Costigan", "Police and Crime Commissioner for Merseyside"),
    ],
)

add(
    "sealed6-03",
    "table",
    "pdf",
    "Staffordshire Police",
    "Staffordshire Police, Fire and Crime Commissioner",
    ("Colin Amesbury", "Police, Fire and Crime Commissioner for Staffordshire"),
    "2025-07-08",
    [
        item("2", "note", "not_started", cc="accept"),
        item("4", "support", "implemented", cc="accept"),
        item("8", "support", "in_progress", cc="accept"),
        item("9", "support", "planned", cc="accept"),
    ],
    [
        *head(
            [
                "Staffordshire Commissioner",
                "Police | Fire and Rescue | Crime",
                "Block 9, Weston Road, Stafford ST18 0YY",
            ],
            "08/07/2025",
            f"Subject: {OIC_TITLE} (HMICFRS, May 2025)",
            "Dear Chief Inspector,",
        ),
        (
            "p",
            "Please find below my response, as Police, Fire and Crime Commissioner, to the recommendations made to "
            "chief constables. The Chief Constable's response is given in full, alongside my comment.",
        ),
        (
            "table",
            [
                ["HMICFRS recommendation", "Status", "Chief Constable's response", "PFCC comment"],
                [
                    "R2 – intelligence document for every NCCU referral",
                    "Not started",
                    "Accepted. Work will begin once the national intelligence form has been revised; the force does not intend to change its local process before then.",
                    "Noted.",
                ],
                [
                    "R4 – plans to collect, analyse and share OIC information",
                    "Complete",
                    "Accepted. Organised immigration crime was added to the force control strategy, and the intelligence collection plan issued, in April 2025.",
                    "Endorsed.",
                ],
                [
                    "R8 – Hydra training",
                    "In progress",
                    "Accepted. 40 of the 55 staff identified have completed Hydra.",
                    "Endorsed.",
                ],
                [
                    "R9 – four e-learning modules",
                    "Planned",
                    "Accepted. The modules become mandatory for all frontline investigators from 1 September.",
                    "Endorsed. I will look at completion rates at the November Strategic Governance Board.",
                ],
            ],
        ),
        ("p", "A copy of this response has been sent to the Home Secretary and published on my website."),
        *sign("Yours sincerely,", "Colin Amesbury", "Police, Fire and Crime Commissioner for Staffordshire"),
        ("footer", "Staffordshire Commissioner's Office – OFFICIAL"),
    ],
)

add(
    "sealed6-04",
    "table",
    "docx",
    "Hertfordshire Constabulary",
    "Hertfordshire Police and Crime Commissioner",
    ("Rebecca Ashwell", "Police and Crime Commissioner for Hertfordshire"),
    "2025-07-22",
    [
        item("2", "accept", "implemented", cc="agree"),
        item("4", "accept", "in_progress", cc="agree"),
        item("8", "accept", "in_progress", cc="partially_agree"),
        item("9", "accept", "not_started", cc="agree"),
    ],
    [
        *head(
            ["Office of the Police and Crime Commissioner for Hertfordshire", "15 Vaughan Road, Harpenden AL5 4GZ"],
            "July 22, 2025",
            f"Response to {OIC_TITLE}",
            "Dear Sir Andy,",
        ),
        (
            "p",
            "I am sorry that this response reaches you after the 56 days. The table sets out my position on each "
            "recommendation for chief constables first, then the Constabulary's response and progress, and its own rating.",
        ),
        (
            "table",
            [
                ["Recommendation", "PCC's position", "Constabulary's response and progress", "RAG"],
                [
                    "Recommendation 2: reporting officers to submit the intelligence document for every NCCU case",
                    "I accept this recommendation.",
                    "The Constabulary agrees. Guidance was reissued to all response and neighbourhood officers on 1 July, and compliance is now dip-sampled every month.",
                    "Green",
                ],
                [
                    "Recommendation 4: plans to collect, analyse and share OIC information",
                    "I accept this recommendation.",
                    "The Constabulary agrees. An information-sharing agreement with the Eastern Region Special Operations Unit has been written and is awaiting signature by the other forces in the region.",
                    "Amber",
                ],
                [
                    "Recommendation 8: Hydra",
                    "I accept this recommendation.",
                    "The Constabulary agrees in part. It will train its serious and organised crime leads rather than every detective, which it judges proportionate. The first cohort was trained in June and the remaining leads are booked for September.",
                    "Amber",
                ],
                [
                    "Recommendation 9: organised immigration crime e-learning",
                    "I accept this recommendation.",
                    "The Constabulary agrees. No action yet: it is waiting for the College of Policing's updated modules before assigning them.",
                    "Red",
                ],
            ],
        ),
        (
            "p",
            "I have asked the Chief Constable to explain at my next Strategic Executive Board why the e-learning has not "
            "begun, since the current modules are available now.",
        ),
        *sign("Yours sincerely,", "Rebecca Ashwell", "Police and Crime Commissioner for Hertfordshire"),
    ],
    late=True,
)

add(
    "sealed6-05",
    "table",
    "html",
    "Kent Police",
    "Kent Police and Crime Commissioner",
    ("Howard Sellindge", "Police and Crime Commissioner for Kent"),
    "2025-07-02",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", ["implemented", "in_progress"], cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", ["support", "partially_agree"], "in_progress", cc="partially_agree"),
    ],
    [
        *head(
            ["Kent Police and Crime Commissioner", "Sessions House, County Road, Maidstone ME14 1XQ"],
            "2 July 2025",
            f"{OIC_TITLE}: Kent PCC response",
            "Dear HMICFRS,",
        ),
        (
            "p",
            "Kent sits at the front line of small boat arrivals and freight crossings, so this report matters more here "
            "than in most places. I have set out the force's response to each recommendation for chief constables, where "
            "things stand today, and my comments.",
        ),
        (
            "table",
            [
                ["Area", "Kent Police response", "Current position", "Commissioner's comments"],
                [
                    "Intelligence submissions on NCCU referrals (Rec 2)",
                    "The Chief Constable accepts the recommendation.",
                    "Done. The Kent Intelligence Hub is alerted automatically to every NCCU referral and chases any that lack a submission within 24 hours.",
                    "I am reassured by this and support the recommendation.",
                ],
                [
                    "Collection and sharing plans (Rec 4)",
                    "Accepted.",
                    "Kent's Channel-facing intelligence plan pre-dates the report and has been reviewed against it. A refreshed version goes to the Force Tasking Group in August.",
                    "Supported.",
                ],
                [
                    "Hydra (Rec 8)",
                    "Accepted.",
                    "Scheduled for quarter 3, subject to the Modern Slavery and Organised Immigration Crime Unit's availability.",
                    "Supported.",
                ],
                [
                    "E-learning (Rec 9)",
                    "Accepted in part. Port and border investigators will complete all four modules; other staff will complete module 1 only.",
                    "212 of the 240 port and border investigators have finished all four modules.",
                    "I support the force's proportionate approach.",
                ],
            ],
        ),
        ("p", "My office will publish the force's next update alongside this letter."),
        *sign("Yours sincerely,", "Howard Sellindge", "Kent Police and Crime Commissioner"),
    ],
)

add(
    "sealed6-06",
    "table",
    "pdf",
    "Avon and Somerset Police",
    "Avon and Somerset Police and Crime Commissioner",
    ("Imogen Radstock", "Police and Crime Commissioner for Avon and Somerset"),
    "2025-06-30",
    [
        item("2", "accept", "in_progress", cc="agree"),
        item("4", None, "not_stated"),
        item("8", "accept", "not_started", cc="agree"),
        item("9", "accept", "in_progress", cc="agree"),
    ],
    [
        *head(
            ["Avon and Somerset Police and Crime Commissioner", "Valley Road, Portishead, Bristol BS20 8JJ"],
            "Date: 30.06.2025",
            f"Section 55 response – {OIC_TITLE}",
            "Dear Sir Andy,",
        ),
        (
            "p",
            "Thank you for your report. Below are the force lead's updates for the recommendations to chief constables, "
            "a one-line summary of progress, and my response.",
        ),
        (
            "table",
            [
                ["Ref", "Force lead's update", "Progress", "PCC response"],
                [
                    "2",
                    "Agreed. The force already requires an intelligence submission with each NCCU referral, but a check of the first quarter found 14 of 19 referrals compliant. Officers have been re-briefed.",
                    "Partly achieved",
                    "Accept.",
                ],
                [
                    "4",
                    "The force recognises the report's finding that intelligence on organised immigration crime is fragmented across agencies.",
                    "Update to follow at the September board",
                    "To be discussed at the September board.",
                ],
                [
                    "8",
                    "Agreed. Hydra training is paused while the regional Hydra suite is refurbished.",
                    "On hold",
                    "Accept.",
                ],
                [
                    "9",
                    "Agreed. All four modules are mandated; completion now stands at 97% across CID and response.",
                    "Largely complete",
                    "Accept.",
                ],
            ],
        ),
        ("p", "I will publish the September update on my website."),
        *sign("With best wishes,", "Imogen Radstock", "Police and Crime Commissioner for Avon and Somerset"),
        ("footer", "OPCC Avon and Somerset | HMICFRS response"),
    ],
)


# ------------------------------------------------------------------------------------------------
# paraphrase_headings (4): each recommendation under a heading in the writer's own words, no numbers

add(
    "sealed6-07",
    "paraphrase_headings",
    "docx",
    "Cheshire Constabulary",
    "Cheshire Police and Crime Commissioner",
    ("Daniel Tarporley", "Police and Crime Commissioner for Cheshire"),
    "2025-07-01",
    [
        item("2", "agree", "implemented"),
        item("4", "agree", "in_progress"),
        item("8", "agree", "not_started"),
        item("9", "agree", "not_stated"),
    ],
    [
        *head(
            ["Cheshire Police and Crime Commissioner", "Clemonds Hey, Oakmere Road, Winsford CW7 2UA"],
            "1st July 2025",
            f"{OIC_TITLE} – my response",
        ),
        (
            "p",
            "Cheshire is not a border county, but the M6 and M56 carry people who have been smuggled into the country "
            "north to Manchester and Liverpool, and the force has found victims working in car washes and nail bars "
            "here. I have taken each of the recommendations for forces in turn.",
        ),
        ("heading", "Making sure every referral to the NCCU is followed by intelligence"),
        (
            "p",
            "I agree with the inspectorate. The force control room now prompts the officer for the intelligence "
            "submission at the point of referral, and since that change went live on 16 June no referral has been closed "
            "without one.",
        ),
        ("heading", "Plans for gathering and sharing information on immigration crime"),
        (
            "p",
            "I agree. Cheshire's intelligence requirement is being rewritten to include organised immigration crime, "
            "and colleagues in Merseyside and North Wales have been consulted on what should be shared. The rewrite "
            "should be finished in the autumn.",
        ),
        ("heading", "Training on the Hydra package"),
        (
            "p",
            "I agree. This has not got under way and no date has been set; I have asked the Chief Constable for one.",
        ),
        ("heading", "Completing the e-learning modules"),
        (
            "p",
            "I agree with this recommendation too, and I will ask for completion figures at my next public scrutiny meeting.",
        ),
        *sign("Yours sincerely,", "Daniel Tarporley", "Police and Crime Commissioner for Cheshire"),
    ],
)

add(
    "sealed6-08",
    "paraphrase_headings",
    "html",
    "Norfolk Constabulary",
    "Norfolk Police and Crime Commissioner",
    ("Tessa Brannigan", "Police and Crime Commissioner for Norfolk"),
    "2025-07-03",
    [
        item("2", "support", "planned"),
        item("4", "support", "implemented"),
        item("8", "support", "in_progress"),
        item("9", "note", "not_started"),
    ],
    [
        *head(
            [
                "Office of the Police and Crime Commissioner for Norfolk",
                "Building 8, Jubilee House, Falconers Chase, Wymondham NR18 0WW",
            ],
            "3 Jul 2025",
            f"PCC response to HMICFRS: {OIC_TITLE}",
            "Dear Sir Andy,",
        ),
        (
            "p",
            "The Police and Crime Commissioner for Norfolk has considered the report and discussed it with Norfolk "
            "Constabulary. Her response to the recommendations addressed to forces is below.",
        ),
        ("heading", "Intelligence after reporting to Immigration Enforcement"),
        (
            "p",
            "The PCC supports this recommendation. The Constabulary has told us that a training bulletin will go to all "
            "officers in August and that the control room's checklist will be amended at the same time.",
        ),
        ("heading", "A clear plan for organised immigration crime information"),
        (
            "p",
            "Supported. The Constabulary's position is that the plan it already shares with Suffolk, through the two "
            "forces' joint intelligence function, meets this recommendation, and the PCC's office has seen it.",
        ),
        ("heading", "Hydra for the staff who need it"),
        ("p", "Supported. Around half of the people identified have been through the package so far."),
        ("heading", "The organised immigration crime e-learning"),
        (
            "p",
            "The PCC notes this recommendation. The Constabulary has asked the College of Policing whether the modules "
            "repeat its existing modern slavery training, and is holding off until it hears back.",
        ),
        *sign("Yours sincerely,", "Tessa Brannigan", "Police and Crime Commissioner for Norfolk"),
    ],
)

add(
    "sealed6-09",
    "paraphrase_headings",
    "pdf",
    "Durham Constabulary",
    "Durham Police and Crime Commissioner",
    ("Callum Rigg", "Police and Crime Commissioner for Durham and Darlington"),
    "2025-07-10",
    [
        item("2", "accept", "in_progress", by="chief_constable"),
        item("4", "accept", "implemented", by="chief_constable"),
        item("8", "accept", "planned", by="chief_constable"),
        item("9", "accept", "not_stated", by="chief_constable"),
    ],
    [
        *head(
            ["Police and Crime Commissioner for Durham and Darlington", "Aykley Heads, Durham DH1 5TT"],
            "10th July 2025",
            f"Re: HMICFRS inspection – {OIC_TITLE}",
            "Dear Sir Andy,",
        ),
        (
            "p",
            "I write with my response to your report. I have asked the Chief Constable for the force's position on "
            "each recommendation that falls to it, and I summarise what I have been told below.",
        ),
        ("heading", "Referrals to Immigration Enforcement's command centre"),
        (
            "p",
            "Durham Constabulary has accepted this. The force had already started linking its referral log to the "
            "intelligence system before the report came out, and that work is about two-thirds done.",
        ),
        ("heading", "Information plans"),
        (
            "p",
            "The force has accepted this and has a plan in place: organised immigration crime was written into its "
            "intelligence requirements in 2024, and the arrangements for sharing with Cleveland and Northumbria were "
            "signed off in May.",
        ),
        ("heading", "Specialist training through Hydra"),
        (
            "p",
            "Accepted. Durham intends to send its senior investigators on the next regional course, which is expected "
            "early in 2026.",
        ),
        ("heading", "Online learning"),
        ("p", "Accepted. Completion figures were not available at the time of writing."),
        (
            "p",
            "I will keep all four under review through my Performance and Accountability Board and will publish the "
            "force's updates.",
        ),
        *sign("Yours sincerely,", "Callum Rigg", "Police and Crime Commissioner for Durham and Darlington"),
        ("footer", "Durham PCC – published response"),
    ],
)

add(
    "sealed6-10",
    "paraphrase_headings",
    "txt",
    "Gloucestershire Constabulary",
    "Gloucestershire Police and Crime Commissioner",
    ("Alun Verity", "Police and Crime Commissioner for Gloucestershire"),
    None,
    [
        item("2", "agree", "in_progress"),
        item("4", "agree", "planned"),
        item("8", "partially_agree", "not_started"),
        item("9", "agree", "implemented"),
    ],
    [
        *head(
            ["Office of the Police and Crime Commissioner for Gloucestershire", "Bamfurlong Lane, Cheltenham GL51 6SP"],
            None,
            f"HMICFRS report: {OIC_TITLE}",
            "Dear HM Chief Inspector,",
        ),
        ("p", "Thank you for sending me the report. My comments on each of the recommendations for forces follow."),
        ("heading", "Intelligence to follow every NCCU report"),
        (
            "p",
            "I welcome this recommendation and agree with it. The Constabulary is midway through a change to its crime "
            "recording system that will make the intelligence submission a required step, and about half of its "
            "stations have moved over.",
        ),
        ("heading", "Collecting, analysing and sharing what we know"),
        (
            "p",
            "I agree. The Constabulary has told me a plan will be drawn up by the end of October, once the new head of "
            "intelligence is in post in September.",
        ),
        ("heading", "Hydra training for the right people"),
        (
            "p",
            "I agree, with one reservation. Gloucestershire sees very few cases and I would not want Hydra places to go "
            "to officers who will seldom use what they learn. No one has yet been trained, and nobody will be until "
            "the Chief Constable and I have agreed a narrower list.",
        ),
        ("heading", "The four e-learning modules"),
        (
            "p",
            "I agree. Every officer in the Constabulary's serious and organised crime team and its custody intelligence "
            "unit, the group the force has identified, has completed all four modules.",
        ),
        *sign("Yours sincerely,", "Alun Verity", "Police and Crime Commissioner for Gloucestershire"),
    ],
)


# ------------------------------------------------------------------------------------------------
# labels_only (3): "Recommendation 2" and the like, then an update, with no restated wording

add(
    "sealed6-11",
    "labels_only",
    "txt",
    "Nottinghamshire Police",
    "Nottinghamshire Police and Crime Commissioner",
    ("Graham Selston", "Police and Crime Commissioner for Nottinghamshire"),
    "2025-06-24",
    [
        item("2", "accept", "implemented", by="chief_constable"),
        item("4", None, "not_started"),
        item("8", "accept", "in_progress", by="chief_constable"),
        item("9", None, "planned"),
    ],
    [
        *head(
            [
                "Nottinghamshire Office of the Police and Crime Commissioner",
                "Arnot Hill House, Arnold, Nottingham NG5 6LU",
            ],
            "24/06/2025",
            f"{OIC_TITLE} – PCC update",
            "Dear Sir Andy,",
        ),
        (
            "p",
            "Progress against the recommendations for chief constables, as reported to me by Nottinghamshire Police:",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "Accepted by the force. A new step has been added to the NCCU referral procedure and the form is live. I am "
            "satisfied this has been done.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "Work has not begun. It is waiting on the outcome of the East Midlands intelligence review, due in the autumn.",
        ),
        ("heading", "Recommendation 8"),
        ("p", "Accepted. Eleven officers trained; a further thirty to go by March."),
        ("heading", "Recommendation 9"),
        ("p", "To be added to the mandatory training plan for 2025/26."),
        *sign("Yours sincerely,", "Graham Selston", "Nottinghamshire Police and Crime Commissioner"),
    ],
)

add(
    "sealed6-12",
    "labels_only",
    "html",
    "Metropolitan Police Service",
    "Mayor's Office for Policing And Crime (MOPAC)",
    ("Faisal Raheem", "Deputy Mayor for Policing and Crime"),
    "2025-07-15",
    [
        item("2", "support", "in_progress"),
        item("4", "support", "planned"),
        item("8", "note", "not_started"),
        item("9", "support", "implemented"),
    ],
    [
        *head(
            ["Mayor's Office for Policing And Crime", "169 Union Street, London SE1 0LL"],
            "15 July 2025",
            f"MOPAC response: {OIC_TITLE}",
            "Dear Sir Andy,",
        ),
        (
            "p",
            "I am responding on behalf of the Mayor of London, who is the police and crime commissioner for the "
            "Metropolitan Police District. MOPAC's position and the Metropolitan Police Service's progress are set out "
            "below against each recommendation to chief constables.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "MOPAC supports this recommendation. The MPS has trained 2,300 officers in the referral pathway and reports "
            "compliance in the high eighties per cent, against a goal of full compliance by the spring.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "MOPAC supports this recommendation. The MPS intends to publish an internal collection plan for organised "
            "immigration crime alongside its serious and organised crime strategy in the new year.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "MOPAC notes this recommendation. The MPS has questioned whether a single package suits a force of its size "
            "and is discussing an alternative with the Modern Slavery and Organised Immigration Crime Unit; no one has "
            "been enrolled on Hydra so far.",
        ),
        ("heading", "Recommendation 9"),
        (
            "p",
            "MOPAC supports this recommendation. The four modules were added to the mandatory learning record for "
            "detectives and intelligence staff in May and now form part of their induction.",
        ),
        *sign("Yours sincerely,", "Faisal Raheem", "Deputy Mayor for Policing and Crime"),
    ],
    late=True,
)

add(
    "sealed6-13",
    "labels_only",
    "docx",
    "Essex Police",
    "Essex Police, Fire and Crime Commissioner",
    ("Nadia Fairbairn", "Police, Fire and Crime Commissioner for Essex"),
    "2025-07-07",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "in_progress"),
        item("8", "accept", "planned"),
    ],
    [
        *head(
            ["Essex Police, Fire and Crime Commissioner", "Kelvedon Park, London Road, Rivenhall, Witham CM8 3HB"],
            "Monday 7 July 2025",
            f"{OIC_TITLE}",
            "Dear Sir Andy,",
        ),
        ("p", "My response on the recommendations for Essex Police is as follows."),
        ("heading", "Rec. 2"),
        (
            "p",
            "I accept. Essex Police wrote this into its standard operating procedure in 2023, and the force's quarterly "
            "audit shows it is followed.",
        ),
        ("heading", "Rec. 4"),
        (
            "p",
            "I accept. The force's plan has been written and is out for consultation with partners at the Port of "
            "Tilbury and Harwich; sign-off is expected in September.",
        ),
        ("heading", "Rec. 8"),
        ("p", "I accept. Hydra dates have been agreed for November and December, with 48 places."),
        (
            "p",
            "I would be glad to discuss any of this with your inspection team, and I will publish this letter on my "
            "website.",
        ),
        *sign("Yours sincerely,", "Nadia Fairbairn", "Police, Fire and Crime Commissioner for Essex"),
    ],
    unanswered=["9"],
)


# ------------------------------------------------------------------------------------------------
# flattened (4): prose without headings, the recommendations mentioned inline

add(
    "sealed6-14",
    "flattened",
    "txt",
    "Suffolk Constabulary",
    "Suffolk Police and Crime Commissioner",
    ("Marcus Debenham", "Police and Crime Commissioner for Suffolk"),
    "2025-06-18",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "planned", cc="accept"),
        item("8", "support", "implemented", cc="accept"),
        item("9", "support", "in_progress", cc="accept"),
    ],
    [
        *head(
            ["Suffolk Police and Crime Commissioner", "Police Headquarters, Martlesham Heath, Ipswich IP5 3QS"],
            "18th June 2025",
            f"HMICFRS – {OIC_TITLE}",
            "Dear Sir Andy,",
        ),
        (
            "p",
            "Thank you for the report, which I read with particular interest given the place of Felixstowe in the "
            "national picture. I support the recommendations it makes to chief constables, and Suffolk Constabulary "
            "has accepted them.",
        ),
        (
            "p",
            "The force tells me that officers who refer cases to the National Command and Control Unit now complete the "
            "intelligence document as a matter of course (recommendation 2), and that its first plan to collect, analyse "
            "and share information on this crime (recommendation 4) will be written once the port's new freight systems "
            "go live next year. On training, thirty-two officers have completed Hydra (recommendation 8), which the "
            "force regards as the whole of its relevant cohort, and the e-learning (recommendation 9) has been assigned, "
            "though completions are at an early stage.",
        ),
        ("p", "I shall continue to monitor progress through my Accountability and Performance Panel."),
        *sign("Yours sincerely,", "Marcus Debenham", "Police and Crime Commissioner for Suffolk"),
    ],
)

add(
    "sealed6-15",
    "flattened",
    "pdf",
    "Leicestershire Police",
    "Leicestershire Police and Crime Commissioner",
    ("Harjit Bassi", "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"),
    "2025-06-26",
    [
        item("2", "agree", "not_started"),
        item("4", "agree", "implemented"),
        item("8", "disagree", ["not_started", "not_stated"], cc="disagree"),
        item("9", "agree", "in_progress"),
    ],
    [
        *head(
            [
                "Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland",
                "Force Headquarters, St Johns, Enderby LE19 2BX",
            ],
            "26 June 2025",
            f"Response to the HMICFRS report {OIC_TITLE}",
            "Dear Sir Andy,",
        ),
        (
            "p",
            "The Commissioner agrees with the report's recommendations to chief constables, with one exception, which is "
            "explained below.",
        ),
        (
            "p",
            "On the intelligence document that should follow every referral to the National Command and Control Unit, "
            "Leicestershire Police has not yet started, as it is waiting for the national form to be revised. A plan to "
            "collect, analyse and share information on organised immigration crime, by contrast, was agreed at the "
            "force's Serious and Organised Crime Board in May. Around seven in ten of the officers identified for the "
            "e-learning have now completed all four modules.",
        ),
        (
            "p",
            "The exception is Hydra. The Commissioner does not agree with the recommendation on Hydra training. The "
            "force already runs its own organised immigration crime course, built with the East Midlands Special "
            "Operations Unit, and she sees no value in duplicating it; the Chief Constable has likewise declined to "
            "adopt Hydra.",
        ),
        *sign(
            "Yours sincerely,",
            "Harjit Bassi",
            "Police and Crime Commissioner for Leicester, Leicestershire and Rutland",
        ),
    ],
)

add(
    "sealed6-16",
    "flattened",
    "html",
    "Dorset Police",
    "Dorset Police and Crime Commissioner",
    ("Oliver Stainer", "Police and Crime Commissioner for Dorset"),
    "2025-08-04",
    [
        item("4", "support", "implemented", cc="accept"),
        item("2", "support", "in_progress", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "support", "not_stated", cc="accept"),
    ],
    [
        *head(
            ["Dorset Police and Crime Commissioner", "Force Headquarters, Winfrith, Dorchester DT2 8DZ"],
            "4 August 2025",
            f"Dorset PCC – {OIC_TITLE}",
            "Dear Sir Andy,",
        ),
        ("p", "Please accept my apologies for the lateness of this response."),
        (
            "p",
            "I have discussed the report with the Chief Constable, who accepts its recommendations for forces, and I "
            "endorse them. Dorset Police's plan for collecting, analysing and sharing information on organised "
            "immigration crime, which covers Poole Harbour and the wider coastline, is complete and in use. Referrals to "
            "the National Command and Control Unit are a different story: an audit found the intelligence document "
            "missing in a third of cases, and a fix to the control room process is being tested now. Hydra training for "
            "the force's public protection and serious crime detectives is booked for the new year. I have asked for an "
            "update on the e-learning package, which I have not yet received.",
        ),
        *sign("Yours sincerely,", "Oliver Stainer", "Police and Crime Commissioner for Dorset"),
    ],
    late=True,
)

add(
    "sealed6-17",
    "flattened",
    "txt",
    "Cambridgeshire Constabulary",
    "Cambridgeshire Police and Crime Commissioner",
    ("Stephen Haddow", "Police and Crime Commissioner for Cambridgeshire and Peterborough"),
    "2025-07-09",
    [
        item("2", "accept", "implemented", by="chief_constable"),
        item("4", "accept", "planned", by="chief_constable"),
        item("9", "accept", "in_progress", by="chief_constable"),
        item("8", "partially_agree", "planned", by="chief_constable"),
    ],
    [
        *head(
            [
                "Police and Crime Commissioner for Cambridgeshire and Peterborough",
                "2 Stags Way, Orton Southgate, Peterborough PE2 6XS",
            ],
            "Wednesday, 9 July 2025",
            f"{OIC_TITLE}",
            "Dear HMICFRS,",
        ),
        (
            "p",
            "I have received the Chief Constable's response to this report and summarise it here for publication.",
        ),
        (
            "p",
            "The constabulary accepts recommendations 2, 4 and 9. It accepts recommendation 8 only in part, because it "
            "has few officers who would need the full Hydra package; instead it will put two detective sergeants through "
            "it as the force's points of contact. The intelligence document for NCCU referrals is now mandatory and "
            "checked by supervisors; work on recommendation 4 is scheduled to start after the regional strategic "
            "assessment is published in October; about 40% of the target group have finished the e-learning; and the "
            "two Hydra places are booked for November.",
        ),
        *sign(
            "Yours faithfully,", "Stephen Haddow", "Police and Crime Commissioner for Cambridgeshire and Peterborough"
        ),
    ],
)


# ------------------------------------------------------------------------------------------------
# two_in_one_paragraph (3): one paragraph answers two recommendations

add(
    "sealed6-18",
    "two_in_one_paragraph",
    "docx",
    "Lincolnshire Police",
    "Lincolnshire Police and Crime Commissioner",
    ("Marion Fenwick", "Police and Crime Commissioner for Lincolnshire"),
    "2025-06-19",
    [
        item("2", "agree", "implemented"),
        item("4", "agree", "not_started"),
        item("8", "partially_agree", "not_started"),
        item("9", "partially_agree", "in_progress"),
    ],
    [
        *head(
            ["Lincolnshire Police and Crime Commissioner", "Deepdale Lane, Nettleham, Lincoln LN2 2LT"],
            "19 June 2025",
            f"Your report: {OIC_TITLE}",
            "Dear Sir Andy,",
        ),
        (
            "p",
            "Recommendations 2 and 4 are both about intelligence, so I take them together, and I agree with both. "
            "Lincolnshire Police has made the intelligence submission a compulsory part of every NCCU referral, and has "
            "done so since April. A plan to collect, analyse and share information has not been written; the force has "
            "put it on hold until the regional intelligence unit finishes its restructure.",
        ),
        (
            "p",
            "On Hydra and the e-learning (recommendations 8 and 9), I support the intention but I am not persuaded that "
            "all relevant personnel need both. The force is piloting the e-learning with its east coast neighbourhood "
            "teams and has not yet arranged any Hydra training.",
        ),
        ("p", "I will ask for a further update in the new year."),
        *sign("Yours sincerely,", "Marion Fenwick", "Police and Crime Commissioner for Lincolnshire"),
    ],
)

add(
    "sealed6-19",
    "two_in_one_paragraph",
    "pdf",
    "Devon and Cornwall Police",
    "Devon and Cornwall Police and Crime Commissioner",
    ("Jennifer Pascoe", "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
    "2025-07-11",
    [
        item("8", "accept", ["planned", "not_started"], cc="accept"),
        item("9", "accept", "implemented", cc="accept"),
        item("2", "accept", "in_progress", cc="accept"),
        item("4", "accept", "in_progress", cc="accept"),
    ],
    [
        *head(
            [
                "Office of the Police and Crime Commissioner",
                "Devon, Cornwall and the Isles of Scilly",
                "Andy Hocking House, Alderson Drive, Exeter EX2 7RP",
            ],
            "11.07.2025",
            f"{OIC_TITLE} – response",
            "Dear Sir Andy,",
        ),
        ("p", "The Chief Constable and I accept the four recommendations directed to forces."),
        (
            "p",
            "Recommendations 8 and 9 are being taken forward together by the force's learning and development team. "
            "The e-learning is finished for all 410 officers and staff identified, and Hydra will follow once the region "
            "has a date from the Modern Slavery and Organised Immigration Crime Unit.",
        ),
        (
            "p",
            "On the intelligence recommendations, 2 and 4, the force has drafted a plan for organised immigration crime "
            "covering the ports at Plymouth and Falmouth, which also requires an intelligence submission for each NCCU "
            "referral. The draft is now out for comment with the regional unit.",
        ),
        *sign(
            "Yours sincerely,",
            "Jennifer Pascoe",
            "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly",
        ),
        ("footer", "OPCC Devon, Cornwall and the Isles of Scilly"),
    ],
    late=True,
)

add(
    "sealed6-20",
    "two_in_one_paragraph",
    "txt",
    "Warwickshire Police",
    "Warwickshire Police and Crime Commissioner",
    ("Philip Arden", "Police and Crime Commissioner for Warwickshire"),
    "2025-06-30",
    [
        item("2", "support", "in_progress"),
        item("4", "support", "implemented"),
        item("8", "note", "not_stated", cc="accept"),
        item("9", "note", "not_stated", cc="accept"),
    ],
    [
        *head(
            ["Warwickshire Police and Crime Commissioner", "3 Northgate Street, Warwick CV34 4SP"],
            "30th June, 2025",
            f"{OIC_TITLE}: response of the Warwickshire PCC",
            "Dear Sir Andy,",
        ),
        (
            "p",
            "Recommendations 2 and 4: I support both. The force already has an intelligence collection plan for "
            "organised immigration crime, which it refreshes every year and shares with West Mercia; the current "
            "version dates from March. Referral submissions are a gap, since the force's own check found several "
            "missing, so it has begun retraining control room staff, a programme that will run through the summer.",
        ),
        (
            "p",
            "Recommendations 8 and 9 I note. Warwickshire is a small force and I want to see what the training will "
            "cost before I go further. The Chief Constable has accepted both.",
        ),
        *sign("Yours sincerely,", "Philip Arden", "Police and Crime Commissioner for Warwickshire"),
    ],
)


# ------------------------------------------------------------------------------------------------
# blanket (4): one stance for all, in various voices; detail, where given, wins for that finding

add(
    "sealed6-21",
    "blanket",
    "html",
    "Surrey Police",
    "Surrey Police and Crime Commissioner",
    ("Eleanor Hatchard", "Police and Crime Commissioner for Surrey"),
    "2025-06-25",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "not_stated"),
        item("8", "partially_agree", "not_started"),
        item("9", "accept", "not_stated"),
    ],
    [
        *head(
            ["Surrey Police and Crime Commissioner", "PO Box 412, Guildford GU3 1YJ"],
            "25 June 2025",
            f"{OIC_TITLE}",
            "Dear Sir Andy,",
        ),
        (
            "p",
            "I accept all of the recommendations made to chief constables in this report. Surrey Police has already made "
            "the intelligence submission compulsory for referrals to the National Command and Control Unit.",
        ),
        (
            "p",
            "On Hydra, my acceptance is qualified. Surrey shares its specialist training with Sussex, and I will not "
            "agree to frontline officers being released for it until the joint training plan is settled; no one has "
            "been put forward yet.",
        ),
        ("p", "I will report progress on the rest in my annual report."),
        *sign("Yours sincerely,", "Eleanor Hatchard", "Police and Crime Commissioner for Surrey"),
    ],
)

add(
    "sealed6-22",
    "blanket",
    "txt",
    "Gwent Police",
    "Gwent Police and Crime Commissioner",
    ("Rhian Pritchard", "Police and Crime Commissioner for Gwent"),
    "2025-07-02",
    [
        item("2", "partially_agree", "not_started", by="chief_constable"),
        item("4", "accept", "not_stated", by="chief_constable"),
        item("8", "accept", "not_stated", by="chief_constable"),
        item("9", "accept", "in_progress", by="chief_constable"),
    ],
    [
        *head(
            [
                "Comisiynydd Heddlu a Throseddu Gwent",
                "Police and Crime Commissioner for Gwent",
                "Llantarnam Abbey, Cwmbran NP44 3YN",
            ],
            "02 July 2025",
            f"Re: {OIC_TITLE}",
            "Annwyl Syr Andy / Dear Sir Andy,",
        ),
        (
            "p",
            "Gwent Police has accepted every recommendation in the report that is addressed to forces, subject to one "
            "caveat.",
        ),
        (
            "p",
            "Recommendation 2 is accepted in principle only. The force's current records system cannot make the "
            "intelligence submission mandatory, and its replacement is not due until 2027, so nothing will change until "
            "then.",
        ),
        ("p", "The e-learning is under way: just over 600 officers have completed it."),
        ("p", "I will monitor the force's progress through my Strategy and Performance Board."),
        *sign("Yn gywir / Yours sincerely,", "Rhian Pritchard", "Police and Crime Commissioner for Gwent"),
    ],
)

add(
    "sealed6-23",
    "blanket",
    "pdf",
    "Bedfordshire Police",
    "Bedfordshire Police and Crime Commissioner",
    ("Kwame Asante", "Police and Crime Commissioner for Bedfordshire"),
    "2025-06-23",
    [
        item("2", "support", "not_stated"),
        item("4", "support", "not_stated"),
        item("8", "support", "not_stated"),
        item("9", "support", "not_stated"),
    ],
    [
        *head(
            [
                "Office of the Police and Crime Commissioner for Bedfordshire",
                "Bridgebury House, Woburn Road, Kempston MK43 9AX",
            ],
            "23rd June 2025",
            f"{OIC_TITLE} – response from the Office of the PCC",
            "Dear Sir Andy,",
        ),
        (
            "p",
            "This office welcomes the report and is supportive of the recommendations it makes to forces. Luton Airport "
            "and the county's position on the M1 mean that organised immigration crime is a real concern for our "
            "communities.",
        ),
        (
            "p",
            "Bedfordshire Police's progress against the recommendations will be reported to the Commissioner's "
            "Accountability Board in the autumn, and the minutes will be published.",
        ),
        *sign("Yours sincerely,", "Kwame Asante", "Police and Crime Commissioner for Bedfordshire"),
        ("footer", "OPCC Bedfordshire"),
    ],
)

add(
    "sealed6-24",
    "blanket",
    "docx",
    "North Wales Police",
    "North Wales Police and Crime Commissioner",
    ("Gethin Morris", "Police and Crime Commissioner for North Wales"),
    "2025-06-16",
    [
        item("2", "agree", "implemented", cc="agree"),
        item("4", "agree", "planned", cc="agree"),
        item("8", "partially_agree", "in_progress", cc="agree"),
        item("9", "agree", "not_stated", cc="agree"),
    ],
    [
        *head(
            [
                "Police and Crime Commissioner for North Wales",
                "Comisiynydd Heddlu a Throsedd Gogledd Cymru",
                "Glan-y-Don, Colwyn Bay LL29 8AW",
            ],
            "16 June 2025",
            f"{OIC_TITLE}",
            "Dear Sir Andy,",
        ),
        (
            "p",
            "I agree with all four of the report's recommendations for chief constables, and so does the Chief Constable.",
        ),
        (
            "p",
            "The change to the referral form, so that officers cannot send a case to the NCCU without the intelligence "
            "document, was completed last month. For the information plan, the force intends to adopt the plan being "
            "written by the North West Regional Organised Crime Unit rather than write one of its own, and has none yet.",
        ),
        (
            "p",
            "I should be clearer about Hydra. I agree that the officers at Holyhead need it, and the port team there "
            "completed it in May, but I am less sure that the rest of the force does, and I have told the Chief "
            "Constable so.",
        ),
        *sign("Yours sincerely,", "Gethin Morris", "Police and Crime Commissioner for North Wales"),
    ],
)


# ------------------------------------------------------------------------------------------------
# mixed_stances (3): partial agreement, noting and a disagreement in the same letter

add(
    "sealed6-25",
    "mixed_stances",
    "txt",
    "West Mercia Police",
    "West Mercia Police and Crime Commissioner",
    ("Julian Croft", "Police and Crime Commissioner for West Mercia"),
    "2025-07-01",
    [
        item("2", "agree", "implemented"),
        item("4", "partially_agree", "in_progress"),
        item("8", "note", "planned"),
        item("9", "disagree", "not_started"),
    ],
    [
        *head(
            ["West Mercia Police and Crime Commissioner", "Hindlip Hall, Worcester WR3 8SP"],
            "July 1st, 2025",
            f"{OIC_TITLE}",
            "Dear Sir Andy,",
        ),
        (
            "p",
            "Recommendation 2. I agree. The force rewrote its referral procedure in May, and officers now complete the "
            "intelligence document before a referral is logged.",
        ),
        (
            "p",
            "Recommendation 4. I agree with the aim, but West Mercia's information-sharing arrangements are set through "
            "the regional unit, and I do not think a separate force plan would add anything. The force is contributing "
            "to the regional plan, which the unit has begun to draft.",
        ),
        (
            "p",
            "Recommendation 8. Noted. I leave the detail to the Chief Constable; the force expects to run Hydra in the "
            "spring of 2026.",
        ),
        (
            "p",
            "Recommendation 9. I do not support this recommendation. Four modules for every relevant officer "
            "is, in my view, too much for a largely rural force, and I have asked the College of Policing to review the "
            "package. The force has put the modules on hold pending that review, and none has been assigned.",
        ),
        *sign("Yours sincerely,", "Julian Croft", "Police and Crime Commissioner for West Mercia"),
    ],
)

add(
    "sealed6-26",
    "mixed_stances",
    "html",
    "Sussex Police",
    "Sussex Police and Crime Commissioner",
    ("Amelia Hartfield", "Police and Crime Commissioner for Sussex"),
    "2025-06-20",
    [
        item("2", "accept", "implemented"),
        item("4", "disagree", ["not_started", "not_stated"], cc="disagree"),
        item("8", "partially_agree", "in_progress"),
        item("9", "note", "not_stated"),
    ],
    [
        *head(
            ["Sussex Police and Crime Commissioner", "Sackville House, Brooks Close, Lewes BN7 2FZ"],
            "20 June 2025",
            f"Sussex PCC response – {OIC_TITLE}",
            "Dear Sir Andy,",
        ),
        (
            "p",
            "Sussex has Newhaven, Shoreham and Gatwick within its borders, and I have read the report with that in mind. "
            "My response to each recommendation for chief constables is below.",
        ),
        (
            "dl",
            [
                (
                    "Intelligence reporting to the NCCU (recommendation 2)",
                    "Accepted. Sussex Police has added the intelligence submission to its custody and control room "
                    "checklists. A first audit of compliance is due in September.",
                ),
                (
                    "Information collection and sharing plans (recommendation 4)",
                    "The Chief Constable does not accept this recommendation, because the force's strategic assessment "
                    "already covers organised immigration crime at the ports and the airport, and no work on a separate "
                    "plan is intended. I share her view and do not accept it either.",
                ),
                (
                    "Hydra training (recommendation 8)",
                    "I support the aim but question whether it should reach every relevant officer in a force of this "
                    "size, and I have asked the force to concentrate on its specialist teams. Two courses have run so "
                    "far, with 24 officers trained.",
                ),
                (
                    "E-learning (recommendation 9)",
                    "I note this recommendation. The College of Policing and the national unit should update the "
                    "package first.",
                ),
            ],
        ),
        *sign("Yours sincerely,", "Amelia Hartfield", "Police and Crime Commissioner for Sussex"),
    ],
)

add(
    "sealed6-27",
    "mixed_stances",
    "pdf",
    "Hampshire and Isle of Wight Constabulary",
    "Hampshire and Isle of Wight Police and Crime Commissioner",
    ("Victoria Ashe", "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
    "2025-07-04",
    [
        item("2", "support", "in_progress"),
        item("4", "partially_agree", "in_progress"),
        item("8", "disagree", ["not_started", "not_stated"], cc="disagree"),
        item("9", "note", "not_stated"),
    ],
    [
        *head(
            [
                "Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight",
                "St George's Chambers, St George's Street, Winchester SO23 8AJ",
            ],
            "2025-07-04",
            f"{OIC_TITLE}",
            "Dear HM Chief Inspector,",
        ),
        (
            "p",
            "Thank you for this report. My views on the four recommendations made to chief constables differ, so I "
            "take each in turn.",
        ),
        (
            "p",
            "I support the recommendation on NCCU referrals. The constabulary has begun recording each referral on its "
            "intelligence system, starting on the Isle of Wight, and will extend this to the mainland districts by "
            "December.",
        ),
        (
            "p",
            "I agree in part with the recommendation on information plans. Collecting and analysing the information "
            "is right; sharing it is harder, because the constabulary's data protection officer has concerns about "
            "passing it to non-police partners at Southampton and Portsmouth. The constabulary is drafting the plan, "
            "leaving out sharing with non-police partners for now.",
        ),
        (
            "p",
            "I disagree with the Hydra recommendation. Our officers already complete the South East region's organised "
            "immigration crime course, which in my view covers the same ground, and the Chief Constable does not "
            "intend to adopt Hydra.",
        ),
        (
            "p",
            "I note the e-learning recommendation. I have asked the constabulary for its completion figures and will "
            "report them in my annual report.",
        ),
        *sign("Yours sincerely,", "Victoria Ashe", "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
        ("footer", "OPCC Hampshire and Isle of Wight – OFFICIAL"),
    ],
)


# ------------------------------------------------------------------------------------------------
# cc_annex (1): the commissioner's letter, with the chief constable's response appended

add(
    "sealed6-28",
    "cc_annex",
    "docx",
    "Northamptonshire Police",
    "Northamptonshire Police, Fire and Crime Commissioner",
    ("Ross Brackley", "Police, Fire and Crime Commissioner for Northamptonshire"),
    "2025-06-17",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "support", "planned", cc="accept"),
        item("8", "support", "implemented", cc="partially_agree"),
        item("9", "support", "not_started", cc="accept"),
    ],
    [
        *head(
            [
                "Office of the Northamptonshire Police, Fire and Crime Commissioner",
                "Darby House, Darby Close, Park Farm Industrial Estate, Wellingborough NN8 6GS",
            ],
            "17 June 2025",
            f"HMICFRS – {OIC_TITLE}",
            "Dear Sir Andy,",
        ),
        (
            "p",
            "I support all four recommendations made to chief constables in your report. I have appended the Chief "
            "Constable's response, which sets out where Northamptonshire Police has got to on each, and I will hold "
            "him to account for the remaining work through my Accountability Board.",
        ),
        *sign("Yours sincerely,", "Ross Brackley", "Police, Fire and Crime Commissioner for Northamptonshire"),
        ("heading", "Annex: Response of the Chief Constable of Northamptonshire Police"),
        (
            "p",
            "Recommendation 2 – accepted. Compliance with the intelligence submission requirement is tracked in the "
            "force performance framework and stood at 92 per cent in May.",
        ),
        ("p", "Recommendation 4 – accepted. The Force Intelligence Bureau will produce the plan by November."),
        (
            "p",
            "Recommendation 8 – partially accepted. Hydra is being delivered to the Serious and Organised Crime Unit; "
            "the force does not regard uniformed officers as relevant personnel for this package. Delivery to the unit "
            "was completed on 6 June.",
        ),
        (
            "p",
            "Recommendation 9 – accepted. Not yet started: the College of Policing has told forces that a revised "
            "version is on its way.",
        ),
    ],
)


# ------------------------------------------------------------------------------------------------
# regional_afi (2): soc-yh-2025 areas for improvement, answered by Humberside and North Yorkshire bodies

add(
    "sealed6-29",
    "regional_afi",
    "html",
    "Humberside Police",
    "Humberside Police and Crime Commissioner",
    ("Jonathan Speight", "Police and Crime Commissioner for Humberside"),
    "2026-01-12",
    [
        item("1", "accept", "in_progress"),
        item("2", "accept", "implemented"),
    ],
    [
        *head(
            ["Humberside Police and Crime Commissioner", "The Lawns, Harland Way, Cottingham HU16 5SN"],
            "12 January 2026",
            f"Response to HMICFRS: {SOC_TITLE}",
            "Dear HM Inspector,",
        ),
        (
            "p",
            "Thank you for the joint inspection report. I have discussed both areas for improvement with the Chief "
            "Constable and with the head of the Yorkshire and Humber Regional Organised Crime Unit.",
        ),
        ("heading", "Area for improvement 1 – working together"),
        (
            "p",
            "I accept this area for improvement. Humberside Police and the ROCU have held a joint monthly tasking "
            "meeting since November, and the force's 4P plans for its organised crime groups are being rewritten with "
            "ROCU input; about a third are done.",
        ),
        ("heading", "Area for improvement 2 – technical surveillance equipment"),
        (
            "p",
            "I accept this too. Technical surveillance equipment is now bought by the ROCU for all four forces under an "
            "agreement signed in October, and Humberside no longer buys its own.",
        ),
        *sign("Yours sincerely,", "Jonathan Speight", "Police and Crime Commissioner for Humberside"),
    ],
    report=SOC,
)

add(
    "sealed6-30",
    "regional_afi",
    "txt",
    "North Yorkshire Police",
    "Mayor of York and North Yorkshire",
    ("Megan Dacre", "Deputy Mayor for Policing, Fire and Crime"),
    None,
    [
        item("1", "note", "planned", cc="accept"),
        item("2", "support", "not_started", cc="accept"),
    ],
    [
        *head(
            [
                "York and North Yorkshire Combined Authority",
                "Policing, Fire and Crime",
                "West Offices, Station Rise, York YO1 6GA",
            ],
            None,
            f"{SOC_TITLE} – response of the Deputy Mayor for Policing, Fire and Crime",
            "Dear HM Inspector,",
        ),
        (
            "p",
            "North Yorkshire Police accepts both areas for improvement in the report. The Deputy Mayor's own view, and "
            "the force's progress, are given below.",
        ),
        (
            "p",
            "Working together: the Deputy Mayor notes this area for improvement. The force's serious and organised "
            "crime partnership board will have ROCU representation from its next meeting in March.",
        ),
        (
            "p",
            "Technical surveillance: the Deputy Mayor supports this area for improvement. The force is not yet in a "
            "position to say how it will change its use of technical surveillance equipment; a regional review reports "
            "in the summer and nothing will change before then.",
        ),
        *sign(
            "Yours sincerely,",
            "Megan Dacre",
            "Deputy Mayor for Policing, Fire and Crime",
            "on behalf of the Mayor of York and North Yorkshire",
        ),
    ],
    report=SOC,
)


def main() -> None:
    about = (
        "A sealed set of 30 letters written by hand (names invented; forces and bodies are real names used as "
        "senders of synthetic letters, none the seeds'), kept back from tuning and only ever measured: response "
        "tables, paraphrased headings, bare labels, flattened prose, two findings in one paragraph, blanket stances, "
        "mixed stances, a chief constable's annex, and two regional areas-for-improvement answers. Same schema as "
        "tests/ingest/sealed/truth.json; split 'sealed6'. Late: after 10 July 2025 (56 days counted from "
        "publication on 16 May 2025 as day 1); soc-yh-2025 letters are never late (publication date unknown)."
    )
    corpus.write_set(HERE, about, ((blocks, truth) for truth, blocks in LETTERS))


if __name__ == "__main__":
    main()
