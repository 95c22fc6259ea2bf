"""The record-wide step: :func:`resolve_voice` decides who the person is, tells namesakes
apart, genders first names and sorts the voices (:func:`own_voice` for a record written as
its person)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache

from recordlint.findings import RecordKind
from recordlint.lexicon import word_list
from recordlint.names import CAPITAL, is_professional_title, only_an_ordinary_word
from recordlint.rules.voice.facts import LineKind, Mention, OwnLine, ParagraphVoice, Ref, RefKind
from recordlint.rules.voice.lexicon import speech_lexicon
from recordlint.rules.voice.messages import sent_by_the_person
from recordlint.rules.voice.person import (
    NameKey,
    PersonIdentity,
    VoiceSummary,
    carer_contact,
    carers_record,
    identify_person,
    initial_of,
    key,
    name_roles,
    role_word_at,
    same_first_name,
    the_carer,
    titled,
)
from recordlint.rules.voice.roles import listed_apart, role_gender, role_kind
from recordlint.rules.voice.sorting import sort_voices


def resolve_voice(
    paragraph_facts: Sequence[ParagraphVoice],
    kind: RecordKind,
    title: tuple[int, int, str] = (0, 0, ""),
    text: str = "",
) -> VoiceSummary:
    """Sort every voice clause of the record by whose voice it is. ``title`` is the record's
    first line (start, end, text): it names the form and, often, the person; ``text`` is the
    whole record, which shows the words it writes in lower case."""
    carers = carers_record(title[2], text)
    paragraph_facts = _namesakes_apart(paragraph_facts)
    paragraph_facts = _attendees_apart(paragraph_facts, text)
    person = identify_person(
        paragraph_facts, carers_assessment=carers, title_end=title[1], text=text
    )
    roles = name_roles(paragraph_facts)
    if carers and person.surname is not None:
        roles.pop((person.surname, person.title or ""), None)
    person_key = (person.surname, person.title)
    # "Mr B" for Mr Blackwood, where the record shortens the person's surname that way.
    initials = {
        name_key[0]
        for facts in paragraph_facts
        for name_key in map(key, titled(facts))
        if person.surname is not None
        and name_key[1] == (person.title or "")
        and initial_of(person.surname, name_key[0])
    }
    first_roles = {
        m.ref: m.role
        for facts in paragraph_facts
        for m in facts.mentions
        if m.ref.kind is RefKind.FIRST and m.role
    }

    # "Mr Yilmaz" in a record that tells Mr Mustafa Yilmaz from his son Mr Emre Yilmaz:
    # the name without a first name is the person's, whom the record is about.
    told_apart_from = _namesake_surname(person)

    # The initials of everybody else the record names by a first name: a lone letter that
    # is one of theirs too may be theirs ("Tomasz ... Tina ... T said").
    others_initials = frozenset(
        first[:1]
        for facts in paragraph_facts
        for m in facts.mentions
        for first in ((m.ref.name,) if m.ref.kind is RefKind.FIRST else m.first)
        if len(first) > 1 and first not in person.first_names
    )

    def who_is(mention: Mention) -> str:
        ref = mention.ref
        if _by_initials(text, mention.at, person, others_initials):
            return "person"  # "V. told me", "G has said", "VS said" for Valerie Shaw
        if ref.kind is RefKind.NAME:
            name_key = key(mention)
            if name_key == person_key:
                return "person"
            if (
                told_apart_from is not None
                and name_key == (told_apart_from, person.title or "")
                and not mention.first
                and not roles.get(name_key)
            ):
                return "person"
            if (
                person.surname is not None
                and name_key[1] == (person.title or "")
                and initial_of(person.surname, name_key[0])
                and not roles.get(name_key)
            ):
                return "person"  # "Mrs G" for Mrs Gallagher
            shortened = mention.initial in initials and name_key[1] == (person.title or "")
            if shortened and not roles.get(name_key):
                return "person"  # "Tel Mr B. Answered.": the short form, then a new sentence
            if roles.get(name_key):
                return roles[name_key]
            if is_professional_title(mention.title):
                return "professional"
            # "Mrs Rossi" where the person is "Ms Rossi" is her mother, not her.
            if several_people and not mention.role and name_key[0] != person_key[0]:
                return "person"  # "spoke to 3 residents. Mrs Olive Fenwick said"
            return "other"
        if ref.kind is RefKind.FIRST:
            if ref.name in person.first_names and not mention.role:
                return "person"
            if (
                not mention.role
                and ref not in first_roles
                and any(same_first_name(ref.name, name) for name in person.first_names)
            ):
                return "person"  # "Winnie" for Winifred, unless introduced as someone else
            if (
                not mention.role
                and ref not in first_roles
                and _opens_a_line(text, mention.at)
                and only_an_ordinary_word(ref.name)
            ):
                return "nobody"  # "Conditions met? Partly": a field's name, not a person
            return mention.role or first_roles.get(ref) or "other"
        if ref.kind is RefKind.ROLE:
            if carers and not mention.plural and the_carer(text, mention.at):
                return "person"  # a carer's own record: "Carer says mum is worse"
            if (
                naming_roles
                and not mention.plural
                and role_word_at(text, mention.at) in naming_roles
            ):
                return "person"  # "about his father, Mr Ramesh Chauhan ... His father told me"
            return ref.name
        return ref.kind.value

    several_people = bool(_several_people().search(text))
    naming_roles: frozenset[str] = frozenset()  # read by who_is, which finds them
    naming_roles = _roles_naming_the_person(paragraph_facts, who_is, text)
    singular_they = person.title == "mx"
    paragraph_facts = _first_names_gendered(paragraph_facts)
    summary = sort_voices(paragraph_facts, kind, person, who_is, singular_they=singular_they)
    if not singular_they and person.title is None and person.first_names and not summary.gendered:
        # The record never calls its person "he" or "she": "they" may be the person, when
        # no group stands nearer ("His sons were there. They said...").
        summary = sort_voices(paragraph_facts, kind, person, who_is, singular_they=True)
    if carers:
        # What the carer reports of the one they care for or of their own health ("Carer
        # reports chest pain on exertion") is an account, not their view or wish.
        accounts = {
            (c.start, c.end)
            for facts in paragraph_facts
            for c in facts.clauses
            if c.subject.ref.kind is RefKind.ROLE
            and the_carer(text, c.subject.at)
            and c.verb.lower().startswith("report")
        }
        summary.person_voice = [span for span in summary.person_voice if span not in accounts]
    contact = None if carers else carer_contact(text)
    if contact is not None:
        summary.person_voice.extend(
            _the_carers_voice(paragraph_facts, kind, person, who_is, contact, summary)
        )
    summary.person_voice.extend(own_voice(paragraph_facts))
    summary.person_voice.extend(sent_by_the_person(paragraph_facts, who_is))
    return summary


def _the_carers_voice(
    paragraph_facts: Sequence[ParagraphVoice],
    kind: RecordKind,
    person: PersonIdentity,
    who_is: Callable[[Mention], str],
    contact: tuple[int, int],
    summary: VoiceSummary,
) -> list[tuple[int, int]]:
    """The wishes and views of the relative or friend the header gives as whom the writer
    spoke with, in a record that offers them a carer's assessment (:func:`carer_contact`):
    the record is about them as a carer too. What they report is an account, not a view;
    a professional is nobody's carer here."""
    named = [
        m
        for facts in paragraph_facts
        for m in facts.mentions
        if m.at is not None and contact[0] <= m.at < contact[1]
    ]
    if not named or any(who_is(m) in {"person", "professional"} for m in named):
        return []
    refs = {m.ref for m in named} | {Ref(RefKind.FIRST, f) for m in named for f in m.first}

    def carer_or_who_is(mention: Mention) -> str:
        return "person" if mention.ref in refs else who_is(mention)

    theirs = sort_voices(paragraph_facts, kind, person, carer_or_who_is, singular_they=False)
    accounts = {
        (c.start, c.end)
        for facts in paragraph_facts
        for c in facts.clauses
        if c.verb.lower().startswith("report")
    }
    return [
        span
        for span in theirs.person_voice
        if span not in accounts and span not in summary.person_voice
    ]


# A record about several people the service supports: a visit to a home, a review of a
# scheme. Any of them named without a role is one of the people whose voice it records. The
# group words ("residents", "service users") are a shared word list.
@cache
def _several_people() -> re.Pattern[str]:
    groups = "|".join(
        r"[ \t]+".join(map(re.escape, group.split()))
        for group in sorted(word_list("served_group"), key=len, reverse=True)
    )
    return re.compile(
        r"\b(?:spoke|spoken|talked|chatted|met|asked|interviewed)(?:[ \t]+(?:to|with))?[ \t]+"
        r"(?:(?:\d+|a[ \t]+few|two|three|four|five|six|several|some|other|all|the)[ \t]+)?"
        rf"(?:of[ \t]+the[ \t]+)?(?:{groups})\b",
        re.IGNORECASE,
    )


# A family word written straight before a name: "about his father, Mr Ramesh Chauhan",
# "Nan Mrs Pearl Dunstan", "re her husband Mr Abdul Begum".
_ROLE_BEFORE_A_NAME = re.compile(r"\b([a-z]+)[ \t]*,?[ \t]*\Z", re.IGNORECASE)


def _roles_naming_the_person(
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


def _by_initials(
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
        if len(letters) > 1:
            return _initials_given(text, person.first_names, letters)
        initial = letters.lower()
        return initial not in others and any(
            first[:1] == initial and _given_with_a_surname(text, first)
            for first in person.first_names
        )
    surname = re.split(r"[ -]", person.surname) if person.surname else []
    for first in person.first_names:
        if letters == first[:1].upper():
            return True
        if surname and letters == (first[:1] + "".join(p[:1] for p in surname)).upper():
            return True
    return False


def _given_with_a_surname(text: str, first: str) -> bool:
    """Whether the record writes the first name with a surname after it ("Tomasz Nowak")."""
    written = rf"(?<![\w'’-])(?i:{re.escape(first)})[ \t]+{CAPITAL}[\w'’-]*[a-z][\w'’-]*\b"
    return re.search(written, text) is not None


def _initials_given(text: str, first_names: frozenset[str], letters: str) -> bool:
    """Whether the record gives ``letters`` in brackets after one of the first names with a
    surname ("Kayleigh Marsh (KM)"), and they are that name's initials."""
    surnames = rf"((?:[ \t]+{CAPITAL}[\w'’-]+){{1,2}})"
    given = rf"\b({CAPITAL}[^\W\d_]+){surnames}[ \t]*\({re.escape(letters)}\)"
    for written in re.finditer(given, text):
        if written.group(1).lower() not in first_names:
            continue
        if letters == "".join(w[:1] for w in (written.group(1), *written.group(2).split())):
            return True
    return False


def _opens_a_line(text: str, at: int | None) -> bool:
    """Whether only spaces, a bullet or a dash stand before ``at`` on its line, or ``at``
    opens a form's next field on the line, after a tab or a gap of spaces ("Date of
    assessment: 03/03/2026   Date recorded: 10/03/2026")."""
    if at is None or not text:
        return False
    line_start = text.rfind("\n", 0, at) + 1
    before = text[line_start:at]
    return not before.strip(" \t-•*") or before.endswith(("\t", "  "))


def _namesake_surname(person: PersonIdentity) -> str | None:
    """The surname the person shares with a namesake the record tells apart from them
    ("yilmaz" for "yilmaz mustafa", see :func:`_namesakes_apart`), or None."""
    if person.surname is None or " " not in person.surname:
        return None
    surname, first = person.surname.rsplit(" ", 1)
    return surname if first in person.first_names else None


def _namesakes_apart(paragraph_facts: Sequence[ParagraphVoice]) -> list[ParagraphVoice]:
    """The facts with namesakes told apart by their first names: "Mr Paul Entwistle (son)"
    and "Mr Harold Entwistle" are two people, so the son's role is not his father's. A
    first name and its short form ("Margaret (Peggy)", "Peggy") are one person; a name
    written without a first name is left to whichever the record means most."""
    groups: dict[NameKey, list[set[str]]] = {}
    for facts in paragraph_facts:
        for mention in [*facts.mentions, *(c.subject for c in facts.clauses)]:
            if mention.ref.kind is not RefKind.NAME or not mention.first:
                continue
            names = set(mention.first)
            clusters = groups.setdefault(key(mention), [])
            joined = [c for c in clusters if any(same_first_name(a, b) for a in names for b in c)]
            for cluster in joined:
                clusters.remove(cluster)
                names |= cluster
            clusters.append(names)
    apart = {name_key: clusters for name_key, clusters in groups.items() if len(clusters) > 1}
    if not apart:
        return list(paragraph_facts)

    def told_apart(mention: Mention) -> Mention:
        clusters = apart.get(key(mention)) if mention.ref.kind is RefKind.NAME else None
        if not clusters or not mention.first:
            return mention
        cluster = next(c for c in clusters if set(mention.first) <= c)
        name = f"{mention.ref.name} {min(cluster)}"
        return replace(mention, ref=Ref(RefKind.NAME, name))

    return _with_mentions(paragraph_facts, told_apart)


def _attendees_apart(paragraph_facts: Sequence[ParagraphVoice], text: str) -> list[ParagraphVoice]:
    """The facts with no role on a lone first name listed among who came beside a bare role
    ("Present: Lee, SW.", "Attended: Callum, mum, SENCO"): the role is somebody else who
    came. Read here, on the whole record, because a label may stand in a line unit of its
    own."""

    def apart(mention: Mention) -> Mention:
        if mention.ref.kind is not RefKind.FIRST or not mention.role or mention.at is None:
            return mention
        end = mention.at + len(mention.ref.name)
        if mention.surname is not None or not listed_apart(text, mention.at, end):
            return mention
        return replace(mention, role=None, gender=None)

    return _with_mentions(paragraph_facts, apart)


def _with_mentions(
    paragraph_facts: Sequence[ParagraphVoice], change: Callable[[Mention], Mention]
) -> list[ParagraphVoice]:
    """The facts with ``change`` made to every mention and to every clause's subject."""
    return [
        replace(
            facts,
            mentions=tuple(map(change, facts.mentions)),
            clauses=tuple(replace(c, subject=change(c.subject)) for c in facts.clauses),
        )
        for facts in paragraph_facts
    ]


def _first_names_gendered(paragraph_facts: Sequence[ParagraphVoice]) -> list[ParagraphVoice]:
    """The facts with every mention of a first name given the gender its introduction or
    its title gave it: "Mrs Ashworth's son, Michael Ashworth ... Michael said" is "he"
    throughout, so that "she" after him can still be his mother. A name given two genders
    keeps none."""
    genders: dict[Ref, set[str]] = {}
    for facts in paragraph_facts:
        subjects = [c.subject for c in facts.clauses]
        for mention in [*facts.mentions, *subjects]:
            if mention.gender is None:
                continue
            if mention.ref.kind is RefKind.FIRST:
                genders.setdefault(mention.ref, set()).add(mention.gender)
            # "Mrs Sunita Rao ... Sunita said": the title gives her first name its gender.
            for first in mention.first if mention.ref.kind is RefKind.NAME else ():
                genders.setdefault(Ref(RefKind.FIRST, first), set()).add(mention.gender)
    known = {ref: next(iter(found)) for ref, found in genders.items() if len(found) == 1}
    if not known:
        return list(paragraph_facts)

    def gendered(mention: Mention) -> Mention:
        if mention.gender is None and mention.ref in known:
            return replace(mention, gender=known[mention.ref])
        return mention

    return _with_mentions(paragraph_facts, gendered)


def own_voice(paragraph_facts: Sequence[ParagraphVoice]) -> list[tuple[int, int]]:
    """The lines a plan or profile gives in the person's own first person: "I want to walk
    Mabli round the block", "My son Marcus visiting Sundays" under "Important to me".

    A record speaks as its person when a heading is about "me" ("What is important to me",
    "All about me") or the person introduces themselves ("My name is Ahmed"); a worker's
    headings are not ("My analysis", "What I did"). Then the first-person lines under the
    person's headings and after their introduction are theirs, until a heading that is not
    in the first person ("Professional summary"). A heading about "me" over lines in the
    third person ("About me: Edith is an 89 year old lady") gives no voice.
    """
    lines = sorted((line for facts in paragraph_facts for line in facts.lines),
                   key=lambda line: line.start)  # fmt: skip

    def introduces_the_person(line: OwnLine) -> bool:
        # A worker introducing themselves names their role ("I am Lena, your social
        # worker"); anyone else who says "My name is" in a plan is its person.
        return line.kind is LineKind.INTRODUCTION and not line.professional

    if not any(line.kind is LineKind.HEADING_ME or introduces_the_person(line) for line in lines):
        return []
    found: list[tuple[int, int]] = []
    theirs = False
    for line in lines:
        if line.kind in {LineKind.HEADING_ME, LineKind.HEADING_FIRST}:
            theirs = True
        elif line.kind in {LineKind.HEADING, LineKind.SENDER, LineKind.END_OF_MESSAGE}:
            theirs = False
        elif introduces_the_person(line):
            theirs = True
            found.append((line.start, line.end))
        elif theirs and line.kind in {LineKind.FIRST_PERSON, LineKind.INTRODUCTION}:
            found.append((line.start, line.end))
    return found
