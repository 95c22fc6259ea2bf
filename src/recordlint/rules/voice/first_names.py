"""The first names that tell the person from others: the name a record uses for a person it
titles without one, the person of a record that names them by first name only, and the
first names introduced with a role or a relation, which are somebody else.

Apart from :func:`identify_person` because it weighs first names, where that weighs
titled names and takes the first-name person only when it wins.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from recordlint.lexicon import load_lexicon
from recordlint.names import (
    CAPITAL,
    an_ordinary_compound,
    is_professional_title,
    only_an_ordinary_word,
    titles,
)
from recordlint.rules.voice.cued_names import person_field_names
from recordlint.rules.voice.facts import ParagraphVoice, Ref, RefKind
from recordlint.rules.voice.lexicon import speech_lexicon
from recordlint.rules.voice.name_keys import NameKey, key, titled
from recordlint.rules.voice.names import at
from recordlint.rules.voice.roles import about_somebodys_relative, clean, role_kind
from recordlint.text import line_start


def known_as(first: str, text: str) -> set[str]:
    """The name given in brackets after a first name, that the record goes on to use:
    "Leonard (Len) Gibbs" is Len; and the name the person is known as, given after their
    full name: "Joseph Loveridge, known as Joe", "Edward Hollis (known as Teddy)"."""
    capital = re.escape(first[:1].upper() + first[1:])
    bracketed = rf"\b{capital}[ \t]+\(({CAPITAL}[^\W\d_]+)\)"
    surnames = rf"(?:[ \t]+{CAPITAL}[^\W\d_]*(?:['’-]{CAPITAL}[^\W\d_]*)?){{1,2}}"
    called = (
        rf"\b{capital}{surnames}[ \t]*(?:,[ \t]*|\([ \t]*)known[ \t]+as[ \t]+"
        rf"[\"“'‘]?({CAPITAL}[^\W\d_]+)"
    )
    return {
        clean(match.group(1))
        for pattern in (bracketed, called)
        for match in re.finditer(pattern, text)
    }


def lone_first_name(
    paragraph_facts: Sequence[ParagraphVoice],
    roles: dict[NameKey, str],
    text: str,
    surname: str,
) -> set[str]:
    """The first name of a person the record titles without one ("DSW visit - Mrs
    Kowalczyk ... Popped in to meet Edna ... Edna is a real character"): the one first
    name written more than once that no role, relative or worker claims, and never with
    another surname ("SW Aisha Rahman"), where there is only one such name. A name written
    once counts where the titled name gives its initial ("Client: Mrs E Larwood ... Edna
    was sat in her chair") and it is the only such name with that initial."""
    claimed: set[str] = set()
    counts: Counter[str] = Counter()
    for facts in paragraph_facts:
        for mention in facts.mentions:
            if mention.ref.kind is RefKind.NAME and (
                roles.get(key(mention)) or is_professional_title(mention.title)
            ):
                claimed.update(mention.first)
            elif mention.ref.kind is RefKind.FIRST:
                if mention.role:
                    claimed.add(mention.ref.name)
                else:
                    counts[mention.ref.name] += 1
    names = [
        name
        for name, count in counts.items()
        if name not in claimed
        and not only_an_ordinary_word(name)
        and not _an_ordinary_word(name, text)
    ]
    if len(names) != 1 or counts[names[0]] < 2:
        initials = _initials_written(text, surname)
        names = [name for name in names if name[:1] in initials]
        if len(initials) != 1 or len(names) != 1:
            return set()
    capital = names[0][:1].upper() + names[0][1:]
    for written in re.finditer(rf"\b{re.escape(capital)}[ \t]+({CAPITAL}[\w'’-]+)", text):
        if written.group(1).lower() != surname:
            return set()  # given in full with a surname of their own: somebody else
    return set(names)


def _initials_written(text: str, surname: str) -> set[str]:
    """The initials a titled name is written with ("Mrs E Larwood"), in lower case."""
    titled = "|".join(re.escape(t) for t in sorted(titles(), key=len, reverse=True))
    written = rf"(?i:\b(?:{titled}))\.?[ \t]+([A-Z])\.?[ \t]+(?i:{re.escape(surname)})\b"
    return {match.group(1).lower() for match in re.finditer(written, text)}


def first_name_person(
    paragraph_facts: Sequence[ParagraphVoice],
    roles: dict[NameKey, str],
    title_end: int,
    text: str = "",
    carers: bool = False,
) -> tuple[str, int] | None:
    """The person of a record that names them by first name only ("Hamish said he'd go daft
    in a home"), with their score on the titled names' scale: a mention counts once, or
    three times after a cue ("Name: Hamish", the first line). Only a name that is the
    subject of a voice clause or is given as the record's person can be the person, and
    never one introduced as somebody's relative or worker ("her daughter Ana", "Sam, the
    OT"), nor the first name of a titled relative or professional."""
    mentions = [
        m for facts in paragraph_facts for m in facts.mentions if m.ref.kind is RefKind.FIRST
    ]
    if not mentions:
        return None
    # A full name given where the record names its person, with no role there ("DAILY LOG
    # - Joel Pritchard - home support"), is theirs though a role word the body sets before
    # it once reads as introducing it ("sat in kitchen with mum, Joel watching birds").
    given_in_full = {m.ref for m in mentions if m.cue and m.surname is not None and not m.role}
    # In a carer's own record the carer the header introduces by their relationship
    # ("Spoke with: Maureen Fairbrother (wife and carer of Derek)") is its person.
    excluded = {
        m.ref
        for m in mentions
        if m.role
        and not (carers and (m.cue or at(m) < title_end))
        and not (at(m) < title_end and _role_named_again(text, title_end, at(m)))
        and not (m.ref in given_in_full and not m.cue)
    }
    for facts in paragraph_facts:
        for mention in titled(facts):
            if roles.get(key(mention)) or is_professional_title(mention.title):
                excluded.update(Ref(RefKind.FIRST, first) for first in mention.first)
    if not carers:
        excluded.update(Ref(RefKind.FIRST, first) for first in _first_names_after_roles(text))
        excluded.update(Ref(RefKind.FIRST, first) for first in _introduced_by_relation(text))
    speakers = {c.subject.ref for facts in paragraph_facts for c in facts.clauses}
    scores: Counter[Ref] = Counter()
    order: dict[Ref, int] = {}
    cued: set[Ref] = set()
    for mention in mentions:
        ref = mention.ref
        if ref in excluded:
            continue
        cue = mention.cue or at(mention) < title_end
        scores[ref] += 3 if cue else 1
        if cue:
            cued.add(ref)
        order.setdefault(ref, len(order))
    # A word only given where a title or label opens, that never speaks, is no name when
    # the dictionary knows it only as an ordinary word ("Entered 16/07 - Mosaic down",
    # "Complaint Investigation - Case Note").
    candidates = [
        r
        for r in scores
        if (r in speakers or (r in cued and not only_an_ordinary_word(r.name)))
        and not _an_ordinary_word(r.name, text)
        and not an_ordinary_compound(r.name)
    ]
    if not candidates:
        return None
    # "Person: Abdul Rahimi (40172) ... T/C from Megan ... Megan rang ... Megan feels": the
    # name the record gives as its person in so many words is its person, however often a
    # caller or worker is named.
    given = set() if carers or not text else person_field_names(text)
    fielded = {m.ref for m in mentions if at(m) in given}
    best = max(candidates, key=lambda r: (r in fielded, scores[r], -order[r]))
    return best.name, scores[best]


_WORD = re.compile(r"[^\W\d_]+")


def _role_named_again(text: str, title_end: int, name_at: int) -> bool:
    """Whether the role word a title writes before a name ("Joint visit with speech and
    language therapist - Samir Haddad") is given in the body to somebody else by name
    ("The speech and language therapist, Beth Rowe, brought"): the visit was with the
    therapist, and the title's name is whom it was about."""
    lexicon = speech_lexicon()
    before = re.findall(r"[^\W\d_]+", text[line_start(text, name_at) : name_at].lower())
    role = next(
        (
            w
            for w in reversed(before)
            if role_kind(w, lexicon) in {"relevant_other", "professional"}
        ),
        None,
    )
    name = _WORD.match(text, name_at)
    if role is None or name is None:
        return False
    body = text[title_end:]
    word = rf"(?i:{re.escape(role)})"
    named = re.compile(
        rf"\b{word}[ \t]*,?[ \t]+(?P<a>{CAPITAL}[^\W\d_]+)"
        rf"|(?P<b>{CAPITAL}[^\W\d_]+)(?:[ \t]+{CAPITAL}[^\W\d_]+)?[ \t]*(?:,[ \t]*|\()"
        rf"(?:(?:the|our|a|an|his|her|their)[ \t]+)?(?:[a-z]+[ \t]+){{0,3}}{word}\b"
    )
    for match in named.finditer(body):
        other = (match.group("a") or match.group("b") or "").lower()
        if other and other != name.group().lower() and other not in titles():
            return True
    return False


# A first name written straight after a role word: "Spoke to wife Pat", "Son Brian (lives in
# Spain)", "Telephone call from Nurse Sinead Foley", "deputy manager Sharon"; or in brackets
# after it, as headers give whom a call was with ("Phone call with son (Martin)");
# not "call about her mother Halima", whom the call is about.
_NAME_AFTER_A_WORD = re.compile(
    rf"(?<![\w'’-])([A-Za-z][\w-]*)"
    rf"(?=[ \t]+({CAPITAL}[^\W\d_]+)(?![\w'’-])"
    rf"|[ \t]*\([ \t]*({CAPITAL}[^\W\d_]+)(?:[ \t]+{CAPITAL}[^\W\d_]+)?[ \t]*\))"
)


def _first_names_after_roles(text: str) -> set[str]:
    """First names the record introduces with a family or professional role written
    straight before them: whoever they are, they are not the record's person."""
    lexicon = speech_lexicon()
    found: set[str] = set()
    for match in _NAME_AFTER_A_WORD.finditer(text):
        role = role_kind(match.group(1).lower(), lexicon)
        name = 2 if match.group(2) is not None else 3
        if role not in {"relevant_other", "professional"} or match.group(name).lower() in titles():
            continue
        if role == "relevant_other" and about_somebodys_relative(text, match.start(name), lexicon):
            continue  # "rang about her mother Halima": the one the call is about
        found.add(clean(match.group(name)))
    return found


# A name with whose relative or worker they are in brackets after it: "Karen Polglase
# (dau)", "Jane Feltham (Dorothy's daughter)", "Amina Yusuf (AP for her mother Halima)",
# "Stephen at Hillside Sheltered Housing (scheme manager)".
_NAME_IN_BRACKETS = re.compile(
    rf"(?<![\w'’-])(?P<first>{CAPITAL}[^\W\d_]+)(?:[ \t]+{CAPITAL}[\w'’-]+)?"
    rf"(?:[ \t]+(?:at|from)(?:[ \t]+{CAPITAL}[\w'’-]*){{1,4}})?[ \t]*"
    r"\((?P<inside>[^()\n]{1,48})\)"
)


@cache
def _role_shorthands() -> dict[str, str]:
    """Note-style shorthands for a role, from what the acronyms lexicon says they stand
    for: "dau" for daughter."""
    lexicon = speech_lexicon()
    found: dict[str, str] = {}
    for entry in load_lexicon("acronyms").entries:
        if entry.kind != "shorthand":
            continue
        role = role_kind(entry.expansions[0].lower(), lexicon)
        if role is not None:
            found[entry.term.lower()] = role
    return found


def _introduced_by_relation(text: str) -> set[str]:
    """First names the record introduces, in brackets after them, by a family or
    professional role: a relative or worker of the person, not the person."""
    lexicon = speech_lexicon()
    found: set[str] = set()
    for match in _NAME_IN_BRACKETS.finditer(text):
        words = re.findall(r"[\w-]+", match.group("inside").lower())
        kinds = {role_kind(w, lexicon) or _role_shorthands().get(w) for w in words}
        if kinds & {"relevant_other", "professional"}:
            found.add(clean(match.group("first")))
    return found


def _an_ordinary_word(name: str, text: str) -> bool:
    """Whether a word read as a first name is an ordinary word the record capitalises only
    where a line, sentence or title-case heading opens: "Review visit 05/03", "Checklist for
    CHC not needed", "Carer's Support Plan", when it also writes "review" or "support". A
    name is written with its capital after ordinary words too ("I visited Will")."""
    if not text:
        return False
    if name not in text:
        return False  # spares compiling a pattern for every name
    word = re.escape(name)
    if re.search(rf"(?<![\w'’-]){word}(?![\w'’-])", text) is None:
        return False
    capital = re.escape(name[:1].upper()) + re.escape(name[1:])
    return re.search(rf"\b[a-z][\w'’]*[ \t]+{capital}(?![\w'’-])", text) is None
