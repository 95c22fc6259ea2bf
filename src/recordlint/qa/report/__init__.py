"""The audit report: one self-contained HTML page summarising a batch run's results.

It reads the JSON Lines that `recordlint check --format jsonl` writes (one record per line,
with team, author and dates from the export), one line at a time. Each figure is counted on
its proper base: the 48-hour standard over case notes that have both dates, the person's
voice over the kinds of record that should carry it, findings per 100 words with warnings
apart from hints, so long and thorough records are not made to look worse. Charts are inline
SVG; there are no scripts, fonts or images from anywhere else.

The package is one concern a module, each using only those before it:

* ``figures``: the report's settings, a rule's and a standard's names, and the counts for a
  group of records (:class:`Group`).
* ``records``: one record's line of results read (:func:`read_results`) and turned into the
  row the report keeps: its timing, its voice, its month.
* ``audit``: everything the report shows, gathered in one pass (:func:`gather`), and two
  periods compared (:func:`compare`).
* ``pages``: the template environment and the report page (:func:`render`).
* ``feedback``: a page of feedback for one worker, to take into supervision
  (:func:`feedback_page`).
"""

from __future__ import annotations

from recordlint.qa.report.audit import Audit, Change, compare, gather
from recordlint.qa.report.feedback import Strength, feedback_page, strengths
from recordlint.qa.report.figures import (
    DEFAULT_TARGET_READING_AGE,
    DEFAULT_WITHIN_HOURS,
    Group,
    RecordRow,
    Term,
    rule_name,
    standard_title,
)
from recordlint.qa.report.pages import anchor, bar_items, render
from recordlint.qa.report.records import read_results

__all__ = [
    "DEFAULT_TARGET_READING_AGE",
    "DEFAULT_WITHIN_HOURS",
    "Audit",
    "Change",
    "Group",
    "RecordRow",
    "Strength",
    "Term",
    "anchor",
    "bar_items",
    "compare",
    "feedback_page",
    "gather",
    "read_results",
    "render",
    "rule_name",
    "standard_title",
    "strengths",
]
