"""Small tests on the parse that several concerns share: a verb's subject, a dash between
words, a line's label or heading, our own body, and who a wish is said by."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from recordlint.doc_access import doc_text
from recordlint.rules.rationale.units import find_terms
from recordlint.rules.rationale.words import DUE_BY, NO_RESPONSE, OUR_SERVICE
from recordlint.subjects import Referent, doer_of, referent_of
from recordlint.text import line_end
from recordlint.token_view import token_view

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def own_body(noun: Token) -> bool:
    """A part of the service that decides for it: a panel, the team manager, the emergency
    duty team (the decisions lexicon's ``own_body`` entries)."""
    phrase = noun.doc[noun.left_edge.i : noun.i + 1]
    return any(True for _ in find_terms(phrase, "own_body"))


def value_of_a_label(word: Token) -> bool:
    """'Risk: reduced.': ``word`` alone is the value given after a label and its colon."""
    before = [t for t in word.doc[word.head.i + 1 : word.i] if not t.is_space]
    after = []
    for t in word.doc[word.i + 1 : word.sent.end]:
        if t.is_space and "\n" in t.text:
            break  # the line ends the value
        after.append(t)
    return (
        word.head.i < word.i
        and [t.text for t in before] == [":"]
        and all(t.is_punct for t in after)
    )


# Who a step may be handed to in a note: a colleague, another team or body, the person or
# their family ("SW to close", "LT team to close", "Son to cancel").
_HANDED_TO = frozenset(
    {Referent.PROFESSIONAL, Referent.ORGANISATION, Referent.PERSON, Referent.OTHER_PERSON}
)


def handed_to_someone_else(verb: Token) -> bool:
    """'SW to close once OT completes', 'LT team to close once CMHT allocate', 'The GP will
    stop it once the bloods are back': the step is someone's other than the writer's, by
    the verb's subject or, in a note's "<who> to <verb>", by the word before "to". The
    service itself named there ("ASC to close once fitted") keeps the step its own."""
    doc = verb.doc
    who = doc[verb.i - 2] if verb.i >= 2 and doc[verb.i - 1].lower_ == "to" else None
    if who is not None and _our_service(who):
        return False
    doer, subject = doer_of(verb)
    if doer in _HANDED_TO and not (subject is not None and _our_service(subject)):
        return True
    return who is not None and who.is_alpha and referent_of(who) in _HANDED_TO


def _our_service(noun: Token) -> bool:
    """The service itself, named alone: "ASC", "the council" (not "the LT team")."""
    return noun.lemma_.lower() in OUR_SERVICE and not any(
        c.dep_ in {"compound", "amod"} for c in noun.children
    )


def words(span: Span) -> list[Token]:
    return [t for t in span if not t.is_space]


def label_of(span: Span) -> list[str] | None:
    """The words before a line's first colon when they are a short label: "Next of kin:"."""
    view = token_view(span.doc)
    word_indices = [i for i in range(span.start, span.end) if not view.is_space[i]]
    colon = next((n for n, i in enumerate(word_indices) if view.text[i] == ":"), None)
    if colon is None or not 1 <= colon <= 3:
        return None
    return [view.lower[i] for i in word_indices[:colon]]


# A date as notes write it: "03/26", "12/12/2025", "3.4.26".
DATE_VALUE = re.compile(r"\d{1,2}[/.-]\d{1,4}(?:[/.-]\d{2,4})?")


MAX_SECTION_HEADING_WORDS = 8


# ---------------------------------------------------------------------------------------
# Reasons
# ---------------------------------------------------------------------------------------


def says_no(head: Token) -> bool:
    """'I've said no to this': the decision word says no, a refusal as much as "not"."""
    doc = head.doc
    return head.lemma_.lower() == "say" and head.i + 1 < len(doc) and doc[head.i + 1].lower_ == "no"


def has_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def between_words(dash: Token) -> bool:
    """The dash stands apart ("closed – deceased"), not inside a word ("set-up fee")."""
    joined_before = dash.i > 0 and not dash.doc[dash.i - 1].whitespace_
    return not (joined_before and not dash.whitespace_)


def line_heading(span: Span, *, max_words: int | None = MAX_SECTION_HEADING_WORDS) -> bool:
    """A short line that does not end a sentence: "4. Outcomes", "Outcomes:"; with
    ``max_words`` None, a line of any length that does not end one."""
    last = span[-1]
    if last.text in {".", "!", "?"}:
        return False  # most lines: their words need not be counted
    text = doc_text(span.doc)
    end = last.idx + len(last.text)
    rest = text[end : line_end(text, end)]
    if rest.strip():
        return False
    alpha_tokens = [t for t in words(span) if t.is_alpha]
    return 0 < len(alpha_tokens) <= (len(alpha_tokens) if max_words is None else max_words)


# Whose requests are not the person's wishes: services, teams, bodies, and things.
NOT_WISHERS = frozenset(
    {Referent.PROFESSIONAL, Referent.ORGANISATION, Referent.HOME, Referent.THING, Referent.WRITER}
)
# Verbs by which a service puts in a request of its own: "Brokerage request sent".
_SENDING = frozenset({"send", "make", "submit", "raise", "email", "forward", "complete", "chase"})


def wisher(word: Token) -> Referent:
    """Who wants or asks: the subject of a verb ("Raj asked for"), or for a noun its owner
    ("her request"), the body that made it ("the request made by the home"), or the writer
    when the service sends it ("Brokerage request sent for a new provider")."""
    if word.pos_ in {"VERB", "AUX"}:
        return doer_of(word)[0]
    for child in word.children:
        if child.dep_ == "poss":
            return referent_of(child)
        if child.dep_ == "prep" and child.lower_ == "from":
            source = next((g for g in child.children if g.dep_ == "pobj"), None)
            if source is not None:
                return referent_of(source)
        if child.dep_ in {"acl", "relcl"}:
            agent = next((g for g in child.children if g.dep_ == "agent"), None)
            maker = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
            if maker is not None:
                return referent_of(maker)
    if word.dep_ in {"nsubj", "nsubjpass", "dobj"} and word.head.lemma_.lower() in _SENDING:
        doer = doer_of(word.head)[0]
        return Referent.WRITER if doer in {Referent.UNKNOWN, Referent.WRITER} else doer
    return Referent.UNKNOWN


# Tenses that tell of the explaining done, not announce it: "I explained why we closed it".
_PAST = frozenset({"VBD", "VBN"})
# Whom an explanation may be addressed to in a letter that announces its reasons.
_READERS = frozenset({"you"})


def announces_reasons(verb: Token) -> bool:
    """'I want to explain why', 'I will set out the reasons': a verb of explaining (the
    decisions lexicon's ``explaining`` entries), said ahead by the writer to the reader,
    with "why" or "the reasons" after it: the reasons follow in the record. Explaining
    already done ("I explained why we closed the case"), or to be done to someone else ("I
    will explain why to her daughter"), records no reason here."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.tag_ in _PAST:
        return False
    phrase = verb.doc[verb.i : verb.i + 3]
    if not any(start == verb.i for start, _ in find_terms(phrase, "explaining")):
        return False
    if any(c.lower_ in {"have", "has", "had"} for c in verb.children):
        return False
    # "I will explain why to her son": the parse may hang who is told on "why".
    whys = [c for c in verb.children if c.lower_ == "why"]
    for child in (*verb.children, *(g for w in whys for g in w.children)):
        if (
            child.dep_ in {"dative", "prep"}
            and child.lower_ == "to"
            and any(g.lower_ not in _READERS for g in child.children if g.dep_ == "pobj")
        ):
            return False
        if child.dep_ == "dative" and child.lower_ not in _READERS:
            return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    head = verb
    while subject is None and head.dep_ == "xcomp":
        # "I want to explain why", "I would like to explain why": the subject of the verb
        # it completes
        head = head.head
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in {"i", "we"}:
        return False
    return any(
        c.lower_ == "why" or (c.dep_ in {"ccomp", "xcomp"} and c.left_edge.lower_ == "why")
        for c in verb.children
    ) or any(c.dep_ == "dobj" and c.lemma_.lower() == "reason" for c in verb.children)


def deadline_for_a_reply(mark: Token) -> bool:
    """'Case to be closed if no contact by 4/5', 'If no response by Fri DP will be
    suspended', 'IDVA to close if no contact in 2 weeks': a note's "if no" and a reply, then
    the time it is due by, a deadline set for the person to get in touch. The decision is
    made now and takes effect on their silence, so it wants its reason as any other. A
    condition on anything else ("if she is not at home", "if no answer at the door") or
    with no time set stays a condition, as does a letter's "If there is no reply"."""
    if mark.lower_ != "if":
        return False
    after = [t for t in mark.doc[mark.i + 1 : mark.i + 4] if not t.is_space]
    return (
        len(after) == 3
        and after[0].lower_ == "no"
        and after[1].lemma_.lower() in NO_RESPONSE
        and after[2].lower_ in DUE_BY
    )
