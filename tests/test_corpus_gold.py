"""Structural checks on the annotated corpus in corpus/ (gold format, see the gold-format doc)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

CORPUS_DIR = Path(__file__).resolve().parent.parent / "corpus"
GOLD_PATH = CORPUS_DIR / "gold.jsonl"

KINDS = {"case_note", "letter", "assessment", "email"}
LABELS = {
    "ACRONYM",
    "JARGON",
    "LEGAL_TERM",
    "JUDGEMENTAL",
    "OPINION_AS_FACT",
    "NO_RATIONALE",
    "MISSPELLING",
    "QUOTE",
    "PERSON_VOICE",
}
EXEMPLARY_LABELS = {"QUOTE", "PERSON_VOICE", "LEGAL_TERM"}
# Wording a linter must never "correct" inside the person's own words.
NEVER_INSIDE_QUOTE = {"ACRONYM", "JARGON", "MISSPELLING", "JUDGEMENTAL"}
REQUIRED_KEYS: dict[str, type | tuple[type, ...]] = {
    "id": str,
    "kind": str,
    "exemplary": bool,
    "person_voice": bool,
    "contact_details": (bool, type(None)),
    "contact_date": (str, type(None)),
    "recorded_date": (str, type(None)),
    "spans": list,
}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
MINIMUM_RECORDS = 80


def load_gold() -> list[dict[str, Any]]:
    with GOLD_PATH.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


GOLD = load_gold()
GOLD_IDS = [record["id"] for record in GOLD]


def document_text(record_id: str) -> str:
    return (CORPUS_DIR / f"{record_id}.txt").read_text(encoding="utf-8")


def nth_occurrence(text: str, needle: str, occurrence: int) -> int:
    """Return the start of the n-th occurrence of needle, or -1 if there are fewer."""
    start = -1
    for _ in range(occurrence):
        start = text.find(needle, start + 1)
        if start == -1:
            return -1
    return start


def span_ranges(record: dict[str, Any], text: str) -> list[tuple[str, int, int]]:
    ranges = []
    for span in record["spans"]:
        start = nth_occurrence(text, span["text"], span["occurrence"])
        ranges.append((span["label"], start, start + len(span["text"])))
    return ranges


def test_gold_lines_all_parse_as_objects() -> None:
    """Every non-empty line of gold.jsonl is a JSON object."""
    with GOLD_PATH.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip()]
    assert all(isinstance(json.loads(line), dict) for line in lines)


def test_corpus_has_enough_records() -> None:
    """The corpus holds at least the agreed number of records."""
    assert len(GOLD) >= MINIMUM_RECORDS


def test_ids_are_unique() -> None:
    """No record id appears twice in gold.jsonl."""
    assert len(GOLD_IDS) == len(set(GOLD_IDS))


def test_every_gold_id_has_a_text_and_every_text_has_gold() -> None:
    """Each gold id has its .txt file and each .txt file has a gold line."""
    text_ids = {path.stem for path in CORPUS_DIR.glob("*.txt")}
    assert text_ids == set(GOLD_IDS)


@pytest.mark.parametrize("record", GOLD, ids=GOLD_IDS)
def test_record_has_required_keys_and_types(record: dict[str, Any]) -> None:
    """Each record carries the gold-format keys with the right types and allowed values."""
    for key, expected_type in REQUIRED_KEYS.items():
        assert key in record, key
        assert isinstance(record[key], expected_type), key
    assert record["kind"] in KINDS
    for key in ("contact_date", "recorded_date"):
        if record[key] is not None:
            assert ISO_DATE.fullmatch(record[key]), record[key]


@pytest.mark.parametrize("record", GOLD, ids=GOLD_IDS)
def test_contact_details_only_on_letters(record: dict[str, Any]) -> None:
    """Letters say true or false for contact details; every other kind says null."""
    if record["kind"] == "letter":
        assert isinstance(record["contact_details"], bool)
    else:
        assert record["contact_details"] is None


@pytest.mark.parametrize("record", GOLD, ids=GOLD_IDS)
def test_spans_are_well_formed_and_found_in_text(record: dict[str, Any]) -> None:
    """Each span has a known label and its text occurs at least `occurrence` times."""
    text = document_text(record["id"])
    for span in record["spans"]:
        assert set(span) == {"label", "text", "occurrence"}, span
        assert span["label"] in LABELS, span
        assert isinstance(span["text"], str) and span["text"], span
        assert isinstance(span["occurrence"], int) and span["occurrence"] >= 1, span
        assert nth_occurrence(text, span["text"], span["occurrence"]) != -1, span


@pytest.mark.parametrize("record", GOLD, ids=GOLD_IDS)
def test_spans_are_not_duplicated(record: dict[str, Any]) -> None:
    """No span (label, text, occurrence) is listed twice."""
    keys = [(span["label"], span["text"], span["occurrence"]) for span in record["spans"]]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("record", GOLD, ids=GOLD_IDS)
def test_exemplary_records_have_only_gentle_spans(record: dict[str, Any]) -> None:
    """An exemplary record carries only QUOTE, PERSON_VOICE and LEGAL_TERM spans."""
    if record["exemplary"]:
        assert {span["label"] for span in record["spans"]} <= EXEMPLARY_LABELS


@pytest.mark.parametrize("record", GOLD, ids=GOLD_IDS)
def test_no_wording_finding_inside_a_quote(record: dict[str, Any]) -> None:
    """No acronym, jargon, misspelling or judgemental span lies inside the person's quote."""
    ranges = span_ranges(record, document_text(record["id"]))
    quotes = [(start, end) for label, start, end in ranges if label == "QUOTE"]
    for label, start, end in ranges:
        if label in NEVER_INSIDE_QUOTE:
            assert not any(q_start <= start < q_end for q_start, q_end in quotes), (label, start)
            assert not any(q_start < end <= q_end for q_start, q_end in quotes), (label, start)


@pytest.mark.parametrize("record", GOLD, ids=GOLD_IDS)
def test_person_voice_flag_agrees_with_voice_spans(record: dict[str, Any]) -> None:
    """A record marked as carrying the person's voice has a PERSON_VOICE span, and vice versa."""
    has_voice_span = any(span["label"] == "PERSON_VOICE" for span in record["spans"])
    assert record["person_voice"] == has_voice_span


def test_corpus_covers_every_kind_and_label() -> None:
    """Every record kind and every label appears somewhere in the corpus."""
    assert {record["kind"] for record in GOLD} == KINDS
    assert {span["label"] for record in GOLD for span in record["spans"]} == LABELS
