"""The jargon a paragraph holds: the lexicon's matches that no exception, allow-list entry
or legal term cancels, and no name, address or everyday sense explains away.

RL201 and RL202 both start from :func:`jargon_matches`; one reading of what counts as a use
of the lexicon's words keeps the two rules from drifting apart.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from recordlint.findings import RecordKind
from recordlint.matching import (
    CompiledJargon,
    IndexMatch,
    compiled_jargon,
    compiled_legal_terms,
)
from recordlint.metrics import sentence_spans
from recordlint.rules.jargon.senses import (
    OF_AFTER,
    a_talk_or_its_title,
    actor_named,
    after_bare_article,
    after_indefinite_article,
    without_an_object,
)
from recordlint.rules.jargon.team_and_job_names import (
    job_title_of_someone_named,
    names_a_team,
    part_of_a_name_or_address,
)
from recordlint.rules.registry import ParagraphContext
from recordlint.usage import (
    sentence_around,
)

if TYPE_CHECKING:
    from recordlint.config import Config


def _allowed_terms(config: Config) -> frozenset[str]:
    return frozenset(term.casefold() for term in config.allowed_terms)


def _cancelled_by_exception(
    compiled: CompiledJargon, match: IndexMatch, text: str, sentences: list[tuple[int, int]]
) -> bool:
    """An exception phrase ("work placement") cancels the match it contains."""
    exceptions = compiled.exceptions[match.key]
    if exceptions is None:
        return False
    start, end = sentence_around(sentences, match.start, match.end, len(text))
    for found in exceptions.find_all(text[start:end]):
        if start + found.start <= match.start and match.end <= start + found.end:
            return True
    return False


def jargon_matches(ctx: ParagraphContext, *, depersonalising: bool) -> list[tuple[IndexMatch, Any]]:
    """Jargon in the paragraph that no exception, allow-list entry or legal term cancels."""
    compiled = compiled_jargon(ctx.config)
    allowed = _allowed_terms(ctx.config)
    sentences = sentence_spans(ctx.text)
    legal = compiled_legal_terms()[1].find(ctx.text)
    legal_ends = [m.end for m in legal] + [m.end() for m in _LAW_CITATION.finditer(ctx.text)]
    kept = []
    for match in compiled.index.find(ctx.text):
        entry = compiled.entries[match.key]
        if bool(entry.depersonalising) != depersonalising:
            continue
        if entry.term.casefold() in allowed:
            continue
        if any(match.start < m.end and m.start < match.end for m in legal):
            continue  # a legal term that contains jargon words is RL203's to explain
        if _cancelled_by_exception(compiled, match, ctx.text, sentences):
            continue
        if part_of_a_name_or_address(ctx.text, match.start, match.end):
            continue
        if _in_a_web_or_email_address(ctx.text, match.start, match.end):
            continue
        if job_title_of_someone_named(ctx.text, match.start, match.end):
            continue
        if not depersonalising and _NAMED_IN_APPOSITION.match(ctx.text, match.end):
            # "her home care provider, Coastway Care, phoned": the name is given. A label
            # for the person ("the client, Mr Price,") still stands where the name should.
            continue
        if any(end <= match.start and _in_brackets_after(ctx.text, end, match.start)
               for end in legal_ends):  # fmt: skip
            continue  # the law's own words in the explanation of a legal term
        if names_a_team(ctx.text, match.start, match.end):
            continue
        if entry.everyday_with_actor and (
            actor_named(ctx.text, match.start, match.end)
            or (
                ctx.kind is RecordKind.PROFESSIONAL
                and after_indefinite_article(ctx.text, match.start)
                and not OF_AFTER.match(ctx.text, match.end)
            )
        ):
            continue
        if entry.everyday_after_article and (
            after_bare_article(ctx.text, match.start, match.end)
            or (
                ctx.kind is RecordKind.PROFESSIONAL
                and a_talk_or_its_title(ctx.text, match.start, match.end)
            )
        ):
            continue
        if entry.everyday_without_object and without_an_object(ctx.text, match.start, match.end):
            continue
        kept.append((match, entry))
    return kept


_ADDRESS_TOKEN = re.compile(r"@|://|^www\.", re.IGNORECASE)


def _in_a_web_or_email_address(text: str, start: int, end: int) -> bool:
    """The words are part of an email or web address ("reablement@example.gov.uk"): the
    reader types it, and it cannot be reworded."""
    token_start = start
    while token_start > 0 and not text[token_start - 1].isspace():
        token_start -= 1
    token_end = end
    while token_end < len(text) and not text[token_end].isspace():
        token_end += 1
    return bool(_ADDRESS_TOKEN.search(text[token_start:token_end]))


# The jargon noun followed by the name of what it stands for, set off by commas or in
# brackets: "her home care provider, Coastway Care, phoned", "the provider (Coastway Care)".
_NAMED_IN_APPOSITION = re.compile(
    r"(?:,[ \t]+|[ \t]+\()(?:[A-Z][\w'’&-]*[ \t]+){0,3}[A-Z][\w'’&-]*[ \t]*[,)]"
)


def _in_brackets_after(text: str, legal_end: int, start: int) -> bool:
    """Whether ``start`` lies inside a bracket that opens right after a legal term: the
    explanation RL203 asks for, which quotes the law's own test ("Section 42 (a duty to
    find out ... when an adult with care and support needs may be at risk)")."""
    opening = _BRACKET_AFTER.match(text, legal_end)
    if opening is None:
        return False
    closing = text.find(")", opening.end())
    return opening.end() <= start and (closing < 0 or start < closing)


_BRACKET_AFTER = re.compile(r"[^()\n]{0,30}?\(")
# A citation of the law ("Section 42 of the Care Act 2014", "the Mental Capacity Act 2005"):
# a bracket after it explains the legal duty in the law's own terms.
_LAW_CITATION = re.compile(r"\b(?:[Ss]ection\s+\d+[A-Za-z]?|Act\s+\d{4})\b")
