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
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from recordlint.api import Linter
from recordlint.errors import InputError
from recordlint.findings import Category, Finding, RecordKind
from recordlint.repeats import with_repeats

VERDICTS_FILE = "verdicts.jsonl"
SOURCES_FILE = "sources.toml"
ACRONYM_GOLD_FILE = "acronym_gold.jsonl"
VERDICT_VALUES = ("true", "false", "debatable")
OVERALL = "all rules"
ALL_SPLITS = "all"  # the sum of the splits, when a corpus has several
UNSPLIT = "unsplit"  # texts that sources.toml does not assign to a split
# Tables are printed in this order; batches added after the split ("fresh", "fresh2", then
# "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11",
# "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19",
# "fresh20", "fresh21", "fresh22", then "fresh23") sit between them.
SPLIT_ORDER = {
    "dev": 0,
    "fresh": 1,
    "fresh2": 2,
    "fresh3": 3,
    "fresh4": 4,
    "fresh5": 5,
    "fresh6": 6,
    "fresh7": 7,
    "fresh8": 8,
    "fresh9": 9,
    "fresh10": 10,
    "fresh11": 11,
    "fresh12": 12,
    "fresh13": 13,
    "fresh14": 14,
    "fresh15": 15,
    "fresh16": 16,
    "fresh17": 17,
    "fresh18": 18,
    "fresh19": 19,
    "fresh20": 20,
    "fresh21": 21,
    "fresh22": 22,
    "fresh23": 23,
    "holdout": 24,
}
# Splits whose false alarms may be read and tuned on; the holdout is only ever measured.
TUNING_SPLITS = (
    "dev",
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
    "fresh17",
    "fresh18",
    "fresh19",
    "fresh20",
    "fresh21",
    "fresh22",
    "fresh23",
)
TUNING = "tuning"  # names all of TUNING_SPLITS where a split is asked for


@dataclass(frozen=True, slots=True, order=True)
class FindingKey:
    """Names one finding in a way that survives small offset shifts."""

    file: str
    code: str
    text: str
    occurrence: int  # 1 for the first finding with this code and text in the file, and so on

    def describe(self) -> str:
        nth = f" (occurrence {self.occurrence})" if self.occurrence > 1 else ""
        return f"{self.file}: {self.code} {self.text!r}{nth}"


@dataclass(frozen=True, slots=True)
class Verdict:
    key: FindingKey
    verdict: str | None  # None: listed for judging but not judged yet
    reason: str
    start: int | None
    end: int | None


@dataclass(frozen=True, slots=True)
class RealText:
    id: str
    text: str
    split: str
    kind: RecordKind | None  # None: let recordlint infer the kind, as `check` does

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(slots=True)
class RuleTally:
    """Counts for one rule (or all rules) on one split."""

    findings: int = 0
    judged_true: int = 0
    judged_false: int = 0
    debatable: int = 0
    unjudged: int = 0
    kept_true: int = 0  # judged true and raised again today
    lost_true: int = 0  # judged true but no longer raised
    false_still_raised: int = 0
    false_gone: int = 0

    @property
    def precision(self) -> float | None:
        judged = self.judged_true + self.judged_false
        return self.judged_true / judged if judged else None

    def add(self, other: RuleTally) -> None:
        for item in fields(self):
            setattr(self, item.name, getattr(self, item.name) + getattr(other, item.name))

    def to_dict(self, words: int) -> dict[str, Any]:
        return {
            "findings": self.findings,
            "true": self.judged_true,
            "false": self.judged_false,
            "debatable": self.debatable,
            "unjudged": self.unjudged,
            "precision": self.precision,
            "false_alarms_per_1000_words": false_alarm_rate(self.judged_false, words),
            "kept_true": self.kept_true,
            "lost_true": self.lost_true,
            "false_still_raised": self.false_still_raised,
            "false_gone": self.false_gone,
        }


@dataclass(slots=True)
class SplitScore:
    """Everything measured on one split (dev, holdout) of a real-text corpus."""

    texts: int = 0
    words: int = 0
    rules: dict[str, RuleTally] = field(default_factory=dict)
    unjudged: list[FindingKey] = field(default_factory=list)
    lost: list[Verdict] = field(default_factory=list)
    false_raised: list[Verdict] = field(default_factory=list)  # judged false, raised again
    acronym_gold: int = 0
    acronym_found: int = 0
    shown: int = 0  # findings as the writer sees them: a repeated term's uses count once

    def rule(self, code: str) -> RuleTally:
        return self.rules.setdefault(code, RuleTally())

    def overall(self) -> RuleTally:
        total = RuleTally()
        for tally in self.rules.values():
            total.add(tally)
        return total

    @property
    def acronym_recall(self) -> float | None:
        return self.acronym_found / self.acronym_gold if self.acronym_gold else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "texts": self.texts,
            "words": self.words,
            "rules": {code: t.to_dict(self.words) for code, t in sorted(self.rules.items())},
            "overall": self.overall().to_dict(self.words),
            "unjudged": [_key_dict(k) for k in self.unjudged],
            "lost": [_key_dict(v.key) for v in self.lost],
            "acronym_occurrences": self.acronym_gold,
            "acronym_occurrences_found": self.acronym_found,
            "acronym_occurrence_recall": self.acronym_recall,
            "findings_shown": self.shown,
        }


def false_alarm_rate(false_alarms: int, words: int) -> float | None:
    return 1000 * false_alarms / words if words else None


def _key_dict(key: FindingKey) -> dict[str, Any]:
    return {"file": key.file, "code": key.code, "text": key.text, "occurrence": key.occurrence}


def is_verdict_corpus(folder: Path) -> bool:
    return (folder / VERDICTS_FILE).is_file()


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


def read_verdicts(path: Path) -> dict[FindingKey, Verdict]:
    verdicts: dict[FindingKey, Verdict] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            verdict = _verdict(json.loads(line))
        except (ValueError, KeyError, TypeError) as error:
            raise InputError(f"{path.name}:{number}: {error}") from error
        if verdict.key in verdicts:
            raise InputError(f"{path.name}:{number}: a second verdict for {verdict.key.describe()}")
        verdicts[verdict.key] = verdict
    return verdicts


def _verdict(raw: dict[str, Any]) -> Verdict:
    value = raw.get("verdict")
    if value is not None and value not in VERDICT_VALUES:
        raise ValueError(
            f"verdict must be one of {', '.join(VERDICT_VALUES)} (or null), not {value!r}"
        )
    key = FindingKey(
        str(raw["file"]), str(raw["code"]), str(raw["text"]), int(raw.get("occurrence", 1))
    )
    if key.occurrence < 1:
        raise ValueError("occurrence counts from 1")
    return Verdict(key, value, str(raw.get("reason", "")), raw.get("start"), raw.get("end"))


def read_texts(folder: Path) -> list[RealText]:
    """The corpus texts, with the split and any forced kind from sources.toml."""
    sources = _read_sources(folder / SOURCES_FILE)
    texts = []
    for path in sorted(folder.glob("*.txt")):
        entry = sources.get(path.stem, {})
        kind = entry.get("record_kind")
        try:
            texts.append(RealText(
                id=path.stem,
                text=path.read_text(encoding="utf-8"),
                split=str(entry.get("split", UNSPLIT)),
                kind=RecordKind(kind) if kind else None,
            ))  # fmt: skip
        except (UnicodeDecodeError, ValueError) as error:
            raise InputError(f"{path.name}: {error}") from error
    if not texts:
        raise InputError(f"{folder}: no .txt files to score")
    return texts


def _read_sources(path: Path) -> dict[str, dict[str, Any]]:
    if not path.is_file():
        return {}
    try:
        entries = tomllib.loads(path.read_text(encoding="utf-8")).get("text", [])
        return {str(entry["id"]): entry for entry in entries}
    except (tomllib.TOMLDecodeError, KeyError, TypeError) as error:
        raise InputError(f"{path.name}: {error}") from error


def read_acronym_gold(path: Path, texts: Sequence[RealText]) -> dict[str, list[tuple[int, int]]]:
    """Character ranges of every marked acronym occurrence, by text id (gold span format)."""
    if not path.is_file():
        return {}
    by_id = {t.id: t.text for t in texts}
    gold: dict[str, list[tuple[int, int]]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            text = by_id[raw["id"]]
            gold[raw["id"]] = [_locate(text, s["text"], int(s.get("occurrence", 1)))
                               for s in raw.get("spans", [])]  # fmt: skip
        except (ValueError, KeyError, TypeError) as error:
            raise InputError(f"{path.name}:{number}: {error}") from error
    return gold


def _locate(text: str, needle: str, occurrence: int) -> tuple[int, int]:
    index = -1
    for _ in range(occurrence):
        index = text.find(needle, index + 1)
        if index < 0:
            raise ValueError(f"span {needle!r} occurrence {occurrence} not found")
    return index, index + len(needle)


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
                **_key_dict(key), "start": finding.start, "end": finding.end,
                "context": _context(text.text, finding.start, finding.end),
                "message": finding.message, "verdict": None, "reason": "",
            }, ensure_ascii=False)  # fmt: skip


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return " ".join(f"{left}[[{text[start:end]}]]{right}".split())
