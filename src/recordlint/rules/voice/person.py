"""Who the record's person is: the people seen, the person's identity and the record's
voice summary, carers' records, and the first names, initials and roles that tell the
person from others."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from recordlint.lexicon import load_lexicon
from recordlint.names import (
    CAPITAL,
    is_professional_title,
    only_an_ordinary_word,
    title_gender,
    titles,
)
from recordlint.rules.voice.facts import Mention, ParagraphVoice, Ref, RefKind
from recordlint.rules.voice.lexicon import speech_lexicon
from recordlint.rules.voice.names import CARERS_RECORD, at
from recordlint.rules.voice.roles import about_somebodys_relative, clean, role_kind

# ---------------------------------------------------------------------------------------------
# The whole record: who is the person, and whose voice is each clause


@dataclass(frozen=True, slots=True)
class Seen:
    """Somebody mentioned earlier in the record, for following pronouns back."""

    who: str  # "person", "relevant_other", "professional", "other", ...
    gender: str | None
    plural: bool
    subject: bool
    # Spoke, rang or was rung: who a note-style fragment ("Says she is fine") goes on with.
    speaking: bool = False
    reached: bool = False  # rang or was rung: what follows may be what they passed on
    at: int | None = None  # where they were mentioned


@dataclass(frozen=True, slots=True)
class PersonIdentity:
    surname: str | None
    title: str | None
    first_names: frozenset[str]

    @property
    def gender(self) -> str | None:
        return title_gender(self.title) if self.title else None


@dataclass(slots=True)
class VoiceSummary:
    person: PersonIdentity
    person_voice: list[tuple[int, int]] = field(default_factory=list)
    person_quotes: int = 0
    relevant_others_views: int = 0
    professional_views: int = 0
    gendered: int = 0  # clauses of the person's with "he" or "she" as their subject

    def metrics(self) -> dict[str, Any]:
        return {
            "person_voice": len(self.person_voice),
            "person_quotes": self.person_quotes,
            "relevant_others_views": self.relevant_others_views,
            "professional_views": self.professional_views,
        }


NameKey = tuple[str, str]  # (surname, title): "Mrs Rossi" and "Ms Rossi" are two people


# A header that gives the carer as the one the record is with: a "Carer:" field naming
# somebody, or whom the worker spoke with introduced as a carer ("Spoke with: Maureen
# Fairbrother (wife and carer of Derek Fairbrother)").
_CARER_IN_THE_HEADER = re.compile(
    r"^[ \t]*carer[ \t]*:[ \t]*\S"
    r"|^[ \t]*(?:spoke\s+(?:with|to)|seen|visited|present|caller|referrer)[ \t]*:[^\n]*"
    r"\bcarer\s+(?:of|for|to)\b"
    # "Call from Mr Patrick Doyle, carer for his wife", "Self-referral by phone from Mr
    # Colin Dray, 70, carer for wife", "Welfare call to Mrs Brenda Stannard, carer for her
    # husband": the one called, or who called, introduced as the carer.
    r"|(?P<caller>\b(?:call|referral|message)[ \t][^\n.]*?\b(?:from|to|with)[ \t]"
    r"[^\n]*?,[ \t]*"
    r"(?:\d+,[ \t]*)?carer[ \t]+(?:of|for|to)\b)",
    re.IGNORECASE | re.MULTILINE,
)


def _caller_as_carer(text: str) -> tuple[int, int] | None:
    """Where a header introduces the caller as a carer ("Call from Mr Patrick Doyle, carer
    for his wife"): the words that name them."""
    header = "\n".join(text.splitlines()[:_HEADER_LINES])
    match = _CARER_IN_THE_HEADER.search(header)
    if match is None or match.group("caller") is None:
        return None
    return match.span("caller")


_HEADER_LINES = 8


# The carer named by the bare role in a carer's own record: "Carer says she is at the end
# of her tether", "Carer declines home care"; not "her carer", "paid carer", "carers".
_BARE_CARER = re.compile(r"(?:\A|[\n.:;(\-–]|\bthe[ \t])[ \t]*\Z", re.IGNORECASE)


# Whom the header gives as the one the writer spoke with or visited: "Incoming call from
# Sharon Dunmore (dtr)", "Phone call with Mrs Joan Greaves about her daughter Pauline",
# "telephone call from Mrs Maureen Faulds, friend and neighbour of Mr Pennock", "Visit to
# Connor's mother, Mrs Siobhan Walsh".
_CONTACT_IN_THE_HEADER = re.compile(
    r"(?i:\b(?:call|tel|telephone|phone|phoned|rang|contact|visit|visited)\b)[^\n.]{0,20}?"
    r"\b(?i:from|with|to)[ \t]+"
    rf"(?:{CAPITAL}[\w-]*['’]s[ \t]+[a-z-]+,?[ \t]+)?"
    rf"(?P<name>{CAPITAL}[\w'’-]*(?:\.?[ \t]+{CAPITAL}[\w'’-]*){{0,2}})"
)

# The same said the other way round, the name as what the writer rang or as who rang about
# somebody: "I rang Anjali Shah, Mr Shah's daughter", "Mrs Gloria Mensah rang about her
# husband".
_CONTACT_NAMED_IN_THE_HEADER = re.compile(
    r"\b(?i:rang|phoned|visited)[ \t]+"
    rf"(?P<name>{CAPITAL}[\w'’-]*(?:\.?[ \t]+{CAPITAL}[\w'’-]*){{0,2}})"
    r"|(?:^|(?<=[.:;][ \t]))[ \t]*"
    rf"(?P<caller>{CAPITAL}[\w'’-]*(?:\.?[ \t]+{CAPITAL}[\w'’-]*){{0,3}})"
    r"[ \t]+(?:rang|phoned|called|telephoned)[ \t]+(?:about|re|regarding|to[ \t]+discuss)\b",
    re.MULTILINE,
)

# A carer's assessment offered to somebody, taken up or turned down: "Carers assessment
# offered, Sharon declined", "Offered her a carers assessment", "I will offer Joan a
# carer's assessment"; not one only named ("Advised him re carers assessment"); or a
# carer's own needs discussed ("to discuss her needs as a carer").
_CARERS_ASSESSMENT_OFFERED = re.compile(
    r"\bcarers?'?s?'?[ \t]+assess(?:ment)?[ \t]+(?:was[ \t]+|has[ \t]+been[ \t]+)?"
    r"(?:offered|accepted|declined)\b"
    r"|\boffer(?:ed|s)?[ \t]+(?:[\w'’-]+[ \t]+){0,2}carers?'?s?'?[ \t]+assess"
    r"|\bneeds[ \t]+as[ \t]+(?:a|an|his|her|their)[ \t]+(?:[\w-]+[ \t]+)?carer\b"
    # One referred for, or just had ("how she is after her carer's assessment"); not one
    # only named ("his carer's assessment is due").
    r"|\breferr(?:ed|al)\b[^\n.]{0,40}?\bfor[ \t]+(?:a[ \t]+)?carers?'?s?'?[ \t]+assess"
    r"|\b(?:after|since|following)[ \t]+(?:her|his|their)[ \t]+(?:own[ \t]+)?"
    r"carers?'?s?'?[ \t]+assess",
    re.IGNORECASE,
)


def carer_contact(text: str) -> tuple[int, int] | None:
    """Where the header names whom the writer spoke with or visited, in a record that offers
    a carer's assessment or discusses their needs as a carer: the one who rang or was rung
    about somebody they care for ("Incoming call from Sharon Dunmore (dtr) re her father
    ... Carers assessment offered, Sharon declined"), so the record is also about them as
    a carer, and their own wishes and views are voice the record gives."""
    if _CARERS_ASSESSMENT_OFFERED.search(text) is None:
        return None
    header = "\n".join(text.splitlines()[:_HEADER_LINES])
    match = _CONTACT_IN_THE_HEADER.search(header)
    if match is not None:
        return match.span("name")
    named = _CONTACT_NAMED_IN_THE_HEADER.search(header)
    if named is None:
        return None
    return named.span("name") if named.group("name") else named.span("caller")


def carers_record(title: str, text: str) -> bool:
    """Whether a record is about a carer's own needs, so the carer is its person: its title
    names a carer's assessment, review or conversation, or its header gives the carer as
    whom the record is with."""
    if CARERS_RECORD.search(title):
        return True
    header = "\n".join(text.splitlines()[:_HEADER_LINES])
    return _CARER_IN_THE_HEADER.search(header) is not None


def the_carer(text: str, offset: int | None) -> bool:
    """Whether a role mention is the bare singular "carer" ("Carer says", "the carer")."""
    if offset is None or role_word_at(text, offset) != "carer":
        return False
    return _BARE_CARER.search(text[max(0, offset - 12) : offset]) is not None


def identify_person(
    paragraph_facts: Sequence[ParagraphVoice],
    *,
    carers_assessment: bool = False,
    title_end: int = 0,
    text: str = "",
) -> PersonIdentity:
    """The person the record is about: the titled name mentioned most, names after cue
    words ("re", "Person:", the first line) counting three times, leaving out names
    introduced with a family or professional role. In a carer's assessment the carer named
    in the title or after "Carer:" is the person, though they are also somebody's wife."""
    scores: Counter[NameKey] = Counter()
    order: dict[NameKey, int] = {}
    firsts: dict[NameKey, set[str]] = {}
    roles = name_roles(paragraph_facts)
    mentions = [m for facts in paragraph_facts for m in titled(facts)]
    # The carer is the one the title or a "Carer:" label introduces by their relationship
    # ("Mrs Sunita Patel (wife of Mr Dinesh Patel)"), or the one name the title gives
    # ("Carer's assessment - Mrs Sue Hill", over "Caring for: Mr Ken Hill (husband)").
    carers = {
        key(m) for m in mentions if carers_assessment and (m.cue or at(m) < title_end) and m.role
    }
    caller = _caller_as_carer(text) if carers_assessment and not carers else None
    if caller is not None:
        # "Call from Mr Patrick Doyle, carer for his wife Sheila": the caller is the carer.
        carers = {key(m) for m in mentions if m.role and caller[0] <= at(m) < caller[1]}
    titled_keys = {key(m) for m in mentions if at(m) < title_end}
    if carers_assessment and len(titled_keys) == 1 and not carers & titled_keys:
        carers = titled_keys
    for mention in mentions:
        name_key = key(mention)
        cue = mention.cue or at(mention) < title_end
        cue = cue or (caller is not None and caller[0] <= at(mention) < caller[1])
        if name_key in carers:
            scores[name_key] += 6 if cue else 1
        elif not roles.get(name_key) and not is_professional_title(mention.title):
            scores[name_key] += 3 if cue else 1
        else:
            continue
        order.setdefault(name_key, len(order))
        firsts.setdefault(name_key, set()).update(mention.first)
    # "Mrs G" once "Mrs Gallagher" is known is her, shortened: her mentions count for her.
    for name_key in [k for k in scores if len(k[0]) == 1]:
        full = [k for k in scores if k[1] == name_key[1] and initial_of(k[0], name_key[0])]
        if full:
            scores[max(full, key=lambda k: (scores[k], -order[k]))] += scores.pop(name_key)
    # "Review meeting - Mr Jamal Idowu ... Jamal chose": the body's first name is that of
    # the titled name the title gives, and counts for it against another titled name the
    # body repeats; so does a name given in full in a field ("Person: Bogdan Nowak ... Mr
    # Nowak").
    # A title of its own line, not a call's first sentence ("Call from Mrs Janet Rowe re
    # husband Alan Rowe. Janet says"), nor whom a call came from or went to.
    heading = not _SENTENCE_BREAK.search(text[:title_end]) and "\n" in text[title_end:]
    given = {
        key(m)
        for m in mentions
        if heading and at(m) < title_end and key(m) in scores and not m.reached
    }
    for mention in (m for facts in paragraph_facts for m in facts.mentions):
        if mention.ref.kind is not RefKind.FIRST or mention.role:
            continue
        owners = [k for k in given if mention.ref.name in firsts[k]]
        if not owners and mention.surname is not None and mention.cue:
            owners = [k for k in scores if k[0] == mention.surname and not firsts[k]]
        if len(owners) == 1 and owners[0] not in carers:
            scores[owners[0]] += 3 if mention.cue or at(mention) < title_end else 1
            if mention.surname is not None:
                firsts[owners[0]].add(mention.ref.name)
    titled_best = max(scores, key=lambda k: (scores[k], -order[k])) if scores else None
    untitled = _first_name_person(paragraph_facts, roles, title_end, text, carers_assessment)
    # "Duty record - Miss Ellen Tremayne ... Ellen said": her first name is still her.
    same = (
        titled_best is not None
        and untitled is not None
        and any(same_first_name(untitled[0], first) for first in firsts[titled_best])
    )
    beaten = untitled is not None and untitled[1] > (scores[titled_best] if titled_best else 0)
    if untitled is not None and beaten and not same:
        return PersonIdentity(None, None, frozenset({untitled[0], *_known_as(untitled[0], text)}))
    if titled_best is None:
        return PersonIdentity(None, None, frozenset())
    known = firsts[titled_best] or _lone_first_name(paragraph_facts, roles, text, titled_best[0])
    return PersonIdentity(titled_best[0], titled_best[1], frozenset(known))


_SENTENCE_BREAK = re.compile(r"[.!?][ \t]+\S")


def _known_as(first: str, text: str) -> set[str]:
    """The name given in brackets after a first name, that the record goes on to use:
    "Leonard (Len) Gibbs" is Len."""
    capital = re.escape(first[:1].upper() + first[1:])
    return {
        clean(match.group(1))
        for match in re.finditer(rf"\b{capital}[ \t]+\(({CAPITAL}[^\W\d_]+)\)", text)
    }


def _lone_first_name(
    paragraph_facts: Sequence[ParagraphVoice],
    roles: dict[NameKey, str],
    text: str,
    surname: str,
) -> set[str]:
    """The first name of a person the record titles without one ("DSW visit - Mrs
    Kowalczyk ... Popped in to meet Edna ... Edna is a real character"): the one first
    name written more than once that no role, relative or worker claims, and never with
    another surname ("SW Aisha Rahman"), where there is only one such name."""
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
        return set()
    capital = names[0][:1].upper() + names[0][1:]
    for written in re.finditer(rf"\b{re.escape(capital)}[ \t]+({CAPITAL}[\w'’-]+)", text):
        if written.group(1).lower() != surname:
            return set()  # given in full with a surname of their own: somebody else
    return set(names)


def _first_name_person(
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
    # In a carer's own record the carer the header introduces by their relationship
    # ("Spoke with: Maureen Fairbrother (wife and carer of Derek)") is its person.
    excluded = {
        m.ref
        for m in mentions
        if m.role
        and not (carers and (m.cue or at(m) < title_end))
        and not (at(m) < title_end and _role_named_again(text, title_end, at(m)))
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
    ]
    if not candidates:
        return None
    best = max(candidates, key=lambda r: (scores[r], -order[r]))
    return best.name, scores[best]


def _role_named_again(text: str, title_end: int, name_at: int) -> bool:
    """Whether the role word a title writes before a name ("Joint visit with speech and
    language therapist - Samir Haddad") is given in the body to somebody else by name
    ("The speech and language therapist, Beth Rowe, brought"): the visit was with the
    therapist, and the title's name is whom it was about."""
    lexicon = speech_lexicon()
    before = re.findall(r"[^\W\d_]+", text[:name_at].rsplit("\n", 1)[-1].lower())
    role = next(
        (
            w
            for w in reversed(before)
            if role_kind(w, lexicon) in {"relevant_other", "professional"}
        ),
        None,
    )
    name = re.match(r"[^\W\d_]+", text[name_at:])
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


def initial_of(surname: str, written: str) -> bool:
    """Whether ``written`` is ``surname`` cut to its initial, as notes shorten a name
    already given in full ("Mrs G" for Mrs Gallagher); names are lower case."""
    return len(written) == 1 and len(surname) > 1 and surname[0] == written


def titled(facts: ParagraphVoice) -> list[Mention]:
    return [m for m in facts.mentions if m.ref.kind is RefKind.NAME]


def key(mention: Mention) -> NameKey:
    return (mention.ref.name, mention.title or "")


def name_roles(paragraph_facts: Sequence[ParagraphVoice]) -> dict[NameKey, str]:
    """Roles given where a name is introduced: its first mention, or with a first name."""
    roles: dict[NameKey, str] = {}
    seen: set[NameKey] = set()
    for facts in paragraph_facts:
        for mention in titled(facts):
            name_key = key(mention)
            introduced = name_key not in seen or bool(mention.first)
            seen.add(name_key)
            if introduced and mention.role and name_key not in roles:
                roles[name_key] = mention.role
    return roles


_ROLE_WORD = re.compile(r"[a-z]+", re.IGNORECASE)


def role_word_at(text: str, offset: int | None) -> str | None:
    """The role word a mention's offset points at, in lower case."""
    if offset is None:
        return None
    word = _ROLE_WORD.match(text, offset)
    return word.group().lower() if word else None


def same_first_name(written: str, known: str) -> bool:
    """Whether a first name as written is the known one or a short form of it: "Winnie"
    for Winifred, "Tomek" for Tomasz, "Seun" for Oluwaseun (names are lower case)."""
    if written == known:
        return True
    shorter, longer = sorted((written, known), key=len)
    if len(shorter) < MIN_SHORT_NAME:
        return False
    return longer.startswith(shorter[:MIN_SHORT_NAME]) or longer.endswith(shorter)


MIN_SHORT_NAME = 3
