"""Infer the kind of record when the caller does not say.

The signals are the ones a reader uses at a glance: an email has From/To/Subject headers
(or opens "Hi Jo,"), a letter has a salutation and a sign-off, an assessment, review or
support plan opens with a title naming the form or with the form's labelled fields. Anything
else is a case note, which is also the safest default: the case-note rules are the general ones.

Some texts people check are not records at all, and the rules that only make sense on a
record (the person's voice, reasons for decisions, timeliness) must not run on them: a blank
form is mostly labels with nothing after them; professional prose (guidance, reports,
minutes, an ombudsman's decision) talks about services and people in general, in its stock
phrases, and names no one person again and again; guidance and public information pages
speak to their reader as "you" throughout with no salutation; the person's own account is
written in the first person about their own life ("my flat", "my son"), or quoted at
length in paragraphs of its own where a publisher introduces a carer or relative, or told
as "I" around a conversation set out line by line (the call from the council); a
student's or practitioner's reflective writing about their own learning ("In this essay I
will reflect on my placement", with references to the literature) is professional prose,
even though it tells of work with one person in the first person; and a professional's
published account of their working days, under a title that calls it a diary or an
introduction that speaks of the writer before they speak ("Neil spent the day visiting
carers ... Read about his day"), told as "I" of people it does not name, is the writer's
own account, not a record.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from recordlint.dates import MONTHS
from recordlint.findings import RecordKind
from recordlint.lexicon import load_lexicon, word_list
from recordlint.text import quote_spans, running_quote_spans

_EMAIL_HEADER = re.compile(
    r"^[ \t]*(?:from|to|subject|cc|bcc|sent|date)[ \t]*:", re.IGNORECASE | re.MULTILINE
)
_EMAIL_GREETING = re.compile(r"^\s*(?:hi|hello|hiya|morning|afternoon)\b[^\n]{0,40},?\s*$",
                             re.IGNORECASE)  # fmt: skip
_SALUTATION = re.compile(r"^[ \t]*dear\s+\S", re.IGNORECASE | re.MULTILINE)
_SIGN_OFF = re.compile(
    r"^[ \t]*(?:yours\s+(?:sincerely|faithfully|truly)|(?:with\s+)?(?:kind|best|warm)\s+"
    r"(?:regards|wishes)|regards)\b",
    re.IGNORECASE | re.MULTILINE,
)
# Words that name a form: assessments, reviews, plans and the records of formal meetings.
_FORM_WORDS = re.compile(
    r"\b(?:assessment|review|plan|checklist|best\s+interests|strategy\s+(?:discussion|meeting)"
    r"|eligibility|capacity|determination)\b",
    re.IGNORECASE,
)
# Words that make a title a note of a contact rather than a form ("Annual review call").
_CONTACT_WORDS = re.compile(r"\b(?:call|phone|telephone|tel|visit|visited|note)\b", re.IGNORECASE)
# Labelled fields that forms have and case notes do not.
_FORM_FIELD = re.compile(
    r"^[ \t]*(?:person|adult|name|decision(?:\s+to\s+be\s+made)?|assessor|completed\s+by"
    r"|attendees|outcome|what\s+matters\s+to\s+(?:me|him|her|them)|eligible\s+needs)[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)
MAX_TITLE_WORDS = 14

_TO_A_PROFESSIONAL = re.compile(
    r"^[ \t]*dear\s+(?:dr\b|doctor\b|professor\b|colleagues?\b)", re.IGNORECASE | re.MULTILINE
)
# A letter to staff as a group ("Dear colleagues"): a circular between professionals, about
# their work, not a letter to one person about their care.
_TO_COLLEAGUES = re.compile(r"^[ \t]*dear\s+colleagues\b", re.IGNORECASE | re.MULTILINE)
# The person the letter is about: a "Re:" line naming them, or "your patient".
_ABOUT_SOMEONE_ELSE = re.compile(
    r"^[ \t]*re[ \t]*:[ \t]*(?:Mrs|Mr|Ms|Miss|Mx)\b|\b(?:your|our|mutual)\s+(?:patient|client)\b",
    re.IGNORECASE | re.MULTILINE,
)

# A form's field left empty: a label and a colon with nothing, a line or a box after it.
_EMPTY_FIELD = re.compile(
    r"^[ \t]*[^\W\d_][^:\n]{0,60}:[ \t]*(?:_{2,}|\.{3,}|\[[ \t]*\]|☐|\[[^\]\n]{0,30}\])?[ \t]*$"
)
# Several fields left empty on one line, with no separator between them ("Signature of
# Assessor: Date of Assessment:").
_EMPTY_FIELDS_ROW = re.compile(r"^(?:[ \t]*[^\W\d_][^:\n]{0,40}:){2,}[ \t]*$")
# A word processor's box for an answer, copied as its prompt: "Choose an item.", "Click here
# to enter a date.", "Click or tap here to enter text."
_ANSWER_BOX = re.compile(
    r"\b(?:choose\s+an\s+item|click\s+(?:or\s+tap\s+)?here\s+to\s+enter)\b", re.IGNORECASE
)
# A question answered by ticking: "Yes / No", "Yes or No?", "☐ Yes ☐ No".
_TICK_OPTIONS = re.compile(r"\byes\s*(?:/|or)\s*no\b|☐|\[[ \t]\]", re.IGNORECASE)
# Forms copied as text keep a row's cells on one line, split by " / ": several empty fields
# ("Tel no: / GP:") or the choices to tick ("Physical disability / Dementia").
_CELL_SEPARATOR = re.compile(r"[ \t]+/[ \t]+")
_EMPTY_CELL = re.compile(r"[^\W\d_][^:\n]{0,60}:")
MAX_CHOICE_WORDS = 4
MIN_EMPTY_FIELDS = 4
MIN_FORM_GUIDANCE = 2
# Anonymised people, as decisions and reviews name them: "Mrs X", "Mr Y", "Adult A".
_ANONYMISED = re.compile(r"\b(?:Mrs|Mr|Ms|Miss|Mx|Adult|Person)\s+[A-Z](?![\w.])")
# A titled name, with the surname apart so "Mr Kevin Doyle" and "Mr Doyle" are one person.
_TITLED_NAME = re.compile(
    r"\b(?:Mrs|Mr|Ms|Miss|Mx)\.?\s+(?:[A-Z][a-z]+\s+)?"
    r"(?P<surname>[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)\b"
)
# A page titled as someone's story ("Caryl's story", "Ann and Joe's experience") tells it
# in their words, quoted at length, even where the charity's narration joins the quotes.
_STORY_TITLE = re.compile(
    r"(?:[A-Z][\w-]+\s+(?:and|&)\s+)?[A-Z][\w-]+['’]s\s+(?:story|experience|journey)\s*$"
)
# A page titled as a practitioner's diary of their work ("Diary of a senior social worker",
# "A social worker's diary", "A day in the life of a care manager"): the writer's own
# account of a working day, as a magazine or a blog publishes it.
_DIARY_TITLE = re.compile(
    r"(?:(?:an?\s+)?diary\s+of\s+an?\s|(?:an?|my)\s+[\w\s-]{0,40}?['’]s?\s+diary\s*$"
    r"|an?\s+(?:day|week|shift)\s+in\s+the\s+(?:life|working\s+life)\s+of\s)",
    re.IGNORECASE,
)
_NUMBERED_PARAGRAPH = re.compile(r"^[ \t]*\d{1,3}\.[ \t]+[A-Z]", re.MULTILINE)
_DUTY = re.compile(r"\b(?:should|must)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"})
_FIRST_PERSON_PLURAL = frozenset(
    {"we", "us", "our", "ours", "ourselves", "we're", "we've", "we'd", "we'll"}
)
# Professional prose scores this many cues, counting an anonymised name and numbered
# paragraphs as cues; a record that names no one person twice reaches one at most. An
# excerpt of a paragraph or two has room for fewer cues, so two are enough there.
MIN_PROFESSIONAL_CUES = 3
MIN_PROFESSIONAL_CUES_IN_AN_EXCERPT = 2
MIN_PROFESSIONAL_CUES_ABOUT_SOMEONE_NAMED = 5
EXCERPT_WORDS = 200
# The person's own account: at least this share of first-person words, and "my" before the
# things of their own life at least this often.
MIN_FIRST_PERSON_SHARE = 0.025
MIN_OWN_LIFE_MENTIONS = 2
# A text that speaks to its reader: "you" and "your" at least this often and at least this
# share of its words. Case notes in the annotated record batches stay below 1.4% (what
# someone said, reported without quotation marks); guidance for practitioners and pages
# for the public run from 3% to 13%. Letters, emails and plans written to the person are
# known by their salutation, headers or title before this is asked.
_SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves"})
_WRITER_AS_WE = frozenset({"we", "we'll", "we’ll", "we've", "we’ve", "we're", "we’re"})
MIN_READER_ADDRESSES = 5
MIN_READER_SHARE = 0.025


def infer_kind(text: str) -> RecordKind:
    """Blank form by its empty fields, email by its headers, letter by salutation or
    sign-off, professional prose by its stock phrases, assessment by its title, the
    person's own account by its first person; anything else is a case note."""
    head = text[:2000]
    if _is_blank_form(text):
        return RecordKind.TEMPLATE
    if _written_for_oneself(text):
        # Before the letter's and the email's shapes: a carer's own letter to a regulator,
        # posted with its "Date:" and "To:" lines, is still the carer's own words.
        return RecordKind.OWN_ACCOUNT
    if len(_EMAIL_HEADER.findall(head)) >= 2:
        return RecordKind.EMAIL
    first = _first_line(text)
    if _SALUTATION.search(head) or _SIGN_OFF.search(text[-1500:]):
        if _EMAIL_GREETING.match(first):
            return RecordKind.EMAIL
        if _between_professionals(head):
            return RecordKind.PROFESSIONAL
        return RecordKind.LETTER
    if _EMAIL_GREETING.match(first):
        return RecordKind.EMAIL
    if _is_professional_prose(text) or _is_reflective_writing(text):
        return RecordKind.PROFESSIONAL
    # Before the form's title: a post headed with what it tells of ("The carer's assessment")
    # may set out the conversation with the social worker line by line.
    if _told_with_its_dialogue(text):
        return RecordKind.OWN_ACCOUNT
    # Someone's own story may be headed with what it is about ("Carer's assessment"); a plan
    # or form under such a title has headings and fields, a story only paragraphs.
    if _is_form_title(first) and _only_paragraphs_after_title(text) and _is_own_account(text):
        return RecordKind.OWN_ACCOUNT
    if _is_form_title(first) or len(_FORM_FIELD.findall(head)) >= 2:
        if _about_no_one(text) and _addressed_to_no_one(text):
            # "Non-discretionary funding communications review": a service's review of its
            # own work, which speaks of no one as "he", "she", "I" or "you" and names no
            # one, not an assessment or a review of a person's care.
            return RecordKind.PROFESSIONAL
        return RecordKind.ASSESSMENT
    if _is_own_account(text) or _STORY_TITLE.match(first) or _is_quoted_own_account(text):
        return RecordKind.OWN_ACCOUNT
    if _is_published_account_of_work(text, first):
        return RecordKind.OWN_ACCOUNT
    if _speaks_to_its_reader(text):
        return RecordKind.PROFESSIONAL
    if _about_no_one(text):
        # Not a note about a person: the writer's own account of what they and theirs
        # went through ("None of us knew ... our loved ones"), or a policy's or a page's
        # general statements about "the person" and "people". A worker's note about
        # someone spoken of as "they" is neither: its writer says "I", or it names the
        # person again and again ("Sam told me they want to stay").
        unquoted = _without_quotations(text)
        writer = _first_person(unquoted)
        if writer.plural > writer.singular and writer.share >= MIN_FIRST_PERSON_SHARE:
            return RecordKind.OWN_ACCOUNT
        if not writer.singular and not _given_name_repeated(unquoted):
            return RecordKind.PROFESSIONAL
    return RecordKind.CASE_NOTE


# Professional prose written for practitioners (a procedure, a briefing for them) tells its
# reader what to do more than once; a decision or a report, read by the public too, does not.
MIN_PRACTITIONER_CUES = 2


def written_for_practitioners(text: str, kind: RecordKind) -> bool:
    """Whether the text's readers are practitioners, who share their services' working
    terms: a blank form (filled in by a professional), professional prose that addresses
    practitioners ("This procedure should be used by ...", "you must ..."), or reflective
    writing about practice, written for tutors and practice educators (a student's
    "placement" is their work placement)."""
    if kind is RecordKind.TEMPLATE:
        return True
    if kind is not RecordKind.PROFESSIONAL:
        return False
    return _cue_count(text, "practitioner") >= MIN_PRACTITIONER_CUES or _is_reflective_writing(text)


def is_information_page(text: str) -> bool:
    """A page of information that speaks to whoever reads it ("You will be offered a direct
    payment"), with no salutation or sign-off: written to the public, not a letter to one
    person about their own case, even when checked as a letter."""
    if _SALUTATION.search(text[:2000]) or _SIGN_OFF.search(text[-1500:]):
        return False
    return _speaks_to_its_reader(text)


def writes_as_we(text: str) -> bool:
    """Whether the writer speaks of itself as "we" outside any quotation ("We will make
    sure you are left with ...", "How we work out what you pay"): a council or a service
    writing in its own name, which is then the one that acts on its reader."""
    return any(w.casefold() in _WRITER_AS_WE for w in _WORD.findall(_without_quotations(text)))


def _between_professionals(head: str) -> bool:
    """A letter to a doctor or a colleague about a patient or client: written for a
    professional, not to the person ("Dear Dr Shah ... Re: Mrs Akhtar"); or a letter to
    staff as a group ("Dear colleagues") that names no one person again and again, such as
    a director's thanks to care workers. A letter to a team about someone ("Dear
    colleagues, Mrs Brathwaite ... I visited Mrs Brathwaite") is a letter about the person,
    held to the letter rules, and is known by the same titled name coming back."""
    if _TO_COLLEAGUES.search(head) and not _named_person_repeated(head):
        return True
    return bool(_TO_A_PROFESSIONAL.search(head) and _ABOUT_SOMEONE_ELSE.search(head))


def _is_blank_form(text: str) -> bool:
    """Mostly fields with nothing filled in: at least four empty fields, tick questions or
    answer boxes a word processor left ("Choose an item."), and more of them than lines of
    writing."""
    empty = written = 0
    lines = _unwrapped_lines(text)
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if len(line.split()) == 1 and not (
            _BARE_CHOICE.fullmatch(line) or _EMPTY_FIELD.match(line)
        ):
            continue  # a connecting word between questions ("And") or a stray heading
        if (
            _EMPTY_FIELD.match(line)
            or _EMPTY_FIELDS_ROW.match(line)
            or _TICK_OPTIONS.search(line)
            or _ANSWER_BOX.search(line)
            or _is_row_of_cells(line)
            or _BARE_CHOICE.fullmatch(line)
            or _FILL_IN.search(line)
            # A question whose answer is ticked on the lines below it ("Retain that
            # information ...?" then "YES" and "NO" on lines of their own).
            or _BARE_CHOICE.fullmatch(following)
            # A question whose box for the answer below it is left empty ("Is the
            # patient able to retain information ...?" then "Comments/Evidence:" and
            # nothing after it but the choices to tick or the next question).
            or (_QUESTION.search(line) and _left_empty(lines, index + 1))
        ):
            empty += 1
        else:
            written += 1
    # The title and a heading or two are written lines even on a blank form; a form that
    # prints its guidance in full ("If you have answered Yes, proceed to Stage 2") has more
    # lines of writing than fields, and tells whoever fills it in what to do.
    if empty < MIN_EMPTY_FIELDS:
        return False
    return empty > written or _cue_count(text, "form_guidance") >= MIN_FORM_GUIDANCE


# A blank to fill in inside a line of writing: a run of dots, an ellipsis run or
# underscores ("I am completing this form on (date)………….. because ...").
_FILL_IN = re.compile(r"\.{4,}|…{2,}|_{4,}")
_QUESTION = re.compile(r"\?[ \t]*$")


def _left_empty(lines: list[str], index: int) -> bool:
    """Whether the line at ``index`` is a field with nothing filled in after it: an empty
    label followed by the next question, a choice to tick, another field or the end,
    not by a line of answer."""
    if index >= len(lines) or not _EMPTY_FIELD.match(lines[index]):
        return False
    if index + 1 >= len(lines):
        return True
    after = lines[index + 1]
    return bool(
        _QUESTION.search(after)
        or _BARE_CHOICE.fullmatch(after)
        or _EMPTY_FIELD.match(after)
        or _EMPTY_FIELDS_ROW.match(after)
        or _TICK_OPTIONS.search(after)
    )


# The choices to tick standing alone on their line, as forms copied from a document lay them
# out: one to a line ("YES", "NO") or the row of them together ("Yes No Not Known").
_BARE_CHOICE = re.compile(
    r"[ \t]*(?:yes|no|n/a|not\s+known)(?:[ \t]+(?:yes|no|n/a|not\s+known))*[ \t]*",
    re.IGNORECASE,
)
# A line that carries on the sentence of the line before: it opens in lower case (or with
# a bracket) after a line that ends without a full stop, colon or question mark.
_CONTINUATION = re.compile(r"[ \t]*[a-z(]")
_LINE_END = re.compile(r"[.!?:][ \t]*$")


def _unwrapped_lines(text: str) -> list[str]:
    """The text's lines of writing with hard-wrapped sentences joined: a form copied from
    a document breaks its guidance at the page width, and one sentence is one line of
    writing however many lines the copy spread it over."""
    lines: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        if lines and _CONTINUATION.match(line) and not _LINE_END.search(lines[-1]):
            lines[-1] = f"{lines[-1].rstrip()} {line.strip()}"
        else:
            lines.append(line)
    return lines


def _is_row_of_cells(line: str) -> bool:
    """A form's row copied onto one line: empty fields ("Tel no: / GP:", "Name: / Mr/Mrs/Ms /
    Dob:") or short choices to tick ("Mental health / Older person, frailty"), with no
    sentence among them."""
    cells = [cell.strip() for cell in _CELL_SEPARATOR.split(line.strip())]
    if len(cells) < 2 or re.search(r"[.!?]$", line.strip()):
        return False
    labels = [cell for cell in cells if _EMPTY_CELL.fullmatch(cell)]
    if labels:
        # Every other cell is a short choice ("Mr/Mrs/Ms") beside the labels.
        return all(c in labels or len(c.split()) <= MAX_CHOICE_WORDS for c in cells)
    return all(0 < len(cell.split()) <= MAX_CHOICE_WORDS for cell in cells)


def _named_person_repeated(text: str) -> bool:
    """A record is about someone: the same titled name comes back ("Mrs Pollard")."""
    surnames = [m.group("surname") for m in _TITLED_NAME.finditer(text)]
    return any(surnames.count(name) >= 2 for name in set(surnames))


def _is_professional_prose(text: str) -> bool:
    cues = _cue_count(text, "professional")
    cues += bool(_ANONYMISED.search(text))
    cues += len(_NUMBERED_PARAGRAPH.findall(text)) >= 3
    # Rules for everyone ("staff should", "records must") rather than plans for one person.
    cues += len(_DUTY.findall(text)) >= 3
    if _named_person_repeated(text) or _is_own_account(text):
        # A review or decision may name the person it is about, but a record about them
        # never carries this many of the phrases of reports and decisions. Nor does a
        # carer's own account of their life ("my mother"), however often it speaks of the
        # social workers and care agencies they met.
        return cues >= MIN_PROFESSIONAL_CUES_ABOUT_SOMEONE_NAMED
    if len(_WORD.findall(text)) < EXCERPT_WORDS:
        return cues >= MIN_PROFESSIONAL_CUES_IN_AN_EXCERPT
    return cues >= MIN_PROFESSIONAL_CUES


# Someone spoken of in the third person: a record is about a person, and says "he" or "she"
# of them, or names them by title, within its first couple of hundred words.
_THIRD_PERSON_SINGULAR = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})


def _about_no_one(text: str) -> bool:
    """A text of some length that speaks of no one as "he" or "she" and names no one by
    title ("Mrs Pollard", "Mr X"): it tells of no one person, as a note about someone
    does. Guidance and policies speak of "the person" and "they"; a carer's own account of
    a group speaks of "us" and "our loved ones"."""
    words = [w.casefold() for w in _WORD.findall(_without_quotations(text))]
    if len(words) < EXCERPT_WORDS:
        return False
    if any(w in _THIRD_PERSON_SINGULAR for w in words):
        return False
    return not (_TITLED_NAME.search(text) or _ANONYMISED.search(text))


def _addressed_to_no_one(text: str) -> bool:
    """Whether a text says neither "I" nor "you" and names no one by a given name again and
    again: an assessment or a plan is written about someone, or to them."""
    unquoted = _without_quotations(text)
    words = {w.casefold() for w in _WORD.findall(unquoted)}
    if words & _SECOND_PERSON or _first_person(unquoted).singular:
        return False
    return not _given_name_repeated(unquoted)


# A capitalised word inside a sentence, after a lower-case word or a comma: where a name
# stands, rather than where any word takes a capital at a line's or a sentence's start.
_MID_SENTENCE_CAPITALISED = re.compile(r"(?<=[a-z,;] )([A-Z][a-z]+)\b")
MIN_NAME_REPEATS = 2
# Names of months and days take a capital the dictionary keeps ("Published in October 2021
# issue of ..."): a date's, not a person's.
_CALENDAR_NAMES = frozenset(MONTHS) | frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)


def _given_name_repeated(text: str) -> bool:
    """Whether a capitalised word that is no English word in lower case comes back inside
    sentences ("with Sam", "told Sam"): a name, where "Council", "Carers" or "Advocate"
    are ordinary words with a capital, and "October" or "Monday" a date's. Asked only of
    the few texts that say neither "he" nor "she", so the dictionary is consulted rarely."""
    from recordlint.spellcheck import SpellChecker

    counts: dict[str, int] = {}
    for word in _MID_SENTENCE_CAPITALISED.findall(text):
        counts[word] = counts.get(word, 0) + 1
    repeated = [
        word
        for word, count in counts.items()
        if count >= MIN_NAME_REPEATS
        and word.lower() not in _CALENDAR_NAMES
        and not _in_an_organisations_name(text, word)
    ]
    if not repeated:
        return False
    checker = SpellChecker.default()
    return any(not checker.is_correct(word.lower()) for word in repeated)


_CAPITALISED_RUN_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*)+")


def _in_an_organisations_name(text: str, word: str) -> bool:
    """Whether a capitalised word is a place in a body's name wherever it stands: each use
    runs on in capitals ("Redcar and Cleveland Council", "Cleveland Adult Social Care"),
    and one of those runs reaches a body's noun ("Council"). A person's name ("told Sam",
    "with Sam Jones") does not."""
    reaches_a_body = False
    for found in re.finditer(rf"(?<![\w'’-]){re.escape(word)}\b", text):
        run = _CAPITALISED_RUN_AFTER.match(text, found.end())
        if run is None:
            return False
        if any(w.casefold() in word_list("organisation") for w in run.group().split()):
            reaches_a_body = True
    return reaches_a_body


# The writer's "I" typed in lower case ("i thought", "i've"), outside a numbered list's
# "(i)" and "i.e.": the register of someone writing as themselves, in a blog post, a forum
# post or a letter of their own, never a practitioner's in a record.
_LOWER_CASE_I = re.compile(r"(?<![\w'’(\[])i(?:['’](?:m|ve|ll|d))?(?=[ \t,;])")
MIN_LOWER_CASE_I = 3


def _written_for_oneself(text: str) -> bool:
    """The person's own writing, known by its register: "I" typed in lower case again and
    again, by a writer who speaks of themselves more than of anyone as "he" or "she" and
    names no one by title again and again. A worker's note that says "I" tells of the
    person in the third person and keeps the capital."""
    unquoted = _without_quotations(text)
    if len(_LOWER_CASE_I.findall(unquoted)) < MIN_LOWER_CASE_I:
        return False
    if _named_person_repeated(text):
        return False
    writer = _first_person(unquoted)
    return writer.singular > writer.third


class _FirstPerson(NamedTuple):
    """How often a text's words outside quotations are the writer's "I" and their "we", and,
    to weigh them against, anyone spoken of as "he" or "she"."""

    singular: int
    plural: int
    words: int
    third: int

    @property
    def share(self) -> float:
        return (self.singular + self.plural) / self.words if self.words else 0.0


def _first_person(unquoted: str) -> _FirstPerson:
    """The first person of ``unquoted``, a text with its quotations already set aside."""
    words = [w.casefold().replace("’", "'") for w in _WORD.findall(unquoted)]
    singular = sum(1 for w in words if w in _FIRST_PERSON)
    plural = sum(1 for w in words if w in _FIRST_PERSON_PLURAL)
    third = sum(1 for w in words if w in _THIRD_PERSON_SINGULAR)
    return _FirstPerson(singular, plural, len(words), third)


def _is_own_account(text: str) -> bool:
    if _named_person_repeated(text):
        return False
    # Words between quotation marks are someone else's: the person quoted in a worker's
    # note. The shared quotation finder bounds an unclosed one at its paragraph's end.
    text = _without_quotations(text)
    # A carer speaks for the family too ("we realise she can't live alone", "they've
    # helped us"); the writer of a record who says "we" is the team, but a record never
    # speaks of "my mum" twice, which is asked next.
    if _first_person(text).share < MIN_FIRST_PERSON_SHARE:
        return False
    own_life = sum(1 for _ in _own_life_pattern().finditer(text))
    if own_life >= MIN_OWN_LIFE_MENTIONS:
        return True
    # Told in running paragraphs alone, with no heading, label, salutation or signature
    # (which a record, a form, a letter or an email copied into a record has), one mention
    # of the writer's own family or home is enough: "I started being a carer for my
    # husband ... I care for him 24 hours a day". A post or story may stand under its own
    # title ("Good social care makes the difference"): a title that names no form, over
    # paragraphs alone.
    if own_life < 1:
        return False
    return _only_paragraphs(text) or (
        not _is_form_title(_first_line(text)) and _only_paragraphs_after_title(text)
    )


# A carer's or relative's account published in their words: the quotations hold at least
# this share of the text's words, and this many words in all (an account, not a remark).
# Case notes in the annotated record batches quote the person for at most about a fifth of
# their words; published accounts run from a quarter (an introduction, then the account)
# to nearly all.
MIN_QUOTED_ACCOUNT_SHARE = 0.25
MIN_QUOTED_ACCOUNT_WORDS = 50


def _is_quoted_own_account(text: str) -> bool:
    """Someone's account of their own life given in their words, in quotation marks, with
    at most a publisher's introduction around it ("Anne says, “My husband is a different
    person now ...”"): the quotations are a large part of the text, speak in the first
    person about the speaker's own life, and at least one of them opens a paragraph, as an
    account set out in the speaker's own paragraphs is printed. A record quotes the person
    inside its own sentences ("She said “I like my flat”"), and its writer, who was there,
    speaks as "I" around the quotations ("Jean told me ..."); a publisher does not."""
    if _named_person_repeated(text):
        return False
    spans = _account_quotations(text)
    if not any(_opens_its_paragraph(text, start) for start, _ in spans):
        return False
    quoted = " ".join(text[start:end] for start, end in spans)
    words = [w.casefold().replace("’", "'") for w in _WORD.findall(quoted)]
    all_words = len(_WORD.findall(text))
    if len(words) < max(MIN_QUOTED_ACCOUNT_WORDS, MIN_QUOTED_ACCOUNT_SHARE * all_words):
        return False
    if sum(1 for w in words if w in _FIRST_PERSON) < MIN_FIRST_PERSON_SHARE * len(words):
        return False
    kept, at = [], 0
    for start, end in spans:
        kept.append(text[at:start])
        at = end
    around = _WORD.findall(" ".join([*kept, text[at:]]))
    writer_as_i = sum(1 for w in around if w.casefold().replace("’", "'") in _FIRST_PERSON)
    if writer_as_i >= MIN_FIRST_PERSON_SHARE * all_words:
        return False
    return sum(1 for _ in _own_life_pattern().finditer(quoted)) >= MIN_OWN_LIFE_MENTIONS


def _account_quotations(text: str) -> list[tuple[int, int]]:
    """The quotations of ``text``, a quotation of several paragraphs read whole (opened once
    and closed only at its end, or never, it holds the paragraphs between) where those
    paragraphs speak in the first person as the quotation's speaker does ("I rang the
    social worker up"); a worker's note after the person's words left unclosed ("Visited
    on the ward. She was settled") is not theirs, and each quotation then ends with its
    paragraph."""
    shared = quote_spans(text)
    running = running_quote_spans(text)
    if running == shared:
        return shared
    inside = _WORD.findall(_outside(text, shared, within=running))
    first = sum(1 for w in inside if w.casefold().replace("’", "'") in _FIRST_PERSON)
    return running if first >= MIN_FIRST_PERSON_SHARE * len(inside) else shared


def _outside(text: str, spans: list[tuple[int, int]], within: list[tuple[int, int]]) -> str:
    """The words of ``within`` that no span of ``spans`` holds."""
    held = [False] * len(text)
    for start, end in spans:
        held[start:end] = [True] * (end - start)
    return " ".join(
        "".join(" " if held[i] else text[i] for i in range(start, end)) for start, end in within
    )


# A conversation set out line by line: at least this many quotations open their paragraph.
MIN_DIALOGUE_LINES = 3


def _told_with_its_dialogue(text: str) -> bool:
    """Someone's own account that sets out a conversation line by line, as a story or a
    post does ("‘Are you her son?’" on a line of its own, then "‘Yes,’ I said."), its
    narration around the dialogue told in the first person, as "I" at least as often as it
    speaks of anyone as "he" or "she" (the social worker who called, the woman on the
    phone). A worker's note
    quotes the person inside its own sentences ("She said “I want to stay”"), speaks of
    the person it is about more than of its writer, or names them by title again and again
    ("I visited Mrs Pollard ... Mrs Pollard said")."""
    if _named_person_repeated(text):
        return False
    spans = quote_spans(text)
    if sum(1 for start, _ in spans if _opens_its_paragraph(text, start)) < MIN_DIALOGUE_LINES:
        return False
    narration = _without_quotations(text)
    writer = _first_person(narration)
    if writer.share < MIN_FIRST_PERSON_SHARE:
        return False
    return writer.singular >= writer.third


def _opens_its_paragraph(text: str, start: int) -> bool:
    """Whether the quotation whose words begin at ``start`` opens its line: nothing but
    its opening mark stands between the line's start and its words."""
    line_start = text.rfind("\n", 0, start) + 1
    return len(text[line_start:start].strip()) == 1


def _is_published_account_of_work(text: str, first: str) -> bool:
    """A professional's own account of their working days, as a magazine or a blog
    publishes it, told as "I" in running paragraphs of several people none of whom it
    names. The publication frames it: a title that calls it a diary ("Diary of a senior
    social worker in a local authority adults team") over at most a line of introduction,
    or an introduction that speaks of the writer in the third person before the writer
    speaks, by "writes" ("A senior social worker ... writes") or by the given name of a
    byline above it ("Neil Churchill" on its own line, then "Neil spent the day visiting
    carers ... Read about his day"). A case note written in the first person ("I visited
    Mrs A ...") is about one person and names them again and again, by title or by name,
    stands under a record's title, fields or dated entries rather than paragraphs alone,
    and has no such title or introduction: its writer is never spoken of before they
    speak."""
    if _named_person_repeated(text):
        return False
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # The first line is the title, however long; the account's paragraphs come below the
    # lines of introduction.
    start = next((i for i, line in enumerate(lines) if i and _is_paragraph(line)), len(lines))
    head, body = lines[:start], lines[start:]
    if not body or not all(_is_paragraph(line) for line in body):
        return False
    if (_DIARY_TITLE.match(first) and len(head) <= 2) or any(map(_hands_over, head[1:])):
        told = body
    elif _introduces_its_writer(head[1:], body[0]):
        # The introduction is the publisher's: the account is what follows it.
        told = body[1:]
    else:
        return False
    if not told:
        return False
    unquoted = _without_quotations("\n".join(told))
    if _first_person(unquoted).singular < MIN_FIRST_PERSON_SHARE * len(_WORD.findall(unquoted)):
        return False
    return not _given_name_repeated(_without_quotations(text))


# A byline: a person's name alone on its line ("Neil Churchill"), two or three capitalised
# words.
_BYLINE = re.compile(r"(?P<given>[A-Z][a-z]+)(?:[ \t]+[A-Z][\w'’-]+){1,2}")
# An introduction that hands over to its writer: "A senior social worker ... writes…".
_WRITES = re.compile(r"\bwrites\s*(?:…|\.{3}|:)?\s*$", re.IGNORECASE)


def _hands_over(line: str) -> bool:
    """A line of introduction below the title that hands over to the writer ("A senior
    social worker for a local authority adults team writes…")."""
    return bool(_WRITES.search(line)) and not _first_person(_without_quotations(line)).singular


def _introduces_its_writer(head: list[str], opening: str) -> bool:
    """Whether the opening paragraph is a publisher's introduction of the writer: it does
    not say "I", and it hands over to them ("... writes:") or speaks of them by the given
    name of a byline in the lines above it ("Neil Churchill", then "Neil spent the day")."""
    unquoted = _without_quotations(opening)
    if _first_person(unquoted).singular:
        return False
    if _WRITES.search(opening):
        return True
    given = {m.group("given") for line in head if (m := _BYLINE.fullmatch(line))}
    return any(re.search(rf"\b{name}\b", unquoted) for name in given)


def _is_paragraph(line: str) -> bool:
    return len(line.split()) >= MIN_PARAGRAPH_WORDS


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


def _is_reflective_writing(text: str) -> bool:
    """A student's or practitioner's writing about their own learning and practice ("In
    this essay I will reflect on my experiences gained during my placement"): in the
    first person, with the phrases of reflective writing or references to theory. It
    tells of work with people, but it is not a record about a person."""
    cues = _cue_count(text, "reflective") + len(_CITATION.findall(text))
    if cues < MIN_REFLECTIVE_CUES:
        return False
    words = [w.casefold().replace("’", "'") for w in _WORD.findall(_without_quotations(text))]
    first_person = sum(1 for w in words if w in _FIRST_PERSON)
    return bool(words) and first_person >= MIN_FIRST_PERSON_SHARE * len(words)


def in_the_first_person(text: str) -> bool:
    """Whether ``text`` (a paragraph) speaks in the first person outside any quotation: in
    an own account, the person's own words rather than the publisher's. "I" and "my" are
    the person's; "we", "us" and "our" are the family or group they speak for ("None of
    us knew ... our loved ones"), unless the paragraph speaks to its reader, as a
    publisher's does ("you can reach out to our helpline")."""
    words = [w.casefold().replace("’", "'") for w in _WORD.findall(_without_quotations(text))]
    if any(w in _FIRST_PERSON for w in words):
        return True
    if any(w in _SECOND_PERSON for w in words):
        return False
    return any(w in _FIRST_PERSON_PLURAL for w in words)


def told_by_the_writer_alone(text: str) -> bool:
    """Whether ``text`` (a paragraph) is in the first person outside any quotation and
    speaks to no reader as "you": the person telling of their own life ("my brother moved
    in with him"), not a plan template's prompt that puts "I" in its headings and asks
    "you" to fill them in ("This is who I am. Eg. Name, who you live with")."""
    if not in_the_first_person(text):
        return False
    words = [w.casefold() for w in _WORD.findall(_without_quotations(text))]
    return not any(w in _SECOND_PERSON for w in words)


def _speaks_to_its_reader(text: str) -> bool:
    """Written to its reader as "you" throughout, with no salutation: guidance telling a
    practitioner what to do ("You should complete the form") or a page telling the public
    what happens ("You will be offered a direct payment"). A record speaks of the person;
    "you" comes into it only in someone's quoted words, which are left out here."""
    unquoted = _without_quotations(text)
    words = [w.casefold() for w in _WORD.findall(unquoted)]
    addressed = sum(1 for w in words if w in _SECOND_PERSON) + _readers_questions(unquoted)
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
        words = [w.casefold().replace("’", "'") for w in _WORD.findall(match.group("question"))]
        if len(words) <= MAX_QUESTION_WORDS:
            count += sum(1 for w in words if w in _FIRST_PERSON)
    return count


# Kind inference asks several questions of the same text outside its quotations (own
# account, speaking to its reader): the quotations are found once per text.
@lru_cache(maxsize=8)
def _without_quotations(text: str) -> str:
    kept, at = [], 0
    for start, end in quote_spans(text):
        kept.append(text[at:start])
        at = end
    kept.append(text[at:])
    return " ".join(kept)


def _cue_count(text: str, kind: str) -> int:
    return sum(1 for _ in _cue_pattern(kind).finditer(text))


@cache
def _cue_pattern(kind: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_alternatives(kind)})(?![\w-])", re.IGNORECASE)


@cache
def _own_life_pattern() -> re.Pattern[str]:
    # One describing word may come between ("my elderly parents", "my late husband"), and
    # family by marriage counts as family ("my mother-in-law").
    return re.compile(
        rf"\bmy\s+(?:[^\W\d_]+\s+)?(?:{_alternatives('own_life')})(?:-in-law)?(?![\w-])",
        re.IGNORECASE,
    )


def _alternatives(kind: str) -> str:
    """The lexicon's cues of one kind as a regular expression, longest first."""
    terms = sorted(
        (e.term for e in load_lexicon("text-cues").entries if e.kind == kind),
        key=len,
        reverse=True,
    )
    return "|".join(re.escape(term).replace(r"\ ", r"\s+") for term in terms)


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


# A line of running prose, not a heading, a label or a field.
MIN_PARAGRAPH_WORDS = 12


def _only_paragraphs(text: str) -> bool:
    """Every line of the text is running prose: no title, heading, label or field."""
    lines = [line for line in text.splitlines() if line.strip()]
    return bool(lines) and all(len(line.split()) >= MIN_PARAGRAPH_WORDS for line in lines)


def _only_paragraphs_after_title(text: str) -> bool:
    """Below its first line the text is all paragraphs: no heading, label or field."""
    lines = [line for line in text.splitlines() if line.strip()][1:]
    return bool(lines) and all(len(line.split()) >= MIN_PARAGRAPH_WORDS for line in lines)


def title_span(text: str) -> tuple[int, int] | None:
    """Where the text's title is: its first line, when that is one short phrase on its own
    ("Reablement visit - Ms Adeyemi", "Six week reablement review.") with more text under
    it. A first line that runs on into sentences is not a title."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or not text[end:].strip():
        return None
    line = text[start:end].strip()
    if not line or len(line.split()) > MAX_TITLE_WORDS or re.search(r"[.!?]\s+\S", line):
        return None
    return start, end


def _is_form_title(line: str) -> bool:
    """A short line on its own that names a form ("Six week reablement review.")."""
    if len(line.split()) > MAX_TITLE_WORDS:
        return False
    # A title is one phrase: a full stop inside it means the line is already running text.
    if re.search(r"[.!?]\s+\S", line):
        return False
    if not _FORM_WORDS.search(line) or _CONTACT_WORDS.search(line):
        return False
    # A title naming a document that is not a form ("Mental Capacity Act practice
    # guidance", "Review procedure") heads a text about forms and practice.
    return not _cue_count(line, "document")
