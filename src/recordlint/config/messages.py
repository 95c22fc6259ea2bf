"""Configuration errors in plain English: the file, the line, the key, what was expected and
what was found, with a "did you mean" for a near miss.

pydantic describes a mistake in its own terms ("Input should be a valid tuple"); a person
editing recordlint.toml needs to know that ``select`` takes a list such as ``["RL101"]``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher, get_close_matches
from typing import Any

from pydantic import BaseModel
from pydantic_core import ErrorDetails


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest choice, or nothing when none is close.

    Of equally close choices, the one that starts like the word wins: "RL1O1" is RL101.
    """
    options = list(choices)
    by_fold = {choice.casefold(): choice for choice in options}
    typed = word.casefold()
    close = get_close_matches(typed, list(by_fold), n=5, cutoff=0.6)
    if not close:
        return ""

    def closeness(candidate: str) -> tuple[float, int]:
        ratio = SequenceMatcher(None, typed, candidate).ratio()
        prefix = 0
        while prefix < min(len(typed), len(candidate)) and typed[prefix] == candidate[prefix]:
            prefix += 1
        return round(ratio, 6), prefix

    best = max(close, key=closeness)
    return f" (did you mean {by_fold[best]!r}?)"


def describe(
    error: ErrorDetails, model: type[BaseModel], origin: str, text: str | None = None
) -> str:
    """One line for one validation error: ``file, line N: key: expected ..., got ...``."""
    loc = [part for part in error["loc"] if part != "[key]"]
    keys = [str(part) for part in loc if not isinstance(part, int)]
    line = find_line(text, keys) if text else None
    where = f"{origin}, line {line}" if line else origin
    return f"{where}: {'.'.join(keys) or 'the file'}: {_expected(error, model, keys)}"


def find_line(text: str, keys: Sequence[str]) -> int | None:
    """The line of ``keys`` (a table path then a key) in TOML ``text``, or None.

    Looks for the key after the header of its table (``[readability]``, or
    ``[tool.recordlint.readability]`` in pyproject.toml), then as a dotted key, then
    anywhere; good enough to point an editor at the right place.
    """
    if not keys:
        return None
    lines = text.splitlines()
    *tables, key = keys
    key_pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
    start = 0
    if tables:
        header = re.compile(rf"^\s*\[\s*(tool\.recordlint\.)?{re.escape('.'.join(tables))}\s*\]")
        found = next((n for n, line in enumerate(lines) if header.match(line)), None)
        if found is not None:
            start = found + 1
        else:
            dotted = re.compile(rf"^\s*{re.escape('.'.join(keys))}\s*=")
            hit = next((n for n, line in enumerate(lines) if dotted.match(line)), None)
            if hit is not None:
                return hit + 1
    for number in range(start, len(lines)):
        if tables and number > start and lines[number].lstrip().startswith("["):
            break  # the next table: the key is not in this one
        if key_pattern.match(lines[number]):
            return number + 1
    # A whole table that is wrong ([readablity]): its header line.
    header = re.compile(rf"^\s*\[\s*(tool\.recordlint\.)?{re.escape('.'.join(keys))}\s*\]")
    found = next((n for n, line in enumerate(lines) if header.match(line)), None)
    if found is not None:
        return found + 1
    return start if tables and start else None


def _expected(error: ErrorDetails, model: type[BaseModel], keys: list[str]) -> str:
    kind = error["type"]
    value = error.get("input")
    got = _shown(value)
    context: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        allowed = _keys_of(model, keys[:-1])
        hint = did_you_mean(keys[-1], allowed)
        listed = ", ".join(allowed)
        return f"unknown key{hint}; the keys here are {listed}" if allowed else "unknown key"
    if kind in ("tuple_type", "list_type", "set_type", "frozen_set_type"):
        example = f"[{json.dumps(value)}]" if isinstance(value, str) else '["RL101", "jargon"]'
        return f"expected a list in square brackets such as {example}, got {got}"
    if kind.startswith("int"):
        return f"expected a whole number, got {got}"
    if kind.startswith("float"):
        return f"expected a number, got {got}"
    if kind.startswith("bool"):
        return f"expected true or false, got {got}"
    if kind.startswith("string"):
        return f"expected text in quotes, got {got}"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return f"expected a table of settings ([{'.'.join(keys)}]), got {got}"
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(context.get("expected", "")))
        hint = did_you_mean(str(value), choices) if isinstance(value, str) else ""
        listed = _one_of(choices)
        return f"expected {listed}, got {got}{hint}"
    bounds = {
        "greater_than_equal": ("at least", "ge"),
        "greater_than": ("above", "gt"),
        "less_than_equal": ("at most", "le"),
        "less_than": ("below", "lt"),
    }
    if kind in bounds:
        words, name = bounds[kind]
        return f"expected {words} {context.get(name)}, got {got}"
    if kind == "too_short":
        least = context.get("min_length", 1)
        return f"expected at least {least} item{'s' if least != 1 else ''}, got {got}"
    message = str(error.get("msg", "")).removeprefix("Input should be ")
    return f"expected {message}, got {got}"


def _one_of(choices: list[str]) -> str:
    quoted = [f"'{choice}'" for choice in choices]
    if len(quoted) < 2:
        return "".join(quoted) or "another value"
    return f"one of {', '.join(quoted[:-1])} or {quoted[-1]}"


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return "a table"
    return json.dumps(value, default=str, ensure_ascii=False)


def _keys_of(model: type[BaseModel], tables: list[str]) -> list[str]:
    """The keys a table accepts, as written in TOML (kebab-case aliases)."""
    current: Any = model
    for table in tables:
        fields = _fields_by_alias(current)
        annotation = fields.get(table)
        if not (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
            return []
        current = annotation
    return sorted(_fields_by_alias(current))


def _fields_by_alias(model: type[BaseModel]) -> dict[str, Any]:
    return {(field.alias or name): field.annotation for name, field in model.model_fields.items()}
