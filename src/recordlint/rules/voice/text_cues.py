"""What the record's text shows of who a mention is, read from the characters around it:
a record about several people the service supports, the family words that introduce the
person, the person's name cut to initials, and a word that opens a line or a form's field.

These read the whole record's text rather than the parse of one paragraph, and decide
nothing on their own; the record-wide step (:mod:`recordlint.rules.voice.resolve`) asks them
while it tells who each mention is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from recordlint.lexicon import word_list
from recordlint.names import CAPITAL, initials, titles, titles_as_written
from recordlint.rules.voice.facts import Mention, ParagraphVoice, RefKind
from recordlint.rules.voice.lexicon import speech_lexicon
from recordlint.rules.voice.person import PersonIdentity
from recordlint.rules.voice.roles import acronym_terms, role_gender, role_kind
from recordlint.segments import DASHES
from recordlint.text import line_start


# A record about several people the service supports: a visit to a home, a review of a
# scheme. Any of them named without a role is one of the people whose voice it records. The
# group words ("residents", "service users") are a shared word list.
@cache
def about_several_people() -> re.Pattern[str]:
    groups = _served_groups()
    return re.compile(
        r"\b(?:spoke|spoken|talked|chatted|met|asked|interviewed)(?:[ \t]+(?:to|with))?[ \t]+"
        r"(?:(?:\d+|a[ \t]+few|two|three|four|five|six|several|some|other|all|the)[ \t]+)?"
        rf"(?:of[ \t]+the[ \t]+)?(?:{groups})\b",
        re.IGNORECASE,
    )


# The group a home or scheme serves named in the plural ("residents", "tenants"), as a
# record about the move or the care of many of them names them: "Residents + relatives
# mtg", "38 residents, need 6 workers".
@cache
def served_group_named() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_served_groups()})\b", re.IGNORECASE)


def _served_groups() -> str:
    """The ``served_group`` words as a regular expression's alternatives, longest first."""
    return "|".join(
        r"[ \t]+".join(map(re.escape, group.split()))
        for group in sorted(word_list("served_group"), key=len, reverse=True)
    )


# An item of a list of people, one a line: a full name opening the line, perhaps after a
# number or a time, then a dash, a comma or a bracket with an age or a date in it, and what
# the item says of them ("1. Oliver Grant (18 on 22/04/26)", "Kieran Walsh - trial agreed",
# "09:12 Mr T Wolski, 3 Riverside Bungalows - answered"), as panel minutes and rounds of
# calls are written.
@cache
def _listed_item() -> re.Pattern[str]:
    dashes = "".join(re.escape(dash) for dash in sorted(DASHES))
    written = sorted(titles_as_written(), key=lambda t: (-len(t), t))
    title = "|".join(re.escape(t) for t in written)
    return re.compile(
        r"^[ \t]*(?:[-•*][ \t]+)?(?:\d{1,2}[.)][ \t]+|\d{1,2}[:.]\d{2}[ \t]+)?"
        rf"(?:(?P<title>{title})\.?[ \t]+(?:{CAPITAL}\.?[ \t]+)?"
        rf"|(?P<first>{CAPITAL}[^\W\d_]+)[ \t]+)"
        rf"(?P<surname>{CAPITAL}[^\W\d_]+(?:['’-]{CAPITAL}[^\W\d_]+)?)"
        rf"[ \t]*(?:(?P<aged>\((?=[^)\n]*\d))|[{dashes}][ \t]|,)(?P<rest>[^\n]*)$",
        re.MULTILINE,
    )


def listed_people(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The people a record lists one a line, as panel minutes and rounds of calls do, each
    line opening with a full name and going on to say something of them (``_listed_item``):
    their first names and their surnames, lower case. A record lists people only where it
    opens two lines or more so with names of their own; a role after the name ("Jo Hill -
    OT") introduces somebody who works with them, not one of them."""
    lexicon = speech_lexicon()
    firsts: set[str] = set()
    surnames: set[str] = set()
    for match in _listed_item().finditer(text):
        first = match.group("first")
        if any(word.isupper() for word in (first or "", match.group("surname"))):
            continue  # "TRANSITIONS PANEL - MINUTES": a heading in capitals
        words = re.findall(r"[^\W\d_]+", match.group("rest").lower())
        if not (words or match.group("aged")):
            continue
        if len(words) <= 3 and any(role_kind(word, lexicon) for word in words):
            continue  # "Jo Hill - OT", "Sam Lee, district nurse": who somebody is
        if first is not None and (first.lower() in titles() or role_kind(first.lower(), lexicon)):
            continue
        surnames.add(match.group("surname").lower())
        if first is not None:
            firsts.add(first.lower())
    if len(surnames) < 2:
        return frozenset(), frozenset()
    return frozenset(firsts), frozenset(surnames)


# A family word written straight before a name: "about his father, Mr Ramesh Chauhan",
# "Nan Mrs Pearl Dunstan", "re her husband Mr Abdul Begum".
_ROLE_BEFORE_A_NAME = re.compile(r"\b([a-z]+)[ \t]*,?[ \t]*\Z", re.IGNORECASE)


def roles_naming_the_person(
    paragraph_facts: Sequence[ParagraphVoice], who_is: Callable[[Mention], str], text: str
) -> frozenset[str]:
    """The family words the record introduces its person with ("his father, Mr Ramesh
    Chauhan", "Nan Mrs Pearl Dunstan"): written again ("His father told me", "Kyle says nan
    wants to stay put"), they name the person as the relative who rang sees them. Only
    words that give a gender count; "carer" or "friend" before a name may be anybody's."""
    found: set[str] = set()
    for facts in paragraph_facts:
        for mention in facts.mentions:
            if mention.ref.kind is not RefKind.NAME or mention.at is None:
                continue
            if who_is(mention) != "person":
                continue
            before = _ROLE_BEFORE_A_NAME.search(text[max(0, mention.at - 30) : mention.at])
            if before is None:
                continue
            word = before.group(1).lower()
            if role_gender(word) is not None and word in speech_lexicon().relevant_other:
                found.add(word)
    return frozenset(found)


# A name cut to initials as a note writes it: "V.", "G", "V.S.", "KM", standing alone.
_INITIALS = re.compile(r"(?:[A-Z]\.?){1,3}(?![\w'’-])")
# A word written with one or two capitalised words after it, as a name with its surname:
# "Kerry-Ann Doyle", "Kayleigh Marsh", or its surname cut to its initial as a log's title
# gives a resident ("Daily log - Neil A ... NA said"). Read at every word's start,
# overlapping, so each word is tried as a first name.
_WRITTEN_BEFORE_NAMES = re.compile(
    rf"(?<![\w'’-])(?=(?P<first>[^ \t\n]+)"
    rf"(?P<rest>(?:[ \t]+{CAPITAL}[\w'’-]+){{1,2}}|[ \t]+(?!I\b)[A-Z](?![\w'’-])))"
)
# A full name with initials in brackets after it: "Kayleigh Marsh (KM)".
_WRITTEN_WITH_INITIALS = re.compile(
    rf"\b(?=(?P<first>{CAPITAL}[^\W\d_]+)(?P<rest>(?:[ \t]+{CAPITAL}[\w'’-]+){{1,2}})"
    r"[ \t]*\((?P<letters>[A-Z]{1,3})\))"
)


@dataclass(frozen=True, slots=True)
class _FullNames:
    """The names a record writes in full, read once per record for the initials tests:
    the one or two capitalised words written after each word that may be a first name
    (``after``, the word in lower case), and the initials the record sets in brackets
    after a full name when they are that name's (``bracketed``: the first name in lower
    case and the initials, "Kayleigh Marsh (KM)")."""

    after: Mapping[str, tuple[str, ...]]
    bracketed: frozenset[tuple[str, str]]


# Every initials test of a record asks of the same whole text: its full names are read
# once, at the first mention that looks like initials, not again for each.
@lru_cache(maxsize=4)
def _full_names(text: str) -> _FullNames:
    """The names ``text`` writes in full (:class:`_FullNames`)."""
    after: dict[str, list[str]] = {}
    for match in _WRITTEN_BEFORE_NAMES.finditer(text):
        after.setdefault(match.group("first").lower(), []).append(match.group("rest"))
    bracketed = set()
    for match in _WRITTEN_WITH_INITIALS.finditer(text):
        words = (match.group("first"), *match.group("rest").split())
        if match.group("letters") == "".join(word[:1] for word in words):
            bracketed.add((match.group("first").lower(), match.group("letters")))
    return _FullNames({first: tuple(rests) for first, rests in after.items()}, frozenset(bracketed))


def by_initials(
    text: str, at: int | None, person: PersonIdentity, others: frozenset[str] = frozenset()
) -> bool:
    """Whether the word at ``at`` is the person's name cut to initials: their first name's
    ("V." for Valerie, "G" for Gareth) or their first name's and surname's ("KM" for
    Karen Mills, "G.P.E." for Gareth Pryce-Evans), once the record gives the name in full.
    A word the role lexicon knows ("GP", "SW") is a role, never the person's initials; a
    person named by first name alone may share an initial with anybody ("J agreed"), but
    one the record names untitled with a surname ("Tomasz Nowak ... T said") is cut to
    their first name's initial as a titled name is, when nobody else the record names by
    a first name (``others``, their initials) shares it."""
    if at is None or not text or not person.first_names:
        return False
    if at > 0 and (text[at - 1].isalnum() or text[at - 1] in "'’-"):
        return False
    match = _INITIALS.match(text, at)
    if match is None:
        return False
    letters = match.group().replace(".", "")
    if role_kind(letters.lower(), speech_lexicon()) is not None:
        return False
    if person.surname is None:
        # Named by first name: initials the record sets beside the name in full
        # ("Kayleigh Marsh (KM) ... KM says"), or the first name's own initial once the
        # name is given with a surname and no other first name shares it.
        names = _full_names(text)
        if len(letters) > 1:
            return any((first, letters) in names.bracketed for first in person.first_names) or (
                _initials_of_full_name(names, person.first_names, letters)
            )
        initial = letters.lower()
        return initial not in others and any(
            first[:1] == initial and _given_with_a_surname(names, first)
            for first in person.first_names
        )
    surname = initials(person.surname)
    for first in person.first_names:
        if letters == first[:1].upper():
            return True
        if surname and letters == first[:1].upper() + surname:
            return True
    return False


def _given_with_a_surname(names: _FullNames, first: str) -> bool:
    """Whether the record writes the first name with a surname after it ("Tomasz Nowak"),
    a word with a small letter, or a surname in capitals as case systems print it
    ("Margaret OYELARAN"), not an organisation's initials ("Graham ASC")."""
    return any(
        re.search("[a-z]", rest.split()[0]) or surname_in_capitals(rest.split()[0])
        for rest in names.after.get(first, ())
    )


def surname_in_capitals(word: str) -> bool:
    """Whether ``word`` reads as a surname a case system prints in capitals ("PELLOW"):
    four letters or more with a vowel, which the acronyms lexicon does not list."""
    return (
        len(word) >= 4
        and word.isalpha()
        and word.isupper()
        and bool(re.search("[AEIOUY]", word))
        and word not in acronym_terms()
    )


def _initials_of_full_name(names: _FullNames, first_names: frozenset[str], letters: str) -> bool:
    """Whether ``letters`` are the initials of the person's name as the record writes it in
    full, a first name joined with a hyphen counting a letter for each part ("Name:
    Kerry-Ann Doyle ... KA says", "KAD"), or of a first name of two parts alone ("KA")."""
    for first in first_names:
        own = initials(first)
        if len(own) > 1 and letters == own:
            return True
        if any(letters == own + initials(rest) for rest in names.after.get(first, ())):
            return True
    return False


def opens_a_line(text: str, at: int | None) -> bool:
    """Whether only spaces, a bullet or a dash stand before ``at`` on its line, or ``at``
    opens a form's next field on the line, after a tab or a gap of spaces ("Date of
    assessment: 03/03/2026   Date recorded: 10/03/2026")."""
    if at is None or not text:
        return False
    before = text[line_start(text, at) : at]
    return not before.strip(" \t-•*") or before.endswith(("\t", "  "))


_WORD = re.compile(r"[^\W\d_]+")


def only_opens_sentences(text: str, at: int | None) -> bool:
    """Whether the word at ``at`` opens a sentence after another on its line ("Estate was
    noisy again", "Bed made") and the record writes it with its capital nowhere but where
    a line or a sentence opens, never inside one as it would a name ("ex PA Jade Morris"):
    its capital is the sentence's, not a name's."""
    if at is None or not text:
        return False
    begins = line_start(text, at)
    before = text[begins:at].rstrip(" \t")
    if len(before) == at - begins or not before.endswith((".", "!", "?")):
        return False
    word = _WORD.match(text, at)
    if word is None:
        return False
    written = re.escape(word.group())
    for other in re.finditer(rf"(?<![\w'’-]){written}(?![\w'’-])", text):
        opening = text[line_start(text, other.start()) : other.start()].rstrip(" \t")
        if opening.strip("-•* \t") and not opening.endswith((".", "!", "?")):
            return False
    return True
