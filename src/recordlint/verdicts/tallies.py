"""The counts kept while scoring: one rule's tally and one split's score, with the false
alarm rate and a key written as JSON. They stand apart from the scoring itself, which fills
them, and from the tables, which print them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from recordlint.verdicts.texts import (
    FindingKey,
    Verdict,
)


@dataclass(slots=True)
class RuleTally:
    """Counts for one rule (or all rules) on one split."""

    findings: int = 0
    judged_true: int = 0
    judged_false: int = 0
    debatable: int = 0
    unjudged: int = 0
    kept_true: int = 0  # judged true and raised again today
    lost_true: int = 0  # judged true but no longer raised
    false_still_raised: int = 0
    false_gone: int = 0

    @property
    def precision(self) -> float | None:
        judged = self.judged_true + self.judged_false
        return self.judged_true / judged if judged else None

    def add(self, other: RuleTally) -> None:
        for item in fields(self):
            setattr(self, item.name, getattr(self, item.name) + getattr(other, item.name))

    def to_dict(self, words: int) -> dict[str, Any]:
        return {
            "findings": self.findings,
            "true": self.judged_true,
            "false": self.judged_false,
            "debatable": self.debatable,
            "unjudged": self.unjudged,
            "precision": self.precision,
            "false_alarms_per_1000_words": false_alarm_rate(self.judged_false, words),
            "kept_true": self.kept_true,
            "lost_true": self.lost_true,
            "false_still_raised": self.false_still_raised,
            "false_gone": self.false_gone,
        }


@dataclass(slots=True)
class SplitScore:
    """Everything measured on one split (dev, holdout) of a real-text corpus."""

    texts: int = 0
    words: int = 0
    rules: dict[str, RuleTally] = field(default_factory=dict)
    unjudged: list[FindingKey] = field(default_factory=list)
    lost: list[Verdict] = field(default_factory=list)
    false_raised: list[Verdict] = field(default_factory=list)  # judged false, raised again
    acronym_gold: int = 0
    acronym_found: int = 0
    shown: int = 0  # findings as the writer sees them: a repeated term's uses count once

    def rule(self, code: str) -> RuleTally:
        return self.rules.setdefault(code, RuleTally())

    def overall(self) -> RuleTally:
        total = RuleTally()
        for tally in self.rules.values():
            total.add(tally)
        return total

    @property
    def acronym_recall(self) -> float | None:
        return self.acronym_found / self.acronym_gold if self.acronym_gold else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "texts": self.texts,
            "words": self.words,
            "rules": {code: t.to_dict(self.words) for code, t in sorted(self.rules.items())},
            "overall": self.overall().to_dict(self.words),
            "unjudged": [key_dict(k) for k in self.unjudged],
            "lost": [key_dict(v.key) for v in self.lost],
            "acronym_occurrences": self.acronym_gold,
            "acronym_occurrences_found": self.acronym_found,
            "acronym_occurrence_recall": self.acronym_recall,
            "findings_shown": self.shown,
        }


def false_alarm_rate(false_alarms: int, words: int) -> float | None:
    return 1000 * false_alarms / words if words else None


def key_dict(key: FindingKey) -> dict[str, Any]:
    return {"file": key.file, "code": key.code, "text": key.text, "occurrence": key.occurrence}
