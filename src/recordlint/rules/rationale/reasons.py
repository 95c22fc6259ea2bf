"""Where a reason is given for a decision: in its unit ("because", "as", "so that"), around
it, across a dash, in a heading or a list over it."""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING

from recordlint.doc_access import doc_text
from recordlint.lexicon import word_list
from recordlint.rules.rationale.syntax import (
    NOT_WISHERS,
    between_words,
    handed_to_someone_else,
    has_subject,
    label_of,
    line_heading,
    says_no,
    wisher,
)
from recordlint.rules.rationale.units import Unit, find_terms, services, wish_terms
from recordlint.rules.rationale.verdicts import a_process_named, negated_verdicts
from recordlint.rules.rationale.words import (
    CONSENT,
    CONSEQUENCE,
    CONTINGENCIES,
    DECISION_LABELS,
    FUTURE,
    NOT_A_REASON_AFTER_AS,
    ONLY_WHEN,
    OTHER_DOERS,
    PROCEDURAL,
    REASON_HEADING,
    REASON_LABELS,
    REFERRING_VERBS,
    STANDING_PREPOSITIONS,
    WAITING,
)
from recordlint.segments import DASHES, LIST_MARKER
from recordlint.subjects import referent_of
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
    for start, end in find_terms(span, "reason"):
        if _real_reason(doc, start, end):
            return True
    written = doc_text(doc)[span.start_char : span.end_char]
    if CONSENT.search(written):
        return True  # "With your consent I made a referral": the person's wish is the reason
    if _aims_achieved(span):
        return True  # "Goals met. Case closed.": the work reached what it was for
    # Only the first two words are read: the rest of a long line needs no token objects.
    words = list(islice((t for t in span if not t.is_space), 2))
    text = written.strip().lstrip("#").strip()
    if REASON_HEADING.fullmatch(text):
        return True  # a "Why" heading: the reason is on the lines below it
    return len(words) >= 2 and words[0].lower_ in REASON_LABELS and words[1].text in {":", "-"}


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
    of its own.
    """
    dashes = [
        n
        for n, t in enumerate(words)
        if t.text in DASHES and 0 < n < len(words) - 1 and between_words(t)
    ]
    if len(dashes) != 1 or head.lemma_.lower() in {"decision", "decide", "agree"}:
        return False  # "Decision – not safeguarding": the decision, not its reason
    cut = dashes[0]
    other = words[cut + 1 :] if head.i < words[cut].i else words[:cut]
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
    # the reason ("no eligible needs under the Care Act").
    names = [
        t for t in content
        if t.pos_ == "PROPN" and "poss" not in {t.dep_, t.head.dep_} and not _in_a_phrase(t)
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


def _in_a_phrase(token: Token) -> bool:
    """The word hangs from a preposition: "under the Care Act", "with the GP"."""
    return any(a.dep_ == "prep" for a in token.ancestors)


def contingency_after(doc: Doc, unit: Unit, head: Token) -> bool:
    """'Agreed: Marcus to arrange respite if daughter can't continue', 'Case to remain open
    until the hoist is fitted': the decision is tied to the event it waits on or guards
    against, which is why it is made."""
    words = [t for t in doc[head.i + 1 : unit.end] if not t.is_space and not t.is_punct]
    waiting = WAITING if handed_to_someone_else(head) else frozenset()
    for n, token in enumerate(words[:-1]):
        if token.lower_ in CONTINGENCIES | waiting and not ONLY_WHEN.fullmatch(words[n + 1].text):
            return True
    return _after_what_was_foreseen(doc, unit, head)


def _after_what_was_foreseen(doc: Doc, unit: Unit, head: Token) -> bool:
    """'Think he will be fully indep by end of wk 6, NFA after that': the decision waits on
    the event the line foresees before it ("after that" points back to it), and that event
    is why it will be made."""
    after = next((t for t in doc[head.i + 1 : unit.end] if not t.is_space and not t.is_punct), None)
    if after is None or after.lower_ != "after" or after.i + 1 >= unit.end:
        return False
    if doc[after.i + 1].lower_ not in {"that", "this"}:
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
    line_end = text.find("\n", last.idx + len(last.text))
    return line_end >= 0 and LIST_MARKER.match(text, line_end + 1) is not None


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
        ):
            return True
        if _so_that_dropped(head, token):
            return True
    if any(t.lemma_.lower() in {"refer", "referral"} for t in phrase):
        for token in head.subtree:
            if token.dep_ == "prep" and token.lower_ == "for":
                return any(c.dep_ == "pobj" for c in token.children)
    return False


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
    return len(words) <= 2 or any(t.lower_ in {"this", "that"} and t.dep_ == "pobj" for t in words)


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
