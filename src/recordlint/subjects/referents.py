"""What kind of thing a noun phrase names (:func:`referent_of`): the person, a relative, a
professional, the writer, an organisation, a home or a thing.

It stands apart from the parse climbing because it reads only the noun phrase and the words
just before it (titles, names, initials, acronyms), never the clause the phrase sits in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.lexicon import acronym_terms, word_list
from recordlint.names import standing_titles
from recordlint.spellcheck import dictionary_knows
from recordlint.subjects.words import (
    ORGANISATION_HOMES,
    PERSON_PRONOUNS,
    RELATIVE_PRONOUNS,
    WRITER_PRONOUNS,
    Referent,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def referent_of(token: Token) -> Referent:
    """Classify the noun phrase whose head is ``token``."""
    lower = token.lower_
    if token.pos_ == "PRON" or token.tag_ in {"PRP", "PRP$", "WP"}:
        if lower in RELATIVE_PRONOUNS:
            if token.head.dep_ == "relcl":
                return referent_of(token.head.head)
            return Referent.UNKNOWN if lower in {"who", "whom"} else Referent.THING
        if lower in PERSON_PRONOUNS:
            return Referent.PERSON
        if lower in WRITER_PRONOUNS:
            return Referent.WRITER
        return Referent.THING
    words = _compound_words(token)
    lowered = [w.lower() for w in words]
    forms = {lower, token.lemma_.lower()}
    if "home" in forms and any(w in ORGANISATION_HOMES for w in lowered[:-1]):
        return Referent.ORGANISATION
    if forms & word_list("other_person"):
        return Referent.OTHER_PERSON
    if forms & word_list("professional") or _is_professional_title(lowered):
        return Referent.PROFESSIONAL
    if forms & word_list("person"):
        return Referent.PERSON
    titled = any(w in standing_titles() for w in lowered[:-1]) or _title_before(token)
    if titled and (token.tag_ == "NNP" or _is_initial(token) or _ends_titled_name(token)):
        # "Mrs Hall", "Mr Council", "Mrs G" and "Mrs Jessop senior", where the tagger read
        # an initial or a word after the name as a common noun: a title makes a person.
        return Referent.PERSON
    if forms & word_list("home"):
        return Referent.HOME
    if forms & word_list("organisation"):
        return Referent.ORGANISATION
    if token.pos_ == "PROPN" or token.tag_ == "NNP":
        if any(w in word_list("person") for w in lowered[:-1]):
            return Referent.PERSON  # "Service user Danny Morrow", "client Mr Shah"
        if any(w in word_list("organisation") for w in lowered):
            return Referent.ORGANISATION  # "Bristol City Council", "Sandbank Housing"
        if any(w in standing_titles() for w in lowered) or _title_before(token):
            return Referent.PERSON
        if _initials_of_a_name_before(token):
            return Referent.PERSON  # "Tenant: Kieran M. KM refused": a name, then initials
        if _initials_as_a_subject(token):
            return Referent.PERSON  # "KB was very passive", "TLN is too traumatised to ..."
        if token.text.isupper() and len(token.text) > 1:
            return Referent.ORGANISATION  # DWP, HMRC: acronyms name bodies, not people
        return Referent.PERSON
    if _a_name_read_as_a_noun(token):
        return Referent.PERSON  # "Harvey is demanding": the tagger took a first name for a noun
    if _initials_of_a_name_before(token):
        return Referent.PERSON  # "Accompanied Darren Kelsall ... D was agitated"
    return Referent.THING


def _a_name_read_as_a_noun(noun: Token) -> bool:
    """Whether a capitalised word the tagger read as a common noun is a first name
    ("Harvey is demanding", "Shanice thinks it is unfair"): it has no determiner, owner or
    modifier, and in lower case it is no everyday word ("Bungalow very dirty" is a bungalow).
    A subject read as a plural noun or an adjective ("Carys claims ...", "Clive claims ...")
    is tested the same way; elsewhere those tags are too often a real plural or adjective."""
    if not noun.text.istitle() or len(noun.text) < 3:
        return False
    if noun.tag_ != "NN" and not (
        noun.tag_ in {"NNS", "JJ"} and noun.dep_ in {"nsubj", "nsubjpass"}
    ):
        return False
    if any(c.dep_ in {"det", "poss", "amod", "compound", "nummod"} for c in noun.children):
        return False
    return not _an_everyday_word(noun.lower_)


def _an_everyday_word(word: str) -> bool:
    known = dictionary_knows(word)
    return known is None or known  # without a dictionary no noun is taken for a name


def _compound_words(token: Token) -> list[str]:
    """The words of a name or compound noun ending in ``token`` ("Bristol City Council")."""
    parts = [c for c in token.lefts if c.dep_ in {"compound", "flat"}]
    words: list[str] = []
    for part in parts:
        words.extend(_compound_words(part))
    words.append(token.text)
    return words


def _ends_titled_name(token: Token) -> bool:
    """Whether ``token`` ends an unbroken run of words that starts with a title ("Mrs
    Jessop senior"); a dash or a comma breaks the run ("Mr Gutteridge - CHC checklist")."""
    doc = token.doc
    for position in range(token.i - 1, _sentence_start_within(token, 4) - 1, -1):
        word = doc[position]
        if word.lower_.rstrip(".") in standing_titles():
            return True
        if not word.is_alpha:
            return False
    return False


def _initials_of_a_name_before(token: Token) -> bool:
    """Whether a word of one to three capitals stands for a person the text has already
    named in full: "Tenant: Kieran M. KM refused his meds", "Accompanied Darren Kelsall
    ... D was agitated". The name is two or more capitalised words before it whose first
    letters the word spells (one letter: the first name's), so "DWP" or "HMRC" with no
    such name before them stay bodies."""
    letters = token.text.rstrip(".")
    if not (0 < len(letters) <= 3 and letters.isalpha() and letters.isupper()):
        return False
    doc = token.doc
    for start in range(token.i):
        first = doc[start]
        if not (first.text.istitle() and len(first.text) >= 3 and first.pos_ == "PROPN"):
            continue
        if first.lower_ in standing_titles():
            continue
        name = [first]
        for t in doc[start + 1 : min(start + 3, token.i)]:
            if not (t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.rstrip(".").isalpha()):
                break
            name.append(t)
        if len(name) < 2:
            continue
        spelt = "".join(t.text[0] for t in name)
        if (len(letters) == 1 and letters == spelt[0]) or spelt == letters:
            return True
    return False


def verb_tags(verb: Token) -> set[str]:
    """The part-of-speech tags of a verb and of its auxiliaries: whether it agrees with one
    person ("VBZ", or "VBD" of "was") or with many ("VBP"), however the tense is built
    ("has been moved", "is refusing")."""
    return {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}


def _initials_as_a_subject(token: Token) -> bool:
    """Whether two or three capitals that no entry of the acronyms lexicon spells are a
    person's initials, as the subject of a clause: records name the person, or a relative,
    by initials throughout once a heading in another paragraph has spelt the name out, or
    without ever spelling it ("KM refused to let me show her", "KB was very passive",
    "TLN is too traumatised to make safe decisions"). A body takes a plural verb ("OMU
    want to know", "SCA have issued a decision"), so that reads as a body; three capitals
    are more often a body or a form the lexicon lacks ("CEP completed", "FRS fitted two
    alarms"), so they count only with a verb that agrees with one person ("is", "was",
    "says"). "DWP", "HV" and "PC" are bodies and roles the lexicon holds."""
    letters = token.text
    if not (2 <= len(letters) <= 3 and letters.isalpha() and letters.isupper()):
        return False
    if token.dep_ not in {"nsubj", "nsubjpass"} or letters in acronym_terms():
        return False
    verb = token.head
    tags = verb_tags(verb)
    if "VBP" in tags:
        return False  # "OMU have been informed": a body, in the plural
    if len(letters) == 2:
        return True
    return "VBZ" in tags or (
        "VBD" in tags and any(t.lemma_ == "be" for t in [verb, *verb.children] if t.tag_ == "VBD")
    )


def _is_initial(token: Token) -> bool:
    """Whether a word is an initial standing for a surname ("Mrs G", "Mr P.")."""
    letters = token.text.rstrip(".")
    return 0 < len(letters) <= 2 and letters.isalpha() and letters.isupper()


def _title_before(token: Token) -> bool:
    previous = token.nbor(-1) if token.i > _sentence_start_within(token, 1) else None
    return previous is not None and previous.lower_.rstrip(".") in standing_titles()


def _sentence_start_within(token: Token, reach: int) -> int:
    """``max(token.sent.start, token.i - reach)``, found by looking back ``reach`` words at
    most: ``token.sent`` checks the whole doc for sentence boundaries on every call."""
    doc = token.doc
    start, floor = token.i, max(0, token.i - reach)
    while start > floor and doc[start].is_sent_start is not True:
        start -= 1
    return start


def _is_professional_title(words: list[str]) -> bool:
    return bool(words) and words[-1] in {"worker", "officer", "manager", "nurse", "therapist"}
