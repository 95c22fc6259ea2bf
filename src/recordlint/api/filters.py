"""The filters that come after every rule and are not rules: word-choice advice on words
talked about or explained where they stand, and one finding per problem.

They stand apart because they read only findings and the record's text, never the linter:
``one_finding_per_problem`` is also used on its own.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

from recordlint.findings import Category, Finding
from recordlint.metrics import sentence_spans
from recordlint.rules.registry import Rule
from recordlint.usage import is_explained, is_mentioned, names_a_topic

# Word choices that a list of a review's themes uses as the names of its subjects.
_NAMES_OF_SUBJECTS = frozenset({Category.JARGON, Category.JUDGEMENTAL})
# Word choices that no explanation makes right: a label still labels the person when the
# words after it say what was seen ("Mr B is a hoarder - newspapers and boxes in every
# room", "House is a tip – every room full of bags"), which is what a note's dash brings.
_NOT_EXPLAINED_AWAY = frozenset({Category.JUDGEMENTAL})


def talked_about_or_explained(text: str) -> Callable[[Finding], bool]:
    """Whether a word-choice finding's words are discussed rather than used, or explained
    where they stand (see :mod:`recordlint.usage`); a label is only ever discussed."""
    sentences: list[tuple[int, int]] | None = None

    def check(finding: Finding) -> bool:
        nonlocal sentences
        if is_mentioned(text, finding.start, finding.end):
            return True
        if finding.category in _NAMES_OF_SUBJECTS and names_a_topic(text, finding.start):
            return True
        if finding.category in _NOT_EXPLAINED_AWAY:
            return False
        if sentences is None:
            sentences = sentence_spans(text)
        return is_explained(text, finding.start, finding.end, sentences)

    return check


# Kinds of problem: a judgement about the person (a label, an opinion stated as fact), or
# the choice of words (jargon, an abbreviation, a wordy or passive phrase).
_PROBLEM_FAMILIES: tuple[frozenset[Category], ...] = (
    frozenset({Category.JUDGEMENTAL, Category.OPINION}),
    frozenset({Category.JARGON, Category.ACRONYM, Category.READABILITY}),
)


def _same_problem(a: Finding, b: Finding) -> bool:
    """Two rules' findings on exactly the same words, or one inside the other when both
    are the same kind of problem ("lacks insight" inside "She lacks insight into her
    needs"; not the shorthand "meds" inside "non-compliant with meds")."""
    if a.code == b.code:
        return False
    if (a.start, a.end) == (b.start, b.end):
        return True
    contained = (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
    return contained and any(
        a.category in family and b.category in family for family in _PROBLEM_FAMILIES
    )


def one_finding_per_problem(findings: list[Finding], rules: Mapping[str, Rule]) -> list[Finding]:
    """Fold findings of different rules on the same words into one.

    "She lacks insight" is an opinion stated as fact and a label: two findings on the same
    words read as two problems. Each finding is folded into the best finding of the same
    problem (see :func:`_same_problem`) when that one ranks higher: more serious, then on
    fewer words (more specific). The finding that stands carries the others' advice after
    its own. A clause holding two labels folds into one of them; the two labels, being
    different words, stay apart.
    """
    candidates = [f for f in findings if not f.document_level and rules[f.code].merges]
    if len(candidates) < 2:
        return findings

    def rank(f: Finding) -> tuple[int, int, bool, str]:
        return (f.severity.rank, f.start - f.end, bool(f.suggestions), f.code)

    into: dict[int, Finding] = {}  # id of a finding -> the finding it folds into
    for finding in candidates:
        partners = [other for other in candidates
                    if other is not finding and _same_problem(finding, other)]  # fmt: skip
        best = max(partners, key=rank, default=None)
        if best is not None and rank(best) > rank(finding):
            into[id(finding)] = best
    if not into:
        return findings

    def final(f: Finding) -> Finding:
        while id(f) in into:  # ranks rise along the way, so this ends
            f = into[id(f)]
        return f

    # A finding never folds into another of its own rule: two problems of one kind.
    changed = True
    while changed:
        changed = False
        for finding in candidates:
            if id(finding) in into and final(finding).code == finding.code:
                del into[id(finding)]
                changed = True

    folded: dict[int, list[Finding]] = {}
    for finding in candidates:
        if id(finding) in into:
            folded.setdefault(id(final(finding)), []).append(finding)
    out: list[Finding] = []
    for finding in findings:
        if id(finding) in into:
            continue
        others = tuple(folded.get(id(finding), ()))
        if others:
            finding = replace(
                finding,
                message=" ".join([finding.message, *(f"Also: {f.message}" for f in others)]),
                suggestions=tuple(dict.fromkeys([*finding.suggestions,
                                                 *(s for f in others for s in f.suggestions)])),
                absorbed=others,
            )  # fmt: skip
        out.append(finding)
    return out
