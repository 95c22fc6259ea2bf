"""What a labelled line is: another body's report ("Police: no further action"), a form
field ("Address: 4 Elm Close"), a label with only dates after it.

Apart because these read a line by its label, where the headings and titles read it by
its shape and the words on a line are read one by one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from recordlint.lexicon import acronym_terms
from recordlint.rules.rationale.syntax import between_words, label_of, own_body, words
from recordlint.rules.rationale.units import find_terms
from recordlint.rules.rationale.words import (
    FIELD_LABEL_WORDS,
    FIELD_LABELS,
    OUR_SERVICE,
    RATING_LABELS,
    ROLE_LABELS,
)
from recordlint.segments import DASHES
from recordlint.subjects import FINITE_TAGS, Referent, referent_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def another_body_reports(span: Span) -> bool:
    """'- Housing: sanctuary scheme works agreed', 'Police: no further action': a line of
    minutes labelled with another body gives that body's part. The service's own labels
    ("ASC view:", "Panel decision:", "LA position:"), a practitioner's ("OT:", "SW:", who
    may be the writer) and a person's name ("Mrs Barker: respite declined") head
    decisions about the case. The label holds for every sentence of its line ("- Police:
    Known to us. Intel from 2019 not progressed.") and may end in a dash as well as a colon
    ("Police – 5 incidents in a year. Arrested and bailed."), as minutes of information
    shared by each agency write it. A label that is a decision word ("NFA – close to LT")
    opens the line on its decision and names no body."""
    if _labelled_by_another_body(words(span)):
        return True
    doc = span.doc
    start = span.start
    while start > 0 and span.start - start < _LINE_REACH:
        before = doc[start - 1]
        if before.is_space and "\n" in before.text:
            break
        start -= 1
    if start == span.start:
        return False
    return _labelled_by_another_body(
        [t for t in doc[start : span.start] if not t.is_space], also=_PROFESSIONALS
    )


# How far back, in tokens, a sentence looks for the label opening its line.
_LINE_REACH = 80
# Who else heads the later sentences of a line of information shared ("Police – known to
# us. Arrested and bailed."): what each says there is that body's account, where a
# practitioner's label heading a single note line may be the writer's own ("OT: rails
# agreed").
_PROFESSIONALS = frozenset({Referent.PROFESSIONAL})


def _labelled_by_another_body(tokens: list[Token], also: frozenset[Referent] = frozenset()) -> bool:
    while tokens and (tokens[0].text in DASHES or tokens[0].tag_ == "LS" or tokens[0].like_num):
        tokens = tokens[1:]  # "- ", "4. "
    while tokens and tokens[0].is_punct and tokens[0].text != ":":
        tokens = tokens[1:]
    colon = next(
        (
            n
            for n, t in enumerate(tokens[:4])
            if t.text == ":" or (n > 0 and t.text in DASHES and between_words(t))
        ),
        None,
    )
    if colon is None:
        return False
    label = [t for t in tokens[:colon] if t.is_alpha]
    if len(label) != 1 or own_body(label[0]) or label[0].lower_ in OUR_SERVICE:
        return False
    if (label[0].lower_,) in RATING_LABELS:
        return False  # "RAG: Amber.": a rating's label, not a body
    if _initials(label[0]):
        return False  # "MC: agree POC": a practitioner's initials, as in supervision notes
    if any(True for _ in find_terms(label[0].doc[label[0].i : label[0].i + 1], "decision")):
        return False  # "NFA – close to LT": the line opens on its decision, not on a body
    after = tokens[colon + 1] if colon + 1 < len(tokens) else None
    if (
        after is not None
        and tokens[colon].text != ":"
        and referent_of(after) in {Referent.PERSON, Referent.OTHER_PERSON}
    ):
        return False  # "2. AMU - Mr Hussain 66. Home with wife.": where the person is
    return referent_of(label[0]) in {Referent.ORGANISATION, *also}


def _initials(word: Token) -> bool:
    """Two or three capitals that no acronym the lexicon knows spells: somebody's initials
    ("MC", "SO"), where "CMHT" or "DWP" names a body."""
    text = word.text
    return 2 <= len(text) <= 3 and text.isalpha() and text.isupper() and text not in acronym_terms()


def form_field(span: Span) -> bool:
    """'Address: 4 Elm Close, Hyde', 'Caller: Mr Bell (self-referral), 70': a name, an
    address or a contact in a form, with no verb to make a decision."""
    if _only_dates_after_labels(span):
        return True  # "Plan agreed: 03/11/25   Entered: 14/11/25": dates in a form
    label = label_of(span)
    if label is None:
        label = _role_label(span)
    if label is None or not FIELD_LABELS & set(label):
        return False
    # Only finite verbs count: place names are often tagged as verbs ("Bury", "Reading").
    return not any(t.tag_ in FINITE_TAGS for t in span)


def matter_to_decide(span: Span) -> bool:
    """'Decision: care and support arrangements (Shared Lives)', 'Decision: care and support
    needs / residence / finances': a capacity form's field naming the matter to be decided,
    as "Decision to be made:" does. Its value is a bare noun phrase, with no verb, no
    decision word of its own and no closing full stop; "Decision: Option 2." and
    "Decision: Hazelbank." close on a full stop and record the decision made."""
    tokens = words(span)
    if label_of(span) != ["decision"] or not tokens or tokens[-1].text in {".", "!"}:
        return False
    colon = next(n for n, t in enumerate(tokens) if t.text == ":")
    value = tokens[colon + 1 :]
    if not any(t.is_alpha for t in value):
        return False  # "Decision:" over the lines below it is read as a label
    if any(
        (t.tag_.startswith("VB") or t.tag_ == "MD") and (n == 0 or not t.text[:1].isupper())
        for n, t in enumerate(value)
    ):
        return False  # a verb decides; a capitalised one later on is a name's ("Shared Lives")
    return not any(start > tokens[colon].i for start, _ in find_terms(span, "decision"))


def _role_label(span: Span) -> list[str] | None:
    """'Chair and decision maker: Ann Lee': a longer label than ``label_of`` reads, kept
    only where its last word names who holds a role, so that the line names a person."""
    tokens = words(span)
    colon = next((n for n, t in enumerate(tokens) if t.text == ":"), None)
    if colon is None or not 1 <= colon <= FIELD_LABEL_WORDS:
        return None
    label = [t.lower_ for t in tokens[:colon]]
    return label if label[-1] in ROLE_LABELS else None


_DATES_AFTER_LABELS = re.compile(
    r"(?:\s*[A-Za-z][\w ]{0,30}?:\s*\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s*"
    r"(?:\((?=[A-Z]|with\b)(?:[A-Z]\.|[^()\n.]){1,40}\)\s*|at\s[^\d():\n]{1,40}?\s*)?)+\.?\s*"
)  # ("Plan agreed: 09/03/2026." ends its sentence with a full stop)


def _only_dates_after_labels(span: Span) -> bool:
    """Every label on the line holds a date and nothing else, or a date and where or with
    whom, in brackets opening on a capital or on "with" ("Plan agreed at meeting:
    17/03/2026 (Aldermoor, Ward 4)", "Plan agreed: 28/05/2025 (with Mandarin interpreter,
    Ms Fang Liu)", "Written: 09/09/2026 (D. Okafor)") or after "at" with no number ("Plan
    agreed: 08/09/2026 at home with Derek and Ken   Written: 09/09/2026"): a form's dates,
    however long its label. What was agreed, in brackets after the date, is not a place
    ("Care agreed: 17/03/2026 (4 calls a day)")."""
    return _DATES_AFTER_LABELS.fullmatch(span.text) is not None


def asked_under_a_label(span: Span) -> bool:
    """'Request 1: Increase of home care from 3 to 4 calls per day', 'Request: Retain the
    provider's hours during the placement': a funding or panel record's line labelled as
    what was asked for, perhaps numbered, with the decision on it under a label of its own
    below ("Decision: Approved."). The line names the request, not a decision made; one
    that gives its outcome with a participle ("Request 2: declined", "Request: agreed for
    six weeks") still decides."""
    tokens = words(span)
    colon = next((n for n, t in enumerate(tokens) if t.text == ":"), None)
    if colon is None or label_of(span) is None:
        return False
    label = [t for t in tokens[:colon] if t.is_alpha]
    if len(label) != 1 or any(not (t.is_alpha or t.like_num) for t in tokens[:colon]):
        return False  # one word, perhaps numbered: "Request 1", not "Family request re"
    if not any(True for _ in find_terms(span.doc[label[0].i : label[0].i + 1], "asking")):
        return False
    value = span.doc[tokens[colon].i + 1 : span.end]
    return not any(
        span.doc[start].tag_ in {"VBD", "VBN"}
        for kind in ("decision", "change")
        for start, _ in find_terms(value, kind)
    )
