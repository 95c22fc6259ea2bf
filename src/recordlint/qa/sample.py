"""Reproducible audit samples: a seeded random draw, optionally stratified.

The export is read twice and never held in memory: once to learn each record's stratum
(team, author or month), and once to pick up the drawn records. The same export, size,
seed and strata always give the same sample.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any, Literal

from recordlint.dates import coerce_date
from recordlint.io.records import Outcome, Record

Stratum = Literal["team", "author", "month"]
Allocation = Literal["proportional", "equal"]
NO_VALUE = {"team": "(no team)", "author": "(no author)", "month": "(no date)"}


@dataclass(frozen=True, slots=True)
class SampleSpec:
    size: int
    seed: int
    by: Stratum | None = None
    allocation: Allocation = "proportional"


@dataclass(frozen=True, slots=True)
class Sample:
    spec: SampleSpec
    population: dict[str, int]  # stratum -> records that could be drawn
    allocated: dict[str, int]  # stratum -> records drawn
    records: list[tuple[Record, str]]  # drawn records with their stratum, in file order


def stratum_of(record: Record, by: Stratum | None) -> str:
    if by is None:
        return "all records"
    if by == "month":
        for name in ("contact_date", "recorded_date"):
            when = coerce_date(record.details.get(name))
            if when is not None:
                return f"{when.year:04d}-{when.month:02d}"
        return NO_VALUE["month"]
    return record.details.get(by) or NO_VALUE[by]


def allocate(population: dict[str, int], size: int, allocation: Allocation) -> dict[str, int]:
    """Records to draw from each stratum.

    Proportional: by largest remainder, with at least one from every stratum when the sample
    has room for one each. Equal: the same number from each. Either way no stratum gives
    more than it has; what a small stratum cannot give goes to the others.
    """
    strata = sorted(name for name, count in population.items() if count > 0)
    total = sum(population[name] for name in strata)
    size = min(size, total)
    if not strata or size <= 0:
        return {}
    if allocation == "equal":
        share = {name: float(size) / len(strata) for name in strata}
    else:
        share = {name: size * population[name] / total for name in strata}
    counts = {name: min(int(share[name]), population[name]) for name in strata}
    if allocation == "proportional" and size >= len(strata):
        counts = {name: max(1, n) for name, n in counts.items()}
    # Hand out what is left by largest remainder, then to any stratum with records to spare.
    order = sorted(strata, key=lambda name: (-(share[name] - int(share[name])), name))
    while sum(counts.values()) < size:
        for name in order:
            if sum(counts.values()) >= size:
                break
            if counts[name] < population[name]:
                counts[name] += 1
    while sum(counts.values()) > size:  # the minimum of one can overshoot: trim the largest
        largest = max(strata, key=lambda name: (counts[name], name))
        counts[largest] -= 1
    return {name: n for name, n in counts.items() if n}


def draw(read: Callable[[], Iterable[Record]], spec: SampleSpec) -> Sample:
    """Draw the sample. ``read`` gives the export's records afresh each time it is called;
    records that could not be read are not drawn (they are not there to audit)."""
    members: dict[str, list[int]] = defaultdict(list)
    for position, record in enumerate(read()):
        if record.text is not None and record.error is None:
            members[stratum_of(record, spec.by)].append(position)
    population = {name: len(positions) for name, positions in members.items()}
    allocated = allocate(population, spec.size, spec.allocation)
    rng = random.Random(spec.seed)
    chosen: dict[int, str] = {}
    for name in sorted(allocated):
        for position in rng.sample(members[name], allocated[name]):
            chosen[position] = name
    records = [
        (record, chosen[position]) for position, record in enumerate(read()) if position in chosen
    ]
    return Sample(spec, population, allocated, records)


# ---------------------------------------------------------------------------------------
# The sample as a page to read (the workbook to fill in is in recordlint.qa.workbook)
# ---------------------------------------------------------------------------------------


def _highlighted(text: str, findings: list[dict[str, Any]]) -> list[tuple[str, str | None]]:
    """The text in pieces, each either plain or marked with the codes found there. Findings
    about the whole record (long spans) are listed, not marked."""
    spans = sorted(
        (f["start"], f["end"], f["code"])
        for f in findings
        if f["end"] - f["start"] <= 200 and f["end"] <= len(text)
    )
    pieces: list[tuple[str, str | None]] = []
    at = 0
    for start, end, code in spans:
        if start < at:  # overlaps the last mark: the list below still shows it
            continue
        pieces.append((text[at:start], None))
        pieces.append((text[start:end], code))
        at = end
    pieces.append((text[at:], None))
    return [(piece, code) for piece, code in pieces if piece]


def sample_html(
    sample: Sample, outcomes: list[Outcome | None], *, redact: bool, generated: str = ""
) -> str:
    from jinja2 import Environment, FunctionLoader, select_autoescape

    from recordlint.io.writers import redact_finding

    def load(name: str) -> str:
        return resources.files("recordlint.qa").joinpath("templates", name).read_text("utf-8")

    env = Environment(loader=FunctionLoader(load), autoescape=select_autoescape(default=True))
    items = []
    for (record, stratum), outcome in zip(sample.records, outcomes, strict=True):
        findings = outcome.findings if outcome else []
        if redact:
            findings = [redact_finding(f) for f in findings]
        pieces = [] if redact or record.text is None else _highlighted(record.text, findings)
        items.append(
            {
                "record": record,
                "stratum": stratum,
                "outcome": outcome,
                "findings": findings,
                "pieces": pieces,
            }
        )
    return env.get_template("sample.html.j2").render(
        sample=sample, items=items, generated=generated, redact=redact
    )
