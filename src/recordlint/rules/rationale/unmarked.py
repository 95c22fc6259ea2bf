"""A reason given around a decision with no marker word: before "so" or "therefore" ("Low
risk, so no referral"), after a colon ("Care increased: two falls at night"), across a dash
("Case closed – deceased"), in brackets closing the line, or a finding of no needs.

:func:`reason_around` reads the decision's own line; the finders of no needs and of a reason
before "so" are read by the judge across sentences too. They stand apart from ``marked``,
whose reasons are named by a reason word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.lexicon import word_list
from recordlint.rules.rationale.syntax import NOT_WISHERS, between_words, says_no, wisher
from recordlint.rules.rationale.units import Unit, find_terms, services, wish_terms
from recordlint.rules.rationale.verdicts import negated_verdicts
from recordlint.rules.rationale.words import (
    DECISION_LABELS,
    OTHER_DOERS,
    REASON_LABELS,
    REFERRING_VERBS,
)
from recordlint.segments import DASHES
from recordlint.subjects import Referent, referent_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def reason_around(doc: Doc, unit: Unit, head: Token) -> bool:
    """A reason the line gives around the decision without a marker word:
    "Low risk, so no safeguarding referral" (the reason before "so"), and
    "Care increased: two falls at night this week" (the evidence after a colon)."""
    words = [t for t in doc[unit.start : unit.end] if not t.is_space]
    if reason_before_so(words, head.i):
        return True
    if reason_across_a_dash(words, head):
        return True
    if _reason_in_closing_brackets(words, head):
        return True
    if _reason_after_a_comma(words, head):
        return True
    colon = next((n for n, t in enumerate(words) if t.text == ":"), None)
    if colon is None or not head.i < words[colon].i:
        return False
    before = [t for t in words[:colon] if t.is_alpha]
    after = [t for t in words[colon + 1 :] if t.is_alpha]
    if len(before) < 2 or before[0].lower_ in DECISION_LABELS | REASON_LABELS:
        return False
    if head.lemma_.lower() in {"agree", "decide", "decision", "refer", "referral", "make"}:
        return False  # "Agreed: carers at 8", "Referral made: falls team": what, not why
    if len(after) < 3 or after[0].lower_ in {"to", "for"}:
        return False
    if _only_services_listed(words[colon + 1 :]):
        return False  # "Package remains the same: day centre x5, respite 14 nights/yr"
    return not any(True for _ in find_terms(doc[words[colon].i + 1 : unit.end], "decision"))


def _reason_after_a_comma(words: list[Token], head: Token) -> bool:
    """'Interp not needed, dtr translating', 'Bath board trialled – not suitable, pain on
    transfer': a note refuses something and, after a comma, says what it found, a clause
    with its participle or adjective or a finding named by its nouns alone. What follows is
    no reason where it is the writer's next step ("not appropriate, continue to review at
    huddle"), a decision of its own ("not required, case closed") or a name."""
    if not any(c.dep_ == "neg" for c in head.children):
        return False
    comma = next((n for n, t in enumerate(words) if t.text == "," and t.i > head.i), None)
    if comma is None:
        return False
    half = list(words[comma + 1 :])
    while half and half[-1].is_punct:
        half = half[:-1]
    content = [t for t in half if t.is_alpha]
    if len(content) < 2 or any(t.text in {",", ";", ":", *DASHES} for t in half):
        return False
    if content[0].tag_ == "VB" or content[0].lower_ in {"to", "will", "please", "pls", "see"}:
        return False  # "continue to review at huddle": the next step, not why
    if any(t.lemma_.lower() in services() for t in content):
        return False  # "not agreed, offer commissioned POC instead": what is offered instead
    if _half_gives_a_reason(half, head):
        return True
    # A finding named by its nouns alone, "pain on transfer": no verb, no name, opening on
    # a common noun that is no decision.
    opening = head.doc[content[0].i : content[0].i + 1]
    return (
        content[0].pos_ == "NOUN"
        and not any(t.pos_ in {"VERB", "AUX", "PROPN"} for t in content)
        and not any(True for _ in find_terms(opening, "decision"))
    )


def _reason_in_closing_brackets(words: list[Token], head: Token) -> bool:
    """'Wife's income not included (single assessment)': a note closes the line with why,
    in brackets after the decision. Brackets that point elsewhere ("see enclosed form"),
    give a time or an amount ("(AM/PM)", "(9 wks)"), say where from ("(from the
    council)"), name people ("(Ambrose - MCA needed)") or say who agreed ("(agreed with
    son)") give no reason."""
    while words and words[-1].is_punct and words[-1].text != ")":
        words = words[:-1]
    if not words or words[-1].text != ")":
        return False
    opening = max((n for n, t in enumerate(words) if t.text == "("), default=None)
    if opening is None or words[opening].i <= head.i:
        return False
    inside = words[opening + 1 : -1]
    content = [t for t in inside if t.is_alpha]
    if len(content) < 2 or content[0].lower_ in {"see", "eg", "ie", "e.g.", "i.e."}:
        return False
    if inside[0].pos_ == "ADP":
        return False  # "(from the council)", "(for six weeks)": where from or how long
    if any(t.like_num or t.text in DASHES or t.text == "/" for t in inside):
        return False
    if any(True for _ in find_terms(head.doc[inside[0].i : inside[-1].i + 1], "decision")):
        return False  # "Lunch call stopped (agreed with son)": who agreed, not why
    return not any(t.pos_ == "PROPN" and referent_of(t) in OTHER_DOERS for t in content)


def _only_services_listed(words: list[Token]) -> bool:
    """What follows a colon lists services and how much of each, with nothing said about
    them: the content of the decision, not the evidence for it."""
    return any(t.lemma_.lower() in services() for t in words) and not any(
        t.pos_ in {"VERB", "AUX", "ADJ"} and t.lemma_.lower() not in services() for t in words
    )


def reason_before_so(words: list[Token], until: int) -> bool:
    """'Low risk, so ...', 'SU has capacity so nothing we can do': a reason stated before
    "so" (or "therefore") in the same line, before the token at ``until``."""
    for n, token in enumerate(words):
        if token.i >= until:
            break
        following = words[n + 1].lower_ if n + 1 < len(words) else ""
        content_before = sum(1 for t in words[:n] if t.is_alpha) >= 2
        if (
            token.lower_ in {"so", "therefore", "hence", "thus"}
            and content_before
            and following not in {"that", "as", "far", "much", "many", "long", "on", "well"}
        ):
            return True
    return False


def reason_then_so(words: list[Token]) -> bool:
    """'You are now washing and dressing yourself, so you no longer need the morning
    visits': a sentence that states a reason, then ", so" and what follows from it, which
    explains the decision just before it. "The council will therefore not provide" has no
    reason of its own before its connective."""
    return any(
        n > 0
        and words[n - 1].text in {",", ";"}
        and token.lower_ in {"so", "therefore", "hence", "thus"}
        and reason_before_so(words[: n + 2], token.i + 1)
        for n, token in enumerate(words)
    )


def no_needs_found(words: list[Token]) -> bool:
    """'No further OT needs identified', 'no eligible needs': the assessment found no
    needs, which is the reason for closing that follows it."""
    return any(
        t.lemma_.lower() == "need"
        and t.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)
        for t in words
    )


# Words that may stand between "no" and the needs it denies: "No indication of any
# eligible needs", "no unmet care and support needs".
_NEEDS_DENIED_THROUGH = frozenset({"NOUN", "PROPN", "ADJ", "ADP", "CCONJ", "DET"})


def no_needs_shown(words: list[Token]) -> bool:
    """A finding that there are no needs for the service to meet, the evidence for closing:
    "No ongoing care needs", "No further OT needs identified", "we found no unmet needs",
    and "no" before what would show them ("No indication of care and support needs"). Read
    on the words, not the parse, which often takes "needs" for a verb."""
    if no_needs_found(words):
        return True
    for n, token in enumerate(words):
        if token.lower_ != "no":
            continue
        for after in words[n + 1 : n + 8]:
            if after.lower_ in {"need", "needs"}:
                return True
            if after.pos_ not in _NEEDS_DENIED_THROUGH or after.lower_ == "but":
                break
    return False


def reason_across_a_dash(words: list[Token], head: Token) -> bool:
    """'Case closed – deceased', 'lunch call to stop – pointless if not eating', 'No
    ongoing needs - case closed': a note joins a decision and its reason with a dash.

    The other half is a reason when it says something about the situation (an adjective,
    a participle, a clause, or "no" needs), not when it names the person or the topic
    ("Mrs Kaur – DP agreed", "Carers assessment for Jim – on hold"), not when it is a
    discussion ("Discussed threshold for s42 – not met"), and not when it holds a decision
    of its own. Where the line names the person before its dash, the clause between the
    dash and a comma before the decision is read as that other half ("Mr Dolan – still
    refusing to engage, case to be closed").
    """
    dashes = [
        n
        for n, t in enumerate(words)
        if t.text in DASHES and 0 < n < len(words) - 1 and between_words(t)
    ]
    if len(dashes) != 1 or head.lemma_.lower() in {"decision", "decide", "agree"}:
        return False  # "Decision – not safeguarding": the decision, not its reason
    cut = dashes[0]
    if head.i < words[cut].i:
        return _half_gives_a_reason(words[cut + 1 :], head)
    if _a_bare_refusal(words[cut + 1 :], head) and not no_needs_shown(words[:cut]):
        # "No safeguarding concern raised – not needed": what it refuses; "Referral to
        # welfare rights declined by Imran – not pursued": the person's refusal is why.
        return refused_by_the_person(words[:cut])
    if _half_gives_a_reason(words[:cut], head):
        return True
    # "Mr Dolan – still refusing to engage, case to be closed if no contact": a line that
    # names whom it is about before its dash gives the situation, then a comma and the
    # decision; the clause between them is the reason, as across a dash.
    if not any(t.pos_ == "PROPN" and referent_of(t) is Referent.PERSON for t in words[:cut]):
        return False
    commas = [n for n in range(cut + 1, len(words)) if words[n].text == "," and words[n].i < head.i]
    return bool(commas) and _half_gives_a_reason(words[cut + 1 : commas[0]], head)


_PERSONS = frozenset({Referent.PERSON, Referent.OTHER_PERSON})


def refused_by_the_person(words: list[Token]) -> bool:
    """'Referral to welfare rights declined by Imran', 'Colin not interested', 'He refused':
    the person (or a relative) turns something down, or says they do not want it, in a
    clause of their own, so a step not taken after it ("– not pursued", "Not pursued.") has
    its reason. A refusal by a panel or a team ("declined by panel") is the service's, and
    a refusal with no one named ("Respite declined") names no one to have refused."""
    for word in words:
        lemma = word.lemma_.lower()
        if lemma == "interested":
            refusing = any(c.dep_ == "neg" for c in (*word.children, *word.head.children))
        else:
            refusing = lemma in word_list("refusing_word")
        if not refusing:
            continue
        verb = word.head if word.dep_ in {"acomp", "amod"} else word
        doers = [c for c in (*word.children, *verb.children) if c.dep_ == "nsubj"]
        doers += [o for c in word.children if c.dep_ == "agent" for o in c.children]
        if any(d.pos_ == "PROPN" and referent_of(d) in _PERSONS for d in doers):
            return True
    return False


def _a_bare_refusal(half: list[Token], head: Token) -> bool:
    """The half after the dash is the refusal alone, opening on its negation with no
    subject of its own and nothing after a comma ("– not needed", "– not paid", "– no"):
    the half before the dash names what is refused, as a note's topic does ("NRM referral –
    not at this point", "Carewell invoice queried – not paid"), and gives no reason for it,
    unless it finds no needs ("no care and support needs - not for ASC")."""
    content = [t for t in half if t.is_alpha]
    return (
        bool(content)
        and content[0].lower_ in {"not", "no"}
        and not any(t.text in {",", ";"} for t in half)  # "– not met, at risk of eviction"
        and not any(t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == head.i for t in half)
    )


def _half_gives_a_reason(other: list[Token], head: Token) -> bool:
    """The words on the other side of a note's dash (or between its dash and a comma) from
    the decision at ``head`` say why it was made (see ``reason_across_a_dash``)."""
    content = [t for t in other if t.is_alpha]
    if not content:
        return False
    half = head.doc[other[0].i : other[-1].i + 1]
    if any(t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == head.i for t in other):
        return False  # "Request for an extra sitting service - declined": what is decided
    decided = any(True for _ in find_terms(half, "decision"))
    if decided or any(True for _ in negated_verdicts(half)):
        return False
    if content[0].lemma_.lower() in REFERRING_VERBS | {"review", "check"}:
        return False
    if any(start == content[0].i for start, _ in find_terms(half, "handoff")):
        return False  # "Closed - signposted to Age UK": where the case went, not why
    if content[0].lemma_.lower() in {"screen", "triage"} and (
        len(content) < 2 or content[1].lower_ != "out"
    ):
        return False  # "Screened using the priority tool - low priority": how, not why
    refusing = (
        head.lemma_.lower() in {"decline", "refuse", "reject"}
        or any(c.dep_ == "neg" for c in head.children)
        or says_no(head)
    )
    if refusing and content[0].lemma_.lower() in word_list("decided_thing"):
        return False  # "Request for an extra shopping call – I've said no to this": what is refused
    if not refusing and any(
        wisher(head.doc[s]) not in NOT_WISHERS for s, _ in find_terms(half, wish_terms())
    ):
        # "Shared Lives to continue – Kieran and his carers all want this"; a request
        # refused ("Request for PBS input - declined") is not refused because it was made.
        return True
    # A name stands for who the line is about ("Mrs Kaur – DP agreed"); an owner does not
    # ("Ms Zielinska's needs are short term"), nor a name inside a phrase that qualifies
    # the reason ("no eligible needs under the Care Act"), nor the subject of a clause the
    # half says of them ("carers report Betty already eaten", "son says Ivy has started").
    inside = {t.i for t in other}
    names = [
        t for t in content
        if t.pos_ == "PROPN" and "poss" not in {t.dep_, t.head.dep_} and not _in_a_phrase(t)
        and not _subject_of_a_clause_in(t, inside, head)
    ]  # fmt: skip
    if any(referent_of(t) in OTHER_DOERS for t in names):
        return False
    if any(t.lemma_.lower() == "change" for t in content):
        return False  # "Package to continue - no change": the decision said twice
    says_something = any(
        t.pos_ == "ADJ" or t.tag_ in {"VBN", "VBG", "VBZ", "VBP", "VBD"} or t.lower_ == "no"
        for t in content
    )
    return says_something


def _subject_of_a_clause_in(name: Token, inside: set[int], head: Token) -> bool:
    """The name is the subject of a verb of the same half, not of the decision: the half
    says something of them ("Betty already eaten"), where a name alone names the topic."""
    verb = name.head
    return (
        name.dep_ in {"nsubj", "nsubjpass"}
        and verb.i in inside
        and verb.i != head.i
        and verb.pos_ in {"VERB", "AUX"}
    )


def _in_a_phrase(token: Token) -> bool:
    """The word hangs from a preposition: "under the Care Act", "with the GP"."""
    return any(a.dep_ == "prep" for a in token.ancestors)
