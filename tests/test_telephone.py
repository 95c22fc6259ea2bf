"""The shared reading of UK telephone numbers, used by the letters rules and the jargon rules."""

from __future__ import annotations

import re

import pytest

from recordlint.telephone import TELEPHONE_NUMBER, UK_TELEPHONE_NUMBER


@pytest.mark.parametrize(
    "text",
    [
        "01934 888 888",
        "0121 303 1234",
        "029 2087 2087",
        "07700 900 312",
        "0300 1234 131",
        "+44 (0)117 922 2700",
        "0800 123 4567",
        "(01226) 773300",
        "01632-960-100",
    ],
)
def test_a_number_as_letters_print_it_is_read_whole(text: str) -> None:
    found = TELEPHONE_NUMBER.search(f"Call us on {text} today.")
    assert found is not None
    assert found.group() == text


@pytest.mark.parametrize(
    "text",
    [
        "01/02/2026",  # a date
        "0123-4567-8901234",  # part of a longer reference
        "ref 2026.01234567890",  # digits after a point
        "012345",  # too short for a number
    ],
)
def test_dates_references_and_short_runs_are_not_numbers(text: str) -> None:
    assert TELEPHONE_NUMBER.search(text) is None


def test_the_pattern_source_composes_with_a_lead_in() -> None:
    # The jargon rules put a short lead-in before the number ("… can help on 01632 960300").
    after_a_team = re.compile(r"[^.!?\n]{0,40}?" + UK_TELEPHONE_NUMBER)
    assert after_a_team.match(" can help on 01632 960300.") is not None
    assert after_a_team.match(" can help. Ring 01632 960300.") is None
