"""The kinds of judgement and one evaluative predicate found: what every finder in this
package returns and every rule of fact and opinion reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from recordlint.evaluative.sentences import clause_start, own_right_edge, sentence_of
from recordlint.subjects import Referent, speaker_of

if TYPE_CHECKING:
    from spacy.tokens import Token


class Judgement(StrEnum):
    """What kind of judgement a predicate states."""

    CERTAINTY = "certainty"  # "it is clear that ...", "obviously": an impression made fact
    CANDOUR = "candour"  # "frankly there is no point", "realistically she will not cope"
    PREDICTION = "prediction"  # "will not manage at home much longer"
    CHARACTER = "character"  # "is controlling", "a very difficult man"
    FEELING = "feeling"  # "is frightened of him", "is relieved"
    MENTAL_STATE = "mental_state"  # "does not understand that", "has no motivation"
    PLAUSIBILITY = "plausibility"  # "which is unlikely", "this is not realistic"
    RISK = "risk"  # "at high risk of falls", "is a fire risk", "not safe at home"
    MOTIVE = "motive"  # "is doing this for attention", "deliberately being difficult"
    MISSTATING = "misstating"  # "minimises her drinking", "is exaggerating his pain"
    CHANGE = "change"  # "has deteriorated significantly", "has got much worse"
    CONDUCT = "conduct"  # "is not eating properly", "is drinking too much"


@dataclass(frozen=True, slots=True)
class EvaluativePredicate:
    """One evaluative predicate: its kind, the cue's tokens, the predicate's head, and who it
    is said of (``subject`` is None in fragments and impersonal frames)."""

    kind: Judgement
    cue_start: int
    cue_end: int
    predicate: Token
    subject: Token | None
    referent: Referent

    def clause(self, *, own: bool = False) -> tuple[int, int]:
        """Token range of the clause: from the subject (when it comes first) or the cue to the
        end of the predicate, within the sentence. With ``own``, a predicate that borrows its
        subject through coordination starts at its own words (see :func:`clause_start`)."""
        sentence = sentence_of(self.predicate)
        start = min(self.cue_start, self.predicate.i)
        if self.subject is not None and sentence.start <= self.subject.i < start:
            start = (
                clause_start(self.predicate, self.subject, start)
                if own
                else self.subject.left_edge.i
            )
        end = max(self.cue_end, min(own_right_edge(self.predicate) + 1, sentence.end))
        return max(start, sentence.start), min(end, sentence.end)

    def attributed(self) -> bool:
        """Whether the judgement is someone else's reported view ("her son said ...")."""
        doc = self.predicate.doc
        pointer = self.subject.lower_ if self.subject is not None else None
        if self.kind is Judgement.PLAUSIBILITY and pointer == "which":
            # "He says he has cut down, which is unlikely": the parser hangs the comment
            # inside the report, but it rules on the report, so it is the writer's.
            return False
        return speaker_of(self.predicate) is not None or speaker_of(doc[self.cue_start]) is not None
