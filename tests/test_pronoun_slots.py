"""The pronoun slot a lexicon phrase may hold, defined once, in the shared phrase matcher."""

from __future__ import annotations

from pathlib import Path

from recordlint.matching import POSSESSIVE_DETERMINERS, PRONOUN_SLOTS, REFLEXIVES, with_pronouns
from recordlint.rules.respectful.lexicon import judgemental

SRC = Path(__file__).parent.parent / "src" / "recordlint"


def test_a_pronoun_slot_stands_for_each_personal_pronoun_of_its_kind() -> None:
    assert with_pronouns("not pull one's weight") == [
        f"not pull {pronoun} weight" for pronoun in sorted(POSSESSIVE_DETERMINERS)
    ]
    assert with_pronouns("let oneself go") == [
        f"let {pronoun} go" for pronoun in sorted(REFLEXIVES)
    ]
    assert "its" not in POSSESSIVE_DETERMINERS  # a person's pronoun, never a thing's
    assert with_pronouns("lacks insight") == ["lacks insight"]
    assert set(PRONOUN_SLOTS) == {"one's", "oneself"}


def test_the_judgemental_lexicon_reads_its_slots_through_the_shared_matcher() -> None:
    """Every judgemental term with a slot is compiled once for each pronoun; none keeps
    the slot itself."""
    entries, _ = judgemental()
    terms = {entry.term for entry in entries}
    assert not any(word in PRONOUN_SLOTS for term in terms for word in term.lower().split())
    assert {"let himself go", "let themselves go", "not pull their weight"} <= terms


def test_the_pronoun_slot_is_defined_in_the_shared_matcher_alone() -> None:
    """The pronouns a slot stands for are listed once, in ``matching/pronouns.py``."""
    listed = [
        str(path.relative_to(SRC))
        for path in sorted(SRC.rglob("*.py"))
        if '"themself"' in path.read_text(encoding="utf-8")
        or '"one\'s":' in path.read_text(encoding="utf-8")
    ]
    assert listed == ["matching/pronouns.py"]
