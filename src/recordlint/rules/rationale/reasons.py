"""Where a reason is given for a decision: in its unit ("because", "as", "so that"), around
it, across a dash, in a heading or a list over it.

The reasons a unit marks (``marked``) and gives around a decision without a marker word
(``unmarked``) are read before this module and imported here, so :func:`reason_in`,
:func:`reason_around` and the others are still found where the judge and the tests look for
them. This module holds what a decision carries with it (a contingency, a purpose, the
person's wishes weighed, a note on each item of a list) and where else its reason may be
(under a decision label, a heading, a titled section, a list, a sentence opening with a
consequence or referring back).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.doc_access import doc_text
from recordlint.evaluative import DEMONSTRATIVES
from recordlint.rules.rationale.decision_heads import closes, keeps_as_it_is
from recordlint.rules.rationale.marked import reason_in, says_why_the_note_is_late
from recordlint.rules.rationale.services import names_a_service
from recordlint.rules.rationale.syntax import (
    NOT_WISHERS,
    deadline_for_a_reply,
    handed_to_someone_else,
    has_subject,
    label_of,
    line_heading,
    wisher,
)
from recordlint.rules.rationale.units import Unit, find_terms, using_verbs, wish_terms
from recordlint.rules.rationale.unmarked import (
    no_needs_found,
    no_needs_shown,
    reason_across_a_dash,
    reason_around,
    reason_before_so,
    reason_then_so,
    refused_by_the_person,
)
from recordlint.rules.rationale.words import (
    CONSEQUENCE,
    CONTINGENCIES,
    DECISION_LABELS,
    FUTURE,
    ONLY_WHEN,
    REASON_LABELS,
    WAITING,
)
from recordlint.segments import LIST_MARKER
from recordlint.subjects import Referent
from recordlint.text import line_end

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


__all__ = [
    "HEADING_REASON_REACH",
    "contingency_after",
    "decision_heading",
    "items_each_noted",
    "labelled_decision",
    "list_follows",
    "no_needs_found",
    "no_needs_shown",
    "opens_with_consequence",
    "purpose_given",
    "reason_across_a_dash",
    "reason_around",
    "reason_before_so",
    "reason_in",
    "reason_then_so",
    "reasons_labelled",
    "refers_back",
    "refused_by_the_person",
    "says_why_the_note_is_late",
    "titled_section",
    "use_planned",
    "wishes_weighed",
]


def contingency_after(doc: Doc, unit: Unit, head: Token, refusal: bool = False) -> bool:
    """'Agreed: Marcus to arrange respite if daughter can't continue', 'Case to remain open
    until the hoist is fitted': the decision is tied to the event it waits on or guards
    against, which is why it is made.

    A refusal's "until" before a phrase with no verb of its own only says how long the
    refusal lasts ("A Care Act assessment will not be completed until release", "Told her
    we can't do anything until after Christmas", "NFA until then"): it is no more a reason
    than "until 31/03". What a case or a service is kept for ("open to OT until install")
    and a clause that names what must happen first ("not to be made until recall risk
    assessed") still wait on it."""
    words = [t for t in doc[head.i + 1 : unit.end] if not t.is_space and not t.is_punct]
    waiting = WAITING if handed_to_someone_else(head) else frozenset()
    for n, token in enumerate(words[:-1]):
        if deadline_for_a_reply(token):
            continue  # "Case to be closed if no contact by 4/5": a deadline, not why
        if token.lower_ in CONTINGENCIES | waiting and not ONLY_WHEN.fullmatch(words[n + 1].text):
            if refusal and token.lower_ in _HOW_LONG and token.dep_ != "mark":
                continue
            return True
    return _after_what_was_foreseen(doc, unit, head)


# Contingencies that, before a phrase rather than a clause, may only say how long.
_HOW_LONG = frozenset({"until", "till"})


def _after_what_was_foreseen(doc: Doc, unit: Unit, head: Token) -> bool:
    """'Think he will be fully indep by end of wk 6, NFA after that': the decision waits on
    the event the line foresees before it ("after that" points back to it), and that event
    is why it will be made."""
    after = next((t for t in doc[head.i + 1 : unit.end] if not t.is_space and not t.is_punct), None)
    if after is None or after.lower_ != "after" or after.i + 1 >= unit.end:
        return False
    if doc[after.i + 1].lower_ not in DEMONSTRATIVES:
        return False
    foreseen = [
        t for t in doc[unit.start : head.i]
        if t.pos_ in {"VERB", "AUX"} and any(c.lower_ in FUTURE for c in t.children)
    ]  # fmt: skip
    return bool(foreseen)


def items_each_noted(doc: Doc, unit: Unit, head: Token) -> bool:
    """'Agreed: a night sitter (started 3 August), a carer's budget (used for a course), and
    help with Carer's Allowance (awarded in September).': a list of what was agreed, each
    item with its own note in brackets, which says what it is for or what came of it."""
    colon = next((t for t in doc[head.i + 1 : unit.end] if not t.is_space), None)
    if colon is None or colon.text != ":":
        return False
    items: list[str] = []
    depth = 0
    current = ""
    for char in doc_text(doc)[colon.idx + 1 : doc[unit.end - 1].idx + len(doc[unit.end - 1])]:
        depth += (char == "(") - (char == ")")
        if char in ",;" and depth == 0:
            items.append(current)
            current = ""
        else:
            current += char
    items.append(current)
    items = [i for i in items if i.strip(" .")]
    return len(items) >= 2 and all("(" in i for i in items)


def labelled_decision(doc: Doc, unit: Unit) -> bool:
    """'Decision: Rosa will stay in her room': a decision under a label, whose reasons
    often follow under their own heading a line or two below."""
    label = label_of(doc[unit.start : unit.end])
    return label is not None and bool(DECISION_LABELS & set(label))


def reasons_labelled(doc: Doc, unit: Unit) -> bool:
    """'Reasons: Mr Rusk has dementia ...', 'Why: the risk at night is high': the line
    opens with a label that says the reasons follow, as a paragraph of its own under one
    labelled "Decision:"."""
    label = label_of(doc[unit.start : unit.end])
    return label is not None and bool(REASON_LABELS & set(label))


# How many lines under a heading that names a decision are read for its reason.
HEADING_REASON_REACH = 3


def decision_heading(doc: Doc, unit: Unit) -> bool:
    """'Decision not to inform the police': a line of its own that opens with the word of a
    decision label and heads the section below it, where its reason follows ("Not reported
    at this stage. Reason: ..."), as it would under the label "Decision:"."""
    span = doc[unit.start : unit.end]
    first = next((t for t in span if t.is_alpha), None)
    return (
        first is not None
        and first.lower_ in DECISION_LABELS
        and first.text[:1].isupper()
        and line_heading(span)
    )


def titled_section(doc: Doc, unit: Unit) -> bool:
    """'Changes agreed', 'Support agreed': a heading line that names what the section below
    it settles, the decision word a participle closing the line after its noun. The lines
    under it record the decisions, so their reason is read anywhere in that section (a
    line "as he asked", the person's wish), not only in the line after; with none there,
    as in "Care package agreed" over "- Two calls a day.", the heading wants its reason."""
    span = doc[unit.start : unit.end]
    said = [t for t in span if t.is_alpha]
    return (
        len(said) >= 2
        and said[-1].lower_ in DECISION_LABELS
        and said[-1].tag_ in {"VBN", "VBD"}
        and said[0].text[:1].isupper()
        and said[0].lower_ not in DECISION_LABELS  # "Decision agreed" opens with its label
        and line_heading(span)
    )


def list_follows(doc: Doc, unit: Unit) -> bool:
    """The line after ``unit`` is a list item: "Agreed" over "- I will refer ..."."""
    text = doc_text(doc)
    last = doc[unit.end - 1]
    ends = line_end(text, last.idx + len(last.text))
    return ends < len(text) and LIST_MARKER.match(text, ends + 1) is not None


def purpose_given(head: Token, phrase: Span) -> bool:
    """The decision carries its own purpose: "..., to give the plan time to work",
    "Referral to OT for a shower assessment". An infinitive with its own subject after
    "for" says what was decided, not what for ("Best interests decision made for Mr Novak
    to stay at Elm Lodge")."""
    for token in head.subtree:
        if (
            token.i != head.i
            and token.dep_ == "advcl"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
            and not _after_and(head, token)
            and not any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children)
            and not _what_it_now_holds(head, token)
            and not _inside_what_was_asked(head, token)
        ):
            return True
        if _so_that_dropped(head, token):
            return True
    if any(t.lemma_.lower() in {"refer", "referral"} for t in phrase):
        for token in head.subtree:
            if token.dep_ == "prep" and token.lower_ == "for":
                return any(c.dep_ == "pobj" for c in token.children)
    return False


def _inside_what_was_asked(head: Token, clause: Token) -> bool:
    """'Request for 1:1 staff to visit Maureen 3 x per wk: NOT APPROVED': an infinitive
    inside the decision's subject, where that subject names a request, says what was asked
    for, not why it was decided as it was."""
    subject = has_subject(head)
    if subject is None or not subject.left_edge.i <= clause.i <= subject.right_edge.i:
        return False
    asked = head.doc[subject.left_edge.i : subject.right_edge.i + 1]
    return any(True for _ in find_terms(asked, "asking"))


def _what_it_now_holds(head: Token, clause: Token) -> bool:
    """'Your package of care will be increased to include a teatime call': an infinitive
    after a change to a service whose object is another service, with nothing more to it,
    says what the changed service now holds: what was decided, not what for ("Her care will
    be increased to help her get up safely" says what for, and so does one after the amount
    of the change: "DP to be increased by 6 hrs pw to cover college support"). Keeping the
    service as it is or closing the case for a service ("Case kept open to monitor the
    package") waits on it instead."""
    subject = has_subject(head)
    if subject is None or not names_a_service(subject) or keeps_as_it_is(head) or closes(head):
        return False
    if any(c.dep_ in {"prep", "agent"} and c.lower_ == "by" for c in head.children):
        return False  # the amount changed by: the infinitive then says what it is for
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    return (
        bool(objects)
        and all(names_a_service(o) for o in objects)
        and not any(c.dep_ in {"advcl", "xcomp", "ccomp", "nsubj"} for c in clause.children)
    )


def _so_that_dropped(head: Token, clause: Token) -> bool:
    """'I am transferring her to your team so she has one worker': a clause after the
    decision, opened by "so" with its own subject, that says what the decision is for
    ("so that" with "that" dropped). "So" opening the sentence, or before the decision
    ("low risk, so no referral"), gives the reason before it instead (see judge)."""
    return (
        clause.dep_ == "advcl"
        and clause.head.i == head.i
        and clause.i > head.i
        and any(c.dep_ == "mark" and c.lower_ == "so" and c.i > head.i for c in clause.children)
        and has_subject(clause) is not None
    )


def _after_and(head: Token, clause: Token) -> bool:
    """'DP to be suspended and the DP team to arrange care': a second note joined by "and",
    which the parser may take for a purpose ("to arrange care") of the first."""
    low, high = sorted((head.i, clause.i))
    return any(t.dep_ == "cc" for t in head.doc[low + 1 : high])


def use_planned(doc: Doc, unit: Unit, head: Token) -> bool:
    """'We agreed a payment of £600 a year, which you plan to use for taxis', 'Your
    afternoon care will continue, and you plan to use Wednesdays for bowls': the person's
    (or a relative's) own plan to put what was decided to use, in a clause on what the
    decision gives or joined to it, with what it will be used for, says what the decision
    is for. The writer's or the service's plan ("which we will use for") is no such reason,
    nor a use with nothing it is for ("which you want to use")."""
    for start, end in find_terms(doc[unit.start : unit.end], wish_terms()):
        for wish in doc[start:end]:
            attached = (wish.dep_ == "relcl" and head.is_ancestor(wish)) or (
                wish.dep_ == "conj" and wish.head.i == head.i
            )
            if not attached or wisher(wish) not in _PLANNERS:
                continue
            for use in wish.children:
                if use.dep_ == "xcomp" and use.lemma_.lower() in using_verbs() and _put_to(use):
                    return True
    return False


# Who may plan a use for what was decided: the person, or family and unpaid carers (a
# carer's own budget is the carer's to use).
_PLANNERS = frozenset({Referent.PERSON, Referent.OTHER_PERSON})


def _put_to(use: Token) -> bool:
    """The use names what it is for, on the verb or on what is used: "to use for taxis",
    "to spend on physiotherapy", "to use Wednesday afternoons for bowls"."""
    holders = [use, *(c for c in use.children if c.dep_ == "dobj")]
    return any(
        c.dep_ == "prep" and c.lower_ in _PURPOSE_PREPOSITIONS
        and any(g.dep_ == "pobj" for g in c.children)
        for holder in holders for c in holder.children
    )  # fmt: skip


# Prepositions that name what something is put to: "for taxis", "on physiotherapy".
_PURPOSE_PREPOSITIONS = frozenset({"for", "on", "towards"})


def opens_with_consequence(doc: Doc, unit: Unit) -> bool:
    words = [t for t in doc[unit.start : unit.end] if not t.is_space and not t.is_punct]
    if not words:
        return False
    first = words[0].lower_
    if first in CONSEQUENCE:
        return True
    return first == "as" and len(words) > 2 and [w.lower_ for w in words[1:3]] == ["a", "result"]


def refers_back(doc: Doc, unit: Unit) -> bool:
    """'Agreed.' or 'He agreed to this.': the decision answers the sentence before."""
    words = [t for t in doc[unit.start : unit.end] if t.is_alpha]
    return len(words) <= 2 or any(t.lower_ in DEMONSTRATIVES and t.dep_ == "pobj" for t in words)


# Participles that make or report the decision itself: "a decision made for him" says
# nothing of what it rests on.
_MAKING = frozenset({"make", "take", "reach", "agree", "decide", "record", "write"})


def wishes_weighed(doc: Doc, unit: Unit, head: Token) -> bool:
    """'It means I decided for you, thinking about what you told us you want', 'The
    decision was made with her wishes and feelings in mind': the person's wishes named in
    a participle or a "with" phrase that hangs on the decision's clause, which says what
    it rests on. A wish in a clause of its own ("Case closed, which she wanted") or the
    service's own ("as we wanted") is no such reason."""
    span = doc[unit.start : unit.end]
    for start, _ in find_terms(span, wish_terms()):
        wish = doc[start]
        if not _persons_wish(wish):
            continue
        token = wish
        while token.head.i != token.i and token.i != head.i and token.dep_ != "relcl":
            if _basis_phrase(token) and (
                token.head.i == head.i
                or token.head.is_ancestor(head)
                or head.is_ancestor(token.head)
            ):
                return True
            token = token.head
    return False


def _persons_wish(wish: Token) -> bool:
    """The wish is someone's other than the service's: "his wish", "what you want"."""
    if any(c.dep_ == "poss" and c.lower_ in _PEOPLES for c in wish.children):
        return True  # "his wish to be near his son": "his" may be read as the home's
    return wisher(wish) not in NOT_WISHERS


_PEOPLES = frozenset({"his", "her", "their", "your"})


def _basis_phrase(token: Token) -> bool:
    """A participle adjunct ("thinking about", "guided by") or a "with" phrase."""
    if token.tag_ in {"VBG", "VBN"} and token.dep_ in {"advcl", "acl", "xcomp", "conj"}:
        return token.lemma_.lower() not in _MAKING and not any(
            c.dep_ == "mark" for c in token.children
        )
    return token.dep_ == "prep" and token.lower_ == "with"
