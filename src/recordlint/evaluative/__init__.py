"""Evaluative predicates: where a sentence states a judgement about someone as if it were fact.

The fact-and-opinion rules ask, of a clause, four questions that this package answers on
spaCy's dependency parse (``Need.PARSE``), with the subjects layer (:mod:`recordlint.subjects`)
for who the clause is about:

- is the predicate evaluative? a certainty frame that turns an impression into a fact ("it is
  clear that", "obviously"), a prediction stated as fact ("will not manage at home", "is
  frail and will burn out"), a verdict on risk ("at high risk of falls"), a word
  that judges character or conduct ("is controlling"), one that reads a mind ("is
  frightened of him", "does not understand that", "has no motivation"), a verdict that
  someone cannot run their own affairs ("is unable to manage her finances") or that a state
  stops them ("is too unwell to understand the risks"), or a need that judges them ("Needs a
  push.", "needs 24hr supervision");
- is it said of the person or a relative (not of the writer, a thing or a service)?
- is it attributed to someone who said it (``speaker_of``)?
- is it evidenced, in the sentence or the next one ("because", numbers, what was seen)?

The words come from ``lexicons/opinion-markers.toml`` (certainty frames, prediction verbs,
risk words, evidence markers) and ``lexicons/person-evaluations.toml`` (character, feeling and
mental-state words, selected from a sentiment lexicon and reviewed). The rules decide which
combination counts; this package only finds and describes.

The package is split one concern a module:

* ``judgement``: the kinds of judgement and :class:`EvaluativePredicate`, what finders return.
* ``vocabulary``: the grammatical word sets the finders share.
* ``sentences``: sentences cut at line breaks, run-on parts, and evidence for a judgement.
* ``words``: the lexicon words the finders start from, the gate's terms, who a subject names.
* ``clauses``: clause tests the finders share (negated, subordinate, fragment starts).
* ``certainty_frames``, ``forecasts``, ``verdicts``, ``person``, ``rulings``: the finders, by kind.
* ``predicates``: :func:`evaluative_predicates`, every finder's predicates in text order.
"""

from __future__ import annotations

from recordlint.evaluative.clauses import NOTE_BREAKS, fragment_start
from recordlint.evaluative.judgement import EvaluativePredicate, Judgement
from recordlint.evaluative.predicates import evaluative_predicates
from recordlint.evaluative.sentences import (
    clause_start,
    content_lemmas,
    has_evidence,
    in_reason_clause,
    marker_matches,
    next_sentence,
    previous_sentence,
    reports_on,
    reports_speech,
    run_on_part,
    sentence_of,
)
from recordlint.evaluative.vocabulary import (
    ASPECTUAL,
    DEMONSTRATIVES,
    POSSIBILITY_MODALS,
    PREDICTIVE_MODALS,
)
from recordlint.evaluative.words import feeling_stated_as_fact, gate_terms, risk_words

__all__ = [
    "ASPECTUAL",
    "DEMONSTRATIVES",
    "NOTE_BREAKS",
    "POSSIBILITY_MODALS",
    "PREDICTIVE_MODALS",
    "EvaluativePredicate",
    "Judgement",
    "clause_start",
    "content_lemmas",
    "evaluative_predicates",
    "feeling_stated_as_fact",
    "fragment_start",
    "gate_terms",
    "has_evidence",
    "in_reason_clause",
    "marker_matches",
    "next_sentence",
    "previous_sentence",
    "reports_on",
    "reports_speech",
    "risk_words",
    "run_on_part",
    "sentence_of",
]
