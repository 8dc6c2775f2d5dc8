"""The pure presentation helpers of the review page."""

from __future__ import annotations

from oversight.web.review import confidence_in_words, flag_text, highlight_evidence

TEXT = "Dear Sir, <script>alert(1)</script> We support R2 and it is in progress. Yours"


def test_evidence_is_escaped_and_marks_are_placed_on_the_spans():
    start, end = 10, len(TEXT) - 6
    support = TEXT.index("support")
    progress = TEXT.index("in progress")
    html = highlight_evidence(TEXT, start, end, [[support, support + 7], [progress, progress + 11]])
    assert html == (
        "&lt;script&gt;alert(1)&lt;/script&gt; We "
        '<mark class="app-evidence">support</mark> R2 and it is '
        '<mark class="app-evidence">in progress</mark>.'
    )


def test_text_inside_a_mark_is_escaped():
    html = highlight_evidence("a <b> c", 0, 7, [[2, 5]])
    assert html == 'a <mark class="app-evidence">&lt;b&gt;</mark> c'


def test_overlapping_out_of_range_and_malformed_spans_are_ignored():
    text = "0123456789abcdef"
    html = highlight_evidence(
        text,
        4,
        12,
        [
            [5, 8],  # kept
            [6, 10],  # overlaps the first: ignored
            [2, 6],  # starts before the passage: ignored
            [10, 14],  # ends after it: ignored
            [9, 9],  # empty
            [11, 10],  # backwards
            None,
            "ab",
            [1],
            [True, 5],
            ["9", "10"],
        ],
    )
    assert html == '4<mark class="app-evidence">567</mark>89ab'


def test_marks_in_any_order_and_duplicates_are_placed_once():
    assert highlight_evidence("abcdef", 0, 6, [[4, 5], [1, 2], [1, 2]]) == (
        'a<mark class="app-evidence">b</mark>cd<mark class="app-evidence">e</mark>f'
    )


def test_a_passage_outside_the_text_is_empty_or_clipped():
    assert highlight_evidence("abc", 5, 9, []) == ""
    assert highlight_evidence("abc", -3, 99, [[0, 1]]) == '<mark class="app-evidence">a</mark>bc'


def test_confidence_and_flags_in_words():
    assert confidence_in_words(0.874) == "87% (high)"
    assert confidence_in_words(0.5) == "50% (medium)"
    assert confidence_in_words(0.1) == "10% (low)"
    assert confidence_in_words(1.7) == "100% (high)"
    assert flag_text("late_response") == "The letter is dated after the response deadline."
    assert flag_text("something_new") == "Something new."
