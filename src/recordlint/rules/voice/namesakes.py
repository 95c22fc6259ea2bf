"""The facts of every paragraph rewritten across the record before anyone is sorted:
namesakes told apart by their first names, a role taken off a first name listed among who
came, first names given the gender their introduction or title gave them, and the cue kept
on a name a header line gives as the record's person.

Each change reads mentions from the whole record and makes a new set of facts; the
record-wide step (:mod:`recordlint.rules.voice.resolve`) makes them before it decides who the
person is, and they stand apart from that decision.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from recordlint.rules.voice.cued_names import cued_first_names
from recordlint.rules.voice.facts import Mention, ParagraphVoice, Ref, RefKind
from recordlint.rules.voice.person import NameKey, PersonIdentity, key, same_first_name
from recordlint.rules.voice.roles import listed_apart


def namesake_surname(person: PersonIdentity) -> str | None:
    """The surname the person shares with a namesake the record tells apart from them
    ("yilmaz" for "yilmaz mustafa", see :func:`namesakes_apart`), or None."""
    if person.surname is None or " " not in person.surname:
        return None
    surname, first = person.surname.rsplit(" ", 1)
    return surname if first in person.first_names else None


def namesakes_apart(paragraph_facts: Sequence[ParagraphVoice]) -> list[ParagraphVoice]:
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


def attendees_apart(paragraph_facts: Sequence[ParagraphVoice], text: str) -> list[ParagraphVoice]:
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


def header_names_cued(
    paragraph_facts: Sequence[ParagraphVoice], text: str, title_end: int
) -> list[ParagraphVoice]:
    """The facts with the cue kept on a first name that a header line after the title gives
    as the record's person ("Subject: Outcome of FGC plan – Doreen Ashworth") where the
    parse also read it as a name: the name read from the parse stood in the cued one's
    place without its cue. The title itself names its person by its place."""
    cued = {m.at for m in cued_first_names(text) if m.at is not None and m.at >= title_end}
    if not cued:
        return list(paragraph_facts)

    def kept(mention: Mention) -> Mention:
        if mention.at in cued and mention.ref.kind is RefKind.FIRST and not mention.role:
            return replace(mention, cue=True)
        return mention

    return _with_mentions(paragraph_facts, kept)


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


def first_names_gendered(paragraph_facts: Sequence[ParagraphVoice]) -> list[ParagraphVoice]:
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
