"""The role a word names (the person, a relevant other, a professional) and its gender,
read from the speech lexicon and the shared word lists. Every other test of who is who asks
these, so they stand first, on the lexicon alone."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from recordlint.lexicon import word_list
from recordlint.names import is_professional_title
from recordlint.rules.voice.lexicon import SOMEBODY_ELSE, SpeechLexicon
from recordlint.subjects import Referent, referent_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def clean(word: str) -> str:
    return re.sub(r"(?:['’]s)$", "", word).strip(".").lower()


def title_role(title: str) -> str | None:
    return "professional" if is_professional_title(title) else None


def role_gender(word: str | None) -> str | None:
    if word in word_list("female_role"):
        return "f"
    if word in word_list("male_role"):
        return "m"
    return None


def role_kind(word: str | None, lexicon: SpeechLexicon) -> str | None:
    if word is None:
        return None
    if word in lexicon.person:
        return "person"
    if word in lexicon.relevant_other:
        return "relevant_other"
    if word in lexicon.professional or word in word_list("organisation"):
        return "professional"
    return None


_role_ends: dict[int, tuple[SpeechLexicon, frozenset[str]]] = {}


def role_word_ends(lexicon: SpeechLexicon) -> frozenset[str]:
    """The last word of every role word and phrase ``role_of`` may find, remembered."""
    known = _role_ends.get(id(lexicon))
    if known is None or known[0] is not lexicon:
        words = (
            lexicon.person | lexicon.relevant_other | lexicon.professional
            | word_list("organisation") | word_list("female_role") | word_list("male_role")
        )  # fmt: skip
        known = _role_ends[id(lexicon)] = (lexicon, frozenset(w.split(" ")[-1] for w in words))
    return known[1]


def role_of(token: Token, lexicon: SpeechLexicon) -> str | None:
    """The role a noun names: "person", "relevant_other", "professional" or None."""
    if token.text == "PT":
        return "professional"  # physiotherapist; "Pt" and "pt" are the patient
    lemma = token.lemma_.lower()
    # Every role phrase below ends with the word itself or its lemma, so a word that ends
    # no role word (most words) needs only the organisation check.
    ends = role_word_ends(lexicon)
    lower = token.lower_
    if lower not in ends and lemma not in ends and " " not in lower and " " not in lemma:
        if token.pos_ == "NOUN" and referent_of(token) is Referent.ORGANISATION:
            return "professional"
        return None
    compounds = [c.lower_ for c in token.lefts if c.dep_ == "compound"]
    phrases = [" ".join([*compounds[i:], w]) for w in (token.lower_, lemma)
               for i in range(len(compounds) + 1)]  # fmt: skip
    # "ward sister" is a nurse and "care home manager" a professional: a professional
    # compound wins over a family word at the end.
    organisation = word_list("organisation")
    if any(c in lexicon.professional or c in organisation for c in compounds) and (
        lemma in word_list("female_role")
        or lemma in word_list("male_role")
        or lemma in lexicon.professional
    ):
        return "professional"
    for phrase in phrases:
        kind = role_kind(phrase, lexicon)
        if kind is not None:
            somebody_else = any(c.lower_ in SOMEBODY_ELSE for c in token.lefts)
            if kind == "person" and (token.tag_ in {"NNS", "NNPS"} or somebody_else):
                return None
            return kind
    if token.pos_ == "NOUN" and referent_of(token) is Referent.ORGANISATION:
        return "professional"
    return None


def organisation_only(token: Token, lexicon: SpeechLexicon) -> bool:
    """Whether a noun read as a professional names an organisation or a thing rather than
    a worker ("the agency", "bath board", not "the GP" or "ward sister")."""
    lower, lemma = token.lower_, token.lemma_.lower()
    if lower in lexicon.professional or lemma in lexicon.professional:
        return False
    if lemma in word_list("female_role") or lemma in word_list("male_role"):
        return False
    return referent_of(token) is Referent.ORGANISATION or lemma in word_list("organisation")
