"""Who the record's person is: the people seen, the person's identity and the record's
voice summary, and the titled name, first name or carer that is the person.

The carer's record (``carers``), first names (``first_names``) and name keys
(``name_keys``) are read in their own modules; what other modules import from here is
re-exported.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from recordlint.names import is_professional_title, title_gender
from recordlint.rules.voice.carers import (
    caller_as_carer,
    carer_contact,
    carer_field,
    carers_record,
    the_carer,
)
from recordlint.rules.voice.cued_names import person_field_names
from recordlint.rules.voice.facts import Mention, ParagraphVoice, RefKind
from recordlint.rules.voice.first_names import first_name_person, known_as, lone_first_name
from recordlint.rules.voice.name_keys import (
    NameKey,
    initial_of,
    key,
    name_roles,
    role_word_at,
    same_first_name,
    titled,
)
from recordlint.rules.voice.names import at

__all__ = [
    "NameKey",
    "PersonIdentity",
    "Seen",
    "VoiceSummary",
    "carer_contact",
    "carers_record",
    "identify_person",
    "initial_of",
    "key",
    "name_roles",
    "role_word_at",
    "same_first_name",
    "the_carer",
    "titled",
]

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
    field = carer_field(text) if carers_assessment else None
    caller = None
    if field is not None:
        # "Carer: Mrs Harpreet Sandhu   Cared-for person: Mr Pritpal Sandhu (husband)": the
        # field names the carer; the role in brackets beside the other name is the cared-for
        # person's relation to them. An untitled carer ("Carer: Tom Whitlock") leaves no
        # titled name to be the carer, so no titled relative is taken for them.
        carers = {key(m) for m in mentions if field[0] <= at(m) < field[1]}
    else:
        carers = {
            key(m)
            for m in mentions
            if carers_assessment and (m.cue or at(m) < title_end) and m.role
        }
        caller = caller_as_carer(text) if carers_assessment and not carers else None
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
    # Nowak"), its surname cut to its initial too ("Case note – Albert FINCH ... Rang Mr F").
    # A title of its own line, not a call's first sentence ("Call from Mrs Janet Rowe re
    # husband Alan Rowe. Janet says"), nor whom a call came from or went to.
    heading = not _SENTENCE_BREAK.search(text[:title_end]) and text.find("\n", title_end) >= 0
    given = {
        key(m)
        for m in mentions
        if heading and at(m) < title_end and key(m) in scores and not m.reached
    }
    # A full name after a label naming the record's person ("Person: Derek Pascoe") says
    # whom the record is about in so many words: the one titled name it owns is the
    # person, however often the body names a relative ("Mrs P") or a caller.
    fielded = set() if carers_assessment or not text else person_field_names(text)
    settled: set[NameKey] = set()
    for mention in (m for facts in paragraph_facts for m in facts.mentions):
        if mention.ref.kind is not RefKind.FIRST or mention.role:
            continue
        owners = [k for k in given if mention.ref.name in firsts[k]]
        if not owners and mention.surname is not None and mention.cue:
            owners = [
                k
                for k in scores
                if (k[0] == mention.surname or initial_of(mention.surname, k[0]))
                and not firsts[k]
                and not _another_initial(k, mention.ref.name, mentions, text)
            ]
            # "Person: Derek Pascoe ... Mr Pascoe ... Mrs P": the title that writes the
            # surname in full is theirs; another cut to its initial is one of the family.
            in_full = [k for k in owners if k[0] == mention.surname]
            if len(owners) > 1 and len(in_full) == 1:
                owners = in_full
        if len(owners) == 1 and owners[0] not in carers:
            scores[owners[0]] += 3 if mention.cue or at(mention) < title_end else 1
            if mention.surname is not None:
                firsts[owners[0]].add(mention.ref.name)
                if at(mention) in fielded:
                    settled.add(owners[0])
    titled_best = (
        max(scores, key=lambda k: (k in settled, scores[k], -order[k])) if scores else None
    )
    untitled = first_name_person(paragraph_facts, roles, title_end, text, carers_assessment)
    # "Duty record - Miss Ellen Tremayne ... Ellen said": her first name is still her.
    same = (
        titled_best is not None
        and untitled is not None
        and any(same_first_name(untitled[0], first) for first in firsts[titled_best])
    )
    beaten = untitled is not None and untitled[1] > (scores[titled_best] if titled_best else 0)
    if untitled is not None and beaten and not same:
        return PersonIdentity(None, None, frozenset({untitled[0], *known_as(untitled[0], text)}))
    if titled_best is None:
        return PersonIdentity(None, None, frozenset())
    known = firsts[titled_best] or lone_first_name(paragraph_facts, roles, text, titled_best[0])
    return PersonIdentity(titled_best[0], titled_best[1], frozenset(known))


_SENTENCE_BREAK = re.compile(r"[.!?][ \t]+\S")


_INITIALS = re.compile(r"[ \t]+(?P<initial>[A-Z])\.?(?=[ \t])")


def _another_initial(name_key: NameKey, first: str, mentions: Sequence[Mention], text: str) -> bool:
    """Whether the titled name is written with an initial that is not the first name's
    ("Applicant: Arjun NANDRA (Mrs P Nandra)"): somebody else of the same surname. A name
    that is itself one letter ("Mr F") is the surname cut to its initial, no first name's."""
    if len(name_key[0]) == 1:
        return False
    for mention in mentions:
        if key(mention) != name_key or mention.at is None or mention.title is None:
            continue
        written = text[mention.at : mention.at + 40]
        after_title = re.match(r"\S+\.?", written)
        initial = _INITIALS.match(written, after_title.end() if after_title else 0)
        if initial is not None and initial.group("initial").lower() != first[:1].lower():
            return True
    return False
