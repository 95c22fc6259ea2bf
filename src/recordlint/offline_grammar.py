"""Grammar checks with Harper, an offline grammar checker that runs inside this process.

Harper (``harper-py``) needs no server and sends nothing anywhere. It has about 900 checks;
recordlint runs only those on :data:`HARPER_ALLOWLIST`, chosen by judging every finding the
candidate checks raised on real social care text (``bench/harper_judgements.jsonl``,
``bench/harper_precision.py``). Spelling is left to RL401, and checks that another rule
already makes (acronyms, long sentences, wordy phrases) are never on the list.

Case records are full of labels ("Plan:"), headings and note fragments that a grammar
checker reads as broken sentences. Rather than excuse such words one by one, only prose is
checked: a line is checked when it ends as a sentence ends, and a leading label is cut off
first. Findings touching a capitalised word that does not start a sentence are dropped, so
names of people and places, with or without a title, never produce findings.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from recordlint.errors import RecordlintError

if TYPE_CHECKING:
    import harper

__all__ = [
    "HARPER_ALLOWLIST",
    "HarperIssue",
    "HarperUnavailable",
    "harper_issues",
    "prose_spans",
    "shared_harper",
]

# Harper checks run by RL452. Every finding Harper's candidate checks raised on the real
# texts and both corpora was judged by hand (bench/harper_judgements.jsonl); a check is on
# the list when its findings on the development texts were right at least 9 times in 10.
# The second group never fired on those 40,000 words (so no false alarm was seen) and
# catches common slips in records; each has an example in tests/rules/RL452-*.md. Checks
# left off for measured imprecision include SentenceCapitalization, SplitWords, OxfordComma,
# MissingTo, MissingPreposition, OrthographicConsistency, UnclosedQuotes, AnA, RepeatedWords
# and PronounVerbAgreement. NoFrenchSpaces (two spaces after a full stop) was right on the
# development texts but is cosmetic, and on the holdout texts 5 of its 8 findings were gaps
# left where list breaks were lost in copying, so it was taken off after that measurement.
# OpenCompounds ("alot") is left off because RL401 already flags those words as misspelt.
HARPER_ALLOWLIST: frozenset[str] = frozenset(
    {
        # precise on the judged text
        "CommaFixes",
        "MultipleSequentialPronouns",
        "NounVerbConfusion",
        "PossessiveYour",
        "Someone",
        "Spaces",
        # no findings on the judged text
        "DidPast",
        "Discuss",
        "IsBeenAuxSequence",
        "ItsContraction",
        "ItsPossessive",
        "ModalOf",
        "PronounInflectionBe",
        "SimplePastToPastParticiple",
        "ThenThan",
        "TheirToThere",
        "TheirToTheyre",
    }
)


class HarperUnavailable(RecordlintError):
    """The ``harper`` package (harper-py) is not installed, or would not start."""


@dataclass(frozen=True, slots=True)
class HarperIssue:
    """One Harper finding; ``start``/``end`` index the checked Python string."""

    start: int
    end: int
    message: str
    replacements: tuple[str, ...]
    rule_id: str


_harper_linter: harper.Linter | None = None
_harper_lock = threading.Lock()
# A Harper linter refuses a call while another thread is inside one, and the language server
# and the web service lint from several threads, so calls take turns (Harper releases the GIL
# while it works, so other threads' spaCy work still runs meanwhile).
_harper_call_lock = threading.Lock()


def shared_harper() -> harper.Linter:
    """The process's one Harper linter, built on first use: building it costs seconds."""
    global _harper_linter
    with _harper_lock:
        if _harper_linter is None:
            _harper_linter = new_harper(HARPER_ALLOWLIST)
        return _harper_linter


def new_harper(checks: Iterable[str]) -> harper.Linter:
    """A British English Harper linter with only ``checks`` switched on."""
    try:
        import harper
    except ImportError as error:
        raise HarperUnavailable(
            "the harper package is not installed (pip install harper-py)"
        ) from error
    linter = harper.Linter(harper.Dialect.BRITISH)
    wanted = frozenset(checks)
    linter.set_lint_config({name: name in wanted for name in linter.get_default_lint_config()})
    return linter


# A sentence ends in . ? or !, perhaps inside a closing quote or bracket, perhaps followed
# by a reference mark such as "[1]".
_SENTENCE_END = re.compile(r"[.?!][\"'”’)\]]*(?:\s*\[\d+\])?\s*$")
# What opens a line before its sentence: indentation, a bullet or list number, and a label
# of a few words and a colon ("Plan:", "Date of contact:"). Numbered minutes and
# resolutions set their paragraph numbers apart with runs of spaces, which are their
# layout, not a slip in the words: a number with a point or bracket ("7.", "ii)", "(a)",
# "3.1."), a paragraph number of two parts ("3.1", "10.1"), or a plain number set off by
# two spaces or more ("44  WELCOME"). A date of three parts opening a note ("13.11.26 Home
# visit") is no paragraph number.
_LIST_NUMBER = (
    r"\(?(?:\d{1,3}(?:\.\d{1,3})?|[a-z]|[ivx]{1,6})[.)]\s+"
    r"|\d{1,3}\.\d{1,3}\s+"
    r"|\d{1,3}[ \t]{2,}"
)
_LINE_OPENING = re.compile(rf"^\s*(?:[-*•·▪–]\s*|{_LIST_NUMBER})?(?:[^\s:.?!][^:.?!]{{0,38}}:\s+)?")
_LINE = re.compile(r"[^\r\n]+")
# A capitalised word: a name, a place, a title or an initialism.
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
# What comes just before a word that starts a sentence (the start of its line aside).
_SENTENCE_BEFORE = re.compile(r"(?:[.?!:;][\"'”’)\]]*\s+|[\"“(]\s*)$")


def prose_spans(text: str) -> Iterator[tuple[int, int]]:
    """The stretches of ``text`` worth a grammar check: lines that end as sentences end,
    without a leading label. Headings, labels on their own and note fragments are left out."""
    for line in _LINE.finditer(text):
        if not _SENTENCE_END.search(line.group()):
            continue
        opening = _LINE_OPENING.match(line.group())  # matches always; it may be empty
        start = line.start() + (opening.end() if opening else 0)
        end = line.start() + len(line.group().rstrip())
        if len(text[start:end].split()) >= 3:
            yield start, end


# "I" after a possessive or "the" is no pronoun but the first word of a name: a page's, a
# service's or a leaflet's title ("our I need help page", "the I Statements").
_BEFORE_A_TITLE = re.compile(r"\b(?:our|your|my|their|its|the)\s+$", re.IGNORECASE)


def _touches_name(text: str, prose_start: int, start: int, end: int) -> bool:
    """Whether [start, end) overlaps a capitalised word that does not start a sentence;
    ``prose_start`` is where the checked stretch of the line begins. The pronoun "I" is
    no name, but "I" opening a title after "our" or "the" is."""
    for match in _CAPITALISED.finditer(text, prose_start, end):
        if match.end() <= start:
            continue
        if match.group() == "I" and not _BEFORE_A_TITLE.search(text, prose_start, match.start()):
            continue
        starts_sentence = match.start() == prose_start or _SENTENCE_BEFORE.search(
            text, prose_start, match.start()
        )
        if not starts_sentence:
            return True
    return False


# "You" after a word of one of these kinds may be the subject of the next word ("if you
# advise", "can you advise", "and you advise"); after any other word it is a verb's object,
# and the noun after it is the verb's second object ("offer you advice", "give you notice").
_BEFORE_A_SUBJECT = frozenset(
    {
        "and", "but", "or", "so", "if", "when", "whenever", "while", "whilst", "because",
        "as", "that", "unless", "until", "once", "where", "before", "after", "since",
        "though", "although", "then", "can", "could", "will", "would", "shall", "should",
        "may", "might", "must", "do", "does", "did", "have", "has", "had", "please",
    }
)  # fmt: skip
_YOU_BEFORE = re.compile(r"(?:(?P<word>[A-Za-z]+)\s+)?you\s+$", re.IGNORECASE)


def _after_object_you(text: str, prose_start: int, start: int) -> bool:
    """Whether the word at ``start`` follows "you" as a verb's object ("The council will
    offer you advice"): then it is a noun, the second object, not a verb."""
    found = _YOU_BEFORE.search(text, prose_start, start)
    if found is None or found.group("word") is None:
        return False
    return found.group("word").casefold() not in _BEFORE_A_SUBJECT


# "Their" that opens the subject of a verb a word or two on ("Their needs were assessed",
# "their well being was monitored", "their needs will be assessed separately", "their
# needs have decreased"): the possessive, since "they're" would give the clause a second
# verb. "Their going to be late" or "their going to have" has no such verb: the words
# between are never "to", and no modal.
_SUBJECT_AFTER = re.compile(
    r"\s+(?:(?!to\s)[A-Za-z'’-]+\s+){1,2}"
    r"(?:was|were|is|are|has|have|had|do|does|did|will|would|can|could|may|might|must"
    r"|shall|should)\b",
    re.IGNORECASE,
)
# What "there" can stand before as a sentence's dummy subject ("their is a meeting",
# "their were three calls", "their may be a charge"): a form of "be", "have" or a modal,
# or "seems". Before anything else "their" is the possessive it looks like ("of their
# right to apply", "and their right to self-determination"), which Harper reads as
# "there" when the noun can also be an adverb ("right").
_THERE_VERB_AFTER = re.compile(
    r"\s+(?:is|are|was|were|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|['’]s|has|have|had"
    r"|will|would|can|could|may|might|must|shall|should|seems?|appears?|used)\b",
    re.IGNORECASE,
)


def harper_issues(text: str, linter: harper.Linter) -> list[HarperIssue]:
    """Harper's findings in the prose of ``text``, sparing names, labels and fragments."""
    issues: list[HarperIssue] = []
    for span_start, span_end in prose_spans(text):
        prose = text[span_start:span_end]
        with _harper_call_lock:
            found = linter.organized_lints(prose, language="plaintext")
        for rule_id, lints in found.items():
            for lint in lints:
                start = span_start + lint.span.start
                end = span_start + lint.span.end
                if end <= start or _touches_name(text, span_start, start, end):
                    continue
                if rule_id == "NounVerbConfusion" and _after_object_you(text, span_start, start):
                    continue
                if rule_id == "TheirToTheyre" and _SUBJECT_AFTER.match(text, end):
                    continue
                if rule_id == "TheirToThere" and not _THERE_VERB_AFTER.match(text, end):
                    continue
                issues.append(
                    HarperIssue(
                        start=start,
                        end=end,
                        message=lint.message,
                        replacements=_replacements(lint),
                        rule_id=rule_id,
                    )
                )
    issues.sort(key=lambda issue: (issue.start, issue.end, issue.rule_id))
    return issues


def _replacements(lint: harper.Lint) -> tuple[str, ...]:
    """Harper's suggestions as text to put in place of the flagged words."""
    import harper

    found: dict[str, None] = {}
    for suggestion in lint.suggestions:
        if suggestion.kind == harper.SuggestionKind.INSERT_AFTER:
            replacement = lint.problem_text + suggestion.replacement_text
        else:  # a removal replaces the words with nothing
            replacement = suggestion.replacement_text
        found.setdefault(replacement.strip(), None)
    return tuple(found)
