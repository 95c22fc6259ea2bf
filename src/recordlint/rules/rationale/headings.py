"""What a whole line is by its shape: a heading or subject line, a section heading, a
title opening the record, a heading over a list or labelled lines; none of them a decision.

Apart because each reads a line with no full stop and no finite verb, and tells it from a
note that records a decision in as few words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from recordlint.doc_access import doc_text
from recordlint.names import COURTESY_TITLE
from recordlint.rules.rationale.syntax import (
    DATE_VALUE,
    MAX_SECTION_HEADING_WORDS,
    between_words,
    line_heading,
    words,
)
from recordlint.rules.rationale.units import find_terms
from recordlint.rules.rationale.words import NEGATIONS
from recordlint.segments import DASHES, LIST_MARKER
from recordlint.subjects import FINITE_TAGS
from recordlint.text import line_end, next_line
from recordlint.token_view import token_view

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


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
    if any(t.tag_ in FINITE_TAGS for t in last_part):
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


# The courtesy titles the text layer shares, and "Dr": a title opening one side of a dash.
_TITLES_OF_PEOPLE = frozenset(COURTESY_TITLE.lower().split("|")) | {"dr"}


def title_line(span: Span) -> bool:
    """'27/02/26 Closure', 'Transfer to Mental Health Team – Mr Callum Reid, 41', 'We are
    closing our work with you - a summary': an unfinished line opening a paragraph that
    titles the record, by its date, by the person it is about or as a summary."""
    tokens = words(span)
    if not tokens or tokens[0].i != token_view(span.doc).is_space.index(False):
        return False  # not the paragraph's first word
    after = tokens[-1].idx + len(tokens[-1].text)
    text = doc_text(span.doc)
    if "\n" in span.text.strip() or text[after : line_end(text, after)].strip():
        return False  # the whole of its line
    tokens = _before_a_closing_aside(tokens)
    if not tokens or tokens[-1].is_punct:
        return False
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


def _before_a_closing_aside(tokens: list[Token]) -> list[Token]:
    """The line's words before the brackets that close it ("TM decision – Halina Kowalczyk
    (41760)"): a reference number or a place in brackets after a title says which one, and
    the title is read without it."""
    if len(tokens) < 3 or tokens[-1].text != ")":
        return tokens
    opening = next((n for n in range(len(tokens) - 2, 0, -1) if tokens[n].text == "("), None)
    if opening is None or any(t.text in {"(", ")"} for t in tokens[opening + 1 : -1]):
        return tokens
    return tokens[:opening]


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
    if len(alpha) < 2 or not alpha[0].text[:1].isupper():
        return False
    last = tokens[-1]
    if _noun_and_what_we_decided(alpha) and line_heading(span, max_words=None):
        # "Goals we agreed" over the numbered goals, "Needs we agreed on, and how they
        # will be met" over the numbered needs
        return _section_below(span, last)
    if not line_heading(span):
        return False
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
    a verb in the past, perhaps its preposition, that names the section of what was agreed
    below it; the heading may go on to name what else the section says, by "and" and a
    question word ("Needs we agreed on, and how they will be met", as "What we agreed,
    and why"), or after a comma, with no verb, how the steps are taken ("Steps we agreed,
    one at a time")."""
    if not (
        len(alpha) > 2
        and alpha[0].pos_ in {"NOUN", "PROPN"}
        and alpha[1].lower_ in {"we", "i"}
        and alpha[2].tag_ in {"VBD", "VBN"}
    ):
        return False
    rest = alpha[3:]
    if rest and rest[0].lower_ != "and" and rest[0].doc[rest[0].i - 1].text == ",":
        # "Steps we agreed, one at a time", "Steps we agreed, in this order": after a comma,
        # how or when the steps are taken, with no verb of its own
        return len(alpha) <= _HEADING_WITH_QUESTION_WORDS and not any(
            t.pos_ in {"VERB", "AUX"} for t in rest
        )
    if rest and rest[0].tag_ in {"IN", "RP"}:
        rest = rest[1:]  # "decided on"; with its object after it ("agreed with you") no heading
    if not rest:
        return True
    return (
        len(rest) >= 2
        and len(alpha) <= _HEADING_WITH_QUESTION_WORDS
        and rest[0].lower_ == "and"
        and rest[1].tag_ in {"WRB", "WP"}
    )


# Most words in a heading that names its section and then, by "and" and a question word,
# what else the section says ("Needs we agreed on, and how they will be met").
_HEADING_WITH_QUESTION_WORDS = 12


def _section_below(span: Span, last: Token) -> bool:
    """The line after ``last`` opens a list or a labelled line: the section a heading
    names."""
    following = next_line(doc_text(span.doc), last.idx + len(last.text))
    if following is None:
        return False
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
        and not any(t.tag_ in FINITE_TAGS for t in tokens)
        and not any(t.dep_ in {"nsubj", "nsubjpass", "aux"} for t in tokens[0].children)
    )
