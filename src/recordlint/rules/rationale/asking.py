"""What someone asks for or wants, and what is done with it: a wish the sentence records,
a bare "Agreed." that grants a request or agrees a step, a request passed on to someone.

A wish or a request is the reason for agreeing to it; these tests find the asking in a unit
and stand apart from the readings of the decision itself
(:mod:`recordlint.rules.rationale.context`), which the verdicts weigh beside them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from recordlint.evaluative import DEMONSTRATIVES
from recordlint.rules.rationale.syntax import NOT_WISHERS, wisher
from recordlint.rules.rationale.units import Unit, find_terms, wish_terms
from recordlint.token_view import token_view

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def wish_in(doc: Doc, unit: Unit) -> bool:
    """The sentence records what the person or their family asked for or wants: agreeing
    to it has a reason. A provider's or a team's request is not one ("The 1:1 request made
    by the home", "Brokerage request sent"): it asks for the decision, it does not give the
    person's reason for it."""
    span = doc[unit.start : unit.end]
    return any(
        (
            not any(c.tag_ in {"WP", "WDT", "WRB"} for c in doc[start].children)
            or _the_wish_pointed_at(doc[start])
        )
        and wisher(doc[start]) not in NOT_WISHERS
        for start, _ in find_terms(span, wish_terms())
    ) or any(
        _asks_to_have(word) and wisher(word) not in NOT_WISHERS
        for word in _verbs_with_lemma(span, "ask")
    )  # "what she wants from the enquiry" names a topic, not her wish


def assent_to_a_wish(doc: Doc, unit: Unit, head: Token) -> bool:
    """'She asked that staff were not present, and I agreed': a bare "agreed", with nothing
    agreed to of its own, after the person's request in the same sentence grants that
    request, which is its reason (as a bare "Agreed." after the request just before is)."""
    if head.lemma_.lower() != "agree" or head.i < unit.start:
        return False
    if any(c.dep_ in {"dobj", "xcomp", "ccomp", "prep", "neg"} for c in head.children):
        return False
    return head.dep_ == "conj" and head.head.i < head.i and wish_in(doc, unit)


# The words by which a sentence points back at what was just decided: "This is what she wants".


def _the_wish_pointed_at(word: Token) -> bool:
    """'This is what Mr Shah wants', 'That is what her son asked for': the sentence says
    that what was just decided is what someone wants, so "what" does not make the wish a
    topic, as it does in "what she wants from the enquiry"."""
    verb = word if word.pos_ in {"VERB", "AUX"} else word.head
    copula = verb.head
    return (
        verb.dep_ in {"ccomp", "attr"}
        and copula.lemma_.lower() == "be"
        and any(c.dep_ == "nsubj" and c.lower_ in DEMONSTRATIVES for c in copula.children)
    )


def _verbs_with_lemma(span: Span, lemma: str) -> Iterator[Token]:
    """The verbs of ``span`` with the lower-case lemma ``lemma``, found in the doc's view:
    a token object is made for those only."""
    view = token_view(span.doc)
    for index in range(span.start, span.end):
        if view.lemma[index] == lemma and view.pos[index] == "VERB":
            yield span.doc[index]


# Modals by which someone asks to be allowed or given something: "asked if she could".
_ASKING_MODALS = frozenset({"can", "could", "may", "might"})


def _asks_to_have(word: Token) -> bool:
    """'You asked whether you could have a shower twice a week', 'He asked to move rooms',
    'She asked that staff were not in the room': a request put as a question of what may be
    done, with an infinitive, or as a clause after "that" saying how things should be."""
    if word.lemma_.lower() != "ask" or word.pos_ != "VERB":
        return False
    for clause in word.children:
        if clause.dep_ == "ccomp" and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
        ):
            return True
        if clause.dep_ == "ccomp" and any(
            c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in clause.children
        ):
            return any(c.dep_ == "aux" and c.lower_ in _ASKING_MODALS for c in clause.children)
        if clause.dep_ == "xcomp" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
        ):
            return True
    return False


def bare_agreement(doc: Doc, unit: Unit) -> bool:
    """The unit is a bare "Agreed." (or "Agree.") on its own, with nothing agreed to named.
    A heading "Agreed" over a list has no full stop, and is read as its list's heading."""
    tokens = [t for t in doc[unit.start : unit.end] if not t.is_space]
    said = [t for t in tokens if not t.is_punct]
    return len(said) == 1 and said[0].lower_ in {"agreed", "agree"} and tokens[-1].text == "."


def asks_for_something(doc: Doc, unit: Unit) -> bool:
    """The unit asks for something, whoever asks: the person ("Raj asked for the call to be
    moved"), a relative, or a provider ("Provider asked for the waking night to become a
    sleep-in"). A bare "Agreed." after it grants the request, a decision of the service's."""
    span = doc[unit.start : unit.end]
    return any(True for _ in find_terms(span, "asking")) or any(
        True for _ in find_terms(span, wish_terms())
    )


def nothing_asked_before(doc: Doc, units: list[Unit], n: int) -> bool:
    """Unit ``n`` is a bare "Agreed." after a line that asks for nothing: a step someone is
    to take ("Forms to go to the court team by Friday. Agreed.") or what a provider can do
    ("They can do 8am from Monday. Agreed."). The writer or the manager agrees the step or
    the arrangement, as in "We agreed the home would review the sling"; no request is
    granted or refused. A request cut in two by a quotation is read whole."""
    if n == 0 or not bare_agreement(doc, units[n]):
        return False
    before = [units[n - 1]]
    if n > 1:
        first = next(
            (t for t in doc[units[n - 1].start : units[n - 1].end] if not t.is_space), None
        )
        if first is not None and first.is_alpha and first.text[:1].islower():
            before.append(units[n - 2])  # the second half of a sentence cut in two
    if any(asks_for_something(doc, u) for u in before):
        return False
    # What is agreed is a step or an offer: a verb "to" be done ("Forms to go by Friday") or
    # one someone "can" or "will" do ("They can do 8am"); "Son rang about the weekend.
    # Agreed." agrees to something the note leaves unsaid, and still wants its reason.
    return any(
        t.pos_ in {"VERB", "AUX"}
        and any(c.dep_ == "aux" and c.lower_ in _STEP_AUXILIARIES for c in t.children)
        for u in before
        for t in doc[u.start : u.end]
    )


# The auxiliaries of a step to take or an offer: "to go by Friday", "they can do 8am".
_STEP_AUXILIARIES = frozenset({"to", "can", "could", "will"})


# Verbs that tell someone of a thing rather than record it: "Provider informed re the request".
_INFORMING = frozenset({"inform", "notify", "tell", "advise", "update"})


def request_passed_on(doc: Doc, unit: Unit) -> bool:
    """'Request for a later call passed to the agency.', 'Provider informed re timing
    request.': the sentence passes a request on or tells someone of it, naming it only as a
    noun. It records what was done with the request, not the person's wish, so it gives no
    reason for the decision before it; "Her son told us she wants the calls stopped" does."""
    span = doc[unit.start : unit.end]
    asked = [doc[start] for start, _ in find_terms(span, "asking")]
    asked += [doc[start] for start, _ in find_terms(span, wish_terms())]
    if not asked or any(t.pos_ in {"VERB", "AUX"} for t in asked):
        return False
    handoffs = {start for start, _ in find_terms(span, "handoff")}
    # The parse hangs the passing on from the line's root or from the request's noun
    # ("Request for a later call passed to ...": "passed" may modify "call").
    return any(
        t.pos_ == "VERB" and (t.i in handoffs or t.lemma_.lower() in _INFORMING) for t in span
    )
