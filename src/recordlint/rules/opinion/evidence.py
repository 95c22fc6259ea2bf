"""Evidence for a judgement or an opinion beyond :func:`recordlint.evaluative.has_evidence`:
whether an evaluative predicate is stated as fact with nothing to back it, and what an
opinion is drawn from or based on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.evaluative import (
    EvaluativePredicate,
    Judgement,
    content_lemmas,
    has_evidence,
    in_reason_clause,
    next_sentence,
    reports_on,
    reports_speech,
    run_on_part,
    sentence_of,
)
from recordlint.matching import THIRD_PERSON_POSSESSIVES
from recordlint.rules.opinion.cues import Cue, cues
from recordlint.rules.opinion.framing import after_possibility_frame, hedged
from recordlint.rules.opinion.sentences import skippable
from recordlint.rules.opinion.speakers import reported, said_in_a_note, sourced_with_per
from recordlint.rules.opinion.words import GROUNDS_LEADS
from recordlint.subjects import Referent, referent_of, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def stated_as_fact(doc: Doc, predicate: EvaluativePredicate) -> bool:
    """Whether an evaluative predicate is the writer's own unmarked claim with nothing to back
    it. A certainty frame counts even beside its evidence ("obviously confused as she could
    not tell me the day"): the frame itself turns the inference into a fact. Feelings and
    mental states count only when neither their sentence nor the next one shows them."""
    sentence = whole = sentence_of(predicate.predicate)
    if skippable(sentence):
        return False
    if predicate.attributed() and (
        reported(predicate.predicate) or reported(doc[predicate.cue_start])
    ):
        return False
    if said_in_a_note(doc[predicate.cue_start]):
        return False  # "Mum not keen, says he won't cope": the speaker's words
    if sourced_with_per(doc[predicate.cue_start]):
        return False  # "manipulative with services, per CMHT": the team's view, named
    own_clause = run_on_part(sentence, doc[predicate.cue_start], after=0)
    sentence = run_on_part(sentence, doc[predicate.cue_start], before=1)
    if cues(own_clause, "marked_opinion"):
        return False
    if predicate.kind is Judgement.CERTAINTY:
        return True
    if hedged(own_clause, predicate.predicate):
        return False  # RL603 asks for the observation behind the impression
    if after_possibility_frame(sentence, predicate.cue_start):
        return False  # "It is possible that Mrs Hughes is somewhat overprotective"
    if predicate.kind is Judgement.MOTIVE:
        # A reason beside a motive ("deliberately difficult because he didn't get the room")
        # is more of the same reading; only the person's own words show why they acted.
        following = next_sentence(whole)
        return not (_quotes(whole) or (following is not None and _quotes(following)))
    if predicate.kind is Judgement.MISSTATING:
        # "is clearly exaggerating his mobility as he was seen walking to the servery": what
        # differs from the account is set beside the ruling, which stays the writer's reading
        # of what the person told them; the record keeps both apart.
        return True
    if predicate.kind is Judgement.CANDOUR:
        # "is 68 and has diabetes so realistically she will not be able to": what comes
        # before the candid claim is what the writer draws it from, which the candour word
        # then offers as plain fact; only what follows it, or the next sentence, shows it.
        following = next_sentence(whole) if sentence.end == whole.end else None
        return not has_evidence(doc[predicate.cue_start : sentence.end]) and not (
            following is not None and not skippable(following) and has_evidence(following)
        )
    if predicate.kind is Judgement.PLAUSIBILITY:
        # What was said often carries numbers of its own ("four cans a day, which is
        # unlikely"): only what follows the ruling can be its evidence.
        return not has_evidence(doc[predicate.cue_start : sentence.end])
    if has_evidence(sentence, after=predicate.cue_start, judged_reason=True):
        return False
    if basis_follows(whole):
        return False  # "... he is at risk of losing his tenancy. I have based this on ..."
    if predicate.kind is Judgement.RISK and grounds_after(doc, predicate.cue_start, sentence):
        return False  # "is at risk from other residents due to her wandering"
    if predicate.kind in {Judgement.RISK, Judgement.CHANGE}:
        # A verdict on risk rests on what was seen or heard; given in the sentence after
        # it ("Not safe at home. She left the gas on twice this week") it is evidenced, as
        # is a change ("Has deteriorated a lot. She now needs two carers to stand"), also by
        # what the one who changed has been doing ("He has been wandering at night").
        following = next_sentence(whole) if sentence.end == whole.end else None
        return (
            following is None
            or skippable(following)
            or not (
                (has_evidence(following) and not _about_something_else(following, predicate))
                or reports_on(following, predicate)
                or (predicate.kind is Judgement.CHANGE and _doing(following, predicate))
            )
        )
    if predicate.kind in {Judgement.FEELING, Judgement.MENTAL_STATE}:
        if reports_speech(doc[predicate.cue_end : sentence.end]):
            return False  # "pleasantly confused, could not tell me the date": what showed it
        if doing_beside(doc, predicate.cue_start, predicate.cue_end):
            return False  # "very confused, pulling at his catheter": what was seen
        if in_reason_clause(doc[predicate.cue_start]) is not None and _quotes(whole):
            return False  # "sleeps downstairs because he is frightened of the stairs: 'I ...'"
        # In a run-on narrative the clause after it is already in ``sentence``.
        following = next_sentence(whole) if sentence.end == whole.end else None
        if following is not None and (has_evidence(following) or reports_on(following, predicate)):
            return False
    return True


# What a sentence's subject may be that is neither the person judged nor anyone who saw them.
_OTHER_THINGS = frozenset({Referent.HOME, Referent.THING, Referent.ORGANISATION})


def _about_something_else(following: Span, predicate: EvaluativePredicate) -> bool:
    """Whether the sentence after a verdict on a person's risk or change is about something
    else, so that its numbers or reasons are no evidence for the verdict: "Iris is socially
    isolated and at high risk of low mood. The flat is not fit to live in for at least 8 weeks"
    (the flat's repairs, not her risk). Feelings are left as they were: a log's next line with
    a number of its own lets a feeling off as before, and holding it to this test raised false
    findings on staff's notes of what they heard. Its main clause has a thing, a home or an
    organisation as subject, it names the person nowhere and names nothing the verdict's
    clause names; a sentence about the person, the writer or someone who saw them, or one
    that names what the verdict rests on, still counts."""
    if predicate.subject is None or referent_of(predicate.subject) is not Referent.PERSON:
        return False
    root = following.root
    subject = subject_of(root)
    if subject is None or referent_of(subject) not in _OTHER_THINGS:
        return False
    if any(_names_the_person(t) for t in following):
        return False  # "Her lift has been broken for 2 weeks": still about her
    doc = predicate.predicate.doc
    verdict_words = content_lemmas(doc[slice(*predicate.clause())])
    return not (verdict_words & content_lemmas(following))


def _names_the_person(token: Token) -> bool:
    if token.tag_ == "PRP$":
        return token.lower_ in THIRD_PERSON_POSSESSIVES
    return token.pos_ in {"PRON", "PROPN"} and referent_of(token) is Referent.PERSON


# Verbs that state how someone is, not what they have been doing.
_STATES = frozenset(
    {"be", "seem", "appear", "look", "have", "need", "want", "remain", "become", "feel",
     "get", "lack", "struggle", "cope", "manage"}
)  # fmt: skip


def _doing(sentence: Span, predicate: EvaluativePredicate) -> bool:
    """Whether a sentence tells what the one a change is said of has been doing ("He has
    been wandering and is often aggressive"): the person, by pronoun or name, as the subject
    of a verb of doing, which shows what changed; a state ("She is now unable to make
    decisions") is another judgement."""
    for token in sentence:
        if token.pos_ != "VERB" or token.lemma_.lower() in _STATES:
            continue
        if token.tag_ == "VB":
            continue  # "unable to make decisions": what he cannot do, not what he did
        shares = token.dep_ == "conj" and token.head.dep_ == "ROOT"
        if token.dep_ != "ROOT" and not (
            shares and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)
        ):
            continue  # only the sentence's own subject: not "the school failed him and he ..."
        if any(c.dep_ == "neg" for c in token.children):
            continue
        subject = subject_of(token)
        if subject is not None and referent_of(subject) is Referent.PERSON:
            return True
    return False


def grounds_after(doc: Doc, start: int, sentence: Span) -> bool:
    """Whether a verdict on risk starting at token ``start`` is followed in its sentence by what
    it rests on, named after "due to" or "owing to" ("Tenancy at risk due to complaints
    from neighbours", "is at risk from other residents due to her wandering"): the reader
    can weigh the grounds, as with "because of". Only for risk: an inability or a state put
    down to a condition ("Unable to give views due to dementia") names a cause, not what
    was seen."""
    for token in doc[start : sentence.end]:
        if token.lower_ not in GROUNDS_LEADS or token.i + 1 >= sentence.end:
            continue
        to = doc[token.i + 1]
        if to.lower_ == "to" and any(t.dep_ == "pobj" for t in (*token.subtree, *to.subtree)):
            return True
    return False


def basis_follows(sentence: Span) -> bool:
    """Whether the sentence after a judgement says what it rests on ("Ms Marsh's needs are
    about access to information. I base this on her description and on the doorbell test
    above", "... he is at risk of breaching his order. I have based this on the unopened
    letters ..."): the writer sets the judgement out as a finding and gives its grounds,
    which the reader can weigh."""
    following = next_sentence(sentence)
    return following is not None and not skippable(following) and states_its_basis(following)


def _quotes(sentence: Span) -> bool:
    return any(t.text in {'"', "“", "”"} for t in sentence)


def drawn_from_before(doc: Doc, cue: Cue, sentence: Span) -> bool:
    """'She is under constant supervision and is not free to leave, so in my opinion she is
    deprived of her liberty': the opinion follows "so" from the clause before it."""
    before = doc[sentence.start : cue.start]
    return any(
        t.lower_ == "so" and t.dep_ in {"cc", "mark", "advmod"} and t.i > sentence.start
        for t in before
    ) and any(t.pos_ in {"VERB", "AUX"} for t in before)


def states_its_basis(sentence: Span) -> bool:
    """'I base this on her description and on the test above', 'This is based on ...': the
    sentence says what the opinion before it rests on."""
    return any(
        t.lemma_.lower() == "base"
        and t.pos_ == "VERB"
        and any(c.dep_ == "prep" and c.lower_ in {"on", "upon"} for c in t.children)
        for t in sentence
    )


# The auxiliaries of a past progressive: what someone was doing at the visit ("was eating
# lunch"). A present progressive beside a judgement ("is scared of him and is covering for
# him") reads on into what they are up to, a judgement of its own.
_PAST_BE = frozenset({"was", "were"})


def doing_beside(doc: Doc, cue_start: int, cue_end: int) -> bool:
    """Whether the sentence goes on, after a judgement of how someone is, to what they were
    seen doing at the time, as the same subject's own verb: a participle hung on the
    judgement after a comma ("Ted very confused and agitated, pulling at his catheter") or a
    past progressive coordinated with it ("Edna had settled and was eating lunch"), with no
    subject of its own, not denied and with no verb after it. What the sentence shows is the
    observation the judgement sums up. A present ("is manipulative and plays staff off",
    "is scared of him and is covering for him") or a bare participle coordinated with a
    label ("over-involved and doing too much for her") tells what someone does as a
    habit or a motive: another judgement, not what was seen."""
    sentence = sentence_of(doc[cue_start])
    for token in doc[cue_end : sentence.end]:
        if token.pos_ != "VERB" or token.tag_ != "VBG" or token.lemma_.lower() in _STATES:
            continue
        if not sentence.start <= token.head.i < cue_end:
            continue  # hung on the judgement's own clause, not on a later one
        children = list(token.children)
        auxiliaries = {c.lower_ for c in children if c.dep_ == "aux"}
        if token.dep_ == "advcl":
            after_comma = token.i > 0 and doc[token.i - 1].text == ","
            if auxiliaries or not after_comma:
                continue
        elif token.dep_ != "conj" or not auxiliaries & _PAST_BE:
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass", "neg", "xcomp", "ccomp", "mark"} for c in children):
            continue
        return True
    return False
