"""A passage answering two findings in turn: each finding aligned, its stance and status read from its sentences."""

from __future__ import annotations

import pytest
from tests.ingest.letters._letters_helpers import FOUR, REPO, pack, text_document

from oversight_ingest.extract.text import extract_txt
from oversight_ingest.letters import analyse_items
from oversight_ingest.packs import PackFinding
from oversight_ingest.result import ClaimedStatus, Stance

HEAD = """Dear Chief Inspector

Thank you for your report, which I have discussed with the Chief Constable.

"""
TAIL = """

Yours sincerely

Sam Example
Police and Crime Commissioner"""


def _items(body: str):
    analysis = analyse_items(text_document(HEAD + body + TAIL), FOUR)
    return analysis, {i.recommendation: i for i in analysis.items}


def test_two_findings_in_one_plain_paragraph_each_read_from_its_own_sentences() -> None:
    body = """# Missing children and domestic abuse calls

I agree that every missing child episode should reach the national database within a day, and the force has
recorded them there since January. On the grading of domestic abuse calls in the control room I accept the
recommendation only in part; a review will begin next year.

# Stalking

I support the recommendation on the stalking awareness course, which every neighbourhood officer has finished.

# Forensic waiting times

I note the recommendation on digital forensic examination. The force is drafting its plan now."""
    analysis, items = _items(body)
    assert set(items) == {"3", "5", "6", "11"}
    assert items["3"].stance is Stance.AGREE
    assert items["3"].status is ClaimedStatus.IMPLEMENTED
    assert items["5"].stance is Stance.PARTIALLY_AGREE
    assert items["5"].status is ClaimedStatus.PLANNED
    assert items["3"].span is not None
    assert items["5"].span is not None
    assert items["3"].span.end <= items["5"].span.start  # each answer's evidence is its own sentences
    assert items["3"].confidence <= 0.6
    assert items["5"].confidence <= 0.6
    assert analysis.unanswered == []


def test_a_shared_lead_in_gives_the_stance_a_finding_s_own_sentences_lack() -> None:
    body = """# Records and calls

I accept both of these recommendations. Every missing child episode now reaches the national database within hours.
The control room's grading of domestic abuse calls will be reviewed by an external panel in the spring.

# Stalking

I support the recommendation on the stalking awareness course, which every neighbourhood officer has finished.

# Forensic waiting times

I note the recommendation on digital forensic examination. The force is drafting its plan now."""
    _, items = _items(body)
    assert items["3"].stance is Stance.ACCEPT
    assert items["5"].stance is Stance.ACCEPT
    assert items["3"].status is ClaimedStatus.IMPLEMENTED
    assert items["5"].status is ClaimedStatus.PLANNED


def test_a_passage_about_one_finding_that_mentions_another_is_not_cut() -> None:
    body = """# Stalking

I support the recommendation on the stalking awareness course, which every neighbourhood officer has finished.
The course also touches on domestic abuse.

# Forensic waiting times

I note the recommendation on digital forensic examination. The force is drafting its plan now."""
    analysis, items = _items(body)
    assert set(items) == {"6", "11"}
    assert set(analysis.unanswered) == {"3", "5"}


def test_one_sentence_answering_two_findings_is_cut_at_its_clauses() -> None:
    body = """# Records and calls

I welcome both recommendations. Missing child episodes now reach the national database within hours, while the
review of how control rooms grade domestic abuse calls will start in the spring.

# Stalking

I support the recommendation on the stalking awareness course, which every neighbourhood officer has finished.

# Forensic waiting times

I note the recommendation on digital forensic examination. The force is drafting its plan now."""
    _, items = _items(body)
    assert items["3"].status is ClaimedStatus.IMPLEMENTED
    assert items["5"].status is ClaimedStatus.PLANNED
    assert items["3"].stance is Stance.SUPPORT  # from the lead-in both share


def test_a_paragraph_answering_every_finding_after_a_blanket_stance() -> None:
    body = (
        "I accept all four recommendations. Missing child episodes have reached the national database within "
        "hours since May, and the grading of domestic abuse calls will be reviewed next year. The stalking "
        "awareness course is under way for neighbourhood officers, and the plan for digital forensic "
        "examination is due to be published in June."
    )
    analysis, items = _items(body)
    assert {k: str(v.status) for k, v in items.items()} == {
        "3": "implemented",
        "5": "planned",
        "6": "in_progress",
        "11": "planned",
    }
    assert all(i.stance is Stance.ACCEPT for i in analysis.items)


def _oic() -> tuple[PackFinding, ...]:
    """The four recommendations of the organised immigration crime report made to chief constables."""
    return tuple(f for f in pack("oic-2025").findings if f.reference in ("2", "4", "8", "9"))


def test_a_clause_naming_the_one_word_only_its_finding_has_is_about_that_finding() -> None:
    """Words two findings share ("package", "relevant", "complete") say nothing between them: "Hydra" decides."""
    body = """On referrals to the National Command and Control Unit, I agree that an intelligence document must go with
every one, and the force has required this since March.

I accept that the force needs clear plans to collect, analyse and share information, and its analysts are
writing one now.

Both training recommendations matter to me. I support the recommendation on the Hydra package, which every
relevant detective in the force has now completed. I also support the recommendation on the four e-learning
modules; they are being rolled out to response teams."""
    analysis = analyse_items(text_document(HEAD + body + TAIL), _oic())
    items = {i.recommendation: i for i in analysis.items}
    assert set(items) == {"2", "4", "8", "9"}
    assert items["8"].status is ClaimedStatus.IMPLEMENTED
    assert items["9"].status is ClaimedStatus.IN_PROGRESS
    assert analysis.unanswered == []


def test_a_title_over_every_answer_leaves_each_finding_to_its_own_paragraph() -> None:
    """The letter's one title spans every answer; the paragraph naming the last finding answers it."""
    body = """# Improving the response to organised immigration crime

Thank you for the report. The county has a long coastline, and the matters it raises are of real importance here.

I agree that every case reported to the National Command and Control Unit should come with a completed
intelligence document, and the force has checked this daily since May.

On clear plans to collect, analyse and share information, I agree; the force's plan was completed in June.

I am fully supportive of the Hydra recommendation; Hydra training for the port teams will start in the new
training year.

I support the recommendation on the e-learning package. The force is waiting for the College to release the
final modules."""
    letter = (
        "Example Police and Crime Commissioner\n\nCounty Hall, Exampleton\n\nOur ref: SE/HMI/07\n\n"
        "Dear HM Inspector,\n\n"
        + body.replace("# ", "")
        + "\n\nYours sincerely,\n\nSam Example\n\nPolice and Crime Commissioner for Example\n\nDated: 08/07/2025\n"
    )
    doc = extract_txt(letter.encode())  # as a plain-text letter is read
    items = {i.recommendation: i for i in analyse_items(doc, _oic()).items}
    assert set(items) == {"2", "4", "8", "9"}
    eight = items["8"]
    assert eight.span is not None
    assert doc.text[eight.span.start : eight.span.end].startswith("I am fully supportive")  # not the whole section
    assert eight.stance is Stance.SUPPORT
    assert eight.status is ClaimedStatus.PLANNED


SEALED = REPO / "tests" / "ingest" / "sealed" / "letters"


@pytest.mark.parametrize("name", ["sealed-12.txt", "sealed-12-pdf.pdf"])
def test_the_section_a_spent_sealed_letter_once_gave_the_hydra_finding_is_now_its_paragraph(name: str) -> None:
    """A spent sealed letter (measured, then looked at): its one title spans every answer, and the finding
    left over went to the whole section instead of the paragraph that names it."""
    extract = pytest.importorskip("oversight_ingest.extract")
    doc = extract.extract_path(SEALED / name)
    items = {i.recommendation: i for i in analyse_items(doc, _oic()).items}
    eight = items["8"]
    assert eight.span is not None
    assert doc.text[eight.span.start : eight.span.end].lstrip().startswith("I am fully supportive")
    assert (eight.stance, eight.status) == (Stance.SUPPORT, ClaimedStatus.PLANNED)


def test_four_findings_in_one_flattened_passage_each_take_the_status_of_their_own_clauses() -> None:
    """A letter that answers all four findings in two paragraphs under the report's title (a tuning letter of this
    kind): the passage is shared, and each finding takes the status of the clauses that name it."""
    from oversight_ingest.catalogue import Catalogue
    from oversight_ingest.pipeline import ingest_path

    catalogue = Catalogue.default([pack("oic-2025")])
    result = ingest_path(REPO / "tests" / "ingest" / "tuneset16" / "letters" / "tuneset16-11.html", catalogue)
    items = {i.recommendation: i for i in result.items}
    assert len({i.span for i in items.values()}) == 1  # one passage answers all four
    assert {r: i.status for r, i in items.items()} == {
        "2": ClaimedStatus.IN_PROGRESS,  # "is being rolled out to the three area commands"
        "4": ClaimedStatus.PLANNED,  # "a dedicated plan will be written over the summer"
        "8": ClaimedStatus.IMPLEMENTED,  # "all 24 members ... have completed the Hydra package"
        "9": ClaimedStatus.IN_PROGRESS,  # "rolled out to student officers for modules one and two"
    }


def test_a_clause_opening_with_it_whose_words_are_about_another_finding_turns_to_that_one() -> None:
    body = (
        "Turning to training and forensics, the report asks forces to make sure that neighbourhood officers complete "
        "the stalking awareness course. I agree, and every neighbourhood officer has finished it. It asks as well for "
        "a plan to reduce the time victims wait for digital forensic examination of their devices. I note this; "
        "nothing has been done on it yet."
    )
    _, items = _items(body)
    assert (items["6"].stance, items["6"].status) == (Stance.AGREE, ClaimedStatus.IMPLEMENTED)
    assert (items["11"].stance, items["11"].status) == (Stance.NOTE, ClaimedStatus.NOT_STARTED)
