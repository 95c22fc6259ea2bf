"""Scoring today's findings against the verdicts: each finding keyed, matched to its verdict
by place or by occurrence, the texts linted, every split scored and the splits put in order
with their sum. The step that runs the linter; the reading comes before it and the tables
after.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from recordlint.api import Linter
from recordlint.findings import Category, Finding
from recordlint.repeats import with_repeats
from recordlint.verdicts.tallies import SplitScore
from recordlint.verdicts.texts import (
    ALL_SPLITS,
    SPLIT_ORDER,
    FindingKey,
    RealText,
    Verdict,
)


def keyed_findings(file_id: str, findings: Iterable[Finding]) -> list[tuple[FindingKey, Finding]]:
    """Give each finding its key, numbering repeats of a (code, text) pair in text order."""
    seen: dict[tuple[str, str], int] = {}
    keyed = []
    for finding in sorted(findings, key=lambda f: (f.start, f.end, f.code)):
        pair = (finding.code, finding.text)
        seen[pair] = seen.get(pair, 0) + 1
        keyed.append((FindingKey(file_id, finding.code, finding.text, seen[pair]), finding))
    return keyed


def matched_verdicts(
    text: str, keyed: Sequence[tuple[FindingKey, Finding]], verdicts: dict[FindingKey, Verdict]
) -> list[Verdict | None]:
    """The verdict for each of one text's findings today, or None.

    A verdict whose words still stand at its recorded place in ``text`` belongs to the
    finding at that place only, so a rule that stops flagging an earlier occurrence does
    not hand the later findings the earlier ones' verdicts. A verdict without a place, or
    whose place no longer holds its words (the text was edited), is found by which
    occurrence of its code and words the finding is."""
    at = {
        (v.key.file, v.key.code, v.key.text, v.start): v
        for v in verdicts.values()
        if v.start is not None
    }
    found: list[Verdict | None] = []
    for key, finding in keyed:
        placed = at.get((key.file, key.code, key.text, finding.start))
        if placed is not None:
            found.append(placed)
            continue
        counted = verdicts.get(key)
        if counted is not None and _still_stands(text, counted):
            counted = None  # judged at another place, where the words still stand
        found.append(counted)
    return found


def _still_stands(text: str, verdict: Verdict) -> bool:
    start = verdict.start
    return start is not None and text[start : start + len(verdict.key.text)] == verdict.key.text


def lint_texts(
    texts: Sequence[RealText], linter: Linter
) -> Iterator[tuple[RealText, list[Finding]]]:
    reports = linter.lint_many((t.text, t.kind, None) for t in texts)
    for text, report in zip(texts, reports, strict=True):
        yield text, report.findings


def score(
    linted: Iterable[tuple[RealText, list[Finding]]],
    verdicts: dict[FindingKey, Verdict],
    acronym_gold: dict[str, list[tuple[int, int]]] | None = None,
) -> dict[str, SplitScore]:
    """Compare today's findings with the verdicts, split by split."""
    splits: dict[str, SplitScore] = {}
    verdicts_by_file: dict[str, list[Verdict]] = {}
    for verdict in verdicts.values():
        verdicts_by_file.setdefault(verdict.key.file, []).append(verdict)
    for text, findings in linted:
        result = splits.setdefault(text.split, SplitScore())
        result.texts += 1
        result.words += text.words
        raised = set()
        result.shown += len(findings)
        # A finding that stands for other rules' findings on the same words tells their
        # problems too ("Also: 'are not required' is passive ..."), so each is scored under
        # its own code, as the gold scoring does; so is each other use of a repeated term.
        keyed = keyed_findings(
            text.id, [part for f in with_repeats(findings) for part in (f, *f.absorbed)]
        )
        judgements = matched_verdicts(text.text, keyed, verdicts)
        for (key, _finding), judged in zip(keyed, judgements, strict=True):
            if judged is not None:
                raised.add(judged.key)
            tally = result.rule(key.code)
            tally.findings += 1
            if judged is None or judged.verdict is None:
                tally.unjudged += 1
                result.unjudged.append(key)
            elif judged.verdict == "true":
                tally.judged_true += 1
                tally.kept_true += 1
            elif judged.verdict == "false":
                tally.judged_false += 1
                tally.false_still_raised += 1
                result.false_raised.append(judged)
            else:
                tally.debatable += 1
        for verdict in verdicts_by_file.get(text.id, []):
            if verdict.key in raised:
                continue
            if verdict.verdict == "true":
                result.rule(verdict.key.code).lost_true += 1
                result.lost.append(verdict)
            elif verdict.verdict == "false":
                result.rule(verdict.key.code).false_gone += 1
        spans = (acronym_gold or {}).get(text.id)
        if spans is not None:
            acronyms = [f for f in findings if f.category is Category.ACRONYM]
            result.acronym_gold += len(spans)
            result.acronym_found += sum(
                1 for start, end in spans if any(f.start < end and start < f.end for f in acronyms)
            )
    return splits


def with_total(splits: dict[str, SplitScore]) -> dict[str, SplitScore]:
    """The splits in a stable order (dev, fresh, fresh2, holdout, others), plus their sum if
    several."""
    parts = {name: part for name, part in splits.items() if name != ALL_SPLITS}
    order = sorted(parts, key=lambda name: (SPLIT_ORDER.get(name, len(SPLIT_ORDER)), name))
    ordered = {name: parts[name] for name in order}
    if len(ordered) > 1:
        total = SplitScore()
        for part in ordered.values():
            total.texts += part.texts
            total.words += part.words
            total.unjudged += part.unjudged
            total.lost += part.lost
            total.false_raised += part.false_raised
            total.acronym_gold += part.acronym_gold
            total.acronym_found += part.acronym_found
            total.shown += part.shown
            for code, tally in part.rules.items():
                total.rule(code).add(tally)
        ordered[ALL_SPLITS] = total
    return ordered
