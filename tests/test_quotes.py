"""The person's quoted words: bounded by their paragraph, found in one pass, never hiding
the rest of a record, and what they leave unchecked is counted."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from recordlint.text import (
    MAX_UNMARKED_SPEECH_CHARS,
    merged_length,
    merged_spans,
    overlaps_any,
    paragraphs,
    quote_spans,
    running_quote_spans,
    unmarked_speech_spans,
)
from tests.conftest import linter_for
from tests.record_fragments import FRAGMENTS, QUOTE_MARKS, SEPARATORS

UNCLOSED_EXAMPLE = (
    "She said “I want to stay here…\n\n"
    "The GP and the OT will attend the MDT\n\n"
    "Her son said “she is fine”."
)
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")

record_like = st.lists(
    st.sampled_from(QUOTE_MARKS) | st.sampled_from(SEPARATORS) | st.sampled_from(FRAGMENTS),
    max_size=20,
).map("".join)
plain = st.lists(st.sampled_from(["a", " ", "’", "'", "‘"]), max_size=6).map("".join)
balanced_curly = st.lists(
    plain | plain.map(lambda words: f"“{words}”") | st.sampled_from(["\n", "\n\n"]),
    max_size=12,
).map("".join)


def quoted(text: str) -> list[str]:
    return [text[start:end] for start, end in quote_spans(text)]


def test_an_unclosed_quotation_ends_with_its_paragraph() -> None:
    """The opening mark never closed takes its own paragraph only; the next paragraph is
    checked and a later quotation pairs on its own."""
    assert quoted(UNCLOSED_EXAMPLE) == ["I want to stay here…", "she is fine"]


def test_marks_that_would_pair_across_paragraphs_are_not_one_quotation() -> None:
    text = "He said ”no.\n\nShe said “yes”."
    assert quoted(text) == ["yes"]


def test_inches_and_apostrophes_open_no_quotation() -> None:
    text = 'She has a 32" television and her son\'s dog. He said "I\'m 85" twice.'
    assert quoted(text) == ["I'm 85"]


def test_an_opening_single_mark_never_closes_a_quotation() -> None:
    assert quoted("He said ‘no‘ and ‘yes’.") == ["no‘ and ‘yes"]


def test_the_paragraph_after_an_unclosed_quotation_is_checked() -> None:
    """The acronyms in the middle paragraph are found; nothing in the quotations is."""
    report = linter_for({"select": ["RL101"]}).lint(UNCLOSED_EXAMPLE, kind="case_note")
    assert sorted(f.text for f in report.findings) == ["GP", "MDT", "OT"]
    middle = UNCLOSED_EXAMPLE.index("The GP")
    assert all(middle <= f.start for f in report.findings)


def test_quoted_text_is_counted_as_unchecked() -> None:
    report = linter_for({"select": ["RL101"]}).lint(UNCLOSED_EXAMPLE, kind="case_note")
    expected = len("I want to stay here…") + len("she is fine")
    assert report.metrics["unchecked_chars"] == expected
    assert report.metrics["unchecked"] == {"quoted": expected}


def test_a_long_unclosed_quotation_is_reported_once() -> None:
    """When most of a record went unchecked, one info finding says how much and why."""
    text = "She said “" + "I want to stay in my own home with my cat. " * 12 + "\n\nNo change."
    report = linter_for().lint(text, kind="case_note")
    coverage = [f for f in report.findings if f.code == "RL001"]
    assert len(coverage) == 1
    (finding,) = coverage
    assert finding.severity == "info"
    assert str(report.metrics["unchecked_chars"]) in finding.message
    assert "quoted" in finding.message
    assert finding.start == text.index("I want")


def test_a_short_quotation_is_not_reported() -> None:
    text = "She said “I want to stay here.” Visited at home; her kitchen is clean and tidy."
    report = linter_for().lint(text, kind="case_note")
    assert not [f for f in report.findings if f.code == "RL001"]
    assert report.metrics["unchecked_chars"] == len("I want to stay here.")


@settings(max_examples=200)
@given(record_like)
def test_quotations_are_sorted_disjoint_and_inside_one_paragraph(text: str) -> None:
    spans = quote_spans(text)
    assert spans == sorted(spans)
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start
    # The engine cuts a very long paragraph into pieces; a quotation may run across those
    # pieces, but never past the paragraph's own blank line or outside the text.
    blocks = [(b.start, b.end) for b in paragraphs(text)]
    for start, end in spans:
        assert 0 <= start <= end <= len(text)
        assert not PARAGRAPH_BREAK.search(text, start, end)
        assert start == end or (
            any(s <= start < e for s, e in blocks) and any(s < end <= e for s, e in blocks)
        )


@settings(max_examples=200)
@given(balanced_curly)
def test_every_curly_quotation_is_found_exactly(text: str) -> None:
    """Where curly marks are balanced, each pair is one quotation, whatever apostrophes and
    single marks stand around it, and every double-quoted stretch is one of them."""
    pairs = [(m.start(1), m.end(1)) for m in re.finditer(r"“([^“”]*)”", text)]
    spans = quote_spans(text)
    assert set(pairs) <= set(spans)
    assert [s for s in spans if text[s[0] - 1 : s[0]] == "“"] == pairs


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=8),
       st.integers(0, 60), st.integers(0, 60))  # fmt: skip
def test_overlaps_any_agrees_with_a_plain_scan(
    raw: list[tuple[int, int]], start: int, length: int
) -> None:
    """The binary search gives the same answer as checking every span."""
    spans: list[tuple[int, int]] = []
    reach = 0
    for a, b in sorted((min(a, b), max(a, b)) for a, b in raw):
        if a >= reach:  # keep them disjoint, as quote_spans gives them
            spans.append((a, b))
            reach = b
    end = start + length % 8
    expected = any(start < e and s < end for s, e in spans)
    assert overlaps_any(start, end, spans) == expected


@given(st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50)), max_size=8))
def test_merged_length_counts_each_character_once(raw: list[tuple[int, int]]) -> None:
    spans = [(min(a, b), max(a, b)) for a, b in raw]
    covered = {i for start, end in spans for i in range(start, end)}
    assert merged_length(spans) == len(covered)


def test_a_single_mark_opening_a_paragraph_left_open_ends_with_its_paragraph() -> None:
    """British style quotes an account in single marks; one that opens a paragraph and is
    never closed is a quotation to the paragraph's end, as a double one is. A single mark
    inside a sentence still needs its closing mark, being so often an apostrophe."""
    text = "Her story below.\n\n‘Mum came to live with us. She’s settled now.\n\nShe is well."
    assert quoted(text) == ["Mum came to live with us. She’s settled now."]
    assert quoted("He said ‘no and then left.\n\nShe is well.") == []


SEVERAL_PARAGRAPHS = "I want to stay in my own home with my cat, near my friends. " * 4


def test_a_quotation_over_several_paragraphs_is_not_called_left_open() -> None:
    """Each paragraph of a long quotation opens with a mark and only the last closes: the
    writer's words are as they should be, so the finding gives no advice to close one."""
    text = f"Her story.\n\n“{SEVERAL_PARAGRAPHS}\n\n“{SEVERAL_PARAGRAPHS}”\n\nNo change."
    report = linter_for().lint(text, kind="case_note")
    (finding,) = [f for f in report.findings if f.code == "RL001"]
    assert "left open" not in finding.message


def test_a_quotation_left_open_before_the_next_paragraph_is_called_so() -> None:
    text = f"Her story.\n\n“{SEVERAL_PARAGRAPHS}\n\nShe is settled and eats well."
    report = linter_for().lint(text, kind="case_note")
    (finding,) = [f for f in report.findings if f.code == "RL001"]
    assert "A quotation mark was left open" in finding.message


def running(text: str) -> list[str]:
    return [text[start:end] for start, end in running_quote_spans(text)]


def test_a_quotation_of_several_paragraphs_is_read_whole_for_the_text() -> None:
    """Opened once at a paragraph's start, it runs on through the paragraphs with no mark
    to the one that closes it, or to the text's end; the shared finder still ends it at
    its first paragraph."""
    closed_later = "Ron wrote:\n\n“My wife is ill.\n\nI care for her.”\n\nCarers need help."
    assert running(closed_later) == ["My wife is ill.\n\nI care for her."]
    # The shared finder ends it at its first paragraph; the last paragraph, closed by a
    # mark nothing in it opened, is quoted on its own.
    assert quoted(closed_later) == ["My wife is ill.", "I care for her."]
    assert [
        closed_later[start:end] for start, end in quote_spans(closed_later, lost_marks=False)
    ] == ["My wife is ill."]
    never_closed = "“My mum was frail.\n\nChange of plan\n\nI rang the social worker."
    assert running(never_closed) == [never_closed[1:]]


def test_the_printed_convention_and_a_quotation_inside_a_sentence_stay_as_they_are() -> None:
    """Each paragraph opening with its own mark is quoted to its own end already; a
    quotation left open inside a worker's sentence does not run on."""
    convention = "“My husband is ill.\n\n“I care for him.”\n\nAnne is one of many."
    assert running(convention) == quoted(convention)
    assert running(UNCLOSED_EXAMPLE) == quoted(UNCLOSED_EXAMPLE)


@given(record_like)
# A single quotation opened inside a run-on quotation and left open past its closing mark.
@example('"\t\t  \r\n‘‘” ')
def test_running_quotations_are_sorted_disjoint_and_hold_the_shared_ones(text: str) -> None:
    spans = running_quote_spans(text)
    assert spans == sorted(spans)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))
    for start, end in quote_spans(text):
        assert any(s <= start and end <= e for s, e in spans)


def test_words_under_a_line_that_hands_over_to_a_speaker_are_quoted() -> None:
    """A copied page may lose the marks around words it sets out as a paragraph of their
    own under "Name said:": that paragraph is the speaker's, and the next one is not."""
    text = (
        "Sam, who has lived with her for six years, said:\n\n"
        "She is like family to me and I help her with the shopping.\n\n"
        "The scheme is looking for more carers."
    )
    assert quoted(text) == ["She is like family to me and I help her with the shopping."]
    # A heading over a list ("Good recording:") hands over to no one.
    listed = "Good recording:\n\nSupports the delivery of good care and support."
    assert quoted(listed) == []
    # Nor does a paragraph that has marks of its own: they say where the words are.
    marked = "Sam said:\n\nAt first “it was hard” for both of us."
    assert quoted(marked) == ["it was hard"]
    assert quote_spans(text, lost_marks=False) == []


@pytest.mark.parametrize(
    "line",
    [
        "Alternative options considered:",
        "The following outcomes are considered:",
        "Options Considered:",
    ],
)
def test_a_heading_whose_participle_names_no_speaker_hands_over_to_no_one(line: str) -> None:
    """A heading over a numbered list whose verb of saying describes a thing ("Alternative
    options considered:") names no one who speaks: the list under it is the writer's own
    and is checked."""
    text = f"{line}\n\n  1. Doing nothing is not a viable option.\n  2. Closing the home."
    assert quoted(text) == []


@pytest.mark.parametrize(
    "line",
    [
        "Tora said:",
        "Councillor Jane Smith said:",
        "I was told:",
        "Her daughter explained:",
        "The residents said:",
        "Lesley, who is a foster carer, said:",
    ],
)
def test_a_line_naming_a_speaker_hands_over_to_them(line: str) -> None:
    """A name, a pronoun or a word for a person before the verb of saying is a speaker."""
    assert quoted(f"{line}\n\nIt was hard at first.") == ["It was hard at first."]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["options", "outcomes", "the", "following", "are", "proposals"]),
        min_size=1,
        max_size=5,
    ).map(" ".join),
    st.sampled_from(["considered", "agreed", "noted", "discussed", "explained", "said"]),
    record_like,
)
def test_a_line_naming_only_things_never_silences_the_paragraph_after_it(
    words: str, verb: str, body: str
) -> None:
    """Whatever follows a line of words for things and a verb of saying, none of
    it is quoted for that line's sake: it is quoted only where its own marks say so."""
    text = f"The {words} {verb}:\n\n{body}"
    after = len(text) - len(body)
    own = [(s + after, e + after) for s, e in quote_spans(body) if e > s]
    assert [q for q in quote_spans(text) if q[0] >= after and q[1] > q[0]] == own


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["If", "When", "Where", "Although", "Because", "Once", "Unless"]),
    st.lists(
        st.sampled_from(["you", "she", "I", "the", "person", "are", "unable", "to", "decide"]),
        min_size=1,
        max_size=6,
    ).map(" ".join),
    st.sampled_from(["the Act", "the law", "this guide", "the policy", "the following"]),
    st.sampled_from(["explains", "says", "states", "explained", "said"]),
    record_like,
)
@example("If", "you", "the Act", "explains", "• That you should have help:\n  It says so.")
def test_a_clause_leading_into_a_thing_hands_over_to_no_one(
    opener: str, clause: str, thing: str, verb: str, body: str
) -> None:
    """A clause that leads into the verb's subject ("If you are unable to make some
    decisions, the Act explains:") is not its subject: a person it names does not speak,
    and the page's own words set out under the line are checked, quoted only where their
    own marks say so."""
    text = f"{opener} {clause}, {thing} {verb}:\n\n{body}"
    after = len(text) - len(body)
    own = [(s + after, e + after) for s, e in quote_spans(body) if e > s]
    assert [q for q in quote_spans(text) if q[0] >= after and q[1] > q[0]] == own


@pytest.mark.parametrize(
    "line", ["When I asked her, she said:", "If it helps, her daughter explained:"]
)
def test_a_speaker_after_a_leading_clause_still_hands_over(line: str) -> None:
    """After a leading clause, the subject that names a speaker still hands over."""
    assert quoted(f"{line}\n\nIt was hard at first.") == ["It was hard at first."]


def test_a_line_closed_by_a_mark_nothing_opened_is_quoted() -> None:
    """A curly closing mark at a paragraph's end, with no double mark before it, closes
    words quoted from the start of its line; a closing mark inside a line, or a straight
    mark, is left as it was."""
    text = "Her story.\n\nWhen he moved, I felt I had let him down.”\n\nShe still visits."
    assert quoted(text) == ["When he moved, I felt I had let him down."]
    assert quoted("She said it was fine.” Then she left.") == []
    assert quoted('When he moved, I felt I had let him down."') == []
    assert quote_spans(text, lost_marks=False) == []


# Direct speech whose marks were never typed.


def unmarked(text: str) -> list[str]:
    return [text[start:end] for start, end in unmarked_speech_spans(text)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Discussed. He said I dont mean it, I'm just scared. Left.",
            "I dont mean it, I'm just scared",
        ),
        ("Ruth said I want to go back to the art group", "I want to go back to the art group"),
        ("He was more relaxed. He said you can come again beti.", "you can come again beti"),
        ("Ms Shaw said, I'm at work all day.", "I'm at work all day"),
        ("She took his hand and said my son is a good boy!", "my son is a good boy"),
    ],
)
def test_a_speaker_then_words_in_the_first_or_second_person_are_their_words(
    text: str, words: str
) -> None:
    assert unmarked(text) == [words]


@pytest.mark.parametrize(
    "text",
    [
        "She said I could ring her on Monday.",  # put back a tense: the writer's report
        "He said I'd be told.",
        "He said you would hear from the team.",
        "She said she is fine.",  # the third person: reported, not quoted
        "You said you want to stay at home.",  # a letter's reader, reported to them
        "I said I will ask the college.",  # the writer's own words
        "I introduced myself and said I work with the council.",
        "My granddaughter says I make the best cake.",  # "I" is the writer
        "Our manager says you can only have it with a named worker.",
        "The letter says your GP is aware.",  # a paper, not a speaker
        'She said "I am fine."',  # marked: quote_spans reads it
        "He answered my questions about his money.",
    ],
)
def test_reports_the_writer_may_own_are_not_read_as_speech(text: str) -> None:
    assert unmarked(text) == []


def test_unmarked_speech_ends_at_its_line_or_sentence_and_is_bounded() -> None:
    assert unmarked("Kerry said I already have\nAdvised 999.") == ["I already have"]
    endless = "Kerry said I " + "and so on " * 40
    assert unmarked(endless) == []


@given(record_like | st.text(max_size=200))
@example("He said I dont know.“ She said you ok")
def test_unmarked_speech_is_sorted_disjoint_bounded_and_holds_no_mark(text: str) -> None:
    spans = unmarked_speech_spans(text)
    assert spans == sorted(spans)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))
    for start, end in spans:
        assert 0 <= start < end <= len(text)
        assert end - start <= MAX_UNMARKED_SPEECH_CHARS
        words = text[start:end]
        assert not re.search('[\n\r"“”‘]', words)
        assert re.match(r"(?i)(i|my|you|your)(?![a-z])", words)


@given(st.sampled_from(["could", "would", "should", "was", "had", "might"]), record_like)
def test_words_put_back_a_tense_are_never_read_as_speech(verb: str, rest: str) -> None:
    text = f"Marcus said I {verb} {rest}"
    assert not any(start == len("Marcus said ") for start, _ in unmarked_speech_spans(text))


@given(record_like, record_like)
def test_merged_spans_cover_exactly_both_lists(first: str, second: str) -> None:
    left, right = quote_spans(first + second), unmarked_speech_spans(first + second)
    merged = merged_spans(left, right)
    assert all(a_end < b_start for (_, a_end), (b_start, _) in itertools.pairwise(merged))
    covered = {i for s, e in [*left, *right] for i in range(s, e)}
    assert covered == {i for s, e in merged for i in range(s, e)}


def test_a_finding_in_unmarked_speech_is_set_aside_and_one_in_the_writers_words_kept() -> None:
    report = linter_for().lint("He said I dont mean it. Mr Ash didnt answer.", kind="case_note")
    flagged = [f.text for f in report.findings if f.code == "RL401"]
    assert flagged == ["didnt"]
