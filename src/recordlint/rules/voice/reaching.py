"""Whether somebody was reached: who the writer rang, visited or spoke to, and who rang
in ("I rang Halina", "Tel to SU", "Call from Mrs Iyer"), read from a verb's forms and its
preposition in the contact lexicon. Who was reached is who speaks next, so mentions and
titled names both ask it; it needs no role word, and stands apart."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from recordlint.rules.voice.lexicon import SpeechLexicon

if TYPE_CHECKING:
    from spacy.tokens import Token


# Past forms the tagger leaves unlemmatised when a note opens with them ("Spoke to pt").
IRREGULAR_PAST = {"spoke": "speak", "spoken": "speak", "rang": "ring", "rung": "ring",
                   "saw": "see", "seen": "see", "met": "meet"}  # fmt: skip


def forms(word: Token) -> set[str]:
    lower = word.lower_.rstrip(".")
    return {word.lemma_.lower(), lower, IRREGULAR_PAST.get(lower, lower)}


CALLER_BEFORE = re.compile(r"\bcaller\s*[:(]\s*$", re.IGNORECASE)


def reached(token: Token, lexicon: SpeechLexicon) -> bool:
    """Whether ``token`` names who the writer rang, visited or spoke to: "I rang Halina",
    "Spoke with Sidney", "Tel to SU", "Phone call to Mrs Ross". Who was reached is who
    speaks next ("I phoned Tomasz. He said..."), as a subject would be. So is who rang:
    "Karen rang", "Call from Mrs Iyer"."""
    if token.dep_ in {"dobj", "obj"}:
        return any((form, "") in lexicon.contact for form in forms(token.head))
    if token.dep_ == "nsubj":
        # "Karen rang", "Dtr rang re her father", "Carer rang at 9am": whoever rang in;
        # not "Karen rang the GP" or "spoke to the GP", where she reached somebody else.
        verb = token.head
        verb_forms = forms(verb)
        return any((form, "") in lexicon.contact for form in verb_forms) and not any(
            c.dep_ in {"dobj", "obj"}
            or (
                c.dep_ == "prep"
                and (
                    c.lower_ == "to"
                    or any((form, c.lower_) in lexicon.contact for form in verb_forms)
                )
            )
            for c in verb.children
        )
    if token.dep_ != "pobj" or token.head.dep_ != "prep":
        return False
    preposition = token.head.lower_
    reacher = token.head.head
    verb_forms = forms(reacher)
    if preposition == "from":
        # "Call from Mrs Iyer", "Tel from daughter": the caller is who speaks next; not
        # "two visits a day from Meadowcroft Home Care", a service's pattern of visits.
        if reacher.pos_ == "VERB" or reacher.tag_ == "NNS":
            return False
        return any((form, "") in lexicon.contact for form in verb_forms)
    # "Tel to SU", "phoned to": a bare way of reaching somebody takes "to" for whom.
    prepositions = {preposition, ""} if preposition == "to" else {preposition}
    return any((form, p) in lexicon.contact for form in verb_forms for p in prepositions)
