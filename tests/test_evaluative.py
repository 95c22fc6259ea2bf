"""Evaluative predicates: certainty frames, predictions, character and mind-reading words,
who they are said of, and whether someone else said them."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recordlint.evaluative import (
    NOTE_BREAKS,
    Judgement,
    evaluative_predicates,
    fragment_start,
    has_evidence,
    run_on_part,
    sentence_of,
)
from recordlint.lexicon import load_lexicon
from recordlint.subjects import Referent
from tests.conftest import linter_for
from tests.record_fragments import FRAGMENTS


@pytest.fixture(scope="module")
def nlp() -> Any:
    return linter_for().nlp


def _found(nlp: Any, text: str) -> list[tuple[Judgement, str, bool]]:
    doc = nlp(text)
    found = []
    for predicate in evaluative_predicates(doc):
        start, end = predicate.clause()
        found.append((predicate.kind, doc[start:end].text, predicate.attributed()))
    return found


@pytest.mark.parametrize(
    ("sentence", "kind", "words"),
    [
        ("It is clear that the money has been misused.", Judgement.CERTAINTY, "the money"),
        ("Obviously he needs nursing care now.", Judgement.CERTAINTY, "he needs"),
        ("Florence is clearly struggling with housework.", Judgement.CERTAINTY, "Florence"),
        ("Pt will not manage the stairs for much longer.", Judgement.PREDICTION, "manage"),
        ("She will need a care home.", Judgement.PREDICTION, "care home"),
        ("He would not manage a tenancy independently.", Judgement.PREDICTION, "tenancy"),
        ("Pauline is a very controlling wife.", Judgement.CHARACTER, "controlling"),
        ("Her daughter is unhelpful.", Judgement.CHARACTER, "unhelpful"),
        ("She is over-protective of Roy.", Judgement.CHARACTER, "protective"),
        ("He is no longer safe to live alone.", Judgement.CHARACTER, "safe"),
        ("Ivy is frightened of him.", Judgement.FEELING, "frightened"),
        ("He does not understand that he needs help.", Judgement.MENTAL_STATE, "understand"),
        ("She has no motivation to get better.", Judgement.MENTAL_STATE, "motivation"),
        ("He is not motivated to do anything.", Judgement.MENTAL_STATE, "motivated"),
        ("Bridget is not bothered about visiting.", Judgement.MENTAL_STATE, "bothered"),
        ("Mr Baptiste is a very challenging man.", Judgement.CHARACTER, "challenging man"),
        ("She is a very pleasant lady.", Judgement.CHARACTER, "pleasant lady"),
        ("Family are disengaged.", Judgement.CHARACTER, "disengaged"),
        ("Efua is not being open about the money.", Judgement.CHARACTER, "open"),
        ("This provider is unreliable.", Judgement.CHARACTER, "unreliable"),
        (
            "She says she is managing. This is clearly not the case.",
            Judgement.CERTAINTY,
            "This is clearly",
        ),
        ("Pt is an alcoholic and will just keep falling.", Judgement.PREDICTION, "falling"),
        ("He wants to go back but this is unrealistic.", Judgement.PLAUSIBILITY, "this is"),
        ("She wants her own flat. This is not realistic.", Judgement.PLAUSIBILITY, "This is"),
        (
            "He says he has cut down to four cans a day, which is unlikely.",
            Judgement.PLAUSIBILITY,
            "which is unlikely",
        ),
        ("Family want her home - unrealistic.", Judgement.PLAUSIBILITY, "unrealistic"),
        ("He is very motivated and will be a good tenant.", Judgement.PREDICTION, "tenant"),
        ("He has no motivation and the flat will be a mess.", Judgement.PREDICTION, "mess"),
        ("He is unlikely to stick to any plan.", Judgement.PREDICTION, "stick"),
        ("She is unlikely to be able to support him.", Judgement.PREDICTION, "support"),
        ("Ms Nakato is vulnerable and at high risk of exploitation.", Judgement.RISK, "risk"),
        ("Kaz is high risk.", Judgement.RISK, "Kaz is high risk"),
        ("Property is a fire risk.", Judgement.RISK, "fire risk"),
        ("At risk of falls.", Judgement.RISK, "At risk of falls"),
        ("High risk of self-neglect.", Judgement.RISK, "High risk"),
        ("Risk remains high.", Judgement.RISK, "high"),
        ("There are no risks.", Judgement.RISK, "no risks"),
        ("Not safe for stairs.", Judgement.RISK, "safe"),
        ("Mrs Merrick is very anxious at night.", Judgement.FEELING, "anxious"),
        ("He is v low in mood.", Judgement.FEELING, "low"),
        ("Mum is really stressed.", Judgement.FEELING, "stressed"),
        ("She minimises her drinking.", Judgement.MISSTATING, "She minimises"),
        ("He is exaggerating his pain.", Judgement.MISSTATING, "exaggerating"),
        ("Carys tends to exaggerate.", Judgement.MISSTATING, "Carys"),
        ("He will minimise what has happened.", Judgement.MISSTATING, "minimise"),
        ("Her son plays down the bruising.", Judgement.MISSTATING, "plays down"),
        ("Mrs Coyle unlikely to return home.", Judgement.PREDICTION, "Mrs Coyle"),
        ("He is choosing to live like this.", Judgement.MOTIVE, "choosing"),
        ("Desmond is trying to control things.", Judgement.MOTIVE, "trying"),
        ("He's trying to stir up trouble.", Judgement.MOTIVE, "stir up trouble"),
        ("Shane is using his back as an excuse.", Judgement.MOTIVE, "excuse"),
        ("Karen is motivated by guilt.", Judgement.MOTIVE, "motivated by"),
        ("Unlikely to meet the criteria for support.", Judgement.PREDICTION, "meet"),
    ],
)
def test_finds_each_class_of_judgement(
    nlp: Any, sentence: str, kind: Judgement, words: str
) -> None:
    """Each class is found, unattributed, with a clause that holds its words."""
    found = _found(nlp, sentence)
    assert any(k is kind and words in clause and not said for k, clause, said in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "She explained clearly that she wants to stay at home.",
        "The letter was clearly addressed to her son.",
        "It was a difficult decision for the family.",
        "You will need to pay £20 a week towards your care.",
        "Mr Bello said he is worried about how he will manage.",
        "She wants to start a college course and will need support to travel.",
        "She is not difficult to visit.",
        "She is likely to be in hospital for a week.",
        "He understands the risks and has chosen to stay at home.",
        "The housemate she was frightened of has moved out.",
        "I will need the form back by Friday.",
        "She is a very dear friend of the family.",
        "He is a young man.",
        "This is clearly labelled.",
        "She is bothered by the noise from next door.",
        "Mr Barker had not opened the letter.",
        "The office is not open on Sundays.",
        "It is unlikely that she will return home this week.",
        "This is unlikely to change before the review.",
        "This is true.",
        "He will keep going to the day centre on Tuesdays.",
        "She will start at the day centre on Monday.",
        "The carers will visit at 8.",
        "She is settled and will start at the day centre on Monday.",
        "Mrs Shah is at home today and will be discharged on Friday.",
        "He is on the register and they will look at the discount.",
        "Mr Yeo is hostile and will not engage.",
        "Husband likely to be in hospital for some time.",
        "He is likely to have eligible needs.",
        "She is an adult at risk.",
        "He explained the fire risk.",
        "The tenancy is at risk.",
        "A risk assessment was completed.",
        "The risk is high.",
        "There is no known risk to others.",
        "She may be at risk of falls.",
        "She is safe at home.",
        "Mrs Merrick is anxious at night.",
        "He is low in mood.",
        "Her blood sugar was very low this morning.",
        "The chair is very low.",
        "She minimised her difficulties when asked about the stairs.",
        "We will try to minimise the risk of falls.",
        "She sits down to minimise the pain.",
        "The risk is minimised by the sensor mat.",
        "He does not exaggerate his symptoms.",
        "He may be minimising his drinking.",
        "He asked not to be accused of exaggerating.",
        "Likely to be discharged on Friday.",
        "Discharge likely to be delayed.",
        "She tried to stand but could not.",
        "He was trying to get out of bed.",
        "She will try to ring tomorrow.",
        "He tries to walk to the shop each day.",
    ],
)
def test_no_judgement_in_plain_statements(nlp: Any, sentence: str) -> None:
    """Manner adverbs, things, plans, the person's own wishes and negated judgements are not
    evaluative predicates about a person."""
    assert _found(nlp, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Her son said she is very controlling.",
        "Daughter says she will not manage at home.",
        "She told me she is frightened of him.",
        "According to her son, she obviously does not understand the risk.",
    ],
)
def test_reported_views_are_attributed(nlp: Any, sentence: str) -> None:
    found = _found(nlp, sentence)
    assert found
    assert all(said for _, _, said in found)


def test_a_second_judgement_can_start_at_its_own_words(nlp: Any) -> None:
    """A predicate that borrows its subject through "and" has a clause of its own words, so
    a finding on the first judgement does not swallow it; the first keeps its subject."""
    doc = nlp("Her son was evasive and is obviously trying to avoid paying.")
    (predicate,) = [p for p in evaluative_predicates(doc) if p.kind is Judgement.CERTAINTY]
    whole = doc[slice(*predicate.clause())].text
    own = doc[slice(*predicate.clause(own=True))].text
    assert whole.startswith("Her son")
    assert own.startswith("is obviously trying")
    doc = nlp("Her son is obviously trying to avoid paying.")
    (predicate,) = [p for p in evaluative_predicates(doc) if p.kind is Judgement.CERTAINTY]
    assert predicate.clause(own=True) == predicate.clause()


def test_a_clause_stops_before_another_subject_s_clause(nlp: Any) -> None:
    """A clause coordinated after the judgement with a subject of its own is another
    statement: the judgement's clause ends before its conjunction."""
    doc = nlp("His nephew is clearly burnt out and the family are not coping.")
    (predicate,) = [p for p in evaluative_predicates(doc) if p.kind is Judgement.CERTAINTY]
    assert doc[slice(*predicate.clause())].text == "His nephew is clearly burnt out"


def test_evidence_in_the_sentence(nlp: Any) -> None:
    doc = nlp("She is obviously confused as she could not tell me what day it was.")
    (predicate, *_) = evaluative_predicates(doc)
    assert has_evidence(sentence_of(predicate.predicate), after=predicate.cue_start)
    assert predicate.referent is Referent.PERSON


RUN_ON = (
    "Spoke with Mrs Larwood on the ward this morning, she is 86 and was admitted on 27/10 "
    "after a fall at home, I went through the pathway with her and she said she wants to "
    "go home, daughter Carol lives in Ipswich and is in agreement, Edna is a bit confused "
    "at times but she has capacity for this decision in my view and she was clear about "
    "what she wanted, referral sent to the hub at 12:30."
)


def test_a_run_on_sentence_is_read_a_clause_at_a_time(nlp: Any) -> None:
    """In a run-on narrative a judgement's evidence is looked for in its own clause and the
    next, not in numbers several clauses away; a short sentence is read whole."""
    doc = nlp(RUN_ON)
    confused = next(t for t in doc if t.lower_ == "confused")
    part = run_on_part(sentence_of(confused), confused)
    assert part.text.startswith("Edna is a bit confused")
    assert "12:30" not in part.text and "27/10" not in part.text
    assert not has_evidence(part)
    own = run_on_part(sentence_of(confused), confused, after=0)
    assert "in my view" not in own.text
    short = nlp("She is confused, she could not tell me the date.")
    assert run_on_part(short[:], short[2]).text == short.text


def test_a_report_continued_with_that_is_one_clause(nlp: Any) -> None:
    doc = nlp(
        "Rukhsana said on the phone this afternoon that she is able to stay with her mother "
        "tonight and tomorrow night while the family look at what else they could put in "
        "place, but that she works full time and would not be able to continue this."
    )
    works = next(t for t in doc if t.lower_ == "works")
    assert run_on_part(sentence_of(works), works, before=1, after=0).start == 0


def test_person_words_are_reviewed_data() -> None:
    """Every word from the sentiment lexicon keeps its source valence; words added in review
    carry a note saying why."""
    entries = load_lexicon("person-evaluations").entries
    assert len(entries) > 50
    for entry in entries:
        assert entry.vader_valence is not None or entry.note is not None, entry.term
        if entry.kind == "character" and entry.vader_valence is not None:
            assert entry.vader_valence < 0, entry.term  # judgements, not praise


_JUDGEMENTS = (
    "It is clear that",
    "Obviously",
    "she will not manage at home",
    "is a very controlling wife",
    "Her daughter said",
    "does not understand that",
    "has no motivation",
    "is frightened of him",
    "is a very demanding lady",
    "and is obviously trying",
    "and the family are not coping",
    "will just keep falling",
    ", which is unlikely",
    "This is not realistic.",
    "- unrealistic.",
)
_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS + _JUDGEMENTS), st.text(max_size=40)),
    min_size=1,
    max_size=6,
).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_text)
def test_arbitrary_text_gives_spans_inside_the_text(nlp: Any, text: str) -> None:
    """Any text: no exception, and every predicate's cue and clause lie inside the doc."""
    # The linter replaces lone surrogates before parsing; do the same for the raw pipeline.
    doc = nlp(text.encode("utf-8", "surrogatepass").decode("utf-8", "replace"))
    for predicate in evaluative_predicates(doc):
        start, end = predicate.clause()
        assert 0 <= start < end <= len(doc)
        own_start, own_end = predicate.clause(own=True)
        assert start <= own_start < own_end == end
        assert 0 <= predicate.cue_start < predicate.cue_end <= len(doc)
        assert isinstance(predicate.attributed(), bool)
        if predicate.kind is Judgement.PLAUSIBILITY:
            assert predicate.predicate.i == predicate.cue_end - 1  # the ruling ends the cue


_NOTES = st.lists(
    st.one_of(
        st.sampled_from(
            ["Resident", "not", "spoken", "to", "-", "lacks", "capacity", ":", "(", ";"]
        ),
        st.text(max_size=12),
    ),
    min_size=1,
    max_size=12,
).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_NOTES)
def test_a_note_starts_in_its_sentence_after_a_break(nlp: Any, text: str) -> None:
    """Any text: every token's note starts inside its sentence, no later than the token, and
    either at the sentence start or just after a dash, colon, semicolon or bracket."""
    doc = nlp(text.encode("utf-8", "surrogatepass").decode("utf-8", "replace"))
    for token in doc:
        start = fragment_start(token)
        sentence = sentence_of(token)
        assert sentence.start <= start <= token.i
        assert start == sentence.start or doc[start - 1].text in NOTE_BREAKS


def _sentence_by_tokens(token: Any) -> tuple[int, int]:
    """``sentence_of`` as it was written with a token object per word: the reference the
    view-based walk must match."""
    doc, sent = token.doc, token.sent

    def breaks(word: Any) -> bool:
        return "\n" in word.text or "\n" in word.whitespace_

    start = token.i
    while start > sent.start and not breaks(doc[start - 1]):
        start -= 1
    end = token.i + 1
    while end < sent.end and not breaks(doc[end - 1]) and not doc[end].is_space:
        end += 1
    return start, end


@pytest.mark.parametrize(
    "text",
    [
        "Managing toilet needs\nNo issues. She said it went well -- mostly.",
        "Plan:\n\n - continue 2 calls\r\n- review in 6 weeks\n",
        "  Seen at home.  \n\tShe seemed low; son says she is eating.\n\nNFA",
        "One line only",
    ],
)
def test_sentence_of_matches_the_walk_over_token_objects(nlp: Any, text: str) -> None:
    doc = nlp(text)
    for token in doc:
        sentence = sentence_of(token)
        assert (sentence.start, sentence.end) == _sentence_by_tokens(token)
        notes = [i for i in range(sentence.start, token.i) if doc[i].text in NOTE_BREAKS]
        assert fragment_start(token) == (notes[-1] + 1 if notes else sentence.start)


def test_a_feeling_told_as_how_someone_sounded_is_what_was_heard(nlp: Any) -> None:
    """ "He sounded exhausted" on the telephone is how he came across at the time, as
    "appeared frightened" is; the present ("sounds exhausted") reads a lasting state."""
    kinds = {Judgement.FEELING, Judgement.MENTAL_STATE}
    assert not [p for p in evaluative_predicates(nlp("He sounded exhausted.")) if p.kind in kinds]
    assert [p for p in evaluative_predicates(nlp("He sounds exhausted.")) if p.kind in kinds]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Mr Oduya will never walk unaided again.", True),
        ("Her sister will never forgive him.", True),
        ("He would never hurt his wife.", False),
        ("She will never be left alone at night.", False),
        ("You will never be charged for the alarm.", False),
        ("I will never forget the visit.", False),
    ],
)
def test_will_never_is_a_forecast_whatever_its_verb(nlp: Any, sentence: str, found: bool) -> None:
    kinds = [kind for kind, _, attributed in _found(nlp, sentence) if not attributed]
    assert (Judgement.PREDICTION in kinds) is found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("She is unable to accept that her son is an adult.", True),
        ("He is not able to accept that his wife has died.", True),
        ("She can't accept that her son is an adult.", True),
        ("She is unable to accept the offer of carers.", False),
        ("She does not accept that this is a restriction.", False),
    ],
)
def test_an_inability_to_accept_a_clause_reads_a_mind(nlp: Any, sentence: str, found: bool) -> None:
    kinds = [kind for kind, _, _ in _found(nlp, sentence)]
    assert (Judgement.MENTAL_STATE in kinds) is found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Carer breakdown imminent.", True),
        ("Risks: carer breakdown imminent.", True),
        ("Family breakdown is likely within weeks.", True),
        ("Placement breakdown is inevitable.", True),
        ("Risk of carer breakdown is likely.", False),
        ("Please check whether carer breakdown is imminent.", False),
        ("Carer breakdown was imminent in March.", False),
        ("Skin breakdown imminent on the left heel.", False),
    ],
)
def test_a_breakdown_said_to_be_coming_is_a_forecast(nlp: Any, sentence: str, found: bool) -> None:
    kinds = [kind for kind, _, _ in _found(nlp, sentence)]
    assert (Judgement.PREDICTION in kinds) is found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("He has a history of refusing help.", True),
        ("Mr O has a history of not engaging with services.", True),
        ("Paul has a tendency to catastrophise.", True),
        ("He has a long history of alcohol misuse.", False),
        ("He has no history of absconding.", False),
        ("He does not have a history of refusing help.", False),
        ("He may have a history of refusing help.", False),
        ("The flat has a history of damp.", False),
    ],
)
def test_a_pattern_of_conduct_said_to_be_someones_is_a_judgement(
    nlp: Any, sentence: str, found: bool
) -> None:
    kinds = [kind for kind, _, _ in _found(nlp, sentence)]
    assert (Judgement.CHARACTER in kinds) is found
