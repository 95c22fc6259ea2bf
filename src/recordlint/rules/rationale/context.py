"""What the units around a decision say of it: its topics, eligibility reasoned, aims
listed, evidence after a request, a wish, a reason that opens the next line."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from recordlint.doc_access import doc_text
from recordlint.rules.rationale.decisions import Decision
from recordlint.rules.rationale.exceptions import is_question
from recordlint.rules.rationale.reasons import reason_across_a_dash, reason_before_so
from recordlint.rules.rationale.syntax import NOT_WISHERS, line_heading, says_no, wisher, words
from recordlint.rules.rationale.units import Unit, find_terms, wish_terms
from recordlint.rules.rationale.words import (
    AIM_WORDS,
    CONSEQUENCE,
    ELIGIBILITY,
    ENDING_A_SERVICE,
    KEPT_AS_IT_IS,
    NEGATIONS,
    REASON_LABELS,
    REQUESTING,
)
from recordlint.segments import BULLET_GLYPHS, LIST_MARKER
from recordlint.token_view import token_view

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


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


def aims_listed(doc: Doc, units: list[Unit]) -> Iterator[int]:
    """The lines under a heading of aims ("Outcomes:", "My goals") that each name an aim
    ("To increase independence with ADLs.", "Reduce social isolation."): what the plan
    works towards, not a decision about the person's support."""
    under_aims = False
    for n, unit in enumerate(units):
        span = doc[unit.start : unit.end]
        if line_heading(span):
            under_aims = _names_aims(span)
        elif n == 0 or not new_line_item(doc, units[n - 1], unit):
            under_aims = False  # prose after the list
        elif under_aims and _an_aim(span):
            yield n


def requests_listed(doc: Doc, units: list[Unit]) -> Iterator[int]:
    """The lines of a list under a line that asks or wishes for them and closes on a colon
    ("Samira would like:" / "2. Advocacy support to continue."; "I am asking you to:" /
    "1. Make and record a best interests decision."): each line is something asked of the
    service, a decision wanted, not one made. The asking is now, in the text's own voice; a
    request told in the past ("I asked the provider to:") may list what was then done."""
    under_request = False
    text = doc_text(doc)
    for n, unit in enumerate(units):
        span = doc[unit.start : unit.end]
        line_start = text.rfind("\n", 0, doc[unit.start].idx) + 1
        if n > 0 and under_request and LIST_MARKER.match(text, line_start):
            yield n
            continue
        under_request = _asks_for_a_list(span)


def _asks_for_a_list(span: Span) -> bool:
    """A line that closes on a colon and asks or wishes now: "Samira would like:"."""
    said = [t for t in span if not t.is_space]
    if not said or said[-1].text != ":" or not line_heading(span):
        return False
    return any(
        span.doc[start].tag_ not in {"VBD", "VBN"} for start, _ in find_terms(span, "asking")
    )


def _names_aims(span: Span) -> bool:
    """A heading of what a plan aims at: "Outcomes", "My goals", "What I want to achieve"."""
    return any(t.lower_ == "outcomes" or t.lemma_.lower() in AIM_WORDS for t in span if t.is_alpha)


def _an_aim(span: Span) -> bool:
    """A line naming an aim as an infinitive or a bare verb: "To be safe.", "Reduce risk."."""
    alpha_tokens = [t for t in span if t.is_alpha]
    if not alpha_tokens:
        return False
    marker = words(span[: alpha_tokens[0].i - span.start])
    if any(not (t.is_punct or t.like_num) for t in marker):
        return False  # the line opens with something other than its list marker
    if len(alpha_tokens) > 1 and alpha_tokens[0].lower_ == "to" and alpha_tokens[1].tag_ == "VB":
        return True
    return alpha_tokens[0].tag_ == "VB"


def new_line_item(doc: Doc, before: Unit, unit: Unit) -> bool:
    """``unit`` opens a line of its own after a finished line or as a list item, rather
    than continuing a hard-wrapped sentence."""
    start = doc[unit.start].idx
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or text[line_start:start].strip(BULLET_GLYPHS + " \t()0123456789."):
        return False
    last = doc[before.end - 1]
    return LIST_MARKER.match(text, line_start) is not None or last.text in {".", "!", "?"}


def negated(head: Token, phrase: Span) -> bool:
    """The decision refuses: "not", "never", or saying no ("I've said no to this")."""
    return (
        any(c.dep_ == "neg" for c in head.children)
        or any(t.lower_ in NEGATIONS for t in phrase.doc[max(phrase.start - 2, 0) : phrase.end])
        or says_no(head)
    )


def points_back(head: Token) -> bool:
    """'I recommend this because ...', 'This plan was agreed as ...': a decision that
    names the one before it, by "this" or "that", as what it decides or as its subject."""
    for t in head.subtree:
        if t.lower_ not in {"this", "that"}:
            continue
        if t.dep_ in {"dobj", "nsubj", "nsubjpass"} and t.head.i == head.i:
            return True
        if t.dep_ == "det" and t.head.dep_ in {"nsubj", "nsubjpass"} and t.head.head.i == head.i:
            return True
    return False


def closes(head: Token) -> bool:
    """A closure of the case: "Case closed", "Close.", "NFA", "no further action"."""
    if head.lemma_.lower() == "action" and any(c.lower_ == "further" for c in head.children):
        return True
    return head.lemma_.lower() in {"close", "closure", "nfa"} or head.lower_ == "nfa"


def keeps_as_it_is(head: Token) -> bool:
    """The decision keeps a service as it is, said in a full sentence: "The other visits stay
    the same", "Aftercare continues and will fund her new home" (the verb it is joined to
    keeps it), "The rest of the package will not change". A note's own line ("Double handed
    care to remain") is a decision of its own, whatever came before it."""
    verbs = [head, *(c for c in head.children if c.dep_ == "conj")]
    if head.dep_ == "conj":
        verbs.append(head.head)
    for verb in verbs:
        auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
        finite = verb.tag_ in {"VBZ", "VBP"} or any(a.tag_ == "MD" for a in auxiliaries)
        if not finite or any(a.lower_ == "to" for a in auxiliaries):
            continue
        negated = any(c.dep_ == "neg" for c in verb.children)
        lemma = verb.lemma_.lower()
        if (lemma in KEPT_AS_IT_IS and not negated) or (lemma == "change" and negated):
            return True
    return False


def on_a_list_line(doc: Doc, unit: Unit) -> bool:
    """The line ``unit`` starts on opens with a list marker: the unit is a list item, or a
    sentence after the first on one ("- Starts on Monday. Mornings stay the same.")."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, doc[unit.start].idx) + 1
    return LIST_MARKER.match(text, line_start) is not None


def kept_on_a_list_line(doc: Doc, unit: Unit, decision: Decision) -> bool:
    """'- Your afternoon care will continue.', '- No change to her medicines for now.': a
    line of a list that keeps a service as it is, in a full sentence or a note's "no
    change to"."""
    head, phrase = decision
    if not on_a_list_line(doc, unit):
        return False
    said = [t.lower_ for t in phrase if t.is_alpha]
    return keeps_as_it_is(head) or said[:2] == ["no", "change"]


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
_POINTING_BACK = frozenset({"this", "that"})


def _the_wish_pointed_at(word: Token) -> bool:
    """'This is what Mr Shah wants', 'That is what her son asked for': the sentence says
    that what was just decided is what someone wants, so "what" does not make the wish a
    topic, as it does in "what she wants from the enquiry"."""
    verb = word if word.pos_ in {"VERB", "AUX"} else word.head
    copula = verb.head
    return (
        verb.dep_ in {"ccomp", "attr"}
        and copula.lemma_.lower() == "be"
        and any(c.dep_ == "nsubj" and c.lower_ in _POINTING_BACK for c in copula.children)
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


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    start += lead
    bullet = LIST_MARKER.match(text[start:end])
    if bullet:
        start += bullet.end()
    return start, start + len(text[start:end].rstrip())


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
