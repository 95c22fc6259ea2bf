"""A decision said again: a closure that follows from the decision just before it ("Day
centre not suitable. Case closed. NFA."), or a second sentence on the same line that changes
the same service, wants the same reason, so the rule makes one finding of them.

It stands apart because it compares verdicts with each other rather than reading one
decision, and the paragraph's findings (``findings``) are all that use it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.rules.rationale.judge import Verdict
from recordlint.rules.rationale.units import Unit, services

if TYPE_CHECKING:
    from spacy.tokens import Doc

# How many sentences back a closure is read as the decision before it said again.
CLOSURE_REACH = 3


def last_decided(text: str, doc: Doc, verdicts: list[Verdict], n: int) -> Verdict:
    """The decision sentence ``n`` may say again: the sentence just before; for a closure,
    the last sentence on the same line within reach that decided something, when the
    sentences between decide nothing ("Does not meet threshold for s42. Home to complete
    internal investigation. NFA."). A closure on a line of its own, as in a list, is not
    one said again across the lines between."""
    verdict = verdicts[n]
    if not verdict.closure:
        return verdicts[n - 1]
    for m in range(n - 1, max(-1, n - 1 - CLOSURE_REACH), -1):
        gap = text[doc[verdicts[m].unit.end - 1].idx : doc[verdicts[m + 1].unit.start].idx]
        if "\n" in gap:
            return verdicts[n - 1]
        if verdicts[m].decided or verdicts[m].decision is not None:
            return verdicts[m]
    return verdicts[n - 1]


def same_change_on_the_line(text: str, before: Verdict, verdict: Verdict, doc: Doc) -> bool:
    """'- Miss D Walsh - reduce to 1 x AM call from 07/12. PM call to cease.': a second
    sentence on the same line that changes the same service as the one before completes
    that decision, so it is one finding."""
    if not before.unreasoned:
        return False
    gap = text[doc[before.unit.end - 1].idx : doc[verdict.unit.start].idx]
    if "\n" in gap:
        return False

    def services_named_in(unit: Unit) -> set[str]:
        return {
            t.lemma_.lower()
            for t in doc[unit.start : unit.end]
            if t.is_alpha and t.lemma_.lower() in services()
        }

    return bool(services_named_in(before.unit) & services_named_in(verdict.unit))
