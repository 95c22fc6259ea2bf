"""Whose words a clause carries: the reported speaker or the holder of a view
(:func:`speaker_of`, :func:`is_attributed`), when the words are someone's reported view
rather than the writer's.

It stands last because it climbs from the words to a reporting verb, a view noun or
"according to", and uses both the subject finder and the referent classifier on what it
finds there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.lexicon import word_list
from recordlint.subjects.predicates import subject_of
from recordlint.subjects.referents import referent_of
from recordlint.subjects.words import (
    PERSON_PRONOUNS,
    REPORT_FORMS,
    VIEW_HOLDERS,
    VIEW_NOUNS,
    Referent,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def speaker_of(token: Token) -> Token | None:
    """The subject of the reporting verb ``token`` is reported under, if it is not the writer.

    "Her daughter said the house was filthy" -> daughter for "filthy"; "According to her son,
    she is in denial" -> son. ``None`` when the words are the writer's own: there is no
    reporting verb above them, or the writer is the one speaking ("I told her she was fine").
    A reporting verb that opens a note-style fragment ("Said the house was filthy") has no
    subject to return, so the verb itself stands for the speaker. A verb of knowing in the
    passive ("Family are known to be difficult") reports no one: its subject is the one the
    words are about, and the climb goes on above it ("Her son said he is known to be ...").
    """
    current = token
    seen: set[int] = set()
    while current.i not in seen:
        seen.add(current.i)
        found = _according_to(current)
        if found is not None:
            return found
        head = current.head
        if head.i == current.i:
            break
        if current.dep_ == "xcomp" and _known_as_fact(head):
            current = head  # "Family are known to be difficult": no one's view, a fact
            continue
        if current.dep_ in {"ccomp", "xcomp", "parataxis", "advcl"} and _reports(head):
            if _says_something_else(current, head):
                return None  # the words before it are the writer's own, not its report
            speaker = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if speaker is None and head.dep_ == "conj":
                speaker = subject_of(head)
            if speaker is None and head.dep_ in {"advcl", "xcomp"} and _to_infinitive(head):
                # "The home rang to say CQC have suspended ...": the caller speaks.
                speaker = next(
                    (c for c in head.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None
                )
            if speaker is None:
                speaker = _initials_read_as_interjection(head)
            if speaker is None:
                return head if head.i == head.sent.start else None
            if referent_of(speaker) is Referent.WRITER or speaker.lower_ == "it":
                return None
            return speaker
        if current.dep_ == "conj" and _reports(head) and _continues_report(current, head):
            # "She said she can stay tonight, but that she works full time", "Mum says she
            # never wants them back and she would rather manage": a second reported clause
            # the parser coordinated with the reporting verb itself.
            speaker = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if speaker is not None and referent_of(speaker) is not Referent.WRITER:
                return speaker
        if current.dep_ == "conj" and _reports(head) and _object_read_for_subject(current, head):
            # "Mrs F also complained the care Mrs X received, before ..., was unsuitable":
            # the reported clause's subject was read as the reporting verb's object, and its
            # verb was coordinated with the reporting verb.
            speaker = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if speaker is not None and referent_of(speaker) is not Referent.WRITER:
                return speaker
        if current.dep_ == "ccomp" and head.pos_ == "ADJ" and head.dep_ == "acomp":
            # "She is worried that he will be lonely": what follows is her worry.
            holder = subject_of(head)
            if holder is not None and referent_of(holder) in VIEW_HOLDERS:
                return holder
        if current.dep_ in {"acl", "ccomp", "relcl"} and _content_clause(current):
            holder = _holder_of_view(head)
            if holder is not None:
                # "Her son expressed the view that she is unsafe", "She is of the opinion
                # that ...": the clause is what the view holds, and the view is theirs.
                return None if _writer_or_frame(holder) else holder
        if current.dep_ == "prep" and current.lower_ == "as" and _reports(head):
            # "Her son described the flat as squalid": the description is the son's.
            speaker = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if speaker is not None and referent_of(speaker) is not Referent.WRITER:
                return speaker
        owner = _views_of_other(head)
        if owner is not None:
            return owner
        current = head
    return _misparsed_report(token)


_NOUN_LIKE_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "dep"})


def _continues_report(clause: Token, verb: Token) -> bool:
    """Whether a clause coordinated with reporting ``verb`` goes on with the report: it
    opens with "that", or its subject is the same pronoun as the reported clause's."""
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return True
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in PERSON_PRONOUNS:
        return False
    reported = [c for c in verb.children if c.dep_ == "ccomp" and c.i < clause.i]
    return any(
        g.dep_ == "nsubj" and g.lower_ == subject.lower_ for c in reported for g in c.children
    )


_OWN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def _object_read_for_subject(clause: Token, verb: Token) -> bool:
    """Whether a verb coordinated with reporting ``verb`` is really the reported clause's,
    its subject misread as the reporting verb's object: it has no subject of its own, the
    reporting verb has a noun object before it, and no "and", "but" or "or" joins it to
    the reporting verb ("complained the care ..., was unsuitable"). "She reported a fall
    and was upset" is her own second act."""
    if any(c.dep_ in _OWN_SUBJECT_DEPS for c in clause.children):
        return False
    if not any(c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"} and c.i < clause.i
               for c in verb.children):  # fmt: skip
        return False
    before = next((t for t in reversed(verb.doc[verb.i + 1 : clause.i]) if not t.is_punct), None)
    return before is not None and before.pos_ != "CCONJ"


def _content_clause(clause: Token) -> bool:
    """Whether a clause hung on a noun opens with "that" as a conjunction ("the view that
    she is unsafe"), so it says what the noun holds, even where the parser called it a
    relative clause; a real one ("the view that she shared") has "that" as its subject or
    object instead."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _holder_of_view(noun: Token) -> Token | None:
    """Who holds the view ``noun`` names: its owner ("it is her son's view that"), or the
    subject a verb gives it to ("her son expressed the view", "the GP gave the opinion",
    "the neighbour has concerns") or "be of" / "be under" does ("she is of the view", "he
    is under the impression"). A note fragment that opens with the verb ("Expressed the
    view that ...") has no subject to return, so the verb stands for the holder."""
    if noun.lemma_.lower() not in VIEW_NOUNS or noun.head.i == noun.i:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return None if owner.lower_ in {"my", "our"} else owner
    preposition = noun.head
    if noun.dep_ == "dobj" and noun.head.pos_ in {"VERB", "AUX"}:
        verb = noun.head
    elif noun.dep_ == "pobj" and preposition.lower_ in {"of", "under"}:
        if preposition.head.lemma_ != "be":
            return None
        verb = preposition.head
    else:
        return None
    holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if holder is None and verb.dep_ == "conj":
        holder = subject_of(verb)
    if holder is None:
        return verb if verb.i == verb.sent.start else None
    return holder


def _writer_or_frame(speaker: Token) -> bool:
    return speaker.pos_ not in {"VERB", "AUX"} and (
        referent_of(speaker) is Referent.WRITER or speaker.lower_ == "it"
    )


def _initials_read_as_interjection(verb: Token) -> Token | None:
    """A speaker's initials the tagger read as an interjection ("EH say she is fine"): a
    word in capitals, two or three letters, hung on the reporting verb just before it."""
    for child in verb.children:
        if child.dep_ != "intj" or child.i >= verb.i:
            continue
        letters = child.text.rstrip(".")
        if 2 <= len(letters) <= 3 and letters.isalpha() and letters.isupper():
            return child
    return None


def _misparsed_report(token: Token) -> Token | None:
    """The speaker in "<someone> report(s) ..." before ``token`` when the parser took the
    reporting verb for a noun, so no reporting clause shows in the tree."""
    sentence = token.sent
    for word in token.doc[sentence.start : token.i]:
        if word.lower_ not in REPORT_FORMS:
            continue
        if word.pos_ in {"VERB", "AUX"} and word.dep_ not in _NOUN_LIKE_DEPS:
            continue  # a real reporting verb: the parse above has already been followed
        if word.i == sentence.start:
            continue
        before = word.doc[word.i - 1]
        if before.pos_ in {"NOUN", "PROPN", "PRON"} and referent_of(before) is not Referent.WRITER:
            return before
    return None


def is_attributed(token: Token) -> bool:
    """Whether ``token`` sits in someone else's reported words, thoughts or views."""
    return speaker_of(token) is not None


def _to_infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _known_as_fact(verb: Token) -> bool:
    """Whether ``verb`` is a verb of knowing in the passive, raising its infinitive's subject
    ("Family are known to be difficult", "he is well known to be volatile"). The passive's
    subject is the one the clause is about, not a speaker, and knowing presents what follows
    as established: nobody's view is reported. Other reporting verbs in the passive ("is
    said to be", "is thought to have") still report someone's words, though unnamed."""
    return verb.lemma_.lower() in word_list("knowing_verb") and any(
        c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children
    )


def _says_something_else(clause: Token, verb: Token) -> bool:
    """Whether a reporting verb that comes after the clause the parser hung on it has words
    of its own that it reports: an object that names no one ("Mr R is clearly depressed, he
    barely said a word to me today") or a clause after it ("He is clearly exaggerating, the
    notes say his daughter helps him shower"). What was said is those words, so the clause
    before is the writer's own, not the words reported; "She is fine, she said" and "he is
    fine, he told me" (the one told) still report it."""
    if verb.i < clause.i:
        return False
    return any(
        (c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"} and referent_of(c) is Referent.THING)
        or (c.dep_ == "ccomp" and c.i > verb.i)
        for c in verb.children
    )


def _reports(verb: Token) -> bool:
    verbs = word_list("reporting_verb")
    return verb.lemma_.lower() in verbs or verb.lower_ in verbs


def _according_to(verb: Token) -> Token | None:
    """The source in "according to X" or "in X's view" attached to ``verb``."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "according":
            for to in child.children:
                obj = next((c for c in to.children if c.dep_ == "pobj"), None)
                if obj is not None and referent_of(obj) is not Referent.WRITER:
                    return obj
        if child.dep_ == "prep" and child.lower_ in {"in", "from"}:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.lemma_.lower() in VIEW_NOUNS | {"point"}:
                owner = next((c for c in obj.children if c.dep_ == "poss"), None)
                if owner is not None and referent_of(owner) is not Referent.WRITER:
                    return owner
    return None


def _views_of_other(verb: Token) -> Token | None:
    """The owner in "her daughter's view is that ..." when ``verb`` is that copula."""
    if verb.lemma_ != "be":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in VIEW_NOUNS:
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is None or referent_of(owner) is Referent.WRITER:
        return None
    return owner
