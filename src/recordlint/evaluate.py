"""Score recordlint against any corpus in the gold annotation format.

A finding matches a gold span when its label corresponds to the span's label and their
character ranges overlap. Document-level findings are scored per document. Findings inside
the person's quoted words and findings on exemplary records are also counted separately as
false flags.

A word-choice term used again and again is one finding at its first use that lists its other
uses (``Finding.repeats``). The gold marks every occurrence, so precision and recall are
counted over every use the findings point to (occurrences); warnings on exemplary records
count the findings the writer sees, one per term.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from recordlint.api import Linter
from recordlint.errors import InputError
from recordlint.findings import Category, Finding, RecordKind
from recordlint.repeats import with_repeats

SPAN_LABELS: dict[str, str] = {
    "ACRONYM": "acronym",
    "JARGON": "jargon",
    "LEGAL_TERM": "legal-term",
    "JUDGEMENTAL": "judgemental",
    "OPINION_AS_FACT": "opinion",
    "NO_RATIONALE": "rationale",
    "MISSPELLING": "spelling",
}
DOCUMENT_LABELS = ("person-voice", "contact-details", "timeliness")
LEGAL_RULE_NAME = "unexplained-legal-term"


@dataclass(frozen=True, slots=True)
class GoldSpan:
    label: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class GoldRecord:
    id: str
    text: str
    kind: RecordKind
    exemplary: bool
    person_voice: bool | None
    contact_details: bool | None
    contact_date: str | None
    recorded_date: str | None
    spans: tuple[GoldSpan, ...]

    def quotes(self) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in self.spans if s.label == "QUOTE"]


@dataclass(slots=True)
class Tally:
    true_positives: int = 0  # findings that match a gold span (or a flagged document)
    findings: int = 0
    matched_gold: int = 0
    gold: int = 0

    @property
    def precision(self) -> float | None:
        return self.true_positives / self.findings if self.findings else None

    @property
    def recall(self) -> float | None:
        return self.matched_gold / self.gold if self.gold else None


@dataclass(slots=True)
class FalseFlag:
    record: str
    code: str
    text: str
    reason: str


@dataclass(slots=True)
class Evaluation:
    records: int = 0
    tallies: dict[str, Tally] = field(default_factory=dict)
    quote_flags: list[FalseFlag] = field(default_factory=list)
    exemplary_flags: list[FalseFlag] = field(default_factory=list)
    exemplary_records: int = 0

    def tally(self, label: str) -> Tally:
        return self.tallies.setdefault(label, Tally())

    def to_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "categories": {
                label: {
                    "precision": t.precision, "recall": t.recall, "findings": t.findings,
                    "true_positives": t.true_positives, "gold": t.gold,
                    "matched_gold": t.matched_gold,
                }
                for label, t in sorted(self.tallies.items())
            },
            "false_flags_in_quotes": len(self.quote_flags),
            "findings_on_exemplary": len(self.exemplary_flags),
            "exemplary_records": self.exemplary_records,
        }  # fmt: skip


def read_corpus(folder: Path) -> list[GoldRecord]:
    gold_path = folder / "gold.jsonl"
    if not gold_path.is_file():
        raise InputError(f"{folder}: no gold.jsonl (see the gold annotation format)")
    records = []
    for number, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            records.append(_record(folder, raw))
        except (ValueError, KeyError, TypeError) as error:
            raise InputError(f"{gold_path.name}:{number}: {error}") from error
    return records


def _record(folder: Path, raw: dict[str, Any]) -> GoldRecord:
    record_id = raw["id"]
    text = (folder / f"{record_id}.txt").read_text(encoding="utf-8")
    spans = tuple(_locate(text, s["label"], s["text"], int(s.get("occurrence", 1)), record_id)
                  for s in raw.get("spans", []))  # fmt: skip
    return GoldRecord(
        id=record_id,
        text=text,
        kind=RecordKind(raw.get("kind") or "case_note"),
        exemplary=bool(raw.get("exemplary", False)),
        person_voice=raw.get("person_voice"),
        contact_details=raw.get("contact_details"),
        contact_date=raw.get("contact_date"),
        recorded_date=raw.get("recorded_date"),
        spans=spans,
    )


def _locate(text: str, label: str, needle: str, occurrence: int, record_id: str) -> GoldSpan:
    index = -1
    for _ in range(occurrence):
        index = text.find(needle, index + 1)
        if index < 0:
            raise ValueError(f"{record_id}: span {needle!r} occurrence {occurrence} not found")
    return GoldSpan(label, index, index + len(needle), needle)


def label_of(finding: Finding) -> str:
    if finding.name == LEGAL_RULE_NAME:
        return "legal-term"
    return finding.category.value


def late(record: GoldRecord, max_hours: float) -> bool | None:
    if not record.contact_date or not record.recorded_date:
        return None
    contact, recorded = _when(record.contact_date), _when(record.recorded_date)
    if contact is None or recorded is None:
        return None
    return (recorded - contact).total_seconds() / 3600 > max_hours


def _when(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        try:
            return datetime.combine(date.fromisoformat(value[:10]), datetime.min.time())
        except ValueError:
            return None


def evaluate(
    records: Iterable[GoldRecord], linter: Linter, *, dates_as_metadata: bool = True
) -> Evaluation:
    """Score the linter on gold records. With ``dates_as_metadata`` the gold contact and
    recorded dates reach the linter as an export's date columns would; without it the
    linter has only the text, as when a note is pasted or a folder of files is checked."""
    result = Evaluation()
    config = linter.config.options
    enabled = {r.category for r in linter.rules}
    voice_kinds = set(config.voice.kinds)
    for record in records:
        result.records += 1
        metadata = (
            {"contact_date": record.contact_date, "recorded_date": record.recorded_date}
            if dates_as_metadata
            else None
        )
        report = linter.lint(record.text, kind=record.kind, metadata=metadata)
        span_findings = [f for f in report.findings if not f.document_level]
        doc_categories = {f.category.value for f in report.findings if f.document_level}
        _score_spans(result, record, span_findings)
        expected = {
            "person-voice": record.person_voice is False
            if record.person_voice is not None and record.kind.value in voice_kinds
            else None,
            "contact-details": record.contact_details is False
            if record.kind is RecordKind.LETTER and record.contact_details is not None
            else None,
            "timeliness": late(record, config.timeliness.max_hours)
            if record.kind.value in config.timeliness.kinds
            else None,
        }
        for label in DOCUMENT_LABELS:
            if Category(label) not in enabled:
                continue
            flagged = label in doc_categories
            tally = result.tally(label)
            if flagged:
                tally.findings += 1
                tally.true_positives += int(expected[label] is True)
            if expected[label] is True:
                tally.gold += 1
                tally.matched_gold += int(flagged)
        if record.exemplary:
            result.exemplary_records += 1
            result.exemplary_flags += [
                FalseFlag(record.id, f.code, f.text, "exemplary record")
                for f in report.findings if f.severity.value != "info"
            ]  # fmt: skip
        quotes = record.quotes()
        result.quote_flags += [
            FalseFlag(record.id, f.code, f.text, "inside the person's quoted words")
            for f in span_findings
            if any(f.start < e and s < f.end for s, e in quotes)
        ]
    return result


def _score_spans(result: Evaluation, record: GoldRecord, findings: list[Finding]) -> None:
    # A finding that stands for other rules' findings on the same words reports their
    # problems too, each scored under its own label and span; one that stands for the other
    # uses of its term points at each of them.
    findings = [part for f in with_repeats(findings) for part in (f, *f.absorbed)]
    gold_by_label: dict[str, list[GoldSpan]] = {}
    for span in record.spans:
        if span.label in SPAN_LABELS:
            gold_by_label.setdefault(SPAN_LABELS[span.label], []).append(span)
    labels = set(gold_by_label) | {label_of(f) for f in findings}
    for label in labels:
        if label not in SPAN_LABELS.values():
            continue  # readability and grammar have no gold labels
        gold = gold_by_label.get(label, [])
        found = [f for f in findings if label_of(f) == label]
        tally = result.tally(label)
        tally.gold += len(gold)
        tally.findings += len(found)
        tally.true_positives += sum(
            1 for f in found if any(f.start < g.end and g.start < f.end for g in gold)
        )
        tally.matched_gold += sum(
            1 for g in gold if any(f.start < g.end and g.start < f.end for f in found)
        )


def format_table(result: Evaluation) -> str:
    lines = [f"{'category':<18}{'precision':>10}{'recall':>8}{'findings':>10}{'gold':>7}"]
    for label, t in sorted(result.tallies.items()):
        p = f"{t.precision:.2f}" if t.precision is not None else "-"
        r = f"{t.recall:.2f}" if t.recall is not None else "-"
        lines.append(f"{label:<18}{p:>10}{r:>8}{t.findings:>10}{t.gold:>7}")
    lines.append("")
    lines.append(f"records: {result.records}")
    lines.append(f"false flags inside the person's quoted words: {len(result.quote_flags)}")
    lines.append(
        f"findings (warning or above) on {result.exemplary_records} exemplary records: "
        f"{len(result.exemplary_flags)}"
    )
    return "\n".join(lines)
