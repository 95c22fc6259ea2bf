"""A letter a member of the public writes in their own name about services: to a
newspaper, or an open letter to a council's leader (:func:`written_by_a_member_of_the_public`).

Its writer says "I", speaks of the council as another party and of the people services are
for in general, and names no one person, in paragraphs under at most a salutation and over
at most a signature. A letter that says it is to a paper (:func:`written_to_a_paper`: it
greets the editor, speaks to the paper of what it printed, cites the item it answers with
the day it ran, by the paper's name or the item's headline, is printed in a paper's house
style for its readers' letters, under the column's label or with its first words in
capitals, or calls itself an open letter: the tests in ``letters_to_papers``) needs none of
the first three; one signed as a paper signs a reader's letter, with the writer's street
under their name, needs no people in general. It stands apart from ``own_accounts`` because
it is read by the shape of a letter (its head, its signature, its paragraphs) rather than by
whose life it tells, and it uses only the paragraph test from there.
"""

from __future__ import annotations

import re
from functools import cache

from recordlint.kinds.correspondence import SALUTATION, SIGN_OFF
from recordlint.kinds.cues import (
    alternatives,
    own_life_pattern,
)
from recordlint.kinds.letters_to_papers import (
    MAX_PAPER_LETTER_HEAD_LINES,
    correspondents,
    dated_line,
    signed_with_a_street,
    written_to_a_paper,
)
from recordlint.kinds.own_accounts import is_paragraph
from recordlint.kinds.people import (
    SECOND_PERSON,
    THIRD_PERSON_SINGULAR,
    WORD,
    given_name_repeated,
    named_person_repeated,
    says_i,
    titled_surnames,
    without_quotations,
)
from recordlint.lexicon import word_list


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


# A paragraph of one short sentence set apart between a letter's longer ones, as readers'
# letters set a question or a point apart ("Could you please let us know if that has been
# arranged?", "Evidently, the most vulnerable people in our society are not important."):
# it opens with a capital, closes with its sentence's mark and runs to a few words, and
# such sentences are at most a third of the letter's paragraphs. A note's short lines are
# fields, labels and fragments, or most of the note.
_WHOLE_SENTENCE = re.compile(r"^[A-Z][^.!?]*[.!?]['’\"”]?$")
MIN_SHORT_PARAGRAPH_WORDS = 5
MAX_SHORT_PARAGRAPH_SHARE = 1 / 3


def _sentence_of_its_own(line: str) -> bool:
    """A whole sentence of a few words, or an exclamation of any length ("Ridiculous!"), as
    a reader's letter sets its outcry apart."""
    if not _WHOLE_SENTENCE.match(line):
        return False
    return len(line.split()) >= MIN_SHORT_PARAGRAPH_WORDS or line.rstrip("'’\"”").endswith("!")


def _letter_body(lines: list[str]) -> bool:
    """Whether ``lines``, a letter's lines between its head and its signature, are its
    paragraphs: running prose of a letter's length, with at most a few short sentences
    set apart as paragraphs of their own."""
    paragraphs = [line for line in lines if is_paragraph(line)]
    short = [line for line in lines if not is_paragraph(line)]
    if not all(_sentence_of_its_own(line) for line in short):
        return False
    if len(short) > MAX_SHORT_PARAGRAPH_SHARE * len(lines):
        return False
    return _letter_length(paragraphs)


# Below the writer's name, a signature gives their street and town, or their office and the
# body they speak for ("Chairman Dorchester and District Labour Party"): a place or a body
# the letter may name again ("the Dorchester meeting"), not a person it is about.
_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z'’-]+\b")


def _signed_places(signature: list[str]) -> set[str]:
    return {word for line in signature[1:] for word in _CAPITALISED_WORD.findall(line)}


def _in_small_letters(text: str, names: set[str]) -> str:
    """``text`` with ``names`` set in small letters, where a repeated name is no longer
    read as a name."""
    for name in names:
        text = re.sub(rf"(?<![\w'’-]){re.escape(name)}\b", name.lower(), text)
    return text


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


# A petition's demand: a ``public_call`` phrase, then the public body it is put to, in the
# same sentence ("We are calling on Lewisham Council to keep their care packages ...").
@cache
def _call_on_a_public_body() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w-])(?i:{alternatives('public_call')})(?![\w-])[^.!?\n]*?"
        rf"(?:{_public_body_pattern().pattern})"
    )


def a_petition(text: str) -> bool:
    """Whether ``text`` is a petition or a campaign's call put by members of the public to
    a public body: it makes its demand of the body in its signatories' own words ("We are
    calling on Lewisham Council to keep ..."), in paragraphs under at most its title and
    over at most its signatories' names ("Suna Clements & Rebecca Jones"), speaks of no
    one as "he" or "she" beyond a sentence and names no one again and again. A council's
    response to a petition speaks of the petition, not in its voice; a service's letter
    or a record makes no such call."""
    unquoted = without_quotations(text)
    if not _call_on_a_public_body().search(unquoted):
        return False
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and not is_paragraph(lines[0]):
        lines.pop(0)
    for _ in range(MAX_SIGNATURE_LINES):
        if lines and not is_paragraph(lines[-1]):
            lines.pop()
    if not _letter_body(lines) or named_person_repeated(text):
        return False
    return _sentences_about_someone(unquoted) <= MAX_SENTENCES_ABOUT_SOMEONE


def _sentences_about_someone(unquoted: str) -> int:
    return sum(
        1
        for sentence in _SENTENCE_END.split(unquoted)
        if any(w.casefold() in THIRD_PERSON_SINGULAR for w in WORD.findall(sentence))
    )


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
    alone (three, or two long ones, with a short sentence set apart as a paragraph of its
    own in up to a third of them: "Could you please let us know if that has been
    arranged?"), under at most a salutation, or a paper's headline and the line saying
    whom it is to, and over at most a signature of up to three lines (name, office,
    association or street), with the letter's close above it ("Yours faithfully,") and the
    day it was written below it ("5 October") at most; signed with its writer's street
    under their name ("Sharron
    Howard" over "Buckley Lane"), as a paper prints a reader's letter, it may speak little
    of the people services are for; the council may be "our council"; it speaks of no one
    person (no titled or given name comes back, beyond the places and bodies its signature
    gives as the writer's own, and "he" or "she" in one sentence at
    most, or in up to a third of its sentences where the writer speaks of their own family,
    "One of my sons ... He does not get paid"), and to its reader about their own affairs
    hardly at all. A service's letter to a person
    speaks to them of their care again and again, and stands under its address, date and
    reference lines; a worker's note speaks of its person sentence after sentence; a
    template for the public to send has its blanks in square brackets and its headings.

    A letter that says it is to a paper (see :func:`written_to_a_paper`) needs no "I", no
    council spoken of as "the council" and no people in general: that it is written to
    the paper says it comes from a member of the public. So does a paper's house style for
    its readers' letters: a headline labelled with the column ("LETTER: ..."), or the
    letter's first ordinary words set in capitals ("WE are told ...", "HAVING read
    ...") with at most a headline and a byline above them. It may answer the council's own
    printed words, speaking to their writers as "you" ("You will only know what clients
    want by asking them"), or the official it criticises, as "she" in up to a third of its
    sentences, or name again the writer of the letter it answers ("the letter from Matthew
    Jenkins ... the meeting Matthew mentioned"); stand under the paper's headline, the date
    it was published or its writer's name, and "Dear Editor" (three lines); and hold the
    editor's words in square brackets. An open letter ("Open email to ..., Director") is
    written to be printed as a reader's letter is, and is read the same way.
    Its shape (paragraphs under a head and over a signature) and its naming no one person
    again and again are still asked."""
    if a_petition(text):
        return True
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # Written to a paper, it says so itself (see written_to_a_paper): that says it comes
    # from a member of the public as surely as "I" and the council spoken of as another
    # party do, and it may answer the council's own printed words, speaking to their
    # writers as "you", or an official by name.
    to_a_paper = written_to_a_paper(text)
    # Above the paragraphs: a salutation, or the headline a paper prints over a letter
    # ("LETTER: If I were being cynical...") and the line that says whom it is to; over a
    # letter to a paper, its headline, the day it was published or its writer's name, and
    # the salutation to the editor.
    max_head = MAX_PAPER_LETTER_HEAD_LINES if to_a_paper else MAX_LETTER_HEAD_LINES
    head: list[str] = []
    signed_above = False
    while lines and not is_paragraph(lines[0]) and len(head) < max_head:
        if _BYLINE_FROM.match(lines[0]) and not signed_above:
            # the writer's name and street, printed above the letter: not its head
            signed_above = True
            for _ in range(MAX_BYLINE_LINES):
                if lines and not is_paragraph(lines[0]):
                    lines.pop(0)
            continue
        head.append(lines.pop(0))
    if (
        len(head) >= MAX_LETTER_HEAD_LINES
        and not to_a_paper
        and not any(_addressee(line) for line in head)
    ):
        return False
    # Below the signature, the day the letter was written ("5 October"); above it, the
    # letter's close ("Yours faithfully,"). Neither is a line of the signature itself.
    dated = bool(lines) and not is_paragraph(lines[-1]) and dated_line(lines[-1])
    if dated:
        lines.pop()
    signature: list[str] = []
    for _ in range(MAX_SIGNATURE_LINES):
        if lines and not is_paragraph(lines[-1]):
            signature.insert(0, lines.pop())
    closed = bool(lines) and not is_paragraph(lines[-1]) and bool(SIGN_OFF.match(lines[-1]))
    if closed:
        lines.pop()
    signature_lines = len(signature) + dated + closed
    if not _letter_body(lines):
        return False
    # The letter without its signature, which often names the writer's town ("A Name,
    # Newton Aycliffe.") that the letter itself may name once: a place, not a person
    # named again and again.
    text_lines = [line for line in text.splitlines() if line.strip()]
    unsigned = "\n".join(text_lines[: len(text_lines) - signature_lines])
    # Square brackets are a template's blanks, or, in a letter to a paper, the editor's
    # own words set into the writer's ("to carry out [their duties]").
    unquoted = without_quotations(text)
    about_someone = _sentences_about_someone(unquoted)
    # A letter to a paper argues with people in public life, named again and again by title
    # or surname ("Communities Secretary Sajid Javid ... Mr Javid's office ... my appeal to
    # Mr Javid"); where it speaks of no one as "he" or "she" beyond a sentence, they are
    # the people it answers, not a person it records.
    public_figures = to_a_paper and about_someone <= MAX_SENTENCES_ABOUT_SOMEONE
    if (named_person_repeated(text) and not public_figures) or ("[" in text and not to_a_paper):
        return False
    if not (says_i(unquoted) or to_a_paper):
        # A letter to a paper may argue without "I" ("It was interesting to read ...").
        # Any other says "I" as the one who writes: "my" alone may be a formula of
        # office, as a minister's answer to a written question calls the Secretary of
        # State "my Rt Hon. Friend" while speaking as "we" for the department.
        return False
    if not (_public_body_pattern().search(unquoted) or to_a_paper):
        return False
    # A letter about what a council charges its taxpayers may speak of no group of people
    # at all; addressed to the council itself, it still comes from outside it.
    # Signed above its paragraphs by its writer ("From: A Name"), it is printed as a
    # reader's letter is, which a service's letter to a person never is.
    # Signed with its writer's street under their name, it is signed as a paper prints a
    # reader's letter.
    to_a_body = (
        signed_above
        or to_a_paper
        or signed_with_a_street(signature)
        or any(_to_a_public_body().match(line) for line in head)
    )
    if _people_in_general(unquoted) < MIN_PEOPLE_IN_GENERAL and not to_a_body:
        return False
    words = [w.casefold() for w in WORD.findall(unquoted)]
    reader_addresses = sum(1 for w in words if w in SECOND_PERSON)
    if reader_addresses > MAX_PUBLIC_LETTER_READER_ADDRESSES and not to_a_paper:
        return False
    # A letter to a paper may also speak for a few sentences of the official whose words
    # it answers ("Is she there to deflect flak ..."). One that says it is to a paper and
    # tells of the writer's own family ("my mum worked all her life ... she was forced to
    # pay for her own care") may tell of them at any length: its "she" is the writer's own
    # mother, as the paper's citation says, not a person a service records.
    own_family = bool(_own_family().search(unquoted))
    if (
        about_someone > MAX_SENTENCES_ABOUT_SOMEONE
        and not (to_a_paper and own_family)
        and not (
            (to_a_paper or own_family)
            and about_someone <= MAX_SHARE_ABOUT_OWN_FAMILY * len(_SENTENCE_END.split(unquoted))
        )
    ):
        return False
    # The places and bodies its signature gives are the writer's own; the writer of the
    # letter it answers, in a letter to a paper, is named where it is cited and may be again.
    names = _signed_places(signature) | (correspondents(unsigned) if to_a_paper else set())
    if public_figures:
        # The people in public life it names by title, and their given names before their
        # surnames ("Sajid Javid" beside "Mr Javid").
        surnames = titled_surnames(unsigned)
        names |= surnames | {
            found.group(1)
            for surname in surnames
            for found in re.finditer(rf"\b([A-Z][a-z'’-]+)\s+{re.escape(surname)}\b", unsigned)
        }
    unsigned = _in_small_letters(unsigned, names)
    return not given_name_repeated(without_quotations(unsigned))
