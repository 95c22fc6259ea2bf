"""The building blocks of the lexicon schema: the lexicons' names, the error a bad file
raises, the field types every entry uses (phrases with single spaces, lists without
repeats), the entries' base models and the ``[lexicon]`` header.

They stand apart because every entry model, and the loading, builds on them.
"""

from __future__ import annotations

import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from recordlint.errors import RecordlintError

LEXICON_NAMES: tuple[str, ...] = (
    "acronyms",
    "column-names",
    "date-abbreviations",
    "decisions",
    "domain-words",
    "jargon",
    "judgemental",
    "legal-terms",
    "never-flag",
    "opinion-markers",
    "person-evaluations",
    "record-dates",
    "speech",
    "text-cues",
    "titles",
    "wordy-phrases",
)

SCHEMA_VERSION = 1


class LexiconError(RecordlintError):
    """A lexicon file is missing, is not valid TOML, or does not match its schema.

    The message names the file, the entry (by its term) and the field; the same facts are
    kept as attributes so that tools can point at the right place.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        term: str | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.path = path
        self.term = term
        self.field = field


def _check_phrase(value: str) -> str:
    # Matching is token based, so stray or doubled spaces would silently never match.
    if value != value.strip():
        raise ValueError("must not start or end with whitespace")
    if "  " in value or "\n" in value or "\t" in value:
        raise ValueError("must use single spaces between words")
    return value


def check_unique_strings(values: tuple[str, ...]) -> tuple[str, ...]:
    seen: set[str] = set()
    for value in values:
        key = value.casefold()
        if key in seen:
            raise ValueError(f"lists {value!r} twice")
        seen.add(key)
    return values


Phrase = Annotated[str, Field(min_length=1), AfterValidator(_check_phrase)]
Prose = Annotated[str, Field(min_length=1)]
PhraseList = Annotated[
    tuple[Phrase, ...], Field(min_length=1), AfterValidator(check_unique_strings)
]
OptionalPhraseList = Annotated[tuple[Phrase, ...], AfterValidator(check_unique_strings)]

STRICT = ConfigDict(extra="forbid", frozen=True)


class Entry(BaseModel):
    model_config = STRICT

    term: Phrase = Field(description="The word or phrase as it is matched.")
    note: Prose | None = Field(default=None, description="Reviewer's note; never shown as advice.")


class SuggestingEntry(Entry):
    @model_validator(mode="after")
    def _suggestions_differ_from_term(self) -> SuggestingEntry:
        replacements: tuple[str, ...] = getattr(self, "suggestions", ())
        for suggestion in replacements:
            if suggestion.casefold() == self.term.casefold():
                raise ValueError(f"suggestion {suggestion!r} repeats the term")
        return self


class LexiconHeader(BaseModel):
    """The ``[lexicon]`` table at the top of every file."""

    model_config = STRICT

    name: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_-]*$")] = Field(
        description="The file stem; '_' may stand for '-'."
    )
    description: Prose
    schema_version: Literal[1]
    reviewed_by: Prose
    reviewed_on: datetime.date = Field(description="ISO date of the last full review.")
    sources: Annotated[tuple[Prose, ...], Field(min_length=1)] = Field(
        description="Where the words came from."
    )
