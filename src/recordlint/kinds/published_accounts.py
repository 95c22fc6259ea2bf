"""Accounts a publisher frames in their writer's own words: a carer's or relative's account
quoted at length in paragraphs of its own (:func:`is_quoted_own_account`), a story told as
"I" around a conversation set out line by line (:func:`told_with_its_dialogue`), and a
professional's published account of their working days under a diary's title or a
publisher's introduction (:func:`is_published_account_of_work`); and, told in the
publisher's own words, a story about someone under a headline
(:func:`told_under_a_headline`) and a working day under a diary's title
(:func:`told_of_a_working_day`).

They stand apart from ``own_accounts`` because they are known by how the publication
frames the text (its quotations, its dialogue lines, its title and byline) rather than by
the writer's own words alone; they use the diary title and the paragraph test from there.
"""

from __future__ import annotations

import re

from recordlint.kinds.cues import (
    only_paragraphs_after_title,
    own_life_pattern,
)
from recordlint.kinds.forms import is_form_title, names_a_contact, title_span
from recordlint.kinds.own_accounts import DIARY_TITLE, is_paragraph
from recordlint.kinds.people import (
    FIRST_PERSON,
    MIN_FIRST_PERSON_SHARE,
    MIN_OWN_LIFE_MENTIONS,
    WORD,
    first_person,
    given_name_repeated,
    named_person_repeated,
    without_quotations,
)
from recordlint.text import line_start, quote_spans, running_quote_spans

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
    begins = line_start(text, start)
    return len(text[begins:start].strip()) == 1


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
    start = next((i for i, line in enumerate(lines) if i and is_paragraph(line)), len(lines))
    head, body = lines[:start], lines[start:]
    if not body or not all(is_paragraph(line) for line in body):
        return False
    if (DIARY_TITLE.match(first) and len(head) <= 2) or any(map(_hands_over, head[1:])):
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


def told_of_a_working_day(text: str, first: str) -> bool:
    """A working day told by its publisher, not by the one who worked it: under a title
    that calls it a diary of a job ("A Day in the Life of a Homecare Assistant"), with no
    "I" outside its quotations. An agency tells its worker's day in the third person for
    would-be recruits ("We've recently spoken to Rhys ... Rhys arrives at his first
    client's house"), or a post tells the job's round in general ("the carer would ...").
    Neither is a note about a person, though the worker is named again and again: a record
    never stands under such a title, and the worker who writes up their own day says "I"
    (:func:`is_published_account_of_work`)."""
    if not DIARY_TITLE.match(first):
        return False
    return not first_person(without_quotations(text)).singular


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


# What a record's title carries and a headline does not: a date or a number, a label before
# a colon, a name or a date set off after a dash ("Reablement visit - Ms Adeyemi").
_RECORD_TITLE_MARK = re.compile(r"\d|:|\s[-–—]\s")


def told_under_a_headline(text: str) -> bool:
    """A story a publisher tells about someone in the third person, under a headline and in
    paragraphs alone ("Sharing family life", "Rosemary"): a charity's or a magazine's
    account of someone's life and the services they met, told for readers who never met
    them, the publisher speaking as "we" if at all. A record's title names the contact or
    the form ("Home visit", "Six week review"), carries a date, a label or a name after a
    dash, is printed in capitals as a case system prints it, or is a note's first sentence
    with its full stop; a record names its person by title again and again ("Mrs
    Pollard"); and a worker who writes up their own work with someone says "I" ("When I
    first met Susan"), which the tests of first-person accounts read instead."""
    span = title_span(text)
    if span is None or named_person_repeated(text):
        return False
    if first_person(without_quotations(text)).singular:
        return False
    title = text[span[0] : span[1]].strip()
    if title.isupper() or title.endswith(".") or _RECORD_TITLE_MARK.search(title):
        return False
    if names_a_contact(title) or is_form_title(title):
        return False
    return only_paragraphs_after_title(text)
