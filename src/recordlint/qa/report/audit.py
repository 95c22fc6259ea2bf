"""Everything the report shows, gathered in one pass over the results, and two periods compared.

:class:`Audit` adds each record's row to the whole set, its team, its author and its month,
and keeps the plain-language terms found; :func:`compare` sets the headline figures of two
periods side by side.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from recordlint.qa.report.figures import (
    DEFAULT_TARGET_READING_AGE,
    DEFAULT_WITHIN_HOURS,
    LEGAL_TERM_RULE,
    PLAIN_CATEGORIES,
    READING_AGE_BANDS,
    TOP_TERMS,
    Group,
    RecordRow,
    Term,
    standard_title,
)
from recordlint.qa.report.records import (
    record_label,
    record_month,
    record_row,
)


@dataclass(slots=True)
class Audit:
    """Everything the report shows, gathered in one pass over the results."""

    within_hours: float = DEFAULT_WITHIN_HOURS
    target_age: float = DEFAULT_TARGET_READING_AGE
    total: Group = field(default_factory=Group)
    failures: list[tuple[str, str]] = field(default_factory=list)  # record, why
    by_category: Counter[str] = field(default_factory=Counter)
    by_standard: Counter[str] = field(default_factory=Counter)
    teams: defaultdict[str, Group] = field(default_factory=lambda: defaultdict(Group))
    authors: defaultdict[str, Group] = field(default_factory=lambda: defaultdict(Group))
    months: defaultdict[str, Group] = field(default_factory=lambda: defaultdict(Group))
    reading_ages: list[float] = field(default_factory=list)
    terms: dict[str, Term] = field(default_factory=dict)
    redacted: bool = False
    sources: set[str] = field(default_factory=set)

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def by_rule(self) -> Counter[str]:
        return self.total.rules

    def add(self, result: dict[str, Any]) -> None:
        if result.get("path"):
            self.sources.add(str(result["path"]))
        if result.get("kind") is None and result.get("errors"):
            self.failures.append((record_label(result), "; ".join(map(str, result["errors"]))))
            return
        findings = result.get("findings") or []
        metrics = result.get("metrics") or {}
        row = record_row(result, metrics, findings, self.within_hours)
        self.total.add(row, list_it=False)
        self.teams[row.team].add(row, list_it=True)
        self.authors[row.author].add(row, list_it=True)
        month = record_month(result, metrics)
        if month:
            self.months[month].add(row, list_it=False)
        age = metrics.get("uk_reading_age")
        if isinstance(age, int | float):
            self.reading_ages.append(float(age))
        for finding in findings:
            self._add_finding(finding, row)

    def _add_finding(self, finding: dict[str, Any], row: RecordRow) -> None:
        title = standard_title(finding.get("standard"))
        self.by_category[finding.get("category") or "other"] += 1
        self.by_standard[title] += 1
        for group in (self.total, self.teams[row.team], self.authors[row.author]):
            group.standards[title] += 1
        if finding.get("category") not in PLAIN_CATEGORIES:
            return
        text = finding.get("text")
        if text is None:
            self.redacted = True
            return
        key = " ".join(text.split()).casefold()
        term = self.terms.setdefault(key, Term(category=finding.get("category", "")))
        term.count += 1
        term.legal = term.legal or finding.get("code") == LEGAL_TERM_RULE
        term.shown[" ".join(text.split())] += 1
        if not term.suggestions and finding.get("suggestions"):
            term.suggestions = tuple(finding["suggestions"][:3])

    # -- views for the template ------------------------------------------------------

    def reading_bands(self) -> list[tuple[str, int]]:
        counts: Counter[str] = Counter()
        for age in self.reading_ages:
            for limit, label in READING_AGE_BANDS:
                if age <= limit:
                    counts[label] += 1
                    break
            else:
                counts["16 and over"] += 1
        labels = [label for _, label in READING_AGE_BANDS] + ["16 and over"]
        return [(label, counts[label]) for label in labels]

    def median_reading_age(self) -> float | None:
        return statistics.median(self.reading_ages) if self.reading_ages else None

    def top_terms(self) -> list[tuple[str, str, int, tuple[str, ...]]]:
        """(term, kind, count, suggestions); kind is "acronym", "jargon" or "legal term"."""
        ranked = sorted(self.terms.values(), key=lambda t: (-t.count, t.shown.most_common(1)))
        return [
            (
                t.shown.most_common(1)[0][0],
                "legal term" if t.legal else t.category,
                t.count,
                t.suggestions,
            )
            for t in ranked[:TOP_TERMS]
        ]

    def ranked(self, groups: dict[str, Group]) -> list[tuple[str, Group]]:
        """Every group, largest first, then by name."""
        return sorted(groups.items(), key=lambda item: (-item[1].records, item[0]))


def gather(
    results: Iterable[dict[str, Any]],
    within_hours: float = DEFAULT_WITHIN_HOURS,
    target_age: float = DEFAULT_TARGET_READING_AGE,
) -> Audit:
    audit = Audit(within_hours=within_hours, target_age=target_age)
    for result in results:
        audit.add(result)
    return audit


@dataclass(frozen=True, slots=True)
class Change:
    """One figure now and in the earlier period."""

    label: str
    now: float | None
    before: float | None
    unit: str  # "%" for shares, "" otherwise
    better_when: str  # "higher" or "lower"

    @property
    def delta(self) -> float | None:
        if self.now is None or self.before is None:
            return None
        return self.now - self.before

    @property
    def verdict(self) -> str:
        if self.delta is None or abs(self.delta) < 1e-9:
            return "no change" if self.delta is not None else "–"
        improved = (self.delta > 0) == (self.better_when == "higher")
        return "better" if improved else "worse"


def compare(now: Audit, before: Audit) -> list[Change]:
    """The headline figures side by side, for `report --compare`."""
    rows = [
        Change("Records checked", now.total.records, before.total.records, "", "higher"),
        Change(
            "Warnings per 100 words",
            now.total.warnings_per_100,
            before.total.warnings_per_100,
            "",
            "lower",
        ),
        Change(
            "Hints per 100 words", now.total.hints_per_100, before.total.hints_per_100, "", "lower"
        ),
        Change(
            f"Case notes recorded within {now.within_hours:g} hours",
            now.total.on_time_share,
            before.total.on_time_share,
            "%",
            "higher",
        ),
        Change(
            "Notes and assessments with the person's voice",
            now.total.voice_share,
            before.total.voice_share,
            "%",
            "higher",
        ),
        Change(
            "Median reading age",
            now.median_reading_age(),
            before.median_reading_age(),
            "",
            "lower",
        ),
    ]
    for title in sorted(set(now.by_standard) | set(before.by_standard)):
        rows.append(
            Change(
                f"{title}: findings per 100 words",
                now.total.per_100_words(now.by_standard[title]),
                before.total.per_100_words(before.by_standard[title]),
                "",
                "lower",
            )
        )
    return rows
