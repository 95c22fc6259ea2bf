"""RL304: wordy phrases. Short everyday words instead of formal ones ("in order to" -> "to")."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from recordlint.findings import Category, RecordKind, Severity
from recordlint.lexicon import load_lexicon, word_list
from recordlint.matching import (
    PhraseIndex,
    compiled_jargon,
    compiled_legal_terms,
    suggestions_for,
)
from recordlint.names import COURTESY_TITLE
from recordlint.nlp import Need
from recordlint.rules.registry import Fix, ParagraphContext, rule
from recordlint.segments import in_title_case
from recordlint.text import line_at, line_start


@cache
def compiled_wordy_phrases() -> tuple[tuple[Any, ...], PhraseIndex]:
    entries = load_lexicon("wordy-phrases").entries
    return entries, PhraseIndex([entry.term for entry in entries])


@cache
def _compiled_exceptions() -> PhraseIndex:
    """Every entry's fixed phrases, in one index; a found phrase covers the match it holds."""
    entries = load_lexicon("wordy-phrases").entries
    return PhraseIndex(sorted({phrase for entry in entries for phrase in entry.exceptions}))


def _fixed_phrase_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in _compiled_exceptions().find_all(text)]


_NEXT_WORD_ON_LINE = re.compile(r"[ \t]+(?P<word>[^\W\d_][\w'’-]*)")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;\"“(•*-])\s*$")


def _inside_a_name(text: str, start: int, end: int) -> bool:
    """Capitalised words inside a capitalised run mid-line are part of a name or title
    ("the Adult Safeguarding and Ensuring Safety Delivery Plan"): the writer did not choose
    them and cannot change them."""
    if not text[start : start + 1].isupper():
        return False
    begins = line_start(text, start)
    if _SENTENCE_OPENING.search(text[begins:start]):
        return False
    after = _NEXT_WORD_ON_LINE.match(text, end)
    return after is not None and after.group("word")[:1].isupper()


def _in_a_title(text: str, start: int) -> bool:
    """A capitalised word in a title in title case on a line of its own ("Appendix Three:
    Information Required when Raising a Safeguarding Concern"): the title's words are the
    document's name, not the writer's phrasing to change where it is cited or heads its
    page."""
    return text[start : start + 1].isupper() and in_title_case(line_at(text, start))


# "requires a Board to carry out", "the Council is required to tell you": an obligation put
# on someone by a law or a process. "Need" would weaken it to a wish; "must" is what it
# means. Only where the obligation is the reader's own ("you are not required to reply")
# does "need" fit.
_OBLIGATION_WITH_OBJECT = re.compile(r"\s+(?:[\w'’-]+\s+){1,6}?to\s+[a-z]+\b")
_OBLIGATION_PASSIVE = re.compile(
    r"(?P<subject>[\w'’]+)\s+(?:is|are|was|were|be|been)\s+(?:not\s+)?$", re.IGNORECASE
)
# A law or a rule that requires that something is done states a duty in the law's own
# formula; "need that" is not English.
_DUTY_CLAUSE_AFTER = re.compile(r"s?\s+that\s+(?!is\b|was\b)[\w'’]+")
_TO_A_VERB = re.compile(r"\s+to\s+[a-z]+\b")
_CLAUSE_STOP = re.compile(r"[.;:!?,]")
_READER_OR_WRITER = frozenset({"you", "we", "i"})
# A person as the one who requires: then it is what they need, and "need" fits.
_PERSON_BEFORE = re.compile(
    rf"(?:\b(?:he|she|they|i|you|we|who)|\b(?:{COURTESY_TITLE})\.?\s+[A-Z][\w'’-]*)"
    r"(?:\s+\w+ly)?\s+$",
    re.IGNORECASE,
)


# "you are required to follow", "we are not required to charge": the reader's or the
# writer's own duty. "Needed" in the place of "required" would read "you are needed to
# follow"; the plain words take the verb "be" with them ("you must follow", "we do not have
# to charge"), so they go in the message, not in a drop-in suggestion.
_OWN_DUTY_BEFORE = re.compile(
    r"\b(?P<subject>you|we|i)\s+(?:am|are|(?P<future>will\s+be))\s+(?P<negated>not\s+)?$",
    re.IGNORECASE,
)


def _own_duty(text: str, start: int, end: int) -> str | None:
    """The plain words for "required to" where the duty is the reader's or the writer's own
    ("you are required to follow" -> "you must follow", "you will be required to pay" ->
    "you will have to pay"), or None where it is not."""
    if not _TO_A_VERB.match(text, end):
        return None
    found = _OWN_DUTY_BEFORE.search(text, max(0, start - 30), start)
    if found is None:
        return None
    subject = found.group("subject")
    if found.group("negated"):
        return f"{subject} do not have to"
    return f"{subject} will have to" if found.group("future") else f"{subject} must"


def _obligation(text: str, start: int, end: int) -> bool:
    """Whether "require" here puts a duty on someone other than the reader: "requires X to
    do", "X is required to do"."""
    passive = _OBLIGATION_PASSIVE.search(text[max(0, start - 40) : start])
    if passive is not None:
        if not _TO_A_VERB.match(text, end):
            return False  # "no further remedy is required", "if required"
        return passive.group("subject").casefold() not in _READER_OR_WRITER
    if _PERSON_BEFORE.search(text[max(0, start - 40) : start]):
        return False  # "he requires two people to help him": what he needs
    if _DUTY_CLAUSE_AFTER.match(text, end):
        return True  # "Section 44 of the Care Act requires that a review is held"
    clause_end = _CLAUSE_STOP.search(text, end)
    clause = text[end : clause_end.start() if clause_end is not None else len(text)]
    return _OBLIGATION_WITH_OBJECT.match(clause) is not None


# "The Chair advised that ...", "advised the Board that ...", "advised he would raise it":
# what a speaker told a meeting, reported in the register of minutes and reports, where
# "advised" means "informed" and "told" is no plainer. "Advised her to consult her GP"
# (recommended) and "you will be advised of" (the reader told) are not this.
_REPORTED_AFTER_ADVISED = re.compile(
    r"\s+(?:(?:the\s+)?[A-Za-z]+\s+)?(?:that\b|(?:he|she|they|it|we)\s+[a-z]+\b)"
)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)[ \t]+$", re.IGNORECASE)


# "The Committee was advised", "Members were advised": the meeting itself, named with a
# capital, told something in the past, as minutes report it.
_MEETING_WAS_TOLD = re.compile(r"(?<![\w-])(?P<body>[A-Z][a-z]+)\s+(?:was|were)[ \t]+$")
_MEETING_MEMBERS = frozenset({"members", "councillors"})


# "advise those in charge about how to improve", "advised the team on how to improve": advice
# on how to do something is counsel given, which "tell" would turn into an order or a piece
# of news. "Advise you on where to go" and "advise you of the outcome" still tell.
_ADVICE_ON_HOW_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,5}?\s+(?:on|about)\s+how\s+(?:best\s+)?to\s+[a-z]+", re.IGNORECASE
)


def _gives_advice_on_how(text: str, start: int, end: int) -> bool:
    """Whether a form of "advise" is followed, within a few words, by what to do and how
    ("advise those in charge about how to improve"): counsel, not news."""
    return text[start:end].casefold().startswith("advis") and bool(
        _ADVICE_ON_HOW_AFTER.match(text, end)
    )


def _reports_what_was_said(text: str, start: int, end: int) -> bool:
    """Whether "advised" reports what someone told a meeting or a panel: active, in the
    past, before the clause of what was said; or the meeting itself told in the past ("the
    Committee was advised", "Members were advised that ..."). "You will be advised of"
    and "attendees will be advised to evacuate" are still flagged."""
    if text[start:end].casefold() != "advised":
        return False
    # The auxiliary stands just before: search a short window of the text, not all of it
    # (bounds given to the search, so a word cut at the window's edge is not a word).
    told = _MEETING_WAS_TOLD.search(text, max(0, start - 40), start)
    if told is not None:
        body = told.group("body").casefold()
        return body in _MEETING_MEMBERS or body in word_list("organisation")
    if _PASSIVE_BEFORE.search(text, max(0, start - 16), start):
        return False
    return _REPORTED_AFTER_ADVISED.match(text, end) is not None


@rule(
    code="RL304",
    name="wordy-phrase",
    category=Category.READABILITY,
    standard="2.plain-language",
    severity=Severity.INFO,
    needs=[Need.TEXT],
    fix=Fix.REVIEW,
    about_wording=True,
    # The person's own account is their voice throughout, like a quotation; so is the way a
    # practitioner tells of their own working week in a published diary.
    kinds=frozenset(RecordKind) - {RecordKind.OWN_ACCOUNT, RecordKind.PRACTICE_ACCOUNT},
)
def wordy_phrase(ctx: ParagraphContext) -> None:
    """Finds formal or wordy phrases that have a shorter everyday word ("in order to").

    ## Why it matters
    Standard 2 asks for records in plain language, and Standard 1 for clear and precise
    letters. "Commence", "utilise" and "prior to" make a record slower to read and sound
    like the service talking to itself; "start", "use" and "before" say the same thing.

    ## Example
    Before:
    > Prior to the visit I phoned Mrs Khan in order to check the time.

    After:
    > Before the visit I phoned Mrs Khan to check the time.

    ## Stays quiet on
    - The person's own quoted words and own account, and phrases talked about rather than
      used ("the phrase 'in order to'").
    - Phrases that are also service jargon or a legal term (RL201 and RL203 report those).
    - Fixed phrases the lexicon keeps the word in: a legal formula ("as amended"), a
      rating's or a service's name ("Requires improvement", "assisted living"), "in
      addition to".
    - Capitalised words inside a name or title ("the Adult Safeguarding and Ensuring
      Safety Delivery Plan"), and a title in title case on a line of its own
      ("Appendix Three: Information Required when Raising a Safeguarding Concern").
    - "Require" as a duty put on someone else ("the Act requires the Board to act", "the
      Council is required to tell you", "the Act requires that a review is held"), where
      "need" would weaken "must"; "you are not required to reply" and "he requires two
      people to help him" are still flagged. Where the duty is the reader's or the
      writer's own ("you are required to follow"), the message offers "you must follow"
      ("you do not have to", "you will have to") and no word to drop in, since "needed"
      would read "you are needed to follow".
    - "Advised" reporting what someone told a meeting, in minutes, reports and other
      professional prose ("The Chair advised that ...", "advised the Board that ...",
      "advised he would raise it", "the Committee was advised"), where it means
      "informed". "Advised her to consult her GP" and "you will be advised of" are still
      flagged.
    - A form of "advise" before advice on how to do something ("advise those in charge
      about how to improve", "advised the team on how to improve"), which is counsel that
      "tell" would turn into an order; "advise you on where to go" is still flagged.

    ## Fix safety
    The suggestion takes the form and capitals of the phrase ("commenced" -> "started",
    "Prior to" -> "Before"). The fix is safe when the first suggestion is one or two plain
    words; otherwise it is offered for review.
    """
    entries, index = compiled_wordy_phrases()
    taken = [
        (m.start, m.end)
        for m in compiled_jargon(ctx.config).index.find(ctx.text)
        + compiled_legal_terms()[1].find(ctx.text)
    ]
    fixed = _fixed_phrase_spans(ctx.text)
    for match in index.find(ctx.text):
        if any(match.start < end and start < match.end for start, end in taken):
            continue
        if any(start <= match.start and match.end <= end for start, end in fixed):
            continue
        if _inside_a_name(ctx.text, match.start, match.end) or _in_a_title(ctx.text, match.start):
            continue
        if entries[match.key].term == "require" and _obligation(ctx.text, match.start, match.end):
            continue
        if _gives_advice_on_how(ctx.text, match.start, match.end):
            continue
        if ctx.kind is RecordKind.PROFESSIONAL and _reports_what_was_said(
            ctx.text, match.start, match.end
        ):
            continue
        matched = ctx.text[match.start : match.end]
        if entries[match.key].term == "require":
            plain = _own_duty(ctx.text, match.start, match.end)
            if plain is not None:
                ctx.flag(
                    match.start,
                    match.end,
                    f"'{matched} to' is wordy here; '{plain}' says the same more simply.",
                    fix=None,
                )
                continue
        suggestions, drop_in = suggestions_for(
            entries[match.key].suggestions, matched, match.form, ctx.text[: match.start]
        )
        ctx.flag(
            match.start,
            match.end,
            f"'{matched}' is a wordy phrase; '{suggestions[0]}' says the same more simply.",
            suggestions,
            fix=Fix.SAFE if drop_in else Fix.REVIEW,
        )
