"""The gold batches the bench scripts read: which are for development and which are held out.

Held-out batches are never tuned on, so scripts that list a rule's misses refuse them
(``held_out``); their scores come from ``recordlint eval`` or ``bench/pooled_scores.py``.
Imported by sibling scripts, not a package: they put this folder on ``sys.path``.
"""

from __future__ import annotations

import sys

DEVELOPMENT = (
    "corpus",
    "corpus-dev/w1",
    "corpus-dev/w2",
    "corpus-dev/w4",
    "corpus-dev/w5",
    "corpus-dev/w7",
    "corpus-dev/w8",
    "corpus-dev/w9",
    "corpus-dev/w10",
    "corpus-dev/w11",
    "corpus-dev/w12",
    "corpus-dev/w13",
    "corpus-dev/w14",
    "corpus-dev/w15",
    "corpus-dev/w16",
    "corpus-dev/w17",
    "corpus-dev/w29",
    "corpus-dev/w32",
    "corpus-dev/w33",
    "corpus-dev/w34",
    "corpus-dev/w35",
    "corpus-dev/w38",
    "corpus-dev/w41",
    "corpus-dev/w42",
    "corpus-dev/w43",
    "corpus-dev/w44",
    "corpus-dev/w49",
    "corpus-dev/w50",
    "corpus-dev/w53",
    "corpus-dev/w54",
    "corpus-dev/w57",
    "corpus-dev/w58",
    "corpus-dev/w61",
    "corpus-dev/w62",
    "corpus-dev/w65",
    "corpus-dev/w66",
    "corpus-dev/w69",
    "corpus-dev/w70",
    "corpus-dev/w71",
    "corpus-dev/w72",
    "corpus-dev/w77",
    "corpus-dev/w78",
    "corpus-dev/w81",
    "corpus-dev/w82",
    "corpus-dev/w85",
    "corpus-dev/w86",
    "corpus-dev/w89",
    "corpus-dev/w90",
    "corpus-dev/w93",
    "corpus-dev/w94",
    "corpus-dev/w97",
    "corpus-dev/w98",
    "corpus-dev/w101",
    "corpus-dev/w102",
    "corpus-dev/w105",
    "corpus-dev/w106",
    "corpus-dev/w109",
    "corpus-dev/w110",
    "corpus-dev/w113",
    "corpus-dev/w114",
    "corpus-dev/w117",
    "corpus-dev/w118",
    "corpus-dev/w121",
    "corpus-dev/w122",
    "corpus-dev/w125",
    "corpus-dev/w126",
    "corpus-dev/w129",
    "corpus-dev/w130",
    "corpus-dev/w133",
    "corpus-dev/w134",
    "corpus-dev/w137",
    "corpus-dev/w138",
    "corpus-dev/w141",
    "corpus-dev/w142",
    "corpus-dev/w145",
    "corpus-dev/w146",
    "corpus-dev/w149",
    "corpus-dev/w150",
    "corpus-dev/w153",
    "corpus-dev/w154",
    "corpus-dev/w157",
    "corpus-dev/w158",
    "corpus-dev/w161",
    "corpus-dev/w162",
    "corpus-dev/w165",
    "corpus-dev/w166",
)
HELD_OUT = (
    "corpus-dev/w3",
    "corpus-dev/w6",
    "corpus-dev/w18",
    "corpus-dev/w19",
    "corpus-dev/w20",
    "corpus-dev/w21",
    "corpus-dev/w22",
    "corpus-dev/w23",
    "corpus-dev/w24",
    "corpus-dev/w25",
    "corpus-dev/w26",
    "corpus-dev/w27",
    "corpus-dev/w28",
    "corpus-dev/w30",
    "corpus-dev/w31",
    "corpus-dev/w36",
    "corpus-dev/w37",
    "corpus-dev/w39",
    "corpus-dev/w40",
    "corpus-dev/w45",
    "corpus-dev/w46",
    "corpus-dev/w47",
    "corpus-dev/w48",
    "corpus-dev/w51",
    "corpus-dev/w52",
    "corpus-dev/w55",
    "corpus-dev/w56",
    "corpus-dev/w59",
    "corpus-dev/w60",
    "corpus-dev/w63",
    "corpus-dev/w64",
    "corpus-dev/w67",
    "corpus-dev/w68",
    "corpus-dev/w73",
    "corpus-dev/w74",
    "corpus-dev/w75",
    "corpus-dev/w76",
    "corpus-dev/w79",
    "corpus-dev/w80",
    "corpus-dev/w83",
    "corpus-dev/w84",
    "corpus-dev/w87",
    "corpus-dev/w88",
    "corpus-dev/w91",
    "corpus-dev/w92",
    "corpus-dev/w95",
    "corpus-dev/w96",
    "corpus-dev/w99",
    "corpus-dev/w100",
    "corpus-dev/w103",
    "corpus-dev/w104",
    "corpus-dev/w107",
    "corpus-dev/w108",
    "corpus-dev/w111",
    "corpus-dev/w112",
    "corpus-dev/w115",
    "corpus-dev/w116",
    "corpus-dev/w119",
    "corpus-dev/w120",
    "corpus-dev/w123",
    "corpus-dev/w124",
    "corpus-dev/w127",
    "corpus-dev/w128",
    "corpus-dev/w131",
    "corpus-dev/w132",
    "corpus-dev/w135",
    "corpus-dev/w136",
    "corpus-dev/w139",
    "corpus-dev/w140",
    "corpus-dev/w143",
    "corpus-dev/w144",
    "corpus-dev/w147",
    "corpus-dev/w148",
    "corpus-dev/w151",
    "corpus-dev/w152",
    "corpus-dev/w155",
    "corpus-dev/w156",
    "corpus-dev/w159",
    "corpus-dev/w160",
    "corpus-dev/w163",
    "corpus-dev/w164",
    "corpus-dev/w167",
    "corpus-dev/w168",
    "corpus-dates/h4",
    "corpus-dates/h8",
    "corpus-decisions/d4",
    "corpus-opinion/o4",
    "corpus-judgemental/j4",
    "corpus-exemplary/e4",
    "corpus-holdout",
)


def held_out(folder: str) -> bool:
    """Whether a folder is, or lies inside, a held-out batch."""
    folder = folder.rstrip("/")
    return any(folder == batch or folder.startswith(batch + "/") for batch in HELD_OUT)


def development_folders(argv: list[str]) -> list[str]:
    """The folders named on a bench script's command line (every development batch when none
    is named); exits naming any held-out one, so a script that prints per-record rows can
    never show a held-out record."""
    folders = [a.rstrip("/") for a in argv if not a.startswith("--")] or list(DEVELOPMENT)
    refused = [f for f in folders if held_out(f)]
    if refused:
        sys.exit(f"held out, not scored here: {', '.join(refused)}")
    return folders


def in_context(text: str, start: int, end: int, width: int = 80, *, one_line: bool = True) -> str:
    """Up to ``width`` characters either side of [start, end) within its line, the words
    marked with double brackets."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[max(line_start, start - width) : start]
    after = text[end : min(line_end, end + width)]
    shown = f"{before}[[{text[start:end]}]]{after}"
    return shown.replace("\n", " ") if one_line else shown
