"""Notes that keep, close or move what is in place with a bare verb ("Continue as is",
"Keep open for 4 wks", "Mrs Lambert – close", "Move to nursing."), and a case left open while
the steps a note sets out go ahead. These are read on the words, since the tagger often takes
such a verb for an adjective or a noun; they stand apart from the walk over a sentence's
parse in ``notes``, which uses them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.rules.rationale.syntax import between_words, label_of, words
from recordlint.rules.rationale.units import services
from recordlint.rules.rationale.words import (
    AS_IT_IS,
    CLOSED_THINGS,
    CONTINGENCIES,
    DECISION_LABELS,
    KEPT_AS_IT_IS,
)
from recordlint.segments import DASHES
from recordlint.subjects import FINITE_TAGS
from recordlint.token_view import token_view

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# The verbs bare_note_verb can return: one opening the line, or one closing it after a dash.
_BARE_NOTE_VERBS = KEPT_AS_IT_IS | {"close", "keep"}
# A note's closure opening its line before a dash or where it went ("Closed - signposted",
# "Closed to ASC"), which the tagger often takes for a name.
_CLOSING_OPENERS = frozenset({"closed"})


def bare_note_verb(span: Span) -> Token | None:
    """'Continue as is', 'Plan: continue 2 calls', 'To continue.', 'Mrs Lambert – close.',
    'Move to nursing.': a note that keeps, closes or moves what is in place with a bare verb,
    opening the line (after its list marker, a decision label or "To") or closing it after a
    dash. The tagger often takes such a verb for an adjective or a noun, so the shape is read
    on the words."""
    lower = token_view(span.doc).lower
    if not any(
        lower[i] in _BARE_NOTE_VERBS | _CLOSING_OPENERS | {"move"}
        for i in range(span.start, span.end)
    ):
        return None  # no verb of the shape anywhere: no token object for each word
    tokens = words(span)
    while tokens and (tokens[0].is_punct or tokens[0].tag_ == "LS" or tokens[0].like_num):
        tokens = tokens[1:]  # "- ", "4. ", "(b)"
    label = label_of(span)
    colon = next((n for n, t in enumerate(tokens) if t.text == ":"), None)
    if label is not None and label[-1] in DECISION_LABELS and colon is not None:
        tokens = tokens[colon + 1 :]
    if tokens and tokens[0].lower_ == "to":
        tokens = tokens[1:]
    content = [t for t in tokens if not t.is_punct]
    if (
        len(tokens) > 2
        and tokens[0].lower_ in _CLOSING_OPENERS
        and (tokens[1].text in DASHES or tokens[1].lower_ == "to")
    ):
        return tokens[0]  # "Closed - signposted.", "Closed to ASC - moved to Leeds."
    dashes = [
        n for n, t in enumerate(tokens) if (t.text in DASHES and between_words(t)) or t.text == ":"
    ]
    # The verb closing the line is read first: the tagger often takes it for a finite one.
    if len(content) >= 2 and dashes and content[-1].lower_ in _BARE_NOTE_VERBS:
        last = content[-1]
        if tokens[dashes[-1]].i == last.i - 1 and _names_what(tokens[: dashes[-1]]):
            # "Mrs Lambert – close": the line names whose case, then decides; "Bank card
            # held by her carer: continue": a list of restrictions or services names each
            # one, then keeps it
            return last
    if not content or any(t.tag_ in FINITE_TAGS and not _as_it_is(t) for t in content[1:]):
        return None
    first = content[0]
    if first.lower_ in KEPT_AS_IT_IS:
        rest = content[1:]
        kept_words = rest[: next((n for n, t in enumerate(rest) if t.pos_ == "ADP"), len(rest))]
        # What is kept is a service, an amount of one, or what is in place ("as is");
        # "Continue to monitor" and "Continue cooker practice with carers" are steps.
        kept = (
            not rest
            or rest[0].lower_ == "as"
            or rest[0].like_num
            or _for_a_length_of_time(rest, 0)  # "Continue for 1 more week": kept for a time
            or any(t.lemma_.lower() in services() for t in kept_words if t.pos_ != "VERB")
        )
        return first if kept else None
    if (
        first.lower_ == "keep"
        and len(content) > 1
        and content[1].lower_ in AS_IT_IS
        and not any(
            t.lower_ == "for" and not _for_a_length_of_time(content, n)
            for n, t in enumerate(content)
        )
    ):
        # "Keep open.", "Keep open for 4 wks"; "Keep open for CA assessment" says what for
        return first
    if (
        first.lower_ == "move"
        and len(content) > 2
        and content[1].lower_ == "to"
        and content[2].pos_ in {"NOUN", "PROPN", "ADJ"}
        and not content[2].like_num
    ):
        return first  # "Move to nursing.": the person's placement moved; "Move to 8pm" is a time
    return None


def _names_what(tokens: list[Token]) -> bool:
    """The words before a line's closing bare verb name what it keeps or closes: names and
    nouns, or a phrase with no finite verb ("Not going out alone", "Bank card held by
    Bev"), where "She said she would: continue" tells."""
    if all(t.pos_ in {"PROPN", "NOUN", "PUNCT"} for t in tokens):
        return True
    return any(t.pos_ in {"NOUN", "PROPN"} for t in tokens) and not any(
        (t.tag_ in FINITE_TAGS and not _participle_before_by(t)) or t.pos_ == "PRON" for t in tokens
    )


def _participle_before_by(word: Token) -> bool:
    """'held by Bev': a past form with its agent after it is a participle, whatever the
    tagger called it."""
    after = word.i + 1
    return word.tag_ == "VBD" and after < len(word.doc) and word.doc[after].lower_ == "by"


def held_on_hold(span: Span) -> Token | None:
    """'Carers assessment for Jim – on hold.', 'Mr Hale – still on hold.': a note puts what
    it names on hold, with no verb; the words before "on hold" (after the line's last dash,
    if any) name the case or the service and tell nothing ("She is on hold" is a phone
    call). "I have put the charge on hold" is the lexicon's "put on hold"."""
    lower = token_view(span.doc).lower
    if not any(lower[i] == "hold" for i in range(span.start, span.end)):
        return None  # most lines: no token object for each word
    tokens = words(span)
    for n, word in enumerate(tokens):
        if word.lower_ != "hold" or n == 0 or tokens[n - 1].lower_ != "on":
            continue
        before = tokens[: n - 1]
        if before and before[-1].lower_ == "still":
            before = before[:-1]
        while before and before[-1].text in DASHES | {":"}:
            before = before[:-1]  # "Carers assessment for Jim – on hold"
        dashes = [m for m, t in enumerate(before) if t.text in DASHES and between_words(t)]
        named = before[dashes[-1] + 1 :] if dashes else before
        named = [t for t in named if not (t.tag_ == "LS" or t.like_num)]
        while named and named[0].is_punct:
            named = named[1:]  # "- ", "2. "
        after = [t for t in tokens[n + 1 :] if not t.is_punct]
        if after and after[0].lower_ not in CONTINGENCIES:
            continue  # "on hold pending the outcome": what it waits on, which records split on
        if (
            named
            and _names_what(named)
            and not any(t.pos_ in {"VERB", "AUX"} or t.is_punct for t in named)
        ):
            return word  # "at rest centre, POC on hold" gives its reason first
    return None


# Words between "for" and the number of a length of time: "for a further 2 weeks".
_BEFORE_A_LENGTH = frozenset({"a", "an", "another", "further", "one"})


def _for_a_length_of_time(tokens: list[Token], n: int) -> bool:
    """``tokens[n]`` is "for" opening how long ("for 4 wks", "for 1 more week", "for a
    further 2 weeks"): a number after it says for how long the service is kept, where "for
    CA assessment" says what it is kept for."""
    if tokens[n].lower_ != "for":
        return False
    following = [t for t in tokens[n + 1 : n + 4] if t.lower_ not in _BEFORE_A_LENGTH]
    return bool(following) and following[0].like_num


def case_left_open(verb: Token, span: Span) -> bool:
    """'Case to remain open.', 'Case remains open to the team.', 'File to stay open to CP.':
    the case, the file or the referral stays open as it stands, for no length of time and
    until nothing, while the steps the note sets out go ahead. Nothing about the case is
    decided; the open steps are what keep it open. A case kept for a time ("Case to remain
    open for 3 months", "for now", "until the review") or for a purpose is a decision of its
    own, and so is a person's name standing for the case ("Irene to stay open"), and so is
    a case kept open with nothing set out before it in its paragraph."""
    if not any(not t.is_space for t in span.doc[: span.start]):
        return False  # "Case to remain open to the duty team." alone: the decision itself
    after = verb.i + 1
    if after >= span.end or verb.doc[after].lower_ != "open":
        return False
    before = [t for t in verb.doc[span.start : verb.i] if not (t.is_punct or t.is_space)]
    before = [t for t in before if t.lower_ not in {"to", "will", "should", "is", "be"}]
    if not before or before[-1].lemma_.lower() not in CLOSED_THINGS:
        return False
    rest = [t for t in verb.doc[after + 1 : span.end] if not (t.is_punct or t.is_space)]
    if rest and rest[0].lower_ not in {"to", "with"}:
        return False  # "open for 3 months", "open until the review", "open pending the OT"
    # Only whose the case is may follow: "to the team", "to CP", "with the hospital team".
    return not any(
        t.like_num or t.pos_ in {"ADP", "VERB", "AUX", "SCONJ", "CCONJ"} for t in rest[1:]
    )


def _as_it_is(word: Token) -> bool:
    """The verb of "as is", "as it is", "as they are": what is in place, kept."""
    before = [t.lower_ for t in word.doc[max(word.i - 2, 0) : word.i]]
    return word.lemma_.lower() == "be" and "as" in before
