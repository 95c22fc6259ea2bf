"""Suggestions fit the words around them: articles, dates and compounds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recordlint import Linter
from recordlint.inflection import PLURAL, inflect_phrase
from recordlint.rules.acronyms import abbreviations, lexicons_for


def _suggestions(linter: Linter, text: str, code: str, words: str) -> list[tuple[str, ...]]:
    report = linter.lint(text, kind="case_note")
    return [f.suggestions for f in report.findings if f.code == code and f.text == words]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Discussed with OT the plan for the stairs.", "an occupational therapist"),
        ("Referral made to OT.", "an occupational therapist"),
        ("She is waiting for OT.", "an occupational therapist"),
        # A determiner already there, the abbreviation describing the next word, or the
        # telegraphic start of a note, which keeps its style.
        ("The OT visited today.", "occupational therapist"),
        ("Waiting for OT assessment.", "occupational therapist"),
        ("OT to visit on Monday.", "Occupational therapist"),
    ],
)
def test_an_abbreviation_standing_alone_for_a_person_gets_an_article(
    default_linter: Linter, text: str, expected: str
) -> None:
    (suggestions,) = _suggestions(default_linter, text, "RL101", "OT")
    assert suggestions[0] == expected
    assert any(s.lower().endswith("occupational therapy") for s in suggestions)


def test_before_a_date_only_the_meaning_that_names_a_time_is_offered(
    default_linter: Linter,
) -> None:
    text = "Carers will visit twice a day commencing w/c 23/03/2026."
    report = default_linter.lint(text, kind="case_note")
    (finding,) = [f for f in report.findings if f.text == "w/c"]
    assert finding.suggestions == ("week commencing",)
    assert "wheelchair" not in finding.message
    # Nothing in the date itself is flagged or replaced.
    date_start = text.index("23/03/2026")
    date_end = date_start + len("23/03/2026")
    spans = [(f.start, f.end) for f in report.findings if not f.document_level]
    assert not any(start < date_end and date_start < end for start, end in spans)


def test_away_from_a_date_both_meanings_are_offered(default_linter: Linter) -> None:
    (suggestions,) = _suggestions(default_linter, "He uses a w/c indoors.", "RL103", "w/c")
    assert set(suggestions) == {"wheelchair", "week commencing"}


def test_the_head_of_a_compound_is_not_swapped_for_a_word_that_changes_it(
    default_linter: Linter,
) -> None:
    text = "We talked about the day centre placement and her placement at Elm House."
    report = default_linter.lint(text, kind="case_note")
    # One term used twice is one finding; the second use, listed with it, keeps its own
    # advice for where it stands.
    (compound,) = [f for f in report.findings if f.code == "RL201" and f.text == "placement"]
    (alone,) = compound.repeats
    assert compound.suggestions == () and compound.fix is None
    assert "day centre placement" in compound.message
    assert "home" in alone.suggestions


@given(st.text(max_size=60), st.text(max_size=60))
def test_an_expansion_is_the_lexicons_words_with_at_most_an_article(
    before: str, after: str
) -> None:
    """Whatever surrounds "OT", what is offered is one of its meanings, perhaps after "a"
    or "an", never anything else."""
    text = f"{before} OT {after}"
    meanings = {"occupational therapist", "occupational therapy"}
    for found in abbreviations(text, lexicons_for(None)):
        if found.base != "OT" or found.inflection or found.definition is not None:
            continue
        for expansion in found.expansions:
            assert re.sub(r"^an? ", "", expansion.lower()) in meanings


@pytest.mark.parametrize(
    ("phrase", "third_person_or_plural"),
    [
        ("make sure", "makes sure"),  # "ensures" -> "makes sure", never "make sures"
        ("take part", "takes part"),
        ("carry out", "carries out"),
        ("care agency", "care agencies"),
        ("short break", "short breaks"),
    ],
)
def test_a_verb_phrase_takes_its_s_on_the_verb_and_a_noun_phrase_on_its_noun(
    phrase: str, third_person_or_plural: str
) -> None:
    assert inflect_phrase(phrase, PLURAL) == third_person_or_plural


@given(st.lists(st.from_regex(r"[a-z]{1,8}", fullmatch=True), min_size=1, max_size=4))
def test_an_inflected_phrase_keeps_its_number_of_words(words: list[str]) -> None:
    inflected = inflect_phrase(" ".join(words), PLURAL)
    assert inflected is None or len(inflected.split(" ")) == len(words)


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("With regards to your letter, we will call you.", "With regards to", "About"),
        ("I am writing with regards to the bill.", "with regards to", "about"),
    ],
)
def test_a_plural_inside_a_prepositional_phrase_gives_its_replacement_no_number(
    default_linter: Linter, text: str, words: str, expected: str
) -> None:
    (suggestions,) = _suggestions(default_linter, text, "RL304", words)
    assert suggestions[0] == expected


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("You are required to follow the complaints process.", "'You must'"),
        ("You are not required to reply to this letter.", "'You do not have to'"),
        ("We are required to tell you about the charge.", "'We must'"),
    ],
)
def test_the_readers_own_duty_is_offered_whole_and_never_as_needed(
    default_linter: Linter, text: str, plain: str
) -> None:
    """In the place of "required", "needed" would read "you are needed to follow"; the plain
    words take their "be" with them, so they stand in the message."""
    findings = [f for f in default_linter.lint(text, kind="letter").findings if f.code == "RL304"]
    assert [f.text for f in findings] == ["required"]
    assert findings[0].suggestions == ()
    assert plain in findings[0].message
