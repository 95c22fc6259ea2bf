"""Sentences and evidence: the sentence a token lies in (cut at line breaks), the parts of a
run-on narrative, the sentences either side, the marker phrases of
``lexicons/opinion-markers.toml``, and whether a sentence, or the next one, backs a
judgement ("because", numbers, what was seen or said).
"""

from __future__ import annotations

import functools
import re
from itertools import pairwise
from typing import TYPE_CHECKING

from recordlint.doc_access import doc_text
from recordlint.evaluative.vocabulary import ABOUT_PEOPLE, PERCEPTION, QUANTITIES, SPEECH
from recordlint.lexicon import load_lexicon, word_list
from recordlint.matching import LemmaPhrases, PhraseMatch, longest_first
from recordlint.subjects import Referent, referent_of, subject_of
from recordlint.token_view import token_view

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from recordlint.evaluative.judgement import EvaluativePredicate


def sentence_of(token: Token) -> Span:
    """The sentence holding ``token``, cut at line breaks: in records a new line starts a new
    statement even when the writer left out the full stop ("Managing toilet needs / No
    issues.")."""
    sent = token.sent
    doc = token.doc
    breaks = _line_breaks(doc)
    is_space = token_view(doc).is_space
    start = token.i
    while start > sent.start and not breaks[start - 1]:
        start -= 1
    end = token.i + 1
    while end < sent.end and not breaks[end - 1] and not is_space[end]:
        end += 1
    return doc[start:end]


_BREAKS_KEY = "recordlint.line_breaks"


def _line_breaks(doc: Doc) -> tuple[bool, ...]:
    """Per token, whether it or the space after it breaks the line (``_breaks_line``), read
    once per doc from its text and kept on it: no token object is made."""
    breaks: tuple[bool, ...] | None = doc.user_data.get(_BREAKS_KEY)
    if breaks is None:
        text = doc_text(doc)
        starts = [*doc.to_array("IDX").tolist(), len(text)] if len(doc) else [len(text)]
        # A token's text and the space after it run from its start to the next one's.
        breaks = tuple("\n" in text[a:b] for a, b in pairwise(starts))
        doc.user_data[_BREAKS_KEY] = breaks
    return breaks


# A sentence longer than this many words that strings clauses together with commas ("she
# is 86 and was admitted on 27/10 after a fall ..., I went through the pathway with her
# ..., Edna is a bit confused at times ...") is a run-on narrative: each clause is a
# statement of its own.
RUN_ON_WORDS = 30


# Marks that join the clauses of a run-on narrative when a new subject follows.
CLAUSE_JOINS = frozenset({",", ";", "and", "but", "so"})


def run_on_part(sentence: Span, token: Token, *, before: int = 0, after: int = 1) -> Span:
    """The part of a run-on sentence that can bear on the statement holding ``token``: its
    own clause and the one after it, where a clause starts after a comma, a semicolon or a
    conjunction that a new subject follows. A sentence of ordinary length is returned
    whole. Evidence, a marked opinion or a hedge several clauses away is about something
    else ("..., Edna is a bit confused at times but she has capacity for this decision in
    my view ..., P1 referral sent to the hub at 12:30"). ``before`` and ``after`` say how
    many clauses either side to take."""
    if sum(1 for t in sentence if t.is_alpha) <= RUN_ON_WORDS:
        return sentence
    doc = sentence.doc
    joins = [sentence.start]
    for join in sentence:
        if join.lower_ not in CLAUSE_JOINS or join.i == sentence.start:
            continue
        ahead = doc[join.i + 1 : min(join.i + 4, sentence.end)]
        subject = next(
            (t for t in ahead
             if t.dep_ in {"nsubj", "nsubjpass"} and t.head.i > t.i
             and t.head.pos_ in {"VERB", "AUX"}),
            None,
        )  # fmt: skip
        if subject is not None and not any(t.dep_ == "mark" for t in doc[join.i + 1 : subject.i]):
            joins.append(join.i + 1)  # not "..., but that she works full time": still reported
    joins.append(sentence.end)
    own = max(i for i, j in enumerate(joins[:-1]) if j <= token.i)
    end = joins[min(own + 1 + after, len(joins) - 1)]
    return doc[joins[max(own - before, 0)] : end]


def clause_start(predicate: Token, subject: Token, start: int) -> int:
    """Where the clause of ``predicate`` begins, given its subject before ``start``: at the
    subject, unless the predicate borrows it through coordination ("Son was evasive and is
    obviously trying to avoid paying"); then the second judgement's clause begins with its
    own words, so the first one's finding does not swallow it."""
    current = predicate
    while current.dep_ == "conj" and current.head.i != current.i:
        if any(c.i == subject.i for c in current.children):
            break
        current = current.head
        if any(c.i == subject.i for c in current.children):
            return min(start, predicate.left_edge.i)
    return subject.left_edge.i


def own_right_edge(predicate: Token) -> int:
    """The last token of the predicate's own words: a clause coordinated after it with a
    subject of its own ("is clearly burnt out and the family are not coping") is another
    statement, so it and the conjunction before it are left out."""
    end = predicate.right_edge.i
    for child in predicate.children:
        if child.dep_ != "conj" or child.i < predicate.i:
            continue
        if any(g.dep_ in {"nsubj", "nsubjpass"} and g.i < child.i for g in child.children):
            end = min(end, child.left_edge.i - 1)
    while end > predicate.i and (predicate.doc[end].dep_ == "cc" or predicate.doc[end].is_punct):
        end -= 1
    return end


def _breaks_line(token: Token) -> bool:
    return "\n" in token.text or "\n" in token.whitespace_


def next_sentence(sentence: Span) -> Span | None:
    doc = sentence.doc
    position = sentence.end
    while position < len(doc) and doc[position].is_space:
        position += 1
    return sentence_of(doc[position]) if position < len(doc) else None


def previous_sentence(sentence: Span) -> Span | None:
    doc = sentence.doc
    position = sentence.start - 1
    while position >= 0 and doc[position].is_space:
        position -= 1
    return sentence_of(doc[position]) if position >= 0 else None


@functools.cache
def markers(kind: str) -> tuple[tuple[str, ...], LemmaPhrases]:
    terms = tuple(e.term for e in load_lexicon("opinion-markers").entries if e.kind == kind)
    return terms, LemmaPhrases(terms)


def marker_matches(doc: Doc | Span, kind: str) -> list[tuple[PhraseMatch, str]]:
    """Non-overlapping matches of the opinion markers of ``kind``, longest first, each with
    its term in lower case."""
    terms, phrases = markers(kind)
    return [(m, terms[m.entry].lower()) for m in longest_first(phrases.matches(doc))]


def has_evidence(sentence: Span, after: int | None = None, *, judged_reason: bool = False) -> bool:
    """Whether a sentence carries its own evidence: an evidence marker ("because", "I saw",
    "for example"), numbers, the person's quoted words, a causal clause, or details after a
    colon (only after token ``after`` when given, so a heading colon does not count). A
    "since" or an "as" of time ("has been low since his wife died", "as treatment goes on")
    is no causal clause. With ``judged_reason``, a causal clause that holds token ``after``
    is the judgement itself given as the reason for something else ("wanders at night
    because he is bored"), so it is no evidence for it (see :func:`in_reason_clause`)."""
    doc = sentence.doc
    reason = (
        in_reason_clause(doc[after])
        if judged_reason and after is not None and after < len(doc)
        else None
    )
    if any(
        not (m.end - m.start == 1 and doc[m.start] == reason)
        for m, _ in marker_matches(sentence, "evidence")
    ):
        return True
    for token in sentence:
        if token.like_num and token.lower_ not in {"one"} and not _clock_time(token):
            return True
        if token.lower_ in QUANTITIES:
            return True
        if token.text in {'"', "“", "”"}:
            return True
        causal = token.dep_ == "mark" and token.lower_ in {"because", "since", "as"}
        if (
            causal
            and not _temporal_since(token)
            and not _temporal_as(token)
            and not _comparing_as(token)
            and token != reason
        ):
            return True
        if token.text in {":", ";", "–", "—"} and (after is None or token.i > after):
            rest = [t for t in sentence if t.i > token.i and t.is_alpha]
            if len(rest) >= 3:
                return True
    return False


# A time of day written as a decimal or a four-digit 24-hour clock: "09.25", "14.30", "0925".
CLOCK_TIME = re.compile(r"(?:[01]?\d|2[0-3])[.:]?[0-5]\d")


# Words that make the number before them a time of day: "9 am", "1430 hrs".
CLOCK_UNITS = frozenset({"am", "pm", "a.m.", "p.m.", "hrs", "hr", "h"})


CLOCK_LEADS = frozenset({"at", "@", "-", "–", "—", "(", "approx", "around", "by", "until", "till"})


def _clock_time(token: Token) -> bool:
    """Whether a number stamps when something was written or happened ("09.25 Mr G very low",
    "9am", "1430 hrs") rather than counting or measuring what was seen ("fell 3 times",
    "2.5 litres", "£12.50"): a log line's time says nothing about the judgement beside it."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is not None and following.lower_ in CLOCK_UNITS:
        return True
    if token.i > 0 and not token.nbor(-1).is_alpha and token.nbor(-1).is_currency:
        return False  # "£12.50": a sum
    text = token.text
    if CLOCK_TIME.fullmatch(text) is None or not ("." in text or len(text) == 4):
        return False
    # Where a log line puts its time: opening the line, or after "at", "@", a dash or a
    # bracket ("Call 2 (09.25)"); "12.50 pounds" or "weighs 60.25" measure.
    before = token.nbor(-1) if token.i > token.sent.start else None
    return before is None or before.lower_ in CLOCK_LEADS


def in_reason_clause(token: Token) -> Token | None:
    """The causal mark ("because", "as", "since" of a reason) of the clause that holds
    ``token``, when that clause gives the reason for what someone did or what happened
    ("Derek wanders at night because he is bored", "the review was done with the carer as
    Iris is unable to contribute"); None otherwise. A reason the writer gives for their own
    request or step ("as she is a vulnerable adult we need her to stay put") is not one:
    there the clause is why they act, which the rules read as evidence as before."""
    for head in (token, *token.ancestors):
        mark = next((c for c in head.children if c.dep_ == "mark"), None)
        if mark is None:
            continue
        if mark.lower_ not in {"because", "as", "since"} or _temporal_since(mark):
            return None
        if head.dep_ != "advcl":
            return None
        writer = (
            t
            for t in sentence_of(token)
            if t.dep_ in {"nsubj", "nsubjpass"} and t.lower_ in {"i", "we"} and t.head != head
        )
        # Where the step is the writer's, the parse often hangs the reason on the wrong verb,
        # so any "I" or "we" outside the reason's own subject will do.
        return None if any(writer) else mark
    return None


def _temporal_since(mark: Token) -> bool:
    """Whether "since" gives a starting time, not a reason: its clause hangs on a present
    perfect ("has become withdrawn since his wife died"), which asks "since when", or tells
    an event in the simple past beside a state that is not ("is depressed since Frank died",
    "is not coping well since he lost his job", "Pt v lonely since husband died"): the event
    dates the state; a reason says what is so ("since she lives alone")."""
    if mark.lower_ != "since":
        return False
    main = mark.head.head
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in main.children) and main.tag_ == "VBN":
        return True
    return _in_the_simple_past(mark.head) and not _in_the_simple_past(main)


def _in_the_simple_past(verb: Token) -> bool:
    """Whether a verb is in the simple past ("died", "lost", "did not come")."""
    return verb.tag_ == "VBD" or any(
        c.dep_ == "aux" and c.lemma_ == "do" and c.tag_ == "VBD" for c in verb.children
    )


def _temporal_as(mark: Token) -> bool:
    """Whether "as" tells what unfolds alongside, not a reason: its clause, in the present
    simple with no object, says something changes or goes on over time ("will need
    residential care as his sight deteriorates", "this may become an issue as treatment
    goes on", "as she gets older"), which asks "when", as a temporal "since" does. A reason
    says what is so ("as she lives alone", "as he has dementia")."""
    if mark.lower_ != "as" or mark.head.pos_ not in {"VERB", "AUX"}:
        return False
    verb = mark.head
    if verb.tag_ not in {"VBZ", "VBP"} or any(
        c.dep_ in {"dobj", "xcomp", "ccomp"} for c in verb.children
    ):
        return False
    if verb.lemma_.lower() in word_list("change_word"):
        return True  # "as his sight deteriorates"
    children = list(verb.children)
    if any(c.dep_ == "prt" and c.lower_ == "on" for c in children):
        return True  # "as treatment goes on", "as time goes on"
    # "as she gets older", "as he grows weaker": a comparative after a verb of becoming.
    return any(c.dep_ in {"acomp", "oprd"} and c.tag_ == "JJR" for c in children)


def _comparing_as(mark: Token) -> bool:
    """Whether "as" is the second of "as ... as", which compares, times or sets a condition
    ("is not coping as well as she says she is", "went silent as soon as he walked in", "as
    long as she takes her tablets"), not a reason: a reason says what is so ("as she lives
    alone"). The word before the mark is the degree word that the first "as" opens."""
    if mark.lower_ != "as" or mark.i < 2:
        return False
    degree = mark.nbor(-1)
    return mark.nbor(-2).lower_ == "as" and degree.pos_ in {"ADV", "ADJ"}


def reports_speech(sentence: Span) -> bool:
    """Whether a sentence reports what someone said or showed, or what the writer saw or
    heard: evidence for a judgement in the sentence before."""
    for token in sentence:
        lemma = token.lemma_.lower()
        if lemma in SPEECH:
            subject = subject_of(token)
            if subject is None or referent_of(subject) is not Referent.WRITER:
                return True
        if lemma in PERCEPTION:
            return True
    return False


def reports_on(sentence: Span, predicate: EvaluativePredicate) -> bool:
    """Whether a sentence reports what someone said or showed, or what the writer saw or
    heard, that bears on the judgement in ``predicate``: the one judged speaking ("She said
    she misses him" after "She is lonely"), an observation, or anyone's words about the same
    thing (a content word of the judgement's clause again). Others' words about something
    else ("He knows exactly what he is doing. Staff say he is fine with the day team") do not
    show the judgement."""
    doc = predicate.predicate.doc
    topic = content_lemmas(doc[slice(*predicate.clause())], leave_out=SPEECH | PERCEPTION)
    for token in sentence:
        lemma = token.lemma_.lower()
        if lemma in PERCEPTION:
            return True
        if lemma not in SPEECH:
            continue
        speaker = subject_of(token)
        if speaker is not None and referent_of(speaker) is Referent.WRITER:
            continue
        if speaker is None or _same_one(speaker, predicate.subject):
            return True
        if topic & content_lemmas(doc[token.i + 1 : sentence.end], leave_out=SPEECH | PERCEPTION):
            return True
    return False


def content_lemmas(span: Span, leave_out: frozenset[str] = frozenset()) -> set[str]:
    """The lower-case lemmas of a span's content words (nouns, names, verbs, adjectives that
    are not stop words), less those in ``leave_out``: what two stretches of text must share
    to be about the same thing."""
    return {
        t.lemma_.lower()
        for t in span
        if t.pos_ in {"NOUN", "PROPN", "VERB", "ADJ"}
        and not t.is_stop
        and t.lemma_.lower() not in leave_out
    }


def _same_one(speaker: Token, subject: Token | None) -> bool:
    """Whether the speaker may be the one a judgement is said of: the same words, a personal
    pronoun for a person, or the person the record is about in both."""
    if subject is None:
        return referent_of(speaker) is Referent.PERSON
    if speaker.lower_ == subject.lower_:
        return True
    said_of = referent_of(subject)
    if speaker.pos_ == "PRON":
        return referent_of(speaker) is Referent.PERSON and said_of in ABOUT_PEOPLE
    return referent_of(speaker) is Referent.PERSON and said_of is Referent.PERSON
