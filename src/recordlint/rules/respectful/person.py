"""Whether the matched words describe a person (:func:`describes_a_person`).

Reads the dependency parse for who or what the words are said of: a person, family or
friends count; an organisation, a document, a decision, an amount, a kind of work, what
someone finds hard or a forecast about a home do not. The narrower tests it weighs stand in
modules of their own: what a label is said of by the words around it
(:mod:`recordlint.rules.respectful.said_of`) and words that also mean "hard"
(:mod:`recordlint.rules.respectful.hard_words`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.lexicon import JudgementalEntry, word_list
from recordlint.matching import PhraseMatch, match_root
from recordlint.rules.respectful.hard_words import (
    a_person_found_so,
    a_task_made_hard,
    hard_for_someone,
    said_of_a_thing,
)
from recordlint.rules.respectful.lexicon import CHOICE_VERBS, COUNTS_AS_PERSON
from recordlint.rules.respectful.notes import (
    a_note_of_its_own,
    commented_clause,
    doer_across_a_reported_clause,
    doer_of_reported_coordinate,
    linked_before_a_comma,
    note_after_a_comma,
    note_doer,
    thing_noted_as_refused,
    when_after_a_label,
)

# The name other modules import from here, from the module that now holds it.
from recordlint.rules.respectful.said_of import SOME as SOME
from recordlint.rules.respectful.said_of import (
    a_decision_on_a_thing,
    a_doing_named,
    a_doing_pointed_back_to,
    a_kind_of_work,
    about_an_amount,
    doer_before_a_bare_object,
    first_conjunct,
    forecast,
    held_by_a_person,
    noted_attribute,
    one_initial,
    time_a_doing_hangs_on,
    used_by_a_person,
    what_an_object_is_taken_as,
)
from recordlint.rules.respectful.suggestions import leads_with_verb
from recordlint.rules.respectful.verbs import passive_sharing_a_subject
from recordlint.subjects import Referent, doer_of, referent_of, speaker_of, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc


def describes_a_person(doc: Doc, match: PhraseMatch, entry: JudgementalEntry) -> bool:
    """Whether the matched words are said of a person (or may be: note-style fragments)."""
    if about_an_amount(doc, match):
        return False  # "Private physio: £40 pw - not allowed": a decision about a cost
    root = match_root(doc, match)
    if entry.hard_sense and (said_of_a_thing(root) or a_task_made_hard(root)):
        return False  # "the difficult decision", "would make living alone difficult"
    if doer_before_a_bare_object(root):
        # "she was fine but refused shower", "Lorna became abusive and ended visit": the note
        # dropped the article, and the parser joined the label to the noun after it.
        return True
    if leads_with_verb(doc, match, entry):
        reported = doer_of_reported_coordinate(root)
        if reported is not None:
            return referent_of(reported) in COUNTS_AS_PERSON
        if note_doer(doc, root):
            return True  # "pt refused strip wash", "Dtr demanding respite tonight"
        when = time_a_doing_hangs_on(root)
        if when is not None:
            # "awake most nights wandering along the landing": what he does then.
            holder = subject_of(when.head)
            return holder is None or referent_of(holder) in COUNTS_AS_PERSON
        referent, token = doer_of(root)
        if referent is Referent.UNKNOWN and token is None and passive_sharing_a_subject(root):
            # "residents have pre-settled status and are being refused PC/HB": the passive
            # shares the subject of the verb it is joined to, the one done to.
            token = subject_of(root)
        if referent is Referent.THING and token is not None and one_initial(token):
            referent = Referent.PERSON  # "T lacks insight into his memory problems"
        if thing_noted_as_refused(root, referent, token):
            return True  # "Bath board – refused", "shower call, refused again"
        if referent is Referent.THING and token is not None and a_note_of_its_own(token, root):
            return True  # "Poor hygiene, smells, refuses to wash": the person refuses
        if referent is Referent.UNKNOWN and token is not None:
            patient = referent_of(token)
            if root.lemma_.lower() not in CHOICE_VERBS:
                # "He was toileted", "she is demented": done-to words label the patient.
                return patient in COUNTS_AS_PERSON
            # "She was refused a badge" (she was refused something) and "The application
            # was refused" (a decision) are not the person's refusal; "Personal care was
            # refused" is.
            if patient in {Referent.PERSON, Referent.OTHER_PERSON, Referent.ORGANISATION}:
                return False
            return token.lemma_.lower() not in word_list("decided_thing")
        return referent in COUNTS_AS_PERSON
    last = doc[match.end - 1]
    if entry.pretext:
        return used_by_a_person(last)  # "is using fatigue as an excuse": said of the user
    if a_kind_of_work(last):
        return False  # "extended in complex cases", "no new complex cases": no one in them
    if a_decision_on_a_thing(last):
        return False  # "Pension Credit refusal approved": a body's decision on a claim
    if last.pos_ in {"NOUN", "PROPN"}:
        # A label used as a noun ("reports of challenging behaviour") is a label wherever it
        # stands; only "X is a bed blocker" and "sees X as a burden" need X to be a person.
        # "needs around meals, medication and wandering after dark": a doing listed with
        # other nouns is one wherever the list stands, as it is alone.
        first = first_conjunct(last) if a_doing_named(last, entry) else last
        if first.dep_ not in {"attr", "appos", "conj"} and not what_an_object_is_taken_as(first):
            return True
        root = last
    if hard_for_someone(root) and not a_person_found_so(root):
        return False  # "The stairs are becoming difficult for Peggy": what she finds hard
    if note_after_a_comma(root):
        # "Son rang, very aggressive on the phone": a note of its own, whose subject is
        # left unsaid, however the parser hung it on the words before the comma.
        speaker = speaker_of(root)
        return speaker is None or speaker.pos_ in {"VERB", "AUX"}
    linking = linked_before_a_comma(root)
    subject = doer_across_a_reported_clause(root) or subject_of(
        linking if linking is not None else root
    )
    if subject is not None and match.start <= subject.i < match.end:
        # "Jordan is attention seeking": the parser took a word of the label for its subject.
        subject = subject_of(root.head) if root.head is not root else None
        if subject is not None and match.start <= subject.i < match.end:
            # "Non compliant again, 3rd time this week": the parser took "Non" for the
            # subject of the whole label, so the note has none of its own.
            subject = None
    if (
        subject is not None
        and referent_of(subject) is Referent.THING
        and (a_note_of_its_own(subject, root) or when_after_a_label(subject, root))
    ):
        subject = None  # "Non-compliant with fluids, only two sips of tea."
    if subject is None:
        # A note fragment leaves its subject, the person, unsaid; a reported clause
        # ("Mrs X believes the council's alternative ... is unreasonable") has one the
        # parser lost, and it cannot be taken for the person.
        speaker = speaker_of(root)
        return speaker is None or speaker.pos_ in {"VERB", "AUX"}
    if subject.dep_ == "pobj" and subject.head.lower_ == "in" and subject.head.head.lemma_ == "be":
        # "The flat was in a disgusting state": said of the flat.
        subject = subject_of(subject.head.head) or subject
    commented = commented_clause(root)
    if commented is not None:
        # "She rings the office several times a day, which is attention seeking behaviour":
        # the comment labels what the doer of the clause before it did.
        doer = subject_of(commented)
        return doer is not None and referent_of(doer) in COUNTS_AS_PERSON
    referent = referent_of(subject)
    if referent is Referent.THING and one_initial(subject):
        referent = Referent.PERSON  # "S is fixated on her boyfriend"
    if referent is Referent.THING:
        if root.pos_ == "VERB" and any(
            c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with") for c in root.children
        ):
            return False  # "his illness is interfering with his life": the thing acts
        # "her behaviour", "his lifestyle": an attribute of the person still labels them.
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if owner is not None:
            return referent_of(owner) in COUNTS_AS_PERSON
        if a_doing_pointed_back_to(subject, root):
            return True  # "... and this is a lifestyle choice": what the doer does
        return held_by_a_person(subject) or noted_attribute(subject)
    # A judgement of the person's home ("the flat was squalid") is a judgement of them; a
    # label for a professional ("Home manager very unhelpful") is still a label, though a
    # professional's refusal (the verbs above) is a decision and how often staff do their
    # work ("Staff constantly check on her") is no complaint.
    if referent is Referent.PROFESSIONAL:
        return root.pos_ != "ADV"
    if referent is Referent.HOME:
        # "the flat will be a mess" forecasts a state no one has seen: a prediction, which
        # the opinion rules report; a person forecast to be a label is still labelled.
        return not forecast(root)
    return referent in COUNTS_AS_PERSON
