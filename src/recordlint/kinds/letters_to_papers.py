"""A letter written to a newspaper, read by the ways papers print their readers' letters: it
greets the editor, speaks to the paper of what it printed, cites the item it answers with
the day that item ran (by date, or by the paper's page and a day told from the letter's own,
"(News, last week)"), is set in the paper's house style for its readers' letters or calls
itself an open letter (:func:`written_to_a_paper`); it may be signed with its writer's
street under their name (:func:`signed_with_a_street`), dated below its signature
(:func:`dated_line`), and name again the writer of the
letter it answers (:func:`correspondents`). These tests read how a paper prints a letter,
not what the letter says of anyone, so they stand apart from ``public_letters``, which asks
them.
"""

from __future__ import annotations

import re
from functools import cache

from recordlint.dates import MONTHS
from recordlint.kinds.correspondence import SALUTATION
from recordlint.kinds.cues import alternatives, first_line
from recordlint.kinds.own_accounts import is_paragraph

# Above a letter to a paper: its headline, the day it was published or its writer's name,
# and "Dear Editor".
MAX_PAPER_LETTER_HEAD_LINES = 3


# A letter to a paper says whom it is to, in one of the ways papers print their readers'
# letters: it greets the editor ("Dear Editor", or "SIR -" at the head of its first
# paragraph), speaks to the paper of what the paper printed ("your article", "your
# readers"), or cites the item it answers by the paper's name or page and the day it ran
# ("(The Hunts Post, August 8)", "(Letters, Wednesday, December 10)", "'Delivering a
# service', Times talk, November 10", "('Centres closure feared', September 27)",
# "(Rochdale Online), 10 January 2017", "in the edition of May 10"). A service's letter or
# a worker's note does none of these: on the tuning splits and the development batches,
# only readers' letters to papers do.
_TO_THE_EDITOR = re.compile(r"^(?:dear\s+(?:the\s+)?editor\b|sir\s*[-–—,:])", re.IGNORECASE)
_WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+"
# A headline cited without its quotation marks runs to at least this many words: a
# bracket's short aside before a date ("(seen, March 3)") is not one.
MIN_HEADLINE_WORDS = 4
# A letter that calls itself open on its first line ("Open letter to ...", "Open email to
# the Director ...") is written to be printed for the public, as a reader's letter to a
# paper is; a service's letter to a person, or a note, never calls itself so.
_OPEN_LETTER = re.compile(r"^(?:an\s+)?open\s+(?:letter|e-?mail)\b", re.IGNORECASE)


# The day an item ran, told from the day the letter was written: "(News, last week)",
# "(Letters, yesterday)", "(Comment, last Sunday)". Only inside a bracket that cites the
# paper's page by its name, as papers print the item a letter answers.
_RELATIVE_DAY = (
    r"(?:last|this)\s+(?:week|month|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|yesterday"
)


@cache
def _issue_date() -> str:
    """A day and month as a paper dates an item or a letter ("November 10", "Wednesday,
    December 10", "5 October")."""
    # Each month by its full name, the longest of its spellings ("May", "September").
    full_names = {number: max((n for n, m in MONTHS.items() if m == number), key=len)
                  for number in set(MONTHS.values())}  # fmt: skip
    months = "|".join(name.capitalize() for name in full_names.values())
    return rf"(?:{_WEEKDAY_NAME})?(?:(?:{months})\s+\d{{1,2}}\b|\d{{1,2}}\s+(?:{months})\b)"


@cache
def _to_a_paper_pattern() -> re.Pattern[str]:
    press = alternatives("press")
    issue_date = _issue_date()
    headline = rf"[A-Z][a-z'’-]*(?:\s+[A-Za-z'’-]+){{{MIN_HEADLINE_WORDS - 1},}}"
    # The paper's name or page, a word of its own after it at most ("Times talk"), then the
    # day the item ran; or what the paper printed, then "of" and the day.
    return re.compile(
        rf"\b(?:{alternatives('masthead')})(?:\s+[a-z]+)?\)?,\s*{issue_date}"
        rf"|\b(?i:{press})\s+of\s+{issue_date}"
        # The paper's page and the day its item ran, told from the letter's own day.
        rf"|\(\s*(?:{alternatives('masthead')}),\s*(?i:{_RELATIVE_DAY})\s*\)"
        # The headline it answers, in quotation marks, and the day: "('Centres closure
        # feared', September 27)"; or without them, a capitalised run of words of its own
        # in the bracket, with no figure before the day: "(Councils turn backs on care
        # for older people, November 22)".
        rf"|\(\s*['‘\"“][^()]*?['’\"”],\s*{issue_date}\s*\)"
        rf"|\(\s*{headline},\s*{issue_date}\s*\)"
        rf"|\b[Yy]our\s+(?i:{press})(?![\w-])"
    )


# A paper prints its readers' letters in its own house style, which a letter sent to a
# person or a worker's note never takes: a headline labelled with the column it stands in
# ("LETTER: A move is hard on the very old", "Letter: Who answers the phone?"), on the
# text's first line; or the first word or two of the letter set in capitals ("HAVING
# read last week's letter ...", "WE are told that ...", "I HAVE visited ..."), opening
# the text's first paragraph, with at most a headline and a byline (lines with no
# figures: no date, time or reference) above it.
_COLUMN_LABEL = re.compile(r"^letters?\s*:\s*\S", re.IGNORECASE)
_OPENED_IN_CAPITALS = re.compile(
    r"^(?P<capitals>(?:[A-Z]+(?:['’][A-Z]+)?[ \t]+){1,2})(?:[a-z]+[’']?[a-z]*[ \t]+){2}[a-z]"
)
# The words in capitals are ordinary words ("HAVING", "WE", "I HAVE"), not a note's
# shorthand, and at least one of them is longer than "I" or "A".
MIN_CAPITALS_LETTERS = 2


def _house_style(text: str) -> bool:
    """Whether ``text`` is printed as a paper prints a reader's letter: under its column's
    label, or with its first words set in capitals."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and _COLUMN_LABEL.match(lines[0]):
        return True
    from recordlint.spellcheck import SpellChecker

    for line in lines[: MAX_PAPER_LETTER_HEAD_LINES + 1]:
        if not is_paragraph(line):
            if any(ch.isdigit() for ch in line):
                return False
            continue
        opening = _OPENED_IN_CAPITALS.match(line)
        if opening is None:
            return False
        capitals = opening.group("capitals").split()
        if max(len(word) for word in capitals) < MIN_CAPITALS_LETTERS:
            return False
        checker = SpellChecker.default()
        return all(checker.is_correct(word.lower()) for word in capitals)
    return False


# A reader's letter may open on a reference line, as a letter does, that names the report it
# answers and the day that report ran, in brackets after it, the month perhaps shortened
# and the year left out, as the paper printed it days before ("RE: DISABLED made to hand
# over half of their disability allowance ... (Feb 2)."). A service's reference line names
# the person or the case, with a reference number or a whole date, not an item and its day.
_REFERENCE_OPENER = re.compile(r"^re\b\s*:?\s+", re.IGNORECASE)


@cache
def _cited_day() -> re.Pattern[str]:
    """The day an item ran, in brackets closing its line ("(Feb 2)", "(2 February)."): a
    day and a month, by its name or shortened, and no year."""
    months = "|".join(sorted(MONTHS, key=len, reverse=True))
    month = rf"(?:{months})\.?"
    return re.compile(
        rf"\(\s*(?:{month}\s+\d{{1,2}}|\d{{1,2}}\s+{month})\s*\)\s*[.:]?$", re.IGNORECASE
    )


def _opens_on_the_item_it_answers(text: str) -> bool:
    """Whether the first paragraph of ``text``, under at most a headline and a byline, is a
    reference line on the item the letter answers, with the day it ran: "RE: <the
    report's words> (Feb 2).". A letter that greets a person by name is theirs to read,
    not the paper's."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines[: MAX_PAPER_LETTER_HEAD_LINES + 1]:
        if SALUTATION.match(line) and not _TO_THE_EDITOR.match(line):
            return False  # "Dear Mrs Pollard": a letter to a person, whatever its "Re:" says
        if not is_paragraph(line):
            continue
        opener = _REFERENCE_OPENER.match(line)
        if opener is None:
            return False
        cited = _cited_day().search(line)
        if cited is None:
            return False
        item = line[opener.end() : cited.start()].split()
        return len(item) >= MIN_HEADLINE_WORDS
    return False


def written_to_a_paper(text: str) -> bool:
    """Whether ``text`` greets a paper's editor, speaks to the paper of what it printed,
    cites the paper's item it answers with the day that item ran (by the paper's name, or
    by the item's headline, quoted or not), is printed in a paper's house style for its
    readers' letters (under the column's label, or with its first words in capitals),
    opens on a reference line naming the report it answers and the day it ran ("RE: ...
    (Feb 2)."), or calls itself an open letter on its first line, written to be printed as
    a reader's letter is."""
    if any(_TO_THE_EDITOR.match(line.strip()) for line in text.splitlines()):
        return True
    if _OPEN_LETTER.match(first_line(text)):
        return True
    if _opens_on_the_item_it_answers(text):
        return True
    return bool(_to_a_paper_pattern().search(text)) or _house_style(text)


# A reader's letter signed as a paper prints it: the writer's name on one line and their
# street on the next, with their town after a comma at most ("Sharron Howard" over
# "Buckley Lane"; "D. Belcher" over "Twyford Gardens, Worthing"). A service's letter is
# signed with its writer's name and job, its address at its head; a note with a worker's
# name and role. The street has no house number: a body's address in a footer has its
# number and postcode.
_NAME_LINE = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},?$")


@cache
def _street_line() -> re.Pattern[str]:
    place = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
    return re.compile(rf"^(?:[A-Z][\w'’-]*\s+)+(?:{alternatives('street')})\.?(?:,\s*{place})?\.?$")


# Below a letter's signature, the day it was written, alone on its line ("5 October",
# "October 5, 2024"): a date a paper prints under a reader's letter, not a line of the
# signature.
@cache
def _dated_line() -> re.Pattern[str]:
    return re.compile(rf"^{_issue_date()}(?:,?\s+\d{{4}})?\.?$")


def dated_line(line: str) -> bool:
    """Whether ``line`` is a day and month alone, with its year at most."""
    return bool(_dated_line().match(line.strip()))


def signed_with_a_street(signature: list[str]) -> bool:
    """Whether a letter's signature (its last lines, in order) ends with its writer's name
    over their street."""
    return (
        len(signature) >= 2
        and bool(_street_line().match(signature[-1]))
        and bool(_NAME_LINE.match(signature[-2]))
    )


# A reader's letter may answer another reader's letter or a paper's article, naming its
# writer where it cites it ("the letter from Matthew Jenkins", "Terry Longworth's letter")
# and again by a first name later ("the meeting Matthew mentioned"): the writer answered,
# not a person the letter is about.
_NAME = r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}"
_CORRESPONDENT = re.compile(
    rf"\b(?:letter|article|column|comments?)\s+(?:from|by)\s+(?P<after>{_NAME})"
    rf"|(?P<before>{_NAME})['’]s?\s+(?:letter|article|column|comments|criticism)\b"
)


def correspondents(text: str) -> set[str]:
    """The words of the names of the writers ``text`` answers."""
    return {
        word
        for found in _CORRESPONDENT.finditer(text)
        for word in (found.group("after") or found.group("before")).split()
    }
