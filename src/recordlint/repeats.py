"""One finding for a word-choice term the record uses again and again.

A careful writer who names the service the person receives ("reablement") will name it in
every paragraph. Flagging each use reports one choice of word many times over, and a
record full of the same warning reads as a record full of problems. A word-choice rule
therefore reports such a term once, at its first use; the finding says how many more uses
there are and carries them (``Finding.repeats``), each a finding at its own place, for the
interfaces that show or fix every place and for scoring against annotations that mark
every occurrence.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import replace

from recordlint.findings import Finding


def once_per_term(
    findings: Iterable[Finding],
    term_of: Callable[[Finding], str],
    *,
    never_first: Collection[Finding] = (),
) -> list[Finding]:
    """The first finding of each term, in text order, standing for the term's other uses.

    ``term_of`` says which term a finding is about (a lexicon entry, so that "signposted"
    and "signposting" are one term). A finding in ``never_first`` (a use in the record's
    title) is listed with the term's first other use, and not reported where it has none.
    Where the uses differ in severity, the first of the most severe stands for the others
    (a term used in a team's name, reported as info, and plainly, as a warning, is a
    warning at its first plain use). Findings of different terms keep their order."""
    groups: dict[str, list[Finding]] = {}
    for finding in sorted(findings, key=lambda f: (f.start, f.end)):
        groups.setdefault(term_of(finding), []).append(finding)
    reported = []
    for uses in groups.values():
        eligible = [f for f in uses if f not in never_first]
        if not eligible:
            continue
        most = max(f.severity.rank for f in eligible)
        first = next(f for f in eligible if f.severity.rank == most)
        others = tuple(f for f in uses if f is not first)
        if others:
            times = "once more" if len(others) == 1 else f"{len(others)} more times"
            first = replace(
                first,
                message=f"{first.message} It is used {times} in this record; the advice "
                "applies there too.",
                repeats=others,
            )
        reported.append(first)
    return sorted(reported, key=lambda f: (f.start, f.end))


def with_repeats(findings: Iterable[Finding]) -> list[Finding]:
    """Every place the findings stand for: each finding, then the other uses it reports."""
    return [place for finding in findings for place in (finding, *finding.repeats)]
