"""One reading of a record's whole text, shared by kind inference and the rules' record
steps: each fact about the whole text worked out once."""

from __future__ import annotations

from pathlib import Path

import pytest

import recordlint.kinds.reading as reading_module
from recordlint.findings import RecordKind
from recordlint.kinds import (
    TextReading,
    in_the_writers_voice_throughout,
    infer_kind,
    is_information_page,
    posted_to_a_forum,
    tells_of_no_one,
    written_by_a_member_of_the_public,
)
from recordlint.kinds.own_accounts import is_own_account, own_account_by_its_words
from tests.conftest import linter_for
from tests.test_kinds import ACCOUNT_WITH_PULL_QUOTES

REPOSITORY = Path(__file__).parent.parent
SRC = REPOSITORY / "src" / "recordlint"

CASE_NOTE = (
    "Home visit to Mrs Khan. Mrs Khan said she wants to stay at home. "
    "Her daughter rang later. Mrs Khan has been signposted to the carers' centre."
)
INFORMATION_PAGE = (
    "You can ask for a direct payment. You will be offered a choice of how you receive "
    "your money, and you can change your mind. If you want help, you can ring us."
)


@pytest.mark.parametrize("text", [ACCOUNT_WITH_PULL_QUOTES, CASE_NOTE, INFORMATION_PAGE])
def test_each_fact_of_the_reading_is_the_kinds_test_on_the_same_text(text: str) -> None:
    reading = TextReading(text)
    assert reading.by_a_member_of_the_public is written_by_a_member_of_the_public(text)
    assert reading.in_the_writers_voice_throughout is in_the_writers_voice_throughout(text)
    assert reading.own_account is is_own_account(text)
    assert reading.information_page is is_information_page(text)
    assert reading.tells_of_no_one is tells_of_no_one(text)
    assert reading.posted_to_a_forum is posted_to_a_forum(text)
    assert reading.the_writers_throughout is (
        written_by_a_member_of_the_public(text)
        or posted_to_a_forum(text)
        or in_the_writers_voice_throughout(text)
    )


def test_an_own_account_under_pull_quotes_turns_on_the_writers_voice() -> None:
    """Its words alone leave it open (one mention of the writer's own life, under pull
    quotes); the writer's voice throughout decides, and the reading keeps that fact."""
    assert own_account_by_its_words(ACCOUNT_WITH_PULL_QUOTES) is None
    reading = TextReading(ACCOUNT_WITH_PULL_QUOTES)
    assert reading.own_account
    assert reading.in_the_writers_voice_throughout
    assert infer_kind(ACCOUNT_WITH_PULL_QUOTES, reading) is RecordKind.OWN_ACCOUNT


def test_a_case_note_is_decided_by_its_words() -> None:
    assert own_account_by_its_words(CASE_NOTE) is False
    assert not TextReading(CASE_NOTE).own_account


def test_the_writers_voice_is_worked_out_once_per_record(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Kind inference and the service-jargon rule's record step read one fact: the test of
    the writer's voice runs once while the record is linted, not once for each."""
    calls: list[str] = []

    def counted(text: str) -> bool:
        calls.append(text)
        return in_the_writers_voice_throughout(text)

    monkeypatch.setattr(reading_module, "in_the_writers_voice_throughout", counted)
    report = linter_for().lint(ACCOUNT_WITH_PULL_QUOTES)
    assert report.kind is RecordKind.OWN_ACCOUNT
    assert "RL201" not in {f.code for f in report.findings}
    assert len(calls) == 1


def test_a_fact_no_one_asks_for_is_not_worked_out(monkeypatch: pytest.MonkeyPatch) -> None:
    """A reading costs nothing until asked: with the kind given, a case note's record
    steps never ask whose voice carries it."""
    calls: list[str] = []
    monkeypatch.setattr(
        reading_module, "in_the_writers_voice_throughout", lambda text: bool(calls.append(text))
    )
    linter_for().lint(CASE_NOTE, kind=RecordKind.CASE_NOTE)
    assert calls == []


def test_no_rule_asks_the_kinds_layer_again_what_the_reading_holds() -> None:
    """The record steps read the reading's facts (``ctx.reading``) rather than working
    them out again from the text."""
    again = (
        "in_the_writers_voice_throughout(",
        "written_by_a_member_of_the_public(",
        "posted_to_a_forum(",
        "is_information_page(",
        "tells_of_no_one(",
    )
    offenders = [
        f"{path.relative_to(SRC)}: {call}"
        for path in sorted((SRC / "rules").rglob("*.py"))
        for call in again
        if call in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
