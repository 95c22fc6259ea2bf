"""RL203 unexplained-legal-term: the registered rule and its record-wide step, which keeps
the first use of each legal term the record nowhere explains.
"""

from __future__ import annotations

import re

from recordlint.findings import Category, Finding, RecordKind, Severity
from recordlint.matching import (
    compiled_legal_terms,
)
from recordlint.metrics import sentence_spans
from recordlint.nlp import Need
from recordlint.rules.jargon.team_and_job_names import body_or_role_after
from recordlint.rules.registry import DocumentContext, ParagraphContext, finalizer, rule
from recordlint.segments import in_a_contents_list, in_a_heading
from recordlint.text import line_start
from recordlint.usage import (
    heading_explained_below,
    is_explained,
)

_LEGAL_FACT = "legal.explained"


@rule(
    code="RL203",
    name="unexplained-legal-term",
    category=Category.JARGON,
    standard="1",
    severity=Severity.INFO,
    needs=[Need.TEXT],
    # Explanations belong where the person is the reader: letters and plans (assessments).
    # Case notes and emails are read by colleagues, and guidance, reports and decisions
    # are written for professionals, who use the law's terms on every page.
    kinds=[RecordKind.LETTER, RecordKind.ASSESSMENT],
    about_wording=True,
)
def unexplained_legal_term(ctx: ParagraphContext) -> None:
    """Finds legal terms used without a plain explanation the first time they appear.

    ## Why it matters
    Standard 1 asks for letters and documents that are clear and precise so that people can
    make informed decisions. Terms such as "best interests decision" or "Section 42 enquiry"
    must stay, because they have legal meaning, but the person needs to know what they
    mean. Keep the term and explain it in plain words the first time.

    ## Example
    Before:
    > We will hold a best interests decision meeting next week.

    After:
    > Next week we will make a best interests decision (a decision made for you, based on
    > what you would want).

    ## Stays quiet on
    - A term in an entry of a contents list (numbered section names under "Contents", or
      repeated as the text's own headings): it is not the first use; the first use in
      the sections is reported if nothing there explains it.
    - Every use after the first, and any term the record explains somewhere: followed by a
      bracket, a dash or a colon; "which means", "this means", "that is" later in the
      sentence; "called ..." or "known as ..." before it; a next sentence starting
      "This means"; or a sentence that opens by saying what it is, in the singular and
      quoted too (a heading "Deferred Payment Agreements", then "A 'Deferred Payment
      Agreement' is an arrangement ...").
    - The person's own quoted words, and terms talked about rather than used.
    - Names of teams and jobs: "the financial assessment team", "Safeguarding Enquiry
      Officer".
    - Terms a heading asks about ("What is a needs assessment?", "What does a care and
      support plan contain?") or a purpose clause
      explains ("a financial assessment to work out how much you pay", "In order to work
      out if you are eligible ..., we will carry out a carer's assessment"), also in the next
      sentence, of any such thing ("How to get a carer's assessment. If you're a carer, you
      may want your own assessment by social services to look at the support you need"); a
      heading whose section says what the thing is or does ("Care and support plans" over
      "... the plan will set out what we've agreed", "The plan will list these"), also
      where a blank line sets the heading apart from its section, or whose section names
      it by the
      heading's noun and says in that sentence what it is for ("Financial assessment" over
      "In the financial assessment, we will take into account your income ... to work out
      if you need to contribute") or opens the next sentence with what is decided by it
      ("... carry out a care needs assessment. They decide whether you're eligible", "This
      will let us decide if you should have help"); a sentence saying what one in general
      does, after a clause on when ("If you are eligible for our support a financial
      assessment will look at whether ..."); an
      authority or capacity followed by
      what it is ("an Attorney to be authorised to act on their behalf", "mental capacity to
      make their own decisions"); examples in a bracket after the term or after a
      relative clause on it ("reasonable adjustments they need to make (such as any
      sensory considerations ...)"), but not after another noun or with "including".
    - A heading or subject line that names the reader's own one of the thing ("Your
      carer's assessment", "Re: Outcome of your Care Act assessment", "My care and support
      plan"): it tells the reader which of theirs the text is about, and has no room to
      explain it. The term's first use in the text under it is reported instead, unless
      the text explains it somewhere.
    - Texts the person does not read as theirs: case notes and emails are written for
      colleagues, and guidance, reports and decisions for professionals, who use the law's
      terms throughout. The rule runs on letters and on plans and assessments.

    ## Fix safety
    No fix: the term must stay. The message offers a plain explanation to add.
    """
    entries, index = compiled_legal_terms()
    sentences = sentence_spans(ctx.text)
    explained: list[str] = []
    for match in index.find(ctx.text):
        entry = entries[match.key]
        if is_explained(ctx.text, match.start, match.end, sentences):
            explained.append(entry.term.casefold())
            continue
        if body_or_role_after(ctx.text, match.end, capitalised=False):
            continue  # "the financial assessment team": a team's or a job's name
        matched = ctx.text[match.start : match.end]
        ctx.flag(
            match.start,
            match.end,
            f"'{matched}' is a legal term that stays; explain it in plain words the first "
            f"time, for example: {entry.explanation.rstrip('.')}.",
        )
    ctx.facts[_LEGAL_FACT] = explained


@finalizer("RL203")
def _first_unexplained_use(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    explained = {term for terms in ctx.facts(_LEGAL_FACT) for term in terms}
    entries, index = compiled_legal_terms()

    def term_of(finding: Finding) -> str:
        found = index.find(finding.text)
        return entries[found[0].key].term.casefold() if found else finding.text.casefold()

    # A heading set apart from its section by a blank line is a paragraph of its own, so
    # its paragraph step could not read the section that says what the thing is ("Care
    # and support plans", a blank line, "... The plan will list these."); the whole record
    # can.
    explained.update(
        term_of(finding)
        for finding in findings
        if heading_explained_below(ctx.text, finding.start, finding.end)
    )
    seen: set[str] = set()
    kept = []
    for finding in sorted(findings, key=lambda f: f.start):
        term = term_of(finding)
        if term in explained or term in seen:
            continue
        if in_a_contents_list(ctx.text, finding.start, finding.end):
            # a contents list repeats a section's heading: the term's first use is in the
            # section, which may explain it
            continue
        if _heads_the_readers_own(ctx.text, finding.start, finding.end):
            continue  # not the term's first use: the text under the heading may hold one
        seen.add(term)
        kept.append(finding)
    return kept


# "your" or "my" just before the term: the reader's own assessment or plan.
_READERS_OWN = re.compile(r"(?:^|[^\w'’-])(?:your|my)[ \t]+$", re.IGNORECASE)
# The term ends its phrase: the line ends, or a colon, a dash or a comma follows it.
# "Your Deprivation of Liberty Safeguards (DoLS) authorisation" names the authorisation.
_PHRASE_ENDS = re.compile(r"[ \t]*(?:$|[:,;.]|[-–—][ \t])", re.MULTILINE)


def _heads_the_readers_own(text: str, start: int, end: int) -> bool:
    """The term sits in a heading or subject line (:func:`recordlint.segments.in_a_heading`)
    and names the reader's own one ("Your carer's assessment", "Annual review of your care
    and support plan"): the heading tells the reader which of their things the letter or
    plan is about. "Re: Outcome of your Care Act needs assessment" names the needs
    assessment with other words between, "Your Deprivation of Liberty Safeguards (DoLS)
    authorisation" names something else of the reader's by the term, and a heading on a
    process in general ("Outcome of Section 42 enquiry") owns nothing; those still ask for
    an explanation."""
    before = text[line_start(text, start) : start]
    return (
        _READERS_OWN.search(before) is not None
        and _PHRASE_ENDS.match(text, end) is not None
        and in_a_heading(text, start, end)
    )
