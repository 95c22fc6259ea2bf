"""Every evaluative predicate in a document: each finder's predicates together, in text order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.evaluative.certainty_frames import candour, certainty
from recordlint.evaluative.forecasts import predictions
from recordlint.evaluative.person import person_predicates
from recordlint.evaluative.rulings import (
    changes,
    misstatements,
    motives,
    patterns,
    rulings,
    summing_up,
)
from recordlint.evaluative.verdicts import (
    conduct_verdicts,
    excesses,
    inabilities,
    needs_verdicts,
    risk_verdicts,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from recordlint.evaluative.judgement import EvaluativePredicate


def evaluative_predicates(doc: Doc) -> list[EvaluativePredicate]:
    """Every evaluative predicate in ``doc`` said of a person, a relative or nobody named
    (certainty frames also of things), in text order. Attribution and evidence are left to
    the caller: see :meth:`EvaluativePredicate.attributed` and :func:`has_evidence`."""
    found = [
        *certainty(doc),
        *candour(doc),
        *predictions(doc),
        *person_predicates(doc),
        *rulings(doc),
    ]
    found += risk_verdicts(doc)
    found += inabilities(doc)
    found += excesses(doc)
    found += needs_verdicts(doc)
    found += conduct_verdicts(doc)
    found += motives(doc)
    found += misstatements(doc)
    found += changes(doc)
    found += patterns(doc)
    found += summing_up(doc, {p.predicate.i for p in found})
    return sorted(found, key=lambda p: (p.cue_start, p.kind))
