"""What a whole line is: a heading over a section, a title, a form field, a label with only
dates after it, another body's report; and words on a line that are not a decision."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from recordlint.doc_access import doc_text
from recordlint.lexicon import load_lexicon
from recordlint.rules.rationale.syntax import (
    DATE_VALUE,
    MAX_SECTION_HEADING_WORDS,
    between_words,
    has_subject,
    label_of,
    line_heading,
    own_body,
    words,
)
from recordlint.rules.rationale.units import find_terms
from recordlint.rules.rationale.words import (
    BODY_TRANSFER,
    CLOSED_THINGS,
    FIELD_LABEL_WORDS,
    FIELD_LABELS,
    HAVING,
    NEGATIONS,
    OTHERS,
    OUR_SERVICE,
    RATING_LABELS,
    ROLE_LABELS,
)
from recordlint.segments import DASHES, LIST_MARKER
from recordlint.subjects import Referent, referent_of
from recordlint.token_view import token_view

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
    shared by each agency write it."""
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
    return 2 <= len(text) <= 3 and text.isalpha() and text.isupper() and text not in _acronyms()


@cache
def _acronyms() -> frozenset[str]:
    return frozenset(entry.term for entry in load_lexicon("acronyms").entries)


def form_field(span: Span) -> bool:
    """'Address: 4 Elm Close, Hyde', 'Caller: Mr Bell (self-referral), 70': a name, an
    address or a contact in a form, with no verb to make a decision."""
    label = label_of(span)
    if label is not None and _only_dates_after_labels(span):
        return True  # "Plan agreed: 03/11/25   Entered: 14/11/25": dates in a form
    if label is None:
        label = _role_label(span)
    if label is None or not FIELD_LABELS & set(label):
        return False
    # Only finite verbs count: place names are often tagged as verbs ("Bury", "Reading").
    return not any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in span)


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
    r"(?:\s*[A-Za-z][\w ]{0,30}?:\s*\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s*)+\.?\s*"
)  # ("Plan agreed: 09/03/2026." ends its sentence with a full stop)


def _only_dates_after_labels(span: Span) -> bool:
    """Every label on the line holds a date and nothing else."""
    return _DATES_AFTER_LABELS.fullmatch(span.text) is not None


def heading(span: Span) -> bool:
    """'Closure of your homecare service', 'Case Closure': a heading or subject line that
    names the decision a letter is about, with no verb and no full stop."""
    tokens = words(span)
    if not tokens or tokens[-1].is_punct:
        return False
    if _decided_after_a_dash(span, tokens):
        return False  # "26/11/0144 - Pike - NFA": a log's line, whom it is about, then what
    if _gerund_heading(tokens):
        return True
    if any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in tokens):
        return False
    alpha = [t for t in tokens if t.is_alpha]
    if len(alpha) > 1 and all(t.text[:1].isupper() for t in alpha):
        if all(t.is_upper for t in alpha):
            return _capitals_heading(span, alpha)  # "NFA", "DP AGREED" are notes
        return True
    first = alpha[0] if alpha else None
    return (
        first is not None
        and first.pos_ == "NOUN"
        and first.dep_ == "ROOT"
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in first.children)
    )


# Fewest words in a line of capitals that titles a form ("DIRECT PAYMENT CLOSURE"); a note
# in capitals is shorter ("CASE CLOSED", "NFA").
_CAPITALS_HEADING_WORDS = 3


def _capitals_heading(span: Span, alpha: list[Token]) -> bool:
    """'URGENT REVIEW – PROVIDER FAILURE / HOME CLOSURE', 'DIRECT PAYMENT CLOSURE': a form's
    title in capitals, naming what the form is about by a noun. A note in capitals records
    the decision by a participle or an abbreviation ("DP AGREED", "INFO ONLY / NFA"), and
    is short. The tagger reads every word in capitals as a name, so the decision words are
    told apart by their spelling: a noun of deciding has no "-ED" and is not an
    abbreviation."""
    if len(alpha) < _CAPITALS_HEADING_WORDS:
        return False
    for start, end in find_terms(span, "decision"):
        for token in span.doc[start:end]:
            if token.is_alpha and (len(token.text) <= 3 or token.text.endswith("ED")):
                return False
    return True


def _decided_after_a_dash(span: Span, tokens: list[Token], *, named: bool = False) -> bool:
    """The words after a line's last dash are all a decision term ("- NFA", "- close");
    ``named``: with a word before that dash that is not a date ("Pike - NFA", not
    "27/02/26 - Closure")."""
    dashes = [t for t in tokens if t.text in DASHES and between_words(t)]
    if not dashes:
        return False
    before = [t for t in tokens if t.i < dashes[-1].i and t.is_alpha]
    if named and not before:
        return False
    after = span.doc[dashes[-1].i + 1 : span.end]
    alpha = [t for t in after if t.is_alpha]
    return bool(alpha) and any(
        start <= alpha[0].i and alpha[-1].i < end for start, end in find_terms(after, "decision")
    )


def section_heading(span: Span) -> bool:
    """'Decision', 'Outcome and decision', 'Request to reduce a charge: decision': a short
    heading over the section that records the decision and its reasons, with no full stop
    and no finite verb."""
    tokens = words(span)
    alpha = [t for t in tokens if t.is_alpha]
    if not alpha or tokens[-1].is_punct or len(alpha) > MAX_SECTION_HEADING_WORDS:
        return False
    # The heading's last part names the section ("...: decision"); before a colon a
    # heading may name its subject with a verb. A verb on the word makes a note of a
    # decision instead: "Decision made to close the case", "Decision to close the case".
    colon = max((n for n, t in enumerate(tokens) if t.text == ":"), default=-1)
    last_part = tokens[colon + 1 :]
    if any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in last_part):
        return False
    parts = [last_part]
    dashes = [n for n, t in enumerate(tokens) if t.text in DASHES and 0 < n < len(tokens) - 1]
    if colon < 0 and len(dashes) == 1:
        # "Manager decision – safeguarding": a title naming the decision and its topic;
        # "Decision – not safeguarding" records the decision on the other side.
        topic = span.doc[tokens[dashes[0]].i + 1 : tokens[-1].i + 1]
        verdict = any(t.lower_ in NEGATIONS | {"no"} for t in topic)
        if not verdict and not any(True for _ in find_terms(topic, "decision")):
            parts.append(tokens[: dashes[0]])
    return any(
        t.lower_ in {"decision", "decisions"}
        and t.dep_ not in {"dobj", "nsubj", "nsubjpass"}
        and not any(
            c.pos_ in {"VERB", "AUX"} and part[0].i <= c.i <= part[-1].i for c in t.children
        )
        for part in parts
        for t in part
    )


_TITLES_OF_PEOPLE = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr"})


def title_line(span: Span) -> bool:
    """'27/02/26 Closure', 'Transfer to Mental Health Team – Mr Callum Reid, 41', 'We are
    closing our work with you - a summary': an unfinished line opening a paragraph that
    titles the record, by its date, by the person it is about or as a summary."""
    tokens = words(span)
    if not tokens or tokens[0].i != token_view(span.doc).is_space.index(False):
        return False  # not the paragraph's first word
    if tokens[-1].is_punct:
        return False
    after = tokens[-1].idx + len(tokens[-1].text)
    if "\n" in span.text.strip() or doc_text(span.doc)[after:].split("\n", 1)[0].strip():
        return False  # the whole of its line
    if _decided_after_a_dash(span, tokens, named=True):
        return False  # "26/11/0144 - Pike - NFA": a log's first line, not its title
    if DATE_VALUE.fullmatch(tokens[0].text):
        return True
    dashes = [n for n, t in enumerate(tokens) if t.text in DASHES and 0 < n < len(tokens) - 1]
    if len(dashes) != 1:
        return False
    sides = (tokens[: dashes[0]], tokens[dashes[0] + 1 :])
    for side in sides:
        if side[0].lower_ in _TITLES_OF_PEOPLE or _full_name_opens(side):
            return True  # "– Mr Callum Reid, 41", "- Dennis Oakley, 14 Larch Close"
        if len(side) <= 3 and side[0].tag_ == "DT" and not any(t.pos_ == "VERB" for t in side):
            return True  # "- a summary"
    return False


def _full_name_opens(side: list[Token]) -> bool:
    """A first name and a surname, alone or before a comma: whom the record is about."""
    names = 0
    while names < len(side) and side[names].pos_ == "PROPN" and side[names].text[:1].isupper():
        names += 1
    return names >= 2 and (names == len(side) or side[names].text == ",")


def heading_over_a_section(span: Span) -> bool:
    """'Agreed next steps' over a list, 'Transfer summary' over labelled lines: a short line
    of its own that names a section with a noun, the decision word only describing that
    noun, above the list or the labelled lines of the section, which are each judged on
    their own. "Case closure" (the decision word is the noun) and "Care agreed" (a note
    with a verb) are still decisions."""
    tokens = [t for t in words(span) if not (t.is_punct and t.i == span.start)]
    alpha = [t for t in tokens if t.is_alpha]
    if len(alpha) < 2 or not alpha[0].text[:1].isupper() or not line_heading(span):
        return False
    last = tokens[-1]
    if _noun_and_what_we_decided(alpha):
        return _section_below(span, last)  # "Goals we agreed" over the numbered goals
    if last.pos_ not in {"NOUN", "PROPN"} or last.tag_ in {"VBN", "VBD"}:
        return False
    if any(
        t.tag_ in {"VBZ", "VBP", "MD"} or (t.tag_ in {"VBD", "VBN"} and t.i != alpha[0].i)
        for t in tokens
    ):
        return False
    if any(end > last.i for _, end in find_terms(span, "decision")):
        return False  # the decision word heads the line: "Case closure", "Package increase"
    return _section_below(span, last)


def _noun_and_what_we_decided(alpha: list[Token]) -> bool:
    """'Goals we agreed', 'Actions we decided on': a noun and a relative clause, "we" and
    a verb in the past, that names the section of what was agreed below it."""
    return (
        2 < len(alpha) <= 4
        and alpha[0].pos_ in {"NOUN", "PROPN"}
        and alpha[1].lower_ in {"we", "i"}
        and alpha[2].tag_ in {"VBD", "VBN"}
    )


def _section_below(span: Span, last: Token) -> bool:
    """The line after ``last`` opens a list or a labelled line: the section a heading
    names."""
    text = doc_text(span.doc)
    line_end = text.find("\n", last.idx + len(last.text))
    if line_end < 0:
        return False
    following = text[line_end + 1 :].split("\n", 1)[0]
    if not following.strip():
        return False  # the paragraph ends: nothing under the heading
    return LIST_MARKER.match(following) is not None or _LABEL_LINE.match(following) is not None


# A line that opens with a short label and its value: "Person: Mrs Quinn", "From: Ruth".
_LABEL_LINE = re.compile(r"[ \t]*[A-Z][\w'’ -]{0,30}:[ \t]+\S")


def _gerund_heading(tokens: list[Token]) -> bool:
    """'Deciding your support plan', 'Choosing your care', 'Agreeing to a direct payment':
    a section heading that speaks to the reader, with no full stop and no finite verb;
    notes do not say "your" and drop their articles."""
    return (
        len(tokens) >= 2
        and tokens[0].tag_ == "VBG"
        and tokens[0].text[:1].isupper()
        and tokens[0].dep_ == "ROOT"
        and any(t.lower_ == "your" or (t.dep_ == "det" and t.tag_ == "DT") for t in tokens[1:])
        and not any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in tokens)
        and not any(t.dep_ in {"nsubj", "nsubjpass", "aux"} for t in tokens[0].children)
    )


def part_of_a_name(token: Token, span: Span) -> bool:
    """'4 Elm Close', 'Rose Close, Hyde': a word of a street or a place name."""
    if not token.text[:1].isupper() or token.is_upper or token.i == span.start:
        return False
    before = token.doc[token.i - 1]
    return before.text != ":" and (before.text[:1].isupper() or before.like_num)


def not_a_verb_of_deciding(token: Token) -> bool:
    """'a flat, which is close to the shops': 'close' as an adjective or adverb. A note of
    the one word ("Needs met. Close.") is the instruction, whatever the tagger says."""
    if sum(1 for t in token.sent if t.is_alpha) == 1:
        return False
    before = next((t for t in reversed(token.doc[: token.i]) if not t.is_space), None)
    after = next((t for t in token.doc[token.i + 1 :] if not t.is_space), None)
    if (
        before is not None
        and before.text in DASHES
        and between_words(before)
        and (after is None or after.is_punct or "\n" in token.whitespace_)
    ):
        return False  # "Mrs Lambert – close.": the line's instruction, after its dash
    if closing_instruction(token):
        return False
    return token.lemma_.lower() == "close" and token.pos_ in {"ADJ", "ADV"}


def closing_instruction(token: Token) -> bool:
    """'Close case.', 'Ahmed K - close case.', 'Manager decision: Close enquiry.': a note's
    bare "close" before what it closes, which the tagger reads as an adjective. It opens the
    line, or its clause after a dash or a colon, and what it closes is a case, a referral or
    an episode ("a close friend", "close supervision" describe)."""
    if token.lemma_.lower() != "close" or token.dep_ != "amod":
        return False
    closed = token.head
    if closed.lemma_.lower() not in CLOSED_THINGS or closed.i - token.i > 2:
        return False
    before = next((t for t in reversed(token.doc[: token.i]) if not t.is_space), None)
    return (
        before is None
        or "\n" in before.whitespace_
        or before.text == ":"
        or (before.text in DASHES and between_words(before))
        or LIST_MARKER.fullmatch(before.text + " ") is not None
        or (before.text == "." and token.text[:1].isupper())
    )


def finding_reported(token: Token) -> bool:
    """'The enquiry has concluded', 'the concern has been substantiated': the outcome of an
    enquiry reported as a finding, not a decision the writer makes here. ("Concern not
    substantiated." in note style still counts.)"""
    lemma = token.lemma_.lower()
    subject = has_subject(token)
    if subject is None or referent_of(subject) in {Referent.WRITER, *OTHERS}:
        return False
    auxiliaries = {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}
    if lemma == "conclude":
        concluded_what = any(c.dep_ in {"dobj", "ccomp"} for c in token.children)
        return not concluded_what
    if lemma == "determine" and auxiliaries & {"been", "was", "were", "is"}:
        # "It has been determined that you have capacity": what a capacity assessment
        # found, not a decision about support. ("... that you do not have eligible needs"
        # rules on eligibility, and stays a decision.)
        return any(
            c.dep_ == "ccomp"
            and c.lemma_.lower() in HAVING
            and any(o.dep_ == "dobj" and o.lemma_.lower() == "capacity" for o in c.children)
            for c in token.children
        )
    return lemma == "substantiate" and bool(auxiliaries & {"been", "was", "were", "is", "be"})


def movement_observed(token: Token, span: Span) -> bool:
    """'Transfer on/off toilet independent with grab rail': how someone moves."""
    if token.lemma_.lower() != "transfer":
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else token
    if (
        token.pos_ == "VERB"
        and following.lower_ not in {"to", "into"}
        and not any(c.dep_ == "prep" and c.lower_ in {"to", "into"} for c in token.children)
    ):
        return True  # "help me transfer using the hoist": a service transfer says where to
    return bool(BODY_TRANSFER.search(span.text))
