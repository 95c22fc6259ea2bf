"""Fact and opinion: evidence, sentence and heading helpers, and the rules' messages."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recordlint.evaluative import has_evidence, sentence_of
from recordlint.evaluative.verdicts import conduct_verdicts
from recordlint.nlp import DEFAULT_MODEL, Need, load_pipeline
from recordlint.rules.opinion import is_heading
from recordlint.rules.opinion.conclusions import read_from_conduct
from recordlint.rules.opinion.framing import hedged
from recordlint.rules.opinion.speakers import raised_or_found
from tests.conftest import linter_for
from tests.record_fragments import FRAGMENTS

OPINION_CODES = ["RL601", "RL602", "RL603", "RL604", "RL605", "RL606"]


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_pipeline(DEFAULT_MODEL, frozenset({Need.TAGS, Need.PARSE}))


@pytest.mark.parametrize(
    "sentence",
    [
        "The house was filthy because the bins had not been emptied.",
        "She has fallen 3 times since March.",
        "The flat was squalid: bags of rubbish in the hall and the kitchen.",
        "I saw mould on the bedroom wall.",
        'She said "I am fine".',
        "She is at risk, for example she left the gas on twice.",
        "There were several out of date items in the fridge.",
    ],
)
def test_has_evidence_finds_reasons_numbers_details_and_quotes(nlp: Any, sentence: str) -> None:
    """Reasons, numbers, details after a colon, observations and quotes count as evidence."""
    doc = nlp(sentence)
    assert has_evidence(doc[:])


@pytest.mark.parametrize(
    "sentence", ["The house was filthy.", "She lacks insight into her needs.", "No concerns."]
)
def test_has_evidence_is_false_for_bare_judgements(nlp: Any, sentence: str) -> None:
    """A judgement on its own carries no evidence."""
    assert not has_evidence(nlp(sentence)[:])


@pytest.mark.parametrize(
    "sentence",
    [
        "09.25 She lacks insight into her needs.",
        "At 9am she is frightened of her son.",
        "1430 hrs she is frightened of her son.",
    ],
)
def test_has_evidence_does_not_count_a_clock_time(nlp: Any, sentence: str) -> None:
    """A log line's time of day says when, not what was seen."""
    assert not has_evidence(nlp(sentence)[:])


@pytest.mark.parametrize(
    "sentence", ["She drank 2.25 litres today.", "She owes £12.50.", "She fell 3 times."]
)
def test_has_evidence_still_counts_sums_and_measures(nlp: Any, sentence: str) -> None:
    assert has_evidence(nlp(sentence)[:])


@pytest.mark.parametrize(
    "sentence",
    [
        "She is not coping as well as she says she is.",
        "The family went silent as soon as he walked in.",
        "He is depressed since his wife died.",
        "Pt v lonely since husband died.",
    ],
)
def test_has_evidence_does_not_count_a_comparison_or_a_date(nlp: Any, sentence: str) -> None:
    """The second "as" of "as ... as" compares or times, and a "since" that tells a past
    event beside a present state dates it: neither is a reason."""
    assert not has_evidence(nlp(sentence)[:])


@pytest.mark.parametrize(
    "sentence",
    [
        "He is depressed as he lives alone.",
        "He is vulnerable since he has dementia.",
        "He was low since she had moved out.",
    ],
)
def test_has_evidence_still_counts_a_reason_clause(nlp: Any, sentence: str) -> None:
    """A reason says what is so; a past beside a past is left as it was read."""
    assert has_evidence(nlp(sentence)[:])


def test_has_evidence_ignores_a_heading_colon_before_the_words(nlp: Any) -> None:
    """A colon before the judged words is a label, not the details behind them."""
    doc = nlp("Home environment: the flat was filthy.")
    filthy = next(t for t in doc if t.text == "filthy")
    assert not has_evidence(doc[:], after=filthy.i)


def test_sentence_of_cuts_at_line_breaks(nlp: Any) -> None:
    """A heading line without a full stop is not part of the statement below it."""
    doc = nlp("3. Managing toilet needs\nNo issues.")
    issues = next(t for t in doc if t.text == "issues")
    assert sentence_of(issues).text.strip() == "No issues."


@pytest.mark.parametrize(
    ("text", "heading"),
    [("What I think and why", True), ("Mental capacity", True), ("No concerns.", False)],
)
def test_is_heading_recognises_short_unpunctuated_lines(nlp: Any, text: str, heading: bool) -> None:
    """Short lines with no closing punctuation are headings."""
    assert is_heading(nlp(text)[:]) is heading


def _findings(text: str, code: str) -> list:
    report = linter_for({"select": [code]}).lint(text)
    assert not report.errors, report.errors
    return [f for f in report.findings if f.code == code]


# Credibility-undermining (RL604) is a failure of respect and cites that clause instead.
@pytest.mark.parametrize("code", [c for c in OPINION_CODES if c != "RL604"])
def test_opinion_rules_cite_the_fact_and_opinion_standard(code: str) -> None:
    """Every RL6 rule but RL604 cites Standard 2's fact and opinion clause."""
    from recordlint.rules.registry import get_rule

    found = get_rule(code)
    assert found is not None
    assert found.standard == "2.fact-opinion"
    assert found.category.value == "opinion"


def test_opinion_as_fact_message_says_how_to_fix() -> None:
    """The message asks for what was seen or heard, or a marked opinion with evidence."""
    (finding,) = _findings("The house was filthy.", "RL601")
    assert "'filthy'" in finding.message
    assert "what you saw or heard" in finding.message
    assert "evidence" in finding.message


def test_evidence_in_the_next_sentence_satisfies_a_marked_opinion() -> None:
    """'In my opinion' followed by what was seen is an evidenced opinion."""
    text = "In my opinion she is at risk. I saw bruises on both arms."
    assert not _findings(text, "RL602")


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("He is lonely and at risk of self-neglect. The boiler will be off for 3 weeks.", True),
        ("He is lonely and at risk of self-neglect. His boiler will be off for 3 weeks.", False),
        (
            "He is lonely and at risk of neglect. The boiler is off for 3 weeks, so he is cold.",
            False,
        ),
        ("He is lonely and at risk of self-neglect. He has not left the house for 3 weeks.", False),
        ("She is very frightened. The lift has been broken for 2 weeks.", False),
    ],
)
def test_evidence_next_sentence_must_be_about_the_one_judged(text: str, flagged: bool) -> None:
    """A next sentence whose subject is a thing, that names neither the person nor anything
    of the verdict's own words, is no evidence for a verdict on the person; one that names
    the person, or what the verdict rests on, still is. Feelings keep the looser test."""
    assert bool(_findings(text, "RL601")) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("I think he may miss it, but I will keep checking this with you.", False),
        ("I think she is lonely, but I am not qualified to say this.", False),
        ("I think she is lonely and I will refer her to the befriending service.", True),
        ("I think she is lonely, but her son says she is not.", True),
    ],
)
def test_a_view_the_writer_qualifies_in_its_sentence_is_held_open(text: str, flagged: bool) -> None:
    """A "but" clause of the writer's own after a marked view says how it will be tested or
    what it cannot yet rest on; a plan joined with "and" or someone else's clause does not."""
    assert bool(_findings(text, "RL602")) is flagged


def test_an_exemplary_record_stays_quiet() -> None:
    """A record written the way the standard asks produces no fact-and-opinion findings."""
    text = (
        "I visited Mrs Begum at home. She told me she slips when stepping out of the bath, "
        "and I saw that there is nothing to hold on to. In my professional opinion a grab "
        "rail would make washing safer, because she has slipped twice this month. She said "
        '"I would like that, as long as it is not ugly".'
    )
    report = linter_for({"select": OPINION_CODES}).lint(text)
    assert not report.findings, report.findings


def test_reported_views_of_relatives_are_not_the_writers_opinion() -> None:
    """A relative's reported view is attributed, so it is not opinion stated as fact."""
    text = "Her daughter said the house was filthy and that her mum is in denial."
    report = linter_for({"select": OPINION_CODES}).lint(text)
    assert not report.findings, report.findings


_VERDICTS_AND_GUESSES = (
    "Needs met.",
    "Placement meeting needs",
    "Outcomes achieved.",
    "unable to meet his needs",
    "He is probably drinking again.",
    "Her daughter said",
    "If she lacks capacity",
    "since his wife died",
)
_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS + _VERDICTS_AND_GUESSES), st.text(max_size=40)),
    min_size=1,
    max_size=6,
).map(" ".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_text)
def test_arbitrary_text_gives_opinion_findings_inside_the_text(text: str) -> None:
    """Any text, however the verdicts and guesses fall in it: no error, and every finding
    covers words of the text."""
    report = linter_for({"select": OPINION_CODES}).lint(text)
    assert not report.errors, report.errors
    for finding in report.findings:
        assert 0 <= finding.start < finding.end <= len(text), finding
        assert text[finding.start : finding.end].strip(), finding


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("His self-discharge shows he remains ambivalent about recovery.", True),
        ("The family's presentation suggests a long-standing pattern of conflict.", True),
        ("The carers' log shows he is managing his meals.", False),
        ("Her bank statement shows a pattern of cash withdrawals.", False),
        ("His answers show he can manage the stairs with a rail.", False),
        ("His self-discharge may suggest he remains ambivalent about recovery.", False),
    ],
)
def test_read_from_conduct_finds_verdicts_drawn_from_what_someone_did(
    nlp: Any, sentence: str, found: bool
) -> None:
    """A verdict on someone shown by what they did is found; a paper's contents, what someone
    can do and a conclusion offered as possible are not."""
    assert bool(read_from_conduct(nlp(sentence))) is found


def test_conduct_verdict_leaves_a_note_of_a_thing_not_done_properly(nlp: Any) -> None:
    """A note of a thing not done properly, its "were" dropped, judges no one's conduct."""
    doc = nlp("Bottles not sterilised properly, steriliser cold.")
    assert conduct_verdicts(doc) == []


@pytest.mark.parametrize(
    ("sentence", "word", "covered"),
    [
        ("She appears to have mobility problems and is unlikely to cope.", "unlikely", False),
        ("She appears to have mobility problems and is unlikely to cope.", "problems", True),
        ("It appears that she is frail and is at risk of falls.", "risk", True),
        ("Apparently he drinks heavily and is unable to manage.", "unable", True),
        ("She is unable to manage.", "unable", False),
    ],
)
def test_a_hedge_covers_what_hangs_on_its_verb(
    nlp: Any, sentence: str, word: str, covered: bool
) -> None:
    """An impression verb hedges its own clause, not a finite clause joined after it; a
    hedge over both clauses and a hearsay word still cover the whole."""
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == word)
    assert hedged(doc[:], token) is covered


@pytest.mark.parametrize(
    "text",
    [
        "Mrs Kowalczyk presented as low in mood during the assessment.",
        "SU presented as anxious at the start and was reluctant to go past the drive.",
        "He appeared tearful throughout the visit.",
    ],
)
def test_a_mood_seen_at_a_time_of_the_contact_is_an_observation(text: str) -> None:
    """A preposition of time after a mood told in the past places it in the contact: what
    was seen then, as "today" after it is."""
    assert _findings(text, "RL603") == []


@pytest.mark.parametrize(
    "text",
    [
        "She presented as anxious about money.",
        "He presents as low in mood at home.",
        "He seemed low in mood when we visited.",
    ],
)
def test_a_topic_a_present_tense_or_a_visit_clause_stays_an_impression(text: str) -> None:
    assert len(_findings(text, "RL603")) == 1


def test_a_contact_needed_is_a_step_and_care_needed_a_forecast() -> None:
    """What someone will need is a forecast of how they will fare, unless it is a contact
    the service holds with them (an assessment, a review): the next step of the process."""
    assert _findings("Mrs Z will need a financial assessment.", "RL601") == []
    assert _findings("If he moves, Mr R will need a full review of his care.", "RL601") == []
    assert len(_findings("She will need a care home.", "RL601")) == 1
    assert len(_findings("He will need a review and a care home.", "RL601")) == 1


def test_open_as_a_verb_with_an_object_is_an_act_not_candour() -> None:
    assert _findings("The bolt is high on the door so she can't open it.", "RL601") == []
    assert _findings("Didn't open door, spoke through chain.", "RL601") == []
    assert len(_findings("She is not open with her family about the debts.", "RL601")) == 1
    assert len(_findings("Lucy has a history of not opening post.", "RL601")) == 1


def test_certainty_over_what_a_service_does_is_a_judgement() -> None:
    """A certainty word over what an agency or a body does states a reading of it as fact,
    as over what a person does; a thing clearly signed or labelled stays quiet."""
    assert len(_findings("This agency clearly doesn't train its staff at all.", "RL601")) == 1
    assert _findings("The form was clearly signed.", "RL601") == []


def test_a_change_of_mind_in_the_perfect_needs_a_clause() -> None:
    """ "Has accepted that ..." tells a change of mind as done; "has accepted" with a plain
    noun records a choice."""
    assert len(_findings("Keith has accepted that he cannot return home.", "RL601")) == 1
    assert _findings("She has accepted a carer's assessment.", "RL601") == []
    assert _findings("He has not accepted the offer.", "RL601") == []


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("I asked what help she would need at home.", True),
        ("We talked about what would keep her safe.", True),
        ("I asked him how he would manage at night.", True),
        ("She told me how frightened she was.", False),
        ("I said what she needs is respite.", False),
        ("She said when she is alone she is frightened.", False),
    ],
)
def test_a_question_a_clause_asks_states_nothing(nlp: Any, text: str, asked: bool) -> None:
    """Words inside a clause that a "what", "who" or "how" opens as a complement are asked or
    unnamed, not stated; a degree ("how frightened"), a clause of time and a subject that
    "what" opens are said."""
    from recordlint.rules.opinion.framing import under_condition_or_question

    doc = nlp(text)
    verb = next(t for t in reversed(doc) if t.pos_ in {"VERB", "AUX", "ADJ"})
    assert under_condition_or_question(doc, verb.i, verb.i + 1) is asked


def test_a_judgement_whose_grounds_follow_is_a_finding(nlp: Any) -> None:
    from recordlint.rules.opinion.evidence import basis_follows

    doc = nlp("He is at risk of losing his flat. I base this on the arrears letters.")
    assert basis_follows(sentence_of(doc[0]))
    doc = nlp("He is at risk of losing his flat. I will ring him on Monday.")
    assert not basis_follows(sentence_of(doc[0]))
    assert _findings("He is at risk of losing his flat. I base this on the letters.", "RL601") == []


def test_the_presumption_of_capacity_applied_to_someone_is_no_finding() -> None:
    """The Act's first principle said of someone ("he must be assumed to have capacity") puts
    the burden on whoever doubts it; a lack presumed is still read as a finding."""
    linter = linter_for()
    presumed = linter.lint(
        "Under the Mental Capacity Act 2005 he must be assumed to have capacity unless it is "
        "established that he lacks capacity.",
        kind="assessment",
    )
    assert not [f for f in presumed.findings if f.code == "RL605"]
    lacking = linter.lint("She must be assumed to lack capacity.", kind="assessment")
    assert [f for f in lacking.findings if f.code == "RL605"]


def test_certainty_listed_with_a_manner_adverb_is_manner() -> None:
    """A certainty adverb listed with another adverb of manner, with no verb, says one of
    the ways something is done; alone it is still certainty."""
    assert _findings("Communicates: Clearly, verbally.", "RL601") == []
    assert _findings("Communicates: Verbally, clearly.", "RL601") == []
    assert len(_findings("Obviously a deliberate choice.", "RL601")) == 1


def test_settled_tied_to_a_moment_is_what_was_seen_then() -> None:
    """A bare "Settled" in a line stamped with a clock time, or with a clause of when, is a
    night check's or a visit's observation; summed up with "has" or a degree word it is
    still a vague verdict."""
    assert _findings("01:40 Settled.", "RL606") == []
    assert _findings("Tearful at first, settled once her son arrived.", "RL606") == []
    assert _findings("21:00 Home. Sat with her till settled.", "RL606") == []
    assert len(_findings("Mrs Adeyemi has settled well.", "RL606")) == 1
    assert len(_findings("09:10 Mr Hale more settled.", "RL606")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "No concerns raised.",
        "No concerns were raised.",
        "No concerns currently raised.",
        "No issues have been identified.",
        "No concerns noted.",
    ],
)
def test_no_concerns_raised_or_found_is_no_verdict(nlp: Any, sentence: str) -> None:
    """The passive's auxiliaries and an adverb may stand between "no concerns" and the
    participle: the note still says no one raised any or nothing was found."""
    doc = nlp(sentence)
    noun = next(t for t in doc if t.lower_ in {"concerns", "issues"})
    assert raised_or_found(noun)


@pytest.mark.parametrize("sentence", ["No concerns.", "No carers raised it.", "No concerns ever."])
def test_bare_no_concerns_is_not_raised_or_found(nlp: Any, sentence: str) -> None:
    doc = nlp(sentence)
    noun = next(t for t in doc if t.lower_ in {"concerns", "carers"})
    assert not raised_or_found(noun)
