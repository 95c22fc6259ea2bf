"""Whose words they are: someone else's reported words, a named source, a verdict raised or held
by someone other than the writer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.evaluative import run_on_part, sentence_of
from recordlint.lexicon import word_list
from recordlint.rules.opinion.cues import Cue, cues
from recordlint.rules.opinion.words import PEOPLE, RAISED_OR_FOUND, REPORTED_BY
from recordlint.segments import DASHES
from recordlint.subjects import Referent, referent_of, speaker_of, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Marks that end one note and start the next within a sentence.
NOTE_STOPS = frozenset({*DASHES, ";", ":"})


def reported(token: Token) -> bool:
    """Whether ``token`` is in someone else's reported words: under a reporting verb whose
    speaker is in its clause or the one before. In a run-on narrative a report some
    clauses back ("she said she wants to go home ..., daughter Carol lives in Ipswich ...,
    Edna is a bit confused at times") has ended: the parser hangs the later clauses on it,
    but they are the writer's own."""
    speaker = speaker_of(token)
    if speaker is None:
        return False
    reach = run_on_part(sentence_of(token), token, before=1, after=0)
    return speaker.i >= reach.start or speaker.sent.start != token.sent.start


def said_in_a_note(token: Token) -> bool:
    """Whether ``token`` follows a reporting verb in its "-s" form with no subject of its
    own, opening the sentence or a clause after a comma ("States he is managing well.",
    "Mum not keen, says he won't cope"): a note leaves out who speaks, and that form is
    never the writer's own ("I say"); the words after it are the speaker's, up to the next
    note's mark."""
    sentence = sentence_of(token)
    verbs = word_list("reporting_verb")
    for word in token.doc[sentence.start : token.i]:
        if word.text in NOTE_STOPS:
            return False  # a note of the writer's own after the report
        lower = word.lower_
        if not lower.endswith("s") or not {lower[:-1], lower[:-2]} & verbs:
            continue
        opening = word.i == sentence.start or word.doc[word.i - 1].text in {",", ";"}
        after = word.doc[word.i + 1] if word.i + 1 < sentence.end else word
        if after.pos_ in {"ADJ", "ADV", "PUNCT"} or after.i > token.i:
            continue  # "Feels guilty.": a state of mind, not a report of one
        if opening and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in word.children):
            return True
    return False


def sourced_with_per(token: Token) -> bool:
    """Whether the clause holding ``token`` names whose words it holds with "per", as a note
    writes "according to": after the words ("attention seeking and manipulative with
    services, per CMHT", "difficult to manage in the evenings per son", "room in poor state
    per Femi") or opening the sentence ("Per consultant, prognosis weeks"). The source is a
    person, a professional or a body, not a unit ("3 calls per day", "£40 per week") and
    not the writer. A spaced dash, a colon or a semicolon ends the note the source is named
    for; a hyphen inside a word ("attention-seeking") does not."""
    sentence = sentence_of(token)
    own = run_on_part(sentence, token, after=0)
    candidates = []
    for word in own[token.i - own.start :]:
        if word.text in NOTE_STOPS and word.doc[word.i - 1].whitespace_:
            break  # "Self-neglecting - room in poor state per Femi": the source is the room's
        candidates.append(word)
    if sentence[0].lower_ == "per":
        candidates.append(sentence[0])
    for word in candidates:
        if word.lower_ != "per":
            continue
        source = next((c for c in word.children if c.dep_ == "pobj"), None)
        if source is None and word.i + 1 < sentence.end:
            source = word.doc[word.i + 1]
        if source is None or source.pos_ not in {"NOUN", "PROPN"}:
            continue
        if referent_of(source) in {Referent.THING, Referent.WRITER, Referent.UNKNOWN}:
            continue
        return True
    return False


def names_a_source(doc: Doc, cue: Cue, sentence: Span) -> bool:
    if speaker_of(doc[cue.start]) is not None:
        return True
    return any(c.term in {"according to", "she told me", "he told me", "they told me"}
               for c in cues(sentence, "evidence"))  # fmt: skip


def reported_earlier(doc: Doc, start: int, sentence: Span) -> bool:
    """Whether a reporting verb with someone other than the writer as its subject comes
    before token ``start`` in the sentence: the verdict that follows is part of their
    report."""
    for token in doc[sentence.start : start]:
        if token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in word_list("reporting_verb"):
            subject = subject_of(token)
            if subject is not None and referent_of(subject) is not Referent.WRITER:
                return True
    return False


def has_agent(token: Token) -> bool:
    """Whether a verdict is reported "by" someone ("No concerns raised by the home")."""
    for word in [token, *token.children]:
        for child in word.children:
            if child.dep_ == "agent" or (child.dep_ == "acl" and _has_agent_child(child)):
                return True
    return False


def raised_or_found(noun: Token) -> bool:
    """Whether "no concerns" is the subject of a participle of raising or finding, its "were"
    dropped or kept ("No concerns raised.", "no concerns found", "No concerns noted", "No
    concerns currently raised", "no issues have been identified"): a record that no one
    raised any or that a check or an observation found none, not the writer's verdict. Only
    the passive's auxiliaries and adverbs may come between the noun and the participle. With
    an object the verb is someone's own ("no carers raised it")."""
    verbs = [c for c in noun.children if c.dep_ == "acl"]
    if noun.dep_ in {"nsubj", "nsubjpass"}:
        verbs.append(noun.head)
    return any(
        v.tag_ in {"VBD", "VBN"}
        and v.lemma_.lower() in RAISED_OR_FOUND
        and v.i > noun.i
        and all(_between_subject_and_participle(t) for t in noun.doc[noun.i + 1 : v.i])
        and not any(c.dep_ in {"dobj", "ccomp"} for c in v.children)
        for v in verbs
    )


def _between_subject_and_participle(token: Token) -> bool:
    """Whether a word may stand between "no concerns" and its participle without making the
    participle someone's act: a passive's "were", "have been" ("No concerns were raised") or
    an adverb on the participle ("No concerns currently raised", "no issues yet identified")."""
    if token.pos_ == "AUX" and token.lemma_.lower() in {"be", "have"}:
        return True
    return token.pos_ == "ADV" and token.dep_ == "advmod"


def _has_agent_child(verb: Token) -> bool:
    return any(c.dep_ == "agent" for c in verb.children)


def holder(token: Token) -> Token | None:
    """Who holds "no concerns" when a person has, raises or reports them."""
    head = token
    while head.dep_ in {"det", "amod", "compound", "prep", "pobj"} and head.head.i != head.i:
        head = head.head
    if head.dep_ in {"dobj", "attr"} and head.head.lemma_.lower() in REPORTED_BY:
        subject = subject_of(head.head)
        if subject is not None and referent_of(subject) in PEOPLE | {Referent.ORGANISATION}:
            return subject  # "Carers report no concerns", "Homecare 4U report no concerns"
    return None
