"""A plain alternative must itself be plain: no suggestion from the jargon, wordy-phrase or
judgemental lexicons may be flagged by the vocabulary rules when linted on its own."""

from __future__ import annotations

import pytest

from recordlint.lexicon import load_lexicon
from tests.conftest import linter_for

SUGGESTING_LEXICONS = ("jargon", "wordy-phrases", "judgemental")
VOCABULARY_RULES = {"select": ["acronym", "jargon", "judgemental"], "ignore": ["RL203"]}


def _suggestions(name: str) -> list[tuple[str, str]]:
    return [(e.term, s) for e in load_lexicon(name).entries for s in e.suggestions]


@pytest.mark.parametrize("name", SUGGESTING_LEXICONS)
def test_no_suggestion_is_itself_flagged(name: str) -> None:
    """Every suggestion in the lexicon passes the acronym, jargon and wording rules."""
    linter = linter_for(VOCABULARY_RULES)
    flagged = []
    for term, suggestion in _suggestions(name):
        found = [f for f in linter.lint(suggestion, kind="case_note").findings
                 if not f.document_level]  # fmt: skip
        if found:
            flagged.append((term, suggestion, [(f.code, f.text) for f in found]))
    assert _suggestions(name), f"{name} has no suggestions"
    assert flagged == []
