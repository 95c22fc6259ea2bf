"""Whether a match of a lexicon term counts as a label of someone.

:func:`counts` is the gate every match passes: the lexicon's exceptions, words quoted or
talked about, a verb not used as one, a label denied, and, for entries marked
``about_person``, whether the words describe a person at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.lexicon import JudgementalEntry
from recordlint.matching import PhraseMatch, cancelled_by_exception, match_root
from recordlint.rules.respectful.attribution import (
    in_a_list_of_kinds,
    in_a_list_of_whom_it_may_be,
    in_a_name,
    names_a_body_or_job,
)
from recordlint.rules.respectful.lexicon import CHOICE_VERBS
from recordlint.rules.respectful.person import describes_a_person
from recordlint.rules.respectful.said_of import (
    a_place_a_thing_is,
    foretold,
    named_as_a_risk,
    owned_bare_by_a_person,
)
from recordlint.rules.respectful.verbs import (
    a_choice_held_open,
    a_thing_not_a_doing,
    a_verb_in_use,
    act_announced,
    act_told_as_an_event,
    by_a_route,
    coping_with_caring,
    done_to_no_one_else,
    grievance_told_as_made,
    money_taken,
    names_a_kind_of_thing,
    passed_back,
    restriction_not_over_the_person,
    said_in_general,
    set_down_in_advance,
    verb_with_object,
)
from recordlint.subjects import Referent, about_person, referent_of, speaker_of, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Words whose noun sense is unrelated to the judgemental verb ("the refuse" is rubbish, "the
# council's demands for payment" are letters).
NOUN_HOMOGRAPHS = frozenset({"refuse", "demand", "demands"})


def counts(doc: Doc, match: PhraseMatch, entry: JudgementalEntry, text: str) -> bool:
    span = doc[match.start : match.end]
    root = match_root(doc, match)
    if cancelled_by_exception(span, entry.exceptions):
        return False
    if root.lower_ in NOUN_HOMOGRAPHS and root.pos_ == "NOUN":
        return False  # "the refuse" is rubbish; "Refuses help" is a mis-tagged verb
    if entry.term.lower().startswith("the ") and root.dep_ in {"amod", "compound"}:
        return False  # "the elderly man": an adjective, not the collective "the elderly"
    if in_a_name(doc, match):
        return False  # "the Disabled Facilities Grant", "Alcoholics Anonymous"
    if names_a_body_or_job(doc, match, text):
        return False  # "the complex needs panel", "Team: Adult Social Care (Complex Needs)"
    if a_place_a_thing_is(doc, match):
        return False  # "birds on feeder", "birdseed on the window feeder": a bird feeder
    if verb_with_object(root, entry):
        return False  # "controlling her diabetes", "challenging the decision"
    if money_taken(root):
        return False  # "had been demanding money from her": an act told as done, not a label
    if act_announced(root, entry):
        return False  # "threatening to jump from the bridge": what was said, not a label
    if said_in_general(root):
        return False  # "being drunk is not grounds for detention": no one is described
    if _denied(doc, match):
        return False  # "no challenging behaviour", "Not non-compliant then": denied of them
    last = doc[match.end - 1]
    if in_a_list_of_whom_it_may_be(text, doc[match.start].idx, last.idx + len(last.text)):
        return False  # "The people you care for may be: • frail • ill": no one is described
    if in_a_list_of_kinds(text, doc[match.start].idx):
        return False  # "Three recognised forms of self-neglect include: - Refusal of ..."
    if entry.own_words_only and speaker_of(root) is not None:
        return False  # "Daughter says mum is not coping": her view, recorded as hers
    if entry.assessment_of_person and _of_the_records_person(root) and not coping_with_caring(root):
        return False  # "She is not coping": the writer's assessment, an opinion to evidence
    if entry.assessment_of_person and foretold(root):
        return False  # "Jean will not cope": a forecast of anyone, an opinion to ground
    if entry.verb_only and not a_verb_in_use(root):
        return False  # "the hoarding support service", "hoarding disorder": no one's doing
    if entry.done_to and (done_to_no_one_else(root) or by_a_route(root)):
        return False  # "feeding the ewes", "not able to feed herself", "fed through a tube"
    if entry.done_to and (a_thing_not_a_doing(root) or passed_back(doc, root)):
        return False  # "the feed pump", "talked about feeding", "will feed back to the GP"
    if entry.done_to and names_a_kind_of_thing(root):
        return False  # "the picture feeding chart", "Kayleigh's feeding chart"
    if root.lemma_.lower() in CHOICE_VERBS and root.pos_ == "VERB":
        if a_choice_held_open(root):
            return False  # "asked about refusing treatment", "hard for her to refuse"
        if set_down_in_advance(root):
            return False  # "Graham made ADRT on 15.12.25 refusing PEG feeding"
    if entry.act and act_told_as_an_event(root):
        return False  # "hit out at HCA during pad change": what happened, not a trait
    if entry.restriction and restriction_not_over_the_person(root):
        return False  # "he was not allowed to go to the funeral", "Carers not allowed on wing"
    if entry.grievance and grievance_told_as_made(root):
        return False  # "wrote to the Director complaining about ...": a complaint made
    if entry.risked and named_as_a_risk(root):
        return False  # "at risk of carer breakdown": what may happen, weighed as a risk
    if entry.owned_only:
        return owned_bare_by_a_person(root)  # "his attitude"; not "a positive attitude"
    if not entry.about_person:
        return True
    return describes_a_person(doc, match, entry)


def _of_the_records_person(root: Token) -> bool:
    """Whether an assessment ("not coping") is said of the person the record is about:
    its subject names them ("She is not coping"), or the note names no one at all before
    it ("Clearly confused, not coping.", "Will not cope with a move."). A case note drops
    the subject when it is the person the note is about; where someone is named before
    the words ("Daughter at breaking point, not coping", "Sam is in crisis and mum and dad
    are not coping"), the parser may hang no subject on them, and they may label a carer
    or relative, so they are read as before."""
    if about_person(root) is Referent.PERSON:
        return True
    if subject_of(root) is not None:
        return False
    return not any(
        t.pos_ in {"NOUN", "PROPN", "PRON"} and referent_of(t) in _NAMES_SOMEONE
        for t in root.doc[root.sent.start : root.i]
    )


# What a noun or pronoun before a subjectless assessment may name: anyone it could be said of.
_NAMES_SOMEONE = frozenset(
    {Referent.PERSON, Referent.OTHER_PERSON, Referent.PROFESSIONAL, Referent.UNKNOWN}
)


# Determiners that deny a noun ("no challenging behaviour") and words that deny a verb
# ("did not refuse").
NOUN_DENIALS = frozenset({"no", "nil"})
VERB_DENIALS = frozenset({"not", "n't", "n’t", "never"})


def _denied(doc: Doc, match: PhraseMatch) -> bool:
    """Whether a negation just before the words denies them of the person: a label noun
    after "no" ("no challenging behaviour", "no refusals") records that none was seen,
    and a verb after "not" ("did not refuse", "will not be allowed to") that it was not
    done. Only auxiliaries and determiners may stand between. A negated adjective is
    still the label's frame ("he is not vulnerable enough for social care"), "no longer
    aggressive" and "not always compliant" still say the person was or is so, and a
    negation inside the words ("not engaging", "can't cope") is part of them."""
    root = match_root(doc, match)
    i = match.start - 1
    while i >= 0 and doc[i].pos_ in {"AUX", "DET"} and doc[i].lower_ not in NOUN_DENIALS:
        i -= 1
    if i < 0:
        return False
    if doc[i].lower_ in NOUN_DENIALS:
        return root.pos_ in {"NOUN", "PROPN"}
    return doc[i].lower_ in VERB_DENIALS and root.pos_ == "VERB"
