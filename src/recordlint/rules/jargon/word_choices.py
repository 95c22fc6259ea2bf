"""RL201 across the whole record: which findings are the writer's choice of word, and at
what severity. A team the record names in capitals, a term it explains at another use, a
working term its readers share, and a use in a name, a heading or a plan are read here,
where the whole text is at hand.
"""

from __future__ import annotations

import re
from dataclasses import replace

from recordlint.findings import Finding, RecordKind, Severity
from recordlint.kinds import written_for_practitioners
from recordlint.lexicon import JargonEntry, word_list
from recordlint.matching import (
    CompiledJargon,
    compiled_jargon,
)
from recordlint.metrics import sentence_spans
from recordlint.names import COURTESY_TITLE
from recordlint.rules.jargon.names_and_headings import is_body_or_role_noun, named_or_heading
from recordlint.rules.jargon.team_and_job_names import (
    WORD_AFTER,
    job_title_of_someone_named,
    team_or_job_after,
)
from recordlint.rules.registry import DocumentContext
from recordlint.text import line_end
from recordlint.usage import (
    explained_a_few_words_on,
    is_explained,
)

# Records colleagues read first: the case note and the email between workers.
_COLLEAGUES_RECORDS = frozenset({RecordKind.CASE_NOTE, RecordKind.EMAIL})


def lower_in_plans(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    """A working term annotators leave unmarked in notes, emails and plans (`jargon_for =
    "letters"`: "transfers", "falls risk") is reported one step lower in a plan or an
    assessment: the person may read it, so the advice stands, but it is not a warning. A
    letter is written to the person and is still warned about it."""
    if ctx.kind is not RecordKind.ASSESSMENT or not findings:
        return findings
    compiled = compiled_jargon(ctx.config)
    return [
        replace(f, severity=_ONE_LOWER[f.severity])
        if f.severity in _ONE_LOWER
        and (found := compiled.index.find(f.text))
        and compiled.entries[found[0].key].jargon_for == "letters"
        else f
        for f in findings
    ]


def lower_terms_explained_a_few_words_on(
    ctx: DocumentContext, findings: list[Finding]
) -> list[Finding]:
    """Every use of a term the record explains at one of its uses by a bracket a few words
    on ("reablement twice a day (short-term help to regain skills)") is reported one step
    lower: the writer has said what it is, though the reader meets the word first. The
    annotated records still mark such uses as jargon, so the advice stands."""
    if not findings:
        return findings
    compiled = compiled_jargon(ctx.config)
    keys = {found[0].key for f in findings if (found := compiled.index.find(f.text))}
    explained = {
        match.key
        for match in compiled.index.find(ctx.text)
        if match.key in keys and explained_a_few_words_on(ctx.text, match.start, match.end)
    }
    if not explained:
        return findings
    return [
        replace(f, severity=_ONE_LOWER[f.severity])
        if f.severity in _ONE_LOWER
        and (found := compiled.index.find(f.text))
        and found[0].key in explained
        else f
        for f in findings
    ]


_ONE_LOWER = {Severity.ERROR: Severity.WARNING, Severity.WARNING: Severity.INFO}


def lower_in_names_and_headings(text: str, findings: list[Finding]) -> list[Finding]:
    """Uses of jargon a careful writer may well keep are reported one step lower ("info"
    where the rule is a warning), with the same advice: the name of a team, a service or a
    job ("the reablement team"), and a heading or subject line. The annotated records mark
    many such uses as jargon, and records written to the standards use them: the advice
    stands, but it is not a warning.
    A term used both there and plainly is reported at a plain use (see
    :func:`recordlint.repeats.once_per_term`)."""
    return [
        replace(f, severity=_ONE_LOWER[f.severity])
        if f.severity in _ONE_LOWER
        and (named_or_heading(text, f.start, f.end) or _names_a_service_of_the_record(text, f))
        else f
        for f in findings
    ]


def _names_a_service_of_the_record(text: str, finding: Finding) -> bool:
    """The record names a team or a job with the term, in capitals up to its noun
    ("Reablement Team (West)" over a letter, "Lucy Cheng, Reablement Coordinator" under
    it): the service the record comes from or deals with is called so, and its plain uses
    ("Mr Gotts finished his reablement with us") name that service. The advice stands,
    as it does for "the reablement team"."""
    words = finding.text.split()
    if not words:
        return False
    name = r"\s+".join(re.escape(w[:1].upper() + w[1:]) for w in words)
    if any(
        is_body_or_role_noun(found.group("noun"))
        for found in re.finditer(rf"\b{name}[ \t]+(?P<noun>[A-Z][\w'’-]*)", text)
    ):
        return True
    # In small letters, the job of someone the record names ("Aoife Brennan (reablement
    # officer)", "Reablement officer: Siobhan Brennan") names that service as well.
    term = r"\s+".join(re.escape(w) for w in words)
    return any(
        job_title_of_someone_named(text, found.start(), found.end())
        or _job_label_filled_with_a_name(text, found.end())
        for found in re.finditer(rf"\b{term}\b", text, re.IGNORECASE)
    )


# A job's words after the term, then a colon and a name: "Reablement officer: Siobhan
# Brennan".
_JOB_LABEL_WITH_NAME = re.compile(
    r"(?P<job>(?:[ \t]+[^\W\d_][\w'’-]*){1,2}):[ \t]*"
    rf"(?:(?:{COURTESY_TITLE}|Dr)\.?[ \t]+)?[A-Z][\w'’-]+[ \t]+[A-Z]"
)


def _job_label_filled_with_a_name(text: str, end: int) -> bool:
    label = _JOB_LABEL_WITH_NAME.match(text, end)
    if label is None:
        return False
    professional = word_list("professional")
    return any(word.casefold() in professional for word in label.group("job").split())


def names_and_working_terms(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    """Findings the whole record shows are not the writer's choice of word: a team the
    record names with capitals elsewhere and, in a text written for practitioners, the
    working terms they share."""
    if not findings:
        return findings
    kept = [f for f in findings if not _named_with_capitals_elsewhere(ctx.text, f.start, f.end)]
    if not ctx.kind.is_record or ctx.reading.information_page:
        # Written about services, not about one person: a team's or a job's name in small
        # letters ("the care and support needs assessor", "the hospital discharge team")
        # names who the reader deals with. A record's "the reablement team" is still the
        # writer's choice of word, as the annotated records mark it; and "the reablement
        # service" or "a domiciliary care agency" is the thing itself, not who runs it.
        kept = [f for f in kept if not team_or_job_after(ctx.text, f.end)]
    kept = _without_terms_explained_elsewhere(ctx.text, kept, compiled_jargon(ctx.config))
    if not kept:
        return kept
    for_practitioners = written_for_practitioners(ctx.text, ctx.kind)
    if not for_practitioners and ctx.kind not in _COLLEAGUES_RECORDS:
        return kept
    # A text written for practitioners keeps the working terms they share ("contingency
    # plan" in a procedure, "cognitive impairment" on a capacity form): those are jargon
    # to the public, not to its readers. Colleagues' case notes and emails keep the few
    # working terms every record uses ("provider"), which letters and plans explain.
    # Vague or office wording is flagged for everyone.
    kept_for = {"public", "readers", "letters"} if for_practitioners else {"readers", "letters"}
    compiled = compiled_jargon(ctx.config)
    shared = []
    for finding in kept:
        found = compiled.index.find(finding.text)
        if found and compiled.entries[found[0].key].jargon_for in kept_for:
            continue
        shared.append(finding)
    return shared


def _without_terms_explained_elsewhere(
    text: str, findings: list[Finding], compiled: CompiledJargon
) -> list[Finding]:
    """Findings whose term the text explains at another of its uses ("GP respite is used
    by ... to prevent admission", a heading "How does reablement work?"): a leaflet or a
    study explains its term once and then uses it, as a writer should."""
    keys = {found[0].key for f in findings if (found := compiled.index.find(f.text))}
    if not keys:
        return findings
    sentences = sentence_spans(text)
    # A title line ("Email received from provider - copied in full") is too short to
    # explain anything for the rest of the text, whatever follows its dash.
    title_end = line_end(text, len(text) - len(text.lstrip()))
    explained = {
        match.key
        for match in compiled.index.find(text)
        if match.key in keys
        and (title_end == len(text) or match.start > title_end)
        and (
            is_explained(text, match.start, match.end, sentences)
            or _glossed_with_plain_words(text, match.end, compiled.entries[match.key])
        )
    }
    if not explained:
        return findings
    return [
        f
        for f in findings
        if not ((found := compiled.index.find(f.text)) and found[0].key in explained)
    ]


_OR_AFTER = re.compile(r"[ \t]+or[ \t]+(?:an?[ \t]+)?")


def _glossed_with_plain_words(text: str, end: int, entry: JargonEntry) -> bool:
    """Whether the term is followed by "or" and one of the plainer words the lexicon
    offers for it ("to use Shared Lives for respite or short breaks"): the writer has
    given the plain words beside the term, and the reader has them for its later uses."""
    joined = _OR_AFTER.match(text, end)
    if joined is None:
        return False
    after = text[joined.end() : joined.end() + 60].casefold()
    return any(
        re.match(re.escape(plain.casefold()) + r"s?\b", after)
        for plain in entry.suggestions
        if plain
    )


def _named_with_capitals_elsewhere(text: str, start: int, end: int) -> bool:
    """The words and the team or job noun after them ("the reablement team") are written
    elsewhere in the record as a name ("Reablement Team" in the letter heading): the same
    team, named as the reader will see it on the letter and the phone line."""
    after = WORD_AFTER.match(text, end)
    if after is None:
        return False
    noun = after.group("word").casefold()
    if noun not in word_list("organisation") and noun not in word_list("professional"):
        return False
    name = " ".join(w[:1].upper() + w[1:] for w in [*text[start:end].split(), noun])
    return re.search(r"\b" + re.escape(name).replace(r"\ ", r"\s+") + r"\b", text) is not None
