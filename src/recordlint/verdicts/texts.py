"""The names a verdict corpus is read by: its files, the verdict values, the splits and the
order their tables are printed in, and the three records everything else passes around (a
finding's key, a verdict, a text). They stand apart because every other module uses them and
they use nothing of recordlint but the record kinds.
"""

from __future__ import annotations

from dataclasses import dataclass

from recordlint.findings import RecordKind

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
# "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27",
# "fresh28", "fresh29", "fresh30", "fresh31", "fresh32", "fresh33", "fresh34", "fresh35",
# "fresh36", "fresh37", "fresh38", "fresh39", "fresh40", then "fresh41") sit between them.
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
    "fresh24": 24,
    "fresh25": 25,
    "fresh26": 26,
    "fresh27": 27,
    "fresh28": 28,
    "fresh29": 29,
    "fresh30": 30,
    "fresh31": 31,
    "fresh32": 32,
    "fresh33": 33,
    "fresh34": 34,
    "fresh35": 35,
    "fresh36": 36,
    "fresh37": 37,
    "fresh38": 38,
    "fresh39": 39,
    "fresh40": 40,
    "fresh41": 41,
    "holdout": 42,
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
    "fresh24",
    "fresh25",
    "fresh26",
    "fresh27",
    "fresh28",
    "fresh29",
    "fresh30",
    "fresh31",
    "fresh32",
    "fresh33",
    "fresh34",
    "fresh35",
    "fresh36",
    "fresh37",
    "fresh38",
    "fresh39",
    "fresh40",
    "fresh41",
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
