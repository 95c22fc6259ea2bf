"""What the units around a decision say of it: its topics, eligibility reasoned, evidence
after a request, a reason that opens the next line. What a decision's own verb says of it
(:mod:`recordlint.rules.rationale.decision_heads`), list lines and aims listed
(:mod:`recordlint.rules.rationale.list_lines`) and a wish or a request
(:mod:`recordlint.rules.rationale.asking`) stand in modules of their own; the names other
modules import from here are imported from there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.doc_access import doc_text

# The names other modules import from here, from the modules that now hold them.
from recordlint.rules.rationale.asking import assent_to_a_wish as assent_to_a_wish
from recordlint.rules.rationale.asking import nothing_asked_before as nothing_asked_before
from recordlint.rules.rationale.asking import request_passed_on as request_passed_on
from recordlint.rules.rationale.asking import wish_in as wish_in
from recordlint.rules.rationale.decision_heads import closes as closes
from recordlint.rules.rationale.decision_heads import holds_off as holds_off
from recordlint.rules.rationale.decision_heads import keeps_as_it_is as keeps_as_it_is
from recordlint.rules.rationale.decision_heads import negated as negated
from recordlint.rules.rationale.decision_heads import points_back as points_back
from recordlint.rules.rationale.decisions import Decision
from recordlint.rules.rationale.exceptions import is_question
from recordlint.rules.rationale.list_lines import aims_listed as aims_listed
from recordlint.rules.rationale.list_lines import kept_on_a_list_line as kept_on_a_list_line
from recordlint.rules.rationale.list_lines import new_line_item as new_line_item
from recordlint.rules.rationale.list_lines import on_a_list_line as on_a_list_line
from recordlint.rules.rationale.list_lines import requests_listed as requests_listed
from recordlint.rules.rationale.list_lines import trimmed as trimmed
from recordlint.rules.rationale.reasons import reason_across_a_dash, reason_before_so
from recordlint.rules.rationale.units import Unit, find_terms
from recordlint.rules.rationale.words import (
    CONSEQUENCE,
    ELIGIBILITY,
    ENDING_A_SERVICE,
    REASON_LABELS,
    REQUESTING,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Nouns too general to tell one decision from another: "case closed" is every closure.
_GENERAL_NOUNS = frozenset({"case", "decision", "outcome", "plan", "action", "time", "today"})


def topics(doc: Doc, unit: Unit, decisions: list[Decision]) -> frozenset[str]:
    """'remove|call' for "Lunch call to be removed": each decision's verb with each thing
    named in its sentence, so that the same decision said again can be recognised."""
    if not decisions:
        return frozenset()  # most sentences decide nothing: no verb to pair a noun with
    nouns = {
        _name_in(t, unit)
        for t in doc[unit.start : unit.end]
        # The cheap tests first: most words fail one before their children are read.
        if t.dep_ != "compound"
        and t.is_alpha
        and t.lemma_.lower() not in _GENERAL_NOUNS
        # A note's fragments mislead the tagger: "Lunch call/VB to be removed".
        and (t.pos_ in {"NOUN", "PROPN"} or any(c.dep_ == "compound" for c in t.children))
    }
    # "Agreed to remove the lunch call" decides to remove it, as "Lunch call removed" does.
    verbs = [
        (verb, phrase)
        for head, phrase in decisions
        for verb in (head, *(c for c in head.children if c.dep_ in {"xcomp", "ccomp"}))
    ]
    return frozenset(
        f"{_same_decision(verb.lemma_.lower())}|{noun}"
        for verb, phrase in verbs
        for noun in nouns
        if noun not in {t.lemma_.lower() for t in phrase}
    )


def explained_topics(doc: Doc, unit: Unit) -> frozenset[str]:
    """The topics a sentence that gives its own reason would decide, read from each of its
    verbs, whether or not it is read as a decision: "We approved the grant because ...",
    "The panel agreed the extra money because ..." (a body of ours deciding). A decision
    said earlier with no reason is answered when it is said again with one (see
    ``_explained_later`` in the rule), each marked as refused or granted."""
    found: set[str] = set()
    for t in doc[unit.start : unit.end]:
        if t.pos_ in {"VERB", "AUX"} and t.is_alpha:
            verb = Decision(t, doc[t.i : t.i + 1])
            found |= {with_polarity(k, negated(*verb)) for k in topics(doc, unit, [verb])}
    return frozenset(found)


def wished_topics(doc: Doc, unit: Unit) -> frozenset[str]:
    """The topics a sentence of someone's wish would decide, read as
    :func:`explained_topics` reads them, each marked refused where the verb or a verb it
    hangs on is denied: "She would like the visit cancelled" asks for 'end|visit'; "She
    does not want the visit cancelled yet" asks for it not to end."""
    found: set[str] = set()
    for t in doc[unit.start : unit.end]:
        if t.pos_ in {"VERB", "AUX"} and t.is_alpha:
            verb = Decision(t, doc[t.i : t.i + 1])
            refused = negated(*verb) or _denied_above(t, unit)
            found |= {with_polarity(k, refused) for k in topics(doc, unit, [verb])}
    return frozenset(found)


def _denied_above(token: Token, unit: Unit) -> bool:
    """A verb a denied verb governs in the sentence: "does not want [it] cancelled"."""
    while token.head.i != token.i and unit.start <= token.head.i < unit.end:
        token = token.head
        if any(c.dep_ == "neg" for c in token.children):
            return True
    return False


def with_polarity(topic: str, refused: bool) -> str:
    """A topic marked as refused or granted: "We cannot approve a grant for a lift" is not
    answered by "We approved the grant for the stairlift because ..."."""
    return f"not {topic}" if refused else topic


def request_granted(doc: Doc, request: Unit, unit: Unit, decision: Decision) -> bool:
    """'Son has asked for the lunch call to be stopped because it is being wasted. Lunch
    call to be removed from 06/10.': the decision does what the sentence before asks, to
    the same service; "Lunch call to continue" after it refuses the request instead."""
    verb = _same_decision(decision.head.lemma_.lower())
    asked = [
        t for t in doc[request.start : request.end]
        if t.pos_ in {"VERB", "AUX"} and _same_decision(t.lemma_.lower()) == verb
    ]  # fmt: skip
    if not asked:
        return False
    return bool(topics(doc, request, [decision]) & topics(doc, unit, [decision]))


def _same_decision(verb: str) -> str:
    """One key for the verbs that end a service: "the lunch call to be stopped" and
    "Lunch call to be removed from 06/10" are the same decision said twice."""
    return "end" if verb in ENDING_A_SERVICE else verb


def _name_in(noun: Token, unit: Unit) -> str:
    """A thing named with its compounds in the sentence: "lunch call" and "tea call" are
    different calls (a log's initials on the line before are not part of the name)."""
    compounds = [c for c in noun.children if c.dep_ == "compound" and c.i >= unit.start]
    return " ".join(t.lemma_.lower() for t in (*compounds, noun))


def evidence_follows_request(
    doc: Doc, units: list[Unit], n: int, found: list[list[Decision]]
) -> bool:
    """'Pls suspend the DP with immediate effect. No returns for 6 months.': a request to
    another team is followed by the evidence for it, in a statement with no decision of
    its own, often with no marker word."""
    alpha_tokens = [t for t in doc[units[n].start : units[n].end] if t.is_alpha]
    if not alpha_tokens or alpha_tokens[0].lower_ not in REQUESTING or n + 1 >= len(units):
        return False
    following = doc[units[n + 1].start : units[n + 1].end]
    content = [t for t in following if t.is_alpha]
    return not found[n + 1] and not is_question(following) and len(content) >= 3


# Verbs that grant what someone was found eligible for: "Deferred payment approved".
_GRANTING = frozenset({"approve", "award", "grant", "fund"})


def follows_eligibility(head: Token) -> bool:
    """A decision that follows from an eligibility decision: closing the case after "not
    eligible", granting what was asked for after "eligible"."""
    return closes(head) or head.lemma_.lower() in _GRANTING


def eligibility_reasoned(
    doc: Doc, unit: Unit, decided: bool, bare: Decision | None, reasoned: bool
) -> bool:
    """The sentence settles eligibility and says why: "Not eligible as her needs are
    short term", "Does not meet eligibility criteria - no care needs" (which the rule
    does not take for a decision of its own, having an object)."""
    span = doc[unit.start : unit.end]
    if ELIGIBILITY.search(doc_text(doc)[span.start_char : span.end_char]) is None:
        return False
    if decided:
        return bare is None or reasoned
    tokens = [t for t in doc[unit.start : unit.end] if not t.is_space]
    return reasoned or reason_before_so(tokens, unit.end) or reason_across_a_dash(tokens, tokens[0])


def opens_with_reason(doc: Doc, unit: Unit) -> bool:
    """'Reason: ...', 'Because ...', 'This is because ...': the line is a reason."""
    first = next((t for t in doc[unit.start : unit.end] if not t.is_space and not t.is_punct), None)
    if first is None:
        return False
    if first.lower_ in REASON_LABELS:
        return True
    if first.lower_ in CONSEQUENCE:
        return False  # "Therefore ...": a consequence of what came before, not a reason for it
    first_reason = next(iter(find_terms(doc[unit.start : unit.end], "reason")), None)
    return first_reason is not None and first_reason[0] <= first.i + 1
