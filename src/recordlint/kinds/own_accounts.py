"""The person's own account: their writing, not a record about them.

Written in the first person about their own life ("my flat", "my son"), with "i" typed in
lower case, quoted at length in paragraphs of its own where a publisher introduces a
carer or relative, told as "I" around a conversation set out line by line, or a
professional's published account of their working days under a diary's title or a
publisher's introduction, or a letter a member of the public writes in their own name
about services (to a newspaper, or an open letter to a council's leader). A first-person
account whose "I" is at work
(:func:`told_by_a_practitioner`) is a practitioner's account rather than the person's own.
The rules also ask whether one paragraph speaks in the first
person (:func:`in_the_first_person`, :func:`told_by_the_writer_alone`).
"""

from __future__ import annotations

import re
from functools import cache

from recordlint.kinds.correspondence import SALUTATION
from recordlint.kinds.cues import (
    MIN_PARAGRAPH_WORDS,
    alternatives,
    cue_count,
    first_line,
    only_paragraphs,
    only_paragraphs_after_title,
    own_life_pattern,
    own_work_pattern,
)
from recordlint.kinds.forms import is_form_title
from recordlint.kinds.people import (
    FIRST_PERSON,
    FIRST_PERSON_PLURAL,
    MIN_FIRST_PERSON_SHARE,
    MIN_OWN_LIFE_MENTIONS,
    SECOND_PERSON,
    THIRD_PERSON_SINGULAR,
    WORD,
    first_person,
    given_name_repeated,
    named_person_repeated,
    without_quotations,
)
from recordlint.lexicon import word_list
from recordlint.text import quote_spans, running_quote_spans

# A page titled as someone's story ("Caryl's story", "Ann and Joe's experience") tells it
# in their words, quoted at length, even where the charity's narration joins the quotes.
STORY_TITLE = re.compile(
    r"(?:[A-Z][\w-]+\s+(?:and|&)\s+)?[A-Z][\w-]+['’]s\s+(?:story|experience|journey)\s*$"
)
# A page titled as a practitioner's diary of their work ("Diary of a senior social worker",
# "A social worker's diary", "A day in the life of a care manager"), or labelled a diary
# before a colon, as a magazine heads its regular column over the week's headline ("Social
# work diary: 'By mid-afternoon I can't remember where I parked'"): the writer's own
# account of a working day, as a magazine or a blog publishes it.
_DIARY_TITLE = re.compile(
    r"(?:(?:an?\s+)?diary\s+of\s+an?\s|(?:an?|my)\s+[\w\s-]{0,40}?['’]s?\s+diary\s*$"
    r"|(?:[\w'’-]+\s+){0,3}diary\s*:\s"
    r"|an?\s+(?:day|week|shift)\s+in\s+the\s+(?:life|working\s+life)\s+of\s)",
    re.IGNORECASE,
)


# The writer's "I" typed in lower case ("i thought", "i've"), outside a numbered list's
# "(i)" and "i.e.": the register of someone writing as themselves, in a blog post, a forum
# post or a letter of their own, never a practitioner's in a record.
_LOWER_CASE_I = re.compile(r"(?<![\w'’(\[])i(?:['’](?:m|ve|ll|d))?(?=[ \t,;])")
MIN_LOWER_CASE_I = 3


def written_for_oneself(text: str) -> bool:
    """The person's own writing, known by its register: "I" typed in lower case again and
    again, by a writer who speaks of themselves more than of anyone as "he" or "she" and
    names no one by title again and again. A worker's note that says "I" tells of the
    person in the third person and keeps the capital."""
    unquoted = without_quotations(text)
    if len(_LOWER_CASE_I.findall(unquoted)) < MIN_LOWER_CASE_I:
        return False
    if named_person_repeated(text):
        return False
    writer = first_person(unquoted)
    return writer.singular > writer.third


def is_own_account(text: str) -> bool:
    if named_person_repeated(text):
        return False
    # Words between quotation marks are someone else's: the person quoted in a worker's
    # note. The shared quotation finder bounds an unclosed one at its paragraph's end.
    text = without_quotations(text)
    # A carer speaks for the family too ("we realise she can't live alone", "they've
    # helped us"); the writer of a record who says "we" is the team, but a record never
    # speaks of "my mum" twice, which is asked next.
    if first_person(text).share < MIN_FIRST_PERSON_SHARE:
        return False
    own_life = sum(1 for _ in own_life_pattern().finditer(text))
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
    return only_paragraphs(text) or (
        not is_form_title(first_line(text)) and only_paragraphs_after_title(text)
    )


# A public body spoken of in the third person, after "the" or its own name: "the council",
# "the Council have not given a date", "Brighton and Hove City Council's intention", "the
# local authority", "the Government's proposal".
# Or such bodies in general, in the plural ("a discretionary charge which councils have",
# "local authorities must"): a reader's letter may argue about what councils do at large.
@cache
def _public_body_pattern() -> re.Pattern[str]:
    bodies = alternatives("public_body")
    plural = bodies.replace("authority", "authorit(?:y|ie)")
    return re.compile(
        rf"(?:\b[Tt]he|\b[Oo]ur|\b[A-Z][\w'’-]*)\s+(?i:{bodies})(?![\w-])"
        rf"|\b(?i:{plural})s(?![\w-])"
    )


# A letter addressed to a public body on a line of its own above its paragraphs ("To
# Wealden District Council", "Dear Council Leader"): the writer writes to the council from
# outside it, as a service's letter to a person, sent by the council, never does.
@cache
def _to_a_public_body() -> re.Pattern[str]:
    return re.compile(rf"^(?:to|dear)\b.*\b(?:{alternatives('public_body')})\b", re.IGNORECASE)


# A letter about services speaks of the people they are for in general, in the plural
# ("people with a learning disability", "parents and carers", "those users"), at least
# this often; a service's letter to one person about their care does so three times at
# most in the development letters.
MIN_PEOPLE_IN_GENERAL = 4


def _people_in_general(text: str) -> int:
    words = word_list("people_in_general") | word_list("served_group")
    return sum(1 for w in WORD.findall(text) if w.casefold() in words)


# A letter's signature below its paragraphs: the writer's name, with their role, group or
# street on a line or two ("D Monforth," then "Geldof Road, York."; "A Name," then
# "Chairman," then the association's name).
MAX_SIGNATURE_LINES = 3
# A paper may print the writer's name above the letter instead, under its headline, on a
# line of its own that says whom it is from ("From: A Name"), with their street on the
# line after it: the signature, moved to the top.
_BYLINE_FROM = re.compile(r"^from\s*:\s*\S", re.IGNORECASE)
MAX_BYLINE_LINES = 2
# A letter of some length: at least this many paragraphs.
MIN_LETTER_PARAGRAPHS = 3
# A service's letter to a person speaks to them of their own affairs ("your assessment",
# "you will be sent") again and again; the letters from members of the public on the
# tuning splits speak to their reader twice at most ("As you are no doubt aware").
MAX_PUBLIC_LETTER_READER_ADDRESSES = 4
# The sentences that may speak of someone as "he" or "she": the writer's own son or mother,
# mentioned in passing ("my son ... how much he relies on his centre").
MAX_SENTENCES_ABOUT_SOMEONE = 1
# A parent's letter may tell what the service means to their own child over a few
# sentences ("One of my sons ... he cleans the windows. He does not get paid for this"),
# as long as most of the letter is about the service: at most this share of its sentences.
MAX_SHARE_ABOUT_OWN_FAMILY = 0.34
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
# Above a letter's paragraphs: a salutation, or a paper's headline over the letter and the
# line that says whom it is to.
MAX_LETTER_HEAD_LINES = 2
_ADDRESSEE = re.compile(r"^(?:to|dear)\s+\S", re.IGNORECASE)
# A letter of two paragraphs runs to at least this many words.
MIN_TWO_PARAGRAPH_LETTER_WORDS = 120


def _addressee(line: str) -> bool:
    return bool(SALUTATION.match(line) or _ADDRESSEE.match(line))


def _letter_length(paragraphs: list[str]) -> bool:
    """Whether ``paragraphs`` make a letter of some length: three paragraphs, or two that
    run to a reader's letter's length (a paper may print one in two long paragraphs)."""
    if len(paragraphs) >= MIN_LETTER_PARAGRAPHS:
        return True
    words = sum(len(p.split()) for p in paragraphs)
    return len(paragraphs) == 2 and words >= MIN_TWO_PARAGRAPH_LETTER_WORDS


def _own_family() -> re.Pattern[str]:
    return own_life_pattern(plural=True)


def written_by_a_member_of_the_public(text: str) -> bool:
    """A member of the public writing in their own name about services: a reader's letter
    to a newspaper ("I'm writing to object ... to the council's intention to decrease
    service levels"), an open letter to a council's leader ("Dear Cllr ...: As you are no
    doubt aware the Council have not given a date"), a parent's or a campaigner's say on a
    closure. Its writer speaks as "I", of the council, the local authority or the
    government as another party (or of councils in general, "a charge which councils
    have"), and of the people services are for in general ("people with a learning
    disability", "parents and carers"), or writes to the council itself on a line of its
    own ("To Wealden District Council") about what it charges, or is printed under its
    writer's name ("From: A Name" and their street, above its paragraphs); in paragraphs
    alone (three, or two long ones), under at most a salutation, or a paper's headline and
    the line saying whom it is to, and over at most a signature of up to three lines (name,
    office, association or street); the council may be "our council"; it speaks of no
    one person (no titled or given name comes back, and "he" or "she" in one sentence at
    most, or in up to a third of its sentences where the writer speaks of their own family,
    "One of my sons ... He does not get paid"), and to its reader about their own affairs
    hardly at all. A service's letter to a person
    speaks to them of their care again and again, and stands under its address, date and
    reference lines; a worker's note speaks of its person sentence after sentence; a
    template for the public to send has its blanks in square brackets and its headings."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # Above the paragraphs: a salutation, or the headline a paper prints over a letter
    # ("LETTER: If I were being cynical...") and the line that says whom it is to.
    head: list[str] = []
    signed_above = False
    while lines and not _is_paragraph(lines[0]) and len(head) < MAX_LETTER_HEAD_LINES:
        if _BYLINE_FROM.match(lines[0]) and not signed_above:
            # the writer's name and street, printed above the letter: not its head
            signed_above = True
            for _ in range(MAX_BYLINE_LINES):
                if lines and not _is_paragraph(lines[0]):
                    lines.pop(0)
            continue
        head.append(lines.pop(0))
    if len(head) == MAX_LETTER_HEAD_LINES and not any(_addressee(line) for line in head):
        return False
    for _ in range(MAX_SIGNATURE_LINES):
        if lines and not _is_paragraph(lines[-1]):
            lines = lines[:-1]
    if not _letter_length(lines) or not all(_is_paragraph(line) for line in lines):
        return False
    if named_person_repeated(text) or "[" in text:
        return False
    unquoted = without_quotations(text)
    if not first_person(unquoted).singular:
        return False
    if not _public_body_pattern().search(unquoted):
        return False
    # A letter about what a council charges its taxpayers may speak of no group of people
    # at all; addressed to the council itself, it still comes from outside it.
    # Signed above its paragraphs by its writer ("From: A Name"), it is printed as a
    # reader's letter is, which a service's letter to a person never is.
    to_a_body = signed_above or any(_to_a_public_body().match(line) for line in head)
    if _people_in_general(unquoted) < MIN_PEOPLE_IN_GENERAL and not to_a_body:
        return False
    words = [w.casefold() for w in WORD.findall(unquoted)]
    if sum(1 for w in words if w in SECOND_PERSON) > MAX_PUBLIC_LETTER_READER_ADDRESSES:
        return False
    about_someone = sum(
        1
        for sentence in _SENTENCE_END.split(unquoted)
        if any(w.casefold() in THIRD_PERSON_SINGULAR for w in WORD.findall(sentence))
    )
    if about_someone > MAX_SENTENCES_ABOUT_SOMEONE and not (
        _own_family().search(unquoted)
        and about_someone <= MAX_SHARE_ABOUT_OWN_FAMILY * len(_SENTENCE_END.split(unquoted))
    ):
        return False
    return not given_name_repeated(unquoted)


# The people a practitioner works with, named by what the writer does for them ("the
# people I supervise", "the adults I am currently working with").
_WORKED_WITH = re.compile(
    r"\bthe\s+(?:people|adults)\s+I\s+(?:am\s+)?(?:currently\s+)?"
    r"(?:supervise|support|work\s+with|working\s+with)\b",
    re.IGNORECASE,
)
# A practitioner's account: at least this many signs that the "I" is at work.
MIN_PRACTICE_SIGNS = 2


def told_by_a_practitioner(text: str) -> bool:
    """Whether a first-person account is a practitioner's account of their own work (a
    published social work diary, "a day in the life"), not the person's or a carer's
    account of their own life. Known by who the "I" is: a writer with a working life of
    their own ("my caseload", "our team meeting", "my manager", "my first visit") who
    names the people they work with by their role ("a client", "service users", "the
    people I supervise"), more often than they speak of a family and home of their own
    ("my husband", "my mum"). A carer speaks of the social worker, the care team and the
    service as other people's ("my mum's social worker"), and of their own family again
    and again; a practitioner's "I" needs at least one tie to their own work."""
    unquoted = without_quotations(text)
    work = sum(1 for _ in own_work_pattern().finditer(unquoted))
    if not work:
        return False
    served = cue_count(unquoted, "served") + len(_WORKED_WITH.findall(unquoted))
    own_life = sum(1 for _ in own_life_pattern().finditer(unquoted))
    return work + served >= MIN_PRACTICE_SIGNS and work + served > own_life


# A carer's or relative's account published in their words: the quotations hold at least
# this share of the text's words, and this many words in all (an account, not a remark).
# Case notes in the annotated record batches quote the person for at most about a fifth of
# their words; published accounts run from a quarter (an introduction, then the account)
# to nearly all.
MIN_QUOTED_ACCOUNT_SHARE = 0.25
MIN_QUOTED_ACCOUNT_WORDS = 50


def is_quoted_own_account(text: str) -> bool:
    """Someone's account of their own life given in their words, in quotation marks, with
    at most a publisher's introduction around it ("Anne says, “My husband is a different
    person now ...”"): the quotations are a large part of the text, speak in the first
    person about the speaker's own life, and at least one of them opens a paragraph, as an
    account set out in the speaker's own paragraphs is printed. A record quotes the person
    inside its own sentences ("She said “I like my flat”"), and its writer, who was there,
    speaks as "I" around the quotations ("Jean told me ..."); a publisher does not."""
    if named_person_repeated(text):
        return False
    spans = _account_quotations(text)
    if not any(_opens_its_paragraph(text, start) for start, _ in spans):
        return False
    quoted = " ".join(text[start:end] for start, end in spans)
    words = [w.casefold().replace("’", "'") for w in WORD.findall(quoted)]
    all_words = len(WORD.findall(text))
    if len(words) < max(MIN_QUOTED_ACCOUNT_WORDS, MIN_QUOTED_ACCOUNT_SHARE * all_words):
        return False
    if sum(1 for w in words if w in FIRST_PERSON) < MIN_FIRST_PERSON_SHARE * len(words):
        return False
    kept, at = [], 0
    for start, end in spans:
        kept.append(text[at:start])
        at = end
    around = WORD.findall(" ".join([*kept, text[at:]]))
    writer_as_i = sum(1 for w in around if w.casefold().replace("’", "'") in FIRST_PERSON)
    if writer_as_i >= MIN_FIRST_PERSON_SHARE * all_words:
        return False
    return sum(1 for _ in own_life_pattern().finditer(quoted)) >= MIN_OWN_LIFE_MENTIONS


def _account_quotations(text: str) -> list[tuple[int, int]]:
    """The quotations of ``text``, a quotation of several paragraphs read whole (opened once
    and closed only at its end, or never, it holds the paragraphs between) where those
    paragraphs speak in the first person as the quotation's speaker does ("I rang the
    social worker up"); a worker's note after the person's words left unclosed ("Visited
    on the ward. She was settled") is not theirs, and each quotation then ends with its
    paragraph."""
    shared = quote_spans(text, lost_marks=False)
    running = running_quote_spans(text, lost_marks=False)
    if running == shared:
        return shared
    inside = WORD.findall(_outside(text, shared, within=running))
    first = sum(1 for w in inside if w.casefold().replace("’", "'") in FIRST_PERSON)
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


def told_with_its_dialogue(text: str) -> bool:
    """Someone's own account that sets out a conversation line by line, as a story or a
    post does ("‘Are you her son?’" on a line of its own, then "‘Yes,’ I said."), its
    narration around the dialogue told in the first person, as "I" at least as often as it
    speaks of anyone as "he" or "she" (the social worker who called, the woman on the
    phone). A worker's note
    quotes the person inside its own sentences ("She said “I want to stay”"), speaks of
    the person it is about more than of its writer, or names them by title again and again
    ("I visited Mrs Pollard ... Mrs Pollard said")."""
    if named_person_repeated(text):
        return False
    spans = quote_spans(text, lost_marks=False)
    if sum(1 for start, _ in spans if _opens_its_paragraph(text, start)) < MIN_DIALOGUE_LINES:
        return False
    narration = without_quotations(text)
    writer = first_person(narration)
    if writer.share < MIN_FIRST_PERSON_SHARE:
        return False
    return writer.singular >= writer.third


def _opens_its_paragraph(text: str, start: int) -> bool:
    """Whether the quotation whose words begin at ``start`` opens its line: nothing but
    its opening mark stands between the line's start and its words."""
    line_start = text.rfind("\n", 0, start) + 1
    return len(text[line_start:start].strip()) == 1


def is_published_account_of_work(text: str, first: str) -> bool:
    """A professional's own account of their working days, as a magazine or a blog
    publishes it, told as "I" in running paragraphs of several people none of whom it
    names. The publication frames it: a title that calls it a diary ("Diary of a senior
    social worker in a local authority adults team", or a magazine's column named before a
    colon over the week's headline, "Social work diary: 'I buy milk and bread ...'") over
    at most a line of introduction (a standfirst that speaks of the writer by their job is
    a paragraph of the account's, and counts with it),
    or an introduction that speaks of the writer in the third person before the writer
    speaks, by "writes" ("A senior social worker ... writes") or by the given name of a
    byline above it ("Neil Churchill" on its own line, then "Neil spent the day visiting
    carers ... Read about his day"). A case note written in the first person ("I visited
    Mrs A ...") is about one person and names them again and again, by title or by name,
    stands under a record's title, fields or dated entries rather than paragraphs alone,
    and has no such title or introduction: its writer is never spoken of before they
    speak."""
    if named_person_repeated(text):
        return False
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # A web page may print its title again as a heading over the account ("A day in the
    # life of a social worker" under the same title and a standfirst): a copy of the title
    # is not a line of the account.
    if lines:
        title = lines[0].casefold()
        lines = lines[:1] + [line for line in lines[1:] if line.casefold() != title]
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
    unquoted = without_quotations("\n".join(told))
    if first_person(unquoted).singular < MIN_FIRST_PERSON_SHARE * len(WORD.findall(unquoted)):
        return False
    return not given_name_repeated(without_quotations(text))


# A byline: a person's name alone on its line ("Neil Churchill"), two or three capitalised
# words.
_BYLINE = re.compile(r"(?P<given>[A-Z][a-z]+)(?:[ \t]+[A-Z][\w'’-]+){1,2}")
# An introduction that hands over to its writer: "A senior social worker ... writes…".
_WRITES = re.compile(r"\bwrites\s*(?:…|\.{3}|:)?\s*$", re.IGNORECASE)


def _hands_over(line: str) -> bool:
    """A line of introduction below the title that hands over to the writer ("A senior
    social worker for a local authority adults team writes…")."""
    return bool(_WRITES.search(line)) and not first_person(without_quotations(line)).singular


def _introduces_its_writer(head: list[str], opening: str) -> bool:
    """Whether the opening paragraph is a publisher's introduction of the writer: it does
    not say "I", and it hands over to them ("... writes:") or speaks of them by the given
    name of a byline in the lines above it ("Neil Churchill", then "Neil spent the day")."""
    unquoted = without_quotations(opening)
    if first_person(unquoted).singular:
        return False
    if _WRITES.search(opening):
        return True
    given = {m.group("given") for line in head if (m := _BYLINE.fullmatch(line))}
    return any(re.search(rf"\b{name}\b", unquoted) for name in given)


def _is_paragraph(line: str) -> bool:
    return len(line.split()) >= MIN_PARAGRAPH_WORDS


def in_the_first_person(text: str) -> bool:
    """Whether ``text`` (a paragraph) speaks in the first person outside any quotation: in
    an own account, the person's own words rather than the publisher's. "I" and "my" are
    the person's; "we", "us" and "our" are the family or group they speak for ("None of
    us knew ... our loved ones"), unless the paragraph speaks to its reader, as a
    publisher's does ("you can reach out to our helpline")."""
    words = [w.casefold().replace("’", "'") for w in WORD.findall(without_quotations(text))]
    if any(w in FIRST_PERSON for w in words):
        return True
    if any(w in SECOND_PERSON for w in words):
        return False
    return any(w in FIRST_PERSON_PLURAL for w in words)


def told_by_the_writer_alone(text: str) -> bool:
    """Whether ``text`` (a paragraph) is in the first person outside any quotation and
    speaks to no reader as "you": the person telling of their own life ("my brother moved
    in with him"), not a plan template's prompt that puts "I" in its headings and asks
    "you" to fill them in ("This is who I am. Eg. Name, who you live with")."""
    if not in_the_first_person(text):
        return False
    words = [w.casefold() for w in WORD.findall(without_quotations(text))]
    return not any(w in SECOND_PERSON for w in words)


# A worker's text quoted whole runs to at least a line of prose; a shorter quotation on a
# line of its own is a pull quote or a heading.
MIN_QUOTED_RECORD_WORDS = MIN_PARAGRAPH_WORDS
# What may follow a quotation's closing mark on its line: punctuation and spaces.
_AFTER_CLOSE = re.compile(r"""["”’']?[\s.,;:!?]*$""")


def quoted_from_work(text: str, start: int, end: int) -> bool:
    """Whether the quotation whose words run from ``start`` to ``end`` is a worker's text
    quoted whole, not someone's own words: an email pasted into a note ("Email from the
    DoLS team pasted below:", then the email in quotation marks), a referral as a case
    study sets it out under its label, a reablement worker's record of a visit printed in
    their words. Such a quotation fills its line (its opening mark starts the line and
    nothing but its closing mark and punctuation follows it), runs to a line of prose at
    least, and tells of someone else as "he" or "she", as a record does; it speaks of no
    family or home of the speaker's own ("my husband"), and where it says "I" the speaker
    is at work ("I was visiting a client", "our support workers"). A person's or carer's
    words quoted at length speak of their own life, or say "I" of no work; a pull quote, a
    quoted definition or a piece of advice tells of no one."""
    line_start = text.rfind("\n", 0, start) + 1
    if len(text[line_start:start].strip()) != 1:
        return False
    line_end = text.find("\n", end)
    if not _AFTER_CLOSE.match(text[end : len(text) if line_end < 0 else line_end]):
        return False
    quoted = text[start:end]
    if len(WORD.findall(quoted)) < MIN_QUOTED_RECORD_WORDS:
        return False
    speaker = first_person(quoted)
    if not speaker.third or own_life_pattern(plural=True).search(quoted):
        return False
    if not speaker.singular:
        return True
    at_work = own_work_pattern().search(quoted) or cue_count(quoted, "served")
    return bool(at_work or _WORKED_WITH.search(quoted))
