"""The values a lint run produces: findings and the report that holds them."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

JSON_VERSION = 1


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


class Category(StrEnum):
    ACRONYM = "acronym"
    JARGON = "jargon"
    READABILITY = "readability"
    SPELLING = "spelling"
    GRAMMAR = "grammar"
    JUDGEMENTAL = "judgemental"
    OPINION = "opinion"
    RATIONALE = "rationale"
    PERSON_VOICE = "person-voice"
    CONTACT_DETAILS = "contact-details"
    TIMELINESS = "timeliness"
    COVERAGE = "coverage"


class RecordKind(StrEnum):
    CASE_NOTE = "case_note"
    LETTER = "letter"
    ASSESSMENT = "assessment"
    EMAIL = "email"
    # Texts that are not a record about a person, which recordlint is still asked to check:
    # guidance, reports, minutes and decisions about services; the person's own account in
    # the first person; a practitioner's first-person account of their own work (a
    # published diary, "a day in the life"); a blank form with its labels and no answers.
    PROFESSIONAL = "professional"
    OWN_ACCOUNT = "own_account"
    PRACTICE_ACCOUNT = "practice_account"
    TEMPLATE = "template"

    @property
    def is_record(self) -> bool:
        """A record written about or to one person, which the recording standards govern."""
        return self in RECORD_KINDS

    @property
    def label(self) -> str:
        """The kind in words ("case note", "professional text")."""
        if self is RecordKind.PROFESSIONAL:
            return "professional text"
        return self.value.replace("_", " ")


RECORD_KINDS = frozenset(
    {RecordKind.CASE_NOTE, RecordKind.LETTER, RecordKind.ASSESSMENT, RecordKind.EMAIL}
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in a record.

    ``start`` and ``end`` are Python string indices into the exact text that was linted.
    Line and column are derived when a finding is written out, never stored.
    """

    code: str
    name: str
    category: Category
    severity: Severity
    message: str
    start: int
    end: int
    text: str
    standard: str
    suggestions: tuple[str, ...] = ()
    fix: str | None = None  # "safe" when the first suggestion can replace the text as it is
    document_level: bool = False
    # Other rules' findings on the same words, folded into this one (their advice is in the
    # message): one problem is reported once.
    absorbed: tuple[Finding, ...] = ()
    # The same rule's findings on the other uses of the same term in the record, in text
    # order: a word chosen again and again is one problem, reported at its first use (see
    # recordlint.repeats). Each keeps its own place, for interfaces that show or fix them.
    repeats: tuple[Finding, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "category": self.category.value,
            "severity": self.severity.value,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "standard": self.standard,
            "suggestions": list(self.suggestions),
        }


@dataclass(slots=True)
class Report:
    """Everything one lint run says about one record."""

    text: str
    kind: RecordKind
    findings: list[Finding] = field(default_factory=list)
    metrics: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def count(self, at_least: Severity = Severity.INFO) -> int:
        return sum(1 for f in self.findings if f.severity.rank >= at_least.rank)
