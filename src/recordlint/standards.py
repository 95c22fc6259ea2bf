"""The clauses of the practice standards that rules cite."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Clause:
    ref: str
    title: str
    quotation: str


CLAUSES: dict[str, Clause] = {
    c.ref: c
    for c in (
        Clause(
            "1",
            "Standard 1: working with people",
            "Letters and documents are clear, precise and jargon free, and people know who "
            "to contact and how.",
        ),
        Clause(
            "1.letters",
            "Standard 1: letters say who to contact",
            "People know who to contact and how.",
        ),
        Clause(
            "2.plain-language",
            "Standard 2: plain language",
            "Records are written in plain language with good grammar and spelling and no "
            "abbreviations or acronyms.",
        ),
        Clause(
            "2.person-centred",
            "Standard 2: the person's voice",
            "Records capture the wishes, feelings, views and culture of the person.",
        ),
        Clause(
            "2.fact-opinion",
            "Standard 2: fact and professional opinion",
            "Records are accurate and objective and clearly separate fact from professional "
            "opinion, with valid supporting evidence.",
        ),
        Clause(
            "2.rationale",
            "Standard 2: rationale",
            "Records give a clear rationale for key decisions.",
        ),
        Clause("2.respectful", "Standard 2: respectful", "Records are written respectfully."),
        Clause(
            "2.timeliness",
            "Standard 2: timeliness",
            "Case notes are written within 48 hours of the contact.",
        ),
    )
}


def describe(ref: str) -> str:
    clause = CLAUSES.get(ref)
    return clause.title if clause else f"Standard {ref}"
