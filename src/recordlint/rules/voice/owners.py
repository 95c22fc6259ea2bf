"""Whose view a label, heading or question announces, and the units under it given to that
owner: a "Person:" label and the name after it, a heading that names the person's own view,
"Mr Cole's wishes:", "What matters to Rhiannon", "In her words:", and answers in the person's
own words. Kept apart from the loop over a paragraph's units, which only calls on it."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from recordlint.evaluative import marker_matches
from recordlint.names import person_field_label
from recordlint.rules.voice.cued_names import cued_first_names, serves_the_person
from recordlint.rules.voice.describing import describe, view_noun, view_owner
from recordlint.rules.voice.facts import Clause, Mention, ParagraphVoice, Ref, RefKind
from recordlint.rules.voice.lexicon import ABOUT_WHOM, SpeechLexicon, speech_lexicon
from recordlint.rules.voice.names import at
from recordlint.rules.voice.own_lines import FIRST_PERSON_WORD, THIRD_PERSON
from recordlint.rules.voice.roles import clean
from recordlint.rules.voice.titled import titled_names

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# A label that gives whom the record is about, cut off as a unit of its own from the name
# after it: "Person: ", "Name: ", "Re: ".
@cache
def _person_label() -> re.Pattern[str]:
    return re.compile(rf"[ \t]*(?:{person_field_label()}|{ABOUT_WHOM})[ \t]*:[ \t]*", re.IGNORECASE)


# "Resident: ", "Applicant: ": a label naming whom the record serves, for a name in
# capitals after it ("Applicant: Arjun NANDRA (Mrs P Nandra - appointee)").
_SERVED_LABEL = re.compile(r"[ \t]*(?P<word>[^\W\d_]+)[ \t]*:[ \t]*")


def person_label(unit: str) -> bool:
    if _person_label().fullmatch(unit):
        return True
    served = _SERVED_LABEL.fullmatch(unit)
    return served is not None and serves_the_person(served.group("word"))


def named_by_a_label(
    facts: ParagraphVoice, text: str, label: int, first: int, end: int
) -> ParagraphVoice:
    """A unit's facts with the name a label before it gives ("Person: Bogdan Nowak"): the
    label and the name, read apart, would not say whom the record is about."""
    taken = {m.at for m in facts.mentions}
    named = [
        replace(m, at=at(m) - (first - label))
        for m in cued_first_names(text[label:end])
        if at(m) >= first - label and at(m) - (first - label) not in taken
    ]
    if not named:
        return facts
    return replace(facts, mentions=tuple(sorted((*facts.mentions, *named), key=at)))


def names_own_view(facts: ParagraphVoice, heading: Doc) -> bool:
    """Whether a first-person heading names what "I" like or want ("What I like", "What I
    want to change") or "my" views ("My goals"), as the person's plan does; "What I did"
    and the writer's marked opinion ("What I think and why") are the writer's."""
    if marker_matches(heading, "marked_opinion"):
        return False
    if any(
        c.kind in {"feeling", "wish"} and c.subject.ref.kind is RefKind.WRITER
        for c in facts.clauses
    ):
        return True
    # "My goals", "My wishes", "My priorities": what the person wants; "My view" and "My
    # opinion" may head the writer's assessment.
    lexicon = speech_lexicon()
    return any(
        view_noun(token, lexicon)
        and token.lemma_.lower() not in _WRITERS_VIEW_NOUNS
        and any(c.dep_ == "poss" and c.lower_ == "my" for c in token.children)
        for token in heading
    )


_WRITERS_VIEW_NOUNS = frozenset({"view", "opinion"})


def announced_owner(unit: Doc) -> tuple[Mention, bool, bool] | None:
    """Whose view the heading or label ``unit`` announces, if it names a view and its
    owner ("Mr Cole's wishes:", "Views of the person", "Her priorities"), whether it
    announces their own words ("In her words:"), where "I" is the owner, and whether it
    names whom the record is about ("What matters to Rhiannon")."""
    if not unit.has_annotation("DEP"):
        return None
    lexicon = speech_lexicon()
    names = titled_names(unit, lexicon)
    for token in unit:
        if view_noun(token, lexicon):
            owner = view_owner(token, lexicon, names)
            if owner is not None and owner.ref.kind is RefKind.OTHER:
                owner = _first_name_owner(token)
            if owner is not None and owner.ref.kind is not RefKind.OTHER:
                return owner, token.lemma_.lower() == "word", False
        owner = _mattering_to(token, lexicon, names)
        if owner is not None:
            return owner, False, True
    return None


def _first_name_owner(noun: Token) -> Mention | None:
    """The untitled name a heading gives as the owner of its view ("Daniel's views",
    "Janet's wishes"), which the parse alone reads as nobody it can follow. Whether that
    name is the record's person is left to the record-wide step: "Sadia's views" over
    what a daughter said stays hers."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PROPN" or not owner.text.istitle():
        return None
    return Mention(Ref(RefKind.FIRST, clean(owner.text)), at=owner.idx)


def _mattering_to(
    token: Token, lexicon: SpeechLexicon, names: dict[int, Mention]
) -> Mention | None:
    """Whom a heading says something matters to: "What matters to Leonard", "What is
    important to her". "To me" is a heading of the person's own, read elsewhere."""
    if token.lemma_.lower() not in lexicon.view_predicates:
        return None
    to = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    owner = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    if owner is None:
        return None
    pronoun = {"her": "f", "him": "m"}.get(owner.lower_)
    if pronoun is not None:
        return Mention(Ref(RefKind.PRONOUN), at=owner.idx, gender=pronoun)
    if owner.pos_ == "PRON":
        return None
    described = describe(owner, token, lexicon, names)
    if described.ref.kind is RefKind.OTHER and owner.pos_ == "PROPN" and owner.text.istitle():
        # A first name after "to" is no subject, which is what the parse's mentions need.
        return Mention(Ref(RefKind.FIRST, clean(owner.text)), at=owner.idx)
    return None if described.ref.kind is RefKind.OTHER else described


def given_to(
    facts: ParagraphVoice, owner: Mention, first: int, words: str, *, in_their_words: bool
) -> ParagraphVoice:
    """The facts of a unit under a label, heading or question that says whose view it
    gives: "Views of the person: wants to go home", "Mrs Box's wishes: she wants to stay",
    "In her words: I want my own bed", a question to "you" and its answer. A summary
    without a voice of its own ("SU happy with care", "not recorded") gives none."""
    owner = replace(owner, at=owner.at - first if owner.at is not None else None)
    theirs = {RefKind.IMPLICIT, RefKind.PRONOUN}
    if in_their_words:
        theirs.add(RefKind.WRITER)
    clauses = tuple(replace(c, subject=owner) if c.subject.ref.kind in theirs else c
                    for c in facts.clauses)  # fmt: skip
    if not clauses and in_their_words and _in_their_own_words(words):
        clauses = (Clause(0, len(words.rstrip()), "speech", "", owner),)
    elif not clauses and _WISHED.match(words) and not _TO_BE_DONE.match(words):
        # "Mrs Lee's desired outcome: to feel safe at home": what the view names.
        clauses = (Clause(0, len(words.rstrip()), "wish", "", owner),)
    return replace(facts, clauses=clauses)


# "To feel safe at home", and what matters to somebody: "Staying together at home".
_WISHED = re.compile(r"^\W*(?:to[ \t]+[a-z]|[a-z]{2,}ing\b)", re.IGNORECASE)


# "Views of the person: to be sought" says what the worker has still to do.
_TO_BE_DONE = re.compile(r"^\W*to[ \t]+be[ \t]+\w+(?:ed|en|ght)\b", re.IGNORECASE)


_NO_ANSWER = re.compile(
    r"^\W*(?:not\b|n/?a\b|nil\b|unable\b|did\s*n[o'’]t\b|no\s+(?:answer|response|reply)\b|"
    r"declined\s+to\s+answer\b)",
    re.IGNORECASE,
)


def _in_their_own_words(words: str) -> bool:
    """Whether an answer under a question to "you" (or "In her words:") is the person's
    own words: in the first person, or in none and giving an answer."""
    if FIRST_PERSON_WORD.search(words):
        return True
    text = _ANSWER_MARK.sub("", words).strip(" \t-•:.")
    return bool(text) and not THIRD_PERSON.search(text) and not _NO_ANSWER.match(text)


_ANSWER_MARK = re.compile(r"^\W*(?:a|ans(?:wer)?)\s*[.:)]\s*", re.IGNORECASE)
