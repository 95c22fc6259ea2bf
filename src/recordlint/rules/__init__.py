"""Rule families. Importing this package registers every rule.

Codes are banded by family, so a prefix selects a family: RL0 coverage (what could not be
checked), RL1 acronyms and abbreviations, RL2 jargon and legal terms, RL3 readability, RL40x
spelling, RL45x grammar, RL5 respectful language, RL6 fact and opinion, RL7 rationale, RL8
the person's voice, RL90x letters, RL91x timeliness.
"""

from importlib import import_module

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

for _module in RULE_MODULES:
    import_module(f"recordlint.rules.{_module}")
