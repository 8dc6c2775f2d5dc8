# ruff: noqa: E501  (letter text is data: long sentences are kept whole)
"""Build the eighth tuning set: ``letters/`` and ``truth.json``, reproducibly.

    .venv/bin/python tests/ingest/tuneset8/build.py

Thirty letters written by hand (people's names invented, forces and bodies real names used as the
senders of synthetic letters, none of them the seeds' forces), for tuning the reader: flattened prose
with no headings, two findings answered in one paragraph, response tables with a force column and a
commissioner's column, mixed stances, and three answers to the Yorkshire and Humber regional report's
areas for improvement. Each letter's truth is written beside it by hand. Only the renderers (TXT, DOCX,
HTML, PDF) are shared with the corpus builder.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
sys.path.insert(0, str(CORPUS))

import build as corpus  # noqa: E402

SPLIT = "tuneset8"
OIC = "oic-2025"
SOC = "soc-yh-2025"
OIC_TITLE = "Improving the response to organised immigration crime"
SOC_TITLE = "An inspection of the Yorkshire and Humber regional response to serious and organised crime"
TITLES = {OIC: OIC_TITLE, SOC: SOC_TITLE}
HMI = [
    "His Majesty's Chief Inspector of Constabulary",
    "HMICFRS",
    "Globe House",
    "89 Eccleston Square",
    "London",
    "SW1V 1PN",
]

Blocks = list[tuple[str, Any]]


item = corpus.item


def force_says(ref: str, stance: str, status: str | list[str]) -> dict[str, Any]:
    """Only the force's stance is reported: it is the item's stance and the chief constable's."""
    return item(ref, stance, status, by="chief_constable", cc=stance)


def head(
    letterhead: list[str],
    date: str | None,
    salutation: str = "Dear Sir Andy,",
    title: str | None = None,
    address: list[str] | None = None,
) -> Blocks:
    blocks: Blocks = [("letterhead", letterhead)]
    if date:
        blocks.append(("date", date))
    blocks.append(("address", address or HMI))
    blocks.append(("salutation", salutation))
    if title:
        blocks.append(("title", title))
    return blocks


def sign(*lines: str, close: str = "Yours sincerely,") -> Blocks:
    return [("sign", [close, *lines])]


# Each entry: (truth, blocks). The truth is written by hand from reading the blocks beside it.
LETTERS: list[tuple[dict[str, Any], Blocks]] = []


add = corpus.letter_adder(LETTERS, split=SPLIT)


# ------------------------------------------------------------------------------------------------
# flattened (7): no headings; recommendations named inline by number, subject or paraphrase

add(
    "tuneset8-01",
    "flattened",
    "txt",
    "Lincolnshire Police",
    "Lincolnshire Police and Crime Commissioner",
    ("Marcus Pell", "Police and Crime Commissioner for Lincolnshire"),
    "2025-07-03",
    [
        item("2", "accept", "in_progress"),
        item("4", "accept", "implemented"),
        item("8", "accept", "planned"),
        item("9", "accept", "not_started"),
    ],
    [
        *head(
            [
                "Office of the Police and Crime Commissioner for Lincolnshire",
                "Deepdale Lane, Nettleham, Lincoln, LN2 2LT",
            ],
            "3 July 2025",
        ),
        (
            "p",
            f"I write in response to your report {OIC_TITLE}, published on 16 May 2025, which I have discussed at some "
            "length with the Chief Constable. I accept all four of the recommendations that fall to chief constables, and "
            "what follows is where Lincolnshire Police has got to with each of them. The port of Boston and the long, quiet "
            "coastline between Skegness and the Wash mean that the county cannot treat this as somebody else's problem. "
            "Since April the force has required any officer who refers a case to the National Command and Control Unit to "
            "submit an intelligence report before the end of the same tour of duty, and a dip sample of the last quarter "
            "found that this had been done in 47 of 52 referrals, which is a real improvement but still short of the "
            "every-time standard the report sets; the force's plan for collecting, analysing and sharing information about "
            "organised immigration crime, by contrast, was signed off at the strategic tasking and coordination group on 11 "
            "June and is already shaping what the intelligence bureau asks of neighbourhood teams and of Border Force at "
            "Boston. Training is less far on. Hydra sessions for detective inspectors and custody sergeants have been booked "
            "with the regional training centre for November, but the e-learning has not yet been assigned to anyone, "
            "because the force is still waiting for the College of Policing to say which roles count as relevant personnel. "
            "I will hold the Chief Constable to account for all four through my Accountability Board, and I will publish "
            "the next update on my website in the new year.",
        ),
        *sign("Marcus Pell", "Police and Crime Commissioner for Lincolnshire"),
    ],
)

add(
    "tuneset8-02",
    "flattened",
    "txt",
    "Norfolk Constabulary",
    "Norfolk Police and Crime Commissioner",
    ("Gillian Rouse", "Police and Crime Commissioner for Norfolk"),
    "2025-06-24",
    [
        item("2", None, "planned"),
        item("4", None, ["not_started", "planned"]),
        item("8", "support", "in_progress"),
        item("9", "support", "implemented"),
    ],
    [
        *head(
            ["Norfolk Office of the Police and Crime Commissioner", "Building 7, Falconers Chase, Wymondham, NR18 0WW"],
            "24th June 2025",
            "Dear Sir Andy",
        ),
        (
            "p",
            f"Thank you for sending me {OIC_TITLE}. Norfolk is not often thought of as a border county, but the small "
            "harbours of the north coast and the port of Great Yarmouth have both featured in investigations over the last "
            "two years, and I read the report with that in mind.",
        ),
        (
            "p",
            "Our officers do refer cases to the National Command and Control Unit, but too often the telephone call is the "
            "end of it and no intelligence follows. The Chief Constable tells me that the intelligence submission will be "
            "built into the Athena record as a compulsory step when the next release of the system arrives in the spring; "
            "until then nothing has changed on the ground.",
        ),
        (
            "p",
            "Nor does the Constabulary yet have a plan of its own for collecting, analysing and sharing information on this "
            "kind of crime, and no work has begun on one. The intention is to adopt whatever the Eastern Region Special "
            "Operations Unit produces for the region as a whole, once that exists.",
        ),
        (
            "p",
            "The training recommendations have my full support, and here the picture is better. Around thirty detectives "
            "and intelligence officers have taken part in a Hydra exercise at the regional centre, and the port and custody "
            "staff still on the Constabulary's list are due to follow them before March. Every officer identified as "
            "relevant had finished all four modules of the e-learning by the end of May, and new recruits now complete the "
            "package in their first month.",
        ),
        (
            "p",
            "I will return to the questions of referral and of intelligence planning at the Police Accountability Forum in "
            "September, which meets in public.",
        ),
        *sign("Gillian Rouse", "Police and Crime Commissioner for Norfolk", close="Yours sincerely"),
    ],
)

add(
    "tuneset8-03",
    "flattened",
    "txt",
    "Dyfed-Powys Police",
    "Dyfed-Powys Police and Crime Commissioner",
    ("Eleri Prosser", "Police and Crime Commissioner for Dyfed-Powys"),
    "2025-07-22",
    [
        item("2", "agree", "implemented", cc="accept"),
        item("4", "agree", "in_progress", cc="accept"),
        item("8", "note", "not_started", cc="accept"),
        item("9", "note", "not_started", cc="accept"),
    ],
    [
        *head(
            [
                "Swyddfa Comisiynydd yr Heddlu a Throseddu Dyfed-Powys",
                "Office of the Police and Crime Commissioner for Dyfed-Powys",
                "PO Box 99, Llangunnor, Carmarthen, SA31 2PF",
            ],
            "22 July 2025",
        ),
        (
            "p",
            f"Please accept my apologies for the lateness of this response to {OIC_TITLE}; the meeting of the Police and "
            "Crime Panel at which I wished to discuss it was moved to July. The Chief Constable has accepted all four "
            "recommendations addressed to chief constables, and I agree with recommendations 2 and 4, which go to the heart "
            "of how the force understands the threat at Fishguard and Pembroke Dock. The intelligence document has been "
            "submitted on every referral to the National Command and Control Unit since the port team adopted a revised "
            "referral form in February, and a collection plan has been drafted and is due to go to the Chief Officer Group "
            "in August. Recommendations 8 and 9 I note. Both depend on material from the Modern Slavery and Organised "
            "Immigration Crime Unit, and the force tells me that neither Hydra nor the e-learning can be delivered in "
            "Dyfed-Powys until the unit publishes revised, bilingual versions, so both are on hold for the time being. I "
            "will write again when the Chief Constable is able to give me a date.",
        ),
        *sign("Eleri Prosser", "Police and Crime Commissioner for Dyfed-Powys", close="Yn gywir / Yours sincerely,"),
    ],
    late=True,
)

add(
    "tuneset8-04",
    "flattened",
    "docx",
    "Merseyside Police",
    "Merseyside Police and Crime Commissioner",
    ("Anita Brennan", "Police and Crime Commissioner for Merseyside"),
    None,
    [
        force_says("2", "accept", "in_progress"),
        force_says("4", "accept", "planned"),
        force_says("8", "accept", "not_started"),
        force_says("9", "accept", "not_stated"),
    ],
    [
        *head(["Merseyside Police and Crime Commissioner", "Mather Avenue, Liverpool"], None),
        (
            "p",
            f"I am grateful for the opportunity to respond to His Majesty's Inspectorate's report {OIC_TITLE}. With the "
            "Port of Liverpool, the Mersey ferries and Liverpool John Lennon Airport all within our boundaries, Merseyside "
            "has a particular interest in the subject.",
        ),
        (
            "p",
            "I have met the Chief Constable to discuss the report, and she has accepted each of the four recommendations "
            "made to chief constables. Her team's update is summarised here in the order in which the report makes them.",
        ),
        (
            "p",
            "Since the ports unit was restructured last year, the proportion of referrals to the National Command and "
            "Control Unit followed by an intelligence submission has risen from under half to 82 per cent; the remaining "
            "gap lies mostly in out-of-hours referrals by response officers, which the force is now working on. A joint "
            "intelligence requirement with Border Force and Immigration Enforcement, setting out what information will be "
            "collected, how it will be analysed and with whom it will be shared, is to be agreed by the end of the year. No "
            "Merseyside officers have yet attended Hydra, and the force has no date for doing so.",
        ),
        (
            "p",
            "I have asked the force for an account of its position on the e-learning, which did not reach me in time for "
            "this letter, and I will publish it alongside the minutes of my next Strategic Policing and Partnership Board.",
        ),
        *sign("Anita Brennan", "Police and Crime Commissioner for Merseyside"),
    ],
)

add(
    "tuneset8-05",
    "flattened",
    "docx",
    "Hampshire and Isle of Wight Constabulary",
    "Hampshire and Isle of Wight Police and Crime Commissioner",
    ("Duncan Ferrier", "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
    "2025-06-12",
    [
        item("2", "support", "implemented"),
        item("4", "support", "in_progress"),
        item("8", "support", "planned"),
    ],
    [
        *head(
            [
                "Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight",
                "St George's Chambers, St George's Street, Winchester, SO23 8AJ",
            ],
            "12 June 2025",
            "Dear Sir Andy,",
        ),
        (
            "p",
            f"Thank you for your report, {OIC_TITLE}, which I have read alongside the Chief Constable's own assessment of "
            "where the Constabulary stands. The threat along our stretch of coast is real: Portsmouth and Southampton are "
            "among the busiest ports in the country, and the Solent and the Island's shoreline are hard to watch. I support "
            "the recommendation that every officer who refers a case to Immigration Enforcement's National Command and "
            "Control Unit should complete and submit the intelligence document, and I am pleased to say that it is already "
            "met, the referral form having been changed in 2024 so that it cannot be sent without the intelligence "
            "attached. I support, too, the call for clear plans to collect, analyse and share information: the "
            "Constabulary's plan is being piloted in the Portsmouth and Southampton port districts over the summer, and "
            "will be extended to the Isle of Wight and the rest of the force area if the pilot is judged a success. And "
            "Hydra, which also has my support, will be delivered through the South East Regional Organised Crime Unit's "
            "training calendar, beginning in January 2026, for those whom the Constabulary identifies as relevant.",
        ),
        ("p", "I will keep these matters under review through my regular scrutiny of the Chief Constable."),
        *sign(
            "Duncan Ferrier", "Police and Crime Commissioner for Hampshire and the Isle of Wight", close="Kind regards,"
        ),
    ],
    unanswered=["9"],
)

add(
    "tuneset8-06",
    "flattened",
    "html",
    "Kent Police",
    "Kent Police and Crime Commissioner",
    ("Patrick Lowther", "Kent Police and Crime Commissioner"),
    "2025-07-08",
    [
        item("2", "agree", "implemented"),
        item("4", "partially_agree", ["implemented", "not_started"]),
        item("8", "agree", "in_progress"),
        item("9", "agree", ["in_progress", "planned"]),
    ],
    [
        *head(
            ["Office of the Kent Police and Crime Commissioner", "Sessions House, County Road, Maidstone, ME14 1XQ"],
            "8 July 2025",
        ),
        (
            "p",
            f"Thank you for {OIC_TITLE}. Few forces see as much of this crime as Kent does, and the report's findings will "
            "be familiar to anyone who has worked at Dover, at Folkestone or along the Romney Marsh coastline.",
        ),
        (
            "p",
            "Recommendations 2, 8 and 9 I agree with without qualification. Recording intelligence after a referral to the "
            "National Command and Control Unit has been standard practice for Kent officers at the ports since 2023 and is "
            "now expected of every officer in the county; 312 of the 340 officers the force identified for Hydra have "
            "completed it, and the rest are booked on the final course in September; and everyone identified has "
            "completed the first two modules of the e-learning, with modules three and four to be launched in the autumn.",
        ),
        (
            "p",
            "Recommendation 4 I accept in principle only. Kent Police's strategic intelligence assessment already covers "
            "organised immigration crime in detail, and the force is not writing a separate collection plan. I think that "
            "is sensible, though I have asked for the arrangements for sharing information with the Home Office to be set "
            "out more clearly than they are now.",
        ),
        *sign("Patrick Lowther", "Kent Police and Crime Commissioner"),
        ("footer", "Kent Police and Crime Commissioner · Published correspondence"),
    ],
)

add(
    "tuneset8-07",
    "flattened",
    "pdf",
    "Gwent Police",
    "Gwent Police and Crime Commissioner",
    ("Aled Pritchard", "Police and Crime Commissioner for Gwent"),
    "2025-05-30",
    [
        item("2", None, "not_started"),
        item("4", None, "implemented"),
        item("8", None, "in_progress"),
        item("9", None, "not_stated"),
    ],
    [
        *head(
            [
                "Heddlu Gwent Police",
                "Office of the Police and Crime Commissioner for Gwent",
                "Police Headquarters, Turnpike Road, Croesyceiliog, Cwmbran, NP44 2FW",
            ],
            "30 May 2025",
            "Dear Sir Andy,",
        ),
        (
            "p",
            f"I welcome {OIC_TITLE} and the attention it brings to a crime that is too easily missed by forces a long way "
            "from the Channel.",
        ),
        (
            "p",
            "Gwent has a short coastline but a long stretch of the M4, and the force's experience is that organised "
            "immigration crime is more often found at the roadside, in car washes and in nail bars than at the water's "
            "edge. On recording intelligence after a call to the Command and Control Unit, no change has yet been made: "
            "the force is waiting for the Home Office to decide whether the new digital referral will carry the "
            "intelligence document with it, and does not want to train its officers twice. The collection plan is another "
            "matter. Gwent refreshed its plan in April and shares what it yields each month through Tarian, the regional "
            "organised crime unit for southern Wales. The Hydra programme is now being rolled out, and the first two "
            "cohorts of investigators have been through it.",
        ),
        (
            "p",
            "I will ask for figures on the e-learning at my next Strategy and Performance Board and publish them with the "
            "minutes.",
        ),
        *sign("Aled Pritchard", "Police and Crime Commissioner for Gwent"),
        ("footer", "Office of the Police and Crime Commissioner for Gwent"),
    ],
)

# ------------------------------------------------------------------------------------------------
# two_in_one_paragraph (7): two findings answered together, at different stages

add(
    "tuneset8-08",
    "two_in_one_paragraph",
    "txt",
    "Cheshire Constabulary",
    "Cheshire Police and Crime Commissioner",
    ("Lorna Whitcombe", "Police and Crime Commissioner for Cheshire"),
    "2025-06-27",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "in_progress"),
        item("8", "accept", "planned"),
        item("9", "partially_agree", "not_started"),
    ],
    [
        *head(
            [
                "Office of the Police and Crime Commissioner for Cheshire",
                "Clemonds Hey, Oakmere Road, Winsford, CW7 2UA",
            ],
            "27 June 2025",
            title=f"{OIC_TITLE} (HMICFRS, May 2025): response of the Police and Crime Commissioner",
        ),
        ("heading", "Recommendations 2 and 4: intelligence"),
        (
            "p",
            "I accept both recommendations. The first has been met: since March, Cheshire's control room has refused to "
            "close any log involving a referral to the National Command and Control Unit until the intelligence document "
            "has been submitted. The second has not yet been met. An analyst has drafted the Constabulary's collection and "
            "sharing plan, which is out for comment with Merseyside and North Wales before it goes to the Chief Constable.",
        ),
        ("heading", "Recommendations 8 and 9: training"),
        (
            "p",
            "I accept the former without reservation and the latter only in part. Hydra has been booked for Cheshire's "
            "senior investigators and intelligence managers in March 2026. On the e-learning, no start has been made, and "
            "I share the Constabulary's doubt that all four modules need to be completed by every officer, rather than by "
            "those in roles where they will use them.",
        ),
        *sign("Lorna Whitcombe", "Police and Crime Commissioner for Cheshire"),
    ],
)

add(
    "tuneset8-09",
    "two_in_one_paragraph",
    "txt",
    "Durham Constabulary",
    "Durham Police and Crime Commissioner",
    ("Keith Armitage", "Police and Crime Commissioner for Durham"),
    "2025-07-15",
    [
        item("8", "agree", "implemented"),
        item("9", "agree", "in_progress"),
        item("2", "agree", "not_started"),
        item("4", "agree", ["planned", "not_started"]),
    ],
    [
        *head(
            ["Durham Police and Crime Commissioner", "Police Headquarters, Aykley Heads, Durham, DH1 5TT"],
            "Tuesday 15 July 2025",
            "Dear HM Chief Inspector,",
        ),
        ("p", f"Thank you for {OIC_TITLE}. I am sorry that this reply comes after the 56 days allowed."),
        (
            "p",
            "I agree with recommendations 8 and 9. Hydra has been part of the force's detective development programme since "
            "2024 and every officer on the force's list has completed it, whereas the e-learning is only now being rolled "
            "out to neighbourhood teams, of whom about a fifth have finished all four modules.",
        ),
        (
            "p",
            "I also agree with recommendations 2 and 4, but neither has been started. For referrals to the National Command "
            "and Control Unit the force has no timetable yet; the collection plan is to be written in the autumn, once the "
            "North East regional threat assessment has been published.",
        ),
        *sign("Keith Armitage", "Police and Crime Commissioner for Durham", close="Yours faithfully,"),
    ],
    late=True,
)

add(
    "tuneset8-10",
    "two_in_one_paragraph",
    "docx",
    "Surrey Police",
    "Surrey Police and Crime Commissioner",
    ("Harriet Lowe", "Surrey Police and Crime Commissioner"),
    "2025-06-18",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "support", "implemented", cc="accept"),
        item("8", "support", "planned", cc="accept"),
        item("9", "support", "not_started", cc="accept"),
    ],
    [
        *head(
            ["Office of the Police and Crime Commissioner for Surrey", "PO Box 412, Guildford, GU3 1YJ"],
            "18 June 2025",
            title=f"Response to HMICFRS: {OIC_TITLE}",
        ),
        (
            "p",
            f"The Chief Constable has accepted all four recommendations addressed to chief constables in {OIC_TITLE}, and I "
            "set out below my own view and the progress her force has made.",
        ),
        ("heading", "Intelligence (recommendations 2 and 4)"),
        (
            "p",
            "I support both. The referral documentation is in hand: officers now submit the intelligence document after "
            "nine out of ten referrals to the National Command and Control Unit, and the force is chasing the tenth. The "
            "collection plan, signed off in May, is already used by the Force Intelligence Bureau to task teams each week.",
        ),
        ("heading", "Training (recommendations 8 and 9)"),
        (
            "p",
            "I support these too, though they are at different stages. For the former, places on Hydra have been requested "
            "from the South East Regional Organised Crime Unit for the new year; for the latter, the force paused work in "
            "April when the College of Policing withdrew module three for revision, and it has not resumed.",
        ),
        *sign("Harriet Lowe", "Surrey Police and Crime Commissioner"),
    ],
)

add(
    "tuneset8-11",
    "two_in_one_paragraph",
    "docx",
    "Bedfordshire Police",
    "Bedfordshire Police and Crime Commissioner",
    ("Naveed Rahman", "Police and Crime Commissioner for Bedfordshire"),
    "2025-07-04",
    [
        item("2", "note", "implemented"),
        item("4", "note", "in_progress"),
        item("8", "agree", "planned"),
        item("9", "agree", "not_started"),
    ],
    [
        *head(
            ["Bedfordshire Police and Crime Commissioner", "Bridgebury House, Woburn Road, Kempston, MK43 9AX"],
            "4th July 2025",
            "Dear Sir Andy,",
            title=OIC_TITLE,
        ),
        (
            "p",
            "Thank you for the report. Luton Airport and the M1 give Bedfordshire more exposure to organised immigration "
            "crime than its size would suggest, and I was glad to see the inspectorate take the subject on.",
        ),
        (
            "p",
            "I note recommendations 2 and 4. The former is already met: Bedfordshire officers have been required since last "
            "year to complete the intelligence document whenever they refer a case to the National Command and Control "
            "Unit, and the force's audit finds no exceptions. The latter the force has begun, jointly with Cambridgeshire and "
            "Hertfordshire through our shared intelligence arrangements, and a first version of the three-force plan is "
            "being tested this summer.",
        ),
        (
            "p",
            "I agree with both training recommendations, but neither has been acted on yet. Hydra will begin for "
            "Bedfordshire staff in February 2026, when the regional centre reopens after refurbishment; on the e-learning, "
            "the force has taken no decision at all.",
        ),
        *sign("Naveed Rahman", "Police and Crime Commissioner for Bedfordshire"),
    ],
)

add(
    "tuneset8-12",
    "two_in_one_paragraph",
    "html",
    "Northumbria Police",
    "Northumbria Police and Crime Commissioner",
    ("Ruth Callender", "Northumbria Police and Crime Commissioner"),
    "2025-06-09",
    [
        item("2", "agree", "implemented", cc="accept"),
        item("8", "support", "in_progress", cc="accept"),
        item("4", "accept", "planned"),
        item("9", "accept", "implemented"),
    ],
    [
        *head(
            [
                "Office of the Northumbria Police and Crime Commissioner",
                "2nd Floor, Victory House, Balliol Business Park, Newcastle upon Tyne, NE12 8EW",
            ],
            "9 June 2025",
            title=f"Response to {OIC_TITLE}",
        ),
        ("heading", "Recommendations 2 and 8: the front line"),
        (
            "p",
            "The Chief Constable accepts both. I agree with the first and support the second. The intelligence document is "
            "now a mandatory field on the force's command and control system whenever a referral to the National Command "
            "and Control Unit is recorded, and the incident cannot be closed without it. Hydra is part-way through: three "
            "of the six sessions planned for this year have been held, at the Port of Tyne and at Middle Engine Lane.",
        ),
        ("heading", "Recommendations 4 and 9: planning and learning"),
        (
            "p",
            "I accept both. The former the force will take forward once its new head of intelligence takes up post in "
            "September; the latter is complete, every officer on the force's list having finished all four modules by the "
            "end of April.",
        ),
        *sign("Ruth Callender", "Northumbria Police and Crime Commissioner", close="Best wishes,"),
    ],
)

add(
    "tuneset8-13",
    "two_in_one_paragraph",
    "html",
    "Avon and Somerset Police",
    "Avon and Somerset Police and Crime Commissioner",
    ("Clare Moyle", "Avon and Somerset Police and Crime Commissioner"),
    "2025-07-10",
    [
        force_says("2", "accept", "implemented"),
        force_says("4", "accept", "in_progress"),
        item("8", "agree", "planned"),
        item("9", "agree", "not_stated"),
    ],
    [
        *head(
            ["Avon and Somerset Police and Crime Commissioner", "Valley Road, Portishead, BS20 8JJ"],
            "10 July 2025",
            title=f"PCC response: {OIC_TITLE}",
        ),
        (
            "p",
            "The Chief Constable's response to this report has been sent to you separately, and I write to add my own "
            "comments to it.",
        ),
        (
            "p",
            "On recommendations 2 and 4 I have nothing to add to the Chief Constable's response, which accepts both. The "
            "former has been complete since January, when the force added the intelligence document to its referral "
            "checklist; the latter is being drafted by the force's intelligence directorate and should be ready for "
            "sign-off in October.",
        ),
        (
            "p",
            "Recommendations 8 and 9 have my agreement. Hydra was last run for officers at Avonmouth and Bristol Airport in "
            "2022 and will be repeated in the new year, with places for forty staff. On the e-learning I have not yet had "
            "an update, and I will raise it with the Chief Constable at our next accountability meeting.",
        ),
        *sign("Clare Moyle", "Avon and Somerset Police and Crime Commissioner"),
    ],
)

add(
    "tuneset8-14",
    "two_in_one_paragraph",
    "pdf",
    "Nottinghamshire Police",
    "Nottinghamshire Police and Crime Commissioner",
    ("Gareth Selby", "Police and Crime Commissioner for Nottinghamshire"),
    "2025-08-05",
    [
        item("2", "accept", "implemented"),
        item("4", "accept", "not_started"),
        item("8", "support", "planned"),
        item("9", "support", "in_progress"),
    ],
    [
        *head(
            [
                "Nottinghamshire Office of the Police and Crime Commissioner",
                "Arnot Hill House, Arnot Hill Park, Arnold, Nottingham, NG5 6LU",
            ],
            "5 August 2025",
            title=OIC_TITLE,
        ),
        (
            "p",
            "I accept both of the intelligence recommendations, numbers 2 and 4. One is done and one is not: the "
            "intelligence document now follows every referral from Nottinghamshire to the National Command and Control "
            "Unit, but the force still has no plan for collecting, analysing and sharing information on organised "
            "immigration crime, and work on one has not begun.",
        ),
        (
            "p",
            "Recommendations 8 and 9 have my support. Rollout of the e-learning is under way, and half of the relevant "
            "officers have completed all four modules; Hydra is pencilled in for spring 2026, subject to the East Midlands "
            "Special Operations Unit finding the funding.",
        ),
        ("p", "I regret that this response is later than the inspectorate asked."),
        *sign("Gareth Selby", "Police and Crime Commissioner for Nottinghamshire"),
        ("footer", "Nottinghamshire Office of the Police and Crime Commissioner"),
    ],
    late=True,
)

# ------------------------------------------------------------------------------------------------
# table (7): a force column and a commissioner's column, often a status or RAG column


def table_letter(
    letterhead: list[str],
    date: str | None,
    intro: str,
    rows: list[list[str]],
    outro: str,
    who: tuple[str, str],
    title: str | None = None,
    footer: str = "",
    salutation: str = "Dear Sir Andy,",
) -> Blocks:
    blocks: Blocks = [
        *head(letterhead, date, salutation, title or f"Response to HMICFRS report: {OIC_TITLE}"),
        ("p", intro),
        ("table", rows),
    ]
    if outro:
        blocks.append(("p", outro))
    blocks += sign(*who)
    if footer:
        blocks.append(("footer", footer))
    return blocks


add(
    "tuneset8-15",
    "table",
    "docx",
    "Staffordshire Police",
    "Staffordshire Police, Fire and Crime Commissioner",
    ("Ben Aldridge", "Staffordshire Commissioner for Police, Fire and Rescue and Crime"),
    "2025-07-02",
    [
        item("2", "support", "implemented", cc="accept"),
        item("4", "support", "in_progress", cc="accept"),
        item("8", "agree", "planned", cc="accept"),
        item("9", ["note", "partially_agree"], "not_started", cc="partially_agree"),
    ],
    table_letter(
        ["Staffordshire Commissioner's Office", "Police, Fire and Rescue and Crime", "Weston Road, Stafford, ST18 0YY"],
        "2 July 2025",
        f"Please find below my response to {OIC_TITLE}. The table gives Staffordshire Police's response to each "
        "recommendation addressed to chief constables, the force's own RAG rating, and my view as Commissioner.",
        [
            ["Rec.", "Summary of recommendation", "Staffordshire Police response", "RAG", "Commissioner's view"],
            [
                "2",
                "Intelligence document submitted after every NCCU referral",
                "Accepted. Submitting the intelligence report is now a mandatory step before an NCCU referral log can be closed, and the Force Intelligence Bureau checks compliance weekly.",
                "Green",
                "Supported. I saw the compliance figures at the June performance board.",
            ],
            [
                "4",
                "Plans to collect, analyse and share OIC information",
                "Accepted. Collection plan drafted; consultation with Border Force and Immigration Enforcement under way.",
                "Amber",
                "Supported.",
            ],
            [
                "8",
                "Hydra training",
                "Accepted. A Hydra exercise will be commissioned from the regional organised crime unit for early 2026.",
                "Amber",
                "Agree. I will want to see how many officers have been trained.",
            ],
            [
                "9",
                "Four e-learning modules",
                "Partially accepted. Not started. Modules 1 and 2 will be required of all frontline officers, modules 3 and 4 of specialist staff only.",
                "Red",
                "Noted. I accept the force's view that requiring all four modules of everyone would not be proportionate.",
            ],
        ],
        "I will continue to monitor progress through my Strategic Governance Board.",
        ("Ben Aldridge", "Staffordshire Commissioner for Police, Fire and Rescue and Crime"),
    ),
)

add(
    "tuneset8-16",
    "table",
    "docx",
    "Wiltshire Police",
    "Wiltshire Police and Crime Commissioner",
    ("Philippa Garland", "Police and Crime Commissioner for Wiltshire and Swindon"),
    "2025-06-30",
    [
        item("2", "disagree", "not_started", cc="disagree"),
        item("4", "agree", "implemented", cc="accept"),
        item("8", "agree", "in_progress", cc="accept"),
        item("9", "note", "planned", cc="accept"),
    ],
    table_letter(
        ["Office of the Police and Crime Commissioner for Wiltshire and Swindon", "London Road, Devizes, SN10 2DN"],
        "30 June 2025",
        f"I have set out below Wiltshire Police's position on the four recommendations to chief constables in {OIC_TITLE}, "
        "with my own comment on each in the first column.",
        [
            ["PCC comment", "Recommendation", "Force position", "Status"],
            [
                "I support the force's position.",
                "2. Intelligence document after referral to the NCCU",
                "Not accepted. All NCCU referrals in Wiltshire are made through the Force Control Room, whose staff submit the intelligence centrally; the force does not intend to require individual officers to submit it as well.",
                "No action planned",
            ],
            [
                "Agreed. I have seen the plan and am satisfied with it.",
                "4. Collection, analysis and sharing plans",
                "Accepted. Plan in place since March and reviewed monthly at tactical tasking.",
                "Complete",
            ],
            [
                "Agreed, though I would like the force to go beyond the minimum.",
                "8. Hydra",
                "Accepted. 64% of identified staff have completed Hydra.",
                "In progress",
            ],
            [
                "Noted.",
                "9. E-learning (four modules)",
                "Accepted. The e-learning will be launched on the force's learning platform in October 2025.",
                "Planned",
            ],
        ],
        "I would be happy to discuss any of this with your team.",
        ("Philippa Garland", "Police and Crime Commissioner for Wiltshire and Swindon"),
    ),
)

add(
    "tuneset8-17",
    "table",
    "html",
    "Essex Police",
    "Essex Police, Fire and Crime Commissioner",
    ("Martin Aylward", "Police, Fire and Crime Commissioner for Essex"),
    "2025-06-20",
    [
        item("2", "support", "in_progress", cc="accept"),
        item("4", "support", "not_stated", cc="accept"),
        item("8", "support", "implemented", cc="accept"),
        item("9", "agree", "not_started", cc="accept"),
    ],
    table_letter(
        ["Police, Fire and Crime Commissioner for Essex", "Kelvedon Park, London Road, Rivenhall, Witham, CM8 3HB"],
        "20 June 2025",
        f"Below is the joint response of Essex Police and my office to the recommendations addressed to chief constables "
        f"in {OIC_TITLE}.",
        [
            ["Ref", "What HMICFRS asked for", "Chief Constable's response", "Commissioner's response"],
            [
                "2",
                "Reporting officers to complete and submit the intelligence document after every NCCU referral (by 30 April 2026)",
                "Accepted. A new instruction was issued in May. Early checks show the document is completed in roughly two thirds of referrals; the force expects that to rise as the instruction beds in.",
                "Supported.",
            ],
            [
                "4",
                "Clear plans to collect, analyse and share OIC information (by 31 December 2025)",
                "Accepted.",
                "Supported. I have asked for an update on this to come to my Performance and Resources Scrutiny Board in the autumn.",
            ],
            ["8", "Relevant personnel to complete Hydra (by 30 April 2026)", "Accepted. Complete.", "Supported."],
            [
                "9",
                "Relevant personnel to complete the four e-learning modules (by 30 April 2026)",
                "Accepted. Rollout postponed until the College of Policing releases the updated fourth module.",
                "I share the inspectorate's concern and agree this must be done.",
            ],
        ],
        "",
        ("Martin Aylward", "Police, Fire and Crime Commissioner for Essex"),
        footer="Essex Police, Fire and Crime Commissioner",
    ),
)

add(
    "tuneset8-18",
    "table",
    "html",
    "Leicestershire Police",
    "Leicestershire Police and Crime Commissioner",
    ("Sunil Mistry", "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"),
    "2025-07-24",
    [
        item("2", "accept", "implemented"),
        item("4", "partially_agree", "in_progress"),
        item("8", "accept", "not_started"),
        item("9", "accept", "planned"),
    ],
    table_letter(
        [
            "Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland",
            "Force Headquarters, St Johns, Enderby, LE19 2BX",
        ],
        "24 July 2025",
        f"I apologise for the delay in publishing this response to {OIC_TITLE}. The table shows my position on each "
        "recommendation to chief constables and the progress Leicestershire Police has reported to me.",
        [
            ["Commissioner's position", "Recommendation", "Progress reported by the force", "RAG"],
            [
                "Accept",
                "Recommendation 2 – intelligence document after NCCU referral",
                "The intelligence unit reviews every NCCU referral on the next working day and chases the reporting officer if nothing has been submitted. Since 1 June the document has been submitted in every case.",
                "G",
            ],
            [
                "Accept in principle; resourcing still to be agreed with the Chief Constable",
                "Recommendation 4 – collection, analysis and sharing plan",
                "Scoping work began in July.",
                "A",
            ],
            [
                "Accept",
                "Recommendation 8 – Hydra",
                "Awaiting the national unit's delivery schedule. No officers trained to date.",
                "R",
            ],
            [
                "Accept",
                "Recommendation 9 – e-learning",
                "The four modules will be added to the 2025/26 mandatory training matrix from 1 October.",
                "A",
            ],
        ],
        "I will report on progress to the Police and Crime Panel in November.",
        ("Sunil Mistry", "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"),
    ),
    late=True,
)

add(
    "tuneset8-19",
    "table",
    "pdf",
    "Sussex Police",
    "Sussex Police and Crime Commissioner",
    ("Alison Tregear", "Sussex Police and Crime Commissioner"),
    "2025-06-16",
    [
        force_says("2", "agree", "implemented"),
        item("4", "agree", "in_progress", cc="agree"),
        item("8", "support", "planned", cc="partially_agree"),
        item("9", "agree", "in_progress", cc="agree"),
    ],
    table_letter(
        ["Office of the Sussex Police and Crime Commissioner", "Sackville House, Brooks Close, Lewes, BN7 2FZ"],
        "16 June 2025",
        f"Thank you for your report, {OIC_TITLE}. The table below gives Sussex Police's update on each recommendation "
        "addressed to chief constables, and my response as Police and Crime Commissioner. Where I take a different view "
        "from the force, I say so.",
        [
            ["No.", "Sussex Police update", "Status", "PCC response"],
            [
                "2",
                "The force agrees. A new NCCU referral template went live on 2 June which prompts the officer to submit the intelligence before the referral is sent.",
                "Complete",
                "I welcome the new template, but I am not yet persuaded that every officer knows about it, and I will test this at my Performance and Accountability Meeting.",
            ],
            [
                "4",
                "Agreed. A collection plan is being developed with the port intelligence teams at Newhaven and Shoreham and with the Gatwick Airport policing team.",
                "In progress",
                "Agreed.",
            ],
            [
                "8",
                "Partially agreed. Hydra will be given to senior investigating officers only, beginning in January 2026.",
                "Planned",
                "I support the recommendation in full and have asked the Chief Constable to reconsider limiting it to senior investigators.",
            ],
            [
                "9",
                "Agreed. 71% of identified staff had completed all four modules at 31 May.",
                "In progress",
                "Agreed.",
            ],
        ],
        "",
        ("Alison Tregear", "Sussex Police and Crime Commissioner"),
        footer="Sussex Police and Crime Commissioner | sussex-pcc.gov.uk",
    ),
)

add(
    "tuneset8-20",
    "table",
    "pdf",
    "Cambridgeshire Constabulary",
    "Cambridgeshire Police and Crime Commissioner",
    ("Fiona Kettering", "Cambridgeshire and Peterborough Police and Crime Commissioner"),
    "2025-06-03",
    [
        item("2", "agree", "implemented", cc="accept"),
        item("4", "agree", ["planned", "not_started"], cc="accept"),
        item("8", "note", "not_stated", cc="accept"),
        item("9", "agree", "not_started", cc="disagree"),
    ],
    table_letter(
        [
            "Cambridgeshire and Peterborough Police and Crime Commissioner",
            "2nd Floor, Witan House, Pathfinder Way, Huntingdon, PE29 6XQ",
        ],
        "3 June 2025",
        f"As required under section 55 of the Police Act 1996, I set out below my comments on {OIC_TITLE}, beside the "
        "response of Cambridgeshire Constabulary to each of the recommendations made to chief constables.",
        [
            ["Finding", "Force response", "Commissioner's scrutiny comment", "Status"],
            [
                "Recommendation 2",
                "Accepted – already business as usual for Cambridgeshire officers.",
                "Agreed.",
                "Implemented",
            ],
            [
                "Recommendation 4",
                "Accepted. To be built into the 2026 control strategy, which is written each January.",
                "Agreed; I would have liked an earlier date.",
                "Not yet started",
            ],
            ["Recommendation 8", "Accepted.", "Noted.", "Update to follow at the September scrutiny board"],
            [
                "Recommendation 9",
                "Not accepted. The force considers its existing modern slavery training sufficient and will not roll out the four modules.",
                "I do not share the force's view. I agree with the inspectorate and have asked the Chief Constable to revisit this.",
                "Not being progressed",
            ],
        ],
        "My office will follow these up at the Business Co-ordination Board.",
        ("Fiona Kettering", "Cambridgeshire and Peterborough Police and Crime Commissioner"),
    ),
)

add(
    "tuneset8-21",
    "table",
    "pdf",
    "North Wales Police",
    "North Wales Police and Crime Commissioner",
    ("Dafydd Lloyd-Owen", "Police and Crime Commissioner for North Wales"),
    "2025-07-09",
    [
        item("2", "support", ["in_progress", "implemented"], cc="accept"),
        item("4", "support", "implemented", cc="accept"),
        item("8", "partially_agree", "not_started", cc="accept"),
        item("9", "support", ["not_started", "planned"], cc="accept"),
    ],
    table_letter(
        [
            "Swyddfa Comisiynydd Heddlu a Throseddu Gogledd Cymru",
            "Office of the Police and Crime Commissioner for North Wales",
            "Glan y Don, Colwyn Bay, LL29 8AW",
        ],
        "9 July 2025",
        f"My response to {OIC_TITLE} is set out in the table below, alongside the Chief Constable's. The final column "
        "summarises progress as the force reported it to me at the end of June.",
        [
            ["Commissioner", "HMICFRS recommendation", "Chief Constable", "Progress"],
            [
                "Support",
                "2: intelligence document after every NCCU referral",
                "Accept",
                "Holyhead port unit: submitted after every referral since April. Rest of force: a dip sample is planned for the third quarter.",
            ],
            [
                "Support – this is overdue",
                "4: plans to collect, analyse and share information",
                "Accept",
                "Plan agreed by the Chief Officer Team on 14 May 2025 and now in use.",
            ],
            [
                "Support in principle, provided the training can be delivered in Welsh",
                "8: Hydra",
                "Accept",
                "Talks with the regional organised crime unit about a Welsh-language Hydra event; no date set.",
            ],
            [
                "Support",
                "9: four e-learning modules",
                "Accept",
                "Bilingual versions of the modules are awaited from the College of Policing.",
            ],
        ],
        "",
        ("Dafydd Lloyd-Owen", "Police and Crime Commissioner for North Wales"),
        title=f"{OIC_TITLE}: PCC and Chief Constable response",
        salutation="Dear HM Chief Inspector,",
    ),
)

# ------------------------------------------------------------------------------------------------
# mixed_stances (6): a different stance per finding, sometimes given after the status

add(
    "tuneset8-22",
    "mixed_stances",
    "txt",
    "Devon and Cornwall Police",
    "Devon and Cornwall Police and Crime Commissioner",
    ("Tamsin Polglase", "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
    "2025-06-26",
    [
        item("2", "agree", "implemented"),
        item("4", "partially_agree", "in_progress"),
        item("8", "note", "not_started"),
        item("9", "disagree", "in_progress"),
    ],
    [
        *head(
            [
                "Office of the Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly",
                "Andy Hocking House, Alderson Drive, Exeter, EX2 7RP",
            ],
            "26 June 2025",
            title=f"{OIC_TITLE}: response of the Police and Crime Commissioner",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "Devon and Cornwall Police has completed the intelligence document for every referral to the National Command and "
            "Control Unit since January, and the force intelligence bureau checks each one. I agree with this recommendation.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "Work on a collection plan is at an early stage: an analyst was assigned to it in June and has begun mapping what "
            "the force already collects at Plymouth, Falmouth and the smaller harbours. I accept the recommendation in part. "
            "The peninsula's ports are many and small, and I believe a plan drawn up across the south west region would "
            "serve them better than one drawn up by the force alone.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "No Hydra training has been arranged. I note the recommendation, but I question whether a full Hydra exercise is "
            "the best use of investigators' time in a force where organised immigration crime cases are few.",
        ),
        ("heading", "Recommendation 9"),
        (
            "p",
            "I do not agree that all four modules should be mandatory for every officer in a relevant role, and I have told "
            "the Chief Constable so. The force has nevertheless placed the modules on its learning platform, and 40 per cent "
            "of the staff it has identified have completed them.",
        ),
        *sign("Tamsin Polglase", "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
    ],
)

add(
    "tuneset8-23",
    "mixed_stances",
    "txt",
    "Warwickshire Police",
    "Warwickshire Police and Crime Commissioner",
    ("Colin Hartopp", "Warwickshire Police and Crime Commissioner"),
    "2025-07-31",
    [
        force_says("2", "accept", "planned"),
        force_says("4", "accept", "implemented"),
        item("9", "disagree", "not_started", cc="disagree"),
    ],
    [
        *head(["Warwickshire Police and Crime Commissioner", "3 Northgate Street, Warwick, CV34 4SP"], "31 July 2025"),
        ("p", f"I am writing, later than I had intended, in response to {OIC_TITLE}."),
        (
            "p",
            "Recommendations 2 and 4 concern operational matters on which I defer to the Chief Constable, who has accepted "
            "them both. She tells me that the referral procedure will be amended to require the intelligence document at the "
            "next policy review in November, and that the force's collection plan is complete and was shared with the "
            "regional organised crime unit in June.",
        ),
        (
            "p",
            "The Chief Constable has not accepted recommendation 9. The force already delivers its own package on "
            "exploitation and immigration crime to every response officer, and she does not intend to roll out the four "
            "national modules in addition. I have questioned her on this and I am content with her decision.",
        ),
        *sign("Colin Hartopp", "Warwickshire Police and Crime Commissioner", close="Yours sincerely"),
    ],
    late=True,
    unanswered=["8"],
)

add(
    "tuneset8-24",
    "mixed_stances",
    "docx",
    "Greater Manchester Police",
    "Mayor of Greater Manchester (Greater Manchester Combined Authority)",
    ("Kate Greenhalgh", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"),
    "2025-06-11",
    [
        item("2", "accept", "implemented"),
        item("4", "partially_agree", "not_stated"),
        item("8", "note", "in_progress"),
        item("9", "support", "planned"),
    ],
    [
        *head(
            [
                "Greater Manchester Combined Authority",
                "Office of the Deputy Mayor for Policing, Crime, Criminal Justice and Fire",
                "Tootal Buildings, 56 Oxford Street, Manchester, M1 6EU",
            ],
            "11 June 2025",
            title=f"Greater Manchester response: {OIC_TITLE}",
        ),
        (
            "p",
            "This response is made on behalf of the Mayor of Greater Manchester, who holds the functions of police and crime "
            "commissioner, and sets out the Deputy Mayor's position on each recommendation made to chief constables.",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "The Deputy Mayor accepts this recommendation. GMP reports it as complete: the intelligence document is submitted "
            "on every referral to the National Command and Control Unit, including those made at Manchester Airport.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "The Deputy Mayor accepts this recommendation in part, because much of the work it describes is better done "
            "across the North West region than by one force. She has asked GMP to report on its approach to the Police, Fire "
            "and Crime Panel in the autumn.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "Noted by the Deputy Mayor. GMP has trained 120 officers through Hydra and intends to train a further 80 by April 2026.",
        ),
        ("heading", "Recommendation 9"),
        (
            "p",
            "The Deputy Mayor supports this recommendation. The e-learning will be added to the induction programme for new "
            "detectives from September 2025.",
        ),
        *sign("Kate Greenhalgh", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"),
    ],
)

add(
    "tuneset8-25",
    "mixed_stances",
    "html",
    "Metropolitan Police Service",
    "Mayor's Office for Policing And Crime (MOPAC)",
    ("Rachel Adeyemi", "Deputy Mayor for Policing and Crime"),
    "2025-07-07",
    [
        item("2", "agree", "in_progress"),
        item("4", "disagree", "not_stated", cc="disagree"),
        item("8", "note", "planned"),
        item("9", "partially_agree", "not_started"),
    ],
    [
        *head(
            ["Mayor's Office for Policing And Crime", "City Hall, Kamal Chunchie Way, London, E16 1ZE"],
            "7 July 2025",
            title=f"MOPAC response to HMICFRS: {OIC_TITLE}",
        ),
        (
            "p",
            "The Mayor's Office for Policing And Crime (MOPAC) welcomes the report. Below we set out MOPAC's position on each "
            "recommendation made to chief constables, together with the Metropolitan Police Service's progress.",
        ),
        ("heading", "Recommendation 2 – intelligence following NCCU referrals"),
        (
            "p",
            "MOPAC agrees with this recommendation. The Met has introduced a check in the Met Intelligence Bureau, and around "
            "70 per cent of referrals are now followed by an intelligence submission, up from 35 per cent last year.",
        ),
        ("heading", "Recommendation 4 – collection, analysis and sharing"),
        (
            "p",
            "The Met does not accept this recommendation as it applies to London, for reasons it has set out to HMICFRS "
            "directly. MOPAC has discussed this with the Commissioner and accepts the Met's position.",
        ),
        ("heading", "Recommendation 8 – Hydra"),
        (
            "p",
            "MOPAC notes this recommendation. Hydra training for the Met's organised immigration crime teams will start in January 2026 at the Hendon suite.",
        ),
        ("heading", "Recommendation 9 – e-learning"),
        (
            "p",
            "MOPAC supports this recommendation in principle, although we question the value of all four modules for officers "
            "with no immigration-related role. The Met has not begun delivery.",
        ),
        *sign("Rachel Adeyemi", "Deputy Mayor for Policing and Crime", close="Yours,"),
    ],
)

add(
    "tuneset8-26",
    "mixed_stances",
    "pdf",
    "Suffolk Constabulary",
    "Suffolk Police and Crime Commissioner",
    ("Edward Blythe", "Police and Crime Commissioner for Suffolk"),
    "2025-06-06",
    [
        item("2", "accept", "implemented"),
        item("4", "agree", "in_progress"),
        item("8", "partially_agree", "not_started"),
        item("9", "support", "planned"),
    ],
    [
        *head(
            ["Suffolk Police and Crime Commissioner", "Police Headquarters, Martlesham Heath, Ipswich, IP5 3QS"],
            "6 June 2025",
            title=f"{OIC_TITLE} – PCC response",
        ),
        ("heading", "Recommendation 2"),
        (
            "p",
            "Implemented. Since March, officers at Felixstowe and across the county have submitted the intelligence document "
            "with every referral to the National Command and Control Unit. I accept this recommendation.",
        ),
        ("heading", "Recommendation 4"),
        (
            "p",
            "Suffolk's intelligence team has begun writing a collection plan, and a first draft is due in September. I agree "
            "with the recommendation.",
        ),
        ("heading", "Recommendation 8"),
        (
            "p",
            "The Constabulary has not started on Hydra. I do not accept that Hydra should be required of every member of staff "
            "in a relevant role, though I would support it for senior detectives and port officers.",
        ),
        ("heading", "Recommendation 9"),
        (
            "p",
            "The modules will be added to the Constabulary's learning platform on 1 August. I support the recommendation.",
        ),
        *sign("Edward Blythe", "Police and Crime Commissioner for Suffolk"),
        ("footer", "Suffolk Police and Crime Commissioner"),
    ],
)

add(
    "tuneset8-27",
    "mixed_stances",
    "pdf",
    "City of London Police",
    "City of London Corporation (Police Authority Board)",
    ("Alastair Pennock", "Chair, Police Authority Board"),
    "2025-07-03",
    [
        item("2", "note", "implemented"),
        item("4", "agree", "not_stated"),
        force_says("8", "accept", "planned"),
        force_says("9", "disagree", "not_started"),
    ],
    [
        *head(
            ["City of London Corporation", "Police Authority Board", "Guildhall, London, EC2P 2EJ"],
            "3 July 2025",
            title=f"{OIC_TITLE}: response of the City of London Police Authority Board",
        ),
        (
            "p",
            "The Police Authority Board, which oversees the City of London Police on behalf of the City of London "
            "Corporation, has considered the report and the Force's response to it.",
        ),
        (
            "p",
            "Recommendation 2. The Board notes the recommendation. The Force reports that referrals to the National Command and "
            "Control Unit are rare in the City, fewer than ten a year, and that each is now reviewed by a detective sergeant "
            "who submits the intelligence document personally.",
        ),
        (
            "p",
            "Recommendation 4. The Board agrees with this recommendation, and regards it as something the Force should work "
            "through with its partners as National Lead Force for fraud, given how much organised immigration crime is "
            "financed through the kind of money laundering the City sees.",
        ),
        (
            "p",
            "Recommendations 8 and 9. The Board defers to the Commissioner of Police on training, which is an operational "
            "matter. The Commissioner has accepted recommendation 8 and has requested Hydra places for 2026. He has not "
            "accepted recommendation 9: the Force's officers follow the National Lead Force's economic crime curriculum, and "
            "the e-learning will not be adopted.",
        ),
        *sign("Alastair Pennock", "Chair, Police Authority Board", close="Yours faithfully,"),
    ],
)

# ------------------------------------------------------------------------------------------------
# regional_afi (3): the Yorkshire and Humber report's areas for improvement

HUMBERSIDE_HEAD = [
    "Office of the Police and Crime Commissioner for Humberside",
    "Wilberforce Court, Alfred Gelder Street, Hull, HU1 1UY",
]

add(
    "tuneset8-28",
    "regional_afi",
    "txt",
    "Humberside Police",
    "Humberside Police and Crime Commissioner",
    ("Graham Dunwell", "Police and Crime Commissioner for Humberside"),
    "2026-01-20",
    [
        item("1", "accept", "in_progress"),
        item("2", "support", ["not_stated", "in_progress"]),
    ],
    [
        *head(
            HUMBERSIDE_HEAD,
            "20 January 2026",
            "Dear HM Inspector,",
            title=f"{SOC_TITLE} – response from the Humberside Police and Crime Commissioner",
        ),
        (
            "p",
            "Thank you for the joint inspection report. I have considered it with the Chief Constable, and I respond to the "
            "two areas for improvement in turn.",
        ),
        ("heading", "Area for improvement 1 – working together"),
        (
            "p",
            "I accept this area for improvement. Humberside Police and the Regional Organised Crime Unit have set up a joint "
            "tasking meeting, which has met twice since the report was published, and a shared set of 4P plans for the "
            "force's priority organised crime groups is being written, with half of them now agreed.",
        ),
        ("heading", "Area for improvement 2 – technical surveillance equipment"),
        (
            "p",
            "I support this too. How technical equipment is bought and allocated is being reviewed by the ROCU's technical "
            "support unit on behalf of all four forces, and I expect to see its findings in the spring.",
        ),
        *sign("Graham Dunwell", "Police and Crime Commissioner for Humberside"),
    ],
    report=SOC,
)

add(
    "tuneset8-29",
    "regional_afi",
    "docx",
    "North Yorkshire Police",
    "Mayor of York and North Yorkshire",
    ("Helen Stainthorpe", "Deputy Mayor for Policing, Fire and Crime"),
    "2026-01-08",
    [
        item("1", "note", "implemented"),
        force_says("2", "agree", "not_started"),
    ],
    [
        *head(
            [
                "York and North Yorkshire Combined Authority",
                "Office of the Deputy Mayor for Policing, Fire and Crime",
                "West Park Centre, Harrogate, HG1 1BJ",
            ],
            "8 January 2026",
            "Dear HM Inspector,",
        ),
        ("p", f"I write on behalf of the Mayor in response to {SOC_TITLE}."),
        (
            "p",
            "We note the first area for improvement, on how the Regional Organised Crime Unit and the four forces work "
            "together. North Yorkshire Police revised its 4P plans jointly with the ROCU during the autumn, the last of them "
            "being signed off in November, and the force and the unit now hold a joint tasking meeting every month.",
        ),
        (
            "p",
            "North Yorkshire Police agrees with the second area for improvement, on technical surveillance equipment, but has "
            "not yet started work on it, because the regional equipment strategy on which it depends has not been written.",
        ),
        *sign("Helen Stainthorpe", "Deputy Mayor for Policing, Fire and Crime", close="Yours sincerely,"),
    ],
    report=SOC,
)

add(
    "tuneset8-30",
    "regional_afi",
    "html",
    "Humberside Police",
    "Humberside Police and Crime Commissioner",
    ("Graham Dunwell", "Police and Crime Commissioner for Humberside"),
    None,
    [
        item("1", "agree", "planned", cc="accept"),
        item("2", "agree", "implemented", cc="accept"),
    ],
    [
        ("letterhead", HUMBERSIDE_HEAD),
        ("title", f"Commissioner's response: {SOC_TITLE}"),
        (
            "p",
            "The Chief Constable has accepted both areas for improvement in the report, and the Commissioner agrees with them.",
        ),
        ("heading", "Working together (area for improvement 1)"),
        (
            "p",
            "The partnership agreement between the four forces and the Regional Organised Crime Unit is due to be refreshed in "
            "April 2026, and the new version will set out how jointly owned 4P plans are agreed and reviewed. Work on the "
            "refresh will start in February.",
        ),
        ("heading", "Technical surveillance equipment (area for improvement 2)"),
        (
            "p",
            "The region now buys technical surveillance equipment through a single pooled budget held by the ROCU, and "
            "Humberside has drawn on it since September. The Commissioner regards this area for improvement as met.",
        ),
        ("sign", ["Graham Dunwell", "Police and Crime Commissioner for Humberside"]),
        ("footer", "Humberside Police and Crime Commissioner · Scrutiny and accountability"),
    ],
    report=SOC,
)


def main() -> None:
    about = (
        "A tuning set of 30 letters written by hand (names invented; forces and bodies are real names used as "
        "senders of synthetic letters, none the seeds'), for tuning: flattened prose with no headings, two findings "
        "in one paragraph, response tables with force and commissioner columns, mixed stances, and regional areas for "
        "improvement. Same schema as tests/ingest/sealed/truth.json; split 'tuneset8'. Late: an oic-2025 letter dated "
        "after 10 July 2025 (56 days counted from publication on 16 May 2025 as day 1); soc-yh-2025 letters are never "
        "late, its publication date being unknown."
    )
    corpus.write_set(HERE, about, ((blocks, truth) for truth, blocks in LETTERS))


if __name__ == "__main__":
    main()
