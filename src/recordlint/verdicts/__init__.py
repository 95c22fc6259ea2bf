"""Score recordlint on real texts judged by hand, finding by finding.

A real-text corpus is a folder of UTF-8 ``.txt`` files with no gold spans. Instead, every
finding recordlint raised on it was judged by hand and the verdict kept in
``verdicts.jsonl``: one JSON object per finding, keyed by file, rule code, the flagged text
and which occurrence of that (code, text) pair in the file it is, so verdicts survive small
shifts in offsets when the text or the rules change. ``sources.toml`` (optional) says which
texts are ``dev`` and which ``holdout``, and may force a record kind; ``acronym_gold.jsonl``
(optional) marks every acronym occurrence in some texts, for occurrence recall.

Scoring re-runs the linter and compares today's findings with the judged ones: how many are
judged true, false or debatable, the precision over the judged true and false ones, false
alarms per 1,000 words, which findings are new and still need a verdict, and, relative to
the judged set, which true findings are kept or lost and which false ones are still raised.

A word-choice term used again and again is one finding at its first use that lists its other
uses (``Finding.repeats``). Verdicts were made occurrence by occurrence, so each listed use
is scored as raised, under its own verdict: the tables count occurrences, as before, and
``shown`` says how many findings the writer actually sees.

The package reads in layers, each module using only those before it:

- ``texts``: the file names, verdict values and splits, and the records passed around
  (:class:`FindingKey`, :class:`Verdict`, :class:`RealText`).
- ``tallies``: :class:`RuleTally` and :class:`SplitScore`, the counts kept while scoring.
- ``reading``: the verdicts, texts and acronym gold read from a corpus folder.
- ``scoring``: findings keyed and matched to their verdicts, texts linted, splits scored.
- ``tables``: the verdict tables and the lines of findings still to judge.
"""

from recordlint.verdicts.reading import (
    is_verdict_corpus,
    read_acronym_gold,
    read_texts,
    read_verdicts,
)
from recordlint.verdicts.scoring import (
    keyed_findings,
    lint_texts,
    matched_verdicts,
    score,
    with_total,
)
from recordlint.verdicts.tables import format_verdict_table, unjudged_lines
from recordlint.verdicts.tallies import RuleTally, SplitScore, false_alarm_rate
from recordlint.verdicts.texts import (
    ACRONYM_GOLD_FILE,
    ALL_SPLITS,
    OVERALL,
    SOURCES_FILE,
    SPLIT_ORDER,
    TUNING,
    TUNING_SPLITS,
    UNSPLIT,
    VERDICT_VALUES,
    VERDICTS_FILE,
    FindingKey,
    RealText,
    Verdict,
)

__all__ = [
    "ACRONYM_GOLD_FILE",
    "ALL_SPLITS",
    "OVERALL",
    "SOURCES_FILE",
    "SPLIT_ORDER",
    "TUNING",
    "TUNING_SPLITS",
    "UNSPLIT",
    "VERDICTS_FILE",
    "VERDICT_VALUES",
    "FindingKey",
    "RealText",
    "RuleTally",
    "SplitScore",
    "Verdict",
    "false_alarm_rate",
    "format_verdict_table",
    "is_verdict_corpus",
    "keyed_findings",
    "lint_texts",
    "matched_verdicts",
    "read_acronym_gold",
    "read_texts",
    "read_verdicts",
    "score",
    "unjudged_lines",
    "with_total",
]
