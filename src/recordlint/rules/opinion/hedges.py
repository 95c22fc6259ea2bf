"""RL603: impressions and unsourced hearsay standing in for what was seen or heard."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from recordlint.evaluative import has_evidence, sentence_of
from recordlint.findings import Category, Severity
from recordlint.lexicon import word_list
from recordlint.matching import match_root
from recordlint.rules.opinion.cues import Cue, cues, gate
from recordlint.rules.opinion.sentences import skippable
from recordlint.rules.opinion.spans import claim, clause, clear_of_quotes, trimmed
from recordlint.rules.opinion.speakers import names_a_source, reported_earlier
from recordlint.rules.opinion.words import (
    APPEARANCE_HEDGES,
    CONDITIONS,
    HEARSAY_HEDGES,
    OPINION_NEEDS,
    PEOPLE,
    SUSPICION_HEDGES,
)
from recordlint.rules.registry import ParagraphContext, rule
from recordlint.subjects import Referent, referent_of, speaker_of, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@rule(
    code="RL603",
    name="vague-hedge",
    category=Category.OPINION,
    standard="2.fact-opinion",
    severity=Severity.INFO,
    needs=OPINION_NEEDS,
    gate=gate("hedge"),
)
def vague_hedge(ctx: ParagraphContext) -> None:
    """Finds impressions and unsourced hearsay standing in for what was seen or heard.

    ## Why it matters
    Standard 2 asks for accurate, objective records with evidence for opinions. "She appears
    to be struggling" or "apparently the son has been drinking" tells the reader neither
    what was observed nor who said it, so it cannot be acted on or checked. A likelihood
    word on what someone is doing ("he is probably drinking again", "the withdrawals are most
    likely being used by the family") or on a condition they are in ("is probably in the
    early stages of dementia") records a suspicion the same way.

    ## Example
    Before:
    > She seems to be struggling.

    After:
    > She told me she has not been able to get to the shops for two weeks.

    ## Stays quiet on
    Honest uncertainty about facts not yet known ("She may be eligible for Attendance
    Allowance", "the form seems to have gone missing"), impressions that come with what was
    seen ("He seemed anxious: he paced the room and asked three times when his son would
    come", "She seemed embarrassed when talking about it and lowered her voice", "He seemed
    cheerful and was laughing about the weather"; the time of the writer's visit alone shows
    nothing: "seemed low when I visited" is still an impression, and nor does a reason
    clause the impression itself stands in: "would benefit from a review as she appears to
    be struggling" gives the impression as the reason), how someone's mood
    looked at the contact, told in the simple past in words of affect, the observation of
    presentation a clinical record makes ("Lan presented as flat and withdrawn", "Stephen
    seemed low", "She presented as very anxious and tearful", also with a preposition of time
    that places it in the contact, "presented as low in mood during the assessment",
    "anxious at the start"), or with the clinical verb of presentation in any tense ("He
    presents as low in mood", "presents as low in mood, tearful throughout"; not another
    verb in the present, "She seems low", a present mood placed or read further, "presents
    as low in mood at home", "presents as low in mood, poor motivation", nor a comparison,
    "seemed more relaxed than last time"), what someone
    did not seem to do ("He did not seem to know it was night-time"),
    hearsay with its source named, a hearsay word tagged on after what it passes on, with
    only the end of the sentence, a bracket or a dash after it ("another seizure last
    Tuesday, his 3rd since April apparently.", "illness apparently."), other people's
    reported views, likely outcomes or
    facts ("probably lost in the post", "likely to be in hospital for a week", "probably
    eligible for Attendance Allowance", "probably in hospital"), and a test
    of who qualifies, said of whoever meets it ("any carer who appears to have a need for
    support", the Care Act's threshold), and "present" after a form of "be", which says
    who attended ("Mr Seez was present as her substitute"), not how someone presents;
    and a page of information checked as a letter (no salutation or sign-off, "you"
    throughout), which says how things work for whoever reads it.
    """
    doc = ctx.doc
    assert doc is not None
    for cue in cues(doc, "hedge"):
        sentence = sentence_of(doc[cue.start])
        if skippable(sentence) or cues(sentence, "marked_opinion"):
            continue
        if cue.term in HEARSAY_HEDGES:
            if names_a_source(doc, cue, sentence):
                continue
            if _tagged_on(doc, cue, sentence):
                continue  # "another seizure last Tuesday apparently.": passed on, as said
            start, end = trimmed(doc, cue.start, cue.end)
            words = doc[cue.start : cue.end].text
            ctx.flag(
                start,
                end,
                f"'{words}' passes on something without saying who said it; name the source "
                "('Her son told me that ...') or record what you saw.",
            )
        else:
            for hedges, claimed_span, advice in _HEDGE_CLAIMS:
                if cue.term not in hedges:
                    continue
                span = claimed_span(doc, cue, sentence)
                if span is not None:
                    cue_end = trimmed(doc, cue.start, cue.end)[1]
                    span = clear_of_quotes(ctx, doc, *span, cue_end)
                if span is not None and claim(ctx, *span):
                    ctx.flag(*span, advice.format(words=doc[cue.start : cue.end].text))
                break


def _tagged_on(doc: Doc, cue: Cue, sentence: Span) -> bool:
    """Whether a hearsay word closes what it follows, with only punctuation or the end of
    the sentence after it ("his 3rd since April apparently.", "illness apparently.", "(PD
    dx apparently)"): a note's tag that marks the words before it as passed on from the
    call or message being recorded, where a hearsay word opening or inside a clause
    ("Apparently the son has been drinking") asserts what it passes on."""
    if cue.start == sentence.start or cue.end >= sentence.end:
        return cue.end >= sentence.end and cue.start > sentence.start
    return doc[cue.end].text in _CLOSING  # not a comma: "drinking, apparently, most nights"


# Marks that close what a tagged hearsay word follows: the end of a sentence, a bracket, a
# dash or a semicolon that starts the next note.
_CLOSING = frozenset({".", "!", "?", ")", "]", ";", ":", "-", "–", "—", "..."})


def _impression(doc: Doc, cue: Cue, sentence: Span) -> tuple[int, int] | None:
    """The clause of an appearance hedge about a person's state, or None when it is honest
    uncertainty about a fact, someone else's view, or comes with its evidence."""
    verb = doc[cue.start]
    if verb.lower_ == "present" and verb.i > 0 and doc[verb.i - 1].lemma_ == "be":
        return None  # "Mr Seez was present as her substitute": he attended in her place
    if cue.term.startswith(("it ", "there ")):
        verb = next((t for t in doc[cue.start : cue.end] if t.pos_ in {"VERB", "AUX"}), verb)
        complement = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if complement is None:
            return None
        subject = subject_of(complement)
        last = complement
    else:
        if verb.pos_ not in {"VERB", "AUX"}:
            verb = match_root(doc, cue.match)
        subject = subject_of(verb)
        complements = [
            c for c in verb.children if c.dep_ in {"xcomp", "acomp", "oprd", "prep", "attr"}
        ]
        if not complements and cue.end >= sentence.end - 1:
            return None
        last = complements[-1] if complements else doc[cue.end - 1]
        for complement in complements:
            if complement.dep_ == "xcomp" and _perfect(complement):
                return None  # "appears to have fallen": uncertainty about an event
    if subject is None and verb.i == sentence.start:
        pass  # "Presents as low in mood.": a note about the person
    elif subject is None or referent_of(subject) not in PEOPLE | {Referent.WRITER}:
        return None
    if speaker_of(verb) is not None or has_evidence(sentence, after=cue.start, judged_reason=True):
        return None
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in verb.children):
        return None  # "If I seem muddled, give me time": a condition, not an impression
    if verb.dep_ == "relcl" and _anyone(verb.head):
        return None  # "Any carer who appears to have a need for support": who qualifies
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "He did not seem to know it was night-time": something not seen
    if _shown_after(last, sentence):
        return None  # "He seemed cheerful and was laughing about the weather"
    if _mood_as_seen(doc, verb, cue):
        return None  # "Lan presented as flat and withdrawn": her mood as it was seen then
    return clause(doc, cue.start, cue.end, subject, last)


def _mood_as_seen(doc: Doc, verb: Token, cue: Cue) -> bool:
    """Whether an impression tells, in the past tense of the contact, how someone's mood
    looked then, in words of affect ("Lan presented as flat and withdrawn", "Stephen seemed
    low", "She presented as very anxious and tearful", "SU presented as settled and
    calm"): the observation of presentation a clinical record makes, not a reading of
    them. The words after the verb are the word list "affect_word" first, then only degree
    words, adjectives, "and" and a comma before another word of affect. "Present" is the
    clinical word for how someone comes across when seen, in any tense ("He presents as low
    in mood", "presents as low in mood, tearful throughout"), and most writers leave it
    unmarked as an observation; a present
    tense of "seem", "appear" or "look" ("She seems low") states how someone is in general,
    a comparison ("seemed more relaxed than last time") weighs a change, and a noun
    ("presents as a pleasant lady", "seemed to be struggling") is a verdict or an activity:
    each is still an impression. In the present the mood words must run to the end of the
    sentence, "today", "throughout" or a "but" ("presents as low in mood at home" places it
    in no contact, "presents as low in mood, poor motivation" adds a reading)."""
    if verb.lemma_.lower() not in _APPEARING:
        return False
    if not _past(verb) and verb.lemma_.lower() != _PRESENTING:
        return False
    sentence = sentence_of(verb)
    index = cue.end
    if index < sentence.end and doc[index].lower_ == "as":
        index += 1  # "seemed as" is no cue; "presented as" holds it in the cue or here
    while index < sentence.end and doc[index].pos_ == "ADV" and doc[index].lower_ not in _COMPARING:
        index += 1  # "very anxious", "quite flat"
    if doc[index : index + 2].text.lower() in _A_LITTLE:
        index += 2  # "seemed a bit low"
    if index >= sentence.end or doc[index].lower_ not in word_list("affect_word"):
        return False
    index += 1
    while index < sentence.end:
        token = doc[index]
        if token.lower_ in _COMPARING or token.tag_ in {"JJR", "RBR"}:
            return False  # "more relaxed than last time": a change weighed
        mood = token.lower_ == "in" and index + 1 < sentence.end and doc[index + 1].lower_ in _MOOD
        if mood:
            index += 2  # "low in mood"
            continue
        if token.lower_ == "but":
            return True  # "low in mood but compliant with the move": the mood told, then more
        if (
            token.text == ","
            and index + 1 < sentence.end
            and doc[index + 1].lower_ in word_list("affect_word")
        ):
            index += 1  # "low in mood, tearful throughout": another word of affect
            continue
        if (
            token.pos_ in {"ADJ", "ADV", "CCONJ"}
            or token.tag_ in {"VBN", "JJ"}
            or (token.dep_ == "conj" and token.pos_ != "VERB")
        ):
            index += 1  # "flat and withdrawn", "anxious and tearful"
            continue
        break
    if index >= sentence.end:
        return True
    stop = doc[index]
    if stop.dep_ == "npadvmod" and stop.pos_ == "NOUN":
        return True  # "... today"
    if not _past(verb):
        # In the present the mood words must close the sentence, or a bare "throughout": a
        # place ("presents as low at home") or another reading after a comma ("low in mood,
        # poor motivation") is more than how someone came across.
        rest = [t for t in doc[index : sentence.end] if not (t.is_punct or t.is_space)]
        return not rest or (len(rest) == 1 and rest[0].lower_ in _OCCASION_PREPOSITIONS)
    return stop.is_punct or _placed_in_the_contact(stop)


def _placed_in_the_contact(token: Token) -> bool:
    """Whether the words after a mood are a preposition of time that places it in the
    contact ("presented as low in mood during the assessment", "anxious at the start",
    "confused throughout the visit"): the mood as it was seen then, as "today" after it
    is. A reason or a topic ("anxious about money", "confused regarding the date") is no
    time, and a clause of the writer's visit ("seemed low when we visited") stays an
    impression."""
    if token.dep_ != "prep" or token.lower_ not in _OCCASION_PREPOSITIONS:
        return False
    return any(c.dep_ == "pobj" for c in token.children)


def _past(verb: Token) -> bool:
    """Whether a verb is a simple past ("presented", "seemed"), as the tagger reads it or as a
    participle with no auxiliary at the head of its sentence ("SU presented as settled")."""
    if verb.tag_ == "VBD":
        return True
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "ROOT"
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    )


# The verbs of an impression whose past tense reports how someone looked at the contact.
_APPEARING = frozenset({"present", "seem", "appear", "look"})
# The clinical verb of presentation, which reports how someone came across in any tense.
_PRESENTING = "present"
# Words that make an impression a comparison: a change weighed, not a mood seen.
_COMPARING = frozenset({"more", "less", "than", "better", "worse"})
# The nouns of "low in mood", "in good spirits": where a mood word is placed.
_MOOD = frozenset({"mood", "spirits"})
# Degree words of two tokens before a mood word: "seemed a bit low".
_A_LITTLE = frozenset({"a bit", "a little"})
# Prepositions that place a mood seen in the time of the contact: "during the assessment",
# "at the start", "throughout the visit", "on arrival".
_OCCASION_PREPOSITIONS = frozenset({"during", "throughout", "at", "on"})


# Verbs that give another impression or a state rather than what was seen done.
_NOT_SEEN_DONE = frozenset({"be", "seem", "appear", "look", "present", "become", "feel"})


def _shown_after(last: Token, sentence: Span) -> bool:
    """Whether the rest of the impression's sentence tells what was seen that gave it: a
    verb of something done or happening, in the past or as it went on ("seemed embarrassed
    when talking about it and lowered her voice", "seemed tired, she yawned through the
    morning", "seemed unaware of the pan until I pointed it out", "appeared tearful when her
    husband was mentioned"). A state or another impression ("and is in denial", "and may be
    a risk") shows nothing, nor does the time of the writer's visit ("seemed low when I
    visited")."""
    for token in sentence:
        if token.i <= last.i or token.pos_ != "VERB" or token.tag_ not in _DONE_TAGS:
            continue
        if token.lemma_.lower() in _NOT_SEEN_DONE:
            continue
        if token.head.i != token.i and token.head.pos_ not in {"VERB", "AUX"}:
            continue  # "presents as hostile and guarded": a participle read as a state
        if token.tag_ == "VBN" and not any(c.dep_ == "auxpass" for c in token.children):
            continue  # "and has given up on himself": a perfect states where things stand
        if _when_i_visited(token):
            continue
        return True
    return False


_DONE_TAGS = frozenset({"VBD", "VBG", "VBN"})


def _when_i_visited(verb: Token) -> bool:
    """Whether a clause only dates the writer's own contact ("when I visited", "as we
    arrived"): when the impression was formed, not what formed it."""
    marked = any(
        c.dep_ in {"mark", "advmod"} and c.lower_ in {"when", "as", "while"} for c in verb.children
    )
    subject = subject_of(verb)
    return marked and subject is not None and referent_of(subject) is Referent.WRITER


_ANY = frozenset({"any", "every", "each", "anyone", "anybody", "everyone", "everybody"})


def _anyone(noun: Token) -> bool:
    """Whether the noun stands for whoever meets a description ("any carer", "anyone",
    "every adult"), as a law or a page's test of who qualifies does, not for someone in
    particular."""
    return noun.lower_ in _ANY or any(c.dep_ == "det" and c.lower_ in _ANY for c in noun.children)


def _suspicion(doc: Doc, cue: Cue, sentence: Span) -> tuple[int, int] | None:
    """The clause of a likelihood word on an activity said of a person ("he is probably
    drinking again", "her son is possibly taking her pension"), or None: a likely outcome or
    fact ("probably lost in the post", "likely to be in for some time") is honest
    uncertainty."""
    adverb = doc[cue.start]
    verb = adverb.head
    last: Token | None = verb
    passive_subject: Token | None = None
    if adverb.dep_ == "advmod" and verb.tag_ == "VBG":
        subject = subject_of(verb)
    elif adverb.dep_ == "advmod" and verb.lemma_ == "be" and verb.tag_ in {"VBZ", "VBP"}:
        # "is probably in the early stages of dementia"; "possibly" on a state, or a past
        # one ("She was possibly less anxious by the end"), weighs what was seen.
        last = _state(verb, adverb) if adverb.lower_ != "possibly" else None
        subject = subject_of(verb) if last is not None else None
    elif adverb.dep_ == "acomp" and verb.lemma_ == "be":
        last = _passive_activity(adverb)  # "are most likely being used by the family"
        subject = _agent(last) if last is not None else None
        if subject is not None:
            # Said of the family; the clause starts with what they are doing it with.
            used = subject_of(verb)
            passive_subject = used if used is not None and used.i < adverb.i else None
    else:
        return None
    if subject is None or referent_of(subject) not in {Referent.PERSON, Referent.OTHER_PERSON}:
        return None
    assert last is not None
    if passive_subject is not None:
        subject = passive_subject
    # Who reported it is read from a reporting verb before the guess ("her daughter said he
    # is probably drinking"), not from any person the clause mentions ("her daughter's
    # account" is a bank account, not her account of events).
    if reported_earlier(doc, cue.start, sentence) or has_evidence(
        sentence, after=cue.start, judged_reason=True
    ):
        return None
    if verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        # "was confused about dates and is probably in the early stages of dementia": the
        # guess borrows its subject, so its own clause starts at its verb.
        return clause(doc, min(verb.i, cue.start), cue.end, None, last)
    return clause(doc, cue.start, cue.end, subject, last)


def _state(copula: Token, adverb: Token) -> Token | None:
    """The condition a likelihood word puts a person in after "is" ("is probably in the early
    stages of dementia", "in a state of neglect"), or None: not where they are ("probably at
    home", "probably in hospital") or what they may be entitled to ("probably eligible for
    Attendance Allowance"), which is honest uncertainty about a fact; a feeling or a label
    ("probably depressed") is RL601's."""
    for complement in copula.children:
        if complement.i < adverb.i:
            continue
        if complement.dep_ == "prep" and complement.lower_ == "in":
            place = next((c for c in complement.children if c.dep_ == "pobj"), None)
            if place is not None and any(c.dep_ == "prep" for c in place.children):
                return complement  # "in the early stages of dementia", "in a state of neglect"
    return None


def _passive_activity(likely: Token) -> Token | None:
    """The activity a predicate "likely" says is going on, told in the passive ("the
    withdrawals are most likely being used by the family"), or None."""
    action = next((c for c in likely.children if c.dep_ == "xcomp"), None)
    if action is None or action.tag_ != "VBN":
        return None
    progressive = any(c.dep_ == "auxpass" and c.lower_ == "being" for c in action.children)
    return action if progressive else None


def _agent(action: Token) -> Token | None:
    """Who does a passive activity: the object of its "by" ("by the family")."""
    agent = next((c for c in action.children if c.dep_ == "agent"), None)
    if agent is None:
        return None
    return next((c for c in agent.children if c.dep_ == "pobj"), None)


# The impressions and suspicions RL603 asks to be sourced: which cues, the words each
# claims, and the advice.
class HedgeClaim(NamedTuple):
    """A kind of hedge RL603 asks to be sourced: its cue words, the words of a cue it claims
    (None when the cue is honest uncertainty), and the advice."""

    hedges: frozenset[str]
    claimed_span: Callable[[Doc, Cue, Span], tuple[int, int] | None]
    advice: str


_HEDGE_CLAIMS: tuple[HedgeClaim, ...] = (
    HedgeClaim(
        APPEARANCE_HEDGES,
        _impression,
        "'{words}' gives an impression instead of an observation; write what you saw "
        "or what the person told you that led to it.",
    ),
    HedgeClaim(
        SUSPICION_HEDGES,
        _suspicion,
        "'{words}' records a suspicion about what someone is doing; write what you "
        "saw or who told you, or mark it as your professional opinion with its grounds.",
    ),
)


def _perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.lemma_ == "have" and c.dep_ == "aux" for c in verb.children)
