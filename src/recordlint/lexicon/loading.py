"""Loading and validating a lexicon: each lexicon's entry model, :class:`Lexicon`, the file
model its committed JSON schema comes from, the shipped lexicons' folder, and errors that
name the file, the entry and the field.

It comes after the entry models because it maps every lexicon to its model.
"""

from __future__ import annotations

import functools
import importlib.resources
import pathlib
import tomllib
from importlib.resources.abc import Traversable
from typing import Annotated, Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from recordlint.data_cache import cached
from recordlint.lexicon.cues import (
    DecisionEntry,
    OpinionMarkerEntry,
    PersonEvaluationEntry,
    RecordDateEntry,
    SpeechEntry,
    TextCueEntry,
)
from recordlint.lexicon.fields import LEXICON_NAMES, STRICT, Entry, LexiconError, LexiconHeader
from recordlint.lexicon.word_lists import (
    ColumnNameEntry,
    DateAbbreviationEntry,
    DomainWordEntry,
    NeverFlagEntry,
    TitleEntry,
)
from recordlint.lexicon.wording import (
    AcronymEntry,
    JargonEntry,
    JudgementalEntry,
    LegalTermEntry,
    WordyPhraseEntry,
)

ENTRY_MODELS: dict[str, type[Entry]] = {
    "acronyms": AcronymEntry,
    "column-names": ColumnNameEntry,
    "date-abbreviations": DateAbbreviationEntry,
    "decisions": DecisionEntry,
    "domain-words": DomainWordEntry,
    "jargon": JargonEntry,
    "judgemental": JudgementalEntry,
    "legal-terms": LegalTermEntry,
    "never-flag": NeverFlagEntry,
    "opinion-markers": OpinionMarkerEntry,
    "person-evaluations": PersonEvaluationEntry,
    "record-dates": RecordDateEntry,
    "speech": SpeechEntry,
    "text-cues": TextCueEntry,
    "titles": TitleEntry,
    "wordy-phrases": WordyPhraseEntry,
}

EntryT = TypeVar("EntryT", bound=Entry)


class Lexicon(BaseModel, Generic[EntryT]):
    """One loaded, validated lexicon."""

    model_config = STRICT

    header: LexiconHeader
    entries: tuple[EntryT, ...]

    def terms(self) -> list[str]:
        """Return the terms in file order."""
        return [entry.term for entry in self.entries]


class _LexiconFile(BaseModel, Generic[EntryT]):
    """The shape of a lexicon file on disk (the TOML table names)."""

    model_config = STRICT

    lexicon: LexiconHeader
    entry: Annotated[tuple[EntryT, ...], Field(min_length=1)]


@functools.cache
def lexicon_file_model(name: str) -> type[BaseModel]:
    """Return the model of the file named ``name``; its JSON schema is committed."""
    entry_model = _entry_model(name)
    base = _LexiconFile[entry_model]  # type: ignore[valid-type]
    class_name = "".join(part.title() for part in name.split("-")) + "File"
    config = ConfigDict(extra="forbid", frozen=True, title=f"recordlint lexicon: {name}")
    return type(class_name, (base,), {"model_config": config, "__module__": __name__})


def lexicon_dir() -> Traversable | pathlib.Path:
    """Return the folder holding the shipped lexicons.

    An installed wheel carries them as package data (``recordlint/lexicons``); a source
    checkout keeps them in the repository's top-level ``lexicons/`` folder.
    """
    try:
        packaged = importlib.resources.files("recordlint") / "lexicons"
    except (ModuleNotFoundError, TypeError):
        packaged = None
    if packaged is not None and packaged.is_dir():
        return packaged
    return pathlib.Path(__file__).resolve().parent.parent.parent.parent / "lexicons"


@functools.cache
def load_lexicon(name: str) -> Lexicon[Any]:
    """Load and validate one shipped lexicon by name (see ``LEXICON_NAMES``)."""
    _entry_model(name)
    resource = lexicon_dir() / f"{name}.toml"
    display = f"lexicons/{name}.toml"
    try:
        text = resource.read_text(encoding="utf-8")
    except OSError as exc:
        raise LexiconError(
            f"{display}: cannot be read ({exc}); reinstall recordlint", path=display
        ) from exc
    lexicon = parse(text, name, display, cache=True)
    if lexicon.header.name.replace("_", "-") != name:
        raise LexiconError(
            f"{display}: [lexicon] field 'name' is {lexicon.header.name!r}; it must be {name!r}",
            path=display,
            field="name",
        )
    return lexicon


def load_lexicon_file(path: pathlib.Path, name: str) -> Lexicon[Any]:
    """Load a team's own file that follows the schema of the shipped lexicon ``name``."""
    _entry_model(name)
    try:
        text = pathlib.Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise LexiconError(f"{path}: cannot be read ({exc})", path=str(path)) from exc
    return parse(text, name, str(path))


def _entry_model(name: str) -> type[Entry]:
    try:
        return ENTRY_MODELS[name]
    except KeyError:
        known = ", ".join(LEXICON_NAMES)
        raise LexiconError(f"unknown lexicon {name!r}; expected one of: {known}") from None


def parse(text: str, name: str, display: str, *, cache: bool = False) -> Lexicon[Any]:
    """Read and validate one lexicon's text; with ``cache``, the TOML is read once per
    content of the file and kept for later runs (see :mod:`recordlint.data_cache`), and the
    entries are still validated every time."""
    try:
        if cache:
            raw = cached(f"lexicon-{name}", text, lambda: tomllib.loads(text))
        else:
            raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{display}: not valid TOML: {exc}", path=display) from exc
    validated = _validate_parts(raw, name)
    if validated is None:
        # Something is wrong: the file's model says what, with the entry and field.
        try:
            parsed = lexicon_file_model(name).model_validate(raw)
        except ValidationError as exc:
            raise _describe(exc, raw, display) from None
        validated = parsed.lexicon, parsed.entry  # type: ignore[attr-defined]
    header, entries = validated
    _check_unique_terms(entries, display)
    # Built without validation: the parts were validated just now, and a Lexicon of one
    # entry type would be a generic model of its own to build.
    return Lexicon.model_construct(header=header, entries=entries)


def _validate_parts(raw: Any, name: str) -> tuple[LexiconHeader, tuple[Entry, ...]] | None:
    """The header and entries of a well-formed lexicon file, each validated by its own
    model; None when anything is wrong. The file's model (:func:`lexicon_file_model`) checks
    the same, but it is a generic model built per lexicon, which costs a noticeable share of
    a cold start, so it is built only to describe a file that fails."""
    if not isinstance(raw, dict) or raw.keys() != {"lexicon", "entry"}:
        return None
    raw_entries = raw["entry"]
    if not isinstance(raw_entries, list) or not raw_entries:
        return None
    entry_model = ENTRY_MODELS[name]
    try:
        header = LexiconHeader.model_validate(raw["lexicon"])
        return header, tuple(entry_model.model_validate(entry) for entry in raw_entries)
    except ValidationError:
        return None


def _check_unique_terms(entries: tuple[Entry, ...], display: str) -> None:
    first_index: dict[str, int] = {}
    for index, entry in enumerate(entries, start=1):
        key = entry.term.casefold()
        if key in first_index:
            raise LexiconError(
                f"{display}: entry {index} (term {entry.term!r}), field 'term': repeats "
                f"entry {first_index[key]}; merge the two entries",
                path=display,
                term=entry.term,
                field="term",
            )
        first_index[key] = index


def _describe(exc: ValidationError, raw: dict[str, Any], display: str) -> LexiconError:
    """Turn pydantic's error list into one message naming file, entry and field."""
    lines: list[str] = []
    first_term: str | None = None
    first_field: str | None = None
    for number, error in enumerate(_root_causes(exc)):
        location = error["loc"]
        term: str | None = None
        field: str | None = None
        if location and location[0] == "entry" and len(location) >= 2:
            index = location[1]
            if isinstance(index, int):
                raw_entries = raw.get("entry")
                raw_entry = raw_entries[index] if isinstance(raw_entries, list) else None
                if isinstance(raw_entry, dict) and isinstance(raw_entry.get("term"), str):
                    term = raw_entry["term"]
                field = ".".join(str(part) for part in location[2:3]) or None
                where = f"entry {index + 1}"
                where += f" (term {term!r})" if term is not None else " (no term)"
            else:
                where = "[[entry]]"
        elif location and location[0] == "lexicon":
            where = "[lexicon]"
            field = ".".join(str(part) for part in location[1:2]) or None
        else:
            where = "top level"
            field = ".".join(str(part) for part in location[:1]) or None
        message = error["msg"]
        if error["type"] == "extra_forbidden":
            message = "unknown field; check the spelling against lexicons/README.md"
        elif error["type"] == "missing":
            message = "required field is missing"
        described_field = f", field {field!r}" if field else ""
        lines.append(f"{display}: {where}{described_field}: {message}")
        if number == 0:
            first_term, first_field = term, field
    summary = lines[0] if len(lines) == 1 else "\n".join(lines)
    return LexiconError(summary, path=display, term=first_term, field=first_field)


def _root_causes(exc: ValidationError) -> list[Any]:
    """Drop length errors that only follow from a failed item, and put unknown keys first.

    An unknown key is usually a misspelt one, so it explains the "missing" error beside it.
    """
    errors = exc.errors()
    failing_locations = [tuple(error["loc"]) for error in errors]
    causes = [
        error
        for error in errors
        if not (
            error["type"] == "too_short"
            and any(
                len(other) > len(error["loc"]) and other[: len(error["loc"])] == error["loc"]
                for other in failing_locations
            )
        )
    ]
    return sorted(causes, key=lambda error: error["type"] != "extra_forbidden")
