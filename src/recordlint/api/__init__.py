"""The core entry points: :func:`lint` for one-off use and :class:`Linter` for long runs.

The package is split one concern a module, each using only those before it:

* ``paragraphs``: the linter's state and its paragraph phase (rules chosen, analysis, cache).
* ``filters``: the filters that are not rules (words talked about or explained, one finding
  per problem).
* ``record``: the record phase (document steps, finalizers, coverage, silencing).
* ``linter``: :class:`Linter` (warm-up, records in batches) and :func:`lint`.
"""

from __future__ import annotations

from recordlint.api.filters import one_finding_per_problem
from recordlint.api.linter import Linter, lint

__all__ = ["Linter", "lint", "one_finding_per_problem"]
