"""Scoring against a gold corpus: span matching, document labels and false flags."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from recordlint import Config
from recordlint.errors import InputError
from recordlint.evaluate import evaluate, format_table, read_corpus
from recordlint.findings import Category, Finding, RecordKind, Report, Severity


def _finding(category: Category, text: str, needle: str, *, nth: int = 1, name: str = "x",
             document: bool = False, severity: Severity = Severity.WARNING) -> Finding:  # fmt: skip
    start = -1
    for _ in range(nth):
        start = text.index(needle, start + 1)
    return Finding("RL000", name, category, severity, "m", start, start + len(needle), needle,
                   "2.plain-language", document_level=document)  # fmt: skip


@dataclass
class FakeRule:
    category: Category


@dataclass
class FakeLinter:
    """Stands in for Linter so the scorer is tested on findings chosen by hand."""

    findings_by_text: dict[str, list[Finding]]
    config: Config = field(default_factory=Config)
    rules: list[FakeRule] = field(default_factory=lambda: [FakeRule(c) for c in Category])
    seen_metadata: list[dict] = field(default_factory=list)

    def lint(self, text: str, kind: RecordKind, metadata: dict) -> Report:
        self.seen_metadata.append(metadata)
        return Report(text, kind, list(self.findings_by_text[text]))


def _corpus(tmp_path: Path, records: list[tuple[dict, str]]) -> Path:
    for gold, text in records:
        (tmp_path / f"{gold['id']}.txt").write_text(text, encoding="utf-8")
    lines = [json.dumps(gold) for gold, _ in records]
    (tmp_path / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


NOTE = 'The OT came. The OT said "see the GP" and we signposted her. GP next.'


def test_spans_match_by_overlap_and_occurrence(tmp_path: Path) -> None:
    """Occurrence picks the n-th match; overlap with the right category scores a hit."""
    gold = {"id": "n1", "kind": "case_note", "exemplary": False, "person_voice": True,
            "contact_details": None, "contact_date": None, "recorded_date": None,
            "spans": [{"label": "ACRONYM", "text": "OT", "occurrence": 2},
                      {"label": "ACRONYM", "text": "GP", "occurrence": 2},
                      {"label": "QUOTE", "text": "see the GP", "occurrence": 1},
                      {"label": "JARGON", "text": "signposted", "occurrence": 1}]}  # fmt: skip
    findings = [
        _finding(Category.ACRONYM, NOTE, "OT", nth=2),  # hit
        _finding(Category.ACRONYM, NOTE, "GP", nth=1),  # inside the quote: false
        _finding(Category.ACRONYM, NOTE, "GP", nth=2),  # hit
        _finding(Category.JARGON, NOTE, "signposted"),  # hit
        _finding(Category.JARGON, NOTE, "next"),  # false
    ]
    result = evaluate(read_corpus(_corpus(tmp_path, [(gold, NOTE)])), FakeLinter({NOTE: findings}))
    acronym, jargon = result.tallies["acronym"], result.tallies["jargon"]
    assert (acronym.true_positives, acronym.findings, acronym.matched_gold, acronym.gold) == (
        2, 3, 2, 2)  # fmt: skip
    assert (jargon.precision, jargon.recall) == (0.5, 1.0)
    assert [f.text for f in result.quote_flags] == ["GP"]


def test_document_labels_are_scored_per_record(tmp_path: Path) -> None:
    """Voice, contact details and timeliness are scored once per record from the gold fields."""
    letter, note = "Dear Sam,\nHello.", "Visited. Closed."
    records = [
        ({"id": "l1", "kind": "letter", "exemplary": True, "person_voice": None,
          "contact_details": False, "contact_date": None, "recorded_date": None, "spans": []},
         letter),
        ({"id": "n1", "kind": "case_note", "exemplary": False, "person_voice": False,
          "contact_details": None, "contact_date": "2026-03-02", "recorded_date": "2026-03-06",
          "spans": []}, note),
    ]  # fmt: skip
    linter = FakeLinter({
        letter: [_finding(Category.CONTACT_DETAILS, letter, "Dear Sam,", document=True)],
        note: [_finding(Category.PERSON_VOICE, note, "Visited.", document=True)],
    })  # fmt: skip
    result = evaluate(read_corpus(_corpus(tmp_path, records)), linter)
    assert result.tallies["contact-details"].precision == 1.0
    assert result.tallies["person-voice"].recall == 1.0
    assert result.tallies["timeliness"].recall == 0.0  # late by four days, not flagged
    assert len(result.exemplary_flags) == 1
    assert linter.seen_metadata[1] == {"contact_date": "2026-03-02", "recorded_date": "2026-03-06"}
    assert "contact-details" in format_table(result)


def test_text_only_scoring_keeps_the_gold_dates_from_the_linter(tmp_path: Path) -> None:
    """With dates_as_metadata off the linter sees the text alone; lateness is still scored."""
    note = "Visited. Closed."
    gold = {"id": "n1", "kind": "case_note", "exemplary": False, "person_voice": None,
            "contact_details": None, "contact_date": "2026-03-02",
            "recorded_date": "2026-03-06", "spans": []}  # fmt: skip
    linter = FakeLinter({note: []})
    corpus = read_corpus(_corpus(tmp_path, [(gold, note)]))
    result = evaluate(corpus, linter, dates_as_metadata=False)
    assert linter.seen_metadata == [None]
    assert result.tallies["timeliness"].recall == 0.0


def test_legal_term_findings_score_against_legal_term_spans(tmp_path: Path) -> None:
    """The legal-term rule is scored on LEGAL_TERM spans, not on JARGON ones."""
    text = "A best interests decision was made."
    gold = {"id": "a1", "kind": "assessment", "spans": [
        {"label": "LEGAL_TERM", "text": "best interests decision", "occurrence": 1}]}  # fmt: skip
    finding = _finding(Category.JARGON, text, "best interests decision",
                       name="unexplained-legal-term", severity=Severity.INFO)  # fmt: skip
    result = evaluate(read_corpus(_corpus(tmp_path, [(gold, text)])), FakeLinter({text: [finding]}))
    assert result.tallies["legal-term"].precision == 1.0
    assert "jargon" not in result.tallies or result.tallies["jargon"].findings == 0


def test_a_span_that_is_not_in_the_text_is_a_clear_error(tmp_path: Path) -> None:
    """Gold spans must be exact substrings; a wrong one names the record."""
    gold = {"id": "n9", "kind": "case_note", "spans": [{"label": "ACRONYM", "text": "XYZ"}]}
    with pytest.raises(InputError, match="n9: span 'XYZ'"):
        read_corpus(_corpus(tmp_path, [(gold, "No such thing.")]))
