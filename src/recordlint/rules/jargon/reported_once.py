"""Each term, or each label for the person, reported once per record, at its first real
use with the others listed. RL201 and RL202 both end with this step.
"""

from __future__ import annotations

from recordlint import repeats
from recordlint.findings import Finding
from recordlint.kinds import (
    title_span,
)
from recordlint.matching import (
    compiled_jargon,
)
from recordlint.metrics import sentence_spans
from recordlint.rules.registry import DocumentContext
from recordlint.usage import (
    is_explained,
    is_mentioned,
    names_a_topic,
)


def once_per_term(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    """A term used again and again is one choice of word: one finding at its first use, which
    lists the others. Uses the engine will set aside as talked about or explained in place
    are left out first, so that the finding that stands for the term is a real use.

    The record's title ("Reablement visit - Ms Adeyemi", "Telecare responder log") names
    the kind of record or service as the case system files it, and cannot explain
    anything: a term there is listed with the term's first use in the text under it, and
    is not reported where the title is its only use."""
    if not findings:
        return findings
    title = title_span(ctx.text)
    in_title = [f for f in findings if title and f.start < title[1]]
    if len(findings) < 2 and not in_title:
        return findings
    compiled = compiled_jargon(ctx.config)
    sentences = sentence_spans(ctx.text)
    used = [
        f
        for f in findings
        if not is_mentioned(ctx.text, f.start, f.end)
        and not names_a_topic(ctx.text, f.start)
        and not is_explained(ctx.text, f.start, f.end, sentences)
    ]

    def term_of(finding: Finding) -> str:
        found = compiled.index.find(finding.text)
        return str(found[0].key) if found else finding.text.casefold()

    return repeats.once_per_term(used, term_of, never_first=in_title)
