"""The audit report: one self-contained HTML page summarising a batch run's results.

It reads the JSON Lines that `recordlint check --format jsonl` writes (one record per line,
with team, author and dates from the export), one line at a time. Each figure is counted on
its proper base: the 48-hour standard over case notes that have both dates, the person's
voice over the kinds of record that should carry it, findings per 100 words with warnings
apart from hints, so long and thorough records are not made to look worse. Charts are inline
SVG; there are no scripts, fonts or images from anywhere else.
"""

from __future__ import annotations

import hashlib
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
from recordlint.standards import CLAUSES

# The practice standard: case notes written within 48 hours of the contact.
DEFAULT_WITHIN_HOURS = 48.0
# The 48-hour standard is about case notes; letters, assessments and emails are not timed.
TIMED_KINDS = frozenset({"case_note"})
# Kinds of record expected to carry the person's voice (the voice rule's default).
VOICE_KINDS = frozenset({"case_note", "assessment"})
VOICE_RULE = "RL801"
LEGAL_TERM_RULE = "RL203"
READING_AGE_BANDS = ((9, "9 or under"), (11, "10–11"), (13, "12–13"), (15, "14–15"))
DEFAULT_TARGET_READING_AGE = 9.0  # the readability rule's default (GOV.UK aims for 9)
TOP_TERMS = 20
# Groups with fewer records than this are listed, with their figures marked as uncertain.
SMALL_GROUP = 5
# Records listed under each team or worker in the drill-down; the rest are counted.
RECORDS_LISTED = 60
EXAMPLES_PER_RECORD = 3
PLAIN_CATEGORIES = ("acronym", "jargon")


def rule_name(code: str) -> str:
    """A rule's name in words ("RL101" -> "Unexplained acronym"), or the code if unknown."""
    from recordlint.rules.registry import get_rule

    found = get_rule(code)
    return found.name.replace("-", " ").capitalize() if found else code


def standard_title(ref: str | None) -> str:
    """A standard clause's full title ("2.rationale" -> "Standard 2: rationale")."""
    if not ref:
        return "(no standard)"
    clause = CLAUSES.get(ref)
    return clause.title if clause else f"Standard {ref}"


@dataclass(slots=True)
class RecordRow:
    """One record as the drill-down lists it."""

    label: str
    kind: str | None
    team: str
    author: str
    words: int
    warnings: int
    hints: int
    codes: Counter[str]
    examples: list[dict[str, Any]]
    on_time: bool | None
    voice: bool | None


@dataclass(slots=True)
class Group:
    """Counts for everything, a team, an author or a month."""

    records: int = 0
    words: int = 0
    warnings: int = 0  # warnings and errors: what the writer should act on
    hints: int = 0  # information findings: worth a look
    case_notes: int = 0
    timed: int = 0  # case notes with both dates
    on_time: int = 0
    voice_known: int = 0
    with_voice: int = 0
    rules: Counter[str] = field(default_factory=Counter)
    standards: Counter[str] = field(default_factory=Counter)
    members: list[RecordRow] = field(default_factory=list)
    unlisted: int = 0

    @property
    def findings(self) -> int:
        return self.warnings + self.hints

    @property
    def small(self) -> bool:
        return self.records < SMALL_GROUP

    def per_100_words(self, count: int) -> float | None:
        return 100 * count / self.words if self.words else None

    @property
    def warnings_per_100(self) -> float | None:
        return self.per_100_words(self.warnings)

    @property
    def hints_per_100(self) -> float | None:
        return self.per_100_words(self.hints)

    @property
    def on_time_share(self) -> float | None:
        return self.on_time / self.timed if self.timed else None

    @property
    def voice_share(self) -> float | None:
        return self.with_voice / self.voice_known if self.voice_known else None

    def add(self, row: RecordRow, list_it: bool) -> None:
        self.records += 1
        self.words += row.words
        self.warnings += row.warnings
        self.hints += row.hints
        self.rules.update(row.codes)
        self.case_notes += row.kind in TIMED_KINDS
        if row.on_time is not None:
            self.timed += 1
            self.on_time += row.on_time
        if row.voice is not None:
            self.voice_known += 1
            self.with_voice += row.voice
        if list_it and len(self.members) < RECORDS_LISTED:
            self.members.append(row)
        elif list_it:
            self.unlisted += 1


@dataclass(slots=True)
class Term:
    shown: Counter[str] = field(default_factory=Counter)
    count: int = 0
    category: str = ""
    legal: bool = False
    suggestions: tuple[str, ...] = ()


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
            self.failures.append((_record_label(result), "; ".join(map(str, result["errors"]))))
            return
        findings = result.get("findings") or []
        metrics = result.get("metrics") or {}
        row = _record_row(result, metrics, findings, self.within_hours)
        self.total.add(row, list_it=False)
        self.teams[row.team].add(row, list_it=True)
        self.authors[row.author].add(row, list_it=True)
        month = _month(result, metrics)
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


def _record_label(result: dict[str, Any]) -> str:
    if result.get("id"):
        return str(result["id"])
    path = result.get("path") or "(no file)"
    return f"{path} row {result['row']}" if result.get("row") is not None else str(path)


def _record_row(
    result: dict[str, Any], metrics: dict[str, Any], findings: list[dict[str, Any]], hours: float
) -> RecordRow:
    kind = result.get("kind")
    warnings = sum(1 for f in findings if f.get("severity") in ("warning", "error"))
    codes = Counter(str(f.get("code", "?")) for f in findings)
    waited = _hours_to_record(result, metrics) if kind in TIMED_KINDS else None
    words = metrics.get("words")
    examples = [f for f in findings if f.get("severity") in ("warning", "error") and f.get("text")][
        :EXAMPLES_PER_RECORD
    ]
    return RecordRow(
        label=_record_label(result),
        kind=kind,
        team=result.get("team") or "(no team)",
        author=result.get("author") or "(no author)",
        words=int(words) if isinstance(words, int | float) else 0,
        warnings=warnings,
        hints=len(findings) - warnings,
        codes=codes,
        examples=examples,
        on_time=None if waited is None else 0 <= waited <= hours,
        voice=_has_voice(result, metrics, set(codes)),
    )


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


def _has_voice(result: dict[str, Any], metrics: dict[str, Any], codes: set[str]) -> bool | None:
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
    """The records of a JSON Lines results file; a file that is not one is an input error."""
    try:
        handle = path.open(encoding="utf-8-sig")
    except OSError as error:
        raise InputError(f"{path}: cannot be read: {error.strerror}") from error
    with handle:
        number = 0
        try:
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
                    raise InputError(
                        f"{path}: line {number} is not a record result; give the JSON Lines "
                        "output of `recordlint check --format jsonl`"
                    )
                yield data
        except UnicodeDecodeError:
            # An export given by mistake (often Windows-1252), or any other non-text file.
            raise InputError(
                f"{path}: is not UTF-8 JSON Lines (line {number + 1}); give the output of "
                "`recordlint check EXPORT --format jsonl -o results.jsonl`, not the export"
            ) from None


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


def _environment() -> Any:
    from jinja2 import Environment, FunctionLoader, select_autoescape

    def load(name: str) -> str:
        return resources.files("recordlint.qa").joinpath("templates", name).read_text("utf-8")

    env = Environment(loader=FunctionLoader(load), autoescape=select_autoescape(default=True))
    env.filters["pct"] = lambda v: "–" if v is None else f"{v:.0%}"
    env.filters["num"] = lambda v: f"{v:,}" if isinstance(v, int) else f"{v:,.1f}"
    env.filters["rate"] = lambda v: "–" if v is None else f"{v:.2f}"
    env.filters["anchor"] = anchor
    env.globals["rule_name"] = rule_name
    return env


def anchor(kind: str, name: str) -> str:
    """A stable id for a team's or a worker's section of the page."""
    safe = "".join(c if c.isalnum() else "-" for c in name.casefold()).strip("-")[:40]
    # Two names that clean to the same letters ("O'Neil", "O Neil") still get their own id.
    digest = hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:6]
    return f"{kind}-{safe or 'x'}-{digest}"


def render(
    audit: Audit,
    *,
    title: str = "Recording quality report",
    generated: str = "",
    earlier: Audit | None = None,
) -> str:
    """The report page as one HTML string."""
    months = sorted(audit.months)
    bands = audit.reading_bands()
    return (
        _environment()
        .get_template("report.html.j2")
        .render(
            title=title,
            generated=generated,
            audit=audit,
            charts=charts,
            categories=bar_items(audit.by_category),
            standards=bar_items(audit.by_standard),
            rules=audit.by_rule.most_common(12),
            teams=audit.ranked(audit.teams),
            authors=audit.ranked(audit.authors),
            team_chart=charts.bar_chart(
                [
                    (name, round(g.warnings_per_100 or 0.0, 2))
                    for name, g in audit.ranked(audit.teams)[:12]
                ],
                title="Warnings per 100 words by team",
                axis_label="warnings per 100 words",
            ),
            reading_chart=charts.column_chart(
                bands,
                highlight=[
                    i >= 1 and limit > audit.target_age
                    for i, limit in enumerate([*(b for b, _ in READING_AGE_BANDS), 99])
                ],
                title="Reading age of records",
                axis_label="records",
            ),
            records_chart=charts.column_chart(
                [(m, float(audit.months[m].records)) for m in months],
                title="Records per month",
                axis_label="records",
                width=1080,
            ),
            rate_chart=charts.column_chart(
                [(m, round(audit.months[m].warnings_per_100 or 0.0, 2)) for m in months],
                title="Warnings per 100 words by month",
                axis_label="warnings per 100 words",
                colour=charts.WARN,
                width=1080,
            ),
            trend_rows=[(m, audit.months[m]) for m in months],
            terms=audit.top_terms(),
            target_age=audit.target_age,
            small_group=SMALL_GROUP,
            changes=compare(audit, earlier) if earlier is not None else None,
        )
    )


def bar_items(counter: Counter[str]) -> list[tuple[str, float]]:
    return [(label, float(count)) for label, count in counter.most_common(12)]


# ---------------------------------------------------------------------------------------
# Feedback for one worker, to take into supervision
# ---------------------------------------------------------------------------------------


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
        _environment()
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
