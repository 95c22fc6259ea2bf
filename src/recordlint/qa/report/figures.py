"""The figures the audit report counts: its settings, and the counts for a group of records.

A :class:`Group` holds everything, a team, an author or a month; each figure is counted on
its proper base (the 48-hour standard over timed case notes, the person's voice over the
kinds of record that should carry it, findings per 100 words). Shared by every other module
of the report, so it stands first.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

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
