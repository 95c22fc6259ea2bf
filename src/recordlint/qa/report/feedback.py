"""Feedback for one worker, to take into supervision.

The same figures as the report, for one author: what they do well, and what to work on
with examples from their own records and the standards those serve.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from recordlint.qa.report.audit import (
    Audit,
)
from recordlint.qa.report.figures import (
    Group,
    standard_title,
)
from recordlint.qa.report.pages import (
    environment,
)
from recordlint.standards import CLAUSES


@dataclass(frozen=True, slots=True)
class Strength:
    title: str
    detail: str


def strengths(worker: Group, everyone: Group, within_hours: float) -> list[Strength]:
    """What the worker does well, from the same figures: shares at or above the standard,
    and standards their records meet more often than the whole set's."""
    found: list[Strength] = []
    if worker.timed and worker.on_time == worker.timed:
        found.append(
            Strength(
                "Timely recording",
                f"All {worker.timed} of your case notes with dates were written within "
                f"{within_hours:g} hours.",
            )
        )
    if worker.voice_known and (worker.voice_share or 0) >= 0.9:
        found.append(
            Strength(
                "The person's voice",
                f"{worker.with_voice} of your {worker.voice_known} notes and assessments record "
                "what the person said, wants or feels.",
            )
        )
    for ref, clause in CLAUSES.items():
        mine = worker.per_100_words(worker.standards[clause.title])
        theirs = everyone.per_100_words(everyone.standards[clause.title])
        if mine is None or theirs is None or ref.startswith("1") or not theirs:
            continue
        if mine == 0:
            found.append(Strength(clause.title, "None of your records had findings here."))
        elif mine <= theirs / 2:
            found.append(
                Strength(
                    clause.title,
                    f"{mine:.2f} findings per 100 words, under half the rate across all "
                    f"records ({theirs:.2f}).",
                )
            )
    return found


def feedback_page(
    audit: Audit, author: str, *, title: str = "Recording feedback", generated: str = ""
) -> str:
    """A page for one worker: strengths, what to work on with examples from their own
    records (the words and the better wording), and the standards they serve."""
    worker = audit.authors[author]
    focus = [(code, count) for code, count in worker.rules.most_common(5)]
    examples: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in worker.members:
        for finding in row.examples:
            bucket = examples[str(finding.get("code"))]
            if len(bucket) < 3:
                bucket.append({**finding, "record": row.label})
    return (
        environment()
        .get_template("feedback.html.j2")
        .render(
            title=title,
            generated=generated,
            author=author,
            worker=worker,
            audit=audit,
            strengths=strengths(worker, audit.total, audit.within_hours),
            focus=focus,
            examples=examples,
            standard_of={
                code: standard_title(f.get("standard"))
                for code, found in examples.items()
                for f in found[:1]
            },
        )
    )
