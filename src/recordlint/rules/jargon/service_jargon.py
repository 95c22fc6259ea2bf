"""RL201 service-jargon: the registered rule, what it offers in place of the jargon, and
its record-wide step (the findings' severity and each term reported once, read by
:mod:`recordlint.rules.jargon.word_choices`).
"""

from __future__ import annotations

from recordlint.doc_access import word_one_space_before
from recordlint.findings import Category, Finding, RecordKind, Severity
from recordlint.kinds import the_writers_own
from recordlint.lexicon import word_list
from recordlint.matching import (
    suggestions_for,
)
from recordlint.nlp import Need
from recordlint.rules.jargon.matches import jargon_matches
from recordlint.rules.jargon.reported_once import once_per_term
from recordlint.rules.jargon.senses import after_indefinite_article
from recordlint.rules.jargon.word_choices import (
    lower_in_names_and_headings,
    lower_in_plans,
    lower_terms_explained_a_few_words_on,
    names_and_working_terms,
)
from recordlint.rules.registry import DocumentContext, Fix, ParagraphContext, finalizer, rule
from recordlint.segments import in_a_contents_list


def _noun_modifier_before(ctx: ParagraphContext, start: int, end: int) -> int | None:
    """Where the nouns that modify the jargon noun start ("day centre placement" -> the
    start of "day"), or None when it stands alone ("her placement", "a new placement")."""
    if ctx.doc is None:
        return None
    tokens = [t for t in ctx.doc if start <= t.idx < end]
    if len(tokens) != 1 or tokens[0].pos_ != "NOUN":
        return None
    head = tokens[0]
    first: int | None = None
    previous = head.i - 1
    while previous >= 0:
        token = ctx.doc[previous]
        gap = ctx.text[token.idx + len(token.text) : ctx.doc[previous + 1].idx]
        if gap != " " or token.pos_ not in ("NOUN", "PROPN") or not token.text.isalpha():
            break
        first = token.idx
        previous -= 1
    return first


def _specialist_role(ctx: ParagraphContext, start: int, end: int) -> bool:
    """A role the jargon names, with the specialty in front of it as a noun ("the
    occupational therapy duty worker"): that is the job's title, which the reader will be
    told to ask for. "Her allocated worker" stays jargon."""
    if ctx.doc is None:
        return False
    if ctx.text[start:end].split()[-1].casefold() not in word_list("professional"):
        return False
    last = word_one_space_before(ctx.doc, ctx.text, start)
    return last is not None and last.pos_ in ("NOUN", "PROPN") and last.text.isalpha()


@rule(
    code="RL201",
    name="service-jargon",
    category=Category.JARGON,
    standard="2.plain-language",
    severity=Severity.WARNING,
    # Tags tell a compound ("day centre placement") from the jargon word on its own.
    needs=[Need.TAGS],
    fix=Fix.REVIEW,
    about_wording=True,
)
def service_jargon(ctx: ParagraphContext) -> None:
    """Finds service jargon that has a plainer alternative ("signposted", "package of care").

    ## Why it matters
    Standard 2 asks for records in plain language, and Standard 1 for letters and documents
    that are clear and jargon free, so that people can make informed decisions. The person
    may read their record one day; "care package", "signposted" and "reablement" are the
    service's words, not theirs.

    ## Example
    Before:
    > We signposted Mrs Khan to the carers' centre and her package of care starts on Monday.

    After:
    > We directed Mrs Khan to the carers' centre and her home care visits start on Monday.

    ## Reported once
    A term the record uses again and again is one choice of word: it is reported at its
    first use, with how many more uses there are; the other uses are listed with it
    (`other_uses` in the JSON output, related locations in SARIF). A use in the record's
    title ("Reablement visit - Ms Adeyemi", "Telecare responder log") is listed with the
    first use in the text under it, never reported on its own: the title names the record
    as the case system files it, and has no room to explain.

    ## Reported as info
    Some uses of jargon a careful writer may well keep: the advice stands, one step below
    the rule's severity ("info" where the rule is a warning), so that a record written to
    the standards is not warned about them:
    - the name of a team, a service or a job, where the term describes the noun after it
      ("the reablement team", "the commissioning team", "the reablement workers");
    - a heading: an email's subject line, a section heading ("Reablement closure
      summary"), the label that opens a line ("Why I am closing the case: ..."), or a short
      line standing alone ("Mr Gotts, 22 Brook Road – end of reablement").
    - any use of a term with which the record names a team or a job, in capitals up to
      its noun ("Reablement Team (West)" over a letter, "Reablement Coordinator" under it),
      or in small letters as the job of someone it names ("Aoife Brennan (reablement
      officer)", "Reablement officer: Siobhan Brennan"): "finished his reablement with us"
      then names that service.
    - every use of a term the record explains at one of its uses by a bracket a few words
      on, past where or how often ("reablement twice a day (short-term help to regain
      skills)"): the reader meets the word before the words that say what it is.
    A term also used plainly in the record is reported at its first plain use, at the
    rule's severity, with the other uses listed.

    ## Stays quiet on
    - A term in an entry of a contents list (numbered section names under "Contents", or
      repeated as the text's own headings): the first use in the sections is reported.
    - The person's own quoted words, and the paragraphs of the person's own account written
      in the first person (a publisher's paragraph about them is still read); and the
      whole of a letter a member of the public writes in their own name (to a newspaper,
      to a council about what it charges, or an open letter to a council's leader), or of
      an account told as "I" from end to end (a blog post under its date line, a column,
      a person's account set out under pull quotes) whose other paragraphs tell of no one,
      where no publisher speaks.
    - Context phrases listed as exceptions in the lexicon ("work placement").
    - A team's or a job's name given with its telephone number ("ring the
      multidisciplinary team on 01632 960100", "the allocated worker on 01632 960350"), as
      the one to ask for ("ask for the allocated worker"), or as the one someone rang,
      phoned, emailed or wrote to ("his daughter had rung our multidisciplinary team on 5
      October"), a job title in capitals up to its noun ("Hospital Discharge Social
      Worker"), and a team or field in capitals in a bracket of its own after a name or a
      job title ("Housing Support Worker (Floating Support)", "Kelly
      (Brokerage)"). "The duty team" and "the duty worker" are not in the lexicon: they name the
      council's own team that takes calls, which records and letters use as its name.
    - Legal terms (RL203 asks for an explanation instead) and labels for the person (RL202).
    - Terms the team allows (`jargon.allow`, or the team allow file), in any inflection.
    - Words talked about rather than used ("the term 'placement'") or explained where they
      stand ("respite (a short break for you)", "reablement, which means ...", "statutory
      requirements (actions the home must comply with)"), and every
      use of a term the text explains at one of its uses ("GP respite is used by the
      practice to ...", a heading "How does reablement work?") or gives beside one of
      the lexicon's plainer words with "or" ("for respite or short breaks").
    - The everyday sense where the lexicon marks one: someone named as doing it
      ("intervention by the neighbour", "her intervention") means someone stepped in, and
      so, in professional prose, does one met straight after "a" or "an" with nothing
      describing it ("would have died but for an intervention"), where the service's
      sense comes with its kind ("a social care intervention") or is one in particular
      ("the intervention agreed at the meeting"); a page for the public is still flagged;
      straight after "the" or "a", with nothing describing it, "the presentation included
      in the agenda papers" is a talk ("his presentation" is how he seemed); so, in a text
      about services, is one given by someone named in capitals ("presentation by the
      Board Business Manager"), opening a short title line ("Presentation on dental
      services in Halton", "Presentation of Petitions under Standing Order 36.") or
      counted ("time dedicated to presentations"), where a field label ("Presentation on
      the day:") is not; and
      a word used of something that grows by itself, with nothing passed to anyone: the
      verb with nothing after it in its clause ("seek advice when risks escalate") or its
      "-ing" form describing a noun after an article or a possessive ("her escalating
      needs"), where "escalate concerns to managers" and "was escalated" are the
      service's sense.
    - A working term practitioners share (`jargon_for = "public"` in the lexicon:
      "contingency plan", "cognitive impairment") in a text written for practitioners: a
      blank form, or professional prose that addresses them ("This procedure should be
      used by ...", "you must ...") or sets out what a review teaches them (a safeguarding
      board's "Key learning points", "Learning from this review included:"). Vague or
      office wording ("actioned", "robust") is still flagged there, and the same terms are
      flagged in decisions, reports and leaflets, which the public reads.
    - In a text that is not a record about one person (guidance, a report, a page for
      the public), a team's or a job's name in small letters: "the care and support needs
      assessor", "the hospital discharge team". In a record, "the reablement team" is
      still reported, as info: the annotated records mark it as the writer's choice of
      word.
    - A working term every record uses (`jargon_for = "readers"`: "provider") in
      colleagues' case notes and emails; letters, plans, leaflets, reports and decisions
      are still flagged for it.
    - A working term annotators leave unmarked in notes, emails and plans alike
      (`jargon_for = "letters"`: "transfers", "falls risk", "welfare call") in colleagues'
      case notes and emails; in a plan or an assessment it is reported as info, and
      letters, leaflets, reports and decisions are still warned about it.

    ## Settings
    `jargon.allow`: terms the team accepts. `team.jargon-file`: the team's own jargon, in the
    schema of `lexicons/jargon.toml`.

    ## Fix safety
    Suggestions are put into the same form as the jargon ("signposted" becomes "directed")
    and the same capitals. The fix is safe only when the first suggestion is one or two plain
    words and does not follow "a" or "an"; otherwise it is offered for review. Where the
    jargon word is the head of a compound ("day centre placement") no word is offered in
    its place, since swapping the head changes what the compound names.
    """
    if ctx.kind is RecordKind.OWN_ACCOUNT and the_writers_own(ctx.text):
        # The person's own words: "respite" and "sectioned" are theirs to use. A paragraph
        # the publisher wrote about them ("please reach out to ...") is still read.
        return
    for match, entry in jargon_matches(ctx, depersonalising=False):
        matched = ctx.text[match.start : match.end]
        if _specialist_role(ctx, match.start, match.end):
            continue
        modifier = _noun_modifier_before(ctx, match.start, match.end)
        if modifier is not None:
            # Swapping the head of a compound changes what it names ("day centre placement"
            # is not a "day centre home"): ask for the whole phrase to be said plainly.
            phrase = ctx.text[modifier : match.end]
            ctx.flag(
                match.start,
                match.end,
                f"'{matched}' is service jargon; say plainly what '{phrase}' is.",
                fix=None,
            )
            continue
        suggestions, drop_in = suggestions_for(
            entry.suggestions, matched, match.form, ctx.text[: match.start]
        )
        if after_indefinite_article(ctx.text, match.start):
            drop_in = False
        ctx.flag(
            match.start,
            match.end,
            f"'{matched}' is service jargon; plainer words such as '{suggestions[0]}' "
            "may be clearer.",
            suggestions,
            fix=Fix.SAFE if drop_in else Fix.REVIEW,
        )


@finalizer("RL201")
def _once_per_jargon_term(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    """The writer's choices of word, each term reported once (see :func:`once_per_term`)."""
    if ctx.kind is RecordKind.OWN_ACCOUNT and ctx.reading.the_writers_throughout:
        # A letter in its writer's own name is theirs throughout, its paragraphs without
        # "I" too ("Parents and carers currently receive 35 hours of daytime respite"):
        # no publisher speaks in it, as one does around a carer's story. So is a blog
        # post or a column told as "I" from end to end whose other paragraphs tell of no
        # one ("This gives a disabled person control over their own care package").
        return []
    # A contents list repeats the headings of the sections where the terms are used: the
    # first use in a section is the one to report.
    listed = [f for f in findings if not in_a_contents_list(ctx.text, f.start, f.end)]
    kept = names_and_working_terms(ctx, listed)
    lowered = lower_in_plans(ctx, lower_in_names_and_headings(ctx.text, kept))
    return once_per_term(ctx, lower_terms_explained_a_few_words_on(ctx, lowered))
