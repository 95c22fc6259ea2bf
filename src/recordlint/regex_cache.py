"""Regular expressions compiled once per machine rather than at every start.

Compiling a pattern has two steps: Python parses it and turns it into the regular expression
engine's code (a list of numbers), then the engine takes that code. The first step is slow
for long patterns with large character classes: the spaCy tokenizer's affix patterns (some
30,000 characters of alternatives and Unicode ranges) take several hundredths of a second of
every cold start, and give the same code every time. :func:`compiled` keeps that code in the
data cache (see :mod:`recordlint.data_cache`), keyed by the patterns and by the interpreter's
version and the engine's format, and hands it straight to the engine.

The engine checks the code it is given, so damaged code cannot go unnoticed; and wherever
the cached path fails (another interpreter, anything unexpected) the patterns are compiled
with :func:`re.compile` as usual. Both give equal compiled patterns: the same source, flags
and code.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Sequence
from typing import Any

from recordlint import data_cache

KIND = "regex-code"
# One pattern's arguments to the engine: flags, code, the number of groups less one, and
# the group names both ways.
_Arguments = tuple[int, list[int], int, dict[str, int], list[Any]]


def compiled(patterns: Sequence[str]) -> list[re.Pattern[str]]:
    """``re.compile`` of each of ``patterns``, with their parsing done once per machine
    (one cache entry for them all)."""
    try:
        engine: Any = importlib.import_module("_sre")
        version = f"{sys.version};{engine.MAGIC};{engine.CODESIZE}"
        arguments = data_cache.cached(
            KIND,
            "\0".join((version, *patterns)),
            lambda: [_engine_arguments(pattern) for pattern in patterns],
        )
        made = [
            engine.compile(pattern, flags, code, groups, groupindex, tuple(indexgroup))
            for pattern, (flags, code, groups, groupindex, indexgroup) in zip(
                patterns, arguments, strict=True
            )
        ]
    except Exception:  # an interpreter that compiles differently: the usual way
        return [re.compile(pattern) for pattern in patterns]
    if not all(isinstance(pattern, re.Pattern) for pattern in made):
        return [re.compile(pattern) for pattern in patterns]
    return made


def _engine_arguments(pattern: str) -> _Arguments:
    """What ``re.compile`` hands the engine for ``pattern``, as values the data cache can
    hold (the code's numbers are named constants, an int subclass, until made plain)."""
    parser: Any = importlib.import_module("re._parser")
    compiler: Any = importlib.import_module("re._compiler")
    parsed = parser.parse(pattern, 0)
    code = [int(number) for number in compiler._code(parsed, 0)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[Any] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(parsed.state.flags), code, parsed.state.groups - 1, groupindex, indexgroup
