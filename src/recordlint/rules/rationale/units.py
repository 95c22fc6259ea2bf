"""The decisions lexicon compiled for lookups, the quick test on raw text that a record may
record a decision (:func:`may_record_a_decision`), and the units (sentences and lines) a
record is read in (:func:`units_of`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from recordlint.inflection import word_forms
from recordlint.lexicon import load_lexicon, word_list
from recordlint.matching import TermIndex, term_words
from recordlint.rules.rationale.words import (
    CHANGING_IN_FUTURE,
    CONTINUING,
    DECIDED_BESIDES_SERVICES,
    FUTURE,
    KEPT_AS_IT_IS,
    LEFT_AS_IT_IS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence, cut at line breaks: tokens [start, end) of the paragraph's Doc."""

    start: int
    end: int


@cache
def decision_terms(kind: str) -> TermIndex:
    entries = load_lexicon("decisions").entries
    return TermIndex(e.term for e in entries if e.kind == kind)


@cache
def work_withheld() -> frozenset[str]:
    """What a note says a team or a service will do no more of, named after it: "role" ("No
    ASC role") and the nouns closing the decisions lexicon's "no further" terms ("No further
    OT input", "No further ASC action", "No further IMCA involvement")."""
    nouns = {
        words[-1]
        for e in load_lexicon("decisions").entries
        if e.kind == "decision"
        and len(words := term_words(e.term)) == 3
        and words[:2] == ("no", "further")
    }
    return frozenset({"role", *nouns})


@cache
def _work_withheld_cue() -> re.Pattern[str]:
    """The gate's cue for "No [further] ASC role", "no further OT input" (verdicts.not_for_us)."""
    nouns = "|".join(sorted(re.escape(n) for n in work_withheld()))
    return re.compile(rf"\bno\s+(?:further\s+)?\S+\s+(?:{nouns})\b")


@cache
def hearsay_verbs() -> frozenset[str]:
    """Verbs that report someone else's words (the decisions lexicon's ``hearsay``)."""
    return frozenset(e.term for e in load_lexicon("decisions").entries if e.kind == "hearsay")


@cache
def vouching_verbs() -> frozenset[str]:
    """Verbs that vouch for an outcome (the decisions lexicon's ``vouching``): denied, the
    outcome after them is still to come ("I cannot promise it will be agreed")."""
    return frozenset(e.term for e in load_lexicon("decisions").entries if e.kind == "vouching")


@cache
def using_verbs() -> frozenset[str]:
    """Verbs of putting what was decided to use (the decisions lexicon's ``using``): the
    person planning to do so says what the decision is for ("which you plan to use for
    taxis")."""
    return frozenset(e.term for e in load_lexicon("decisions").entries if e.kind == "using")


@cache
def services() -> frozenset[str]:
    """What a service provides (the shared word list "service"), so that "your homecare
    will end" counts and "her pain will not change" does not."""
    return word_list("service")


@cache
def verdict_subjects() -> frozenset[str]:
    return services() | DECIDED_BESIDES_SERVICES


@cache
def wish_terms() -> TermIndex:
    entries = load_lexicon("speech").entries
    return TermIndex(e.term for e in entries if e.kind == "wish_verb")


def find_terms(doc: Doc | Span, terms: TermIndex | str) -> Iterator[tuple[int, int]]:
    """Token ranges (doc indices) of ``terms`` (or the decisions lexicon's terms of that
    kind), matched word by word on the words as written or on their lemmas."""
    index = decision_terms(terms) if isinstance(terms, str) else terms
    return index.find(doc)


# Words the parser marks as negating a verb ("neg"), besides the "not" and "n't" that
# negated_verdicts reads before a verdict: the gate below must not miss any of them.
_NEGATING = re.compile(
    r"\b(?:not|no|nor|never|neither|none|nothing|nobody|nowhere|cannot|nt)\b|n['’]t\b"
    r"|\b(?:do|does|did|is|are|was|were|has|have|had|ca|can|could|should|would|wo|must"
    r"|need|ai|might|sha)nt\b"  # "dont", "isnt": the tokenizer splits off "nt"
)
# A negation with a future or "to be" next to it: "will not be", "not to be made", "won't".
# The shape that reads a service refused ahead (_service_refused_ahead) asks for it in its
# sentence, so the gate, which asks for it in the paragraph, lets every such sentence in.
NOT_AHEAD = re.compile(
    r"\b(?:not|never)\s+(?:to|be)\b|(?:\b(?:will|shall|would|wo)|'ll)\s*(?:not|never|n['’]t|nt)\b"
)
# "Shower call stopped": the gate's cue for _service_ended, the past forms of ENDING.
_ENDED = re.compile(r"\b(?:ended|stopped|ceased)\b")
# "Claim refused": the gate's cue for _request_refused.
_REFUSED = re.compile(r"\b(?:refused|rejected)\b")
# "Told her no", "Advised him we can't": the gate's cue for notes.refusals_told.
_TOLD = re.compile(r"\b(?:told|advised|informed)\b")
# "Not for s42", "No role for EDT", "Not s42", "Not an ASC matter": the gate's cue for
# not_for_us, beside _work_withheld_cue (it reads lower case, so any "not a" and two words
# stand for the last).
_NOT_FOR = re.compile(
    r"\b(?:not|no\s+role)\s+for\b"
    r"|\bnot\s+(?:an?\s+)?(?:safeguarding|s\.?42)\b|\bnot\s+an?\s+\w+\s+\w+"
)
# "No" with its capital, which opens a line or a sentence: the gate's cue for
# verdicts.service_withheld ("No POC at present.", "- No CLDT referral.").
_NO_OPENING = re.compile(r"\bNo\b")
# A priority code ("P1") or a RAG rating ("rated amber"): the gate's cue for priority_set.
# A line opening with a rating's label: "RAG rating: Amber.", "- Risk: High.", "Risk level -
# HIGH." (priority_set).
_RATING_LABEL = re.compile(
    r"^[ \t]*[-*•]?[ \t]*(?:rag|risk)(?: rating| level)?[ \t]*[:\-–—]", re.I | re.M
)
_PRIORITY_SET = re.compile(r"\bP[0-4]\b|\brated\s+(?:red|amber|green)\b", re.IGNORECASE)
# The service saying it cannot give something, "we cannot offer", "unable to provide": the
# gate's other cue, beside a future, for the verbs of _FUTURE_ONLY (notes._service_cannot).
_CANNOT = re.compile(r"\b(?:cannot|can['’]?t|unable)\b")
# A future auxiliary (FUTURE) anywhere in the text, as the gate reads it.
# ("wo" is read as "won", the text of "won't", so that "work" and "two" are no cue.)
_FUTURE_CUE = re.compile(
    "|".join(re.escape("won" if word == "wo" else word) for word in sorted(FUTURE))
)
# The lemmas the note shapes read (see note_style_decisions), by what else they need:
# CONTINUING after "to"; KEPT_AS_IT_IS in the present; the rest with a future auxiliary.
_KEEPING = frozenset({"keep", "move", "hold"})  # "Keep open.", "Move to nursing.", "On hold."
_FUTURE_ONLY = CHANGING_IN_FUTURE | {"offer", "provide", "give"}


def _cues(word: str) -> tuple[str, ...]:
    """Strings, one of which a token's lower-case text holds whenever its text or its lemma
    is ``word``: the word's start, which its regular inflections keep ("clos" in "closing",
    "appl" in "applied"), and its irregular forms ("said" for "say"); "n't" for "not"."""
    if word == "not":
        return ("not", "n't", "n’t", "nt")
    stem = word[:-1] if len(word) > 2 and word[-1] in "eyf" else word
    return (stem, *sorted(f for f in word_forms(word) if not f.startswith(stem)))


@cache
def _term_cues(*kinds: str) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """For each decisions-lexicon term of these kinds, the cues of each of its words."""
    entries = load_lexicon("decisions").entries
    terms = {term_words(e.term) for e in entries if e.kind in kinds}
    return tuple(tuple(_cues(word) for word in term) for term in sorted(terms) if term)


@cache
def _lemma_cues(lemmas: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted({cue for lemma in lemmas for cue in _cues(lemma)}))


def _any_term(text: str, terms: tuple[tuple[tuple[str, ...], ...], ...]) -> bool:
    return any(all(any(c in text for c in word) for word in term) for term in terms)


def _any_cue(text: str, cues: tuple[str, ...]) -> bool:
    return any(cue in text for cue in cues)


def may_record_a_decision(text: str) -> bool:
    """False only when ``decisions_in`` can find no decision in ``text``: no word of a
    decision or service-change term, no negated verdict, no note-shape verb. Such a
    paragraph needs no parse for this rule; what it tells the paragraphs either side
    (a reason, a wish) is asked for only where one of them needs it (see the finalizer)."""
    lower = text.lower()
    if _any_term(lower, _term_cues("decision", "change")):
        return True
    if _NEGATING.search(lower) and _any_term(lower, _term_cues("verdict", "not_done")):
        return True
    if NOT_AHEAD.search(lower) or _NOT_FOR.search(lower) or _work_withheld_cue().search(lower):
        return True
    if _any_cue(lower, _lemma_cues(KEPT_AS_IT_IS | _KEEPING | LEFT_AS_IT_IS)):
        return True
    if "to" in lower and _any_cue(lower, _lemma_cues(CONTINUING)):
        return True
    if _ENDED.search(lower) or _REFUSED.search(lower) or _TOLD.search(lower):
        return True
    if _NO_OPENING.search(text):
        return True  # "No POC at present.": see service_withheld
    if "eligib" in lower:
        return True  # "Eligible.", "meets eligibility": see eligibility_found
    if "priorit" in lower or _PRIORITY_SET.search(text) or _RATING_LABEL.search(text):
        return True  # "Triage: priority 2", "Upgraded to P1", "RAG rated amber", "Risk: High."
    if _FUTURE_CUE.search(lower) is None and _CANNOT.search(lower) is None:
        return False
    return _any_cue(lower, _lemma_cues(_FUTURE_ONLY))


def may_tell_a_death(text: str) -> bool:
    """False only when ``deaths.deaths_told`` can find no death in ``text``: no word of the
    decisions lexicon's ``death`` terms."""
    return _any_term(text.lower(), _term_cues("death"))


def units_of(doc: Doc) -> list[Unit]:
    """Sentences of ``doc``, also cut where the text breaks the line."""
    units: list[Unit] = []
    for sentence in doc.sents:
        start = sentence.start
        for token in sentence:
            if token.is_space and "\n" in token.text:
                if token.i > start:
                    units.append(Unit(start, token.i))
                start = token.i + 1
        if sentence.end > start:
            units.append(Unit(start, sentence.end))
    return [u for u in units if any(not doc[i].is_space and not doc[i].is_punct
                                    for i in range(u.start, u.end))]  # fmt: skip
