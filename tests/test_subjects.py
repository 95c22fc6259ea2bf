"""Who a clause is about and whose words it carries, checked on real parses."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recordlint.nlp import DEFAULT_MODEL, Need, load_pipeline
from recordlint.subjects import (
    Referent,
    about_person,
    doer_of,
    is_attributed,
    referent_of,
    speaker_of,
    subject_of,
)


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_pipeline(DEFAULT_MODEL, frozenset({Need.TAGS, Need.PARSE}))


def _token(nlp: Any, sentence: str, word: str) -> Any:
    doc = nlp(sentence)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Mrs Khan refused the commode.", "Khan", Referent.PERSON),
        ("She refused the commode.", "She", Referent.PERSON),
        ("Winston lives alone.", "Winston", Referent.PERSON),
        ("The person lives alone.", "person", Referent.PERSON),
        ("You told me you want to stay at home.", "You", Referent.PERSON),
        ("Her daughter rang.", "daughter", Referent.OTHER_PERSON),
        # A grandparent is family, as a parent is.
        ("Grandson added that his grandad is stubborn.", "grandad", Referent.OTHER_PERSON),
        ("Jun said grandma cries at night.", "grandma", Referent.OTHER_PERSON),
        ("Carers visit twice a day.", "Carers", Referent.OTHER_PERSON),
        ("The GP rang.", "GP", Referent.PROFESSIONAL),
        ("The council refused.", "council", Referent.ORGANISATION),
        ("Bristol City Council refused.", "Council", Referent.ORGANISATION),
        ("The DWP refused her claim.", "DWP", Referent.ORGANISATION),
        ("The care home refused to take her back.", "home", Referent.ORGANISATION),
        ("The flat was cold.", "flat", Referent.HOME),
        ("The application was refused.", "application", Referent.THING),
        ("I visited on Monday.", "I", Referent.WRITER),
        ("Mrs G has refused the cooker repair.", "G", Referent.PERSON),
        ("Mrs Jessop senior is very confused.", "senior", Referent.PERSON),
        ("Mr Ray Gutteridge – CHC checklist not needed.", "checklist", Referent.THING),
        # A first name the tagger read as a common noun is still a name; an everyday noun
        # at the start of a sentence is not.
        ("Harvey is demanding and rude.", "Harvey", Referent.PERSON),
        ("Shanice thinks the plan is unfair.", "Shanice", Referent.PERSON),
        ("Paperwork is incomplete.", "Paperwork", Referent.THING),
        ("Carys claims the agency keeps cancelling.", "Carys", Referent.PERSON),
        ("Residents' claims were paid in May.", "claims", Referent.THING),
        # Initials stand for a person the text has named in full before them; capitals
        # with no such name are a body's.
        ("Tenant: Kieran M. KM refused his meds.", "KM", Referent.PERSON),
        ("Took Darren Kelsall to the hub. D was rude to staff.", "D", Referent.PERSON),
        ("Met Jane Bell at the office. HMRC refused to discuss it.", "HMRC", Referent.ORGANISATION),
        ("Visited Kieran Moss. The DWP refused his claim.", "DWP", Referent.ORGANISATION),
    ],
)
def test_referent_of_classifies_noun_phrases(
    nlp: Any, sentence: str, word: str, expected: Referent
) -> None:
    """Names, pronouns, relatives, professionals, bodies, homes and things are told apart."""
    assert referent_of(_token(nlp, sentence, word)) is expected


@pytest.mark.parametrize(
    ("sentence", "word", "subject"),
    [
        ("She refused her medication.", "refused", "She"),
        ("He came to the door but refused to let me in.", "refused", "He"),
        ("She continues to refuse care.", "refuse", "She"),
        ("Mrs Khan, who refused the commode, lives alone.", "refused", "Khan"),
        ("He is elderly and frail.", "frail", "He"),
        ("She is a non-compliant patient.", "compliant", "patient"),
        ("He has aggressive cancer.", "aggressive", "cancer"),
        ("He is in denial about his drinking.", "denial", "He"),
        ("Mr Carter presents as hostile.", "hostile", "Carter"),
        ("The ward describes the family as demanding.", "demanding", "family"),
        ("Provider states pt is often abusive to carers.", "abusive", "pt"),
        ("He is a kind, frail man.", "frail", "man"),
        # The role a noun is named in ("as a carer") is not what the words are said of.
        (
            "Do you have any health problems that make your role as a carer difficult?",
            "difficult",
            "role",
        ),
        ("Her son as a carer is difficult.", "difficult", "son"),
        ("Carers query his dose as he is muddled at times.", "muddled", "he"),
    ],
)
def test_subject_of_follows_the_parse(nlp: Any, sentence: str, word: str, subject: str) -> None:
    """The subject is found through coordination, control, copulas and relative clauses."""
    found = subject_of(_token(nlp, sentence, word))
    assert found is not None and found.text == subject


def test_subject_of_stops_at_a_heading_colon(nlp: Any) -> None:
    """A heading before a colon is not the subject of the list after it."""
    assert subject_of(_token(nlp, "BPSD: resistive during personal care.", "resistive")) is None


def test_subject_of_does_not_cross_into_the_next_note(nlp: Any) -> None:
    """A note's adjective the parser hung across a comma on the next note's noun ("Pt
    bed-bound, dtr present") is not said of that noun."""
    assert subject_of(_token(nlp, "Pt bed-bound, dtr present.", "bound")) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("She refused her medication.", Referent.PERSON),
        ("The application was refused by the tribunal.", Referent.ORGANISATION),
        ("Her care was refused by Mr Jones.", Referent.PERSON),
        ("The council refused planning permission.", Referent.ORGANISATION),
        ("Refused personal care this morning.", Referent.UNKNOWN),
        ("Mon 09/02 12:30 - Refused lunch again.", Referent.UNKNOWN),
        ("Mrs G has refused the cooker repair.", Referent.PERSON),
    ],
)
def test_doer_of_reads_actives_passives_and_fragments(
    nlp: Any, sentence: str, expected: Referent
) -> None:
    """The doer is the active subject, the passive agent, or unknown in a fragment."""
    verb = next(t for t in nlp(sentence) if t.lemma_ == "refuse")
    assert doer_of(verb)[0] is expected


def test_doer_of_returns_the_passive_subject_without_an_agent(nlp: Any) -> None:
    """Without an agent, the passive subject comes back so callers can see what was done."""
    referent, token = doer_of(_token(nlp, "She was refused a blue badge.", "refused"))
    assert referent is Referent.UNKNOWN and token is not None and token.text == "She"


def test_about_person_resolves_possessives_and_homes(nlp: Any) -> None:
    """An attribute with a personal possessive is about the person; homes only on request."""
    behaviour = _token(nlp, "Her behaviour was challenging.", "challenging")
    filthy = _token(nlp, "The flat was filthy.", "filthy")
    assert about_person(behaviour) is Referent.PERSON
    assert about_person(filthy) is Referent.THING
    assert about_person(filthy, include_home=True) is Referent.HOME


@pytest.mark.parametrize(
    ("sentence", "word", "speaker"),
    [
        ("Her daughter said the house was filthy.", "filthy", "daughter"),
        ("She told me she had not eaten since Tuesday.", "eaten", "She"),
        ("According to her son, she is in denial.", "denial", "son"),
        ("In her daughter's view the flat was filthy.", "filthy", "daughter"),
        ("Gary thinks she is attention seeking.", "attention", "Gary"),
        ("She is worried that he will be lonely on his own.", "lonely", "She"),
        (
            "Rukhsana said she can stay tonight, but that she works full time and would not "
            "be able to continue.",
            "continue",
            "Rukhsana",
        ),
        (
            "Mum says she never wants them back and she would rather manage with me.",
            "manage",
            "Mum",
        ),
        ("Her daughter expressed the view that she is unsafe at home.", "unsafe", "daughter"),
        ("The GP gave the opinion that he lacks insight.", "insight", "GP"),
        ("Staff raised the concern that she is not coping.", "coping", "Staff"),
        ("She is of the view that he is manipulative.", "manipulative", "She"),
        ("EH say Mr Jones is aggressive.", "aggressive", "EH"),
        ("She is under the impression that the carers steal from her.", "steal", "She"),
        ("It is her daughter's view that she is not coping.", "coping", "daughter"),
        ("The neighbour has concerns that he is neglecting himself.", "neglecting", "neighbour"),
        ("The care home rang to say the carers are short of staff.", "short", "home"),
    ],
)
def test_speaker_of_finds_reported_views(nlp: Any, sentence: str, word: str, speaker: str) -> None:
    """Words under someone else's reporting verb or 'according to' are their view."""
    found = speaker_of(_token(nlp, sentence, word))
    assert found is not None and found.text == speaker


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The house was filthy.", "filthy"),
        ("I told her the flat was filthy.", "filthy"),
        ("She lacks insight into her needs.", "insight"),
        ("It is clear that he will not manage at home.", "manage"),
        ("I am worried that he will not manage at home.", "manage"),
        ("I expressed the view that he is unsafe.", "unsafe"),
        ("We are of the opinion that he is unsafe.", "unsafe"),
        ("It is my view that he is unsafe.", "unsafe"),
        ("We have concerns that he is neglecting himself.", "neglecting"),
        ("I rang the agency to say we have cancelled the lunch call.", "cancelled"),
    ],
)
def test_writer_own_words_are_not_attributed(nlp: Any, sentence: str, word: str) -> None:
    """The writer's own statements, and what the writer said, are not someone else's view."""
    assert not is_attributed(_token(nlp, sentence, word))


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Mr Rahimi is clearly depressed, he barely said a word to me today.", "depressed"),
        ("He is clearly exaggerating, the notes say his daughter helps him.", "exaggerating"),
    ],
)
def test_speaker_of_leaves_words_before_a_verb_reporting_its_own(
    nlp: Any, sentence: str, word: str
) -> None:
    """A reporting verb after a clause, with an object or a clause of its own to report, does
    not make the clause before it someone's reported words."""
    assert speaker_of(_token(nlp, sentence, word)) is None


def test_speaker_of_still_reports_words_before_a_bare_verb_of_saying(nlp: Any) -> None:
    """With nothing of its own to report, a verb of saying after the words reports them."""
    found = speaker_of(_token(nlp, "She is much happier here, her daughter said.", "happier"))
    assert found is not None and found.text == "daughter"


_STAMPED = st.lists(
    st.one_of(
        st.sampled_from(["Mon", "09/02", "12:30", "-", "Refused", "lunch", "Mrs", "G", "."]),
        st.sampled_from(["Provider", "states", "pt", "is", "rude"]),
        st.text(max_size=12),
    ),
    min_size=1,
    max_size=10,
).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_STAMPED)
def test_any_text_gives_a_referent_and_a_doer(nlp: Any, text: str) -> None:
    """Any text, log stamps and initials included: every verb has a doer of a known kind,
    and the doer token, when there is one, belongs to the same doc."""
    doc = nlp(text.encode("utf-8", "surrogatepass").decode("utf-8", "replace"))
    for token in doc:
        assert isinstance(referent_of(token), Referent)
        if token.pos_ in {"VERB", "AUX"}:
            referent, doer = doer_of(token)
            assert isinstance(referent, Referent)
            assert doer is None or 0 <= doer.i < len(doc)
        subject = subject_of(token)
        assert subject is None or (0 <= subject.i < len(doc) and subject.i != token.i)


@pytest.mark.parametrize(
    "text",
    [
        "Mrs Hall was seen. Mr P. said he is well.\nDr Shah - CHC checklist done",
        "Visited. Seen.\n\nMrs Jessop senior agreed to the plan, and so did Mr G.",
        "One",
    ],
)
def test_the_sentence_start_within_reach_is_the_sentence_s_own(nlp: Any, text: str) -> None:
    from recordlint.subjects.referents import _sentence_start_within

    doc = nlp(text)
    for token in doc:
        for reach in (1, 4):
            expected = max(token.sent.start, token.i - reach)
            assert _sentence_start_within(token, reach) == expected
