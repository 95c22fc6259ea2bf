"""Whether somebody was reached: who the writer rang, visited or spoke to, and who rang
in ("I rang Halina", "Tel to SU", "Call from Mrs Iyer"), read from a verb's forms and its
preposition in the contact lexicon. Who was reached is who speaks next, so mentions and
titled names both ask it; it needs no role word, and stands apart."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from recordlint.inflection import word_forms
from recordlint.rules.voice.lexicon import SpeechLexicon

if TYPE_CHECKING:
    from spacy.tokens import Token


# Past forms the tagger leaves unlemmatised when a note opens with them ("Spoke to pt").
IRREGULAR_PAST = {"spoke": "speak", "spoken": "speak", "rang": "ring", "rung": "ring",
                   "saw": "see", "seen": "see", "met": "meet"}  # fmt: skip


def forms(word: Token) -> set[str]:
    lower = word.lower_.rstrip(".")
    found = {word.lemma_.lower(), lower, IRREGULAR_PAST.get(lower, lower)}
    if word.i >= 2 and word.nbor(-1).text == "/" and not word.nbor(-1).whitespace_:
        # "T/C from Mrs Ash": the tokenizer cuts a log line's shorthand at its slash.
        before = word.nbor(-2)
        if not before.whitespace_:
            found.add(f"{before.lower_}/{lower}")
    return found


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
    if preposition == "from" and reacher.tag_ == "RP" and reacher.dep_ in {"advmod", "prt"}:
        # "T/C in from Kitty Lam", "Call in from the ward": the particle says which way the
        # call came, and the call is what it hangs on.
        reacher = reacher.head
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


_contact_patterns: dict[int, tuple[SpeechLexicon, re.Pattern[str]]] = {}


def contact_before(lexicon: SpeechLexicon) -> re.Pattern[str]:
    """A way of reaching somebody written straight before a name or role, opening a note's
    line or sentence or after "I" or a time: "Tel Mr B", "14:15 rang Mrs K", "I spoke to Mr
    O", "T/C SU", "T/C in from dtr". The parser often folds a log line's call into the name
    after it; the words before it still say who was rung or rang."""
    known = _contact_patterns.get(id(lexicon))
    if known is None or known[0] is not lexicon:
        found: set[str] = set()
        for head, preposition in lexicon.contact:
            pasts = [past for past, base in IRREGULAR_PAST.items() if base == head]
            after = (
                rf"[ \t]+{preposition}"
                if preposition
                else r"(?:[ \t]+(?:to|with|(?:in[ \t]+)?from))?"
            )
            found.update(rf"{re.escape(w)}{after}" for w in [*word_forms(head), *pasts])
        words = "|".join(sorted(found, key=len, reverse=True))
        pattern = re.compile(
            rf"(?:^|[.;:!?\d]|\bI\b|\bwe\b)[ \t]*(?i:{words})[ \t]+\Z", re.MULTILINE
        )
        known = _contact_patterns[id(lexicon)] = (lexicon, pattern)
    return known[1]


# How far before a name or role a call written in front of it may start ("08/09 14:15 Tel").
_CALL_REACH = 24


def called_just_before(text: str, start: int, lexicon: SpeechLexicon) -> bool:
    """Whether a way of reaching somebody (:func:`contact_before`) is written straight
    before ``start``, where a name or role begins: "Tel Mr B", "T/C from dtr"."""
    return contact_before(lexicon).search(text, max(0, start - _CALL_REACH), start) is not None
