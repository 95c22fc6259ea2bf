"""Verdicts in the shapes records give them: a negated verdict ("not eligible", "not
needed"), eligibility found, "not for us", and no need for a service."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from recordlint.doc_access import doc_text
from recordlint.rules.rationale.services import decided_about, someone
from recordlint.rules.rationale.syntax import label_of, value_of_a_label, words
from recordlint.rules.rationale.units import (
    find_terms,
    services,
    verdict_subjects,
    work_withheld,
)
from recordlint.rules.rationale.words import FUTURE, NEGATIONS, RATING_LABELS, REFERRALS
from recordlint.segments import DASHES, LIST_MARKER
from recordlint.subjects import Referent, referent_of, subject_of
from recordlint.text import line_end, line_start
from recordlint.token_view import token_view

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# What a case is measured against: "Does not meet threshold", "does not meet the criteria".
_BARS = frozenset({"threshold", "criterion", "criteria"})


def negated_verdicts(span: Span) -> Iterator[tuple[int, int]]:
    """A verdict refused in a note: "Day centre not appropriate", "Checklist not needed",
    "Respite not offered at this time", "threshold for s42 – not met". The verdict counts
    only when negated, and only when said of a service or a threshold, or of nothing at
    all, never of a person ("I do not need help at night" is a person's own view)."""
    doc = span.doc
    not_done = set(find_terms(span, "not_done")) | set(_referral_not_made(span))
    refused_changes = set(_change_refused(span))
    for start, end in sorted({*find_terms(span, "verdict"), *not_done, *refused_changes}):
        word = doc[start]
        before = [t for t in doc[span.start : start] if not t.is_space][-2:]
        subject = subject_of(word)
        negated = (
            any(c.dep_ == "neg" for c in word.children)
            or any(t.lower_ in NEGATIONS for t in before)
            or (subject is not None and _none_of(subject, word) and (start, end) not in not_done)
        )
        if _no_need_for_a_service(word) or (start, end) in refused_changes:
            yield start, end
            continue
        if not negated or word.pos_ not in {"VERB", "AUX", "ADJ"}:
            continue
        if subject is not None and _a_role_as_a_service(subject, word):
            yield start, end  # "OT not needed at this stage": the role's input
            continue
        objects = [c for c in word.children if c.dep_ == "dobj"]
        if (
            subject is not None
            and subject.tag_ not in {"WP", "WDT"}
            and word.dep_ != "relcl"
            and any(o.lemma_.lower() in _BARS for o in objects)
        ):
            # "Ms Mullins does not meet criteria for ...", "(it has been determined that)
            # your needs do not meet the national eligibility criteria": the case measured
            # against a bar, whoever or whatever the subject names, is the service's verdict
            # ("people who do not meet the criteria" says who a scheme is for).
            yield start, end
            continue
        if subject is not None and _permission_refused_ahead(word):
            yield start, end  # "Relatives will not be allowed to transport residents"
            continue
        if subject is not None and (someone(subject) or not decided_about(subject)):
            continue
        if (start, end) in not_done and _told_in_the_past(word):
            continue  # "Risks were not considered": what happened, not a step decided on
        if subject is None and _outcome_rated(word, span):
            continue
        if subject is None and any(o.lemma_.lower() in _BARS for o in objects):
            yield start, end  # "Does not meet threshold for s42": the case's verdict
            continue
        if subject is None and objects:
            continue  # "does not need any help": someone's need, with its object
        yield start, end


# Verdicts that give or refuse someone leave to do something.
_PERMITTING = frozenset({"allow", "permit"})


def _permission_refused_ahead(word: Token) -> bool:
    """'Relatives will not be allowed to transport residents themselves', 'Tina will not be
    allowed to be named as PA': leave refused ahead, in the passive with "will", is the
    service's ruling on what the people named may do, not their own view. In the present
    ("he is not allowed to drive") it tells how things stand."""
    if word.lemma_.lower() not in _PERMITTING:
        return False
    auxiliaries = {c.lower_ for c in word.children if c.dep_ in {"aux", "auxpass"}}
    return "be" in auxiliaries and bool(auxiliaries & (FUTURE - {"would"}))


def _referral_not_made(span: Span) -> Iterator[tuple[int, int]]:
    """'Referral for residential placement not made at this time', 'Referral to carers'
    centre not made': the lexicon's "refer" not done, said with its noun, as notes say it.
    "I have not made a referral yet" has a doer and is read as its sentence says."""
    lower = token_view(span.doc).lower
    if not any(lower[i] == "made" for i in range(span.start, span.end)):
        return  # most lines: no token object made for their words
    for word in (span.doc[i] for i in range(span.start, span.end) if lower[i] == "made"):
        subject = subject_of(word)
        if word.tag_ == "VBN" and subject is not None and subject.lemma_.lower() == "referral":
            yield word.i, word.i + 1


def _change_refused(span: Span) -> Iterator[tuple[int, int]]:
    """'Not extended.': a change to a service refused in a note that opens with "Not" and
    the change, after a request for it. "Mobility outside - not started" reports where a
    goal stands, so the "Not" must open the line."""
    tokens = [t for t in words(span) if not t.is_punct and t.tag_ != "LS" and not t.like_num]
    if len(tokens) < 2 or tokens[0].lower_ != "not" or tokens[1].tag_ != "VBN":
        return
    for start, end in find_terms(span, "change"):
        if start == tokens[1].i and all(t.is_punct for t in span.doc[end : span.end]):
            yield start, end


def _told_in_the_past(word: Token) -> bool:
    """The verb has a past auxiliary ("were not considered", "did not refer", "had not
    been raised"): the record tells what happened, where a note's "not raised at this
    stage" or "Do not refer" says what the writer decided."""
    return any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD"} for c in word.children)


def eligibility_found(span: Span) -> Iterator[tuple[int, int]]:
    """Eligibility granted in a note or a letter: "Eligible.", "Eligibility: eligible.",
    "Assessed needs remain eligible", "SU meets eligibility". A decision as much as "not
    eligible" (a term of the lexicon) is, and as much in need of its reason. "Eligible
    needs" names a kind of need, and "eligible for" a bus pass or a one-off payment names
    what a scheme gives; only the verdict itself, opening its line with no subject as
    notes write it, as a label's value, or said of the person's needs, counts. Pages of
    information say who is eligible ("people aged 18-65 were eligible", "assessed as being
    eligible"), which decides nothing about anyone."""
    doc = span.doc
    lower = token_view(doc).lower
    # Only the two words read below can start a finding: no token object for the others.
    named = (i for i in range(span.start, span.end) if lower[i] in {"eligibility", "eligible"})
    for word in (doc[index] for index in named):
        if word.lower_ == "eligibility" and word.dep_ == "dobj":
            verb = word.head
            if (
                verb.lemma_.lower() == "meet"
                and verb.i < word.i
                and not any(c.dep_ == "neg" for c in verb.children)
            ):
                yield verb.i, word.i + 1  # "SU meets eligibility"
            continue
        if word.lower_ != "eligible" or (
            word.dep_ in {"amod", "compound", "nmod"} and not value_of_a_label(word)
        ):
            continue  # "eligible needs"; "Eligibility: eligible." is a label's value
        before = [t for t in doc[span.start : word.i] if not t.is_space][-2:]
        if any(c.dep_ == "neg" for c in word.children) or any(
            t.lower_ in NEGATIONS | {"no"} for t in before
        ):
            continue  # "not eligible" is the lexicon's
        if any(c.dep_ == "prep" and c.lower_ == "for" for c in word.children):
            continue  # "Eligible for a bus pass", "for a one-off payment": what a scheme gives
        subject = subject_of(word)
        if subject is None:
            tokens_before = [
                t for t in doc[span.start : word.i] if not t.is_space and not t.is_punct
            ]
            if tokens_before and not value_of_a_label(word):
                continue  # "assessed as being eligible": how a scheme works, not a verdict
        elif subject.lemma_.lower() != "need":
            continue  # "people aged 18-65 were eligible": said of anyone who applies
        yield word.i, word.i + 1


def not_for_us(span: Span) -> Iterator[tuple[int, int]]:
    """A ruling that a case is not one for a service or a process, opening a note or one
    side of its dash or colon: "Not for s42", "Not for us - NFA", "ASC view: no needs -
    not for ASC", "No role for EDT tonight", "No ASC role", and a team's or a service's work
    withheld, "No further OT input", "No further ASC action". "It is not for me to say" is no
    note's opening, and "not for long" names no service."""
    lower = token_view(span.doc).lower
    if not any(lower[index] in {"not", "no"} for index in range(span.start, span.end)):
        return  # most lines: no token object made for their words
    tokens = words(span)
    for n, word in enumerate(tokens):
        opening = (
            tokens[n - 1].text in {*DASHES, ":", ";"}
            if n > 0 and not all(t.like_num or t.is_punct or t.tag_ == "LS" for t in tokens[:n])
            else True
        )  # the line's first word after any list marker ("1. Not s42."), or after a dash
        if (
            not opening
            and word.lower_ == "not"
            and tokens[n - 1].lower_ in {",", "as"}
            and a_process_named(tokens[n + 1 :])
        ):
            # "Logged as quality concern, not safeguarding", "Screened as not a
            # safeguarding concern": how the concern was screened, ruling the process out
            yield word.i, word.i + 1
            continue
        if not opening or word.lower_ not in {"not", "no"}:
            continue
        rest = tokens[n + 1 : n + 5]
        further = word.lower_ == "no" and bool(rest) and rest[0].lower_ == "further"
        if further:
            rest = rest[1:]
        if word.lower_ == "no" and len(rest) > 1 and rest[1].lower_ in work_withheld():
            if _a_service_or_body(rest[0]) and _work_ended(rest[0], rest[1], further=further):
                # "No ASC role", "No further safeguarding role", "No further OT input"
                yield word.i, rest[1].i + 1
            continue
        if word.lower_ == "no" and rest and rest[0].lower_ == "role":
            rest = rest[1:]
        if word.lower_ == "not" and a_process_named(tokens[n + 1 :]):
            yield word.i, word.i + 1  # "Not s42.", "Not a safeguarding at this stage."
            continue
        if word.lower_ == "not" and _a_bodys_business(tokens[n + 1 :]):
            yield word.i, word.i + 1  # "Not an ASC matter at present.", "Not an AMHP job."
            continue
        if len(rest) < 2 or rest[0].lower_ != "for":
            continue
        # What the case is not for: the object of "for", or the word after it where the
        # parse took the note apart ("Not for MARAC" parses as a fragment).
        target = next((c for c in rest[0].children if c.dep_ == "pobj"), rest[1])
        if _a_service_or_body(target) or _a_service_or_body(rest[1]):
            yield word.i, rest[0].i + 1


# The levels a triage gives a case: "low priority", "prioritised as high".
_PRIORITY_LEVELS = frozenset({"low", "medium", "high", "urgent"})


def priority_set(span: Span) -> Iterator[tuple[int, int]]:
    """A case given its priority at triage or screening: "Triage: priority 2", "Refer for
    Care Act assessment, priority 2", "Screened - low priority", "Application prioritised
    as high". How soon a case is seen is decided, and the reason is wanted as for any other
    decision. The level closes its clause; a line labelled "Priority:" is a form's field, a
    level in brackets notes another line's, and "priority" naming a register, a band or a
    tool ("Priority Services Register", "ADASS priority tool") or what matters to someone
    ("Her priority is to stay independent") sets no level."""
    view = token_view(span.doc)
    lower = view.lower
    if not any(
        lower[i].startswith("priorit") or _PRIORITY_CODE.fullmatch(view.text[i])
        for i in range(span.start, span.end)
    ) and not any(lower[i] in _RAG_LEVELS | {"rag", "risk"} for i in range(span.start, span.end)):
        return  # most lines: no token object made for their words
    label = label_of(span)
    rated = _level_rated_in_a_sentence(span, label)
    if rated is not None:
        yield rated
        return
    if label is not None and label[0].startswith("priorit"):
        return
    tokens = words(span)
    yield from _priority_code_set(tokens)
    for n, word in enumerate(tokens):
        if _in_brackets(tokens[:n]):
            continue
        after = tokens[n + 1 : n + 3]
        closes = len(after) < 2 or after[1].is_punct
        if word.lower_ in {"prioritised", "prioritized"}:
            if after and after[0].lower_ == "as":
                level = tokens[n + 2 : n + 4]
                if (
                    level
                    and level[0].lower_ in _PRIORITY_LEVELS
                    and (len(level) < 2 or level[1].is_punct)
                ):
                    yield word.i, level[0].i + 1
            continue
        if word.lower_ != "priority":
            continue
        if after and after[0].like_num and closes:
            yield word.i, after[0].i + 1  # "priority 2"
        elif (
            n > 0 and tokens[n - 1].lower_ in _PRIORITY_LEVELS and (not after or after[0].is_punct)
        ):
            yield tokens[n - 1].i, word.i + 1  # "low priority"


def _level_rated_in_a_sentence(span: Span, label: list[str] | None) -> tuple[int, int] | None:
    """'Priority: Low.', 'RAG rating: Amber.', '- Risk: High.', 'Risk - low.', 'Risk level -
    HIGH.': a note's line that gives the case its priority, RAG or risk rating as a sentence
    of its own, after a colon or a dash, the level and a full stop and nothing else on the
    line. The level is decided, and its reason is wanted as for any other decision. A form's
    field has no full stop ("RAG: Red") or is in capitals, label and level ("RISK: HIGH."),
    a level with its evidence after it on the line gives its reason ("Risk: High. SU lacks
    capacity"), and so does one closing a line that first sets out its evidence, as a risk
    assessment's numbered domains do ("4. Self-neglect – flat cluttered, food hoarding noted
    by CSW. RAG: amber."); "Risk: reduced" reports how a risk changed."""
    tokens = words(span)
    if label is None:
        label, separator = _label_before_a_dash(tokens)
    else:
        separator = next((n for n, t in enumerate(tokens) if t.text == ":"), None)
    if label is None or separator is None:
        return None
    named = tuple(w for w in label if w.isalpha())
    if named not in RATING_LABELS:
        return None
    value = tokens[separator + 1 :]
    if len(value) != 2 or value[1].text != "." or not _a_level(value[0]):
        return None
    named_as_written = [t for t in tokens[:separator] if t.is_alpha]
    if value[0].is_alpha and value[0].is_upper and all(t.is_upper for t in named_as_written):
        return None  # "RISK: HIGH.": a form's field in capitals
    text = doc_text(span.doc)
    rest = text[value[1].idx + 1 : line_end(text, value[1].idx + 1)]
    if rest.strip():
        return None  # more on the line: the rating's evidence, or another field
    opening = line_start(text, span.start_char)
    if LIST_MARKER.sub("", text[opening : span.start_char], count=1).strip():
        return None  # "3. Financial – UC sanction lifted, MR lodged. RAG: amber.": its evidence
    return tokens[separator - 1].i, value[0].i + 1


def _label_before_a_dash(tokens: list[Token]) -> tuple[list[str] | None, int | None]:
    """'Risk - low.': the words before a dash that opens the line's value, as a label, and
    where the dash is; a list's bullet before them is no dash of this kind."""
    start = 1 if tokens and tokens[0].text in DASHES else 0
    dash = next((n for n, t in enumerate(tokens) if n >= start and t.text in DASHES), None)
    if dash is None or not 1 <= dash - start <= 2:
        return None, None
    return [t.lower_ for t in tokens[start:dash]], dash


def _a_level(word: Token) -> bool:
    lower = word.lower_
    return (
        lower in _PRIORITY_LEVELS | _RAG_LEVELS
        or _PRIORITY_CODE.fullmatch(word.text) is not None
        or (word.like_num and len(word.text) == 1)
    )


# A waiting list's priority as notes write it ("P1" to "P4"), and a RAG rating's levels.
_PRIORITY_CODE = re.compile(r"P[0-4]")
_RAG_LEVELS = frozenset({"red", "amber", "green"})
# Words that set, change or keep a case's priority, and the words that may stand between
# them and the level ("moved up to P1", "Triaged as P2", "kept at P3").
_SETTING_PRIORITY = frozenset(
    {"upgraded", "downgraded", "moved", "triaged", "rated", "remains", "remain", "kept"}
)
_BEFORE_LEVEL = frozenset({"up", "down", "to", "as", "at"})


def _priority_code_set(tokens: list[Token]) -> Iterator[tuple[int, int]]:
    """'Upgraded to P1', 'Mr L Osei - moved up to P1', 'Triaged as P2 for CAA', 'Remains
    P3', 'RAG rated amber': a waiting list's case given, moved to or kept at its priority
    code, or its RAG rating, by a verb that sets it. A code alone names a level or a
    discharge pathway ("P1 package", "Ward feel P1 D2A"), and "remains on WL, P2" says
    where the case is; only the verb with the level straight after it decides. Set "by"
    someone named, it is theirs ("prioritised P1 by SP")."""
    for n, word in enumerate(tokens):
        if word.lower_ not in _SETTING_PRIORITY:
            continue
        at = n + 1
        while at < min(n + 3, len(tokens)) and tokens[at].lower_ in _BEFORE_LEVEL:
            at += 1
        if at >= len(tokens):
            continue
        level = tokens[at]
        rated = word.lower_ == "rated" and level.lower_ in _RAG_LEVELS
        if not (_PRIORITY_CODE.fullmatch(level.text) or rated):
            continue
        if any(t.lower_ == "by" for t in tokens[at + 1 : at + 3]):
            continue
        yield word.i, level.i + 1


def _in_brackets(before: list[Token]) -> bool:
    depth = 0
    for token in before:
        depth += (token.text == "(") - (token.text == ")")
    return depth > 0


# What a note may say a concern is not, with no "for": "Not s42", "Not a safeguarding".
_PROCESSES = frozenset({"safeguarding", "s42", "s.42"})
# What may follow it: "at this stage", "at present".
_FOR_NOW = frozenset({"at", "this", "that", "the", "stage", "time", "point", "present", "moment"})


def a_process_named(after: list[Token]) -> bool:
    """'Not s42.', 'Not a safeguarding at this stage.': after a note's opening "Not", a
    safeguarding process named as what the concern is not, and nothing more than when."""
    words = [t for t in after if not t.is_punct]
    if words and words[0].lower_ in {"a", "an"}:
        words = words[1:]
    if not words or words[0].lower_ not in _PROCESSES:
        return False
    if len(words) > 1 and words[1].lower_ in _CASE_NOUNS:
        words = words[1:]  # "not a safeguarding concern"
    return all(t.lower_ in _FOR_NOW for t in words[1:])


def _a_bodys_business(after: list[Token]) -> bool:
    """'Not an ASC matter at present.', 'Not an AMHP job.': after a note's opening "Not", a
    team or a body named by its initials, then one noun, as what the case is not: ruled
    out for that team, as "Not for ASC" rules it out. Only a body's initials, so that "Not
    a good time" and "Not a big eater" say nothing of a team, and nothing more than when."""
    words = [t for t in after if not t.is_punct]
    if len(words) < 3 or words[0].lower_ not in {"a", "an"}:
        return False
    body, noun = words[1], words[2]
    if not (body.is_upper and len(body.text) > 1 and body.text.isalpha()):
        return False
    return noun.pos_ == "NOUN" and all(t.lower_ in _FOR_NOW for t in words[3:])


# What a concern is called after the process it is or is not for: "a safeguarding concern".
_CASE_NOUNS = frozenset({"concern", "matter", "issue"})


def _work_ended(team: Token, noun: Token, *, further: bool) -> bool:
    """'No ASC role', 'No further safeguarding role': a case ruled out for a body or a
    process. 'No further OT input.', 'No further ASC action', 'No further IMCA involvement
    once equipment reviewed': a team's work ended, named by its initials, after "further",
    and closing the note's clause. "No ASC involvement" tells how things stand, "No further
    OT input needed" finds no need for it, and "No further audit action" names no team."""
    if noun.lower_ == "role":
        return True
    if not further or not (team.is_upper and len(team.text) > 1):
        return False
    doc = noun.doc
    after = next((t for t in doc[noun.i + 1 : noun.sent.end] if not t.is_space), None)
    return after is None or after.pos_ not in {"VERB", "AUX", "ADJ"}


def _a_service_or_body(word: Token) -> bool:
    """A body ("us", "ASC", "EDT", "MARAC"), a process ("s42", "Section 42 enquiry") or a
    service a case may be for."""
    if word.lower_ == "us" or (word.is_upper and len(word.text) > 1):
        return True
    if any(c.isdigit() for c in word.text) and any(c.isalpha() for c in word.text):
        return True  # "s42"
    phrase = [word, *(t for t in word.head.subtree if t.i > word.i and t.dep_ != "punct")]
    return (
        referent_of(word) is Referent.ORGANISATION
        or any(
            decided_about(t)
            or t.lemma_.lower() in {"enquiry", "safeguarding", "section"}
            or t.lower_ == "safeguarding"  # "Not for safeguarding.": tagged as a verb, "safeguard"
            for t in phrase[:4]
        )
    )


def _none_of(noun: Token, verdict: Token) -> bool:
    """'No TEC needed', 'No carers assessment required': in a note, with no verb before
    the verdict, the subject itself is refused. (A letter's "No further care is needed"
    reports the outcome its paragraph has just explained.)"""
    if any(c.dep_ in {"aux", "auxpass"} for c in verdict.children):
        return False
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _a_role_as_a_service(noun: Token, verdict: Token) -> bool:
    """'OT not needed', 'SW not required': a professional's role named bare, with no
    article, owner or name, and said not to be needed: their input, a service refused.
    ("The OT did not need to visit" says what the OT did.)"""
    if referent_of(noun) is not Referent.PROFESSIONAL or verdict.tag_ != "VBN":
        return False
    if any(c.dep_ in {"det", "poss", "compound", "appos"} for c in noun.children):
        return False
    return not any(c.dep_ in {"xcomp", "dobj", "aux"} for c in verdict.children)


def _no_need_for_a_service(word: Token) -> bool:
    """'No need for BIA reassessment', 'no need for a carers assessment': a verdict that a
    service or an assessment is not needed, said with the noun. ("No needs identified" is
    a finding about the person, which the plural tells apart.)"""
    if word.lemma_.lower() != "need" or word.tag_ != "NN":
        return False
    if not any(c.dep_ == "det" and c.lower_ == "no" for c in word.children):
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and any(
            obj.dep_ == "pobj"
            and (decided_about(obj) or obj.lemma_.lower().removeprefix("re") in verdict_subjects())
            for obj in prep.children
        )  # "reassessment": an assessment done again
        for prep in word.children
    )


def _outcome_rated(word: Token, span: Span) -> bool:
    """'Getting out: not met', 'Meals: met': an outcome of a review rated under its own
    label, which assesses the person's life rather than deciding about a service (where
    "Threshold: not met" and "Respite: not needed" decide)."""
    label = label_of(span)
    if word.lemma_.lower() != "meet" or label is None:
        return False
    subjects = verdict_subjects()
    return not any(w in subjects or w.rstrip("s") in subjects for w in label)


# Words that make a "No ..." line a state of things, not a service withheld: "No POC in
# place", "No current support", "No existing package", "No emergency plan on file".
_AS_THINGS_STAND = frozenset(
    {"current", "currently", "existing", "place", "yet", "previous", "on", "in"}
)
# The most words between a note's opening "No" and the service it withholds.
_WITHHELD_WORDS = 4


def service_withheld(span: Span) -> Iterator[tuple[int, int]]:
    """'No POC at present.', 'No CLDT referral.', 'No sitting service 1st night this time.',
    'No referral for full assessment.': a note that opens on "No" before a service or a
    referral, named by nouns alone, with no verb, withholds it: the service's decision not
    to give it. A state of things says how the service stands or what kind it is ("No POC in
    place", "No current support", "No paid support", "No ongoing package", "No urgent GP
    visit available"), and records none."""
    tokens = [t for t in words(span) if not (t.is_punct or t.tag_ == "LS" or t.like_num)]
    if len(tokens) < 2 or tokens[0].text != "No":
        return
    if any(t.pos_ in {"VERB", "AUX"} and t.tag_ != "VBG" for t in tokens):
        return  # a verb of its own ("No referral was needed", "No visit needed")
    if any(t.lower_ in _AS_THINGS_STAND for t in tokens):
        return
    withheld = services() | REFERRALS
    for n, word in enumerate(tokens[1 : 1 + _WITHHELD_WORDS], start=1):
        if word.lemma_.lower() in withheld or word.lower_ in withheld:
            after = tokens[n + 1 :]
            if any(t.tag_ in {"JJ", "JJR", "JJS"} and t.dep_ != "amod" for t in after):
                return  # "No GP visit available": how things stand
            yield tokens[0].i, word.i + 1
            return
        if word.pos_ not in {"NOUN", "PROPN"} and word.tag_ != "VBG":
            return  # "No ongoing package", "No paid support": what kind, not withheld
