"""A reason marked in its own unit: a reason word that really gives one ("because", "as"
before a clause, "since" before a clause, "following" an event), the person's consent, the
aims of the work reached ("Goals met"), or a line that labels or heads a reason ("Reason:",
"Why").

:func:`reason_in` reads the unit alone; it stands apart from ``unmarked``, which reads the
words around a decision for a reason no marker word gives.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING

from recordlint.dates.result import reason_in_a_sentence
from recordlint.doc_access import doc_text
from recordlint.rules.rationale.syntax import announces_reasons, has_subject
from recordlint.rules.rationale.units import Unit, find_terms
from recordlint.rules.rationale.verdicts import a_process_named
from recordlint.rules.rationale.words import (
    CONSENT,
    CONSEQUENCE,
    NOT_A_REASON_AFTER_AS,
    OTHERS,
    PROCEDURAL,
    REASON_HEADING,
    REASON_LABELS,
    REFERRING_VERBS,
    STANDING_PREPOSITIONS,
)
from recordlint.subjects import FINITE_TAGS, referent_of
from recordlint.token_view import token_view

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _real_reason(doc: Doc, start: int, end: int) -> bool:
    token = doc[start]
    word = token.lower_
    if end - start > 1:
        return True
    if word == "as":
        before = doc[start - 1].lower_ if start > 0 else ""
        after = doc[start + 1].lower_ if start + 1 < len(doc) else ""
        two_before = doc[start - 2].lower_ if start > 1 else ""
        if (
            before in {"such", "as", "so", "same"}
            or two_before == "as"  # "as soon as", "as long as", "as well as"
            or after in NOT_A_REASON_AFTER_AS
        ):
            return False
        if after == "not" and a_process_named(list(doc[start + 2 : token.sent.end])):
            return False  # "Screened as not a safeguarding concern": the ruling, not a reason
        if token.dep_ == "prep" and _verbless_reason(token):
            return True
        if _judged_best(token):
            return True
        if _clause_cut_short(token):
            return True
        clause = token.head
        if token.dep_ != "mark" or (
            has_subject(clause) is None and not any(c.dep_ == "expl" for c in clause.children)
        ):
            return False  # "as agreed", "as discussed", "as a carer"; "as there is" stays
        # "as she told me", "as we agreed": pointing at what was said, not giving a reason;
        # "as he has arranged his own care" says what he did, which is a reason.
        pointing_back = not any(
            c.dep_ in {"dobj", "ccomp", "nsubjpass"} and c.pos_ != "PRON" for c in clause.children
        )  # "as a move is planned" names what is planned: the reason, not the plan
        return not (pointing_back and clause.lemma_.lower() in REFERRING_VERBS)
    if word == "since":
        return token.dep_ == "mark"
    if word in {"following", "after"}:
        if token.dep_ != "prep":
            return token.dep_ == "mark"
        objects = [c for c in token.children if c.dep_ in {"pobj", "pcomp", "dobj"}]
        return bool(objects) and all(o.lemma_.lower() not in PROCEDURAL for o in objects)
    if word == "grounds":
        return token.head.lower_ == "on"  # "on cost grounds"; not "the grounds of the home"
    if word == "considering":
        return token.dep_ in {"prep", "advcl"} and has_subject(token) is None
    # "Therefore" is judged with the previous sentence, in judge().
    return word not in CONSEQUENCE


def _verbless_reason(word: Token) -> bool:
    """'IMCA not required as mum involved', 'not raised as no harm to the tenant': a note's
    reason after "as" with its verb dropped, a noun and what is true of it, or a noun
    denied, or where the person stands ("as over pension age"). "As a carer" and "as a
    result" name a role or a link, with nothing said, and "as of Monday" a date."""
    for place in (c for c in word.children if c.dep_ == "prep"):
        if place.lower_ in STANDING_PREPOSITIONS and any(c.dep_ == "pobj" for c in place.children):
            return True  # "not eligible as over pension age", "as under 18"
    for noun in (c for c in word.children if c.dep_ == "pobj"):
        said = [
            c for c in noun.children
            if c.i > noun.i and (c.tag_ in {"VBN", "JJ"} or c.dep_ in {"acl", "amod"})
        ]  # fmt: skip
        denied = any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
        if said or denied:
            return True
    return False


def _clause_cut_short(word: Token) -> bool:
    """'Lunch call removed as not being used', 'Tea call stopped as no longer needed',
    'Shopping call stopped as pt back near shop', 'Lunch call stopped as son does it now':
    a note's reason after "as" with its subject or its verb dropped, read from the words
    that follow, since the parser hangs such a clause anywhere. A predicate denied with its
    subject left out; or a bare noun (no article) and then a verb of its own, or, where the
    noun names someone, where they are or how they are ("back", "now", "away", "unwell").
    Pointing back at what someone said ("as TM agreed.", "as mum said,") is no reason, nor
    a role ("as carer for her mother")."""
    doc = word.doc
    after = [t for t in doc[word.i + 1 : word.sent.end] if not t.is_space][:6]
    if not after:
        return False
    lowers = [t.lower_ for t in after]
    if lowers[0] == "not" or lowers[:2] == ["no", "longer"]:
        rest = [t for t in after[1 if lowers[0] == "not" else 2 :] if t.lower_ != "being"]
        return bool(rest) and rest[0].tag_ in {"VBN", "JJ"}
    nouns = 0
    while nouns < min(len(after), 3) and after[nouns].pos_ in {"NOUN", "PROPN"}:
        nouns += 1
    if nouns == 0 or nouns == len(after):
        return False
    noun, following = after[nouns - 1], after[nouns]
    if following.tag_ in FINITE_TAGS:
        ends = nouns + 1 == len(after) or after[nouns + 1].is_punct
        return not (ends and following.lemma_.lower() in REFERRING_VERBS)
    if referent_of(noun) not in OTHERS:
        return False
    return following.pos_ in {"ADV", "ADJ"} or following.tag_ == "VBN"


def _judged_best(word: Token) -> bool:
    """'Bedrails to remain in place at night as least restrictive option', 'as the best
    option': "as" before an option judged in the superlative, which is why it was chosen.
    "As best she can" says how, not why."""
    doc = word.doc
    after = [t for t in doc[word.i + 1 : word.i + 4] if t.lower_ != "the"]
    if len(after) < 2 or after[0].tag_ not in {"JJS", "RBS"}:
        return False
    return after[1].pos_ in {"ADJ", "NOUN"} and after[1].lower_ != "as"


def reason_in(doc: Doc, unit: Unit) -> bool:
    span = doc[unit.start : unit.end]
    written = doc_text(doc)[span.start_char : span.end_char]
    for start, end in find_terms(span, "reason"):
        if _real_reason(doc, start, end):
            # "Written up 13/03 - delayed due to duty pressures": why the note itself was
            # written late, which answers no decision before or after it.
            return reason_in_a_sentence(written) is None
    if CONSENT.search(written):
        return True  # "With your consent I made a referral": the person's wish is the reason
    if _aims_achieved(span):
        return True  # "Goals met. Case closed.": the work reached what it was for
    # Only the first two words are read: the rest of a long line needs no token objects.
    words = list(islice((t for t in span if not t.is_space), 2))
    text = written.strip().lstrip("#").strip()
    if REASON_HEADING.fullmatch(text):
        return True  # a "Why" heading: the reason is on the lines below it
    if _EXPLAINING.search(written) and any(announces_reasons(t) for t in span):
        return True  # "I want to explain why.": the reasons follow
    return len(words) >= 2 and words[0].lower_ in REASON_LABELS and words[1].text in {":", "-"}


def says_why_the_note_is_late(doc: Doc, unit: Unit) -> bool:
    """'Written late: office closed 11-13 Feb because of storm damage, then two days on
    duty', 'Late entry: office closed over new year because of snow': a sentence about the
    writing of the note, or its delay, that gives why it is late. What it tells (an office
    closed, a day's duty) is why the note came late, not a decision about the person's
    support, so it wants no reason of its own."""
    span = doc[unit.start : unit.end]
    return reason_in_a_sentence(doc_text(doc)[span.start_char : span.end_char]) is not None


# The cheap test before the parse is read: a verb of explaining may announce the reasons.
_EXPLAINING = re.compile(r"\b(?:explain|set(?:ting)? out)", re.I)

# What a piece of work sets out to reach, and the verbs that say it was reached.
_AIMS = frozenset({"goal", "outcome", "objective", "aim"})
_REACHED = frozenset({"meet", "achieve"})
# Words that say an aim was reached only in part, or not at all.
_IN_PART = frozenset({"partially", "partly", "mostly", "not", "n't", "never"})


def _aims_achieved(span: Span) -> bool:
    """'Goals met', 'All goals achieved', 'Your desired outcomes have been met': the aims
    of the work were reached, which is the reason it ends. "Outcomes partially met" and
    "Were his outcomes met?" are not, nor "Needs met" (needs met by the support in place,
    which says nothing of ending it)."""
    doc = span.doc
    view = token_view(doc)
    # Most lines name no aim: their words are read from the doc's view, with no token
    # object made for them.
    aims = [
        index
        for index in range(span.start, span.end)
        if view.lemma[index] in _AIMS and view.pos[index] in {"NOUN", "PROPN"}
    ]
    if not aims or doc_text(doc)[span.start_char : span.end_char].rstrip().endswith("?"):
        return False
    for token in (doc[index] for index in aims):
        if token.dep_ in {"nsubj", "nsubjpass"}:
            verbs = [token.head]
        else:
            verbs = [c for c in token.children if c.dep_ in {"acl", "amod", "relcl"}]
        for verb in verbs:
            if verb.lemma_.lower() not in _REACHED:
                continue
            if not any(c.lower_ in _IN_PART for c in (*verb.children, *token.children)):
                return True
    return False
