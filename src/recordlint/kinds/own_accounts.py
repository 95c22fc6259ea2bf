"""The person's own account: their writing, not a record about them.

Written in the first person about their own life ("my flat", "my son"), with "i" typed in
lower case (:func:`is_own_account`). A first-person account whose "I" is at work
(:func:`told_by_a_practitioner`) is a practitioner's account rather than the person's own,
and one told in the writer's words alone, of no one person, is known without any family of
the writer's own in it (:func:`tells_of_own_work`). One mention of the writer's own
family or life is enough where the writer's voice carries the whole text, whatever date
line, pull quotes or headings it stands under (:func:`in_the_writers_voice_throughout`).
The rules also ask whether one paragraph speaks in the first person
(:func:`in_the_first_person`, :func:`told_by_the_writer_alone`) and whether a quotation is
a practitioner's account of their work (:func:`quoted_from_work`).

The accounts a publisher frames (quoted at length, told around a dialogue, a diary of
working days) are in ``published_accounts``, and a member of the public's letter about
services in ``public_letters``; both build on the tests here.
"""

from __future__ import annotations

import functools
import re

from recordlint.dates import a_date_alone
from recordlint.kinds.cues import (
    MIN_PARAGRAPH_WORDS,
    cue_count,
    first_line,
    only_paragraphs,
    only_paragraphs_after_title,
    own_life_pattern,
    own_work_pattern,
)
from recordlint.kinds.forms import is_form_title, names_a_contact
from recordlint.kinds.people import (
    FIRST_PERSON,
    FIRST_PERSON_PLURAL,
    MIN_FIRST_PERSON_SHARE,
    MIN_OWN_LIFE_MENTIONS,
    SECOND_PERSON,
    WORD,
    first_person,
    given_name_repeated,
    named_person_repeated,
    without_quotations,
)
from recordlint.lexicon import word_list
from recordlint.text import line_end, line_start

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
DIARY_TITLE = re.compile(
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
    """The person's own account: written in the first person about their own life, known
    by its words (:func:`own_account_by_its_words`) or, where those leave it open, by the
    writer's voice carrying the whole text (:func:`in_the_writers_voice_throughout`)."""
    decided = own_account_by_its_words(text)
    return in_the_writers_voice_throughout(text) if decided is None else decided


def own_account_by_its_words(text: str) -> bool | None:
    """Whether a text is the person's own account as far as its words alone decide: True or
    False, or None where a single mention of the writer's own family or life under a date
    line, a pull quote or a heading leaves it to whether the writer's voice carries the
    whole text (:func:`in_the_writers_voice_throughout`, which kind inference and the rules
    read as one fact, ``TextReading.in_the_writers_voice_throughout``)."""
    if named_person_repeated(text):
        return False
    # Words between quotation marks are someone else's: the person quoted in a worker's
    # note. The shared quotation finder bounds an unclosed one at its paragraph's end.
    text = without_quotations(text)
    # A carer speaks for the family too ("we realise she can't live alone", "they've
    # helped us"); the writer of a record who says "we" is the team, but a record never
    # speaks of "my mum" twice, which is asked next.
    writer = first_person(text)
    if writer.share < MIN_FIRST_PERSON_SHARE:
        return False
    own_life = sum(1 for _ in own_life_pattern().finditer(text))
    if own_life >= MIN_OWN_LIFE_MENTIONS:
        return True
    # A carer who names their parent as only their child does, again and again ("When Mum
    # was diagnosed", "I visited mum"), tells of their own family as surely as "my mum"
    # does, where they speak of themselves more than of anyone as "he" or "she": a worker's
    # note that calls a parent "Mum" tells of the family in the third person.
    if (
        writer.singular > writer.third
        and parents_named_as_their_child_names_them(text) >= MIN_OWN_LIFE_MENTIONS
    ):
        return True
    # Told in running paragraphs alone, with no heading, label, salutation or signature
    # (which a record, a form, a letter or an email copied into a record has), one mention
    # of the writer's own family or home is enough: "I started being a carer for my
    # husband ... I care for him 24 hours a day". A post or story may stand under its own
    # title ("Good social care makes the difference"): a title that names no form, over
    # paragraphs alone.
    if own_life < 1:
        return False
    if only_paragraphs(text) or (
        not is_form_title(first_line(text)) and only_paragraphs_after_title(text)
    ):
        return True
    # Set out with a date line, a pull quote, a heading or a publisher's line of
    # introduction, as blogs, magazines and councils' pages print such accounts, the one
    # mention is enough where the writer's own voice carries the whole text.
    return None


def in_the_writers_voice_throughout(text: str) -> bool:
    """Whether a text is told in its writer's own voice from end to end, outside its
    quotations, with no practitioner's voice in it: the writer says "I" more often than
    they speak of anyone as "he" or "she", names no one again and again, has no working
    life of their own in it (no caseload, team or clients, no "I work in ..."), sets its
    words out as prose (a date line, a title, a pull quote or a heading apart, none naming
    a contact or a form as a note's or a form's heading does), speaks in
    the first person in most of its running paragraphs, and never tells of someone as
    "he" or "she" in a paragraph without saying "I" in it too ("I found a home for mum
    ... she hates it"). A worker's note or plan that puts "I" in the person's mouth sets
    the worker's part about them apart ("Winnie is bedbound ... she needs two staff") or
    under headings and lists, names them again and again, or speaks of them as often as
    its writer says "I"; a practitioner's account ties its "I" to its work. The rules
    read such an account as its writer's throughout: no publisher speaks in it."""
    if named_person_repeated(text):
        return False
    unquoted = without_quotations(text)
    writer = first_person(unquoted)
    if writer.singular <= writer.third or given_name_repeated(unquoted):
        return False
    if (
        own_work_pattern().search(unquoted)
        or _WORKS_IN.search(unquoted)
        or _WORKED_WITH.search(unquoted)
        or cue_count(unquoted, "served")
    ):
        return False
    lines = [line for line in unquoted.splitlines() if line.strip()]
    paragraphs = [line for line in lines if is_paragraph(line)]
    if len(paragraphs) < MIN_OWN_VOICE_PARAGRAPHS:
        return False
    # Told in prose: a date line, a title, a pull quote or a heading apart, its words
    # stand in running paragraphs, where a profile or a plan in the person's voice sets
    # them out as headings, lists and labelled lines ("Things I love: trains ...").
    prose = sum(len(line.split()) for line in paragraphs)
    if prose < MIN_OWN_VOICE_PROSE_SHARE * sum(len(line.split()) for line in lines):
        return False
    # A heading that names a contact or a form ("Home visit", "Six week review") heads a
    # worker's note or a form, whatever the prose under it.
    if any(
        names_a_contact(line) or is_form_title(line.strip())
        for line in lines
        if not is_paragraph(line)
    ):
        return False
    told = 0
    for paragraph in paragraphs:
        speaker = first_person(paragraph)
        if speaker.third and not speaker.singular:
            # Someone told of by another voice: a publisher's paragraph about the
            # person ("June has looked after her husband ... She told us"), or a worker's.
            return False
        told += in_the_first_person(paragraph)
    return told > len(paragraphs) / 2


# An account in its writer's voice throughout runs to at least this many paragraphs of
# prose: a line or two under headings is a plan's or a profile's.
MIN_OWN_VOICE_PARAGRAPHS = 3
# ... and holds at least this share of its words in them.
MIN_OWN_VOICE_PROSE_SHARE = 0.8


# The people a practitioner works with, named by what the writer does for them ("the
# people I supervise", "the adults I am currently working with").
_WORKED_WITH = re.compile(
    r"\bthe\s+(?:people|adults)\s+I\s+(?:am\s+)?(?:currently\s+)?"
    r"(?:supervise|support|work\s+with|working\s+with)\b",
    re.IGNORECASE,
)
# The writer saying where or as what they work ("I work in a community mental health
# team", "I've worked in adult services", "I worked as a care manager"): a tie to their
# own working life that needs no "my". Someone's own "I" with a capital only: a person
# typing "i" writes as themselves, and the tests of their register read them.
_WORKS_IN = re.compile(
    r"\bI(?:['’]ve|\s+have)?\s+(?:(?:also|now|never|currently|previously)\s+)?"
    r"work(?:ed)?\s+(?:in|as|for|at)\b"
)
# A practitioner's account: at least this many signs that the "I" is at work.
MIN_PRACTICE_SIGNS = 2


@functools.cache
def _names_itself_at_work() -> re.Pattern[str]:
    """The writer saying what they are at work, by a job's head noun from the shared list
    of professionals ("I am a Social Worker", "I'm an occupational therapist", "we are a
    team of social workers"): the "I" or "we" tied to a working life outright."""
    jobs = "|".join(re.escape(job) for job in sorted(word_list("professional"), key=len)[::-1])
    # One of a kind of worker ("a", "an"), never "the social worker for Mrs X", as a
    # case note's writer may introduce themselves; "we" are workers of a kind, or a team.
    return re.compile(
        rf"\b(?:(?:I\s+am|I['’]m)\s+an?\s+{_DESCRIBED}(?:{jobs})"
        rf"|(?:we\s+are|we['’]re)\s+(?:(?:part\s+of\s+)?a\s+team\s+of\s+)?{_DESCRIBED}"
        rf"(?:{jobs})s)(?![\w-])",
        re.IGNORECASE,
    )


# Up to two words that say what kind of worker ("Social", "senior occupational").
_DESCRIBED = r"(?:[^\W\d_][\w-]*\s+){0,2}"


def told_by_a_practitioner(text: str) -> bool:
    """Whether a first-person account is a practitioner's account of their own work (a
    published social work diary, "a day in the life"), not the person's or a carer's
    account of their own life. Known by who the "I" is: a writer with a working life of
    their own ("my caseload", "our team meeting", "my manager", "my first visit") who
    names the people they work with by their role ("a client", "service users", "the
    people I supervise"), or who says outright what they are at work ("I am a Social
    Worker", "we are a team of social workers", which counts as two such signs), more
    often than they speak of a family and home of their own ("my husband", "my mum"). A
    carer speaks of the social worker, the care team and the service as other people's
    ("my mum's social worker"), and of their own family again and again; a
    practitioner's "I" needs at least one tie to their own work."""
    unquoted = without_quotations(text)
    work = sum(1 for _ in own_work_pattern().finditer(unquoted))
    work += len(_WORKS_IN.findall(unquoted))
    # Saying outright what they are at work is as strong as any two other signs.
    work += MIN_PRACTICE_SIGNS * len(_names_itself_at_work().findall(unquoted))
    if not work:
        return False
    served = cue_count(unquoted, "served") + len(_WORKED_WITH.findall(unquoted))
    own_life = sum(1 for _ in own_life_pattern().finditer(unquoted))
    return work + served >= MIN_PRACTICE_SIGNS and work + served > own_life


def tells_of_own_work(text: str) -> bool:
    """A practitioner's account of their own work in their words alone, with no diary's
    title or publisher's introduction around it and no family or home of the writer's own
    in it: a social worker's week set out day by day ("Monday: I have just arrived back
    at my office ..."), or their blog post on what their job is ("I work in a community
    mental health team ..."). Known by whose "I" it is: the writer says "I" more often
    than they speak of anyone as "he" or "she", names no one again and again, by title or
    by given name, and ties the "I" to their own work (:func:`told_by_a_practitioner`:
    "my caseload", "my colleagues", "I've worked in adult services", "clients"). A case
    note written as "I" is about one person: it names them again and again, or speaks of
    them as "he" or "she" at least as often as its writer says "I"."""
    if named_person_repeated(text):
        return False
    unquoted = without_quotations(text)
    if given_name_repeated(unquoted):
        return False
    writer = first_person(unquoted)
    if writer.share < MIN_FIRST_PERSON_SHARE or writer.singular <= writer.third:
        return False
    return told_by_a_practitioner(text)


def is_paragraph(line: str) -> bool:
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


# A parent named by the word their child calls them, as a name: "Mum hates it", "I told
# Dad". "her mum", "Jan's dad", "the mum", "a mum of two" and "mum-of-two" are someone
# telling of another family.
_OWNED_BEFORE = re.compile(r"(?:\b(?:her|his|their|your|the|a|an|our|its)|['’]s?)\s+$", re.I)
_DESCRIBED_AFTER = re.compile(r"(?:-|\s+of\b)")


def the_writers_own(text: str) -> bool:
    """Whether ``text`` (a paragraph of an own account) is the writer's, though it need not
    say "I": it speaks in the first person (:func:`in_the_first_person`), names a parent
    as only their child does ("Mum hates it. She is far too compos mentis for the place"),
    or is the post's date stamp alone ("13 Apr"), over the writer's words and no one
    else's. A paragraph that tells of the writer as "her" or by name is the publisher's."""
    if in_the_first_person(text):
        return True
    if a_date_alone(text):
        return True
    return parents_named_as_their_child_names_them(without_quotations(text)) > 0


def parents_named_as_their_child_names_them(unquoted: str) -> int:
    """How often ``unquoted`` (a text without its quotations) names a parent by the word
    their child calls them, as a name ("Mum hates it", "I found mum had lipstick in her
    hair", "I told Dad"): only the parent's own child writes of them so. "her mum",
    "Jan's dad", "the mum", "a mum of two" and "mum-of-two" tell of another family."""
    count = 0
    for found in WORD.finditer(unquoted):
        word = found.group().casefold().removesuffix("'s").removesuffix("’s")
        if word not in word_list("parent_word"):
            continue
        if _OWNED_BEFORE.search(unquoted, 0, found.start()):
            continue
        if _DESCRIBED_AFTER.match(unquoted, found.end()):
            continue
        count += 1
    return count


def told_by_the_writer_alone(text: str) -> bool:
    """Whether ``text`` (a paragraph) is the writer's own (:func:`the_writers_own`: in the
    first person outside any quotation, a parent named as only their child does, a date
    stamp) and speaks to no reader as "you": the person telling of their own life ("my brother moved
    in with him"), not a plan template's prompt that puts "I" in its headings and asks
    "you" to fill them in ("This is who I am. Eg. Name, who you live with")."""
    if not the_writers_own(text):
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
    begins = line_start(text, start)
    if len(text[begins:start].strip()) != 1:
        return False
    if not _AFTER_CLOSE.match(text[end : line_end(text, end)]):
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
