"""The record-wide step: :func:`resolve_voice` decides who the person is, tells namesakes
apart, genders first names and sorts the voices (:func:`own_voice` for a record written as
its person). The facts rewritten across the record (:mod:`recordlint.rules.voice.namesakes`)
and what the record's text shows of who a mention is
(:mod:`recordlint.rules.voice.text_cues`) stand in modules of their own."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from recordlint.findings import RecordKind
from recordlint.names import is_professional_title, only_an_ordinary_word
from recordlint.rules.voice.facts import LineKind, Mention, OwnLine, ParagraphVoice, Ref, RefKind
from recordlint.rules.voice.messages import sent_by_the_person
from recordlint.rules.voice.namesakes import (
    attendees_apart,
    first_names_gendered,
    header_names_cued,
    namesake_surname,
    namesakes_apart,
)
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
from recordlint.rules.voice.sorting import sort_voices
from recordlint.rules.voice.text_cues import (
    about_several_people,
    by_initials,
    listed_people,
    only_opens_sentences,
    opens_a_line,
    roles_naming_the_person,
    served_group_named,
)


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
    paragraph_facts = namesakes_apart(paragraph_facts)
    paragraph_facts = attendees_apart(paragraph_facts, text)
    paragraph_facts = header_names_cued(paragraph_facts, text, title[1])
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
    # "Ladislav HORVATH ... Mr H says": a person named by first name, whose surname the
    # record gives beside it, cut to its initial under one title only (not "Mr B" and
    # "Mrs B", two of a family), where no titled name writes that surname in full
    # ("Arjun NANDRA (Mrs P Nandra - appointee) ... Mrs N": the appointee).
    given_surnames = {
        m.surname
        for facts in paragraph_facts
        for m in facts.mentions
        if person.surname is None
        and m.ref.kind is RefKind.FIRST
        and m.ref.name in person.first_names
        and m.surname is not None
        and len(m.surname) > 1
    }
    titled_keys = [name_key for facts in paragraph_facts for name_key in map(key, titled(facts))]
    given_surnames -= {name_key[0] for name_key in titled_keys}
    given_initials = {surname[0] for surname in given_surnames}
    titles_of_initials: dict[str, set[str]] = {}
    for name_key in titled_keys:
        if name_key[0] in given_initials:
            titles_of_initials.setdefault(name_key[0], set()).add(name_key[1])
    first_roles = {
        m.ref: m.role
        for facts in paragraph_facts
        for m in facts.mentions
        if m.ref.kind is RefKind.FIRST and m.role
    }

    # The first names that say, feel or want something somewhere in the record.
    speakers = {
        c.subject.ref
        for facts in paragraph_facts
        for c in facts.clauses
        if c.subject.ref.kind is RefKind.FIRST
    }

    # "Mr Yilmaz" in a record that tells Mr Mustafa Yilmaz from his son Mr Emre Yilmaz:
    # the name without a first name is the person's, whom the record is about.
    told_apart_from = namesake_surname(person)

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
        if by_initials(text, mention.at, person, others_initials):
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
            if (
                len(titles_of_initials.get(name_key[0], ())) == 1
                and not roles.get(name_key)
                and not mention.first
                and not is_professional_title(mention.title)
            ):
                return "person"  # "Ladislav HORVATH ... Mr H says"
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
            if name_key[0] in listed_surnames and not mention.role:
                return "person"  # "09:12 Mr T Wolski - answered. Says he wants to stay put"
            return "other"
        if ref.kind is RefKind.FIRST:
            if ref.name in person.first_names and not mention.role:
                return "person"
            if ref.name in listed_firsts and not mention.role and ref not in first_roles:
                return "person"  # "3. Kieran Walsh (20) ... Kieran liked his flat"
            if several_people and ref.name in group_firsts and not mention.role:
                return "person"  # "Mrs Joan Feltham to Wyndham Gardens. Joan tearful, said"
            if (
                not mention.role
                and ref not in first_roles
                and any(same_first_name(ref.name, name) for name in person.first_names)
            ):
                return "person"  # "Winnie" for Winifred, unless introduced as someone else
            if (
                not mention.role
                and ref not in first_roles
                and opens_a_line(text, mention.at)
                and only_an_ordinary_word(ref.name)
            ):
                return "nobody"  # "Conditions met? Partly": a field's name, not a person
            if (
                not mention.role
                and ref not in first_roles
                and ref not in speakers
                and not mention.reached
                and only_an_ordinary_word(ref.name)
                and only_opens_sentences(text, mention.at)
            ):
                # "Estate was noisy again. She flinched": a word the dictionary knows only
                # as an ordinary word, capitalised only where a sentence opens, stands for
                # nobody between the person and "she". Who says or feels something, or
                # was rung, is somebody ("Dawn rang. She said").
                return "nobody"
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

    several_people = bool(about_several_people().search(text))
    # The first names of the people a home or scheme serves, named with a title and no
    # role: in a record about several of them, each is one whose voice it gives.
    group = _served_people(paragraph_facts, roles, person_key)
    group_firsts = {first for name_key in group for first in group[name_key]}
    if not several_people and len(group) >= _A_GROUP and served_group_named().search(text):
        # "Residents + relatives mtg ... Mr Rourke left the room saying he wasn't leaving":
        # a record naming the group and several of them by name, none given a role, is
        # about the group, as a visit that spoke to several residents is.
        several_people = True
    # A record listing several people one a line (panel minutes, a round of calls) gives
    # the voice of each of them it lists.
    listed_firsts, listed_surnames = listed_people(text)
    naming_roles: frozenset[str] = frozenset()  # read by who_is, which finds them
    naming_roles = roles_naming_the_person(paragraph_facts, who_is, text)
    singular_they = person.title == "mx"
    paragraph_facts = first_names_gendered(paragraph_facts)
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


# How many titled people with no role a record names, beside the one it is most about,
# before naming the group it serves makes it a record about several of them.
_A_GROUP = 3


def _served_people(
    paragraph_facts: Sequence[ParagraphVoice],
    roles: dict[NameKey, str],
    person_key: tuple[str | None, str | None],
) -> dict[NameKey, set[str]]:
    """The titled people a record names with no role, no professional title and a surname
    of their own (not the person's, whose namesakes are family), with the first names the
    record gives them: the people a record about several people a home serves may hear."""
    found: dict[NameKey, set[str]] = {}
    for facts in paragraph_facts:
        for mention in titled(facts):
            name_key = key(mention)
            if (
                roles.get(name_key)
                or mention.role
                or is_professional_title(mention.title)
                or len(name_key[0]) == 1
                or name_key[0] == person_key[0]
            ):
                continue
            found.setdefault(name_key, set()).update(mention.first)
    return found


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
