"""Build the *fresh* sealed set: ``letters/`` and ``truth.json``, reproducibly.

    .venv/bin/python tests/ingest/fresh/build.py

Every letter here is written out whole, in wording of its own, NOT composed from the corpus's
``phrases.py``: it tests sentences the pipeline was never tuned on. Each letter's truth is written
beside it by hand (``TRUTH``), not derived from how it was built. Forces are none of the seeds'.
The set is scored by ``scripts/eval_ingest.py`` as its own group ("fresh"). It was measured out of
sample before and after one change, and has since been tuned on (on 30 November 2026): it is spent,
and ``tests/ingest/sealed3`` and ``sealed4`` now hold the figures on letters never tuned on.

Only the renderers (TXT, DOCX, HTML, PDF) are shared with the corpus builder.
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
REC = {
    "oic:2": corpus.FINDINGS["oic:2"],
    "oic:4": corpus.FINDINGS["oic:4"],
    "oic:8": corpus.FINDINGS["oic:8"],
    "oic:9": corpus.FINDINGS["oic:9"],
    "soc:1": corpus.FINDINGS["soc:1"],
    "soc:2": corpus.FINDINGS["soc:2"],
}
HMI = ["His Majesty's Chief Inspector of Constabulary", "HMICFRS", "Globe House", "89 Eccleston Square", "London"]

Blocks = list[tuple[str, Any]]


item = corpus.item


def _lancashire() -> Blocks:
    return [
        ("letterhead", ["Lancashire Police and Crime Commissioner", "County Hall, Preston"]),
        ("date", "9th July 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"HMICFRS inspection: {OIC_TITLE}"),
        (
            "para",
            "Under section 55 of the Police Act 1996 I am required to comment on your report. I have discussed it "
            "with the Chief Constable of Lancashire Constabulary, and my comments follow under short headings of "
            "my own.",
        ),
        ("heading", "Intelligence reports when officers contact the immigration command centre"),
        (
            "para",
            "I agree with what the inspectorate asks here. Since May, officers who ring Immigration Enforcement's "
            "command and control unit have had to lodge an intelligence report before the call is closed, and the "
            "control room audits this every week.",
        ),
        ("heading", "A plan for gathering and using immigration crime intelligence"),
        (
            "para",
            "I accept this. The force's analysts have started drafting a collection plan, which they expect to "
            "finish by November.",
        ),
        ("heading", "Hydra exercises"),
        (
            "para",
            "I support the inspectorate on this point. Hydra sessions for detectives are booked to start in "
            "January 2026.",
        ),
        ("heading", "Online learning modules"),
        ("para", "I accept this recommendation. Every relevant officer has now finished the four online modules."),
        ("para", "I will keep these matters under review at my quarterly accountability meetings."),
        ("sign", ["Yours faithfully,", "Priya Lal", "Police and Crime Commissioner for Lancashire"]),
        ("footer", "Lancashire Police and Crime Commissioner"),
    ]


def _norfolk() -> Blocks:
    return [
        ("letterhead", ["Office of the Police and Crime Commissioner for Norfolk", "Building 7, Wymondham"]),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Re: {OIC_TITLE}"),
        (
            "para",
            "Please find below my response to the inspection report, prepared after talking the findings through "
            "with Norfolk Constabulary's chief officer team.",
        ),
        ("heading", "Passing intelligence on after a referral to Immigration Enforcement"),
        (
            "para",
            "I fully support the inspectorate's view. The force has not yet changed its referral procedure, as it "
            "is waiting for the national template.",
        ),
        ("heading", "Gathering, analysing and sharing information about people smuggling"),
        (
            "para",
            "I agree. An intelligence requirement for organised immigration crime is currently being written with "
            "analysts from the eastern region.",
        ),
        ("heading", "Immersive exercises for investigators"),
        (
            "para",
            "I agree. Sixty investigators went through the Hydra exercise in June and the force is working through "
            "the remaining cohorts now.",
        ),
        ("heading", "Finishing the e-learning"),
        (
            "para",
            "I accept this recommendation. The four modules will become mandatory for relevant staff from October.",
        ),
        ("sign", ["Yours sincerely,", "Tom Ashby", "Police and Crime Commissioner for Norfolk", "09/07/25"]),
        ("footer", "OPCC Norfolk"),
    ]


def _surrey() -> Blocks:
    return [
        ("letterhead", ["Office of the Police and Crime Commissioner for Surrey", "PO Box 412, Guildford"]),
        ("date", "July 2025"),
        ("title", f"Our response to {OIC_TITLE}"),
        (
            "para",
            "The Police and Crime Commissioner for Surrey, Helen Royce, has considered the inspectorate's report "
            "and the update provided by Surrey Police. Her comments on each recommendation are set out below.",
        ),
        ("heading", "What happens after a call to Immigration Enforcement"),
        (
            "para",
            "The Commissioner agrees with this recommendation. A new prompt in the crime recording system now asks "
            "officers for the intelligence submission; it went live in June and is used on every such call.",
        ),
        ("heading", "Understanding immigration crime through better information"),
        (
            "para",
            "The Commissioner accepts this recommendation. The force will put a collection and analysis plan in "
            "place by the end of the year.",
        ),
        ("heading", "Scenario-based training (Hydra)"),
        (
            "para",
            "The Commissioner supports this recommendation. Hydra training for intelligence officers is under way.",
        ),
        ("heading", "Mandatory online modules for frontline staff"),
        (
            "para",
            "The Commissioner supports this recommendation. Completion of the four modules currently stands at 71%.",
        ),
        ("sign", ["Helen Royce", "Police and Crime Commissioner for Surrey"]),
        ("footer", "Office of the Police and Crime Commissioner for Surrey"),
    ]


def _sussex() -> Blocks:
    return [
        ("letterhead", ["Sussex Police and Crime Commissioner", "Sackville House, Lewes"]),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Response to the HMICFRS report {OIC_TITLE}"),
        ("para", "Thank you for your report. My comments, informed by Sussex Police's own assessment, are below."),
        ("quote", REC["oic:2"]),
        (
            "para",
            "I accept this recommendation. Officers have been reminded of the requirement, and the force is "
            "building the submission step into its contact management system.",
        ),
        ("quote", REC["oic:4"]),
        (
            "para",
            "I agree. The force finished its collection plan in May and now shares it routinely with the regional "
            "organised crime unit.",
        ),
        ("heading", "Training"),
        (
            "para",
            "Recommendations 8 and 9 both concern training. I support the recommendation on Hydra: the force has "
            "trained 90 officers so far and more sessions are booked. On the e-learning package I agree with the "
            "inspectorate, but the four modules have not yet been assigned to staff because the national platform "
            "is being rebuilt.",
        ),
        ("sign", ["Yours sincerely,", "Katy Bourne-Hale", "Police and Crime Commissioner for Sussex"]),
        ("footer", "Sussex Police and Crime Commissioner | 4 July 2025"),
    ]


def _hertfordshire() -> Blocks:
    return [
        ("letterhead", ["Office of the Police and Crime Commissioner for Hertfordshire", "Welwyn Garden City"]),
        ("address", HMI),
        ("salutation", "Dear HM Chief Inspector,"),
        ("title", f"{OIC_TITLE}: response of the Police and Crime Commissioner"),
        (
            "para",
            "I welcome the report and have asked Hertfordshire Constabulary for its view before writing. I group my "
            "comments by theme rather than by number.",
        ),
        (
            "para",
            "On intelligence, I agree that every referral to the National Command and Control Unit should be "
            "followed by an intelligence submission, and the force has made this a mandatory step since March. I "
            "also accept the need for a plan to collect, analyse and share information on organised immigration "
            "crime; the force's analysts are drafting one now.",
        ),
        (
            "para",
            "Turning to training, I support the recommendation on the Hydra package, and the force will run its "
            "first exercises in February. The e-learning is a different matter: I note the recommendation, and "
            "completion of the four modules stands at 55% across relevant roles.",
        ),
        ("para", "My office will follow up on each of these at the next performance board."),
        (
            "sign",
            ["Yours sincerely,", "Daniel Okafor", "Police and Crime Commissioner for Hertfordshire", "3 July 2025"],
        ),
        ("footer", "OPCC Hertfordshire"),
    ]


def _derbyshire() -> Blocks:
    rows = [
        ["HMICFRS recommendation", "Force position", "Commissioner's response"],
        [
            f"Recommendation 2: {REC['oic:2']}",
            "Accepted. A mandatory intelligence field was added to the referral form in April.",
            "I agree, and I will check the compliance figures at my accountability meeting.",
        ],
        [
            f"Recommendation 4: {REC['oic:4']}",
            "Accepted. The collection plan is being drafted by the intelligence hub.",
            "I support this.",
        ],
        [
            f"Recommendation 8: {REC['oic:8']}",
            "Accepted. Hydra exercises are scheduled for spring 2026.",
            "I accept this recommendation.",
        ],
        [
            f"Recommendation 9: {REC['oic:9']}",
            "Partially accepted: the modules will be mandatory for detectives only. Completion so far is 80%.",
            "I support this recommendation and the force's approach.",
        ],
    ]
    return [
        ("letterhead", ["Derbyshire Police and Crime Commissioner", "Butterley Hall, Ripley"]),
        ("date", "1st July 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"{OIC_TITLE} - response"),
        ("para", "The table below gives Derbyshire Constabulary's position on each recommendation and my own."),
        ("table", rows),
        ("sign", ["Kind regards,", "Nadia Hussain", "Police and Crime Commissioner for Derbyshire"]),
        ("footer", "Derbyshire OPCC"),
    ]


def _avon() -> Blocks:
    rows = [
        ["Ref", "What the inspectorate recommended", "Progress so far", "Status"],
        ["2", REC["oic:2"], "The referral checklist now includes the intelligence submission.", "Complete"],
        ["4", REC["oic:4"], "An analyst has been appointed to write the plan.", "In progress"],
        ["8", REC["oic:8"], "Dates for the Hydra exercise are being set with the regional unit.", "Planned"],
        ["9", REC["oic:9"], "No work has begun on the modules yet.", "Not started"],
    ]
    return [
        ("letterhead", ["Avon and Somerset Police and Crime Commissioner", "Valley Road, Portishead"]),
        ("date", "8 July 2025"),
        ("title", f"Response to HMICFRS: {OIC_TITLE}"),
        (
            "para",
            "The Commissioner accepts all four recommendations made to chief constables. Avon and Somerset "
            "Police's progress against each is shown below.",
        ),
        ("table", rows),
        ("sign", ["Jordan Reeve", "Police and Crime Commissioner for Avon and Somerset"]),
        ("footer", "Avon and Somerset OPCC"),
    ]


def _gloucestershire() -> Blocks:
    return [
        ("letterhead", ["Gloucestershire Police and Crime Commissioner", "Waterwells Drive, Quedgeley"]),
        ("date", "22 August 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"{OIC_TITLE}"),
        (
            "para",
            "I apologise for the lateness of this reply. I have now received Gloucestershire Constabulary's update "
            "and respond on the two recommendations where the force has work to report.",
        ),
        ("quote", REC["oic:2"]),
        (
            "para",
            "I accept this recommendation. The force introduced the intelligence submission requirement in July "
            "and it is now fully embedded.",
        ),
        ("quote", REC["oic:9"]),
        (
            "para",
            "I agree with this recommendation. The force expects all relevant staff to start the modules in "
            "the new year.",
        ),
        ("sign", ["Yours sincerely,", "Chris Nelms-Ward", "Police and Crime Commissioner for Gloucestershire"]),
        ("footer", "Gloucestershire OPCC"),
    ]


def _merseyside() -> Blocks:
    return [
        ("letterhead", ["Merseyside Police and Crime Commissioner", "Canning Place, Liverpool"]),
        ("date", "September 2025"),
        ("address", HMI),
        ("salutation", "Dear Chief Inspector,"),
        ("title", f"Response to {OIC_TITLE}"),
        ("para", "I set out below my response, with Merseyside Police's update on each recommendation."),
        ("heading", "Recommendation 2"),
        ("quote", REC["oic:2"]),
        ("para", "I agree. The new submission step has been live since August and compliance is monitored daily."),
        ("heading", "Recommendation 4"),
        ("quote", REC["oic:4"]),
        ("para", "I accept this recommendation. A collection plan will be drawn up during the winter."),
        ("heading", "Recommendation 8"),
        ("quote", REC["oic:8"]),
        ("para", "I support this recommendation. Half of the relevant detectives have now done the Hydra course."),
        ("heading", "Recommendation 9"),
        ("quote", REC["oic:9"]),
        ("para", "I do not agree with this recommendation, as the force already delivers equivalent training."),
        ("sign", ["Yours sincerely,", "Emily Spurr-Walsh", "Police and Crime Commissioner for Merseyside"]),
        ("footer", "Merseyside OPCC"),
    ]


def _humberside() -> Blocks:
    return [
        ("letterhead", ["Humberside Police and Crime Commissioner", "The Lawns, Hull"]),
        ("date", "12/03/25"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Response to: {SOC_TITLE}"),
        (
            "para",
            "This letter gives my comments on the report's areas for improvement. I refer to them by my own "
            "letters, A and B, and quote each in full. Humberside Police works alongside South Yorkshire Police "
            "and West Yorkshire Police through the regional unit.",
        ),
        ("heading", "Area for improvement A"),
        ("quote", REC["soc:1"]),
        (
            "para",
            "I accept this area for improvement. A shared tasking and coordination group has met monthly since "
            "January and is now established practice.",
        ),
        ("heading", "Area for improvement B"),
        ("quote", REC["soc:2"]),
        (
            "para",
            "I agree. The forces will move to a single procurement route for surveillance technology next year.",
        ),
        ("sign", ["Yours sincerely,", "Jon Keane", "Police and Crime Commissioner for Humberside"]),
        ("footer", "Humberside OPCC"),
    ]


def _north_yorkshire() -> Blocks:
    return [
        ("letterhead", ["Mayor of York and North Yorkshire", "Police, Fire and Crime", "West Offices, York"]),
        ("date", "14 March 2025"),
        ("title", f"Response to {SOC_TITLE}"),
        (
            "para",
            "As Mayor, with responsibility for policing in York and North Yorkshire, I have considered the report "
            "and North Yorkshire Police's update.",
        ),
        ("heading", "Partnership between the force and the ROCU"),
        (
            "para",
            "I support this. The force and the regional organised crime unit are currently setting up joint "
            "briefings and a common intelligence picture.",
        ),
        ("heading", "Covert technical kit"),
        (
            "para",
            "I accept this area for improvement. A joint purchasing framework for surveillance equipment is due "
            "to be introduced in the next financial year.",
        ),
        ("sign", ["David Skaife-Moore", "Mayor of York and North Yorkshire"]),
        ("footer", "York and North Yorkshire Combined Authority"),
    ]


def _staffordshire() -> Blocks:
    return [
        ("letterhead", ["Staffordshire Commissioner's Office", "Police, Fire and Crime", "Stafford"]),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"{OIC_TITLE}: Staffordshire's response"),
        (
            "para",
            "I support all four recommendations in the report, and I have asked Staffordshire Police to report "
            "progress to me every quarter.",
        ),
        ("heading", "Hydra"),
        ("para", "Staffordshire Police has put 45 investigators through the Hydra exercise so far this year."),
        ("quote", REC["oic:2"]),
        (
            "para",
            "On this recommendation I have reservations: I support it in part, but I doubt the April 2026 "
            "deadline can be met while the national system is being replaced.",
        ),
        (
            "sign",
            ["Yours sincerely,", "Ben Adams-Hill", "Staffordshire Police, Fire and Crime Commissioner"],
        ),
        ("footer", "Staffordshire Commissioner's Office | 30 June 2025"),
    ]


def _nottinghamshire() -> Blocks:
    return [
        ("letterhead", ["Nottinghamshire Police and Crime Commissioner", "Arnot Hill House, Arnold"]),
        ("date", "Monday 7 July 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"Response to {OIC_TITLE}"),
        ("para", "My response to the recommendations that apply to Nottinghamshire Police is below."),
        ("heading", "Recommendation 2"),
        (
            "para",
            "I agree with this recommendation. The force completed the change to its referral process in May.",
        ),
        ("heading", "Recommendation 4"),
        (
            "para",
            "I partly agree. The force is writing the plan but will share it only with forces in the region.",
        ),
        ("heading", "Recommendation 9"),
        ("para", "I note this recommendation. The force has not begun assigning the modules."),
        ("sign", ["Yours sincerely,", "Gillian Henry", "Police and Crime Commissioner for Nottinghamshire"]),
        ("footer", "Nottinghamshire OPCC"),
    ]


def _cambridgeshire() -> Blocks:
    return [
        ("letterhead", ["Cambridgeshire Police and Crime Commissioner", "Alconbury Weald, Huntingdon"]),
        ("date", "10th July 2025"),
        ("address", HMI),
        ("salutation", "Dear Sir Andy,"),
        ("title", f"{OIC_TITLE}"),
        ("para", "I set out my view on the report below, informed by Cambridgeshire Constabulary's update."),
        ("heading", "Intelligence following immigration referrals"),
        (
            "para",
            "I accept this recommendation. The force is rewriting its guidance so that each call to the national "
            "command unit is followed by an intelligence report.",
        ),
        ("heading", "Sharing what we know about immigration crime"),
        ("para", "I agree. The collection plan has been signed off and is in use."),
        ("heading", "Training and learning"),
        (
            "para",
            "I support the recommendation about Hydra, and the force will hold its first Hydra exercise in the "
            "spring. I accept the recommendation on the online package too, and every relevant officer has already "
            "completed all four modules.",
        ),
        ("sign", ["Yours sincerely,", "Darryl Preece", "Police and Crime Commissioner for Cambridgeshire"]),
        ("footer", "Cambridgeshire OPCC"),
    ]


def _base(
    id: str, kind: str, fmt: str, force: str, org: str, report: str, date: str | None, late: bool
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
        "date": date,
        "late": late,
        "run_with_report": None,
        "split": "fresh",
    }


def _pcc(force: str, area: str) -> str:
    del force
    return f"{area} Police and Crime Commissioner"


# Each letter: (builder, truth). The truth is written by hand from reading the letter.
LETTERS: list[tuple[Any, dict[str, Any]]] = [
    (
        _lancashire,
        {
            **_base(
                "fresh-01",
                "paraphrase_headings",
                "txt",
                "Lancashire Constabulary",
                _pcc("", "Lancashire"),
                "oic-2025",
                "2025-07-09",
                False,
            ),
            "items": [
                item("2", "agree", "implemented"),
                item("4", "accept", "in_progress"),
                item("8", "support", "planned"),
                item("9", "accept", "implemented"),
            ],
            "unanswered": [],
        },
    ),
    (
        _norfolk,
        {
            **_base(
                "fresh-02",
                "paraphrase_headings",
                "docx",
                "Norfolk Constabulary",
                _pcc("", "Norfolk"),
                "oic-2025",
                "2025-07-09",
                False,
            ),
            "items": [
                item("2", "support", "not_started"),
                item("4", "agree", "in_progress"),
                item("8", "agree", "in_progress"),
                item("9", "accept", "planned"),
            ],
            "unanswered": [],
        },
    ),
    (
        _surrey,
        {
            **_base(
                "fresh-03",
                "paraphrase_headings",
                "html",
                "Surrey Police",
                _pcc("", "Surrey"),
                "oic-2025",
                "2025-07",
                False,
            ),
            "items": [
                item("2", "agree", "implemented"),
                item("4", "accept", "planned"),
                item("8", "support", "in_progress"),
                item("9", "support", "in_progress"),
            ],
            "unanswered": [],
        },
    ),
    (
        _sussex,
        {
            **_base(
                "fresh-04",
                "two_in_one_paragraph",
                "pdf",
                "Sussex Police",
                _pcc("", "Sussex"),
                "oic-2025",
                "2025-07-04",
                False,
            ),
            "items": [
                item("2", "accept", "in_progress"),
                item("4", "agree", "implemented"),
                item("8", "support", "in_progress"),
                item("9", "agree", "not_started"),
            ],
            "unanswered": [],
        },
    ),
    (
        _hertfordshire,
        {
            **_base(
                "fresh-05",
                "two_in_one_paragraph",
                "txt",
                "Hertfordshire Constabulary",
                _pcc("", "Hertfordshire"),
                "oic-2025",
                "2025-07-03",
                False,
            ),
            "items": [
                item("2", "agree", "implemented"),
                item("4", "accept", "in_progress"),
                item("8", "support", "planned"),
                item("9", "note", "in_progress"),
            ],
            "unanswered": [],
        },
    ),
    (
        _derbyshire,
        {
            **_base(
                "fresh-06",
                "table_docx",
                "docx",
                "Derbyshire Constabulary",
                _pcc("", "Derbyshire"),
                "oic-2025",
                "2025-07-01",
                False,
            ),
            "items": [
                item("2", "agree", "implemented", cc="accept"),
                item("4", "support", "in_progress", cc="accept"),
                item("8", "accept", "planned", cc="accept"),
                item("9", "support", "in_progress", cc="partially_agree"),
            ],
            "unanswered": [],
        },
    ),
    (
        _avon,
        {
            **_base(
                "fresh-07",
                "table_status_column",
                "html",
                "Avon and Somerset Police",
                _pcc("", "Avon and Somerset"),
                "oic-2025",
                "2025-07-08",
                False,
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
        _gloucestershire,
        {
            **_base(
                "fresh-08",
                "dates_late",
                "pdf",
                "Gloucestershire Constabulary",
                _pcc("", "Gloucestershire"),
                "oic-2025",
                "2025-08-22",
                True,
            ),
            "items": [item("2", "accept", "implemented"), item("9", "agree", "planned")],
            "unanswered": ["4", "8"],
        },
    ),
    (
        _merseyside,
        {
            **_base(
                "fresh-09",
                "dates_late",
                "txt",
                "Merseyside Police",
                _pcc("", "Merseyside"),
                "oic-2025",
                "2025-09",
                True,
            ),
            "items": [
                item("2", "agree", "implemented"),
                item("4", "accept", "planned"),
                item("8", "support", "in_progress"),
                item("9", "disagree", "not_stated"),
            ],
            "unanswered": [],
        },
    ),
    (
        _humberside,
        {
            **_base(
                "fresh-10",
                "regional_afi",
                "docx",
                "Humberside Police",
                _pcc("", "Humberside"),
                "soc-yh-2025",
                "2025-03-12",
                False,
            ),
            "items": [item("1", "accept", "implemented"), item("2", "agree", "planned")],
            "unanswered": [],
        },
    ),
    (
        _north_yorkshire,
        {
            **_base(
                "fresh-11",
                "regional_afi",
                "html",
                "North Yorkshire Police",
                "Mayor of York and North Yorkshire",
                "soc-yh-2025",
                "2025-03-14",
                False,
            ),
            "items": [item("1", "support", "in_progress"), item("2", "accept", "planned")],
            "unanswered": [],
        },
    ),
    (
        _staffordshire,
        {
            **_base(
                "fresh-12",
                "blanket",
                "pdf",
                "Staffordshire Police",
                "Staffordshire Police, Fire and Crime Commissioner",
                "oic-2025",
                "2025-06-30",
                False,
            ),
            "items": [
                item("2", "partially_agree", "not_stated"),
                item("4", "support", "not_stated"),
                item("8", "support", "in_progress"),
                item("9", "support", "not_stated"),
            ],
            "unanswered": [],
        },
    ),
    (
        _nottinghamshire,
        {
            **_base(
                "fresh-13",
                "labels_only",
                "txt",
                "Nottinghamshire Police",
                _pcc("", "Nottinghamshire"),
                "oic-2025",
                "2025-07-07",
                False,
            ),
            "items": [
                item("2", "agree", "implemented"),
                item("4", "partially_agree", "in_progress"),
                item("9", "note", "not_started"),
            ],
            "unanswered": ["8"],
        },
    ),
    (
        _cambridgeshire,
        {
            **_base(
                "fresh-14",
                "two_in_one_paragraph",
                "docx",
                "Cambridgeshire Constabulary",
                _pcc("", "Cambridgeshire"),
                "oic-2025",
                "2025-07-10",
                False,
            ),
            "items": [
                item("2", "accept", "in_progress"),
                item("4", "agree", "implemented"),
                item("8", "support", "planned"),
                item("9", "accept", "implemented"),
            ],
            "unanswered": [],
        },
    ),
]


def main() -> None:
    about = (
        "Hand-labelled truth for the fresh sealed letters in letters/ (written whole in build.py, in wording not "
        "taken from the corpus's phrases.py). Same schema as tests/ingest/corpus/truth.json; split 'fresh'. "
        "Measured out of sample before and after one change, then tuned on from 30 November 2026: spent."
    )
    corpus.write_set(HERE, about, ((make(), truth) for make, truth in LETTERS))


if __name__ == "__main__":
    main()
