"""Rule families. :func:`load_rule_modules` registers every rule.

Codes are banded by family, so a prefix selects a family: RL0 coverage (what could not be
checked), RL1 acronyms and abbreviations, RL2 jargon and legal terms, RL3 readability, RL40x
spelling, RL45x grammar, RL5 respectful language, RL6 fact and opinion, RL7 rationale, RL8
the person's voice, RL90x letters, RL91x timeliness.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from recordlint.config import Config

RULE_MODULES = (
    "coverage",
    "acronyms",
    "jargon",
    "readability",
    "wordy",
    "spelling",
    "grammar",
    "respectful",
    "opinion",
    "rationale",
    "voice",
    "letters",
    "timeliness",
)

# The modules whose rules have a slow load of their own (Rule.warm_up: Harper's linter takes
# a second to build), so that a command can start those loads before it imports the rest.
SLOW_LOAD_MODULES = ("grammar",)


def load_rule_modules() -> None:
    """Import every rule module, which registers its rules. Not done on importing the
    package, so that one module, or the registry alone, can be imported without the rest."""
    for module in RULE_MODULES:
        import_module(f"recordlint.rules.{module}")


def early_loads(config: Config) -> list[Callable[[Config], None]]:
    """The slow loads of the rules that ``config`` chooses, found by importing only
    :data:`SLOW_LOAD_MODULES`: a command can run them on a second thread while it imports
    everything else. Selectors are not checked here; building the Linter does that."""
    from recordlint.config.selection import chosen_rules
    from recordlint.rules.registry import registered_rules

    for module in SLOW_LOAD_MODULES:
        import_module(f"recordlint.rules.{module}")
    rules = chosen_rules(config, registered_rules())
    return [rule.warm_up for rule in rules if rule.warm_up is not None]
