"""One segmentation for every rule: list items, headings and labels are units of their own."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recordlint.segments import (
    BULLET_GLYPHS,
    condition_items,
    entry_stamp,
    entry_stamps,
    holds_clock_time,
    in_a_contents_list,
    in_a_heading,
    in_title_case,
    is_heading,
    is_section_heading,
    line_units,
    list_marker,
    principle_items,
    stamp_end,
    topic_items,
)
from recordlint.text import line_at, line_end, line_start, next_line
from tests.conftest import linter_for

ITEMS = (
    "ring the GP about the tablets and ask whether the dose can change",
    "book the OT to look at the bath and the stairs and the kitchen soon",
)


def _bulleted(glyph: str) -> str:
    return "Actions agreed at the meeting\n" + "".join(f"{glyph} {item}\n" for item in ITEMS)


@pytest.mark.parametrize("glyph", [*list(BULLET_GLYPHS), "1.", "(2)", "a)"])
def test_every_list_marker_opens_a_list_item(glyph: str) -> None:
    marker = list_marker(f"{glyph} {ITEMS[0]}")
    assert marker is not None
    assert marker.group().strip() == glyph


@pytest.mark.parametrize("glyph", list(BULLET_GLYPHS))
def test_bullet_lines_are_sentences_whatever_the_glyph(glyph: str) -> None:
    """The long-sentence rule and the sentence count read two bullet lines as two
    sentences, whichever bullet character the writer used."""
    report = linter_for().lint(_bulleted(glyph), kind="case_note")
    assert [f.code for f in report.findings if f.code == "RL301"] == []
    hyphens = linter_for().lint(_bulleted("-"), kind="case_note")
    assert report.metrics["sentences"] == hyphens.metrics["sentences"] >= len(ITEMS)
    doc = linter_for().nlp(_bulleted(glyph))
    starts = [sentence.text.strip()[:1] for sentence in doc.sents]
    assert starts.count(glyph) == 2


def test_a_run_on_line_still_makes_a_long_sentence() -> None:
    """Hard-wrapped prose is not cut: only list items, headings and finished lines are."""
    text = (
        "I visited Mrs Khan at home today with her daughter and we talked about how she\n"
        "is managing with the stairs and the bathroom and whether she would like some help\n"
        "with her shopping as well."
    )
    report = linter_for().lint(text, kind="case_note")
    assert [f.code for f in report.findings].count("RL301") == 1


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("What matters to me", True),
        ("Views of the person:", True),
        ("She said:", False),
        ("What she told me was that she is fine.", False),
        ("", False),
    ],
)
def test_is_heading(line: str, heading: bool) -> None:
    assert is_heading(line) is heading


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*list("ab :.-•\n\t1)"), "Client:", "She"])).map("".join))
def test_line_units_are_ordered_disjoint_and_inside_the_text(text: str) -> None:
    units = line_units(text)
    previous_end = 0
    for start, end in units:
        assert previous_end <= start < end <= len(text)
        assert text[start:end].strip()
        previous_end = end


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *list("ab :.-\n\r"),
                "\n• an item",
                "\n1) one",
                "\nDo this when:",
                "\nThe 5 main principles",
                "\nIt has five principles:",
            ]
        )
    ).map("".join)
)
def test_items_under_a_lead_in_are_whole_list_lines_in_order(text: str) -> None:
    """Whatever the text, the items read under a lead-in (a law's principles, conditions
    after "when:") are list lines of the text, in order, each from its line's start."""
    for items in (principle_items(text), condition_items(text)):
        previous_end = 0
        for start, end in items:
            assert previous_end <= start <= end <= len(text)
            assert start == 0 or text[start - 1] == "\n"
            assert end == len(text) or text[end] == "\n"
            previous_end = end


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from([*list("ab :.-•\n1)"), "Mrs Khan", "said"]), max_size=30).map("".join)
)
def test_the_pipeline_marks_units_on_any_text(text: str) -> None:
    """Whatever the text, the parse keeps its tokens and every unit starts a sentence."""
    doc = linter_for().nlp(text)
    assert doc.text == text
    sentence_starts = {sentence.start_char for sentence in doc.sents}
    for start, _ in line_units(text, labels=False)[1:]:
        first = next((t for t in doc if t.idx >= start and not t.is_space), None)
        if first is not None and first.i > 0:
            assert first.idx in sentence_starts


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("My goals", True),
        ("Important to me", True),
        ("Reablement team input", True),
        ("Views of the person:", True),
        ("- Polish food from the shop", False),
        ("My son Marcus visiting on Sundays.", False),
        ("lunch untouched x3 days", False),
        ("I want to walk the dog round the block on my own every morning", False),
        ("", False),
    ],
)
def test_is_section_heading(line: str, heading: bool) -> None:
    assert is_section_heading(line) is heading


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*list("ab :.-•\t1),"), "My", "Me", "goals"])).map("".join))
def test_a_heading_by_is_heading_is_a_section_heading(line: str) -> None:
    """Section headings widen headings; they never drop one, nor take a list item."""
    if is_heading(line):
        assert is_section_heading(line)
    if list_marker(line) and not is_heading(line):
        assert not is_section_heading(line)


def test_a_label_is_cut_on_any_line_of_a_paragraph() -> None:
    text = "Visit to Mr Hall.\nViews of the person: wants to go home."
    assert [text[s:e] for s, e in line_units(text)] == [
        "Visit to Mr Hall.",
        "Views of the person: ",
        "wants to go home.",
    ]


def test_a_long_title_closed_by_a_bracket_ends_its_line() -> None:
    title = "Carer's assessment - Mrs Sue Hill (wife of Mr Ken Hill, who lives with her)"
    text = f"{title}\nMrs Hill told me she is tired."
    assert [text[start:end] for start, end in line_units(text)] == [
        title,
        "Mrs Hill told me she is tired.",
    ]
    # Wrapped prose that goes on in lower case after a bracket is one sentence.
    wrapped = "I visited Mrs Hill and her husband Ken at home with the nurse (Jo)\nto review."
    assert line_units(wrapped) == [(0, len(wrapped))]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["word", " ", "(", ")", "Mrs Hill", "she"]), max_size=40).map("".join),
    st.sampled_from(["Mrs Hill said she is fine.", "she said she is fine."]),
)
def test_a_line_closing_its_bracket_ends_before_a_capital(line: str, following: str) -> None:
    text = f"{line}\n{following}"
    units = line_units(text, labels=False)
    closed = line.strip().endswith(")") and line.count("(") == line.count(")")
    second_line = len(line) + 1
    if closed and following[0].isupper():
        assert any(start == second_line for start, _ in units)
    for start, end in units:
        assert text[start:end].strip()


def test_list_items_after_a_lead_in_ending_when_are_conditions() -> None:
    """Only the items that finish "... when:" are conditions; a list under any other line
    states things."""
    text = (
        "Complete a plan when:\n- The person asks for one; or\n- The person lacks capacity.\n"
        "The plan includes:\n- The person's goals."
    )
    assert [text[s:e] for s, e in condition_items(text)] == [
        "- The person asks for one; or",
        "- The person lacks capacity.",
    ]


def test_list_items_under_a_heading_or_lead_in_naming_principles_are_principles() -> None:
    """Items under a heading that names principles, or a line naming them that ends in a
    colon, across blank lines, state a law's rules; a sentence that only mentions the
    principles leads into nothing, and a line of prose ends the list."""
    text = (
        "The 5 main principles of the Mental Capacity Act\n\n"
        "  1. Everyone is believed to have capacity.\n"
        "  2. A person should be supported to decide.\n"
        "The Act has five fundamental principles:\n\n1. A person must be assumed to have "
        "capacity.\n\n2. All practical steps must be taken.\n"
        "Mental capacity is assessed for a specific decision.\n- Not a principle\n"
        "We applied the principles of the Act at the meeting.\n- Care reduced to one call."
    )
    assert [text[s:e] for s, e in principle_items(text)] == [
        "  1. Everyone is believed to have capacity.",
        "  2. A person should be supported to decide.",
        "1. A person must be assumed to have capacity.",
        "2. All practical steps must be taken.",
    ]


def test_list_items_under_a_lead_in_naming_themes_are_topics() -> None:
    """Items under "themes including:" (across a blank line) and the words after "Key
    words:" name subjects; items under "Topics discussed with Mrs Khan:" are what was said,
    and a list after a line that leads into nothing more is not a list of themes."""
    text = (
        "The review identified a number of themes including:\n\n"
        "- Alcohol misuse and self-neglect\n- Joint working\n"
        "We encourage staff to share the briefing.\n- Not a theme\n"
        "Key words: hospital discharge, escalation.\n"
        "Topics discussed with Mrs Khan:\n- She was aggressive."
    )
    assert [text[s:e] for s, e in topic_items(text)] == [
        "- Alcohol misuse and self-neglect",
        "- Joint working",
        "hospital discharge, escalation.",
    ]


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("11:15 Bed not offered.", "Bed not offered."),
        ("05/03/25 14:12 – Refer to victim care.", "Refer to victim care."),
        ("Tues 09:25 – checked system", "checked system"),
        ("- 0930hrs: NFA", "NFA"),
        ("14.40 No care package", "No care package"),
        ("1. Referral made", "1. Referral made"),  # a numbered line, no time
        ("2026 was a hard year", "2026 was a hard year"),  # a year, no time
        ("Sat with him at 10:00", "Sat with him at 10:00"),  # a weekday word in a sentence
    ],
)
def test_a_log_entrys_stamp(line: str, rest: str) -> None:
    assert line[entry_stamp(line) :] == rest


def test_a_texts_stamps_are_read_once_for_every_line() -> None:
    text = "Duty log\n11:15 Bed not offered.\nSeen 14:00.\n- 0930hrs: NFA\nSeen. 12:00 left."
    assert [text[s:e] for s, e in entry_stamps(text)] == ["11:15 ", "- 0930hrs: "]
    bed = text.index("Bed")
    assert stamp_end(text, text.index("11:15")) == bed
    assert stamp_end(text, text.index(":15")) == bed  # inside the stamp
    assert stamp_end(text, bed) == bed  # the note itself
    assert stamp_end(text, text.index("14:00")) == text.index("14:00")  # a time in a sentence
    assert stamp_end(text, text.index("12:00")) == text.index("12:00")  # not opening a line
    assert stamp_end(text, text.index("- 0930")) == text.index("NFA")
    assert stamp_end("", 0) == 0


@pytest.mark.parametrize(
    ("line", "clock"),
    [
        ("10:58 call ended.", True),
        ("Meeting closed approx 16:10, approx 2 hrs.", True),
        ("Visit 0930hrs", True),
        ("Ended at 2.15pm", True),
        ("Top-up of £85.00 agreed", False),
        ("Closed on 12/08/2026", False),
        ("Visit of 1.5 hrs", False),
        ("Ref 12:345", False),
    ],
)
def test_a_clock_time_on_a_line(line: str, clock: bool) -> None:
    assert holds_clock_time(line) is clock


def test_the_line_an_offset_lies_on() -> None:
    text = "First line\n10:58 call ended.\nLast"
    assert line_at(text, text.index("call")) == "10:58 call ended."
    assert line_at(text, 0) == "First line"
    assert line_at(text, len(text) - 1) == "Last"


def test_the_line_after_the_one_an_offset_lies_on() -> None:
    text = "Agreed\n- I will refer to OT\n\nLast"
    assert next_line(text, 0) == "- I will refer to OT"
    assert next_line(text, text.index("\n")) == "- I will refer to OT"
    assert next_line(text, text.index("OT")) == ""
    assert next_line(text, text.index("Last")) is None
    assert next_line(text, len(text)) is None
    assert next_line("Ends with a break\n", 0) == ""
    assert next_line("", 0) is None


def test_a_line_read_within_a_window() -> None:
    """A window keeps a caller on a long line from looking further than it needs."""
    text = "a" * 10 + "\n" + "b" * 50 + "\n" + "c"
    at = text.index("b") + 25
    assert (line_start(text, at), line_end(text, at)) == (11, 61)
    assert (line_start(text, at, 5), line_end(text, at, 5)) == (at - 5, at + 5)
    assert (line_start(text, at, 100), line_end(text, at, 100)) == (11, 61)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr Gotts, 22 Brook Road\n\nHe said the stairs were hard.", True),
        ("went to see him at home\nHe said the stairs were hard.\n", False),
        ("He was well.\n\nvisit with his son\n\nClosed.", True),
        ("He was well.\nvisit with his son\nHe was tired.", False),
        ("He was well.\n\nvisit with his son", True),
    ],
)
def test_a_short_line_is_a_heading_only_between_blank_lines_or_the_texts_ends(
    text: str, expected: bool
) -> None:
    words = next(w for w in ("Mr Gotts", "went", "visit") if w in text)
    start = text.index(words)
    assert in_a_heading(text, start, start + len(words)) is expected


@pytest.mark.parametrize(
    ("line", "titled"),
    [
        ("Team: Community Mental Health and Adult Social Care (Complex Needs)", True),
        ("Appendix Three: Information Required when Raising a Concern", True),
        ("Kerry Is Very Vulnerable.", False),
        ("Team: Complex Needs", False),
        ("Mood: low and tearful at the visit", False),
    ],
)
def test_a_line_in_title_case_names_something(line: str, titled: bool) -> None:
    assert in_title_case(line) is titled


_TITLE_PIECES = ["Team", "Adult", "Care", "and", "of", "the", "when", "(Complex", "Needs)", ":"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_TITLE_PIECES), max_size=12).map(" ".join),
    st.sampled_from(["", " ", "\t", "  "]),
    st.sampled_from([".", "!", "?", ",", ";"]),
)
def test_a_title_in_title_case_reads_alike_in_any_margin_and_never_ends_a_sentence(
    line: str, margin: str, stop: str
) -> None:
    """The title test reads the line's words, not its margins, and a line that finishes a
    sentence or a clause is saying something, so it is never a title."""
    assert in_title_case(margin + line + margin) is in_title_case(line)
    assert in_title_case(line + stop) is False


def _contents_at(text: str, words: str) -> bool:
    start = text.index(words)
    return in_a_contents_list(text, start, start + len(words))


def test_an_entry_of_a_contents_list_is_known_by_its_heading_or_the_sections_after() -> None:
    """Numbered lines that each name a section, under "CONTENTS" or headed again as the
    text's sections, are a contents list; a numbered list of things to bring is not."""
    under_heading = (
        "CONTENTS\n- 1. Introduction\n- 2. Who Does this Policy Apply to?\n"
        "- 3. Establishing whether Someone has Mental Capacity\n\n1. Introduction\nText."
    )
    assert _contents_at(under_heading, "Mental Capacity")
    headed_again = (
        "1. Statement of Purpose\n\n2. Service User Guide\n\n3. Provider Information\n\n"
        "Statement of Purpose\n\nWhat we offer.\n\nService User Guide\n\nHow to complain."
    )
    assert _contents_at(headed_again, "Provider")
    things_to_bring = (
        "Please bring:\n1. Your bank statements\n2. Letters about your Deputyship\n"
        "3. Your benefit letters\n\nWe will go through these with you."
    )
    assert not _contents_at(things_to_bring, "Deputyship")
    too_short = "CONTENTS\n1. Introduction\n2. Mental Capacity\n\nText."
    assert not _contents_at(too_short, "Mental Capacity")
    assert not _contents_at(under_heading, "Text")


_CONTENTS_PIECES = st.sampled_from(
    ["Contents\n", "1. Aims\n", "2. Care and Support Needs\n", "3) Fees.\n",
     "- 4. Mental Capacity\n", "\n", "Aims\n", "Care and Support Needs\n",
     "We will assess you.\n", "10. ", "x", "é", "\t"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    text=st.one_of(st.text(max_size=120), st.lists(_CONTENTS_PIECES, max_size=14).map("".join)),
    data=st.data(),
)
def test_a_contents_entry_is_a_numbered_line_among_others(text: str, data: st.DataObject) -> None:
    """Any text and any span: the answer never fails, and a span is only ever in a contents
    list where its own line is a numbered entry and at least two more such lines stand
    with it, blank lines apart."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    if not in_a_contents_list(text, start, end):
        return
    line = text[line_start(text, start) : line_end(text, end)]
    assert any(ch.isdigit() for ch in line)
    numbered = [row for row in text.split("\n") if any(ch.isdigit() for ch in row.strip()[:3])]
    assert len(numbered) >= 3
