"""Professional prose: texts about services and people in general, not about one person.

Guidance, reports, minutes and decisions carry the stock phrases of their kind and name no
one person again and again; reflective writing about one's own practice cites the
literature; guidance and information pages speak to their reader as "you" throughout.
The rules ask whether such a text is written for practitioners, is an information page,
or has its writer speak as "we".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from recordlint.findings import RecordKind
from recordlint.kinds.correspondence import SALUTATION, SIGN_OFF
from recordlint.kinds.cues import cue_count
from recordlint.kinds.people import (
    EXCERPT_WORDS,
    FIRST_PERSON,
    MIN_FIRST_PERSON_SHARE,
    SECOND_PERSON,
    WORD,
    about_no_one,
    anonymised,
    named_person_repeated,
    without_quotations,
)

if TYPE_CHECKING:
    from recordlint.kinds.reading import TextReading

# A numbered paragraph, its number before it on its line or, as a judgment copied from its
# web page sets it, on a line of its own above it ("1." then "In these proceedings ...").
_NUMBERED_PARAGRAPH = re.compile(r"^[ \t]*\d{1,3}\.(?:[ \t]+|[ \t]*\n\s*)[A-Z]", re.MULTILINE)
_DUTY = re.compile(r"\b(?:should|must)\b", re.IGNORECASE)
# A minute's resolution on a line of its own, after a dash or a colon ("RESOLVED – That the
# Work Programme be updated", "Resolved: To note the report"): only minutes record one.
_RESOLUTION = re.compile(
    r"^[ \t]*resolved[ \t]*[-–—:][ \t]*(?:that|to)\b", re.IGNORECASE | re.MULTILINE
)
# Professional prose scores this many cues, counting an anonymised name and numbered
# paragraphs as cues; a record that names no one person twice reaches one at most. An
# excerpt of a paragraph or two has room for fewer cues, so two are enough there.
MIN_PROFESSIONAL_CUES = 3
MIN_PROFESSIONAL_CUES_IN_AN_EXCERPT = 2
MIN_PROFESSIONAL_CUES_ABOUT_SOMEONE_NAMED = 5
_WRITER_AS_WE = frozenset({"we", "we'll", "we’ll", "we've", "we’ve", "we're", "we’re"})
# A text that speaks to its reader: "you" and "your" at least this often and at least this
# share of its words. Case notes in the annotated record batches stay below 1.4% (what
# someone said, reported without quotation marks); guidance for practitioners and pages
# for the public run from 3% to 13%. Letters, emails and plans written to the person are
# known by their salutation, headers or title before this is asked.
MIN_READER_ADDRESSES = 5
MIN_READER_SHARE = 0.025


# Professional prose written for practitioners (a procedure, a briefing for them) tells its
# reader what to do more than once; a decision or a report, read by the public too, does not.
MIN_PRACTITIONER_CUES = 2


def written_for_practitioners(text: str, kind: RecordKind) -> bool:
    """Whether the text's readers are practitioners, who share their services' working
    terms: a blank form (filled in by a professional), professional prose that addresses
    practitioners ("This procedure should be used by ...", "you must ...") or sets out
    what a review teaches them ("Key learning points", "Learning from this review
    included:"), or reflective writing about practice, written for tutors and practice
    educators (a student's "placement" is their work placement)."""
    if kind is RecordKind.TEMPLATE:
        return True
    if kind is not RecordKind.PROFESSIONAL:
        return False
    # A safeguarding board's learning briefing or review summaries present a review's
    # learning to the staff who must act on it: one such phrase names the readers. A review's
    # own report, which the public reads too, lists "recommendations" instead.
    if cue_count(text, "review_learning"):
        return True
    return cue_count(text, "practitioner") >= MIN_PRACTITIONER_CUES or is_reflective_writing(text)


def is_information_page(text: str) -> bool:
    """A page of information that speaks to whoever reads it ("You will be offered a direct
    payment"), with no salutation or sign-off: written to the public, not a letter to one
    person about their own case, even when checked as a letter."""
    if SALUTATION.search(text[:2000]) or SIGN_OFF.search(text[-1500:]):
        return False
    return speaks_to_its_reader(text)


def tells_of_no_one(text: str) -> bool:
    """A text of some length with no salutation or sign-off that speaks of no one as "he"
    or "she" and names no one by title (:func:`recordlint.kinds.people.about_no_one`):
    guidance, a policy, a blank form, a briefing or a talk about "adults", "the person" and
    "they", even when checked as a letter. What it says of people it says of whoever a duty
    or a finding covers, not of one person; a letter to someone has its salutation."""
    if SALUTATION.search(text[:2000]) or SIGN_OFF.search(text[-1500:]):
        return False
    return about_no_one(text)


def reports_news(text: str) -> bool:
    """A newsletter or a news post, published for whoever reads it: with no salutation or
    sign-off, it tells of a time reckoned from the day it was published ("Last month we
    had a few smaller joyful moments", "Recently we have published reports ...") and
    never speaks to a reader as "you" outside its quotations. It reports what has
    happened; it asks nothing of its reader, who has no reply to make, even when checked
    as a letter. A letter to someone about their care speaks to them as "you", and an
    information page tells its reader how things work, not what happened last month."""
    if SALUTATION.search(text[:2000]) or SIGN_OFF.search(text[-1500:]):
        return False
    if not cue_count(text, "news_time"):
        return False
    words = WORD.findall(without_quotations(text))
    return not any(w.casefold() in SECOND_PERSON for w in words)


def writes_as_we(text: str) -> bool:
    """Whether the writer speaks of itself as "we" outside any quotation ("We will make
    sure you are left with ...", "How we work out what you pay"): a council or a service
    writing in its own name, which is then the one that acts on its reader."""
    return any(w.casefold() in _WRITER_AS_WE for w in WORD.findall(without_quotations(text)))


def is_professional_prose(text: str, reading: TextReading) -> bool:
    """Guidance, a report, minutes or a decision, by the stock phrases of its kind; whether
    it is someone's own account is read from ``reading`` (the same text's), which kind
    inference shares with the rules, rather than worked out again."""
    cues = cue_count(text, "professional")
    cues += anonymised(text)
    cues += len(_NUMBERED_PARAGRAPH.findall(text)) >= 3
    # Rules for everyone ("staff should", "records must") rather than plans for one person.
    cues += len(_DUTY.findall(text)) >= 3
    cues += bool(_RESOLUTION.search(text))
    if named_person_repeated(text) or reading.own_account:
        # A review or decision may name the person it is about, but a record about them
        # never carries this many of the phrases of reports and decisions. Nor does a
        # carer's own account of their life ("my mother"), however often it speaks of the
        # social workers and care agencies they met.
        return cues >= MIN_PROFESSIONAL_CUES_ABOUT_SOMEONE_NAMED
    if len(WORD.findall(text)) < EXCERPT_WORDS:
        return cues >= MIN_PROFESSIONAL_CUES_IN_AN_EXCERPT
    return cues >= MIN_PROFESSIONAL_CUES


# Reflective writing about one's own practice: at least this many of its phrases ("my
# placement", "in this essay", "case study"), author-and-year references counting as one
# each, in a text its writer tells in the first person.
MIN_REFLECTIVE_CUES = 2
# A reference to the literature in the author-and-year style, the year after a comma:
# "(Thompson, 2009)", "(Beckett and Maynard, 2013)", "(Ferguson et al., 2020: 45)". A
# record's dates in brackets ("(March 2024)", "(since 2019)") have no comma before the year.
_CITATION = re.compile(
    r"\((?!(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b)[A-Z][\w'’-]+(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][\w'’-]+)?"
    r",\s*(?:19|20)\d\d[a-z]?(?:[,:;]\s*(?:p\.?\s*)?\d+(?:-\d+)?)?\)"
)


def is_reflective_writing(text: str) -> bool:
    """A student's or practitioner's writing about their own learning and practice ("In
    this essay I will reflect on my experiences gained during my placement"): in the
    first person, with the phrases of reflective writing or references to theory. It
    tells of work with people, but it is not a record about a person."""
    cues = cue_count(text, "reflective") + len(_CITATION.findall(text))
    if cues < MIN_REFLECTIVE_CUES:
        return False
    words = [w.casefold().replace("’", "'") for w in WORD.findall(without_quotations(text))]
    first_person = sum(1 for w in words if w in FIRST_PERSON)
    return bool(words) and first_person >= MIN_FIRST_PERSON_SHARE * len(words)


def speaks_to_its_reader(text: str) -> bool:
    """Written to its reader as "you" throughout, with no salutation: guidance telling a
    practitioner what to do ("You should complete the form") or a page telling the public
    what happens ("You will be offered a direct payment"). A record speaks of the person;
    "you" comes into it only in someone's quoted words, which are left out here."""
    unquoted = without_quotations(text)
    words = [w.casefold() for w in WORD.findall(unquoted)]
    addressed = sum(1 for w in words if w in SECOND_PERSON) + _readers_questions(unquoted)
    return addressed >= MIN_READER_ADDRESSES and addressed >= MIN_READER_SHARE * len(words)


# A question standing alone on its line, as the headings of questions and answers are set
# out ("What do I do if the concern arises out of office hours?").
_QUESTION_LINE = re.compile(r"^[ \t]*(?P<question>[^\n]{3,200}\?)[ \t]*$", re.MULTILINE)
MAX_QUESTION_WORDS = 25


def _readers_questions(text: str) -> int:
    """How often questions set out as headings speak as "I" ("I don't have all the
    information - what do I do?", "Where can I discuss concerns?"): a page of questions
    and answers puts its reader's questions in the reader's own words, and answers them
    as "you", so each "I" there is its reader, not its writer."""
    count = 0
    for match in _QUESTION_LINE.finditer(text):
        words = [w.casefold().replace("’", "'") for w in WORD.findall(match.group("question"))]
        if len(words) <= MAX_QUESTION_WORDS:
            count += sum(1 for w in words if w in FIRST_PERSON)
    return count
