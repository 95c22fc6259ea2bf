"""The audit report: one self-contained HTML page summarising a batch run's results.

It reads the JSON Lines that `recordlint check --format jsonl` writes (one record per line,
with team, author and dates from the export), one line at a time, and keeps only counts.
Charts are inline SVG; there are no scripts, fonts or images from anywhere else.
"""

from __future__ import annotations

import json
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from recordlint.dates import coerce_date
from recordlint.errors import InputError
from recordlint.qa import charts

# The practice standard: case notes written within 48 hours of the contact.
DEFAULT_WITHIN_HOURS = 48.0
# Kinds of record expected to carry the person's voice (the voice rule's default).
VOICE_KINDS = frozenset({"case_note", "assessment"})
VOICE_RULE = "RL801"
READING_AGE_BANDS = ((9, "9 or under"), (11, "10–11"), (13, "12–13"), (15, "14–15"))
TARGET_READING_AGE = 11  # GOV.UK aims for 9, the NHS for 9 to 11
TOP_TERMS = 20
TOP_PEOPLE = 25
PLAIN_CATEGORIES = ("acronym", "jargon")


@dataclass(slots=True)
class Group:
    """Counts for a team, an author or a month."""

    records: int = 0
    findings: int = 0
    timed: int = 0
    on_time: int = 0
    voice_known: int = 0
    with_voice: int = 0

    @property
    def per_record(self) -> float:
        return self.findings / self.records if self.records else 0.0

    @property
    def on_time_share(self) -> float | None:
        return self.on_time / self.timed if self.timed else None

    @property
    def voice_share(self) -> float | None:
        return self.with_voice / self.voice_known if self.voice_known else None


@dataclass(slots=True)
class Term:
    shown: Counter[str] = field(default_factory=Counter)
    count: int = 0
    category: str = ""
    suggestions: tuple[str, ...] = ()


@dataclass(slots=True)
class Audit:
    """Everything the report shows, gathered in one pass over the results."""

    within_hours: float = DEFAULT_WITHIN_HOURS
    total: Group = field(default_factory=Group)
    failed: int = 0
    by_category: Counter[str] = field(default_factory=Counter)
    by_standard: Counter[str] = field(default_factory=Counter)
    by_rule: Counter[str] = field(default_factory=Counter)
    rule_names: dict[str, str] = field(default_factory=dict)
    teams: defaultdict[str, Group] = field(default_factory=lambda: defaultdict(Group))
    authors: defaultdict[str, Group] = field(default_factory=lambda: defaultdict(Group))
    months: defaultdict[str, Group] = field(default_factory=lambda: defaultdict(Group))
    reading_ages: list[float] = field(default_factory=list)
    terms: dict[str, Term] = field(default_factory=dict)
    redacted: bool = False
    sources: set[str] = field(default_factory=set)

    def add(self, result: dict[str, Any]) -> None:
        if result.get("path"):
            self.sources.add(str(result["path"]))
        if result.get("kind") is None and result.get("errors"):
            self.failed += 1
            return
        findings = result.get("findings") or []
        metrics = result.get("metrics") or {}
        codes = {f.get("code") for f in findings}
        hours = _hours_to_record(result, metrics)
        voice = _has_voice(result, metrics, codes)
        groups = [self.total]
        groups.append(self.teams[result.get("team") or "(no team)"])
        groups.append(self.authors[result.get("author") or "(no author)"])
        month = _month(result, metrics)
        if month:
            groups.append(self.months[month])
        for group in groups:
            group.records += 1
            group.findings += len(findings)
            if hours is not None:
                group.timed += 1
                group.on_time += 0 <= hours <= self.within_hours
            if voice is not None:
                group.voice_known += 1
                group.with_voice += voice
        age = metrics.get("uk_reading_age")
        if isinstance(age, int | float):
            self.reading_ages.append(float(age))
        for finding in findings:
            self._add_finding(finding)

    def _add_finding(self, finding: dict[str, Any]) -> None:
        code = finding.get("code", "?")
        self.by_rule[code] += 1
        self.by_category[finding.get("category") or "other"] += 1
        self.by_standard[_standard_label(finding.get("standard"))] += 1
        if finding.get("category") not in PLAIN_CATEGORIES:
            return
        text = finding.get("text")
        if text is None:
            self.redacted = True
            return
        key = " ".join(text.split()).casefold()
        term = self.terms.setdefault(key, Term(category=finding.get("category", "")))
        term.count += 1
        term.shown[" ".join(text.split())] += 1
        if not term.suggestions and finding.get("suggestions"):
            term.suggestions = tuple(finding["suggestions"][:3])

    # -- views for the template ------------------------------------------------------

    def reading_bands(self) -> list[tuple[str, int]]:
        counts = Counter()
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
        ranked = sorted(self.terms.values(), key=lambda t: (-t.count, t.shown.most_common(1)))
        return [
            (t.shown.most_common(1)[0][0], t.category, t.count, t.suggestions)
            for t in ranked[:TOP_TERMS]
        ]

    def ranked(self, groups: dict[str, Group], limit: int) -> list[tuple[str, Group]]:
        return sorted(groups.items(), key=lambda item: (-item[1].records, item[0]))[:limit]


def _standard_label(standard: str | None) -> str:
    if not standard:
        return "(none)"
    number, _, part = standard.partition(".")
    name = part.replace("-", " ")
    return f"Standard {number}: {name}" if name else f"Standard {number}"


def _when(value: Any) -> date | datetime | None:
    return coerce_date(value) if value else None


def _hours_to_record(result: dict[str, Any], metrics: dict[str, Any]) -> float | None:
    """Hours from contact to recording: the linter's own figure (it also reads dates in
    the text), else the export's dates."""
    hours = metrics.get("hours_to_record")
    if isinstance(hours, int | float):
        return float(hours)
    contact = _when(result.get("contact_date"))
    recorded = _when(result.get("recorded_date"))
    if contact is None or recorded is None:
        return None
    if isinstance(contact, datetime) and isinstance(recorded, datetime):
        return (recorded - contact).total_seconds() / 3600
    days = _day(recorded).toordinal() - _day(contact).toordinal()
    return days * 24.0


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _has_voice(result: dict[str, Any], metrics: dict[str, Any], codes: set[Any]) -> bool | None:
    """Whether the record shows the person's voice; None when it cannot be told (another
    kind of record, or the voice rule did not run)."""
    if result.get("kind") not in VOICE_KINDS:
        return None
    if VOICE_RULE in codes:
        return False
    voice = metrics.get("person_voice")
    if isinstance(voice, int | float):
        return voice > 0
    return None


def _month(result: dict[str, Any], metrics: dict[str, Any]) -> str | None:
    for value in (
        result.get("contact_date"),
        metrics.get("contact_date"),
        result.get("recorded_date"),
        metrics.get("recorded_date"),
    ):
        when = _when(value)
        if when is not None:
            return f"{when.year:04d}-{when.month:02d}"
    return None


def read_results(path: Path) -> Iterator[dict[str, Any]]:
    """The records of a JSON Lines results file; a line that is not a result is an error."""
    try:
        handle = path.open(encoding="utf-8-sig")
    except OSError as error:
        raise InputError(f"{path}: cannot be read: {error.strerror}") from error
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError:
                raise InputError(
                    f"{path}: line {number} is not JSON; give the JSON Lines output of "
                    "`recordlint check --format jsonl`"
                ) from None
            if not isinstance(data, dict) or "findings" not in data:
                raise InputError(f"{path}: line {number} is not a record result")
            yield data


def gather(results: Iterable[dict[str, Any]], within_hours: float = DEFAULT_WITHIN_HOURS) -> Audit:
    audit = Audit(within_hours=within_hours)
    for result in results:
        audit.add(result)
    return audit


def render(audit: Audit, *, title: str = "Recording quality report", generated: str = "") -> str:
    """The report page as one HTML string."""
    from jinja2 import Environment, FunctionLoader, select_autoescape

    def load(name: str) -> str:
        return resources.files("recordlint.qa").joinpath("templates", name).read_text("utf-8")

    env = Environment(loader=FunctionLoader(load), autoescape=select_autoescape(default=True))
    env.filters["pct"] = lambda v: "–" if v is None else f"{v:.0%}"
    env.filters["num"] = lambda v: f"{v:,}" if isinstance(v, int) else f"{v:,.1f}"
    months = sorted(audit.months)
    bands = audit.reading_bands()
    return env.get_template("report.html.j2").render(
        title=title,
        generated=generated,
        audit=audit,
        charts=charts,
        categories=bar_items(audit.by_category),
        standards=bar_items(audit.by_standard),
        rules=audit.by_rule.most_common(12),
        teams=audit.ranked(audit.teams, TOP_PEOPLE),
        authors=audit.ranked(audit.authors, TOP_PEOPLE),
        team_chart=charts.bar_chart(
            [(name, round(g.per_record, 2)) for name, g in audit.ranked(audit.teams, 12)],
            title="Findings per record by team",
        ),
        reading_chart=charts.column_chart(
            bands,
            highlight=[i >= 2 for i in range(len(bands))],
            title="Reading age of records",
        ),
        trend=charts.trend_chart(
            months,
            [audit.months[m].records for m in months],
            [audit.months[m].per_record for m in months],
            width=1080,
        ),
        trend_rows=[(m, audit.months[m]) for m in months],
        terms=audit.top_terms(),
        target_age=TARGET_READING_AGE,
    )


def bar_items(counter: Counter[str]) -> list[tuple[str, float]]:
    return [(label, float(count)) for label, count in counter.most_common(12)]
