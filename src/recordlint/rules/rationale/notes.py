"""Decisions the lexicon has no word for, in the shapes notes give them ("Placement to
continue", "Case kept open", "Your homecare will end"), and changes to a service."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from recordlint.doc_access import doc_text
from recordlint.lexicon import word_list
from recordlint.rules.rationale.services import (
    a_service,
    decided_about,
    kept_on_or_open,
    names_a_service,
    note_infinitive,
    someone,
)
from recordlint.rules.rationale.syntax import between_words, has_subject, label_of, words
from recordlint.rules.rationale.units import NOT_AHEAD, decision_terms, services
from recordlint.rules.rationale.words import (
    AS_IT_IS,
    CHANGING_AN_AMOUNT,
    CHANGING_IN_FUTURE,
    CLOSED_THINGS,
    CONTINUING,
    DECISION_LABELS,
    ENDING,
    FUTURE,
    KEPT_AS_IT_IS,
    LEFT_AS_IT_IS,
    PHONE_WORDS,
    REFUSING,
    REFUSING_MODALS,
    TELLING,
)
from recordlint.segments import DASHES
from recordlint.subjects import Referent, referent_of
from recordlint.token_view import token_view

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def note_style_decisions(span: Span) -> Iterator[tuple[int, int]]:
    """Decisions the lexicon has no word for, in the shapes notes and letters give them:
    "Placement to continue", "1:1 hours to remain at 40", "Case kept on the duty list",
    "Your homecare will end on 4 April", "You will not be offered a review", "Guide dog
    referral not to be made"."""
    written = doc_text(span.doc)[span.start_char : span.end_char]
    refusing_ahead = NOT_AHEAD.search(written.lower()) is not None
    bare = _bare_note_verb(span)
    if bare is not None:
        yield bare.i, bare.i + 1
    doc = span.doc
    view = token_view(doc)
    for index in range(span.start, span.end):
        # Only a word of one of the shapes below, or any verb when a refusal ahead is in
        # the text, can be yielded; every other word is passed over without a token object.
        lemma = view.lemma[index]
        if lemma not in _NOTE_SHAPE_LEMMAS and not (
            view.pos[index] in _VERBS and (refusing_ahead or lemma in _NOTE_SHAPE_VERBS)
        ):
            continue
        token = doc[index]
        if bare is not None and token.i == bare.i:
            continue
        lemma = token.lemma_.lower()
        if lemma in CONTINUING and note_infinitive(token, span):
            if not _case_left_open(token, span):
                yield token.i, token.i + 1
            continue
        if lemma in CHANGING_AN_AMOUNT and _amount_changed(token, span):
            yield token.i, token.i + 1
            continue
        if lemma in ENDING and (_service_to_be_ended(token) or _service_ended(token)):
            yield token.i, token.i + 1
            continue
        if lemma in REFUSING and _request_refused(token):
            yield token.i, token.i + 1
            continue
        if lemma in LEFT_AS_IT_IS and _service_left_as_it_is(token):
            yield token.i, token.i + 1
            continue
        if token.pos_ not in _VERBS:
            continue
        auxiliaries = {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}
        negated = any(c.dep_ == "neg" for c in token.children)
        if (
            refusing_ahead
            and negated
            and auxiliaries & (FUTURE | {"to"})
            and _service_refused_ahead(token)
        ):
            yield token.i, token.i + 1
            continue
        subject = has_subject(token)
        if lemma in CHANGING_IN_FUTURE and auxiliaries & FUTURE:
            if lemma == "change" and not negated:
                continue
            if any(c.dep_ in {"xcomp", "ccomp"} for c in token.children):
                continue  # "the day centre will continue to provide lunch": a description
            if subject is not None and names_a_service(subject):
                yield token.i, token.i + 1
        elif (
            lemma in KEPT_AS_IT_IS
            and token.tag_ in {"VBZ", "VBP"}
            and subject is not None
            and names_a_service(subject)
            and not any(t.dep_ in {"det", "poss"} for t in subject.subtree)
            and not any(
                c.dep_ in {"xcomp", "ccomp"}
                or (c.dep_ in {"acomp", "oprd"} and c.lemma_.lower() not in AS_IT_IS)
                for c in token.children
            )
        ):  # notes drop the article; "The plan continues with ..." describes the plan
            if not _case_left_open(token, span):
                yield token.i, token.i + 1  # "Outcome: Plan continues", "Package remains same"
        elif lemma in {"offer", "provide", "give"} and negated and auxiliaries & FUTURE:
            if subject is not None and subject.dep_ == "nsubjpass":
                yield token.i, token.i + 1  # "You will not be offered ongoing support"
        elif (
            lemma == "keep"
            and token.tag_ in {"VBD", "VBN"}
            and not auxiliaries - {"was"}
            and subject is not None
            and a_service(subject)
            and kept_on_or_open(token)
        ):
            yield token.i, token.i + 1


# Who a refusal is told to, besides a pronoun: "Mrs Ode", "the agency".
_NAMED = frozenset({"PROPN", "NOUN"})


def refusals_told(span: Span) -> Iterator[tuple[int, int]]:
    """'Told her no.', 'Told him we can't guarantee male carers every day', 'Have told the
    home we won't take their second bed': the writer reports telling someone the service's
    refusal, with a bare "no" or with "we" and a negated modal. The refusal is made in the
    telling, and wants its reason as any other; "nobody told me no", "the home told her we
    could not visit" and "she was told no" report someone else's words."""
    view = token_view(span.doc)
    if not any(view.lemma[i] in TELLING for i in range(span.start, span.end)):
        return  # most sentences: no token object for each word
    for token in span:
        if token.lemma_.lower() not in TELLING or token.tag_ not in {"VBD", "VBN"}:
            continue
        if any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children):
            continue
        teller = has_subject(token)
        if teller is not None and referent_of(teller) is not Referent.WRITER:
            continue
        told = next((c for c in token.children if c.dep_ in {"dobj", "dative"}), None)
        if told is None or told.lower_ == "no" or not (told.tag_ == "PRP" or told.pos_ in _NAMED):
            continue
        after = told.i + 1
        if (
            after < span.end
            and span.doc[after].lower_ == "no"
            and (after + 1 >= span.end or span.doc[after + 1].is_punct)
        ):
            yield token.i, token.i + 1  # "Told her no."
            continue
        for clause in token.children:
            if clause.dep_ != "ccomp" or clause.i < told.i:
                continue
            subject = has_subject(clause)
            if subject is None or subject.lower_ != "we":
                continue
            modals = {c.lower_ for c in clause.children if c.dep_ == "aux" and c.tag_ == "MD"}
            negated = any(c.dep_ == "neg" for c in clause.children)
            if negated and modals & REFUSING_MODALS:
                yield token.i, token.i + 1  # "Told him we can't guarantee male carers"
                break


_VERBS = frozenset({"VERB", "AUX"})
# The lemmas note_style_decisions reads whatever their part of speech, and those it
# reads only as verbs.
_NOTE_SHAPE_LEMMAS = CONTINUING | ENDING | REFUSING | LEFT_AS_IT_IS | CHANGING_AN_AMOUNT
_NOTE_SHAPE_VERBS = CHANGING_IN_FUTURE | KEPT_AS_IT_IS | {"offer", "provide", "give", "keep"}


# The verbs _bare_note_verb can return: one opening the line, or one closing it after a dash.
_BARE_NOTE_VERBS = KEPT_AS_IT_IS | {"close", "keep"}
# A note's closure opening its line before a dash or where it went ("Closed - signposted",
# "Closed to ASC"), which the tagger often takes for a name.
_CLOSING_OPENERS = frozenset({"closed"})


def _bare_note_verb(span: Span) -> Token | None:
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
    if not content or any(
        t.tag_ in {"VBD", "VBZ", "VBP", "MD"} and not _as_it_is(t) for t in content[1:]
    ):
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
    dashes = [n for n, t in enumerate(tokens) if t.text in DASHES and between_words(t)]
    if len(content) >= 2 and dashes and content[-1].lower_ in _BARE_NOTE_VERBS:
        last = content[-1]
        if tokens[dashes[-1]].i == last.i - 1 and all(
            t.pos_ in {"PROPN", "NOUN", "PUNCT"} for t in tokens[: dashes[-1]]
        ):
            return last  # "Mrs Lambert – close": the line names whose case, then decides
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


def _case_left_open(verb: Token, span: Span) -> bool:
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


def _service_refused_ahead(verb: Token) -> bool:
    """'Guide dog referral not to be made', 'A Care Act assessment will not be completed',
    'We will not be completing an assessment': a service or an assessment that will not
    be done, said of the thing done, by the service or by nobody named."""
    done = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if done is None:
        doer = has_subject(verb)
        if doer is None and verb.dep_ == "conj":
            doer = has_subject(verb.head)  # "she needs help and will not manage"
        if doer is not None and referent_of(doer) not in {Referent.WRITER, Referent.ORGANISATION}:
            return False
        done = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return done is not None and not someone(done) and decided_about(done)


def _amount_changed(verb: Token, span: Span) -> bool:
    """'Double-up pm call to reduce to 30 min', 'Your support will reduce from 10 hours per
    week to 6 hours per week': a service's amount changed, with the change verb used without
    an object, in a note's infinitive or in a letter's future with the service as subject.
    The new or old amount follows ("to 30 min", "from 10 hours"); without one, or with an
    object, the verb says what something does ("to reduce her isolation") or a thing
    changing by itself ("her anxiety will reduce")."""
    if any(c.dep_ in {"dobj", "nsubjpass", "auxpass"} for c in verb.children):
        return False
    amount = any(
        c.dep_ == "prep"
        and c.lower_ in {"to", "from"}
        and any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children
    )
    if not amount:
        return False
    if note_infinitive(verb, span):
        return any(names_a_service(t) for t in span if t.i < verb.i)
    if _service_word_before_to(verb, span):
        return True
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    subject = has_subject(verb)
    return (
        bool(auxiliaries & (FUTURE - {"would"}))
        and subject is not None
        and names_a_service(subject)
    )


def _service_word_before_to(verb: Token, span: Span) -> bool:
    """'Double-up pm call to reduce to 30 min': the note's service noun just before "to",
    which the tagger took for the line's verb ("call/VBP"); nothing before it is a verb."""
    to = verb.i - 1
    if to - 1 < span.start or verb.doc[to].lower_ != "to":
        return False
    noun = verb.doc[to - 1]
    before = [t for t in verb.doc[span.start : noun.i] if not t.is_space]
    return (
        noun.lower_ in services()
        and noun.pos_ in _VERBS
        and not any(t.pos_ in _VERBS or t.pos_ == "PRON" for t in before)
    )


def _service_to_be_ended(verb: Token) -> bool:
    """'Placement to be ended', 'The DP is to be ended': a service ended, in the passive
    of a note or of a formal record ("the call was ended" is an event, with no "to")."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if verb.tag_ != "VBN" or not {"to", "be"} <= auxiliaries:
        return False
    subject = has_subject(verb)
    if subject is None and verb.dep_ == "xcomp":
        subject = has_subject(verb.head)  # "The DP is to be ended"
    if subject is None and verb.dep_ in {"acl", "relcl"}:
        subject = verb.head  # "Placement to be ended": the parse hangs it on the noun
    return subject is not None and names_a_service(subject)


def _service_ended(verb: Token) -> bool:
    """'Shower call stopped', 'Sitting service ceased from Monday': a service ended, in a
    note's passive with its auxiliary dropped. With an article or an owner the noun is
    described ("the call ended", "her visit stopped"), and a phone call ends by itself."""
    if verb.tag_ not in {"VBN", "VBD"} or any(
        c.dep_ in {"aux", "auxpass", "dobj", "xcomp", "agent"} or c.lower_ == "by"
        for c in verb.children
    ):
        return False  # "Placement ended by the home": who ended it is named
    subject = has_subject(verb)
    if subject is None and verb.dep_ == "acl":
        subject = verb.head
    return (
        subject is not None
        and subject.i < verb.i
        and names_a_service(subject)
        and not any(t.dep_ in {"det", "poss"} for t in subject.subtree)
        and not any(t.lower_ in PHONE_WORDS for t in subject.subtree)
        and not _a_call_unnamed(subject)
    )


def _a_call_unnamed(noun: Token) -> bool:
    """'Call ended abruptly': a call with nothing to say which visit it is is the
    conversation being recorded, which ends by itself; a visit of the care is named by its
    time or kind ("Lunch call stopped", "teatime call ended", "2nd call ceased")."""
    return noun.lemma_.lower() == "call" and not any(
        c.dep_ in {"compound", "amod", "nmod", "nummod"} for c in noun.children
    )


def _request_refused(verb: Token) -> bool:
    """'Your claim for heating has been refused', 'Application rejected': what someone asked
    the service for (the shared word list "decided_thing"), refused in the passive. Said of
    people, "refused" is their own choice ("He refused the carers"). A note drops the "was",
    so the tagger may read the past tense ("Request to backdate the charge refused"): what
    was asked for refuses nothing itself, so that is the passive too."""
    if verb.tag_ not in {"VBN", "VBD"} or any(c.dep_ in {"dobj", "agent"} for c in verb.children):
        return False
    subject = has_subject(verb)
    if subject is None and verb.dep_ == "acl":
        subject = verb.head
    return subject is not None and subject.lemma_.lower() in word_list("decided_thing")


def _service_left_as_it_is(word: Token) -> bool:
    """'Package of care unchanged', 'POC otherwise unchanged': a note that keeps a service
    as it is, with no verb; "Her mobility unchanged" and "Flat unchanged" observe."""
    if word.pos_ != "ADJ" or word.dep_ != "ROOT":
        return False
    subject = has_subject(word)
    return (
        subject is not None
        and names_a_service(subject)
        and not any(t.dep_ in {"det", "poss"} for t in subject.subtree)
    )


def service_changes(span: Span) -> Iterator[tuple[int, int]]:
    """A change to a service in a note's shape, with a verb the lexicon marks as changing a
    service: "Lunch call to be removed from Monday", "Surplus to be reclaimed", "Medication
    prompts added to POC". In a full sentence with a subject these describe ("we added a
    rail"), so only the subjectless note shapes count, and only about a service."""
    index = decision_terms("change")
    for start, end in index.find(span):
        verb = span.doc[start]
        particles = span.doc[start + 1 : end]  # "Case to be stepped down"
        if verb.tag_ != "VBN" or any(t.dep_ not in {"prt", "advmod"} for t in particles):
            continue
        auxiliaries = [c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}]
        if auxiliaries == ["to", "be"] or (not auxiliaries and verb.dep_ in {"ROOT", "acl"}):
            changed = has_subject(verb)
            if changed is None and verb.dep_ in {"acl", "relcl", "advcl"}:
                changed = verb.head  # "Lunch call to be removed": the parse hangs it on "call"
            if changed is not None and names_a_service(changed):
                yield start, end
            elif auxiliaries == ["to", "be"] and _noun_before_to(verb, span):
                yield start, end  # "Bridging care to be sourced": "care" taken for an object


def _noun_before_to(verb: Token, span: Span) -> bool:
    """'Bridging care to be sourced from Fri': the note names the service just before its
    "to be", where the parse took the line's first word for a verb and the service for its
    object."""
    to = next((c for c in verb.children if c.lower_ == "to"), None)
    if to is None or to.i - 1 < span.start:
        return False
    noun = verb.doc[to.i - 1]
    return noun.pos_ == "NOUN" and noun.dep_ == "dobj" and names_a_service(noun)
