"""What the scores print: the verdict table of each split, and a JSON line for every finding
that still needs a verdict. Kept apart from the scoring, which it only formats.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace

from recordlint.findings import Finding
from recordlint.repeats import with_repeats
from recordlint.verdicts.scoring import (
    keyed_findings,
    matched_verdicts,
)
from recordlint.verdicts.tallies import SplitScore, false_alarm_rate, key_dict
from recordlint.verdicts.texts import (
    OVERALL,
    FindingKey,
    RealText,
    Verdict,
)


def format_verdict_table(splits: dict[str, SplitScore]) -> str:
    """One table per split, in the order given (see with_total)."""
    header = (
        f"{'rule':<12}{'findings':>9}{'true':>6}{'false':>6}{'debat.':>7}{'new':>5}"
        f"{'precision':>10}{'false/1k w':>11}{'kept':>6}{'lost':>6}{'false left':>11}"
    )
    lines: list[str] = []
    for name, part in splits.items():
        lines.append(f"{name}: {part.texts} texts, {part.words} words")
        lines.append(header)
        rows = [*sorted(part.rules.items()), (OVERALL, part.overall())]
        for code, t in rows:
            precision = f"{t.precision:.2f}" if t.precision is not None else "-"
            rate = false_alarm_rate(t.judged_false, part.words)
            rate_text = f"{rate:.2f}" if rate is not None else "-"
            lines.append(
                f"{code:<12}{t.findings:>9}{t.judged_true:>6}{t.judged_false:>6}{t.debatable:>7}"
                f"{t.unjudged:>5}{precision:>10}{rate_text:>11}{t.kept_true:>6}{t.lost_true:>6}"
                f"{t.false_still_raised:>11}"
            )
        occurrences = part.overall().findings
        if part.shown != occurrences:
            lines.append(
                f"findings shown: {part.shown} (one finding stands for its term's other uses "
                f"and for other rules' findings on the same words; those "
                f"{occurrences - part.shown} are scored above as raised)"
            )
        if part.acronym_gold:
            lines.append(
                f"acronym occurrence recall: {part.acronym_found}/{part.acronym_gold} "
                f"= {part.acronym_recall:.2f}"
            )
        lines.append("")
    lines.append(
        "new: findings with no verdict yet; kept/lost: judged true and raised again or not;"
    )
    lines.append("false left: judged false and still raised; precision = true / (true + false).")
    return "\n".join(lines)


def unjudged_lines(linted: Iterable[tuple[RealText, list[Finding]]],
                   verdicts: dict[FindingKey, Verdict]) -> Iterator[str]:  # fmt: skip
    """A JSON line for every finding without a verdict, ready to be judged and appended."""
    for text, findings in linted:
        # A finding that stands for other rules' findings on the same words tells their
        # problems too ("Also: 'are not required' is passive ..."), so each is scored under
        # its own code, as the gold scoring does; so is each other use of a repeated term.
        keyed = keyed_findings(
            text.id, [part for f in with_repeats(findings) for part in (f, *f.absorbed)]
        )
        judgements = matched_verdicts(text.text, keyed, verdicts)
        for (key, finding), verdict in zip(keyed, judgements, strict=True):
            if verdict is not None and verdict.verdict is not None:
                continue
            while verdict is None and key in verdicts:
                # That number names a verdict at another place: give this one the next.
                key = replace(key, occurrence=key.occurrence + 1)
            yield json.dumps({
                **key_dict(key), "start": finding.start, "end": finding.end,
                "context": _context(text.text, finding.start, finding.end),
                "message": finding.message, "verdict": None, "reason": "",
            }, ensure_ascii=False)  # fmt: skip


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return " ".join(f"{left}[[{text[start:end]}]]{right}".split())
