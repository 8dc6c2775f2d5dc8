"""Whose stance an item carries: the policing body's own, or the chief constable's as the letter reports it."""

from __future__ import annotations

import pytest
from tests.ingest.letters._letters_helpers import findings, pack, text_document

from oversight_ingest.document import Block, BlockKind, Document, Span
from oversight_ingest.letters import analyse_items
from oversight_ingest.letters.features import WEIGHTS, disabled, weight
from oversight_ingest.letters.stance import stance_of
from oversight_ingest.letters.status import status_of
from oversight_ingest.letters.voice import context_voice, subject_voice
from oversight_ingest.result import ClaimedStatus, Item, OrganisationMatch, Stance, Voice, slugify

FINDINGS = findings(
    "By 30 April 2026, chief constables should make sure that officers complete the Hydra training package.",
    "By 31 December 2025, chief constables should have clear plans to collect and share intelligence.",
    refs=["8", "4"],
)


def _table(cells: list[str], intro: str | None = None) -> Document:
    """A document of one table's cells, after a paragraph of introduction when one is given."""
    text = ""
    blocks = []
    for kind, piece in [
        *([(BlockKind.PARAGRAPH, intro)] if intro else []),
        *((BlockKind.TABLE_CELL, c) for c in cells),
    ]:
        if text:
            text += "\n\n"
        blocks.append(Block(kind, Span(len(text), len(text) + len(piece))))
        text += piece
    return Document(text=text, format="docx", blocks=blocks)


def test_subject_and_context_voices() -> None:
    assert subject_voice("The Chief Constable has accepted") is Voice.CHIEF_CONSTABLE
    assert subject_voice("the force has accepted") is Voice.CHIEF_CONSTABLE
    assert subject_voice("I accept") is Voice.POLICING_BODY
    assert subject_voice("She supports") is Voice.POLICING_BODY
    assert subject_voice("The Commissioner supports") is Voice.POLICING_BODY
    assert subject_voice("Accepted") is None
    assert context_voice("Force response") is Voice.CHIEF_CONSTABLE
    assert context_voice("Commissioner's comment") is Voice.POLICING_BODY
    assert context_voice("Annex: response of the Chief Constable") is Voice.CHIEF_CONSTABLE
    # a force by its initials heads its column; the body's initials do not
    assert context_voice("GMP response") is Voice.CHIEF_CONSTABLE
    assert context_voice("MPS update") is Voice.CHIEF_CONSTABLE
    assert context_voice("OPCC comments") is Voice.POLICING_BODY
    assert context_voice("Gmp response") is None


def test_table_columns_give_each_voice() -> None:
    doc = _table(
        [
            "Recommendation",
            "Force response",
            "Commissioner's comment",
            FINDINGS[0].text,
            "Accepted. Hydra sessions are under way, with 140 officers trained so far.",
            "I support this recommendation, with reservations about the timescale.",
            FINDINGS[1].text,
            "Accepted. A collection plan will be introduced next year.",
            "I agree with this recommendation.",
        ]
    )
    items = {i.recommendation: i for i in analyse_items(doc, FINDINGS).items}
    assert items["8"].stance is Stance.PARTIALLY_AGREE
    assert items["8"].stance_by is Voice.POLICING_BODY
    assert items["8"].chief_constable_stance is Stance.ACCEPT
    assert items["8"].status is ClaimedStatus.IN_PROGRESS
    assert items["4"].stance is Stance.AGREE
    assert items["4"].chief_constable_stance is Stance.ACCEPT


def test_a_column_headed_by_the_forces_initials_is_the_forces() -> None:
    """ "GMP response" heads the force's column: its lone "Agreed in part." is the force's, whatever the body's cell
    beside it says without a stance."""
    doc = _table(
        [
            "Recommendation",
            "GMP response",
            "Deputy Mayor's view",
            FINDINGS[0].text,
            "Agreed in part. Hydra will be delivered to specialist investigators in 2026.",
            "I have asked GMP to look again at who should receive this training.",
            FINDINGS[1].text,
            "Agreed. The collection plan is in place.",
            "Agreed.",
        ]
    )
    items = {i.recommendation: i for i in analyse_items(doc, FINDINGS).items}
    assert items["8"].stance is Stance.PARTIALLY_AGREE
    assert items["8"].stance_by is Voice.CHIEF_CONSTABLE
    assert items["8"].chief_constable_stance is Stance.PARTIALLY_AGREE


def test_force_column_alone_is_the_chief_constables_stance() -> None:
    doc = _table(
        [
            "Recommendation",
            "Force response",
            FINDINGS[0].text,
            "Accepted. Hydra sessions are under way.",
            FINDINGS[1].text,
            "Partially accepted. A collection plan will be introduced next year.",
        ]
    )
    items = {i.recommendation: i for i in analyse_items(doc, FINDINGS).items}
    assert items["8"].stance is Stance.ACCEPT
    assert items["8"].stance_by is Voice.CHIEF_CONSTABLE
    assert items["4"].stance is Stance.PARTIALLY_AGREE
    assert items["4"].chief_constable_stance is Stance.PARTIALLY_AGREE


def test_annex_in_the_chief_constables_voice_adds_the_forces_stance() -> None:
    letter = f"""Dear Sir,

Recommendation 8

"{FINDINGS[0].text}"

I support this recommendation. I will monitor progress.

Recommendation 4

"{FINDINGS[1].text}"

I note this recommendation.

Yours sincerely

# Annex: response of the Chief Constable

# Recommendation 8

Accepted. Hydra sessions have been delivered to every relevant role.

# Recommendation 4

Not accepted. The force already has a collection plan in place."""
    analysis = analyse_items(text_document(letter), FINDINGS)
    items = {i.recommendation: i for i in analysis.items}
    assert items["8"].stance is Stance.SUPPORT
    assert items["8"].stance_by is Voice.POLICING_BODY
    assert items["8"].chief_constable_stance is Stance.ACCEPT
    assert items["8"].status is ClaimedStatus.IMPLEMENTED  # only the annex says what was done
    assert items["4"].stance is Stance.NOTE
    assert items["4"].chief_constable_stance is Stance.DISAGREE
    assert not any("matches no finding" in w for w in analysis.warnings)


def test_an_annex_heading_run_into_its_first_answer_starts_the_forces_section() -> None:
    """A PDF prints the annex's heading on the line of its first answer: the answers after it are the force's."""
    letter = """Dear HM Inspector,

I welcome the report. I attach the Chief Constable's response, and I will follow its delivery at my Board.

Yours sincerely

Annex – response of the Chief Constable of the force Recommendation 4: Agreed. The collection plan is being drafted.

Recommendation 8: Agreed. Four of six Hydra sessions have been delivered."""
    items = {i.recommendation: i for i in analyse_items(text_document(letter), FINDINGS).items}
    assert items["8"].stance is Stance.AGREE
    assert items["8"].stance_by is Voice.CHIEF_CONSTABLE
    assert items["8"].chief_constable_stance is Stance.AGREE


def test_third_person_blanket_covers_findings_without_detail() -> None:
    letter = """Dear Sir,

She supports all the recommendations in the inspection report.

# Hydra training

I support the aim of this recommendation, with reservations about the timescale. Hydra sessions for
officers will be delivered to relevant personnel in the autumn.

Yours sincerely"""
    items = {i.recommendation: i for i in analyse_items(text_document(letter), FINDINGS).items}
    assert items["8"].stance is Stance.PARTIALLY_AGREE  # the detail wins where given
    assert items["4"].stance is Stance.SUPPORT  # the blanket covers the rest
    assert items["4"].stance_by is Voice.POLICING_BODY


def test_force_blanket_is_the_chief_constables() -> None:
    letter = """Dear Sir,

The force has accepted all the recommendations made to chief constables.

Yours sincerely"""
    items = analyse_items(text_document(letter), FINDINGS).items
    assert {i.recommendation for i in items} == {"8", "4"}
    assert all(i.stance is Stance.ACCEPT and i.stance_by is Voice.CHIEF_CONSTABLE for i in items)
    assert all(i.chief_constable_stance is Stance.ACCEPT for i in items)


def test_paraphrasing_heading_aligns_with_low_confidence() -> None:
    letter = """Dear Sir,

# Plans for collecting and sharing intelligence

The intelligence team is drafting a plan with regional partners.

Yours sincerely"""
    items = analyse_items(text_document(letter), FINDINGS).items
    assert [i.recommendation for i in items] == ["4"]
    assert items[0].confidence < 0.7


def test_a_disabled_feature_weighs_nothing_until_restored() -> None:
    assert "report_numbering" in WEIGHTS
    assert all(w.why for w in WEIGHTS.values())
    with disabled("report_numbering"):
        assert weight("report_numbering") == 0.0
    assert weight("report_numbering") == WEIGHTS["report_numbering"].value


def test_slugs_as_django_makes_them() -> None:
    assert slugify("Mayor's Office for Policing And Crime (MOPAC)") == "mayors-office-for-policing-and-crime-mopac"
    assert slugify("Cumbria Police, Fire and Crime Commissioner") == "cumbria-police-fire-and-crime-commissioner"
    org = OrganisationMatch(name="Kent Police and Crime Commissioner", force="Kent Police", confidence=1.0, span=None)
    data = org.to_json()
    assert data["slug"] == "kent-police-and-crime-commissioner"
    assert data["force_slug"] == "kent-police"


@pytest.mark.parametrize(
    ("sentence", "stance", "voice"),
    [
        ("The PCC is supportive of this recommendation.", Stance.SUPPORT, Voice.POLICING_BODY),
        ("The Police and Crime Commissioner accepts this recommendation.", Stance.ACCEPT, Voice.POLICING_BODY),
        ("The Police, Fire and Crime Commissioner supports it.", Stance.SUPPORT, Voice.POLICING_BODY),
        ("My office agrees with this recommendation.", Stance.AGREE, Voice.POLICING_BODY),
        ("West Mercia Police accepts this recommendation.", Stance.ACCEPT, Voice.CHIEF_CONSTABLE),
        ("The force fully accepts this recommendation.", Stance.ACCEPT, Voice.CHIEF_CONSTABLE),
    ],
)
def test_stance_phrasings_and_their_voices(sentence: str, stance: Stance, voice: Voice) -> None:
    found, span = stance_of(sentence)
    assert found is stance
    assert span is not None
    assert subject_voice(sentence[span.start : span.end]) is voice


def test_lead_in_names_the_voice_of_a_bare_verdict() -> None:
    letter = f"""Dear Sir,

Recommendation 8

"{FINDINGS[0].text}"

Chief Constable's response: Accepted in full. Hydra sessions are under way.

Commissioner's response: Supported.

Yours sincerely"""
    items = {i.recommendation: i for i in analyse_items(text_document(letter), FINDINGS).items}
    assert items["8"].stance is Stance.SUPPORT
    assert items["8"].stance_by is Voice.POLICING_BODY
    assert items["8"].chief_constable_stance is Stance.ACCEPT


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("This was completed in March 2025.", ClaimedStatus.IMPLEMENTED),
        ("The force already complies with this recommendation.", ClaimedStatus.IMPLEMENTED),
        ("It has been in place since January.", ClaimedStatus.IMPLEMENTED),
        ("The force is on track to complete this by April 2026.", ClaimedStatus.IN_PROGRESS),
        ("The training will be rolled out in the autumn.", ClaimedStatus.PLANNED),
        ("Delivery is expected by the end of the year.", ClaimedStatus.PLANNED),
        ("Work on this has not yet started.", ClaimedStatus.NOT_STARTED),
        ("I will track progress closely.", ClaimedStatus.NOT_STATED),
        ("Complete", ClaimedStatus.IMPLEMENTED),  # a status column's bare value
        ("Status: in progress", ClaimedStatus.IN_PROGRESS),
        ("Not started", ClaimedStatus.NOT_STARTED),
    ],
)
def test_claimed_status_phrasings(sentence: str, status: ClaimedStatus) -> None:
    assert status_of(sentence)[0] is status


def test_first_person_in_the_chief_constables_column_is_the_chief_constables() -> None:
    doc = _table(
        [
            "Recommendation",
            "Chief Constable's response",
            "Commissioner's comment",
            FINDINGS[0].text,
            "I accept this recommendation. Hydra sessions are under way.",
            "I support the Chief Constable's approach.",
        ]
    )
    items = {i.recommendation: i for i in analyse_items(doc, FINDINGS).items}
    assert items["8"].chief_constable_stance is Stance.ACCEPT
    assert items["8"].stance_by is Voice.POLICING_BODY
    assert items["8"].stance is Stance.SUPPORT


def test_one_label_naming_two_findings_answers_both() -> None:
    letter = """Dear Sir,

Recommendations 8 and 4

I support both recommendations. Hydra sessions are under way and a collection plan is being drafted.

Yours sincerely"""
    items = {i.recommendation: i for i in analyse_items(text_document(letter), FINDINGS).items}
    assert set(items) == {"8", "4"}
    assert items["4"].label_in_letter == "Recommendations 8 and 4"
    assert items["4"].stance is Stance.SUPPORT


def test_a_speaker_named_alone_on_a_line_speaks_the_words_under_it() -> None:
    """A table read out as lines with a "From" column: the force's name, its words, then "PCC" and the
    commissioner's own verdict."""
    assert context_voice("Dorset Police") is Voice.CHIEF_CONSTABLE
    assert context_voice("PCC") is Voice.POLICING_BODY
    assert context_voice("Police and Crime Commissioner") is Voice.POLICING_BODY
    assert context_voice("Dorset Police will report in May") is None
    letter = """Dear Sir,

The table shows, for each recommendation, the response of the force and then my own.

4

Dorset Police

Accepted. The plan is being drafted.

PCC

Agreed.

8

Dorset Police

Accepted. Hydra: all relevant personnel trained (46/46).

PCC

Endorsed.

Yours sincerely,

Jo Bloggs
Police and Crime Commissioner for Dorset"""
    items = {i.recommendation: i for i in analyse_items(text_document(letter), FINDINGS).items}
    assert (items["8"].stance, items["8"].stance_by, items["8"].chief_constable_stance) == (
        Stance.SUPPORT,
        Voice.POLICING_BODY,
        Stance.ACCEPT,
    )
    assert items["8"].status is ClaimedStatus.IMPLEMENTED
    assert (items["4"].stance, items["4"].stance_by, items["4"].chief_constable_stance) == (
        Stance.AGREE,
        Voice.POLICING_BODY,
        Stance.ACCEPT,
    )


def test_the_force_s_answers_said_to_follow_are_its_own_unless_the_body_s_comments_come_with_them() -> None:
    oic = [f for f in pack("oic-2025").findings if f.reference in ("2", "4", "8", "9")]

    def letter(intro: str, answer: str) -> dict[str, Item]:
        body = "\n\n".join(f"Recommendation {f.reference}\n\n\u201c{f.text}\u201d\n\n{answer}" for f in oic)
        sign = "Yours sincerely,\n\nJo Bloggs\nPolice and Crime Commissioner"
        text = f"Dear Chief Inspector,\n\n{intro}\n\n{body}\n\n{sign}"
        return {i.recommendation: i for i in analyse_items(text_document(text), oic).items}

    # "is below": the bare verdicts are the force's, and the body's own stance is its blanket support
    items = letter("I support all four recommendations. The force's response to each is below.", "Accepted.")
    assert {(i.stance, i.stance_by, i.chief_constable_stance) for i in items.values()} == {
        (Stance.SUPPORT, Voice.POLICING_BODY, Stance.ACCEPT)
    }
    # "with my own comments": the body's words among the force's are still the body's
    items = letter(
        "Her responses are below, with my own comments where I have them.",
        "The Chief Constable accepts this recommendation. I agree with it only in part.",
    )
    assert {(i.stance, i.stance_by, i.chief_constable_stance) for i in items.values()} == {
        (Stance.PARTIALLY_AGREE, Voice.POLICING_BODY, Stance.ACCEPT)
    }


@pytest.mark.parametrize(
    "intro",
    [
        "I support the force's response to each recommendation, set out in the table.",
        "I support each recommendation. The force's position is shown in the table.",
    ],
)
def test_a_table_said_to_hold_the_force_s_answers_is_in_its_voice_where_its_header_names_none(intro: str) -> None:
    rows = [c for f in FINDINGS for c in (f.reference, f.text, "Accepted", "Under way")]
    doc = _table(["No.", "Recommendation", "Position", "Update", *rows], intro=intro)
    items = analyse_items(doc, FINDINGS).items
    assert {(i.stance, i.stance_by, i.chief_constable_stance) for i in items} == {
        (Stance.SUPPORT, Voice.POLICING_BODY, Stance.ACCEPT)
    }


@pytest.mark.parametrize("body_first", [False, True])
def test_two_bare_verdicts_in_a_table_read_out_as_lines_follow_its_header_s_order(body_first: bool) -> None:
    """A PDF table's header and cells come out as lines: "Supported." then "Accepted." is the body's then the
    force's when the header puts "PCC comment" before "Force response", and the other way round otherwise."""
    header = (
        ["Recommendation", "PCC comment", "Force response"]
        if body_first
        else [
            "Recommendation",
            "Force response",
            "PCC comment",
        ]
    )
    rows = [(f"{f.reference}. {f.text}", "Supported." if body_first else "Accepted.") for f in FINDINGS]
    cells = [c for label, first in rows for c in (label, first, "Accepted." if body_first else "Supported.")]
    letter = "Dear Sir,\n\nThe table gives the force's response and mine.\n\n" + "\n\n".join(header + cells)
    items = analyse_items(text_document(letter + "\n\nYours sincerely,\n\nJo Bloggs"), FINDINGS).items
    assert {(i.stance, i.stance_by, i.chief_constable_stance) for i in items} == {
        (Stance.SUPPORT, Voice.POLICING_BODY, Stance.ACCEPT)
    }


def test_a_column_asking_the_commissioner_s_stance_is_the_body_s_even_with_police_in_its_name() -> None:
    from oversight_ingest.letters.voice import _asked

    assert _asked("Police and Crime Commissioner supports?", None) == (Stance.SUPPORT, Voice.POLICING_BODY)
    assert _asked("Agreed by force", None) == (Stance.AGREE, Voice.CHIEF_CONSTABLE)
    assert _asked("Accepted? (Y/N)", None) == (Stance.ACCEPT, None)
    assert _asked("Force response", None) is None  # a column of words, not a question


@pytest.mark.parametrize(
    "intro",
    [
        "The Chief Constable's position on each recommendation is shown in the first column, with the force's update "
        "beside it.",
        "The Position column gives the force's response to each recommendation; the update is the force's too.",
        "The force's formal position is in the first column.",
    ],
)
def test_the_prose_before_a_table_says_whose_its_unvoiced_columns_are(intro: str) -> None:
    doc = _table(
        [
            "Position",
            "Recommendation",
            "Update",
            "Accepted",
            FINDINGS[0].text,
            "Hydra sessions are under way.",
            "Accepted",
            FINDINGS[1].text,
            "The plan is complete.",
        ],
        intro=intro,
    )
    items = {i.recommendation: i for i in analyse_items(doc, FINDINGS).items}
    for ref in ("8", "4"):
        assert (items[ref].stance, items[ref].stance_by, items[ref].chief_constable_stance) == (
            Stance.ACCEPT,
            Voice.CHIEF_CONSTABLE,
            Stance.ACCEPT,
        ), ref


def test_a_column_the_prose_names_without_a_voice_stays_unvoiced() -> None:
    doc = _table(
        ["Position", "Recommendation", "Update", "Accepted", FINDINGS[0].text, "Hydra sessions are under way."],
        intro="The numbers in the first column are those used in the report.",
    )
    item = analyse_items(doc, FINDINGS).items[0]
    assert item.chief_constable_stance is None


@pytest.mark.parametrize(
    ("intro", "voice"),
    [
        (
            "The Constabulary's position on each recommendation, and its actions, are set out below.",
            Voice.CHIEF_CONSTABLE,
        ),
        ("My position on each recommendation is set out below.", Voice.POLICING_BODY),
    ],
)
def test_a_column_asking_a_stance_is_the_voice_whose_position_the_prose_says_the_table_gives(
    intro: str, voice: Voice
) -> None:
    doc = _table(
        [
            "Rec",
            "Accepted? (Y/N)",
            "Owner",
            FINDINGS[0].text,
            "Y",
            "Head of Training",
            FINDINGS[1].text,
            "Y",
            "Head of Intelligence",
        ],
        intro=intro,
    )
    items = {i.recommendation: i for i in analyse_items(doc, FINDINGS).items}
    assert (items["8"].stance, items["8"].stance_by) == (Stance.ACCEPT, voice)
