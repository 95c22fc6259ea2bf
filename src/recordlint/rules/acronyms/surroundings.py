"""What the text just around a word says about it: a capitalised name before it, a number
beside it, a title, a citation's year, a day or month in a date phrase, a span of time, a
heading in capitals. These tests look only at the characters on either side of a word, not
at the word itself or the lexicon's reading of it, so they stand apart as the base of
:class:`~recordlint.rules.acronyms.context.Paragraph`.
"""

from __future__ import annotations

import re
from functools import cache

from recordlint.dates import MONTHS, whole_dates_in_words
from recordlint.inflection import word_forms
from recordlint.lexicon import word_list
from recordlint.rules.acronyms.lexicon import Lexicons, date_words, words
from recordlint.rules.acronyms.shapes import at_sentence_start, is_caps_line
from recordlint.text import line_end, line_start

# Words that stand before letters hiding a name in published reviews ("Adult AB").
_ANONYMISED_LABELS = frozenset(words("Adult Person Child Resident Client Patient Carer"))
_CITED_YEAR = re.compile(r",?[ \t]*(?:1[89]|20)\d\d[a-z]?[);]")
_NAME_BEFORE = re.compile(r"\b([A-Z][\w'’&-]*)[ \t]+\(?$")
_NOT_A_NAME = frozenset(words("the a an in into of to from for and or across throughout within"))
# The word before a day or month (or before an initial) on its line.
WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z]+)\b")
# Another day or month beside one in a list or a range ("Dec/Jan", "Aug to Jan", "Mon,
# Wed"); days only may be parted by a comma alone, as names often are ("Jan, Mar and Sue").
# A day in brackets after a date ("18/10 (Sat)").
_DATE_BEFORE = re.compile(
    r"\b(?P<word>[A-Za-z]+)\.?[ \t]*(?P<comma>,)?(?P<sep>[/–-]|\bto\b)?[ \t]*$"
)
_DATE_AFTER = re.compile(r"\.?[ \t]*(?P<comma>,)?(?P<sep>[/–-]|to\b)?[ \t]*(?P<word>[A-Za-z]+)")
_AFTER_A_DATE = re.compile(r"\d[ \t]*\($")
# A day of the month written as an ordinal ("Thurs 5th am").
_ORDINAL_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)[ \t]+$")
# What closes a clause after a word: a stop, a comma, a semicolon, a closing bracket or the
# line's end ("Will retry am.", "GP visited am, prescribed ...").
_CLAUSE_CLOSE = re.compile(r"[ \t]*(?:[.,;)]|\n|$)")
# "I" a word or two before: "I am.", "I really am." (the verb at a clause's end).
_SPEAKER_BEFORE = re.compile(r"\bI(?:[ \t]+[A-Za-z']+){0,2}[ \t]+$")
# A lower-case word after a word and a space, with a full stop between if any ("v tired",
# "v. agitated"): the word that a shortened "very" strengthens.
_LOWER_WORD_AFTER = re.compile(r"\.?[ \t]+[a-z]")
# A word, a space and an opening bracket: where a side in brackets follows what it is the
# side of ("# NOF (L)").
_BRACKETED_SIDE = re.compile(r"\w[ \t]\($")


class Surroundings:
    """A paragraph's text and the lexicons, with the tests of what stands around a word."""

    def __init__(self, text: str, lexicons: Lexicons) -> None:
        self.text = text
        self.lexicons = lexicons
        self._caps_lines: dict[int, bool] = {}

    def _ends_a_name(self, start: int) -> bool:
        """Whether a capitalised word (not "The" or "In") comes just before ``start`` on its
        line, perhaps with a bracket between: the abbreviation ends a body's name."""
        before = _NAME_BEFORE.search(self.text, max(0, start - 40), start)
        return before is not None and before.group(1).casefold() not in _NOT_A_NAME

    def _cites_an_author(self, start: int, end: int) -> bool:
        """Whether capitals open a bracketed citation by author and year ("(SO, 2001)")."""
        return start > 0 and self.text[start - 1] == "(" and bool(_CITED_YEAR.match(self.text, end))

    def _yes_or_no_option(self, start: int, end: int) -> bool:
        """A lone "Y" or "N" beside the other, a form's yes-or-no options ("Y N", "N / Y")."""
        word = self.text[start:end]
        other = "N" if word == "Y" else "Y"
        after = re.match(r"[ \t]*/?[ \t]*(\w+)(?![\w/])", self.text[end : end + 8])
        before = re.search(r"(?<![\w/])(\w+)[ \t]*/?[ \t]*$", self.text[max(0, start - 8) : start])
        return any(found is not None and found.group(1) == other for found in (after, before))

    def _caps_line(self, position: int) -> bool:
        begins = line_start(self.text, position)
        known = self._caps_lines.get(begins)
        if known is None:
            line = self.text[begins : line_end(self.text, position)]
            known = is_caps_line(line, self.lexicons)
            self._caps_lines[begins] = known
        return known

    def _after_number(self, start: int) -> bool:
        before = self.text[max(0, start - 12) : start]
        return bool(re.search(r"\d\s?$", before))

    def _next_to_number(self, start: int, end: int) -> bool:
        after = self.text[end : end + 4]
        return self._after_number(start) or bool(re.match(r"\.?,?\s?\d", after))

    def _in_a_date_phrase(self, start: int, end: int) -> bool:
        """A day or month that is also a word or a name ("Jan", "Sat") is the date after a
        preposition of time ("reviewed in Jan", "till Jan", "fell on Sun", "there since
        Sun"), beside another day or month in a list or a range ("Dec/Jan", "Mon, Wed and
        Fri", "Aug to Jan") or a day in brackets after a date ("18/10/25 (Sat)"). "Spoke
        to Jan", "on behalf of Jan", "Jan and Mar" and "Jan said" stay quiet: "to", "of",
        "from" and "and" before a month name its person as often as its time."""
        kind = _date_kind(self.text[start:end])
        if kind is None:
            return False
        begins = line_start(self.text, start)
        before = self.text[begins:start]
        previous = WORD_BEFORE.search(before)
        leads = word_list("month_preposition" if kind == "month" else "weekday_preposition")
        if previous is not None and previous.group(1).lower() in leads:
            return True
        if kind == "day" and _AFTER_A_DATE.search(before):
            return True
        for found in (_DATE_BEFORE.search(before), _DATE_AFTER.match(self.text, end)):
            if found is None or _date_kind(found.group("word")) != kind:
                continue
            if found.group("sep") or (found.group("comma") and kind == "day"):
                return True
        return False

    def _part_of_a_named_day(self, start: int) -> bool:
        """ "am" or "pm" after a word that names the day ("this pm", "tomorrow am", "Fri pm",
        "(Sun AM)", "Thurs 5th am"): the morning or the afternoon of that day, written in
        note shorthand. Beside a number it is a clock time ("9am"), and elsewhere it may be
        the verb ("I am") or a call's name, which the lexicon entries leave as before."""
        before = self.text[max(0, start - 20) : start]
        if _ORDINAL_DAY.search(before):
            return True
        previous = WORD_BEFORE.search(before)
        if previous is None:
            return False
        word = previous.group(1)
        return word.casefold() in word_list("day_reference") or _date_kind(word) == "day"

    def _part_of_the_day_closing_a_clause(self, start: int, end: int) -> bool:
        """ "am" or "pm" in lower case as the last word of its clause ("Will retry am.",
        "GP visited am, prescribed ...", "Sleepy pm."): when in the day, in note shorthand.
        "I am." and "I really am." are the verb; in capitals after a sentence's end it is
        more often a worker's initials signing the entry ("... all help. PM")."""
        word = self.text[start:end]
        if not word.islower() or _CLAUSE_CLOSE.match(self.text, end) is None:
            return False
        begins = line_start(self.text, start)
        if begins == start:
            return False  # a line of its own: a heading or a signature, not a clause's end
        return _SPEAKER_BEFORE.search(self.text, begins, start) is None

    def _strengthens_the_next_word(self, start: int, end: int, opened: str) -> bool:
        """A single letter standing for "very" before the word it strengthens ("Carol v
        angry", "v. little input", "V distressed on phone" opening a sentence). Not an
        initial after a title ("Mrs V Gough") or with its full stop ("V. told me"), a
        numbered item in brackets ("(v) the"), or a capital inside a sentence ("contact V
        or", in a text that calls someone V)."""
        if _LOWER_WORD_AFTER.match(self.text, end) is None or "(" in opened:
            return False
        if self.text[start:end].isupper() and (
            not self._at_sentence_start(start) or self.text[end : end + 1] == "."
        ):
            return False  # "V. told me": a capital with its full stop is an initial
        return not self._after_title(start)

    def _names_a_side(self, start: int, end: int) -> bool:
        """A capital "L" or "R" standing for left or right: before the part of the body or
        the side it names ("L ear", "bruise R upper arm", "L sided weakness", "R BKA": the
        ``body_side`` word list, an acronym there in capitals), or alone in brackets after
        a word ("# NOF (L)", "fractured wrist (R)"). Not an initial: one with its full stop
        ("R. Okafor"), one after a title ("Mrs L Gough") or one before a name ("L
        Brannigan")."""
        opened = _BRACKETED_SIDE.search(self.text[max(0, start - 3) : start])
        if opened is not None and self.text[end : end + 1] == ")":
            return True
        after = _WORD_AFTER.match(self.text, end)
        if after is None or self._after_title(start):
            return False
        named = after.group(1)
        sides = word_list("body_side")
        return named in sides or (named.isupper() and named.casefold() in sides)

    def _after_a_saying_verb(self, start: int) -> bool:
        """Whether the word before ``start`` is a form of a verb of saying ("said", "replies":
        the ``reporting_verb`` list), after which "no." is the answer, not "number"."""
        begins = line_start(self.text, start)
        previous = WORD_BEFORE.search(self.text, begins, start)
        return previous is not None and previous.group(1).lower() in _saying_verb_forms()

    def _opens_a_period(self, start: int) -> bool:
        """Whether the word before ``start`` opens a span of time ("in", "within", "last":
        the ``period_preposition`` word list)."""
        begins = line_start(self.text, start)
        previous = WORD_BEFORE.search(self.text, begins, start)
        return previous is not None and previous.group(1).lower() in word_list("period_preposition")

    def _closes_a_period(self, end: int) -> bool:
        """Whether the word after ``end`` closes a span of time ("ago": the
        ``period_postposition`` word list)."""
        following = _WORD_AFTER.match(self.text, end)
        return following is not None and following.group(1).lower() in word_list(
            "period_postposition"
        )

    def _after_title(self, start: int) -> bool:
        previous = re.search(r"(\S+)\s+$", self.text[max(0, start - 12) : start])
        if previous is None:
            return False
        word = previous.group(1).rstrip(".")
        return word in self.lexicons.titles or word in _ANONYMISED_LABELS

    def _at_sentence_start(self, start: int) -> bool:
        return at_sentence_start(self.text, start)


@cache
def _saying_verb_forms() -> frozenset[str]:
    """Every form of the verbs of saying ("say", "said", "says", "saying")."""
    return frozenset(form for verb in word_list("reporting_verb") for form in word_forms(verb))


@cache
def _date_kinds() -> dict[str, str]:
    """Every day and month the date-abbreviation lexicon and the date reader know, in full
    and shortened, casefolded: "month" or "day"."""
    kinds = dict.fromkeys(MONTHS, "month")
    for term, date_word in date_words().items():
        kind = "month" if date_word.expansion.casefold() in MONTHS else "day"
        kinds[term.casefold()] = kind
        kinds[date_word.expansion.casefold()] = kind
    return kinds


def _date_kind(word: str) -> str | None:
    """ "month" or "day" for a month or a day of the week, in full or shortened ("Jan",
    "January", "Weds", "Wednesday"), else None."""
    return _date_kinds().get(word.casefold())


# What may open a line before the date that heads it: a list marker, a label and its colon
# ("Call received:", "Contact date:") or a capitalised word or two ("Contact", "Home
# visit"). Between two dates of one line: a dash, a gap, a semicolon or a bar, then the
# same or a lower-case word or two ("- recorded", "   Entered:").
_LABEL_WORDS = r"(?:[A-Za-z][A-Za-z'’ ]{0,30}:[ \t]*|[A-Z][a-z]+(?:[ \t]+[a-z]+)?[ \t]+)"
_OPENS_LINE = re.compile(rf"[ \t]*(?:[-*•][ \t]+)?{_LABEL_WORDS}?")
_BETWEEN_DATES = re.compile(
    rf"[ \t]*(?:[–—-]|[ \t]{{2,}}|[;|]|\bto\b)?[ \t]*(?:{_LABEL_WORDS}|[a-z]+[ \t]+)?"
)


def in_a_dated_heading(text: str, start: int, end: int) -> bool:
    """Whether the day or month at [start, end) is part of a whole date that heads its line
    (the date reader's :func:`recordlint.dates.whole_dates_in_words`): the line opens with
    it, or with a label or a word or two and then it ("Call received: Fri 20/11/2026 09:42",
    "Contact 18 Mar 26", "Wed 11th March - Home visit to ..."), or it follows such a date on
    the line ("- recorded 19 Mar 26", "   Entered: 23 Jan 2026"). A record's date stamp,
    written as the case system or the team writes dates, rather than a date in the note's
    sentences."""
    begins = line_start(text, start)
    line = text[begins : line_end(text, end)]
    heads_from = 0
    opening = True
    for date in whole_dates_in_words(line):
        lead = _OPENS_LINE if opening else _BETWEEN_DATES
        if not lead.fullmatch(line, heads_from, date.start):
            return False
        if date.start <= start - begins < date.end:
            return True
        heads_from, opening = date.end, False
    return False


# An email's subject line and the reply and forward prefixes its program put before the
# subject, each a short word and a colon ("Subject: RE: FW: Mr Khan").
_SUBJECT_PREFIXES = re.compile(
    r"[ \t]*subject[ \t]*:[ \t]*(?P<prefixes>(?:[A-Za-z]{1,4}[ \t]*:[ \t]*)+)", re.IGNORECASE
)


def in_a_subject_prefix(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is one of the prefixes an email program puts before a subject
    when a message is answered or passed on ("Subject: RE: Kofi Mensah", "Subject: FW: RE:
    ..."): the program wrote it, not the writer. A letter's own "Re:" line is the writer's."""
    begins = line_start(text, start)
    line = _SUBJECT_PREFIXES.match(text, begins)
    return line is not None and line.start("prefixes") <= start and end <= line.end("prefixes")
