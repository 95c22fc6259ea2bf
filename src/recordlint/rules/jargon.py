"""RL2xx: jargon and legal terms. Plain words instead of service jargon, the person's name
instead of a label, and legal terms kept but explained.

Matching works on the surface of the text, not on spaCy lemmas: each lexicon term is
expanded into its regular inflections ("signpost" -> "signposts", "signposted",
"signposting"; "package of care" -> "packages of care") and looked up word by word, case
folded. That catches gerund nouns the lemmatiser leaves alone ("Signposting is...") and
needs no tagger, so these rules run without spaCy at all except RL202, which asks the
entity recogniser for the person's name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from recordlint.findings import RECORD_KINDS, Category, Finding, RecordKind, Severity
from recordlint.inflection import PLURAL
from recordlint.kinds import (
    MAX_TITLE_WORDS,
    in_the_first_person,
    is_information_page,
    title_span,
    written_for_practitioners,
)
from recordlint.lexicon import JargonEntry, load_lexicon, word_list
from recordlint.matching import (
    CompiledJargon,
    IndexMatch,
    compiled_jargon,
    compiled_legal_terms,
    lexicon_gate,
    suggestions_for,
)
from recordlint.metrics import sentence_spans
from recordlint.nlp import Need
from recordlint.repeats import once_per_term
from recordlint.rules.registry import DocumentContext, Fix, ParagraphContext, finalizer, rule
from recordlint.segments import is_label, is_section_heading
from recordlint.usage import (
    explained_a_few_words_on,
    in_a_definition,
    is_explained,
    is_mentioned,
    names_a_topic,
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
        if _part_of_a_name_or_address(ctx.text, match.start, match.end):
            continue
        if _in_a_web_or_email_address(ctx.text, match.start, match.end):
            continue
        if _job_title_of_someone_named(ctx.text, match.start, match.end):
            continue
        if not depersonalising and _NAMED_IN_APPOSITION.match(ctx.text, match.end):
            # "her home care provider, Coastway Care, phoned": the name is given. A label
            # for the person ("the client, Mr Price,") still stands where the name should.
            continue
        if any(end <= match.start and _in_brackets_after(ctx.text, end, match.start)
               for end in legal_ends):  # fmt: skip
            continue  # the law's own words in the explanation of a legal term
        if _names_a_team(ctx.text, match.start, match.end):
            continue
        if entry.everyday_with_actor and (
            _actor_named(ctx.text, match.start, match.end)
            or (
                ctx.kind is RecordKind.PROFESSIONAL
                and _after_indefinite_article(ctx.text, match.start)
                and not _OF_AFTER.match(ctx.text, match.end)
            )
        ):
            continue
        if entry.everyday_after_article and (
            _after_bare_article(ctx.text, match.start, match.end)
            or (
                ctx.kind is RecordKind.PROFESSIONAL
                and _a_talk_or_its_title(ctx.text, match.start, match.end)
            )
        ):
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


_NAME_BEFORE_ROLE = re.compile(r"[A-Z][\w'’-]+(?:[ \t]+\(|,[ \t]+)$")
# The field a job covers, after the job and a comma, in a list of people by full name:
# "Sue Orchard, clinical leader, intermediate care ; Jackie Dawson, district nurse". The
# field ends the person's entry.
_NAME_AND_JOB_BEFORE = re.compile(
    r"(?:^|[;\n(])[ \t]*[A-Z][\w'’-]+[ \t]+[A-Z][\w'’-]+,[ \t]+"
    r"(?:[a-z][\w'’-]*[ \t]+){0,3}[a-z][\w'’-]*,[ \t]+$"
)
_ENTRY_ENDS_AFTER = re.compile(r"[ \t]*(?:[;)\n]|$)")


# The words after the first words of a job title, up to the punctuation that ends it: the
# job's noun is one of the first three ("officer", "occupational therapist", "support
# worker").
_WORDS_AFTER = re.compile(r"(?:[ \t]+[^\W\d_][\w'’-]*){1,3}")


def _job_title_of_someone_named(text: str, start: int, end: int) -> bool:
    """The words are the job title of someone named beside it, in any case ("Aoife Brennan
    (reablement officer)", "Joy Nwosu, reablement officer", "Tom Barker, reablement
    occupational therapist"): that is who the reader will ask for. A job spoken of in
    general ("the tissue viability nurse") or a team ("the brokerage team") is still the
    service's word for what it does."""
    if _NAME_AND_JOB_BEFORE.search(text, max(0, start - 80), start) and (
        _ENTRY_ENDS_AFTER.match(text, end)
    ):
        return True  # "Sue Orchard, clinical leader, intermediate care ;"
    after = _WORDS_AFTER.match(text, end)
    if after is None:
        return False
    professional = word_list("professional")
    if not any(word.casefold() in professional for word in after.group().split()):
        return False
    return _NAME_BEFORE_ROLE.search(text[max(0, start - 40) : start]) is not None


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


_ACTOR_AFTER = re.compile(r"\s+(?:by|from)\s+\S")
_ACTOR_BEFORE = re.compile(r"(?:\b(?:his|her|their|my|your|our)|\w['’]s?)\s+$", re.IGNORECASE)


def _actor_named(text: str, start: int, end: int) -> bool:
    """Someone named as the one who did it: "intervention by the neighbour", "her
    intervention", "the police's intervention"."""
    before = text[max(0, start - 30) : start]
    return bool(_ACTOR_AFTER.match(text, end) or _ACTOR_BEFORE.search(before))


_BARE_ARTICLE_BEFORE = re.compile(r"(?:^|[^\w'’-])(?:the|a|an)\s+$", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)


def _after_bare_article(text: str, start: int, end: int) -> bool:
    """ "The presentation included in the agenda papers": the word straight after an
    article, with nothing describing it and no "of" after it, names a thing (a talk), not
    how someone seemed ("his presentation", "a better presentation", "the presentation of
    his symptoms")."""
    before = text[max(0, start - 12) : start]
    return bool(_BARE_ARTICLE_BEFORE.search(before)) and not _OF_AFTER.match(text, end)


_PRESENTER_AFTER = re.compile(r"\s+(?:by|from)\s+(?:(?:the|a|an)\s+)?[A-Z]")
_TITLE_AFTER = re.compile(r"\s+(?:on|about|from|by|to)\s+[^\n.:;?!]*\S[ \t]*(?:\n|$)")
MAX_WORDS_IN_A_TALK_TITLE = 12


def _a_talk_or_its_title(text: str, start: int, end: int) -> bool:
    """In a text about services (minutes, reports), the word names a talk: given by someone
    named in capitals ("a briefing note and presentation by the Safeguarding Board Business
    Manager", "presentation from Tom Knight"), or opening a short line of its own, an
    agenda item's or a talk's title, with its subject after it and no stop or colon
    ("Presentation on dental services in Halton"). A field label ("Presentation on the
    day:") and a record's "his presentation" are how someone seemed."""
    if _PRESENTER_AFTER.match(text, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() or not _TITLE_AFTER.match(text, end):
        return False
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return len(line.split()) <= MAX_WORDS_IN_A_TALK_TITLE


_ADDRESS_LINE = re.compile(r"[ \t]*(?:from|to|cc|bcc|sent)\s*:", re.IGNORECASE)
_WORD_AFTER = re.compile(r"[ \t]+(?P<word>[^\W\d_]+)\b")


def _body_or_role_after(text: str, end: int, *, capitalised: bool) -> bool:
    """The words are followed by the noun of a team, a service or a job ("the Hospital
    Discharge Team", "Integrated Care System", "the financial assessment team",
    "Safeguarding Enquiry Officer"): they are part of its name."""
    after = _WORD_AFTER.match(text, end)
    if after is None or (capitalised and not after.group("word")[:1].isupper()):
        return False
    word = after.group("word").casefold()
    if word in word_list("organisation") or word in word_list("professional"):
        return True
    if not capitalised:
        return False
    # A name goes on in capitals to its noun: "Hospital Discharge Social Worker".
    name = _CAPITALISED_WORDS_AFTER.match(text, end)
    return name is not None and any(
        w.casefold() in word_list("organisation") or w.casefold() in word_list("professional")
        for w in name.group().split()[1:]
    )


def _team_or_job_after(text: str, end: int) -> bool:
    """The words are followed by the noun of a team or a job, in any case ("the hospital
    discharge team", "the care and support needs assessor")."""
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group("word").casefold()
    return word in word_list("team") or word in word_list("professional")


# Up to three capitalised words after the jargon, on its line.
_CAPITALISED_WORDS_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*){1,3}")


# A UK telephone number after a team's name, in the same sentence and close by: "on 01632
# 960100", "(0300 123 4567)", "can help on 01632 960300".
_PHONE_AFTER = re.compile(
    r"[^.!?\n]{0,40}?(?<![\d/.-])(?:\+44[ \t]?(?:\(0\)[ \t]?)?|0)\d(?:[ \t-]?\d){8,9}"
)


# Asking for someone by the name of their job: "ask for the duty worker".
_ASK_FOR_BEFORE = re.compile(r"\bask(?:s|ed|ing)?\s+for\s+(?:the|a|an)\s+$", re.IGNORECASE)

# Named as the one someone got in touch with: "his daughter had rung our duty team", "he
# had rung back the duty team", "she phoned the duty worker", "email the duty team".
_CONTACTED_BEFORE = re.compile(
    r"\b(?:r[aiu]ng(?:s|ing)?|call(?:s|ed|ing)?|(?:tele)?phon(?:e|es|ed|ing)|"
    r"contact(?:s|ed|ing)?|e-?mail(?:s|ed|ing)?|texted|(?:wr[io]te|written|writing)\s+to)"
    r"(?:\s+back)?\s+(?:the|our|your|his|her|their)\s+$",
    re.IGNORECASE,
)


def _names_a_team(text: str, start: int, end: int) -> bool:
    """A team's or a job's name given with its telephone number in the same sentence ("ring
    the duty team on 01632 960100", "the duty worker on 01632 960350 can help"), or as the
    one to ask for ("ask for the duty worker"), or as the one someone rang, phoned, emailed
    or wrote to ("his daughter had rung our duty team on 5 October"): the name is what the
    reader will hear or say when they call, and the number is what they need to reach it.
    ("The brokerage team" without a number is still the service's word for what the team
    does.)"""
    last_word = text[start:end].split()[-1].casefold().removesuffix("s")
    if last_word not in word_list("team") and last_word not in word_list("professional"):
        return False
    before = text[max(0, start - 30) : start]
    return (
        bool(_PHONE_AFTER.match(text, end))
        or bool(_ASK_FOR_BEFORE.search(before))
        or bool(_CONTACTED_BEFORE.search(before))
    )


_ARTICLES = frozenset({"the", "a", "an"})
# A name that goes on after a possessive: "Adults' Health and Care", "Carers' Centre".
_NAME_GOES_ON = re.compile(r"(?:['’]s?|s['’])[ \t]+[A-Z]")


# A body named after a place and joined with another: "Leeds social services and primary
# care trust", the second body's noun after the words.
_JOINT_BODY_BEFORE = re.compile(
    r"\b[A-Z][\w'’-]+[ \t]+(?:[a-z][\w'’-]*[ \t]+){0,2}(?P<noun>[a-z]+)[ \t]+(?:and|&)[ \t]+$"
)


def _joint_body(text: str, start: int, end: int) -> bool:
    """The words, in small letters, name the second of two bodies joined under a place's
    name, each with its own noun ("Leeds social services and primary care trust"): the
    organisation's name, which the reader knows it by. "The reablement team" alone is the
    service's word for what the team does."""
    before = _JOINT_BODY_BEFORE.search(text, max(0, start - 60), start)
    if before is None or not text[start:end].islower():
        return False
    after = _WORD_AFTER.match(text, end)
    organisation = word_list("organisation")
    return (
        after is not None
        and after.group("word").casefold() in organisation
        and before.group("noun").casefold() in organisation
    )


_TITLE_GOES_ON = re.compile(
    r"(?:,?[ \t]+(?:(?:and|of|for|the|in|on|to|&)[ \t]+)?[A-Z][a-z][\w'’-]*){3,}[ \t]*[.;]?[ \t]*"
)


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _part_of_a_name_or_address(text: str, start: int, end: int) -> bool:
    """Team and service names ("the Hospital Discharge Team", "with Housing Options"), and
    email address lines, use the words as names: the reader knows them as such."""
    line_start = text.rfind("\n", 0, start) + 1
    if _ADDRESS_LINE.match(text, line_start):
        return True
    words = text[start:end].split()
    if len(words) > 1 and words[0] in _ARTICLES:
        # "the Adults' Health and Care department": the article is the sentence's, and the
        # name goes on after the capitals. "the Client agreed" is a label with a capital.
        named = all(w[:1].isupper() and not w.isupper() for w in words[1:])
        return named and _NAME_GOES_ON.match(text, end) is not None
    if _joint_body(text, start, end):
        return True
    title_case = all(w[:1].isupper() and not w.isupper() for w in words)
    if not title_case:
        return False
    if _body_or_role_after(text, end, capitalised=True):
        return True
    before = text[line_start:start].rstrip()
    at_sentence_start = not before or before[-1] in '.!?:;"“(-•*'
    # At a sentence's start the capital may be the sentence's; but a run of capitalised
    # words going on after it to the line's end, after a cue on the same line, is a title
    # cited ("See: Overarching Aims, Duties and Principles Procedure."). A line that opens
    # with the term is a heading, which the rule reports lower instead.
    return not at_sentence_start or (
        bool(before) and _TITLE_GOES_ON.fullmatch(text, end, _line_end(text, end)) is not None
    )


# ---------------------------------------------------------------------------------------
# Uses that name or head: the advice stands, at a lower severity
# ---------------------------------------------------------------------------------------


def _body_or_role_nouns() -> frozenset[str]:
    return word_list("team") | word_list("organisation") | word_list("professional")


def _is_body_or_role_noun(word: str) -> bool:
    """A team's, a service's or a job's noun, one or many ("team", "workers")."""
    nouns = _body_or_role_nouns()
    word = word.casefold()
    return word in nouns or (word.endswith("s") and word[:-1] in nouns)


def names_a_body_or_role(text: str, start: int, end: int) -> bool:
    """The jargon is part of the name of a team, a service or a job: it describes the noun
    of one after it ("the reablement team", "the commissioning team", "the reablement
    workers"). The reader meets the team or the worker under that name; the word is still
    the service's, and saying what the team does is still better. A term that is itself
    the noun ("the provider", "her allocated worker") is the writer's word for who it is."""
    after = _WORD_AFTER.match(text, end)
    return after is not None and _is_body_or_role_noun(after.group("word"))


_SUBJECT_LINE = re.compile(r"[ \t]*(?:subject|re|title)[ \t]*:", re.IGNORECASE)
_LINE_LABEL = re.compile(r"[ \t]*[^\s:][^:\n]{0,60}?:(?=[ \t]|$)")
_SENTENCE_OR_CLAUSE_END = (".", "!", "?", ",", ";")


def in_a_heading(text: str, start: int, end: int) -> bool:
    """The jargon is in a line that heads the text or a part of it rather than saying
    something: an email's subject line ("Subject: Your dad's reablement visits"), a
    section heading ("Reablement closure summary", "End of reablement review"), the label
    that opens a line ("Why I am closing the case: ..."), or a short line standing alone
    between blank lines under a letter's greeting ("Mr Gotts, 22 Brook Road - end of
    reablement"). A heading names a subject in a few words and has no room to explain it;
    the text under it does."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    if _SUBJECT_LINE.match(line):
        return True
    label = _LINE_LABEL.match(line)
    if label and start < line_start + label.end() and is_label(label.group().strip()):
        return True
    if is_section_heading(line):
        return True
    stripped = line.strip()
    if stripped.endswith(_SENTENCE_OR_CLAUSE_END) or len(stripped.split()) > MAX_TITLE_WORDS:
        return False
    before = text[:line_start].removesuffix("\n")
    after = text[line_end:].removeprefix("\n")
    # Blank lines (or the text's start and end) either side of it.
    return not before.rsplit("\n", 1)[-1].strip() and not after.split("\n", 1)[0].strip()


def named_or_heading(text: str, start: int, end: int) -> bool:
    """Whether a use of jargon is part of the name of a team, a service or a job, or sits in
    a heading (see the two functions above)."""
    return names_a_body_or_role(text, start, end) or in_a_heading(text, start, end)


# ---------------------------------------------------------------------------------------
# RL201 service-jargon
# ---------------------------------------------------------------------------------------


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
    told to ask for. "Her duty worker" or "the allocated worker" stays jargon."""
    if ctx.doc is None:
        return False
    if ctx.text[start:end].split()[-1].casefold() not in word_list("professional"):
        return False
    before = [t for t in ctx.doc if t.idx + len(t.text) <= start]
    if not before:
        return False
    last = before[-1]
    gap = ctx.text[last.idx + len(last.text) : start]
    return gap == " " and last.pos_ in ("NOUN", "PROPN") and last.text.isalpha()


def _after_indefinite_article(text: str, start: int) -> bool:
    return bool(re.search(r"\b(?:a|an)\s+$", text[max(0, start - 4) : start], re.IGNORECASE))


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
    - The person's own quoted words, and the paragraphs of the person's own account written
      in the first person (a publisher's paragraph about them is still read).
    - Context phrases listed as exceptions in the lexicon ("work placement").
    - A team's or a job's name given with its telephone number ("ring the duty team on
      01632 960100", "the duty worker on 01632 960350"), as the one to ask for ("ask for
      the duty worker"), or as the one someone rang, phoned, emailed or wrote to ("his
      daughter had rung our duty team on 5 October"), and a job title in capitals up to its
      noun ("Hospital Discharge Social Worker").
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
      Board Business Manager") or opening a short title line ("Presentation on dental
      services in Halton"), where a field label ("Presentation on the day:") is not.
    - A working term practitioners share (`jargon_for = "public"` in the lexicon:
      "contingency plan", "cognitive impairment") in a text written for practitioners: a
      blank form, or professional prose that addresses them ("This procedure should be
      used by ...", "you must ..."). Vague or office wording ("actioned", "robust") is
      still flagged there, and the same terms are flagged in decisions, reports and
      leaflets, which the public reads.
    - In a text that is not a record about one person (guidance, a report, a page for
      the public), a team's or a job's name in small letters: "the care and support needs
      assessor", "the hospital discharge team". In a record, "the reablement team" is
      still reported, as info: the annotated records mark it as the writer's choice of
      word.
    - A working term every record uses (`jargon_for = "readers"`: "provider") in
      colleagues' case notes and emails; letters, plans, leaflets, reports and decisions
      are still flagged for it.
    - A working term annotators leave unmarked in notes, emails and plans alike
      (`jargon_for = "letters"`: "transfers", "falls risk") in colleagues' case notes and
      emails; in a plan or an assessment it is reported as info, and letters, leaflets,
      reports and decisions are still warned about it.

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
    if ctx.kind is RecordKind.OWN_ACCOUNT and in_the_first_person(ctx.text):
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
        if _after_indefinite_article(ctx.text, match.start):
            drop_in = False
        ctx.flag(
            match.start,
            match.end,
            f"'{matched}' is service jargon; plainer words such as '{suggestions[0]}' "
            "may be clearer.",
            suggestions,
            fix=Fix.SAFE if drop_in else Fix.REVIEW,
        )


# Records colleagues read first: the case note and the email between workers.
_COLLEAGUES_RECORDS = frozenset({RecordKind.CASE_NOTE, RecordKind.EMAIL})


@finalizer("RL201")
def _once_per_jargon_term(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    """The writer's choices of word, each term reported once (see :func:`_once_per_term`)."""
    kept = _names_and_working_terms(ctx, findings)
    lowered = _lower_in_plans(ctx, _lower_in_names_and_headings(ctx.text, kept))
    return _once_per_term(ctx, _lower_terms_explained_a_few_words_on(ctx, lowered))


def _lower_in_plans(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
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


def _lower_terms_explained_a_few_words_on(
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


def _lower_in_names_and_headings(text: str, findings: list[Finding]) -> list[Finding]:
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
        _is_body_or_role_noun(found.group("noun"))
        for found in re.finditer(rf"\b{name}[ \t]+(?P<noun>[A-Z][\w'’-]*)", text)
    ):
        return True
    # In small letters, the job of someone the record names ("Aoife Brennan (reablement
    # officer)", "Reablement officer: Siobhan Brennan") names that service as well.
    term = r"\s+".join(re.escape(w) for w in words)
    return any(
        _job_title_of_someone_named(text, found.start(), found.end())
        or _job_label_filled_with_a_name(text, found.end())
        for found in re.finditer(rf"\b{term}\b", text, re.IGNORECASE)
    )


# A job's words after the term, then a colon and a name: "Reablement officer: Siobhan
# Brennan".
_JOB_LABEL_WITH_NAME = re.compile(
    r"(?P<job>(?:[ \t]+[^\W\d_][\w'’-]*){1,2}):[ \t]*"
    r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+)?[A-Z][\w'’-]+[ \t]+[A-Z]"
)


def _job_label_filled_with_a_name(text: str, end: int) -> bool:
    label = _JOB_LABEL_WITH_NAME.match(text, end)
    if label is None:
        return False
    professional = word_list("professional")
    return any(word.casefold() in professional for word in label.group("job").split())


def _once_per_term(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
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

    return once_per_term(used, term_of, never_first=in_title)


def _names_and_working_terms(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    """Findings the whole record shows are not the writer's choice of word: a team the
    record names with capitals elsewhere and, in a text written for practitioners, the
    working terms they share."""
    if not findings:
        return findings
    kept = [f for f in findings if not _named_with_capitals_elsewhere(ctx.text, f.start, f.end)]
    if not ctx.kind.is_record or is_information_page(ctx.text):
        # Written about services, not about one person: a team's or a job's name in small
        # letters ("the care and support needs assessor", "the hospital discharge team")
        # names who the reader deals with. A record's "the reablement team" is still the
        # writer's choice of word, as the annotated records mark it; and "the reablement
        # service" or "a domiciliary care agency" is the thing itself, not who runs it.
        kept = [f for f in kept if not _team_or_job_after(ctx.text, f.end)]
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
    title_end = text.find("\n", len(text) - len(text.lstrip()))
    explained = {
        match.key
        for match in compiled.index.find(text)
        if match.key in keys
        and (title_end < 0 or match.start > title_end)
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
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    noun = after.group("word").casefold()
    if noun not in word_list("organisation") and noun not in word_list("professional"):
        return False
    name = " ".join(w[:1].upper() + w[1:] for w in [*text[start:end].split(), noun])
    return re.search(r"\b" + re.escape(name).replace(r"\ ", r"\s+") + r"\b", text) is not None


# ---------------------------------------------------------------------------------------
# RL202 depersonalising-reference
# ---------------------------------------------------------------------------------------

PERSON_PLACEHOLDER = "the person's name"
_TITLED_NAME = re.compile(
    r"\b(?P<title>Mrs|Mr|Ms|Miss|Mx)\.?\s+(?:(?:[A-Z][a-z]+|[A-Z]\.)\s+)?"
    # "Mrs X. The Council ...": a word that starts a sentence is not a surname.
    r"(?!(?:The|This|That|These|She|He|It|They|We|Her|His)\b)"
    r"(?P<surname>[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)\b"
)
_SALUTATION = re.compile(r"^\s*Dear\s+(?P<name>(?:Mrs|Mr|Ms|Miss|Mx)\.?\s+[A-Z][\w'’-]+)", re.M)
# A salutation to someone the writer could name; "Dear Sir/Madam", "Dear Colleagues" and a
# placeholder ("Dear [name]") name no one.
_SALUTATION_TO_SOMEONE = re.compile(
    r"^\s*Dear\s+(?!(?:Sirs?|Madam|All|Colleagues?|Friends?)\b|\[)\S", re.M
)
# A PERSON entity after one of these words is someone else: a relative or a professional.
_NOT_THE_PERSON_BEFORE = re.compile(
    r"(?:daughter|son|wife|husband|partner|mother|mum|father|dad|brother|sister|friend|"
    r"neighbour|carer|nephew|niece|grandson|granddaughter|aunt|uncle|worker|nurse|doctor|"
    r"gp|dr|manager|officer|therapist|me|from|by|with|colleague|sincerely|regards)"
    r"[\s,(:]*$",
    re.IGNORECASE,
)
_NAMES_FACT = "jargon.names"
# Where, in a letter's paragraph, a label that is not about the use of a service ends ("the
# adult"): in a letter that names nobody it stands for anyone the text describes.
_GENERAL_IN_LETTER_FACT = "jargon.general_in_letter"
_DETERMINER_BEFORE = re.compile(r"\b(?:the|this|that|our|my)\s+$", re.IGNORECASE)


def _written_names(text: str) -> dict[str, list[str]]:
    """Names written with a title, and the letter's salutation: found by pattern alone, so
    the whole record is read for them, not only the paragraphs the rule ran on."""
    titled = [f"{m.group('title')} {m.group('surname')}" for m in _TITLED_NAME.finditer(text)]
    salutation = [m.group("name") for m in _SALUTATION.finditer(text)]
    return {"titled": titled, "salutation": salutation}


def _person_names(text: str, found: Iterable[tuple[int, int, str]]) -> dict[str, list[str]]:
    """PERSON entities in the paragraph ``text`` that may be the person's name."""
    entities: list[str] = []
    for start, end, label in found:
        name = text[start:end]
        if label != "PERSON" or _TITLED_NAME.search(name):
            continue
        before = text[max(0, start - 30) : start]
        if _NOT_THE_PERSON_BEFORE.search(before) or not name[:1].isupper():
            continue
        entities.append(name)
    return {"entities": entities}


def best_person_name(names: Iterable[dict[str, list[str]]]) -> str | None:
    """The name the record most likely uses for the person: the letter's salutation, else
    the most frequent titled name, else a PERSON entity named at least twice."""
    salutations: list[str] = []
    titled: Counter[str] = Counter()
    entities: Counter[str] = Counter()
    for found in names:
        salutations += found.get("salutation", [])
        titled.update(found.get("titled", []))
        entities.update(found.get("entities", []))
    if salutations:
        return re.sub(r"\s+", " ", salutations[0])
    if titled:
        return titled.most_common(1)[0][0]
    ranked = entities.most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


@rule(
    code="RL202",
    name="depersonalising-reference",
    category=Category.JARGON,
    standard="2.person-centred",
    severity=Severity.WARNING,
    needs=[Need.TAGS],
    # The entity recogniser is the costliest component, and a record with a salutation or
    # a titled name never reads its names: it runs in the finalizer, only where wanted.
    on_demand=[Need.ENTITIES],
    # Guidance and forms speak of "the adult" and "Client:" in general; only a record has
    # a person whose name a label can stand in for. Professional prose and blank forms are
    # still checked for the labels that name people by their use of a service ("service
    # users", "the service user's views"): judged on real minutes, reviews, guidance and
    # forms, those were worth replacing there too.
    kinds=RECORD_KINDS | {RecordKind.PROFESSIONAL, RecordKind.TEMPLATE},
    fix=Fix.REVIEW,
    about_wording=True,
    # Only paragraphs holding a label can be flagged (titled names elsewhere are read by
    # pattern in the finalizer).
    gate=lexicon_gate(
        lambda: [e.term for e in load_lexicon("jargon").entries if e.depersonalising]
    ),
)
def depersonalising_reference(ctx: ParagraphContext) -> None:
    """Finds labels that stand in for the person ("the service user", "the client").

    ## Why it matters
    Standard 2 asks that records capture the person, their wishes, feelings and views, and
    Standard 1 that their voice is at the centre. A label such as "the service user" turns
    someone into a category; people reading their own records notice. Use their name.

    ## Example
    Before:
    > I visited Mrs Ahmed at home. The service user said she wants to stay there.

    After:
    > I visited Mrs Ahmed at home. Mrs Ahmed said she wants to stay there.

    ## Reported once
    Calling the person by the same label again and again is one habit with one piece of
    advice: it is reported at the label's first use, with the other uses listed (each with
    the name to use there). A label in the record's title is listed with the first use under
    it, never reported on its own.

    ## Stays quiet on
    - Records written to the person ("You told me...").
    - The person's own quoted words, and exceptions listed in the lexicon.
    - A label's word describing the noun after it ("the adult daughter", "the client
      group", "the council's client account"); in professional prose, a label by the
      service is still reported there ("written from the customer perspective").
    - A label in the plural that is not by the service ("adults at risk of abuse or
      neglect", "the residents"): a group, which no one person's name can stand for.
    - Texts that are not records about one person: guidance and reports ("the adult" in
      general), blank forms ("Client:"). Professional prose and forms are checked only for
      the labels that name people by their use of a service ("service users",
      "customers"), which the reader of minutes, a review or a form is better off without
      too.
    - A blank form's field labels ("Client:"), where the person's name will go, also in
      a row of fields copied onto one line ("Name:   Cared-for person:"), and a field
      that says which of two people it is, filled in with the titled name ("Carer: Mr
      Hobbs   Cared-for person: Mrs Irene Hobbs"); a label by the service filled in
      ("Client: Mr Sykes") is still flagged.
    - A label in a sentence that opens by defining a service by what is done in it
      ("Reablement is about working with the patient, putting in realistic goals"): it
      names anyone the service is for. "The patient is about to go home" still names one.
    - "The adult" or "the individual" in a letter with no "Dear ..." to someone and no
      titled name, such as a leaflet written to the public or a template letter ("Dear
      Sir/Madam", "Dear [name]"): there it means anyone the text describes, not a person
      whose name the writer left out.

    ## Fix safety
    The suggestion is the person's name when the record gives it anywhere: the letter's
    "Dear ..." line, the most frequent title and surname ("Mrs Ahmed"), or a first name the
    entity recogniser finds at least twice. Otherwise it is "the person's name". Always
    offered for review.
    """
    ctx.facts[_NAMES_FACT] = True  # the finalizer reads names in the paragraphs marked
    for match, entry in jargon_matches(ctx, depersonalising=True):
        if not ctx.kind.is_record and not entry.labels_by_service:
            continue  # "the adult at risk" in guidance is anyone, not a named person
        if ctx.kind is RecordKind.TEMPLATE and _is_field_label(ctx.text, match.start, match.end):
            continue  # "Client:" is where the person's name will go
        if not entry.labels_by_service and in_a_definition(
            ctx.text, match.start, match.end, sentence_spans(ctx.text)
        ):
            continue  # "Reablement is about working with the patient": anyone it is for
        if match.form == PLURAL and not entry.labels_by_service:
            # "adults at risk of abuse or neglect", "the residents": a group in general,
            # which no one person's name can stand for; "service users" still labels
            # people by the service.
            continue
        if (
            not entry.labels_by_service
            and _is_field_label(ctx.text, match.start, match.end)
            and _filled_with_a_name(ctx.text, match.end)
        ):
            # "Cared-for person: her husband, Mr Dermot Quinn": the field of a carer's form
            # that says which of two people it is, with the name; "Client: Mr Sykes" still
            # files the person under the service's label
            continue
        if ctx.kind is RecordKind.LETTER and not entry.labels_by_service:
            # Kept only if the letter is written to or about someone (the finalizer decides).
            ctx.facts.setdefault(_GENERAL_IN_LETTER_FACT, []).append(match.end)
        if _describes_the_next_noun(ctx, match.end) and (
            not entry.labels_by_service or ctx.kind is not RecordKind.PROFESSIONAL
        ):
            # "the adult daughter", "the client group", and in a record the names of
            # accounts and teams ("the council's client account", "the bank's vulnerable
            # customer team"); but professional prose about services names people by the
            # service before a noun too ("written from the customer perspective", "reflect
            # customer priorities", "the service users families").
            continue
        start = match.start
        determiner = _DETERMINER_BEFORE.search(ctx.text, 0, start)
        if determiner and not entry.term.startswith("the "):
            start = determiner.start()  # "the client" is replaced whole by the name
        matched = ctx.text[start : match.end]
        plural = match.form == PLURAL
        suggestions = [] if plural else [PERSON_PLACEHOLDER]
        if ctx.kind is RecordKind.LETTER and not plural:
            suggestions.append("you")
        suggestions += [s for s in entry.suggestions if s != PERSON_PLACEHOLDER]
        ctx.flag(
            start,
            match.end,
            f"'{matched}' labels the person; use their name instead."
            if not plural
            else f"'{matched}' labels people by the service; say who they are instead.",
            suggestions,
        )


# Where a row of fields copied as text starts its next cell: a tab, a run of spaces, or " / ".
_CELL_BREAK = re.compile(r"(?:\t|[ ]{2,}|[ \t]/[ \t])[ \t]*$")


def _is_field_label(text: str, start: int, end: int) -> bool:
    """The words are a form's field label ("Client:", "Service user name:"): the line, or a
    cell of a row of fields ("Carer: Mr Hobbs   Cared-for person: Mrs Hobbs"), opens with
    them, and a colon follows within a word or two."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if before.strip() and not _CELL_BREAK.search(before):
        return False
    return re.match(r"(?:[ \t]+[\w'’]+){0,2}[ \t]*:", text[end : end + 30]) is not None


def _filled_with_a_name(text: str, end: int) -> bool:
    """The field after a label is filled in with a titled name on its line ("Cared-for
    person: her husband, Mr Dermot Quinn, 61")."""
    colon = text.find(":", end, end + 30)
    if colon < 0:
        return False
    line_end = text.find("\n", colon)
    value = text[colon + 1 : line_end if line_end >= 0 else len(text)]
    return _TITLED_NAME.search(value) is not None


def _describes_the_next_noun(ctx: ParagraphContext, end: int) -> bool:
    """The label's word describes the noun after it, so it is not standing in for the
    person: "the adult daughter", "the client group"."""
    if ctx.doc is None:
        return False
    following = next((t for t in ctx.doc if t.idx >= end), None)
    if following is None or following.idx != end + 1 or not following.text[:1].islower():
        return False
    if following.pos_ == "ADJ" and following.i + 1 < len(ctx.doc):
        # "the adult social services department": a describing word, then the noun.
        following = ctx.doc[following.i + 1]
        return following.pos_ in ("NOUN", "PROPN") and following.text[:1].islower()
    return following.pos_ in ("NOUN", "PROPN")


@finalizer("RL202")
def _once_per_label(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    """The person's name offered for each label, and each label reported once: calling
    the person "the client" throughout is one habit, with one piece of advice."""
    return _once_per_term(ctx, _name_the_person(ctx, findings))


def _name_the_person(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    if not any(finding.suggestions[:1] == (PERSON_PLACEHOLDER,) for finding in findings):
        return findings
    written = _written_names(ctx.text)
    if not any(written.values()) and not _SALUTATION_TO_SOMEONE.search(ctx.text):
        # A letter with no "Dear ..." and no titled name is written to anyone who reads it
        # (a leaflet): its "the adult" is anyone the text describes. The entity recogniser
        # is not asked, since it takes headings for names ("Adult Reviews").
        general = {
            block.start + end
            for block, facts in zip(ctx.blocks, ctx.block_facts, strict=True)
            for end in facts.get(_GENERAL_IN_LETTER_FACT, ())
        }
        findings = [finding for finding in findings if finding.end not in general]
    names = [written]
    if not any(written.values()):  # only then do the entities decide (best_person_name)
        marked = [
            block
            for block, facts in zip(ctx.blocks, ctx.block_facts, strict=True)
            if _NAMES_FACT in facts
        ]
        names += [
            _person_names(block.text, found)
            for block, found in zip(marked, ctx.entities_of(marked), strict=True)
        ]
    name = best_person_name(names)
    if name is None:
        return findings
    named = []
    for finding in findings:
        if finding.suggestions[:1] == (PERSON_PLACEHOLDER,):
            rest = tuple(s for s in finding.suggestions[1:] if s != name)
            finding = replace(finding, suggestions=(name, *rest))
        named.append(finding)
    return named


# ---------------------------------------------------------------------------------------
# RL203 unexplained-legal-term
# ---------------------------------------------------------------------------------------

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
    - Every use after the first, and any term the record explains somewhere: followed by a
      bracket, a dash or a colon; "which means", "this means", "that is" later in the
      sentence; "called ..." or "known as ..." before it; a next sentence starting
      "This means"; or a sentence that opens by saying what it is, in the singular and
      quoted too (a heading "Deferred Payment Agreements", then "A 'Deferred Payment
      Agreement' is an arrangement ...").
    - The person's own quoted words, and terms talked about rather than used.
    - Names of teams and jobs: "the financial assessment team", "Safeguarding Enquiry
      Officer".
    - Terms a heading asks about ("What is a needs assessment?") or a purpose clause
      explains ("a financial assessment to work out how much you pay"), also in the next
      sentence, of any such thing ("How to get a carer's assessment. If you're a carer, you
      may want your own assessment by social services to look at the support you need"); a
      heading whose section says what the thing is or does ("Care and support plans" over
      "... the plan will set out what we've agreed"); an authority or capacity followed by
      what it is ("an Attorney to be authorised to act on their behalf", "mental capacity to
      make their own decisions"); examples in a bracket after the term or after a
      relative clause on it ("reasonable adjustments they need to make (such as any
      sensory considerations ...)"), but not after another noun or with "including".
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
        if _body_or_role_after(ctx.text, match.end, capitalised=False):
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
    seen: set[str] = set()
    kept = []
    for finding in sorted(findings, key=lambda f: f.start):
        found = index.find(finding.text)
        term = entries[found[0].key].term.casefold() if found else finding.text.casefold()
        if term in explained or term in seen:
            continue
        seen.add(term)
        kept.append(finding)
    return kept
