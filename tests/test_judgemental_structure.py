"""Judgemental wording found from the structure of the sentence, however it is worded.

The rule fixtures (tests/rules/RL501-*.md, RL604-*.md) hold one sentence per class; these
tests vary the words around each class with hypothesis: any name, any intensifier, with or
without a subject, so a class is found in general and not only in the fixture's sentence.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recordlint.lexicon import load_lexicon, word_list
from recordlint.matching import LemmaPhrases
from tests.conftest import linter_for

JUDGEMENTAL_CODES = ["RL501", "RL604"]
NAMES = ("Mrs Khan", "Mr Nowak", "Ms Dunne", "Jordan", "Her son", "Dtr", "He", "She")
INTENSIFIERS = ("", "very ", "clearly ", "really ", "so ")
LABELS = ("difficult", "controlling", "selfish", "evasive", "unhelpful", "manipulative")
DEFICITS = ("not coping", "not motivated", "struggling to cope")
# Whether someone copes is a view of their situation: in another's words it is theirs.
# Labels of will or character ("not motivated", "difficult") stay labels when repeated.
ASSESSED_STATES = ("not coping", "struggling to cope")
# A deficit that labels the person's will, not their situation.
WILL_LABELS = tuple(d for d in DEFICITS if d not in ASSESSED_STATES)
PROPERTY_SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _judgemental(text: str) -> list[str]:
    report = linter_for({"select": JUDGEMENTAL_CODES}).lint(text)
    assert not report.errors, report.errors
    return [f.text for f in report.findings if f.category.value == "judgemental"]


@PROPERTY_SETTINGS
@given(st.sampled_from(NAMES), st.sampled_from(INTENSIFIERS), st.sampled_from(LABELS))
def test_a_label_said_of_anyone_is_found_however_intensified(
    name: str, intensifier: str, label: str
) -> None:
    """ "<someone> is <very> <label>." flags the label, whoever is described."""
    assert label in _judgemental(f"{name} is {intensifier}{label} with the carers.")


@PROPERTY_SETTINGS
@given(st.sampled_from(INTENSIFIERS), st.sampled_from(WILL_LABELS))
def test_a_deficit_label_in_a_fragment_without_a_subject_is_found(
    intensifier: str, deficit: str
) -> None:
    """Note fragments with no subject ("Not eating, clearly not motivated.") still count."""
    found = _judgemental(f"Seen at home today. Not eating, {intensifier}{deficit}.")
    assert any(deficit.split()[-1] in words for words in found), found


@PROPERTY_SETTINGS
@given(st.sampled_from(INTENSIFIERS), st.sampled_from(ASSESSED_STATES))
def test_an_assessed_state_in_a_fragment_naming_no_one_is_the_records_assessment(
    intensifier: str, deficit: str
) -> None:
    """A note that names no one ("Not eating, clearly not coping.") is about the person the
    record is about: whether they cope is the record's assessment, not a label."""
    assert _judgemental(f"Seen at home today. Not eating, {intensifier}{deficit}.") == []


@PROPERTY_SETTINGS
@given(st.sampled_from(("Daughter", "Wife", "Son")), st.sampled_from(ASSESSED_STATES))
def test_an_assessed_state_in_a_fragment_naming_a_relative_is_found(
    relative: str, deficit: str
) -> None:
    """A note that names a relative first ("Daughter at breaking point, not coping.") labels
    them, whether or not the parser hangs a subject on the words."""
    found = _judgemental(f"Rang today. {relative} at breaking point, {deficit}.")
    assert any(deficit.split()[-1] in words for words in found), found


@PROPERTY_SETTINGS
@given(st.sampled_from(("Her daughter says", "The GP reports", "Son states")),
       st.sampled_from(ASSESSED_STATES))  # fmt: skip
def test_a_deficit_state_in_someone_elses_reported_words_is_theirs(
    reporter: str, deficit: str
) -> None:
    """A relative's or a professional's view of the person's state is recorded as theirs."""
    assert _judgemental(f"{reporter} that mum is {deficit} at home.") == []


@PROPERTY_SETTINGS
@given(st.sampled_from(NAMES[:4]), st.sampled_from(("claims", "admits", "insists")))
def test_a_doubt_casting_reporting_verb_is_judgemental(name: str, verb: str) -> None:
    """ "claims", "admits" and "insists" before what the person said are flagged as
    judgemental wording, the category the annotators of every batch gave them."""
    assert verb in _judgemental(f"{name} {verb} she has been eating well.")


@PROPERTY_SETTINGS
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_findings_lie_on_the_words_they_name(text: str) -> None:
    """Whatever the text, every finding's words are the text at its offsets."""
    report = linter_for({"select": JUDGEMENTAL_CODES}).lint(text)
    for finding in report.findings:
        assert text[finding.start : finding.end] == finding.text
        assert finding.text.strip()


_ENTRIES = load_lexicon("judgemental").entries


@settings(max_examples=30, deadline=None)
@given(st.sampled_from([e.term for e in _ENTRIES if " " not in e.term and e.term.isalpha()]))
def test_every_single_word_term_finds_its_own_spelling(term: str) -> None:
    """Each one-word entry matches itself in a parsed sentence, whatever the lemmatiser
    makes of it (the phrase's own inflections are accepted too)."""
    nlp = linter_for({"select": JUDGEMENTAL_CODES}).nlp
    doc = nlp(f"They wrote {term} in the notes.")
    matches = LemmaPhrases([term]).matches(doc)
    assert any(doc[m.start : m.end].text == term for m in matches), term


ANIMALS = ("cat", "dog", "ewes", "hens", "budgie", "horse")
FEEDERS = ("Her neighbour", "He", "Mr Lal", "The carer", "Dtr")
PEOPLE = ("Mrs Khan", "Mr Nowak", "She", "He", "Pt")
CARERS = ("Her husband", "His wife", "Her son", "Dtr", "The carer", "His mum's partner")
# Adverbs that fit before "not coping" and "struggling to cope" ("so" does not).
COPING_ADVERBS = ("", "clearly ", "obviously ", "still ")


@PROPERTY_SETTINGS
@given(st.sampled_from(FEEDERS), st.sampled_from(ANIMALS), st.booleans())
def test_feeding_an_animal_is_not_done_to_a_person(feeder: str, animal: str, named: bool) -> None:
    """ "fed" talks down to a person; fed to an animal, by name or not, it is only a chore."""
    text = (
        f"Her {animal}, Pepper, is well. {feeder} agreed to feed Pepper twice a day."
        if named
        else f"{feeder} is feeding the {animal} while she is in hospital."
    )
    assert _judgemental(text) == []


@PROPERTY_SETTINGS
@given(st.sampled_from(FEEDERS))
def test_feeding_a_person_is_flagged_and_feeding_oneself_is_not(feeder: str) -> None:
    """The one fed decides: "fed her lunch" labels her; "feed herself" is her own doing."""
    assert "fed" in _judgemental(f"{feeder} fed her lunch at noon.")
    assert _judgemental(f"{feeder} said she can no longer feed herself.") == []


@PROPERTY_SETTINGS
@given(st.sampled_from(PEOPLE), st.sampled_from(CARERS), st.sampled_from(COPING_ADVERBS),
       st.sampled_from(ASSESSED_STATES))  # fmt: skip
def test_coping_labels_a_carer_but_is_the_assessment_of_the_person(
    person: str, carer: str, intensifier: str, deficit: str
) -> None:
    """Whether the person copes is what the record assesses (the opinion rules ask for its
    evidence); said of a carer or relative it labels them as failing."""
    assert _judgemental(f"{person} is {intensifier}{deficit} at home.") == []
    found = _judgemental(f"{carer} is {intensifier}{deficit} with the night calls.")
    assert any(deficit.split()[-1] in words for words in found), found


# First names the tagger often reads as common nouns at the start of a sentence.
UNCOMMON_NAMES = ("Harvey", "Hamish", "Siobhan", "Olivia", "Florence", "Kieran", "Tomek")


@PROPERTY_SETTINGS
@given(st.sampled_from(UNCOMMON_NAMES), st.sampled_from(LABELS[:5]))
def test_a_label_said_of_a_name_read_as_a_noun_is_found(name: str, label: str) -> None:
    """A first name the tagger took for a common noun is still someone being labelled."""
    assert label in _judgemental(f"{name} is {label} with the carers.")


HOARDERS = ("Ruth", "Mr Cole", "She", "Her son", "Pt")
HOARDED = ("food", "newspapers", "carrier bags", "post")
SERVICE_NOUNS = ("support service", "disorder", "panel", "team")


@PROPERTY_SETTINGS
@given(st.sampled_from(HOARDERS), st.sampled_from(HOARDED), st.sampled_from(SERVICE_NOUNS))
def test_hoarding_is_a_label_as_a_verb_but_not_as_a_name(
    who: str, things: str, service: str
) -> None:
    """ "<someone> is hoarding <things>" labels the person, as "hoarder" does; "the hoarding
    <service>" names a service or a diagnosis and labels no one."""
    assert "hoarding" in _judgemental(f"{who} is hoarding {things} in the bedroom.")
    assert _judgemental(f"She was referred to the hoarding {service} last week.") == []


HOME_NOUNS = ("Flat", "House", "Bungalow", "Property", "The kitchen")
STATES_OF_HOME = ("dirty", "a mess", "filthy")


@PROPERTY_SETTINGS
@given(st.sampled_from(HOME_NOUNS), st.sampled_from(INTENSIFIERS), st.sampled_from(STATES_OF_HOME))
def test_a_judgement_of_the_home_is_found_in_sentences_and_notes(
    home: str, intensifier: str, state: str
) -> None:
    """The home's state judged, in a sentence or a note without its verb, labels the person
    who lives there; the reader cannot see what was seen."""
    intensifier = "" if state.startswith("a ") else intensifier
    assert state in _judgemental(f"{home} was {intensifier}{state} on the visit.")
    assert state in _judgemental(f"Seen at home. {home} {intensifier}{state}.")


OFFERED_THINGS = ("Shower call", "Perching stool", "Commode", "Lunch", "Tea call")


@PROPERTY_SETTINGS
@given(st.sampled_from(OFFERED_THINGS))
def test_a_thing_noted_as_refused_is_the_persons_refusal(thing: str) -> None:
    """ "<thing>, refused again" drops the passive's "was": the person refused the thing."""
    found = _judgemental(f"- Fri - {thing.lower()}, refused again, says too cold in flat.")
    assert "refused" in found, found


INSERTED_ADVERBS = sorted(word_list("inserted_adverb"))


@PROPERTY_SETTINGS
@given(st.sampled_from(INSERTED_ADVERBS), st.sampled_from(CARERS))
def test_an_adverb_inside_a_phrase_leaves_it_the_same_label(adverb: str, carer: str) -> None:
    """ "not really coping" is "not cope" with an adverb inside: found, adverb and all."""
    found = _judgemental(f"{carer} is not {adverb} coping with the night calls.")
    assert f"not {adverb} coping" in found, found


def test_the_matcher_takes_one_listed_adverb_between_words_only() -> None:
    nlp = linter_for({"select": JUDGEMENTAL_CODES}).nlp
    phrases = LemmaPhrases(["not cope", "refuse to engage"], inserted=["really", "fully"])

    def found(text: str) -> list[tuple[str, bool]]:
        doc = nlp(text)
        return [(doc[m.start : m.end].text, m.inserted) for m in phrases.matches(doc)]

    assert found("He is not really coping.") == [("not really coping", True)]
    assert found("He is not coping.") == [("not coping", False)]
    assert found("She refused to fully engage.") == [("refused to fully engage", True)]
    assert found("He is not very coping.") == []  # not a listed adverb
    assert found("He is not really fully coping.") == []  # one adverb at most
    assert found("He is really not coping.") == [("not coping", False)]  # outside the phrase
    # Without the list the matcher is as strict as before.
    assert LemmaPhrases(["not cope"]).matches(nlp("He is not really coping.")) == []


DURATIONS = ("for 3 days", "for the last week", "for months", "for two weeks now")


@PROPERTY_SETTINGS
@given(st.sampled_from(NAMES), st.sampled_from(LABELS), st.sampled_from(DURATIONS))
def test_how_long_a_label_lasted_is_not_whom_it_is_hard_for(
    name: str, label: str, duration: str
) -> None:
    """ "has been <label> with the carers for 3 days" says how long, not whom the state is
    hard for ("difficult for her"), so the label is still found."""
    assert label in _judgemental(f"{name} has been {label} with the carers {duration}.")


@PROPERTY_SETTINGS
@given(st.sampled_from(("She said", "Mrs Hollis told me", "He says", "Mr Dyer explained")),
       st.sampled_from(("she would rather move than burden her son",
                        "he does not want to be a burden to anyone",
                        "she feels she is a burden on the family")))  # fmt: skip
def test_a_burden_in_the_persons_own_reported_words_is_theirs(reporter: str, view: str) -> None:
    """People call themselves a burden; reported as theirs, the word is their view."""
    assert _judgemental(f"{reporter} that {view}.") == []


RELATIVE_VERDICTS = ("useless", "unreliable", "a nightmare")
FAILED_ACTS = ("return the forms", "arrange a key safe", "keep the appointment", "pay the bill")
FAILING_THINGS = ("The direct debit", "The online booking", "The bank transfer")


@PROPERTY_SETTINGS
@given(st.sampled_from(CARERS), st.sampled_from(INTENSIFIERS), st.sampled_from(RELATIVE_VERDICTS))
def test_a_verdict_on_a_relative_or_carer_is_found(
    carer: str, intensifier: str, verdict: str
) -> None:
    """ "<relative> is <very> useless / unreliable / a nightmare": a label of family and
    carers is a label as much as one of the person."""
    assert verdict in _judgemental(f"{carer} is {intensifier}{verdict} with the paperwork.")


@PROPERTY_SETTINGS
@given(st.sampled_from((*NAMES, *CARERS)), st.sampled_from(FAILED_ACTS))
def test_failing_to_is_blame_of_someone_but_not_of_a_thing(who: str, act: str) -> None:
    """Someone "failed to" do something blames them; a transaction that "failed to go
    through" is a thing's failing."""
    assert "failed to" in _judgemental(f"{who} failed to {act} last week.")
    thing = FAILING_THINGS[len(act) % len(FAILING_THINGS)]
    assert _judgemental(f"{thing} failed to go through last week.") == []


FIRST_NOTES = ("Poor sleep", "Low mood", "Bad night", "Tired")
NOTED_LABELS = ("refuses to get up", "lacks insight into the risks", "refused breakfast")


@PROPERTY_SETTINGS
@given(st.sampled_from(FIRST_NOTES), st.sampled_from(NOTED_LABELS))
def test_a_label_in_a_list_of_notes_is_the_persons(first: str, label: str) -> None:
    """ "<note>, <label>": notes run together with commas leave the person unsaid, though
    the parser takes the first note's noun for the subject of the label's verb."""
    found = _judgemental(f"Seen at 10am. {first}, {label}.")
    assert any(label.split()[0] in words for words in found), found


def test_a_phrase_on_the_written_word_comes_before_one_on_its_lemma() -> None:
    """Two phrases can match the same word, one as written and one on its lemma ("feeder",
    "feed"); which is found first must not depend on the order of a set, which changes with
    the process's hash seed, or the same record gets another finding in another run."""
    from spacy.tokens import Doc

    vocab = linter_for({"select": JUDGEMENTAL_CODES}).nlp.vocab  # its words know their lower case
    doc = Doc(vocab, words=["She", "is", "a", "feeder"], lemmas=["she", "be", "a", "feed"])
    for phrases in (["feed", "feeder"], ["feeder", "feed"]):
        index = LemmaPhrases(phrases)
        first = index.matches(doc)[0]
        assert (first.start, first.end) == (3, 4)
        assert phrases[first.entry] == "feeder"
