"""Who a text speaks of and who speaks in it, outside its quotations.

The writer's "I" and "we", the reader's "you", anyone spoken of as "he" or "she", a titled
or anonymised name ("Mrs Pollard", "Mr X") and a given name that comes back ("told Sam"):
the questions the own-account, professional-prose and letter tests all ask of a text. The
quotations are set aside once per text.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from recordlint.dates import MONTHS
from recordlint.lexicon import word_list
from recordlint.names import COURTESY_TITLE, initials, person_field_label
from recordlint.text import quote_spans

# Anonymised people, as decisions and reviews name them: "Mrs X", "Mr Y", "Adult A". A
# title's initial before a surname is a name written short, not a name withheld ("Mrs P
# Doyle").
_ANONYMISED = re.compile(
    rf"\b(?:(?P<title>{COURTESY_TITLE})\s+(?P<initial>[A-Z])(?![\w.])(?![ \t]+[A-Z][a-z])"
    r"|(?:Adult|Person)\s+[A-Z](?![\w.]))"
)
# A titled name, with the surname apart so "Mr Kevin Doyle", "Mrs P Doyle" and "Mr Doyle"
# are one person.
_TITLED_NAME = re.compile(
    rf"\b(?P<title>{COURTESY_TITLE})\.?\s+(?:[A-Z][a-z]+\s+|[A-Z]\.?[ \t]+)?"
    r"(?P<surname>[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)\b"
)
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll"})
# The writer's "I" as the subject of what they say, apart from "my" and "me", which a
# formula may carry ("my Rt Hon. Friend", a minister's name for a colleague).
FIRST_PERSON_SUBJECT = frozenset({"i", "i'm", "i've", "i'd", "i'll"})
FIRST_PERSON_PLURAL = frozenset(
    {"we", "us", "our", "ours", "ourselves", "we're", "we've", "we'd", "we'll"}
)
EXCERPT_WORDS = 200
# The person's own account: at least this share of first-person words, and "my" before the
# things of their own life at least this often.
MIN_FIRST_PERSON_SHARE = 0.025
MIN_OWN_LIFE_MENTIONS = 2
# The words that speak to the reader.
SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves"})


def anonymised(text: str) -> bool:
    """Whether ``text`` names someone only as a title and a letter ("Mrs X", "Adult A"), as
    decisions and reviews withhold a name. A record that names its person in full and then
    shortens the surname to its initial ("Mrs Edna Tregarthen ... Mrs T") withholds nothing."""
    surnames = {m.group("title") + m.group("surname")[0] for m in _TITLED_NAME.finditer(text)}
    return any(
        found.group("title") is None
        or found.group("title") + found.group("initial") not in surnames
        for found in _ANONYMISED.finditer(text)
    )


def titled_surnames(text: str) -> set[str]:
    """The surnames ``text`` gives with a courtesy title ("Mr Javid")."""
    return {m.group("surname") for m in _TITLED_NAME.finditer(text)}


def named_person_repeated(text: str) -> bool:
    """A record is about someone: the same titled name comes back ("Mrs Pollard"), or a
    header field names the person and the text speaks of them by that first name again
    ("Name: Tom Gallagher ... Tom wants to come home")."""
    surnames = [m.group("surname") for m in _TITLED_NAME.finditer(text)]
    return any(surnames.count(name) >= 2 for name in set(surnames)) or _named_in_a_field(text)


# A header field giving whom a record is about, by a name with a capital after the label:
# "Name: Tom Gallagher", "Adult: Kerry-Ann Doyle", "Client: Dean Fairclough", the labels
# the person's-voice rule reads too (the shared word list ``person_field_label``). A form's
# field left for the reader ("Name: ____") or explained ("Name: the person's full name")
# gives no name.
@cache
def _person_field() -> re.Pattern[str]:
    return re.compile(
        rf"^[ \t]*(?i:{person_field_label()})[ \t]*:[ \t]*"
        r"(?P<first>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
        r"(?P<rest>(?:[ \t]+[A-Z][a-z]+(?:['’-][A-Z][a-z]+)?){0,2})\b",
        re.MULTILINE,
    )


# The field's person must come back this often after it, by their first name or by their
# initials, as minutes and logs write them ("Tom wants ...", "KA attending"): a record
# speaks of its person.
MIN_FIELD_NAME_REPEATS = 2


def _named_in_a_field(text: str) -> bool:
    for field in _person_field().finditer(text):
        first = field.group("first")
        ways = {first}
        if field.group("rest"):
            given = initials(first)
            ways |= {given + initials(field.group("rest"))} | ({given} if len(given) > 1 else set())
        after = text[field.end() :]
        again = sum(len(re.findall(rf"\b{re.escape(way)}\b", after)) for way in ways)
        if again >= MIN_FIELD_NAME_REPEATS:
            return True
    return False


# Someone spoken of in the third person: a record is about a person, and says "he" or "she"
# of them, or names them by title, within its first couple of hundred words.
THIRD_PERSON_SINGULAR = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})


def about_no_one(text: str) -> bool:
    """A text of some length that speaks of no one as "he" or "she" and names no one by
    title ("Mrs Pollard", "Mr X"): it tells of no one person, as a note about someone
    does. Guidance and policies speak of "the person" and "they"; a carer's own account of
    a group speaks of "us" and "our loved ones"."""
    words = [w.casefold() for w in WORD.findall(without_quotations(text))]
    if len(words) < EXCERPT_WORDS:
        return False
    if any(w in THIRD_PERSON_SINGULAR for w in words):
        return False
    return not (_TITLED_NAME.search(text) or anonymised(text))


def addressed_to_no_one(text: str) -> bool:
    """Whether a text says neither "I" nor "you" and names no one by a given name again and
    again: an assessment or a plan is written about someone, or to them."""
    unquoted = without_quotations(text)
    words = {w.casefold() for w in WORD.findall(unquoted)}
    if words & SECOND_PERSON or first_person(unquoted).singular:
        return False
    return not given_name_repeated(unquoted)


# A capitalised word inside a sentence, after a lower-case word or a comma: where a name
# stands, rather than where any word takes a capital at a line's or a sentence's start. A
# saint's name is a place's ("St Michael's Day Centre", "at St Michael's"), not a person's.
_MID_SENTENCE_CAPITALISED = re.compile(r"(?<=[a-z,;] )(?<!\bSt )([A-Z][a-z]+)\b")
MIN_NAME_REPEATS = 2
# Names of months and days take a capital the dictionary keeps ("Published in October 2021
# issue of ..."): a date's, not a person's.
_CALENDAR_NAMES = frozenset(MONTHS) | frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)


def given_name_repeated(text: str) -> bool:
    """Whether a capitalised word that is no English word in lower case comes back inside
    sentences ("with Sam", "told Sam"): a name, where "Council", "Carers" or "Advocate"
    are ordinary words with a capital, "October" or "Monday" a date's, and "Brookfield" in
    "Brookfield Lodge care home" a place's. Asked only of
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
# What a place's name may stand before in small letters: the kind of place, after the
# kind of service it gives at most ("Brookfield Lodge care home", "Elm Court home").
_WORDS_AFTER = re.compile(r"[ \t]+(?P<first>[a-z]+)\b(?:[ \t]+(?P<second>[a-z]+)\b)?")


def _kind_of_place_after(text: str, at: int) -> bool:
    after = _WORDS_AFTER.match(text, at)
    if after is None:
        return False
    places = word_list("organisation") | word_list("home")
    if after.group("first") in places:
        return True
    return after.group("first") in word_list("service") and after.group("second") in places


def _in_an_organisations_name(text: str, word: str) -> bool:
    """Whether a capitalised word is a place in a body's name wherever it stands: each use
    runs on in capitals ("Redcar and Cleveland Council", "Cleveland Adult Social Care"),
    and one of those runs reaches a body's noun ("Council") or stands before the kind of
    place it names in small letters ("Brookfield Lodge care home"). A person's name ("told
    Sam", "with Sam Jones") does not."""
    reaches_a_body = False
    for found in re.finditer(rf"(?<![\w'’-]){re.escape(word)}\b", text):
        run = _CAPITALISED_RUN_AFTER.match(text, found.end())
        if run is None:
            return False
        if any(w.casefold() in word_list("organisation") for w in run.group().split()):
            reaches_a_body = True
        if _kind_of_place_after(text, run.end()):
            reaches_a_body = True
    return reaches_a_body


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


def first_person(unquoted: str) -> _FirstPerson:
    """The first person of ``unquoted``, a text with its quotations already set aside."""
    words = [w.casefold().replace("’", "'") for w in WORD.findall(unquoted)]
    singular = sum(1 for w in words if w in FIRST_PERSON)
    plural = sum(1 for w in words if w in FIRST_PERSON_PLURAL)
    third = sum(1 for w in words if w in THIRD_PERSON_SINGULAR)
    return _FirstPerson(singular, plural, len(words), third)


def says_i(unquoted: str) -> int:
    """How often ``unquoted`` (a text with its quotations set aside) says "I" as the subject
    of what it says ("I agree", "I've"), not "my" or "me" alone."""
    return sum(
        1 for w in WORD.findall(unquoted) if w.casefold().replace("’", "'") in FIRST_PERSON_SUBJECT
    )


# Kind inference asks several questions of the same text outside its quotations (own
# account, speaking to its reader): the quotations are found once per text.
@lru_cache(maxsize=8)
def without_quotations(text: str) -> str:
    kept, at = [], 0
    for start, end in quote_spans(text, lost_marks=False):
        kept.append(text[at:start])
        at = end
    kept.append(text[at:])
    return " ".join(kept)
