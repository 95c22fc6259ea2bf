"""The registered rules RL101 to RL103, RL101's and RL102's finalizers: each flags the abbreviations
that one scan of the paragraph sorted to it."""

from __future__ import annotations

from dataclasses import replace

from recordlint.findings import Category, Finding, RecordKind, Severity
from recordlint.kinds import (
    quoted_from_work,
    the_writers_own,
    told_by_the_writer_alone,
)
from recordlint.nlp import Need
from recordlint.rules.acronyms.expansions import (
    content_stems,
    fit,
    inflect,
    meanings_the_record_names,
    same_words,
)
from recordlint.rules.acronyms.lexicon import Lexicons, RuleKind, date_words, lexicons_for
from recordlint.rules.acronyms.pseudonyms import named_as, signs_the_entries, stands_for_a_person
from recordlint.rules.acronyms.scanner import Abbreviation, abbreviations
from recordlint.rules.acronyms.shapes import acronym_shape, at_sentence_start, split_inflection
from recordlint.rules.acronyms.surroundings import in_a_dated_heading, in_a_subject_prefix
from recordlint.rules.registry import (
    DocumentContext,
    FactKey,
    Fix,
    ParagraphContext,
    finalizer,
    rule,
)
from recordlint.text import overlaps_any

STANDARD = "2.plain-language"
# The paragraph's abbreviations, shared by RL101-RL103.
FOUND_FACT: FactKey[list[Abbreviation]] = FactKey("acronym.found")
# {abbreviation: the writer's own words for it}, for RL101's finalizer.
DEFINED_FACT: FactKey[dict[str, str]] = FactKey("acronym.defined")


def _found(ctx: ParagraphContext) -> list[Abbreviation]:
    found: list[Abbreviation] | None = ctx.facts.get(FOUND_FACT)
    if found is None:
        team_file = ctx.config.team_paths().get("acronyms_file")
        found = abbreviations(ctx.text, lexicons_for(team_file))
        ctx.record(FOUND_FACT, found)
        defined = {a.base: a.definition for a in found if a.definition}
        if defined:
            ctx.record(DEFINED_FACT, defined)
    return found


def _fix_for(expansions: tuple[str, ...]) -> Fix | None:
    if not expansions:
        return None
    return Fix.SAFE if len(expansions) == 1 else Fix.REVIEW


def _choices(expansions: tuple[str, ...]) -> str:
    quoted = [f"'{e}'" for e in expansions[:3]]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


@rule(
    code="RL101",
    name="unexplained-acronym",
    category=Category.ACRONYM,
    standard=STANDARD,
    severity=Severity.WARNING,
    needs=[Need.TEXT],
    fix=Fix.REVIEW,
    # A carer's or resident's own account is their voice throughout, like a quotation: the
    # "GP" and "COPD" of their own life are theirs to write (judged on real carers' stories,
    # every acronym flagged there was their own words).
    kinds=frozenset(RecordKind) - {RecordKind.OWN_ACCOUNT},
    # Quotations are set aside by the rule itself (see ``_set_aside``): a worker's text
    # quoted whole is a record's words, not the person's.
    allow_in_quotes=True,
)
def unexplained_acronym(ctx: ParagraphContext) -> None:
    """Finds acronyms and initialisms (OT, DoLS, MDT, s42, A&E), known to the lexicon or not.

    ## Why it matters
    Standard 2 asks for records in plain language with no abbreviations or acronyms. The
    person, their family and the professionals who read the record later (an advocate, a
    court, an ombudsman) may not know what "OT", "CHC" or "BIA" stand for; several stand for
    more than one thing ("DPA", "SAR", "PD"). GOV.UK allows a few well-known ones (UK, NHS,
    GP); the local standard allows none, so the default is strict and a team can allow the
    ones it accepts (`acronyms.allow`, or the team allow file). Those few, marked widely
    known in the lexicon ("GP", "NHS", "MP"), are reported one step lower ("info"): records
    written to the standards use them, and the advice stands without a warning. So are the
    prefixes an email program puts before a subject it answers or passes on ("Subject: FW:
    ...").

    An acronym is found by its shape (two capitals or more, a section number such as s42),
    so one the lexicon has never heard of is still found; the lexicon supplies expansions.
    In a heading written in capitals, besides the lexicon's acronyms, only capitals with no
    vowel count ("ADULT CARE PDS COMMITTEE"); capitals opening a citation ("(SO, 2001)") count
    even where they spell a word. A company's registered name is left as it is registered:
    its legal form ("Ltd", "plc"), which the annotated records leave unmarked, and the
    capitals heading it ("TLC Home Care Ltd").
    When the writer spells the acronym out anywhere in the record ("Deprivation of Liberty
    Safeguards (DoLS)"), every later use is still flagged, at the same severity, because
    the local standard allows no acronyms and a reader who opens the record part-way, or
    hears it read aloud, never sees the definition. What changes is the help: the writer's
    own words are offered first and can replace the acronym directly. The place that spells
    it out is flagged too, offering the words without the bracketed acronym.

    ## Example
    Before:
    > Discussed with the OT and the GP at the MDT on Monday.

    After:
    > Discussed with the occupational therapist and Dr Shah at the team meeting on Monday.

    ## Stays quiet on
    Titles (Mr, Mrs, Dr, Cllr), anonymised letters ("Mr X", "Adult A"), capitals the
    lexicon does not know that a text uses throughout for a person, with "she", "he",
    "her" or "his" after them at least twice and never an article before them ("work with
    AB as her advocate ... AB is dependent on a wheelchair. She is ..."), capitals that
    close every line they stand on, after the entry's last sentence, at least twice in the
    record: a worker's initials signing a log ("Dtr wants more calls. SK"), Roman numerals used
    as labels ("Stage IV", "(ii)"), units and times next to numbers (5mg, 3 PM), dates,
    postcodes, phone, NHS and reference numbers ("Ref: ASC/2026/04412", a report's
    "IASC/24/04"), email and web
    addresses, ordinary words and month names in capitals ("URGENT", "NOTE",
    "14 DECEMBER 2009"), headings written in capitals
    (see above for what counts there), "I", "A" and "OK", post-nominal letters
    (MBE, BSc), a surname in capitals beside the first name ("Priya PATEL", "Marian
    HOLLOWAY" opening a line, "MR T GARRETT", and "MORRIS, Eileen" opening a log entry or
    following its time), and the person's own quoted words and own account.
    "ID" is the everyday word ("photo ID", "carry ID") except where it closes a form's
    label after a system's or a role's name, before the identifier or the label's colon
    ("Mosaic ID: 1148820", "Client ID:"), where it is flagged. A lexicon acronym
    written in title case is a name ("Nia"), unless it is a form's field label ("Dob:").
    A worker's text quoted whole is not someone's own words and is read: a quotation
    that fills its line, runs to a line of prose, tells of someone as "he" or "she", names
    no family of the speaker's own, and says "I" only at work ("I was visiting a client"):
    an email pasted into a note, a referral set out under its label, a reablement
    worker's record of a visit printed in their words. So is a quotation that holds an
    acronym and nothing else ("strategies such as “MSP” and “Think Family”", "I had to
    look up “MDT”"): it names the term, and the reader still needs to know what it stands
    for.

    ## Settings
    `acronyms.allow` and the team allow file accept terms; `team.acronyms-file` adds
    expansions in the acronym lexicon's schema.

    ## Fix safety
    Safe when the lexicon gives exactly one expansion, or the writer spelled the acronym
    out; otherwise the expansions are offered for review ("OT": occupational therapist or
    occupational therapy). After a preposition a person's role takes an article ("with OT"
    -> "with an occupational therapist"). A meaning the place rules out is left unsaid
    rather than offered wrong: one that shares no word with the writer's own long form
    just before the bracketed acronym ("annual assessments (APAs)" is not "alternative
    payment arrangements"), and, of several meanings, those the record never writes out
    where it writes out others ("SARs" in a text about Safeguarding Adult Reviews). The
    lexicon's case counts where it is mixed: "dtr" in lower case is shorthand for
    daughter, not "DtR" (duty to refer), and note shorthand for one word written in
    capitals ("ESP") is an acronym of its own, not "esp" (especially).
    """
    set_aside = _set_aside(ctx)
    for found in _found(ctx):
        if found.rule != "acronym" or overlaps_any(found.start, found.end, set_aside):
            continue
        if found.definition is not None:
            ctx.flag(
                found.start,
                found.end,
                f"'{found.base}' is spelled out here; keep the words and drop the abbreviation.",
                (found.definition,),
                fix=Fix.SAFE,
            )
        else:
            _flag_known_or_not(ctx, found, "is an abbreviation; write it in full, e.g. {choices}",
                               "may be an abbreviation; write it in full")  # fmt: skip


def _set_aside(ctx: ParagraphContext) -> list[tuple[int, int]]:
    """The quotations whose acronyms are not the writer's to change: every one but a
    worker's text quoted whole (an email pasted into a note, a referral set out under its
    label, a worker's record of a visit printed in their words), whose "BIA" or "GP" a
    reader of the record needs written out as much as the note's own; and a quotation
    that holds an acronym and nothing else ("strategies such as “MSP” and ...", "I had to
    look up “MDT”"), which names the term rather than giving anyone's words: the reader
    still needs to know what it stands for."""
    if not ctx.quotes:
        return []  # most paragraphs quote no one: no lexicon lookup (or team file stat)
    lexicons = lexicons_for(ctx.config.team_paths().get("acronyms_file"))
    return [
        q
        for q in ctx.quotes
        if not quoted_from_work(ctx.text, *q) and not _names_an_acronym(ctx.text, *q, lexicons)
    ]


def _names_an_acronym(text: str, start: int, end: int, lexicons: Lexicons) -> bool:
    """Whether the quotation's words are one acronym the lexicon knows, alone (its plural
    too: "SARs"). Unknown capitals alone in quotation marks are more often someone's
    own word set in capitals (he spelled "MONDAYS" on his letter board) than a term."""
    words = text[start:end].strip()
    base = split_inflection(words)[0]
    return acronym_shape(base) and lexicons.lookup(base) is not None


@finalizer("RL101")
def _widely_known_lower_then_own_words(
    ctx: DocumentContext, findings: list[Finding]
) -> list[Finding]:
    """RL101's record step: widely known acronyms and an email's reply prefixes one step
    lower, then the writer's words."""
    lowered = _written_by_the_system_lower(ctx.text, _widely_known_as_info(ctx, findings))
    return offer_the_writers_words(ctx, _meanings_the_record_names(ctx, lowered))


def _meanings_the_record_names(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    """Of an acronym's several meanings, offer only those the record writes out somewhere
    when it writes some and not others: "SARs" in an article about Safeguarding Adult
    Reviews is never offered as subject access requests. The plainer words the lexicon
    adds for a meaning that is jargon stay."""
    if not findings:
        return findings
    lexicons = lexicons_for(ctx.config.team_paths().get("acronyms_file"))
    narrowed: list[Finding] = []
    written: frozenset[str] | None = None  # the record's words, read once when first needed
    for finding in findings:
        entry = lexicons.lookup(split_inflection(finding.text)[0])
        meanings = (
            () if entry is None else tuple(e for e in entry.expansions if e not in entry.plain)
        )
        if len(meanings) < 2:
            narrowed.append(finding)
            continue
        if written is None:
            written = content_stems(ctx.text)
        named = meanings_the_record_names(meanings, written)
        dropped = [m for m in meanings if m not in named]
        if not dropped or len(finding.suggestions) < 2:
            narrowed.append(finding)
            continue
        kept = tuple(s for s in finding.suggestions if not any(same_words(s, m) for m in dropped))
        message = finding.message.replace(_choices(finding.suggestions), _choices(kept))
        fix = None if (fixable := _fix_for(kept)) is None else fixable.value
        narrowed.append(replace(finding, message=message, suggestions=kept, fix=fix))
    return narrowed


_ONE_LOWER = {Severity.ERROR: Severity.WARNING, Severity.WARNING: Severity.INFO}


def _widely_known_as_info(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    """An acronym the lexicon marks widely known ("GP", "NHS", "MP": GOV.UK style lets
    them stand unexplained) is still reported, one step below the rule's severity: the
    local standard asks for none, but a record written to the standards uses them, and a
    reader is not lost for them as for "OT" or "CHC"."""
    if not findings:
        return findings
    lexicons = lexicons_for(ctx.config.team_paths().get("acronyms_file"))
    lowered: list[Finding] = []
    for finding in findings:
        entry = lexicons.lookup(split_inflection(finding.text)[0])
        if entry is not None and entry.widely_known and finding.severity in _ONE_LOWER:
            finding = replace(finding, severity=_ONE_LOWER[finding.severity])
        lowered.append(finding)
    return lowered


def offer_the_writers_words(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    """Put the writer's own spelling-out (from any paragraph) first, as a safe fix; and
    leave out capitals the lexicon does not know that the text uses throughout as a
    person's initials ("work with AB as her advocate ... AB is dependent on a wheelchair.
    She is ...")."""
    findings = _without_a_persons_initials(ctx.text, findings)
    defined: dict[str, str] = {}
    for _, paragraph in ctx.recorded(DEFINED_FACT):
        for short, spelled in paragraph.items():
            defined.setdefault(short.casefold(), spelled)
    if not defined:
        return findings
    amended: list[Finding] = []
    for finding in findings:
        base, inflection = split_inflection(finding.text)
        words = defined.get(finding.text.casefold()) or defined.get(base.casefold())
        if words is None or "(" in finding.text:
            amended.append(finding)
            continue
        capital = at_sentence_start(ctx.text, finding.start)
        own = fit(inflect(words, inflection), capital=capital, upper=False)
        suggestions = tuple(dict.fromkeys((own, *finding.suggestions)))
        amended.append(
            replace(
                finding,
                message=f"'{finding.text}' is an abbreviation; write it in full each time, "
                f"as this record does once: '{own}'.",
                suggestions=suggestions,
                fix=Fix.SAFE.value,
            )
        )
    return amended


def _without_a_persons_initials(text: str, findings: list[Finding]) -> list[Finding]:
    unknown = {
        split_inflection(f.text)[0] for f in findings if not f.suggestions and f.text[:1].isupper()
    }
    initials = {letters for letters in unknown if stands_for_a_person(text, letters)}
    # Capitals the writer gives as a name ("whom I shall refer to as “KK”") are that name
    # throughout, whatever a list of abbreviations would make of them.
    given = {split_inflection(f.text)[0] for f in findings if f.text[:1].isupper()}
    named = {letters for letters in given if named_as(text, letters)}
    # Capitals that close every entry they appear in, as a worker signs a log ("Dtr wants
    # more calls. SK"), are the writer's initials, whatever a list of abbreviations makes
    # of them.
    named |= {letters for letters in given if signs_the_entries(text, letters)}
    if not initials and not named:
        return findings
    return [
        f
        for f in findings
        if split_inflection(f.text)[0] not in named
        and (f.suggestions or split_inflection(f.text)[0] not in initials)
    ]


@rule(
    code="RL102",
    name="dotted-abbreviation",
    category=Category.ACRONYM,
    standard=STANDARD,
    severity=Severity.WARNING,
    needs=[Need.TEXT],
    fix=Fix.REVIEW,
)
def dotted_abbreviation(ctx: ParagraphContext) -> None:
    """Finds abbreviations written with full stops (e.g., i.e., N.B., a.m., etc.).

    ## Why it matters
    Standard 2 asks for plain language with no abbreviations. Latin abbreviations are
    among the least understood, and screen readers can read "e.g." as "egg"; GOV.UK style
    avoids "eg", "ie" and "etc" and writes no full stops in abbreviations. "etc" often hides
    a list the reader needed in full.

    ## Example
    Before:
    > She needs help with personal care, e.g. washing and dressing, etc.

    After:
    > She needs help with personal care, for example washing and dressing.

    ## What counts
    Besides Latin and dotted forms, "No." for "number" heading a table's column ("No. Item")
    or closing a line or a form's cell that is a label ("NHS No.", "NHS No. / Date of
    Birth:", "Agency Ref. No.:"), "no." in lower case with its full stop before a house's,
    a bus's or a card's number ("the neighbour at no. 24", "no.12"), but not after a verb
    of saying ("she said no. 4 people agreed"), and letters with full stops that spell
    more than initials ("the P.E.R.F.O.R.M Model").

    ## Stays quiet on
    Titles with a full stop ("Dr."), initials before a name ("J.R. Smith"), decimal
    numbers and times (2.30pm), web and email addresses, and the person's own words in
    their own account (a paragraph in the first person, "I" or the "we" of their family,
    or one that names a parent as only their child does: "Mum hates it ... etc"),
    and anywhere in a letter a member of the public writes in their own name (a reader's
    letter to a paper, whose campaign may be named "C.A.R.E." in a paragraph that speaks
    to the paper's readers).

    ## Fix safety
    Safe when the lexicon gives one plain alternative ("e.g." -> "for example"); otherwise
    offered for review. "i.e." before a list of three items or more ("factors i.e.
    safeguarding concerns, patient feedback, best practice") gives examples, which "that
    is" misreads, so no words are offered there. At the end of a sentence the full stop
    stays out of the finding, so a fix keeps it.
    """
    if ctx.kind is RecordKind.OWN_ACCOUNT and the_writers_own(ctx.text):
        # The person's own words ("e.g. continence issues"): theirs to write as they do.
        # A paragraph the publisher wrote about them is still read.
        return
    _flag_each(ctx, "dotted", "is an abbreviation; write {choices} instead",
               "may be an abbreviation; write it in full")  # fmt: skip


def _a_letter_from_the_public(ctx: DocumentContext) -> bool:
    """Whether the record is a letter a member of the public writes in their own name, which
    RL102 and RL103 leave as written."""
    return ctx.kind is RecordKind.OWN_ACCOUNT and ctx.reading.by_a_member_of_the_public


@finalizer("RL102")
def _not_in_a_letter_from_the_public(
    ctx: DocumentContext, findings: list[Finding]
) -> list[Finding]:
    """A letter a member of the public writes in their own name is theirs throughout, its
    paragraphs that speak to the paper's readers too ("Can I inform your readers that
    C.A.R.E. ..."): no publisher speaks in it, as one does around a carer's story."""
    if findings and _a_letter_from_the_public(ctx):
        return []
    return findings


@rule(
    code="RL103",
    name="note-shorthand",
    category=Category.ACRONYM,
    standard=STANDARD,
    severity=Severity.WARNING,
    needs=[Need.TEXT],
    fix=Fix.REVIEW,
)
def note_shorthand(ctx: ParagraphContext) -> None:
    """Finds note-taking shorthand (appt, tel, h/v, c/o, asap, wks, Tues).

    ## Why it matters
    Standard 2 asks for records in plain language with no abbreviations. Shorthand saves the
    writer seconds and costs every later reader: "w/c" is a wheelchair or a week
    commencing, "w/e" a week ending or a weekend, "c/o" complains of or care of.
    Records are shared with the person and may be read years later.

    ## Example
    Before:
    > H/V booked for Tues. Pt to ring re appt asap.

    After:
    > Home visit booked for Tuesday 3 March. Mr Khan will ring about the appointment today.

    ## What counts
    Besides the lexicon's shorthand, "no" for "number" where a form's field label closes
    with it ("Tel no:", "NHS no (if known):", "Telephone No (with dial code):", a label
    broken over two lines, "NHS" then "No:"), but not "Yes or no:" or "she said no:"; a
    form's "Y" and "N" options side by side ("Y N", "Y / N"); a section with its subsection
    ("s44(1)"), or written with a space or a section sign ("s 47", "§ 47"); "am" and "pm"
    for the morning and the afternoon of a day a word just before names ("this pm",
    "tomorrow am", "Fri pm", "(Sun AM)", "Thurs 5th am") or that, in lower case, end
    their clause ("Will retry am.", "GP visited am, prescribed ...", "Sleepy pm."); "v"
    for "very" before the lower-case word it strengthens ("Carol v angry", "v. little
    input", "V distressed" opening a sentence); "L" and "R" for left and right before the
    part of the body or the side they name ("L ear", "bruise R upper arm", "L sided
    weakness", "R BKA") or alone in brackets after it ("# NOF (L)"); a rate's period
    cut short after its slash behind a count or shorthand, with that shorthand too ("28
    hrs/wk", "3x/wk", "£50/wk"; not "1 day/wk"); a word in title
    case with no vowel that
    the lexicon lists only as an acronym in capitals ("Dtr states ...", "Rm 6 settled":
    not "DtR" or "RM"), offered without a meaning; a span of time in clinical
    notation, weeks always ("6/52", "review 2/52"), months and days after a word that
    opens a span ("in 3/12", "last 6/12", "within 1/12"), before "ago" ("6/12 ago") or
    with a count's "x" ("x3/7"); an age with its shorthand joined on ("84yo", "83y/o");
    and a lower-case word cut short from a longer one that the dictionary and the lexicon
    do not know ("allocs", "elec", "convo", however near a shorter word it is: "prio",
    "resi") or contracted to the letters that carry it ("mgmt", "wkend"), and a past
    participle cut to its
    front and an apostrophe ("rec'd", "req'd", "dec'd"; not "she'd" or "who'd", which the
    dictionary knows) or written closed ("recd", "reqd"; not "askd", a letter dropped from
    a participle of a word), offered without a meaning. A day or
    month shortened in a whole date that heads its line, the record's date stamp ("Call
    received: Fri 20/11/2026 09:42", "Contact 18 Mar 26 - recorded 19 Mar 26"), and the
    prefix an email program puts before a subject it answers ("Subject: RE: ..."), are
    reported as info.

    ## Stays quiet on
    Lower-case words the lexicon does not list as shorthand and that are not cut from a
    longer word (the front of a word of grammar, "stil" or "thro", is a slip of spelling,
    and so is a word whose last letter doubled makes a word, "wil"; "hes" is "he's"
    without its apostrophe; "calor" and "mold" are names the dictionary knows with a
    capital),
    dates shaped like months or days ("seen 3/12", "fitted 6/7"), prefixes such as "re-" in
    "re-referral", "Sat" or "Jan" unless next to a date (or after a preposition of time
    ("in Jan", "until Jan", "on Sat", "since Sun"), beside another day or month ("Dec/Jan",
    "Aug to Jan", "Mon, Wed and Fri") or a day in brackets after a date ("14/09 (Sat)"):
    "spoke to Jan", "Jan and Mar came" and "Jan, Mar and Sue" are names), "and/or", units
    next to numbers (5mg, 10 ml), times (9am, 2 pm), "am" and "pm" where no word before
    them names the day and they do not end a clause ("I am" and "I really am." are the
    verb; "the am call" and "am/pm" name calls, which writers mark and leave unmarked
    alike; "PM" in capitals is still read as capitals, and alone after a sentence it is
    a worker's initials), "V" after a title ("Mrs V Gough") or in brackets ("(v)"), "L"
    and "R" as initials ("R. Okafor", "Mrs L Gough", "L Brannigan"), and
    "v" before a capital ("R v Cornwall"), a word in title case with no vowel ending a
    place's name ("Heron Ct") or before a label's colon ("Cc:"),
    24/7, 1:1 and dates, the words of a phrase English borrows whole from Latin that the
    dictionary lacks alone ("compos mentis", "ex parte": the never-flag lexicon's phrases),
    and the person's own words in their own account (a paragraph in
    the first person, or naming a parent as only their child does, "Mum", that speaks to
    no reader as "you"), with the post's date stamp over them ("13 Apr"), and anywhere in
    a letter a member of the public writes in their own name (a reader's letter to a
    paper opening "Re your front page report", citing the report's day "(Feb 2)" or
    signed with the writer's town and postcode district, "Dronfield S18").

    ## Fix safety
    Safe when the lexicon gives one expansion ("appt" -> "appointment"); ambiguous
    shorthand ("w/c": wheelchair or week commencing) is offered for review. Before a date
    only the meanings that name a time are offered ("w/c 23/03/2026": week commencing).
    """
    if ctx.kind is RecordKind.OWN_ACCOUNT and told_by_the_writer_alone(ctx.text):
        # The person's own words: a spoken "etc. etc" or a carer's "appt" are theirs to
        # write. A paragraph the publisher wrote about them is still read, and so is a
        # plan template's prompt to "you" under its first-person headings ("Eg. Name").
        return
    _flag_each(ctx, "shorthand", "is note shorthand; write it in full, e.g. {choices}",
               "may be note shorthand; write it in full")  # fmt: skip


@finalizer("RL103")
def _stamps_and_prefixes_lower(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    """RL103's record step: the record's date stamps and an email's reply prefixes one step
    lower (see :func:`_written_by_the_system_lower`). A letter a member of the public writes
    in their own name is theirs throughout, as for RL102: the "Re" that opens a reader's
    letter on the report it answers, the day that report ran ("Feb 2") and the postcode
    after the writer's town are how they write, never corrected."""
    if findings and _a_letter_from_the_public(ctx):
        return []
    return _written_by_the_system_lower(ctx.text, findings)


def _written_by_the_system_lower(text: str, findings: list[Finding]) -> list[Finding]:
    """Shortened words the case system or the email program writes as they always do are
    reported one step lower: a day or month shortened in a whole date that heads its line,
    the record's date stamp ("Call received: Fri 20/11/2026 09:42", "Contact 18 Mar 26 -
    recorded 19 Mar 26", "Wed 11th March - Home visit"), and the prefixes put before an
    email's subject when it is answered or passed on ("Subject: RE: FW: ..."). The
    annotated records mark about half of them, and records written to the standards use
    them: the advice stands, but it is not a warning. In the note's sentences ("seen on
    Fri"), in a log's lines that give a day without its year ("Mon 09/02 08:00 - in bed")
    and on a letter's own "Re:" line it stays a warning."""
    return [
        replace(f, severity=_ONE_LOWER[f.severity])
        if f.severity in _ONE_LOWER
        and (
            (f.text in date_words() and in_a_dated_heading(text, f.start, f.end))
            or in_a_subject_prefix(text, f.start, f.end)
        )
        else f
        for f in findings
    ]


def _flag_each(ctx: ParagraphContext, rule: RuleKind, known: str, unknown: str) -> None:
    """Flag each abbreviation the paragraph's scan sorted to ``rule`` (see
    :func:`_flag_known_or_not`)."""
    for found in _found(ctx):
        if found.rule == rule:
            _flag_known_or_not(ctx, found, known, unknown)


def _flag_known_or_not(
    ctx: ParagraphContext, found: Abbreviation, known: str, unknown: str
) -> None:
    """Flag with the lexicon's expansions when it knows the word, plainly when it does not."""
    text = ctx.text[found.start : found.end]
    if found.expansions:
        message = known.format(choices=_choices(found.expansions))
        ctx.flag(found.start, found.end, f"'{text}' {message}.", found.expansions,
                 fix=_fix_for(found.expansions))  # fmt: skip
    else:
        ctx.flag(found.start, found.end, f"'{text}' {unknown}.")
