"""How a voice clause's subject is written, as a mention (:func:`describe`): a pronoun, the
writer, "you", a name, a role or somebody else; and the view nouns ("her wish", "Mrs Cole's
wishes") with their owners (:func:`view_noun`, :func:`view_owner`).

It stands apart from the clause finder because it reads only the subject token and the
mentions already found, never the clause around it."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from recordlint.doc_access import doc_text
from recordlint.names import only_a_name, titles
from recordlint.rules.voice.facts import Mention, Ref, RefKind
from recordlint.rules.voice.lexicon import SpeechLexicon
from recordlint.rules.voice.names import CONTACTED
from recordlint.rules.voice.roles import clean, mention, role_kind, role_of
from recordlint.subjects import PERSONAL_SUBJECT_PRONOUNS, Referent, referent_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def view_noun(token: Token, lexicon: SpeechLexicon) -> bool:
    """A noun that carries its owner's view: "wish", "views", "priority", "desired outcome"."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    lemma, lower = token.lemma_.lower(), token.lower_
    for head, before in lexicon.views:
        if head not in {lemma, lower, lemma + "s", lemma + "es"}:
            continue
        if not before or any(c.lower_ == before for c in token.lefts):
            return True
    return False


_POSSESSIVE_PRONOUNS = {"her": "she", "his": "he", "their": "they"}


def view_owner(noun: Token, lexicon: SpeechLexicon, names: dict[int, Mention]) -> Mention | None:
    """Whose view a view noun carries: "her wish", "Mrs Cole's wishes", "views of the
    person"; None when the words do not say ("Desired outcome:")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if owner is None:
        return None
    pronoun = _POSSESSIVE_PRONOUNS.get(owner.lower_)
    if pronoun is not None:
        return Mention(
            Ref(RefKind.PRONOUN),
            at=owner.idx,
            gender={"she": "f", "he": "m"}.get(pronoun),
            plural=pronoun == "they",
        )
    if owner.lower_ in {"my", "our", "your"}:
        return None
    return describe(owner, noun, lexicon, names)


def describe(
    subject: Token | None,
    verb: Token,
    lexicon: SpeechLexicon,
    names: dict[int, Mention],
) -> Mention:
    if subject is None:
        return Mention(Ref(RefKind.IMPLICIT), at=verb.idx)
    lower = subject.lower_
    if lower == "you":
        # "Mark, you told me...": a letter to two people may speak to the other one.
        first = subject.sent[0]
        named = (
            first.text
            if first.pos_ == "PROPN" and first.i + 1 < len(first.doc) and first.nbor(1).text == ","
            else None
        )
        return Mention(Ref(RefKind.YOU), vocative=named.lower() if named else None)
    if lower in {"i", "we"}:
        return Mention(Ref(RefKind.WRITER))
    if lower in PERSONAL_SUBJECT_PRONOUNS:
        gender = {"she": "f", "he": "m"}.get(lower)
        after_contact = False
        if lower == "they":
            # "I rang Bright Care. They said...": after a call, "they" is who was called.
            sentences = list(verb.doc.sents)
            index = next(i for i, sent in enumerate(sentences) if sent.start <= verb.i < sent.end)
            start = sentences[max(0, index - 1)].start_char
            after_contact = bool(CONTACTED.search(doc_text(verb.doc), start, subject.idx))
        return Mention(
            Ref(RefKind.PRONOUN),
            at=subject.idx,
            gender=gender,
            plural=lower == "they",
            after_contact=after_contact,
        )
    subject_mention = names.get(subject.i) or mention(subject, lexicon)
    if subject_mention is not None:
        return replace(subject_mention, at=subject.idx)
    before_a_state = _name_before_a_state(subject, lexicon, names)
    if before_a_state is not None:
        return before_a_state
    if (
        subject.pos_ in {"ADJ", "NOUN", "PROPN"}
        and subject.text.istitle()
        and only_a_name(subject.text)
    ):
        # "Clive claims he is 'fine'": a first name the tagger read as another word; "Ryan
        # happy with plan": one a note writes before how somebody is, which the parser
        # makes the head of the state.
        return Mention(Ref(RefKind.FIRST, clean(subject.text)), at=subject.idx, is_subject=True)
    if subject.pos_ == "PRON":
        # Where it stands too: the tagger reads a lone capital opening a note's sentence
        # ("T said") as a pronoun, and it may be the person's name cut to its initial.
        return Mention(Ref(RefKind.OTHER), at=subject.idx)
    role = referent_of(subject)
    if role is Referent.ORGANISATION:
        return Mention(Ref(RefKind.ROLE, "professional"), role="professional")
    if role is Referent.OTHER_PERSON:
        return Mention(Ref(RefKind.ROLE, "relevant_other"), role="relevant_other")
    # Where it stands, so a name cut to initials ("G has said") can still be told.
    return Mention(Ref(RefKind.OTHER), at=subject.idx)


def _name_before_a_state(
    subject: Token, lexicon: SpeechLexicon, names: dict[int, Mention]
) -> Mention | None:
    """The name a note writes before how somebody was, which the parser hangs on the state
    it takes for the subject: "Danny uncooperative, said ...", "Kim upset, says ...", and a
    titled name, in full or cut to its initial, that opens the sentence: "Mr A tearful, says
    ..."."""
    if subject.pos_ == "PROPN" or role_of(subject, lexicon) is not None:
        return None
    opening = subject.doc[subject.sent.start : subject.i]
    titled = next((names[t.i] for t in reversed(opening) if t.i in names), None)
    if (
        titled is not None
        and titled.ref.kind is RefKind.NAME
        and opening
        and all(
            opening.start <= t.head.i <= subject.i and t.dep_ in {"compound", "det", "amod"}
            for t in opening
        )
    ):
        return replace(titled, is_subject=True)
    for word in subject.lefts:
        if word.pos_ != "PROPN" or word.dep_ not in {"amod", "compound", "nmod"}:
            continue
        if word.i != subject.sent.start or word.text.isupper() or not word.text[:1].isupper():
            return None
        if role_kind(word.lower_, lexicon) is not None or word.lower_.rstrip(".") in titles():
            return None
        if referent_of(word) is Referent.ORGANISATION:
            return None
        return Mention(Ref(RefKind.FIRST, clean(word.text)), at=word.idx, is_subject=True)
    return None
