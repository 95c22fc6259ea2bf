"""The typed facts one paragraph yields and the record-wide steps read: who is mentioned
(:class:`Mention`, :class:`Ref`), each clause of saying, feeling or wanting (:class:`Clause`),
quotes, the person's own lines (:class:`OwnLine`), and the paragraph's summary
(:class:`ParagraphVoice`) stored under :data:`VOICE_FACTS`."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from recordlint.rules.registry import FactKey

# ---------------------------------------------------------------------------------------------
# Facts: what a paragraph tells the document phase


class RefKind(StrEnum):
    """What a mention or a clause's subject points at."""

    NAME = "name"  # a titled name, by surname: "Mrs Pollard"
    FIRST = "first"  # an untitled name, by first name: "Hamish"
    ROLE = "role"  # a role noun: "her daughter", "the GP"
    PRONOUN = "pronoun"  # "she", "he", "they"
    YOU = "you"
    WRITER = "writer"  # "I", "we"
    IMPLICIT = "implicit"  # note style: "Says she is fine"
    OTHER = "other"  # somebody the record does not let us follow


@dataclass(frozen=True, slots=True)
class Ref:
    kind: RefKind
    name: str = ""  # the surname, first name or role


@dataclass(frozen=True, slots=True)
class Mention:
    """Somebody named or described, or the subject of a voice clause, at offset ``at``."""

    ref: Ref
    at: int | None = None  # None: a subject with no place of its own ("you", "I")
    gender: str | None = None  # "f", "m" or None
    role: str | None = None  # "person", "relevant_other", "professional" or None
    is_subject: bool = False
    plural: bool = False
    cue: bool = False  # introduced as the record's person: "re Mr X", "Name: Priya"
    title: str | None = None  # of a titled name: "mrs"
    first: tuple[str, ...] = ()  # first names of a titled name
    # The initial of a titled name written "Mr B. Answered", which may be the surname cut
    # short before a new sentence.
    initial: str | None = None
    surname: str | None = None  # of an untitled name given in full
    vocative: str | None = None  # "Mark, you told me": who "you" is
    reached: bool = False  # rang, was rung or was spoken to: "I rang Halina", "Karen rang"
    after_contact: bool = False  # "I rang Bright Care. They said": "they" is who was rung
    # Of an object pronoun ("her neighbour found her"): where the subject of its verb
    # stands, whom the pronoun cannot mean.
    not_within: tuple[int, int] | None = None

    def shifted(self, offset: int) -> Mention:
        if self.at is None:
            return self
        apart = self.not_within
        if apart is not None:
            apart = (apart[0] + offset, apart[1] + offset)
        return replace(self, at=self.at + offset, not_within=apart)


@dataclass(frozen=True, slots=True)
class Clause:
    """A clause in which somebody says, feels or wants something."""

    start: int
    end: int
    kind: str  # "speech", "feeling" or "wish"
    verb: str
    subject: Mention
    quotes: int = 0  # quotations inside it
    # Who passes the clause on, when it is reported inside somebody else's words with a
    # subject of its own: "Son said his dad wants the radio on", "Samuel told me Shirley
    # always hated being in bed".
    relayed_by: Mention | None = None
    translated: bool = False  # passed on by somebody interpreting: "Son translated and said"
    # Shown without words ("smiled", "reached for Irene"): a view the writer saw, and no
    # view when somebody else passes it on ("Staff report he is calling out at night").
    unspoken: bool = False

    @property
    def subject_at(self) -> int:
        return self.subject.at if self.subject.at is not None else self.start

    def shifted(self, offset: int) -> Clause:
        return replace(
            self,
            start=self.start + offset,
            end=self.end + offset,
            subject=self.subject.shifted(offset),
            relayed_by=self.relayed_by.shifted(offset) if self.relayed_by else None,
        )


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation outside any voice clause that may be the person's words."""

    start: int
    end: int
    credited: bool  # "in her words"
    loose: bool = False  # whose words is decided with the whole record

    def shifted(self, offset: int) -> Quote:
        return replace(self, start=self.start + offset, end=self.end + offset)


class LineKind(StrEnum):
    """What a line unit does in a plan or profile written in the person's first person."""

    # "What is important to me", "All about me", "Me", "What I like": the person's own
    HEADING_ME = "heading_me"
    HEADING_FIRST = "heading_first"  # "My goals", "What I'd like"
    HEADING = "heading"  # "Professional summary", "Actions"
    INTRODUCTION = "introduction"  # "My name is Ahmed", "I'm Shanice and I'm 31"
    FIRST_PERSON = "first_person"  # any other line with "I", "me" or "my" in it
    SENDER = "sender"  # "From: Ann Lee", "Email received from Mrs Lee": whose message follows
    END_OF_MESSAGE = "end_of_message"  # "[end of email]", "-----"


@dataclass(frozen=True, slots=True)
class OwnLine:
    """A heading, or a line in the first person, for reading plans the person speaks in."""

    start: int
    end: int
    kind: LineKind
    professional: bool = False  # an introduction that names a professional role
    sender: Mention | None = None  # of a message copied into the record

    def shifted(self, offset: int) -> OwnLine:
        return replace(self, start=self.start + offset, end=self.end + offset)


@dataclass(frozen=True, slots=True)
class ParagraphVoice:
    mentions: tuple[Mention, ...] = ()
    clauses: tuple[Clause, ...] = ()
    quotes: tuple[Quote, ...] = ()
    lines: tuple[OwnLine, ...] = ()

    def shifted(self, offset: int) -> ParagraphVoice:
        if offset == 0:
            return self  # a paragraph's first unit: every offset stays as it is
        return ParagraphVoice(
            tuple(m.shifted(offset) for m in self.mentions),
            tuple(c.shifted(offset) for c in self.clauses),
            tuple(q.shifted(offset) for q in self.quotes),
            tuple(line.shifted(offset) for line in self.lines),
        )

    def __add__(self, other: ParagraphVoice) -> ParagraphVoice:
        return ParagraphVoice(
            self.mentions + other.mentions,
            self.clauses + other.clauses,
            self.quotes + other.quotes,
            self.lines + other.lines,
        )


VOICE_FACTS: FactKey[ParagraphVoice] = FactKey("voice")
