"""RL8xx: the person's voice. Records show what the person said, wants and feels.

The work happens in two steps. For each paragraph, :func:`paragraph_voice` reads the
dependency parse and writes down plain facts: who is mentioned where (titled names, first
names, family and professional roles), and each clause in which somebody says, feels or
wants something, with its subject as written ("she", "Mrs Pollard", "her daughter", "you").
Then, for the whole record, :func:`resolve_voice` decides who the person is (the most
mentioned titled name, preferring one introduced as "re Mr X" or "Person: Mrs Y", and never
one introduced as somebody's daughter or nurse), follows "he" and "she" back to the nearest
person they could mean, and sorts each clause into the person's voice, a relevant other's
view (family, friends, unpaid carers) or a professional's view.

The resolution is conservative: "she" after "the GP" or "her daughter" is not taken to be
the person, because wrongly crediting the person with a view is worse than missing one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from recordlint.doc_access import (
    char_span,
    doc_text,
    first_token,
    remember_text,
    span_copy,
    span_text,
)
from recordlint.evaluative import feeling_stated_as_fact, marker_matches
from recordlint.findings import RECORD_KINDS, Category, RecordKind, Severity
from recordlint.inflection import word_forms
from recordlint.lexicon import load_lexicon, word_list
from recordlint.matching import literal_alternation
from recordlint.names import (
    CAPITAL,
    is_professional_title,
    name_particles,
    name_word,
    names_somebody,
    only_an_ordinary_word,
    title_gender,
    titled_name,
    titles,
)
from recordlint.nlp import DEFAULT_MODEL, Need
from recordlint.rules.registry import (
    DocumentContext,
    FactKey,
    ParagraphContext,
    document_step,
    rule,
)
from recordlint.segments import DASHES, is_heading, is_section_heading, line_units
from recordlint.subjects import WEEKDAYS, Referent, referent_of
from recordlint.text import quote_spans
from recordlint.token_view import TokenView, token_view

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Titles, name particles, family roles and organisation nouns are shared word lists
# (lexicons/domain-words.toml); names and titles are read by recordlint.names.


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# "Another resident", "a tenant": somebody else of the same kind.
_SOMEBODY_ELSE = frozenset({"another", "other", "a", "an", "fellow"})
# Signing, pointing and mouthing are speech verbs in the lexicon; "sign" is checked further
# in :func:`_voice_term` ("signed the form" is not a view).
# "Put swimming on the 'like' side": sorting cards on a Talking Mat or a like/dislike board.
_SORTING_VERBS = frozenset({"put", "place", "move", "sort", "stick"})
_SORTING_BOARD = re.compile(
    r"\b(?:(?:don[’']?t|do\s+not|not\s+sure|dis)?like['’\"]?\s+(?:side|pile|column|half|"
    r"section)|talking\s+mats?|thumbs?[\s-]+(?:up|down))\b",
    re.IGNORECASE,
)
# What a person signs that is not a view (a form, a contract, the care plan) is the
# "signed_thing" word list.


# Words before a name that mark the person the record is about: "re Mr X", "Person: Mrs Y".
_PERSON_CUE = re.compile(
    r"(?:\b(?:re|regarding|about|visit(?:ed)?\s+to|visited|dear|person|adult|name|pt|"
    r"patient|client|service\s+user|of)\s*:?\s*$|^\s*carer\s*:\s*$|\A\s*\Z)",
    re.IGNORECASE | re.MULTILINE,
)
_MODALS = _words("may might could can will shall should must 'll ca wo")
_NEEDS_CONTENT = frozenset({"speak", "talk"})
_NEEDS_CLAUSE = frozenset({"claim", "admit", "acknowledge"})
_ANSWERS_TO_AN_OFFER = frozenset({"accept", "decline"})
_NOT_SPOKEN = frozenset({"door", "phone", "telephone", "call"})
_CONDITIONAL_MARKS = frozenset({"if", "whether", "unless"})
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|mine|myself)\b")
# "In her words:", "(his words)" before or after a quotation credit it to the person.
_OWN_WORDS = re.compile(
    r"\b(?:in\s+(?:her|his|their)\s+(?:own\s+)?words|(?:her|his|their)\s+words)\b", re.IGNORECASE
)
MIN_UNATTRIBUTED_QUOTE_WORDS = 3


# ---------------------------------------------------------------------------------------------
# Lexicon


@dataclass(frozen=True, slots=True)
class VoiceTerm:
    """One speech, feeling or wish entry, split into its head word and what must go with it."""

    kind: str  # "speech", "feeling" or "wish"
    head: str  # the lemma of the word that carries the clause
    copular: bool  # "be worried": the head is an adjective after "be"
    would: bool  # "would like": the head needs "would"
    then: tuple[str, ...]  # words that must follow the head ("point to", "ask for")


@dataclass(frozen=True, slots=True)
class SpeechLexicon:
    terms: dict[str, tuple[VoiceTerm, ...]]  # by head lemma
    professional: frozenset[str]
    relevant_other: frozenset[str]
    # Nouns that name the person the record is about (depersonalising, but still the
    # person): "Resident says she likes her room", "YP said he wants to go to college".
    person: frozenset[str] = frozenset()
    # Words that, with "to" and an owner, name their view: "What matters to Leonard".
    view_predicates: frozenset[str] = frozenset()
    # Ways of reaching somebody, as (head lemma, preposition or ""): "rang", "spoke to".
    contact: frozenset[tuple[str, str]] = frozenset()
    # Nouns that carry their owner's view, as (head, word before or ""): "wishes",
    # ("outcome", "desired").
    views: frozenset[tuple[str, str]] = frozenset()
    # Inflected forms of the head words, for words the tagger lemmatises wrongly ("hated"
    # as "hat").
    forms: dict[str, str] = field(default_factory=dict)


@cache
def speech_lexicon() -> SpeechLexicon:
    terms: dict[str, list[VoiceTerm]] = {}
    professional: set[str] = set()
    relevant_other: set[str] = set()
    person: set[str] = set()
    view_predicates: set[str] = set()
    contact: set[tuple[str, str]] = set()
    views: set[tuple[str, str]] = set()
    for entry in load_lexicon("speech").entries:
        term = entry.term.lower()
        if entry.kind == "professional":
            professional.add(term)
        elif entry.kind == "relevant_other":
            relevant_other.add(term)
        elif entry.kind == "person_role":
            person.add(term)
        elif entry.kind == "view_predicate":
            view_predicates.add(term)
        elif entry.kind == "contact_verb":
            head, _, preposition = term.partition(" ")
            contact.add((head, preposition))
        elif entry.kind == "view_noun":
            before, _, head = term.rpartition(" ")
            views.add((head, before))
        else:
            parsed = _parse_term(entry.kind.removesuffix("_verb"), term)
            terms.setdefault(parsed.head, []).append(parsed)
    forms = {form: head for head in terms for form in word_forms(head) if form not in terms}
    # Longer entries first, so "ask for" (a wish) is tried before "ask" (speech).
    return SpeechLexicon(
        {
            head: tuple(sorted(v, key=lambda t: (-len(t.then), -t.would, -t.copular)))
            for head, v in terms.items()
        },
        frozenset(professional),
        frozenset(relevant_other),
        frozenset(person),
        frozenset(view_predicates),
        frozenset(contact),
        frozenset(views),
        forms,
    )


def _parse_term(kind: str, term: str) -> VoiceTerm:
    words = term.split()
    copular = words[0] == "be" and len(words) > 1
    would = words[0] == "would" and len(words) > 1
    if copular or would:
        words = words[1:]
    # "shake her head", "let me know": the words after the head are matched loosely.
    return VoiceTerm(kind, words[0], copular, would, tuple(words[1:]))


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


# ---------------------------------------------------------------------------------------------
# Per paragraph: facts from the parse


def paragraph_voice(doc: Doc, quotes: Sequence[tuple[int, int]]) -> ParagraphVoice:
    """Mentions of people and voice clauses in one parsed line unit, as typed facts.

    ``quotes`` are offsets into ``doc.text``; so are the offsets in the result.
    """
    lexicon = speech_lexicon()
    names = _titled_names(doc, lexicon)
    mentions = _mentions(doc, lexicon, names)
    mentions.extend(_object_pronouns(doc))
    mentions.sort(key=_at)
    clauses = _clauses(doc, quotes, lexicon, names)
    covered = [(c.start, c.end) for c in clauses]
    quoted = []
    for start, end in quotes:
        inside = next((i for i, c in enumerate(clauses) if c.start <= start and end <= c.end), None)
        if inside is not None:
            clauses[inside] = replace(clauses[inside], quotes=clauses[inside].quotes + 1)
            continue
        words = doc_text(doc)[start:end]
        credited = bool(_OWN_WORDS.search(doc_text(doc)[max(0, start - 40) : end + 20]))
        loose = not any(s <= start < e for s, e in covered)
        if credited or (
            len(words.split()) >= MIN_UNATTRIBUTED_QUOTE_WORDS
            and _FIRST_PERSON.search(words)
            and loose
        ):
            quoted.append(Quote(start, end, credited))
        elif loose and spoken_words(doc_text(doc), start, end):
            # Whose words these are is decided with the whole record: the person's when
            # the person is who the record was last speaking of.
            quoted.append(Quote(start, end, credited=False, loose=True))
    return ParagraphVoice(tuple(mentions), tuple(clauses), tuple(quoted))


_CONTACTED = re.compile(
    r"\b(?:rang|phoned|called|e-?mailed|texted|messaged|contacted|spoke\s+(?:to|with)|"
    r"wrote\s+to|referred\s+to|chased)\b",
    re.IGNORECASE,
)
_SENTENCE_PUNCTUATION = re.compile(r"[.!?…]")
_TRANSLATION_AFTER = re.compile(r"^\W?\s*[(\[]")
_OPENS_BEFORE = re.compile(r"\w\W*[:.!?…–—-]\s*\W?$")


_OBJECT_PRONOUNS = {"her": "f", "him": "m"}
_OBJECT_DEPS = frozenset({"dobj", "dative"})


def _object_pronouns(doc: Doc) -> list[Mention]:
    """The pronouns "her" and "him" as the object of a verb ("her neighbour found her",
    "the GP examined him"), each with where its verb's subject stands: a pronoun that is
    not reflexive never means the subject of its own verb, so it may name the person past
    somebody who stands nearer."""
    found: list[Mention] = []
    view = token_view(doc)
    for index, (lower, tag) in enumerate(zip(view.lower, view.tag, strict=True)):
        gender = _OBJECT_PRONOUNS.get(lower)
        if gender is None or tag != "PRP":
            continue  # passed over without a token object
        token = doc[index]
        if token.dep_ not in _OBJECT_DEPS:
            continue
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        apart = None
        if subject is not None:
            words = list(subject.subtree)
            apart = (words[0].idx, words[-1].idx + len(words[-1].text))
        found.append(Mention(Ref(RefKind.PRONOUN), at=token.idx, gender=gender, not_within=apart))
    return found


def spoken_words(text: str, start: int, end: int) -> bool:
    """Whether the quotation ``text[start:end]`` reads as somebody's words rather than a
    scare-quoted label ("resistive") or a title ("Living Well"): it starts with a capital
    and is a sentence ("No more. Home."), stands on its own after a colon or a full stop,
    or comes with a translation in brackets ("Ghar hi changa hai" (home is best))."""
    words = text[start:end].strip()
    first = next((c for c in words if c.isalpha()), "")
    if not first.isupper():
        return False
    if _SENTENCE_PUNCTUATION.search(words) or _TRANSLATION_AFTER.match(text[end:]):
        return True
    # After a colon or a full stop, not alone on a line, where it may be a heading.
    title_case = all(w[:1].isupper() for w in words.split())
    return bool(_OPENS_BEFORE.search(text[:start])) and not title_case


def _titled_names(doc: Doc, lexicon: SpeechLexicon) -> dict[int, Mention]:
    """Titled names ("Mrs Doreen Pollard", "Mr H Yusuf"), keyed by the surname's token.

    Read from the text rather than the parse: the parser happily joins a name to the
    heading or address line after it ("Mrs Anita Desai / Social Worker").
    """
    found: dict[int, Mention] = {}
    for match in titled_name().finditer(doc_text(doc)):
        if not names_somebody(match):
            continue  # "PC Monday", "Nurse Practitioner": a role or an abbreviation
        title = match.group("title").lower()
        words = match.group("names").split()
        while len(words) > 1 and words[-1].isupper() and len(words[-1]) > 1:
            words.pop()  # an acronym after the name ("Mr Yusuf DP") is not part of it
        surname = words[-1]
        offset = match.start("names") + match.group("names").index(surname)
        token = first_token(char_span(doc, offset, offset + len(surname), "expand"))
        if token is None:
            continue
        start = match.start()
        # "Mr Oluwaseun Adebayo (Seun)": the name the record goes on to use is one of the
        # person's first names too.
        after = _NICKNAME.match(doc_text(doc), match.end("names"))
        nicknames = [after.group("nick")] if after is not None else []
        role = _role_in_text(doc_text(doc), start, match.end("names"), lexicon)
        # "08/09 14:15 Tel Mr B. Answered.": the parser may fold a note's call into the
        # name; the words before it still say who was rung.
        contacted = reached(token, lexicon) or bool(
            _contact_before(lexicon).search(doc_text(doc), max(0, start - 24), start)
        )
        cue = bool(_PERSON_CUE.search(doc_text(doc)[max(0, start - 24) : start]))
        if role == "relevant_other" and _about_somebodys_relative(doc_text(doc), start, lexicon):
            # "Dtr rang re her father Mr George Pemberton": the call is about him, and "her
            # father" says whose father he is, the caller's; he is the record's person.
            role, cue = None, True
        found[token.i] = Mention(
            Ref(RefKind.NAME, _clean(surname)),
            at=start,
            first=tuple(
                _clean(w)
                for w in [*words[:-1], *nicknames]
                if len(w.rstrip(".")) > 1 and w.lower() not in name_particles()
            ),
            gender=title_gender(title),
            title=title,
            initial=_clean(words[0]) if len(words) == 2 and _INITIAL.fullmatch(words[0]) else None,
            role=role or _title_role(title),
            is_subject=token.dep_ == "nsubj" or contacted,
            reached=contacted,
            cue=cue,
        )
    return found


_INITIAL = re.compile(CAPITAL + r"\.")
_NICKNAME = re.compile(r"[ \t]*[(\"“‘'][ \t]*(?P<nick>" + CAPITAL + r"[^\W\d_]+)[ \t]*[)\"”’']")
_ROLE_WORDS = r"(?P<role>[\w-]+(?:\s+[\w-]+)?)"
# "Mrs Linda Shaw, daughter of", "Mr Samuel Osei, 44, son and main carer", "(IMCA)"; not
# "(daughter Efua present)", which introduces somebody else, nor "Ward 4", a place.
_ROLE_AFTER = re.compile(
    r"^['’]?s?\s*[,(]\s*(?:\d{1,3}\s*,\s*)?(?:(?:his|her|their|the|a)\s+)?"
    r"(?P<role>[\w-]+(?:\s+[a-z][\w-]*)?|[A-Z][a-z-]+\s+[A-Z][a-z-]+(?=\s*[,)\n]))"
    r"(?![\w-]|\s+" + CAPITAL + r"|\s*\d)"
)
# "her daughter, Mrs Priya Shah", "Daughter: Mrs Karen Pollard", "his son Mr Ali Khan"
_ROLE_BEFORE = re.compile(
    r"(?:\b(?:his|her|their)\s+"
    + _ROLE_WORDS
    + r"\s*[,(:]?|"
    + _ROLE_WORDS.replace("role", "label")
    + r"\s*[,(:])\s*$"
)
# "Dtr Mrs Sandra Oduya", "GP Dr Amin": note style writes the role straight before the name.
_BARE_ROLE_BEFORE = re.compile(r"(?:^|[^\w-])(?P<role>[\w-]+)[ \t]+$")
_FROM_ORGANISATION = re.compile(r"^\s+from\s+(?:the\s+)?" + CAPITAL)
# "rang re her father", "about his mum, ", "discharge planning for his father, ", "call re
# husband Alan Rowe": a contact about somebody's relative.
_ABOUT_A_RELATIVE = re.compile(
    r"\b(?:re|regarding|about|concerning|for)\s*:?\s+(?:(?:his|her|their)\s+)?"
    + _ROLE_WORDS
    + r"\s*[,(:]?\s*$",
    re.IGNORECASE,
)


_contact_patterns: dict[int, tuple[SpeechLexicon, re.Pattern[str]]] = {}


def _contact_before(lexicon: SpeechLexicon) -> re.Pattern[str]:
    """A way of reaching somebody written straight before a name, opening a note's line or
    sentence or after "I" or a time: "Tel Mr B", "14:15 rang Mrs K", "I spoke to Mr O"."""
    known = _contact_patterns.get(id(lexicon))
    if known is None or known[0] is not lexicon:
        forms: set[str] = set()
        for head, preposition in lexicon.contact:
            pasts = [past for past, base in _IRREGULAR_PAST.items() if base == head]
            after = rf"[ \t]+{preposition}" if preposition else r"(?:[ \t]+(?:to|with))?"
            forms.update(rf"{re.escape(w)}{after}" for w in [*word_forms(head), *pasts])
        words = "|".join(sorted(forms, key=len, reverse=True))
        pattern = re.compile(
            rf"(?:^|[.;:!?\d]|\bI\b|\bwe\b)[ \t]*(?i:{words})[ \t]+\Z", re.MULTILINE
        )
        known = _contact_patterns[id(lexicon)] = (lexicon, pattern)
    return known[1]


def _about_somebodys_relative(text: str, start: int, lexicon: SpeechLexicon) -> bool:
    """Whether the name at ``start`` follows "re her father" or "about his mum": the one a
    contact is about, named by their relation to whoever made it."""
    match = _ABOUT_A_RELATIVE.search(text[max(0, start - 40) : start])
    if match is None:
        return False
    words = match.group("role").lower().split()
    return any(_role_kind(p, lexicon) == "relevant_other" for p in (" ".join(words), words[-1]))


def _role_in_text(text: str, start: int, end: int, lexicon: SpeechLexicon) -> str | None:
    """A family or professional role written beside a name: "Mrs Linda Shaw, daughter of",
    "her daughter, Mrs Priya Shah", "Mr Rhodri Lewis (IMCA)", "Mrs Kiran Joshi from
    Rainbow Home Care". Read from the text: in lists the parser's appositions wander."""
    return _role_word_in_text(text, start, end, lexicon)[0]


def _role_word_in_text(
    text: str, start: int, end: int, lexicon: SpeechLexicon
) -> tuple[str | None, str | None]:
    """The kind of role written beside a name, and the role word ("son")."""
    after = text[end : end + 40]
    before = text[max(0, start - 30) : start]
    if _FROM_ORGANISATION.match(after):
        return "professional", None
    for match in (
        _ROLE_AFTER.match(after),
        _ROLE_BEFORE.search(before),
        _BARE_ROLE_BEFORE.search(before),
    ):
        if match is None:
            continue
        found = match.groupdict().get("role") or match.groupdict().get("label") or ""
        words = found.lower().split()
        if len(words) > 1 and _role_kind(words[-1], lexicon) == "person":
            return None, None  # "council tenant": the phrase ends naming the person
        for phrase in (" ".join(words), words[0]):
            kind = _role_kind(phrase, lexicon)
            if kind in {"relevant_other", "professional"}:
                return kind, phrase
    return None, None


def _mentions(doc: Doc, lexicon: SpeechLexicon, names: dict[int, Mention]) -> list[Mention]:
    """People named or described in the text, in order; pronouns come with clauses."""
    in_names = set(names)
    view = token_view(doc)
    title_tokens = {i for i, lower in enumerate(view.lower) if lower.rstrip(".") in titles()}
    found: list[Mention] = list(names.values())
    for index in _may_name_somebody(view, lexicon):
        if index in in_names or index in title_tokens:
            continue
        token = doc[index]
        if token.dep_ in {"compound", "flat"} and token.head.pos_ == "PROPN":
            continue  # part of a longer name; the name's head token speaks for it
        if any(c.i in title_tokens for c in token.lefts):
            continue  # the first name of a titled name
        mention = _mention(token, lexicon)
        if mention is not None:
            found.append(mention)
    taken = {m.at for m in found}
    found.extend(m for m in cued_first_names(doc_text(doc)) if m.at not in taken)
    found.sort(key=_at)
    # "Caller: Mr Lionel Fairweather (self)", "Anon caller (neighbour)": who rang.
    text = doc_text(doc)
    found = [
        replace(m, reached=True, is_subject=True)
        if _CALLER_BEFORE.search(text, max(0, _at(m) - 12), _at(m))
        else m
        for m in found
    ]
    # "Ana rang about her mother, Mrs Lopes": whoever "her mother" belongs to is family too.
    for relative in list(found):
        about = relative.role == "relevant_other" or relative.cue
        if relative.ref.kind is RefKind.NAME and about:
            at = _at(relative)
            possessive = _ROLE_BEFORE.search(doc_text(doc)[max(0, at - 30) : at])
            if possessive is None or possessive.group("role") is None:
                continue
            # Not across a list's semicolon or a line: "Present: Daniel; his mother, Mrs
            # Carol Whitcombe" names two people.
            found = [
                replace(m, role=m.role or "relevant_other")
                if m.ref.kind is RefKind.FIRST
                and _at(m) < at
                and not _LIST_BREAK.search(doc_text(doc), _at(m), at)
                else m
                for m in found
            ]
    return found


_NAMING_POS = frozenset({"NOUN", "PROPN"})
_LIST_BREAK = re.compile(r"[;\n]")


def _may_name_somebody(view: TokenView, lexicon: SpeechLexicon) -> Iterator[int]:
    """The indexes of the tokens :func:`_mention` may read as somebody: a noun or a name,
    or a word that ends a role ("PT", "daughter"). Every other token it turns down, so
    they are passed over without a token object each."""
    ends = _role_word_ends(lexicon)
    for index, (text, lower, lemma, pos, tag) in enumerate(
        zip(view.text, view.lower, view.lemma, view.pos, view.tag, strict=True)
    ):
        if (
            pos in _NAMING_POS
            or tag == "NNP"
            or text == "PT"
            or lower in ends
            or lemma in ends
            or " " in lower
            or " " in lemma
        ):
            yield index


def _at(mention: Mention) -> int:
    return mention.at if mention.at is not None else 0


# A name given in a field or after "re": "Name: Priya Shah", "Re: Dougie (DOB 3.4.51)",
# "Person: Jamie". Titled names are read elsewhere.
@cache
def _cued_first_name() -> re.Pattern[str]:
    return re.compile(
        r"^[ \t]*(?:name|person|re|regarding|service\s+user|client|adult|about)[ \t]*[:\-–]"
        r"[ \t]*"
        rf"(?P<name>{CAPITAL}[^\W\d_]*(?:['’-][^\W\d_]+)*(?:[ \t]+{name_word()}){{0,2}})"
        # The name ends the line, or a field after a gap: "Person: Joan Pickering    DOB".
        r"[ \t]*(?=$|[,(.;/–-]|[ \t]{2})",
        re.IGNORECASE | re.MULTILINE,
    )


# A full name closing a title after a dash ("Supported living tenancy - Kieran Walsh",
# "Review visit - Leonard (Len) Gibbs"), or standing between dashes before the place or the
# date ("Visit - Tadeusz Nowak, Marine Court - 15/04/2026"), or given after a line's label
# with the age that describes whom a record is about ("RS: Danny Whelan, approx. 40s"): how
# records without a title name their person.
@cache
def _introduced_full_name() -> re.Pattern[str]:
    dashes = "".join(re.escape(dash) for dash in sorted(DASHES))
    known_as = rf"(?:[ \t]+\({CAPITAL}[^\W\d_]+\))?"
    full_name = rf"(?P<name>{CAPITAL}[^\W\d_]+{known_as}(?:[ \t]+{name_word()}){{1,2}})"
    return re.compile(
        rf"^(?P<before>[^\n]*?)[ \t][{dashes}][ \t]+{full_name}[ \t]*"
        rf"(?:$|,[^\n{dashes}]*[ \t][{dashes}][ \t][^\n]*$)|"
        rf"^[ \t]*(?:(?P<label>[^\W\d_][^:\n]{{0,24}}):[ \t]*)?"
        + full_name.replace("name>", "aged>")
        + r"[ \t]*[,(][ \t]*(?:(?:approx\.?|aged?)[ \t]*)?\d{1,3}(?!\d)",
        re.MULTILINE,
    )


_WHOSE_RELATION = re.compile(
    rf"\([ \t]*(?P<name>{CAPITAL}[^\W\d_]+)['’]s[ \t]+(?P<role>[\w-]+)[ \t]*[),]"
)


_FOR_A_RELATIVE = re.compile(
    r"\((?:[^()\n]{0,24}[ \t])?(?:re|regarding|about|for)[ \t]+(?:his|her|their)[ \t]+"
    rf"(?P<role>[\w-]+)[ \t]+(?P<name>{CAPITAL}[^\W\d_]+)[ \t]*\)"
)


def cued_first_names(text: str, lexicon: SpeechLexicon | None = None) -> list[Mention]:
    """Untitled names given where a record names its person: "Name: Priya", "Re: Dougie",
    a title's "- Kieran Walsh" (not one introduced by a role: "Call with advocate - Chidi
    Obi"), "RS: Danny Whelan, 40"."""
    lexicon = lexicon or speech_lexicon()
    matches = list(_cued_first_name().finditer(text))
    for match in _introduced_full_name().finditer(text):
        # "Call with advocate - Chidi Obi", "Daughter: Sarah Jones, 45", "Sarah Jones, 45,
        # daughter": a role before or after the name introduces somebody else.
        before = (match.group("before") or match.group("label") or "").lower()
        words = re.findall(r"[\w-]+", before)
        roles = {_role_kind(w, lexicon) for word in words for w in (word, word.removesuffix("s"))}
        name = "aged" if match.group("aged") else "name"
        roles.add(_role_in_text(text, match.start(name), match.end(name), lexicon))
        if roles & {"relevant_other", "professional"}:
            continue
        matches.append(match)
    # "Phone call from Jane Feltham (Dorothy's daughter)", "call from Amina (AP for her
    # mother Halima)": whose relative or worker the caller is introduced as is the one the
    # record is about.
    for match in _WHOSE_RELATION.finditer(text):
        if _role_kind(match.group("role").lower(), lexicon) in {"relevant_other", "professional"}:
            matches.append(match)
    for match in _FOR_A_RELATIVE.finditer(text):
        if _role_kind(match.group("role").lower(), lexicon) == "relevant_other":
            matches.append(match)
    found: list[Mention] = []
    for match in matches:
        group = "aged" if match.groupdict().get("aged") else "name"
        words = match.group(group).split()
        lowered = {word.lower() for word in words}
        if any(_role_kind(word, lexicon) for word in lowered) or lowered & word_list("home"):
            continue  # "- West Team", "- Anchor House": a team, a role or a place
        if words[0].lower().rstrip(".") in titles() | WEEKDAYS or words[0].isupper():
            continue
        if any(m.at == match.start(group) for m in found):
            continue  # "Client: Harvey Bell, 41" is given by a label and by an age
        found.append(
            Mention(
                Ref(RefKind.FIRST, _clean(words[0])),
                at=match.start(group),
                surname=_clean(words[-1]) if len(words) > 1 else None,
                cue=True,
            )
        )
    return found


def _mention(token: Token, lexicon: SpeechLexicon) -> Mention | None:
    role = _role_of(token, lexicon)
    if role is not None:
        mention = _role_mention(token, role)
        if reached(token, lexicon):
            return replace(mention, is_subject=True, reached=True)
        if role == "professional" and _organisation_only(token, lexicon):
            # "Bath board - refused. She prefers": a service or thing nobody rang is never
            # "she" or "he"; as a group it stands only between "they" and its person.
            return replace(mention, plural=True)
        return mention
    if token.pos_ != "PROPN" and token.tag_ != "NNP":
        return None
    # Untitled names count when they act (as a subject), were reached ("I rang Sidney") or
    # carry a role beside them: place and organisation names would otherwise stand
    # between a pronoun and its person.
    beside = _role_beside(token, lexicon)
    if beside is None:
        # "Son Brian (lives in Spain) by phone - he feels": the role written before the
        # name, where the parser hangs the name on nothing in particular.
        parts = _name_parts(token)
        if parts and _role_kind(parts[0].lower_, lexicon) in {"relevant_other", "professional"}:
            beside = parts[0].lower_
    contacted = reached(token, lexicon)
    if token.dep_ not in {"nsubj", "appos"} and not beside and not contacted:
        return None
    words = _name_words(token)
    if referent_of(token) is Referent.ORGANISATION:
        # "I rang Bright Care. They said...": an organisation is a "they" of its own.
        return replace(_role_mention(token, "professional"), plural=True)
    if (
        token.text.isupper()
        or not token.text[:1].isupper()
        or _ABBREVIATION.fullmatch(token.text)
        or any("." in w or not w[:1].isupper() for w in words)
        or any(w.lower() in WEEKDAYS for w in words)
    ):
        return None  # "PoC", "NoK": abbreviations in mixed case; "Sun 15/02": a day
    first = _first_token_of(token)
    text = doc_text(token.doc)
    end = token.idx + len(token.text)
    # "Wife Abena rang": a role written before the name, as note style does, is not
    # the first name but the role.
    while len(words) > 1 and _role_kind(words[0].lower(), lexicon) is not None:
        beside = beside or words[0].lower()
        words = words[1:]
    # "her daughter Ana", "Sam, the OT": the parse does not always join the role to the name.
    role = _role_kind(beside, lexicon) if beside else None
    if role is None:
        # "Mrs Ashworth's son, Michael Ashworth": the role gives the name a gender too.
        role, word = _role_word_in_text(text, first.idx, end, lexicon)
        beside = beside or word
    cue = bool(_PERSON_CUE.search(text[max(0, first.idx - 24) : first.idx]))
    if role == "relevant_other" and _about_somebodys_relative(text, first.idx, lexicon):
        role, cue = None, True  # "Mrs Rao phoned about her son, Arjun": the call is about him
    return Mention(
        Ref(RefKind.FIRST, _clean(words[0])),
        at=first.idx,
        surname=_clean(words[-1]) if len(words) > 1 else None,
        gender=_role_gender(beside) if beside else None,
        role=role,
        # "Son Brian (lives in Spain) by phone - he feels": a relative or worker that
        # opens a line with their role is whom the line goes on about.
        is_subject=token.dep_ == "nsubj"
        or contacted
        or (role is not None and beside is not None and not text[: first.idx].strip()),
        reached=contacted,
        cue=cue,
    )


# Past forms the tagger leaves unlemmatised when a note opens with them ("Spoke to pt").
_IRREGULAR_PAST = {"spoke": "speak", "spoken": "speak", "rang": "ring", "rung": "ring",
                   "saw": "see", "seen": "see", "met": "meet"}  # fmt: skip


def _forms(word: Token) -> set[str]:
    lower = word.lower_.rstrip(".")
    return {word.lemma_.lower(), lower, _IRREGULAR_PAST.get(lower, lower)}


_CALLER_BEFORE = re.compile(r"\bcaller\s*[:(]\s*$", re.IGNORECASE)
_ABBREVIATION = re.compile(r"[A-Z][a-z]?[A-Z][A-Za-z]?")


def reached(token: Token, lexicon: SpeechLexicon) -> bool:
    """Whether ``token`` names who the writer rang, visited or spoke to: "I rang Halina",
    "Spoke with Sidney", "Tel to SU", "Phone call to Mrs Ross". Who was reached is who
    speaks next ("I phoned Tomasz. He said..."), as a subject would be. So is who rang:
    "Karen rang", "Call from Mrs Iyer"."""
    if token.dep_ in {"dobj", "obj"}:
        return any((form, "") in lexicon.contact for form in _forms(token.head))
    if token.dep_ == "nsubj":
        # "Karen rang", "Dtr rang re her father", "Carer rang at 9am": whoever rang in;
        # not "Karen rang the GP" or "spoke to the GP", where she reached somebody else.
        verb = token.head
        forms = _forms(verb)
        return any((form, "") in lexicon.contact for form in forms) and not any(
            c.dep_ in {"dobj", "obj"}
            or (
                c.dep_ == "prep"
                and (c.lower_ == "to" or any((form, c.lower_) in lexicon.contact for form in forms))
            )
            for c in verb.children
        )
    if token.dep_ != "pobj" or token.head.dep_ != "prep":
        return False
    preposition = token.head.lower_
    reacher = token.head.head
    forms = _forms(reacher)
    if preposition == "from":
        # "Call from Mrs Iyer", "Tel from daughter": the caller is who speaks next; not
        # "two visits a day from Meadowcroft Home Care", a service's pattern of visits.
        if reacher.pos_ == "VERB" or reacher.tag_ == "NNS":
            return False
        return any((form, "") in lexicon.contact for form in forms)
    # "Tel to SU", "phoned to": a bare way of reaching somebody takes "to" for whom.
    prepositions = {preposition, ""} if preposition == "to" else {preposition}
    return any((form, p) in lexicon.contact for form in forms for p in prepositions)


def _role_mention(token: Token, role: str) -> Mention:
    return Mention(
        Ref(RefKind.ROLE, role),
        at=_first_token_of(token).idx,
        gender=_role_gender(token.lower_) or _role_gender(token.lemma_.lower()),
        role=role,
        is_subject=token.dep_ == "nsubj" or _heads_a_note(token),
        plural=token.tag_ in {"NNS", "NNPS"} or token.lower_ in {"family", "staff", "police"},
    )


def _heads_a_note(token: Token) -> bool:
    """Whether ``token`` opens a note the parser hangs on it, with what it does after it
    ("Pt refusing pendant alarm"): the subject of the note in all but the parse."""
    return token.dep_ == "ROOT" and any(
        c.dep_ == "acl" and c.pos_ == "VERB" and c.i > token.i for c in token.children
    )


def _first_token_of(token: Token) -> Token:
    first = token
    for child in _name_parts(token):
        if child.i < first.i:
            first = child
    return first


def _name_words(token: Token) -> list[str]:
    return [*(c.text for c in _name_parts(token)), token.text]


def _name_parts(token: Token) -> list[Token]:
    """The words the parser joined to a name before it, up to a dash or a bracket: in
    "Mr Derek Fothergill – Sophie reports" and "Village Agent – Mr Yeo" the words before
    the dash are a heading of their own."""
    parts = [c for c in token.lefts if c.dep_ in {"compound", "flat"}]
    doc = token.doc
    breaks = [t.i for t in doc[parts[0].i : token.i] if t.is_punct] if parts else []
    return [c for c in parts if not breaks or c.i > max(breaks)]


def _clean(word: str) -> str:
    return re.sub(r"(?:['’]s)$", "", word).strip(".").lower()


def _title_role(title: str) -> str | None:
    return "professional" if is_professional_title(title) else None


def _role_gender(word: str | None) -> str | None:
    if word in word_list("female_role"):
        return "f"
    if word in word_list("male_role"):
        return "m"
    return None


def _role_kind(word: str | None, lexicon: SpeechLexicon) -> str | None:
    if word is None:
        return None
    if word in lexicon.person:
        return "person"
    if word in lexicon.relevant_other:
        return "relevant_other"
    if word in lexicon.professional or word in word_list("organisation"):
        return "professional"
    return None


_role_ends: dict[int, tuple[SpeechLexicon, frozenset[str]]] = {}


def _role_word_ends(lexicon: SpeechLexicon) -> frozenset[str]:
    """The last word of every role word and phrase ``_role_of`` may find, remembered."""
    known = _role_ends.get(id(lexicon))
    if known is None or known[0] is not lexicon:
        words = (
            lexicon.person | lexicon.relevant_other | lexicon.professional
            | word_list("organisation") | word_list("female_role") | word_list("male_role")
        )  # fmt: skip
        known = _role_ends[id(lexicon)] = (lexicon, frozenset(w.split(" ")[-1] for w in words))
    return known[1]


def _role_of(token: Token, lexicon: SpeechLexicon) -> str | None:
    """The role a noun names: "person", "relevant_other", "professional" or None."""
    if token.text == "PT":
        return "professional"  # physiotherapist; "Pt" and "pt" are the patient
    lemma = token.lemma_.lower()
    # Every role phrase below ends with the word itself or its lemma, so a word that ends
    # no role word (most words) needs only the organisation check.
    ends = _role_word_ends(lexicon)
    lower = token.lower_
    if lower not in ends and lemma not in ends and " " not in lower and " " not in lemma:
        if token.pos_ == "NOUN" and referent_of(token) is Referent.ORGANISATION:
            return "professional"
        return None
    compounds = [c.lower_ for c in token.lefts if c.dep_ == "compound"]
    phrases = [" ".join([*compounds[i:], w]) for w in (token.lower_, lemma)
               for i in range(len(compounds) + 1)]  # fmt: skip
    # "ward sister" is a nurse and "care home manager" a professional: a professional
    # compound wins over a family word at the end.
    organisation = word_list("organisation")
    if any(c in lexicon.professional or c in organisation for c in compounds) and (
        lemma in word_list("female_role")
        or lemma in word_list("male_role")
        or lemma in lexicon.professional
    ):
        return "professional"
    for phrase in phrases:
        kind = _role_kind(phrase, lexicon)
        if kind is not None:
            somebody_else = any(c.lower_ in _SOMEBODY_ELSE for c in token.lefts)
            if kind == "person" and (token.tag_ in {"NNS", "NNPS"} or somebody_else):
                return None
            return kind
    if token.pos_ == "NOUN" and referent_of(token) is Referent.ORGANISATION:
        return "professional"
    return None


def _organisation_only(token: Token, lexicon: SpeechLexicon) -> bool:
    """Whether a noun read as a professional names an organisation or a thing rather than
    a worker ("the agency", "bath board", not "the GP" or "ward sister")."""
    lower, lemma = token.lower_, token.lemma_.lower()
    if lower in lexicon.professional or lemma in lexicon.professional:
        return False
    if lemma in word_list("female_role") or lemma in word_list("male_role"):
        return False
    return referent_of(token) is Referent.ORGANISATION or lemma in word_list("organisation")


def _role_beside(token: Token, lexicon: SpeechLexicon) -> str | None:
    """A role noun in apposition: "Mrs Linda Shaw, daughter of", "her niece, Sian Price"."""
    neighbours = [c for c in token.children if c.dep_ == "appos"]
    if token.dep_ == "appos":
        neighbours.append(token.head)
    if token.dep_ in {"nmod", "compound"}:
        neighbours.append(token.head)
    for neighbour in neighbours:
        if neighbour.i > token.i and _names_its_own(neighbour):
            continue  # "Present: Joan, son Gary": the son is Gary, not Joan
        low, high = sorted((token.i, neighbour.i))
        if any(t.text == ";" for t in token.doc[low:high]):
            continue  # "Present: Daniel; his mother, Mrs Carol Whitcombe": two people
        word = neighbour.lemma_.lower()
        if _role_kind(word, lexicon) in {"relevant_other", "professional"}:
            return word
        if neighbour.lower_ in lexicon.professional:
            return neighbour.lower_
    return None


def _names_its_own(role: Token) -> bool:
    """Whether a role noun goes straight on to a name of its own ("son Gary")."""
    following = role.nbor() if role.i + 1 < len(role.doc) else None
    return following is not None and following.pos_ == "PROPN" and following.head.i == role.i


def _would(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in {"would", "'d", "’d"} for c in verb.children)


def _would_opens(verb: Token) -> bool:
    """Whether "would" before ``verb`` opens its sentence: "Would like more visits"."""
    if verb.tag_ != "VB":
        return False
    opening = _opening(verb.sent)
    return any(
        c.dep_ == "aux" and c.lower_ in {"would", "'d", "’d"} and c.i == opening
        for c in verb.children
    )


def _said_of_its_head(verb: Token, subject: Token | None) -> bool:
    """Whether a relative clause is what somebody else says of the person it hangs on:
    "about Mrs Hale who she says is aggressive", where "who" is the subject of what is
    said, never Mrs Hale's own words. "Mrs Lee, who said she wants to stay" is hers, and
    "the money which she wants to spend", "the home she chose" are the speaker's own."""
    if verb.dep_ != "relcl" or subject is None or subject.pos_ != "PRON":
        return False
    if subject.tag_ in {"WP", "WDT"} or verb.head.pos_ not in {"PROPN", "NOUN"}:
        return False
    said = [c for c in verb.children if c.dep_ == "ccomp"]
    return any(g.dep_ == "nsubj" and g.tag_ == "WP" for c in said for g in c.children)


def _clauses(
    doc: Doc,
    quotes: Sequence[tuple[int, int]],
    lexicon: SpeechLexicon,
    names: dict[int, Mention],
) -> list[Clause]:
    candidates: dict[int, tuple[Token, VoiceTerm]] = {}
    view = token_view(doc)
    for index, (lower, lemma, pos) in enumerate(zip(view.lower, view.lemma, view.pos, strict=True)):
        # Only a verb, or a word the lexicon lists, can be a voice term (see _voice_term).
        if pos not in _VERBS and lemma not in lexicon.terms and lower not in lexicon.terms:
            continue
        token = doc[index]
        term = _voice_term(token, lexicon)
        if term is not None and term.kind == "speech" and _names_a_language(token):
            # "Mrs Kowalczyk speaks Polish as first language": a fact about her, and no
            # voice for "... but asked for an Igbo interpreter" to be reported inside.
            continue
        if term is not None and not _in_spans(token.idx, quotes):
            candidates[token.i] = (token, term)
    clauses = []
    for token, term in candidates.values():
        if _excluded(token, term):
            continue
        subject = _subject(token)
        if _said_of_its_head(token, subject):
            continue
        if subject is None and term.copular:
            # "Mrs Khan is relieved about the move": the parser reads a passive.
            subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        # A clause reported inside another voice clause belongs to the outer speaker:
        # "Mrs Pollard told me she wants..." is one clause of Mrs Pollard's, and "her
        # daughter said she wants..." is the daughter's. One that names its own subject
        # passes somebody's view on ("her son said his dad wants"): whose it is, and
        # whether the one passing it on counts, is decided with the whole record.
        outer = _outer_voice(token, candidates)
        if outer is not None and term.kind == "feeling" and _would(token):
            continue  # "said her dad would hate a home": the speaker's guess, not his feeling
        relayed_by = None
        if outer is not None and (_subject(outer) is not None or _note_style(outer)):
            if subject is not None and subject.pos_ == "PRON" and _told_the_writer(token, outer):
                pass  # "I explained that he told me he wants to go home": his own words
            elif subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
                continue
            else:
                relayed_by = _describe(_subject(outer), outer, lexicon, names)
        # "Mr Okonkwo is happy with his care", "Mrs Lee is keen to go home": a reported
        # wish or feeling about something is the person's voice, as the practice standards
        # ask records to capture it; whose it is is decided with the whole record, so a
        # relative's or a professional's feelings stay theirs.
        understood = _note_style(token) or (term.copular and _note_fragment(token))
        if subject is None and (not understood or _told_someone(token, term)):
            continue
        start, end = _clause_span(token, subject)
        described = _describe(subject, token, lexicon, names)
        clauses.append(
            Clause(
                start,
                end,
                term.kind,
                token.text,
                described,
                relayed_by=relayed_by,
                translated=relayed_by is not None and _interpreting(outer),
            )
        )
    clauses.extend(_view_clauses(doc, lexicon, names))
    clauses.extend(_attributed_clauses(doc, lexicon, names))
    clauses.sort(key=lambda c: c.start)
    return clauses


_INTERPRETING = frozenset({"translate", "interpret"})


def _interpreting(verb: Token | None) -> bool:
    """Whether the speaker of ``verb`` was interpreting: "Son translated and said",
    "Imran, interpreting, said"."""
    if verb is None:
        return False
    near = [verb, *verb.children, *(verb.head.children if verb.dep_ == "conj" else ())]
    return any(word.lemma_.lower() in _INTERPRETING for word in [*near, verb.head])


def _view_noun(token: Token, lexicon: SpeechLexicon) -> bool:
    """A noun that carries its owner's view: "wish", "views", "priority", "desired outcome"."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    lemma, lower = token.lemma_.lower(), token.lower_
    for head, before in lexicon.views:
        if head not in {lemma, lower, lemma + "s", lemma + "es"}:
            continue
        if not before or any(c.lower_ == before for c in token.lefts):
            return True
    return False


_POSSESSIVE_PRONOUNS = {"her": "she", "his": "he", "their": "they"}


def _view_owner(noun: Token, lexicon: SpeechLexicon, names: dict[int, Mention]) -> Mention | None:
    """Whose view a view noun carries: "her wish", "Mrs Cole's wishes", "views of the
    person"; None when the words do not say ("Desired outcome:")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if owner is None:
        return None
    pronoun = _POSSESSIVE_PRONOUNS.get(owner.lower_)
    if pronoun is not None:
        return Mention(
            Ref(RefKind.PRONOUN),
            at=owner.idx,
            gender={"she": "f", "he": "m"}.get(pronoun),
            plural=pronoun == "they",
        )
    if owner.lower_ in {"my", "our", "your"}:
        return None
    return _describe(owner, noun, lexicon, names)


def _view_clauses(doc: Doc, lexicon: SpeechLexicon, names: dict[int, Mention]) -> list[Clause]:
    """ "Her priority is to get home", "Mrs Brown's wish is to return home": a view noun as
    the subject of "be" gives its owner's view, in the words of the rest of the sentence."""
    found = []
    view = token_view(doc)
    for index, pos in enumerate(view.pos):
        if pos not in _NAMING_POS:
            continue  # only a noun carries a view (see _view_noun)
        token = doc[index]
        if token.dep_ != "nsubj" or token.head.lemma_ != "be" or not _view_noun(token, lexicon):
            continue
        if span_text(token.sent).rstrip().endswith("?"):
            continue
        owner = _view_owner(token, lexicon, names)
        if owner is None or owner.ref.kind is RefKind.OTHER:
            continue
        verb = token.head
        start, end = _clause_span(verb, token)
        found.append(Clause(start, end, "wish", token.text, owner))
    return found


def _attributed_clauses(
    doc: Doc, lexicon: SpeechLexicon, names: dict[int, Mention]
) -> list[Clause]:
    """ "According to Mr Reed, the carers are often late": a sentence given on somebody's
    word is their account."""
    found: list[Clause] = []
    if "ccording" not in doc_text(doc):
        return found
    for token in doc:
        if token.lower_ != "according" or span_text(token.sent).rstrip().endswith("?"):
            continue
        to = next((c for c in token.children if c.lower_ == "to"), None)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        if source is None or source.pos_ not in {"NOUN", "PROPN"}:
            continue  # "according to the care plan" names a document, not a speaker
        sentence = token.sent
        last = sentence[-1] if not sentence[-1].is_punct or len(sentence) < 2 else sentence[-2]
        owner = _describe(source, token, lexicon, names)
        found.append(
            Clause(sentence.start_char, last.idx + len(last.text), "speech", token.text, owner)
        )
    return found


_VERBS = frozenset({"VERB", "AUX"})


def _voice_term(token: Token, lexicon: SpeechLexicon) -> VoiceTerm | None:
    lemma = token.lemma_.lower()
    if token.pos_ in _VERBS and lemma != "be":
        # "She would rather stay": "rather" hangs off the verb it prefers.
        words = {c.lower_ for c in token.children}
        if "rather" in words and words & {"would", "'d", "’d"}:
            return next(iter(lexicon.terms.get("rather", ())), None)
        if _sorted_on_a_board(token, lemma):
            return _SORTING_TERM
    options = lexicon.terms.get(lemma) or lexicon.terms.get(token.lower_)
    if not options and token.pos_ == "VERB":
        options = lexicon.terms.get(lexicon.forms.get(token.lower_, ""))
    if not options:
        return None
    opening = _opening_verb_read_as_noun(token)
    for term in options:
        if term.copular:
            copula = token.pos_ in {"ADJ", "VERB"} and _has_copula(token)
            if not (copula or _copula_dropped(token)):
                continue
            if not term.then and not _about_something(token):
                continue  # "she was upset" describes her; "upset about the move" is her view
            if _on_somebodys_word(token) or _writers_certainty(token):
                continue  # "upset per dtr" is the daughter's account, "obviously" the writer's
            if feeling_stated_as_fact(token):
                continue  # "frightened of her son" with nothing shown: the writer's reading
        elif (token.pos_ not in {"VERB", "AUX"} and not opening) or token.lemma_ == "be":
            continue
        if term.would and not any(c.lower_ in {"would", "'d", "’d"} for c in token.children):
            continue
        if term.then and not _followed_by(token, term.then):
            continue
        if lemma == "answer" and any(c.lemma_ in _NOT_SPOKEN for c in token.children):
            continue  # "answered the door"
        if lemma == "sign" and not _signed_a_view(token):
            continue  # "signed the form", "signed up for the course"
        if lemma in _NEEDS_CONTENT and not any(
            c.dep_ in {"ccomp", "dobj"} or c.lower_ in {"about", "of"} for c in token.children
        ):
            continue  # "she spoke quietly" describes her, it does not give her view
        if lemma in _NEEDS_CLAUSE and not any(c.dep_ == "ccomp" for c in token.children):
            continue  # "he is claiming pension credit" is a benefit, not a view
        if lemma in _ANSWERS_TO_AN_OFFER and token.tag_ == "VBG":
            continue  # "she is declining the commode": a pattern the writer saw, not an answer
        return term
    return None


def _opening_verb_read_as_noun(token: Token) -> bool:
    """A note that opens with its verb, which the tagger reads as a plural noun before the
    clause it reports: "States he is 'fine'", "Claims she eats three meals a day"."""
    if token.tag_ != "NNS" or token.i != token.sent.start or not token.text[:1].isupper():
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (
        following is not None
        and following.dep_ == "nsubj"
        and following.pos_ == "PRON"
        and following.head.head.i == token.i
    )


def _speech_verb_read_as_subject(word: Token) -> bool:
    """A note's speech verb that the tagger read as a name or a noun and the parser made the
    subject of what it reports: "- Says wants to go home", "States wishes to move", "pt
    says would like to go". Only a bare word in the third person that opens its sentence
    (after a bullet), perhaps after who speaks: "Reports from the GP" has words of its own.
    """
    if word.pos_ not in {"NOUN", "PROPN"}:
        return False
    lower = word.lower_
    lexicon = speech_lexicon()
    head = lexicon.forms.get(lower)
    if head is None or not lower.endswith("s") or lower == head:
        return False
    if not any(term.kind == "speech" for term in lexicon.terms.get(head, ())):
        return False
    words = [c for c in word.children if not (c.is_punct or c.is_space)]
    speaker = _speaker_before(word)
    if any(c.i > word.i for c in words) or len(words) > (speaker is not None):
        return False
    first = speaker if speaker is not None else word
    return _opening(word.sent) == min(t.i for t in first.subtree if not (t.is_punct or t.is_space))


def _speaker_before(word: Token) -> Token | None:
    """Who speaks in "pt says would like", where "says" was read as a noun."""
    return next(
        (
            c
            for c in word.lefts
            if c.dep_ in {"nsubj", "compound", "nmod", "amod"} and c.pos_ in {"NOUN", "PROPN"}
        ),
        None,
    )


def _opening(sentence: Span) -> int:
    """Where a sentence's words start, after a bullet or a dash."""
    return next((t.i for t in sentence if not (t.is_punct or t.is_space)), sentence.start)


_SORTING_TERM = VoiceTerm("speech", "put", copular=False, would=False, then=())


def _sorted_on_a_board(token: Token, lemma: str) -> bool:
    """Sorting cards: "Jamie put swimming on the 'like' side", "a thumbs down"."""
    if lemma in _SORTING_VERBS:
        return bool(_SORTING_BOARD.search(span_text(token.sent)))
    if lemma == "give":
        return any(c.lower_.startswith("thumb") for c in token.subtree)
    return False


def _signed_a_view(token: Token) -> bool:
    """Signing words, not papers: "She signed 'finish'", "he signed that he was tired"."""
    for child in token.children:
        if child.dep_ == "prt":
            return False  # "signed up", "signed off"
        if child.dep_ in {"dobj", "obj"} and child.lower_ in word_list("signed_thing") | {"care"}:
            return False
        if child.dep_ in {"dobj", "obj"} and child.pos_ in {"NOUN", "PRON"}:
            # A signed word is quoted or written in capitals ("signed MORE").
            doc = token.doc
            before = doc[child.i - 1].text if child.i > 0 else ""
            if before not in {"'", "‘", '"', "“"} and not child.text.isupper():
                return False
    return True


def _copula_dropped(token: Token) -> bool:
    """A note that leaves out "is": "Pt keen to go home", "SU happy with care", and a
    fragment that opens with the feeling ("Unhappy about the carers coming late")."""
    if token.dep_ == "ROOT" and token.pos_ == "ADJ":
        return True
    if token.dep_ == "amod" and token.head.dep_ == "ROOT" and token.head.i == token.sent.start:
        return token.head.pos_ in {"NOUN", "PROPN"} and token.i == token.head.i + 1
    return token.dep_ == "ROOT" and token.i == token.sent.start and token.pos_ == "PROPN"


def _about_something(token: Token) -> bool:
    """Whether a feeling or stance after "be" says what it is about: "happy with the
    carers", "anxious about the move", "keen for his son to visit". The parser may hang
    what follows on "is" instead ("adamant she will not move")."""
    after = [c for c in token.head.rights if c.i > token.i] if token.dep_ == "acomp" else []
    return any(
        c.dep_ in _COMPLEMENTS and c.lower_ not in _ON_WORD_OF for c in [*token.children, *after]
    )


def _on_somebodys_word(token: Token) -> bool:
    """A feeling given on somebody else's word: "upset per dtr", "happy, according to
    staff"."""
    near = [*token.children, *(token.head.children if token.dep_ == "acomp" else ())]
    return any(c.dep_ == "prep" and c.lower_ in _ON_WORD_OF for c in near)


def _writers_certainty(token: Token) -> bool:
    """A feeling the writer vouches for ("Ivy is obviously frightened of him") is the
    writer's reading of her, as the evaluative layer reads certainty markers."""
    heads = {token.i, token.head.i if token.dep_ == "acomp" else token.i}
    doc = token.doc
    return any(doc[match.start].head.i in heads for match, _ in marker_matches(doc, "certainty"))


_COMPLEMENTS = frozenset({"prep", "xcomp", "ccomp", "advcl"})
_ON_WORD_OF = frozenset({"per", "according"})


def _note_fragment(token: Token) -> bool:
    """A feeling or wish with its subject understood: "Is happy with the carers" and
    "Unhappy about the carers coming late" after a mention of the person."""
    if token.dep_ == "acomp" and token.head.lemma_ == "be":
        return _note_style(token.head)
    # One that opens the paragraph follows nobody ("Happy to attend any meeting" is the
    # writer's offer), and a heading ("Important to me") says nothing.
    sentence = token.sent
    return (
        token.dep_ == "ROOT"
        and token.i == sentence.start
        and token.pos_ != "VERB"
        and sentence.start > 0
        and not is_section_heading(span_text(sentence))
    )


def _has_copula(token: Token) -> bool:
    if token.dep_ == "acomp" and token.head.lemma_ in {"be", "feel", "seem", "become", "get"}:
        return True
    return any(c.lemma_ == "be" and c.dep_ in {"cop", "auxpass", "aux"} for c in token.children)


def _followed_by(token: Token, words: tuple[str, ...]) -> bool:
    following = [t.lemma_.lower() for t in token.doc[token.i + 1 : token.i + 2 + len(words) * 2]]
    position = 0
    for word in words:
        if word in {"her", "his", "me", "their"}:
            continue  # "shake her head", "let me know": the pronoun varies
        try:
            position = following.index(word, position) + 1
        except ValueError:
            return False
    return True


def _excluded(token: Token, term: VoiceTerm) -> bool:
    """Clauses that are not anybody's view: questions, conditions, passives, speculation."""
    if span_text(token.sent).rstrip().endswith("?"):
        return True
    children = list(token.children)
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in children) and not term.copular:
        return True  # "she was told", "concerns were raised"
    modals = {c.lower_ for c in children if c.dep_ == "aux" and c.tag_ == "MD"}
    if modals & _MODALS:
        return True  # "she may want", "you can tell me": not a view she gave
    if modals and not term.would and term.kind == "speech":
        return True  # "she would say": hypothetical
    if term.kind == "speech" and any(c.dep_ == "neg" for c in children):
        return True  # "she did not say"
    current = token
    for _ in range(12):
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in current.children):
            return True  # "I asked whether she would like", "if you want to talk"
        if current.head.i == current.i:
            break
        current = current.head
    return False


def _names_a_language(verb: Token) -> bool:
    """Whether a speech verb's only object is a name or an adjective with nothing said
    after it: "speaks Polish", "speaks little English", "speaks Urdu as her first
    language", not "told Mary she wants to go" or "told Mary about her fears"."""
    children = list(verb.children)
    if any(c.dep_ in {"ccomp", "xcomp", "advcl", "dative"} for c in children):
        return False
    if any(c.dep_ == "prep" and c.lower_ != "as" for c in children):
        return False
    return any(c.dep_ == "dobj" and c.pos_ in {"PROPN", "ADJ"} for c in children)


def _outer_voice(token: Token, candidates: dict[int, tuple[Token, VoiceTerm]]) -> Token | None:
    """The voice clause ``token`` is part of: "Mrs Pollard told me she wants..." is one clause
    of Mrs Pollard's, "her daughter said she wants..." the daughter's, and "Mr Clarke chose
    this because he would enjoy it" Mr Clarke's. Not the writer's reasons, though: in "We
    decided this because Mr Mehta said it helps him", Mr Mehta's words stand on their own.
    """
    current = token
    explained = False
    for _ in range(12):
        if current.head.i == current.i:
            return None
        if current.dep_ == "conj" and any(c.dep_ == "nsubj" for c in current.children):
            return None  # "I rang Mr Siddiqui and he told me...": a clause of its own
        if current.dep_ == "ccomp" and _comma_between(current, current.head):
            return None  # "Graham does not want carers, says...": misparsed, not reported
        explained = explained or current.dep_ in {"advcl", "relcl", "acl"}
        current = current.head
        if current.i in candidates:
            subject = _subject(current)
            if explained and subject is not None and subject.lower_ in {"i", "we"}:
                return None
            return current
    return None


def _subject(token: Token) -> Token | None:
    """The subject of a voice clause, climbing coordination and relative clauses."""
    # A note's passive without "was" names who answered after "by": "declined by Mr Reed".
    agent = next(
        (g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
        None,
    )
    current = token
    coordinated = False  # climbed "and said" to the verb before it
    for _ in range(8):
        for child in current.children:
            # "Mrs Lee was asked if she was happy and said yes": who was asked answers.
            passive = coordinated and child.dep_ == "nsubjpass"
            if child.dep_ in {"nsubj", "csubj"} or passive:
                if child.lower_ in {"who", "that"} and current.dep_ == "relcl":
                    return current.head
                if child.pos_ in {"VERB", "AUX"}:
                    return None  # "- found in bed, said had a bad night": a misparsed note
                if _speech_verb_read_as_subject(child):
                    return _speaker_before(child)  # "pt says would like", "Says wants"
                if token.tag_ == "VBN" and agent is not None:
                    return agent  # "Tea call offered, declined by Mr Ruddock"
                return _caller(child) or _after_a_dash(child, token) or child
        if current.dep_ == "amod" and _copula_dropped(current):
            return current.head  # "SU happy with care"
        if current.dep_ == "acomp" and current.head.lemma_ in {"be", "feel", "seem"}:
            current = current.head
            continue
        if current.dep_ == "conj" and current.head.i != current.i:
            current = current.head  # "and said"
            coordinated = True
            continue
        if current.dep_ == "xcomp" and current.head.pos_ == "VERB":
            current = current.head  # "keeps saying", not "is unable to express"
            continue
        if (
            current.dep_ == "advcl"
            and current.head.pos_ == "VERB"
            and (current.tag_ == "VBG" or any(c.lower_ == "to" for c in current.lefts))
        ):
            current = current.head  # "rang, asking for more hours", "phoned to ask"
            continue
        break
    # "Call from Mr Reed asking for a later call": whoever rang asks.
    for word in (current, current.head) if current.dep_ == "acl" else (current,):
        caller = _caller(word)
        if caller is not None:
            return caller
    # "Daughter (Karen) rang and said": note style leaves the speaker hanging off the verb.
    for child in current.lefts:
        if (
            child.dep_ in {"nmod", "npadvmod", "dep"}
            and child.pos_ in {"NOUN", "PROPN"}
            and child.left_edge.i == child.sent.start
        ):
            return child
        # "Martin very upset, says ...": the parser makes how somebody was a clause of
        # its own before the verb; whoever it is about is the one who speaks.
        if child.dep_ == "ccomp" and child.pos_ == "ADJ" and child.left_edge.i == child.sent.start:
            named = next((c for c in child.lefts if c.dep_ == "nsubj"), None)
            if named is not None and named.pos_ in {"NOUN", "PROPN"}:
                return named
    return None


def _after_a_dash(subject: Token, verb: Token) -> Token | None:
    """The speaker of a list item that opens with whom it is about: in "Mr Arthur Pendle –
    wife admits she can't cope" the parser makes the name the subject and his wife its
    apposition, or a second subject ("Mrs Ann Cole – daughter admits")."""
    doc = subject.doc
    later = [c for c in subject.rights if c.dep_ == "appos"]
    later += [c for c in verb.children if c.dep_ == "nsubj" and c.i > subject.i]
    for child in sorted(later, key=lambda t: t.i):
        if child.i > verb.i or child.pos_ not in {"NOUN", "PROPN"}:
            continue
        between = doc[subject.i + 1 : child.left_edge.i]
        # A dash set off by spaces, not the hyphen inside "al-Hassan".
        if any(t.text in _SET_OFF and (t.i == 0 or doc[t.i - 1].whitespace_) for t in between):
            return child
    return None


_SET_OFF = DASHES | {":"}


def _caller(word: Token) -> Token | None:
    """Who a call, email or referral came from: "Call from Mr Reed", "Tel from dtr"."""
    contact = speech_lexicon().contact
    if not any((form, "") in contact for form in _forms(word)):
        return None
    for child in word.children:
        if child.dep_ == "prep" and child.lower_ == "from":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _told_the_writer(token: Token, outer: Token) -> bool:
    """Whether a speech verb inside the writer's own words was said to the writer: "I
    explained to his son that when I saw Mr Lee, he told me he wants to go home" recounts
    what Mr Lee said, as "he told me" on its own would."""
    speaker = _subject(outer)
    if speaker is None or speaker.lower_ not in {"i", "we"}:
        return False
    for child in token.children:
        if child.dep_ in {"dobj", "dative"} and child.lower_ in {"me", "us"}:
            return True
        to_writer = any(g.lower_ in {"me", "us"} for g in child.children)
        if child.dep_ in {"prep", "dative"} and child.lower_ == "to" and to_writer:
            return True
    return False


def _told_someone(token: Token, term: VoiceTerm) -> bool:
    """A note-style speech verb with somebody other than the writer as its addressee
    ("Told dtr to put complaint in writing", "Advised son"): the writer speaking, as a
    worker's notes leave out "I"; "Told me she wants" stays the person's."""
    if term.kind != "speech" or term.head in _ANSWERS_TO_AN_OFFER:
        return False  # "Declined package of care": the offer, not somebody told
    return any(
        c.dep_ in {"dobj", "dative"} and c.pos_ in {"NOUN", "PROPN", "PRON"}
        and c.lower_ not in {"me", "us"}
        for c in token.children
    )  # fmt: skip


def _note_style(token: Token) -> bool:
    """A clause that opens with its verb ("Says she is fine", "- found in bed, said had a bad
    night", "Spoke to pt – says he's fine"): the subject is understood. A finite verb with
    no subject of its own, and none before it in its sentence."""
    answer = token.tag_ == "VBN" and _opens_a_note_line(token)  # "Declined assessment"
    # "Would like more visits", "Would prefer a female carer": a wish opening its line.
    answer = answer or _would_opens(token)
    if token.tag_ not in {"VBZ", "VBD"} and not (answer or _opening_verb_read_as_noun(token)):
        return False  # "24/7 shared support": a participle describing a noun
    if token.dep_ not in _CLAUSE_HEADS and not _opens_a_note_line(token):
        return False

    def subject(word: Token) -> bool:
        if _speech_verb_read_as_subject(word):
            return _speaker_before(word) is not None
        return word.dep_ in _SUBJECTS and word.pos_ not in {"VERB", "AUX"}

    if any(subject(c) for c in token.children):
        return False
    # "Pt continues to refuse the stool, says she doesn't need it": the parser makes the
    # clause before the comma the object of the fragment; its subject is not the speaker's.
    before = [c for c in token.lefts if c.dep_ == "ccomp" and _comma_between(c, token)]
    inside = {t.i for c in before for t in c.subtree}
    words = token.doc[token.sent.start : token.i]
    return not any(subject(t) for t in words if t.i not in inside)


def _opens_a_note_line(token: Token) -> bool:
    """A verb that opens its sentence or bullet, which the parser hung on the words after
    it: "- says carers 'alright, bit rushed'" (read as describing the carers), "- wants AM
    call later". In the past, only an answer to an offer ("Declined assessment"), since
    "Agreed actions" and "Increased package" describe what follows."""
    if _opening(token.sent) != token.i:
        return False
    return token.tag_ == "VBZ" or token.lemma_ in _ANSWERS_TO_AN_OFFER


def _comma_between(clause: Token, verb: Token) -> bool:
    return clause.right_edge.i + 1 < verb.i and verb.doc[verb.i - 1].text == ","


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_CLAUSE_HEADS = frozenset({"ROOT", "conj", "parataxis", "ccomp"})
_CLAUSES_BEFORE = frozenset({"ccomp", "advcl", "parataxis", "punct", "conj", "cc"})


def _clause_span(token: Token, subject: Token | None) -> tuple[int, int]:
    first = token.left_edge
    if subject is None:
        # Note style: "Spoke to pt briefly – says he's fine" is the worker's call, then
        # the fragment; the clause starts at its verb and the words that go with it.
        lefts = [c for c in token.lefts if c.dep_ not in _CLAUSES_BEFORE]
        first = min((c.left_edge for c in lefts), key=lambda t: t.i, default=token)
    if subject is not None and subject.sent == token.sent:
        first = min(first, subject.left_edge, key=lambda t: t.i)
        if subject.i < first.i or first.i < subject.i < token.i:
            first = min(first, subject, key=lambda t: t.i)
    last = token.right_edge
    while last.i > first.i and last.is_punct and last.text not in {'"', "”", "'", "’"}:
        last = last.doc[last.i - 1]
    start, end = first.idx, last.idx + len(last.text)
    # A heading the parser joined to the sentence ("Views of the person: Mrs Tanner
    # wants...") is not part of the clause.
    anchor = subject.idx if subject is not None and subject.idx < token.idx else token.idx
    text = doc_text(token.doc)
    cut = max(text.rfind("\n", start, anchor), text.rfind(": ", start, anchor) + 1)
    if cut > start:
        start = cut + 1
        while start < anchor and text[start].isspace():
            start += 1
    return start, end


def _describe(
    subject: Token | None,
    verb: Token,
    lexicon: SpeechLexicon,
    names: dict[int, Mention],
) -> Mention:
    if subject is None:
        return Mention(Ref(RefKind.IMPLICIT), at=verb.idx)
    lower = subject.lower_
    if lower == "you":
        # "Mark, you told me...": a letter to two people may speak to the other one.
        first = subject.sent[0]
        named = (
            first.text
            if first.pos_ == "PROPN" and first.i + 1 < len(first.doc) and first.nbor(1).text == ","
            else None
        )
        return Mention(Ref(RefKind.YOU), vocative=named.lower() if named else None)
    if lower in {"i", "we"}:
        return Mention(Ref(RefKind.WRITER))
    if lower in {"she", "he", "they"}:
        gender = {"she": "f", "he": "m"}.get(lower)
        after_contact = False
        if lower == "they":
            # "I rang Bright Care. They said...": after a call, "they" is who was called.
            sentences = list(verb.doc.sents)
            index = next(i for i, sent in enumerate(sentences) if sent.start <= verb.i < sent.end)
            start = sentences[max(0, index - 1)].start_char
            after_contact = bool(_CONTACTED.search(doc_text(verb.doc), start, subject.idx))
        return Mention(
            Ref(RefKind.PRONOUN),
            at=subject.idx,
            gender=gender,
            plural=lower == "they",
            after_contact=after_contact,
        )
    mention = names.get(subject.i) or _mention(subject, lexicon)
    if mention is not None:
        return replace(mention, at=subject.idx)
    before_a_state = _name_before_a_state(subject, lexicon)
    if before_a_state is not None:
        return before_a_state
    if subject.pos_ == "PRON":
        return Mention(Ref(RefKind.OTHER))
    role = referent_of(subject)
    if role is Referent.ORGANISATION:
        return Mention(Ref(RefKind.ROLE, "professional"), role="professional")
    if role is Referent.OTHER_PERSON:
        return Mention(Ref(RefKind.ROLE, "relevant_other"), role="relevant_other")
    return Mention(Ref(RefKind.OTHER))


def _name_before_a_state(subject: Token, lexicon: SpeechLexicon) -> Mention | None:
    """The name a note writes before how somebody was, which the parser hangs on the state
    it takes for the subject: "Danny uncooperative, said ...", "Kim upset, says ..."."""
    if subject.pos_ == "PROPN" or _role_of(subject, lexicon) is not None:
        return None
    for word in subject.lefts:
        if word.pos_ != "PROPN" or word.dep_ not in {"amod", "compound", "nmod"}:
            continue
        if word.i != subject.sent.start or word.text.isupper() or not word.text[:1].isupper():
            return None
        if _role_kind(word.lower_, lexicon) is not None or word.lower_.rstrip(".") in titles():
            return None
        if referent_of(word) is Referent.ORGANISATION:
            return None
        return Mention(Ref(RefKind.FIRST, _clean(word.text)), at=word.idx, is_subject=True)
    return None


def _in_spans(offset: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in spans)


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
# A record of the carer's own needs: "Carer's assessment", "Carers support note", "Carer's
# conversation - Mrs Ellen Byrne", "Carer contact - telephone".
_CARERS_ASSESSMENT = re.compile(
    r"\bcarer'?s'?\s+(?:assessment|conversation|support|contact|review|break)\b", re.IGNORECASE
)
# A header that gives the carer as the one the record is with: a "Carer:" field naming
# somebody, or whom the worker spoke with introduced as a carer ("Spoke with: Maureen
# Fairbrother (wife and carer of Derek Fairbrother)").
_CARER_IN_THE_HEADER = re.compile(
    r"^[ \t]*carer[ \t]*:[ \t]*\S"
    r"|^[ \t]*(?:spoke\s+(?:with|to)|seen|visited|present|caller|referrer)[ \t]*:[^\n]*"
    r"\bcarer\s+(?:of|for|to)\b",
    re.IGNORECASE | re.MULTILINE,
)
_HEADER_LINES = 8
# The carer named by the bare role in a carer's own record: "Carer says she is at the end
# of her tether", "Carer declines home care"; not "her carer", "paid carer", "carers".
_BARE_CARER = re.compile(r"(?:\A|[\n.:;(\-–]|\bthe[ \t])[ \t]*\Z", re.IGNORECASE)


def carers_record(title: str, text: str) -> bool:
    """Whether a record is about a carer's own needs, so the carer is its person: its title
    names a carer's assessment, review or conversation, or its header gives the carer as
    whom the record is with."""
    if _CARERS_ASSESSMENT.search(title):
        return True
    header = "\n".join(text.splitlines()[:_HEADER_LINES])
    return _CARER_IN_THE_HEADER.search(header) is not None


def _the_carer(text: str, at: int | None) -> bool:
    """Whether a role mention is the bare singular "carer" ("Carer says", "the carer")."""
    if at is None or _role_word_at(text, at) != "carer":
        return False
    return _BARE_CARER.search(text[max(0, at - 12) : at]) is not None


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
    roles = _name_roles(paragraph_facts)
    mentions = [m for facts in paragraph_facts for m in _titled(facts)]
    # The carer is the one the title or a "Carer:" label introduces by their relationship
    # ("Mrs Sunita Patel (wife of Mr Dinesh Patel)"), or the one name the title gives
    # ("Carer's assessment - Mrs Sue Hill", over "Caring for: Mr Ken Hill (husband)").
    carers = {
        _key(m) for m in mentions if carers_assessment and (m.cue or _at(m) < title_end) and m.role
    }
    titled = {_key(m) for m in mentions if _at(m) < title_end}
    if carers_assessment and len(titled) == 1 and not carers & titled:
        carers = titled
    for mention in mentions:
        key = _key(mention)
        cue = mention.cue or _at(mention) < title_end
        if key in carers:
            scores[key] += 6 if cue else 1
        elif not roles.get(key) and not is_professional_title(mention.title):
            scores[key] += 3 if cue else 1
        else:
            continue
        order.setdefault(key, len(order))
        firsts.setdefault(key, set()).update(mention.first)
    # "Mrs G" once "Mrs Gallagher" is known is her, shortened: her mentions count for her.
    for key in [k for k in scores if len(k[0]) == 1]:
        full = [k for k in scores if k[1] == key[1] and initial_of(k[0], key[0])]
        if full:
            scores[max(full, key=lambda k: (scores[k], -order[k]))] += scores.pop(key)
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


def _known_as(first: str, text: str) -> set[str]:
    """The name given in brackets after a first name, that the record goes on to use:
    "Leonard (Len) Gibbs" is Len."""
    capital = re.escape(first[:1].upper() + first[1:])
    return {
        _clean(match.group(1))
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
                roles.get(_key(mention)) or is_professional_title(mention.title)
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
        m.ref for m in mentions if m.role and not (carers and (m.cue or _at(m) < title_end))
    }
    for facts in paragraph_facts:
        for mention in _titled(facts):
            if roles.get(_key(mention)) or is_professional_title(mention.title):
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
        cue = mention.cue or _at(mention) < title_end
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


# A first name written straight after a role word: "Spoke to wife Pat", "Son Brian (lives in
# Spain)", "Telephone call from Nurse Sinead Foley", "deputy manager Sharon"; not "call
# about her mother Halima", whom the call is about.
_NAME_AFTER_A_WORD = re.compile(
    rf"(?<![\w'’-])([A-Za-z][\w-]*)(?=[ \t]+({CAPITAL}[^\W\d_]+)(?![\w'’-]))"
)


def _first_names_after_roles(text: str) -> set[str]:
    """First names the record introduces with a family or professional role written
    straight before them: whoever they are, they are not the record's person."""
    lexicon = speech_lexicon()
    found: set[str] = set()
    for match in _NAME_AFTER_A_WORD.finditer(text):
        role = _role_kind(match.group(1).lower(), lexicon)
        if role not in {"relevant_other", "professional"} or match.group(2).lower() in titles():
            continue
        if role == "relevant_other" and _about_somebodys_relative(text, match.start(2), lexicon):
            continue  # "rang about her mother Halima": the one the call is about
        found.add(_clean(match.group(2)))
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
        role = _role_kind(entry.expansions[0].lower(), lexicon)
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
        kinds = {_role_kind(w, lexicon) or _role_shorthands().get(w) for w in words}
        if kinds & {"relevant_other", "professional"}:
            found.add(_clean(match.group("first")))
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


def _titled(facts: ParagraphVoice) -> list[Mention]:
    return [m for m in facts.mentions if m.ref.kind is RefKind.NAME]


def _key(mention: Mention) -> NameKey:
    return (mention.ref.name, mention.title or "")


def _name_roles(paragraph_facts: Sequence[ParagraphVoice]) -> dict[NameKey, str]:
    """Roles given where a name is introduced: its first mention, or with a first name."""
    roles: dict[NameKey, str] = {}
    seen: set[NameKey] = set()
    for facts in paragraph_facts:
        for mention in _titled(facts):
            key = _key(mention)
            introduced = key not in seen or bool(mention.first)
            seen.add(key)
            if introduced and mention.role and key not in roles:
                roles[key] = mention.role
    return roles


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
    person = identify_person(
        paragraph_facts, carers_assessment=carers, title_end=title[1], text=text
    )
    roles = _name_roles(paragraph_facts)
    if carers and person.surname is not None:
        roles.pop((person.surname, person.title or ""), None)
    person_key = (person.surname, person.title)
    # "Mr B" for Mr Blackwood, where the record shortens the person's surname that way.
    initials = {
        key[0]
        for facts in paragraph_facts
        for key in map(_key, _titled(facts))
        if person.surname is not None
        and key[1] == (person.title or "")
        and initial_of(person.surname, key[0])
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

    def who_is(mention: Mention) -> str:
        ref = mention.ref
        if ref.kind is RefKind.NAME:
            key = _key(mention)
            if key == person_key:
                return "person"
            if (
                told_apart_from is not None
                and key == (told_apart_from, person.title or "")
                and not mention.first
                and not roles.get(key)
            ):
                return "person"
            if (
                person.surname is not None
                and key[1] == (person.title or "")
                and initial_of(person.surname, key[0])
                and not roles.get(key)
            ):
                return "person"  # "Mrs G" for Mrs Gallagher
            shortened = mention.initial in initials and key[1] == (person.title or "")
            if shortened and not roles.get(key):
                return "person"  # "Tel Mr B. Answered.": the short form, then a new sentence
            if roles.get(key):
                return roles[key]
            if is_professional_title(mention.title):
                return "professional"
            # "Mrs Rossi" where the person is "Ms Rossi" is her mother, not her.
            if several_people and not mention.role and key[0] != person_key[0]:
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
            if carers and not mention.plural and _the_carer(text, mention.at):
                return "person"  # a carer's own record: "Carer says mum is worse"
            if (
                naming_roles
                and not mention.plural
                and _role_word_at(text, mention.at) in naming_roles
            ):
                return "person"  # "about his father, Mr Ramesh Chauhan ... His father told me"
            return ref.name
        return ref.kind.value

    several_people = bool(_several_people().search(text))
    naming_roles: frozenset[str] = frozenset()  # read by who_is, which finds them
    naming_roles = _roles_naming_the_person(paragraph_facts, who_is, text)
    singular_they = person.title == "mx"
    paragraph_facts = _first_names_gendered(paragraph_facts)
    summary = _sort_voices(paragraph_facts, kind, person, who_is, singular_they=singular_they)
    if not singular_they and person.title is None and person.first_names and not summary.gendered:
        # The record never calls its person "he" or "she": "they" may be the person, when
        # no group stands nearer ("His sons were there. They said...").
        summary = _sort_voices(paragraph_facts, kind, person, who_is, singular_they=True)
    if carers:
        # What the carer reports of the one they care for or of their own health ("Carer
        # reports chest pain on exertion") is an account, not their view or wish.
        accounts = {
            (c.start, c.end)
            for facts in paragraph_facts
            for c in facts.clauses
            if c.subject.ref.kind is RefKind.ROLE
            and _the_carer(text, c.subject.at)
            and c.verb.lower().startswith("report")
        }
        summary.person_voice = [span for span in summary.person_voice if span not in accounts]
    summary.person_voice.extend(own_voice(paragraph_facts))
    summary.person_voice.extend(sent_by_the_person(paragraph_facts, who_is))
    return summary


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
_ROLE_WORD = re.compile(r"[a-z]+", re.IGNORECASE)


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
            if _role_gender(word) is not None and word in speech_lexicon().relevant_other:
                found.add(word)
    return frozenset(found)


def _opens_a_line(text: str, at: int | None) -> bool:
    """Whether only spaces, a bullet or a dash stand before ``at`` on its line."""
    if at is None or not text:
        return False
    line_start = text.rfind("\n", 0, at) + 1
    return not text[line_start:at].strip(" \t-•*")


def _role_word_at(text: str, at: int | None) -> str | None:
    """The role word a mention's offset points at, in lower case."""
    if at is None:
        return None
    word = _ROLE_WORD.match(text, at)
    return word.group().lower() if word else None


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
            clusters = groups.setdefault(_key(mention), [])
            joined = [c for c in clusters if any(same_first_name(a, b) for a in names for b in c)]
            for cluster in joined:
                clusters.remove(cluster)
                names |= cluster
            clusters.append(names)
    apart = {key: clusters for key, clusters in groups.items() if len(clusters) > 1}
    if not apart:
        return list(paragraph_facts)

    def told_apart(mention: Mention) -> Mention:
        clusters = apart.get(_key(mention)) if mention.ref.kind is RefKind.NAME else None
        if not clusters or not mention.first:
            return mention
        cluster = next(c for c in clusters if set(mention.first) <= c)
        name = f"{mention.ref.name} {min(cluster)}"
        return replace(mention, ref=Ref(RefKind.NAME, name))

    return _with_mentions(paragraph_facts, told_apart)


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


def _sort_voices(
    paragraph_facts: Sequence[ParagraphVoice],
    kind: RecordKind,
    person: PersonIdentity,
    who_is: Callable[[Mention], str],
    *,
    singular_they: bool,
) -> VoiceSummary:
    summary = VoiceSummary(person)
    history: list[Seen] = []
    loose_quotes = kind in {RecordKind.CASE_NOTE, RecordKind.ASSESSMENT}
    for facts in paragraph_facts:
        events: list[tuple[int, int, Mention | Clause | Quote]] = (
            [(_at(m), 0, m) for m in facts.mentions]
            + [(c.subject_at, 1, c) for c in facts.clauses]
            + [(q.start, 2, q) for q in facts.quotes]
        )
        events.sort(key=lambda e: (e[0], e[1]))
        spans = [(c.start, c.subject_at, c.end) for c in facts.clauses]
        # Whom the writer names in their own words is followed as the writer sees them:
        # "I explained that when I saw Mr Lee, he told me" is him. A role word there may
        # still be the person seen from somebody else ("I told her what her father said").
        own = [span for span, c in zip(spans, facts.clauses, strict=True)
               if c.subject.ref.kind is RefKind.WRITER]  # fmt: skip
        others = [span for span in spans if span not in own]
        speakers: dict[int, str] = {}  # who each clause was given to, by its subject's place
        for _, _, item in events:
            if isinstance(item, Quote):
                if item.loose and not (loose_quotes and _about_the_person(history, person)):
                    continue
                summary.person_voice.append((item.start, item.end))
                summary.person_quotes += 1
                continue
            if isinstance(item, Mention) and item.ref.kind is RefKind.PRONOUN:
                # "her neighbour found her and ... she said": the object is the person
                # when, past its verb's subject, the nearest she or he is the person. A
                # subject of the pronoun's own gender ("her daughter found her") stays
                # the nearer one for the "she" after.
                apart = item.not_within or (-1, -1)
                inside = [s for s in history if s.at is not None and apart[0] <= s.at < apart[1]]
                candidates = [s for s in history if s.at is None or not apart[0] <= s.at < apart[1]]
                if any(s.gender == item.gender for s in inside) or not candidates:
                    continue
                if _antecedent(item.gender, candidates, person) == "person":
                    history.append(Seen("person", item.gender, False, False, at=item.at))
                continue
            if isinstance(item, Mention):
                # A titled name, or a first name given with its role, before the subject
                # sets the scene: "Son Brian (lives in Spain) by phone - he feels".
                scene = item.ref.kind is RefKind.NAME or (
                    item.ref.kind is RefKind.FIRST and item.role is not None
                )
                if _reported(_at(item), others, titled=scene):
                    continue  # "Mr Finch said ... since his brother died. He said": still him
                if item.ref.kind is RefKind.ROLE and _reported(_at(item), own):
                    continue
                who = who_is(item)
                if who == "nobody":
                    continue
                # "Tel to Sidney" names the person by first name: "he" can still follow it.
                gender = item.gender or (person.gender if who == "person" else None)
                history.append(
                    Seen(
                        who,
                        gender,
                        item.plural,
                        item.is_subject,
                        item.reached,
                        item.reached,
                        at=item.at,
                    )
                )
                continue
            subject = item.subject
            if item.relayed_by is not None:
                if _passes_on_the_persons_view(item, speakers, history, person, kind, who_is):
                    summary.person_voice.append((item.start, item.end))
                    summary.person_quotes += item.quotes
                continue
            speaker = _speaker(subject, history, person, kind, who_is, singular_they)
            speakers[item.subject_at] = speaker
            gender = subject.gender
            if speaker in {"person", "professional", "other", "relevant_other"}:
                plural = subject.plural and speaker != "person"
                history.append(
                    Seen(speaker, gender, plural, subject=True, speaking=True, at=subject.at)
                )
            if speaker == "person" and subject.ref.kind is RefKind.PRONOUN and gender is not None:
                summary.gendered += 1
            if speaker == "person":
                summary.person_voice.append((item.start, item.end))
                summary.person_quotes += item.quotes
            elif speaker == "professional":
                summary.professional_views += 1
            elif speaker in {"relevant_other", "other"}:
                summary.relevant_others_views += 1
    return summary


# Who may pass the person's view on: family and friends, and people the record names
# without a role; not professionals, whose reading of the person is their own, except
# where they pass on what the person said ("The ward sister said Mrs Cole told her") or
# wants ("SW says Mr S wants a DP").
_PASSERS_ON = frozenset({"relevant_other", "other"})


def _passes_on_the_persons_view(
    clause: Clause,
    speakers: dict[int, str],
    history: list[Seen],
    person: PersonIdentity,
    kind: RecordKind,
    who_is: Callable[[Mention], str],
) -> bool:
    """Whether a clause reported inside a relative's words gives the person's view: what
    the person told them ("Mrs Knight said her father told her he does not want a
    stairlift"), likes and feels ("Samuel told me Shirley always hated being in bed"), or
    anything interpreted for them ("Son translated and said his dad wants the radio on").
    A wish passed on with the person as its subject is theirs, whoever passes it on ("SW
    says Mr S wants a DP"); a relative saying what a parent named by a family word wants
    is the relative's account: "Ana said her mother wants a care home". The subject is the
    person, or a parent or partner named by a family word ("his dad", "mum") in a
    relative's words."""
    relayer = clause.relayed_by
    assert relayer is not None
    subject = clause.subject
    # "SW says Mr S wants a DP", "Jane said Dorothy wants it shared": a wish passed on with
    # the person as its subject is theirs; "Ana said her mother wants a care home", with
    # the person named by a family word, is the relative's account of them.
    named = subject.ref.kind is not RefKind.ROLE
    if clause.kind == "wish" and not clause.translated and not named:
        return False
    passed_on_by = (speakers.get(relayer.at) if relayer.at is not None else None) or _speaker(
        relayer, history, person, kind, who_is
    )
    if passed_on_by not in _PASSERS_ON and not (
        passed_on_by == "professional" and clause.kind in {"speech", "wish"}
    ):
        return False
    if subject.ref.kind is RefKind.ROLE:
        family = subject.role == "relevant_other" and subject.gender is not None
        return family and not subject.plural
    return _speaker(subject, history, person, kind, who_is) == "person"


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


def _about_the_person(history: list[Seen], person: PersonIdentity) -> bool:
    """Whether a quotation with no speaker named is the person's: the record was last
    speaking of the person, not of a relative or professional."""
    if not history:
        return person.surname is not None or bool(person.first_names)
    return history[-1].who == "person"


def _reported(at: int, clauses: list[tuple[int, int, int]], *, titled: bool = False) -> bool:
    """Whether a mention lies inside somebody's reported words (not as their subject). A
    titled name before the subject sets the scene instead: "when I saw Mr Lee on the
    ward, he told me"."""
    return any(
        start <= at < end and at != subject and not (titled and at < subject)
        for start, subject, end in clauses
    )


def _speaker(
    subject: Mention,
    history: list[Seen],
    person: PersonIdentity,
    kind: RecordKind,
    who_is: Callable[[Mention], str],
    singular_they: bool = False,
) -> str:
    ref = subject.ref.kind
    if ref is RefKind.YOU:
        # In an email "you" is the colleague it is sent to; elsewhere it is the person.
        if kind is RecordKind.EMAIL:
            return "recipient"
        vocative = subject.vocative
        if vocative and person.first_names and vocative not in person.first_names:
            return "relevant_other"
        return "person"
    if ref is RefKind.WRITER:
        return "writer"
    if ref is RefKind.PRONOUN:
        if subject.plural:
            if singular_they and not subject.after_contact:
                return _singular_they(history)
            return "unknown"
        return _antecedent(subject.gender, history, person)
    if ref is RefKind.IMPLICIT:
        # A note-style fragment ("Says she is fine", "Wants a complaint made") goes on with
        # the last one who spoke, rang or was rung, not the last noun ("lives w/ son",
        # "Wife died in May"); a note in which nobody has yet is about its person.
        # The person as a subject after the last one who spoke ("Ambulance attended,
        # declined ED. Pt refusing pendant alarm. Says...") is who it goes on with, unless
        # that one was rung or rang: then the note gives what they passed on ("Spoke to
        # dtr. Pt continues to refuse the stool, says she doesn't need it").
        person_since = False
        for seen in reversed(history):
            if seen.speaking:
                if seen.who == "person" or (person_since and not seen.reached):
                    return "person"
                return "unknown"
            person_since = person_since or (seen.subject and seen.who == "person")
        return "person" if person.surname is not None or person.first_names else "unknown"
    if ref is RefKind.OTHER:
        return "unknown"
    return who_is(subject)


def _antecedent(pronoun: str | None, history: list[Seen], person: PersonIdentity) -> str:
    """Who "she" or "he" most likely is, or "ambiguous" when it could be someone else.

    The nearest earlier subject of the right gender wins ("Mrs Rahimi spoke to me with the
    interpreter. She said..." is Mrs Rahimi). A gendered noun in between that is not the
    person ("I spoke to her daughter. She said...") makes it ambiguous; a role of unknown
    gender that is not a subject (the interpreter, the GP) does not.
    """
    for at in range(len(history) - 1, -1, -1):
        seen = history[at]
        if seen.plural or not _compatible(pronoun, seen.gender):
            continue
        if seen.who != "person" and _in_the_persons_words(history, at):
            continue
        if seen.subject or seen.gender is not None:
            return "person" if seen.who == "person" else "ambiguous"
    if person.surname is None or _compatible(pronoun, person.gender):
        return "person"
    return "unknown"


def _in_the_persons_words(history: list[Seen], at: int) -> bool:
    """Whether the one at ``at`` is only somebody the person was last said to do
    something with ("Mrs Walsh looks after her own mother. She described..."): named
    straight after the person, neither speaking nor reached nor a subject themselves."""
    seen = history[at]
    if seen.subject or seen.speaking or seen.reached:
        return False
    for before in reversed(history[:at]):
        if before.who == "person":
            return not before.plural
        if before.subject or before.speaking or before.gender is not None:
            return False  # "a single parent" between them says nothing of who acts
    return False


def _singular_they(history: list[Seen]) -> str:
    """Who "they" is in a record that uses "they" for its person: the person when they are
    the nearest one it could mean. A group ("his sons", "the carers") or anyone else of
    unknown gender in between (the GP, the agency) could be "they" too."""
    for seen in reversed(history):
        if seen.who == "person":
            return "person"
        if seen.plural:
            return "unknown"
        if seen.gender is None:
            return "ambiguous"
    return "unknown"


def _compatible(pronoun: str | None, gender: str | None) -> bool:
    return gender is None or pronoun is None or pronoun == gender


# ---------------------------------------------------------------------------------------------
# On the engine's parse: facts per paragraph, the person resolved per record


@cache
def _voice_cue() -> re.Pattern[str]:
    """Any form of a speech, feeling or wish word, "you", or a way of communicating."""
    irregular = "said says told felt spoke spoken wrote written chose chosen shook thought"
    lexicon = speech_lexicon()
    stems = {irregular, *(_stem(head) for head in lexicon.terms), "rather", "like",
             *(_stem(head.removesuffix("es")) for head, _ in lexicon.views),
             *(_stem(word) for word in lexicon.view_predicates),
             *lexicon.forms}  # fmt: skip
    words = sorted({w for stem in stems for w in stem.split()}, key=len, reverse=True)
    return re.compile(
        r"\b(?:" + literal_alternation(words) + r")\w*|\byou\b|talking\s+mat|"
        r"\bthumbs?\b|\bBSL\b|Makaton|\baccording\s+to\b",
        re.IGNORECASE,
    )


def _stem(head: str) -> str:
    # "like" also matches "liked" and "likes"; "worry", "worried" through "worr". A short
    # word keeps its "y" as "i" ("deny", "denied" through "deni" and "deny"), so that
    # three letters ("den") do not open every "Dennis" to the parse.
    if len(head) > 3 and head[-1] == "y" and len(head) <= MAX_SHORT_HEAD:
        return f"{head[:-1]}i {head}"
    return head[:-1] if len(head) > 3 and head[-1] in "ey" else head


MAX_SHORT_HEAD = 4


def may_carry_voice(text: str) -> bool:
    """Whether a paragraph could hold a voice clause: the gate before parsing it."""
    return bool(_voice_cue().search(text))


def _worth_parsing(text: str) -> bool:
    """A paragraph with nothing anybody says, feels or wants, and no quotation, is read only
    for who it mentions, which the tokens and the names' patterns give without the parse."""
    return may_carry_voice(text) or bool(quote_spans(text))


def units_voice(doc: Doc, quotes: Sequence[tuple[int, int]]) -> ParagraphVoice:
    """The facts of one paragraph, read line unit by line unit (a heading states no view).

    Each unit is read as a document of its own, so what precedes it on the page (a label,
    the line before) is not taken for words that introduce a name.
    """
    merged = ParagraphVoice()
    text = doc_text(doc)
    owner: Mention | None = None  # of the view a label, heading or question announced
    in_their_words = False  # "In her words:", or a question to "you": "I" is the owner
    # The paragraph's annotations as one array, read once for all its units rather than
    # by each unit's copy. Units never share a token, so each copy adjusts (in place) only
    # the rows of its own tokens.
    columns: tuple[Any, Any] | None = None
    for start, end in line_units(text):
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is None or len(span) == 0:
            continue
        first, last = span.start_char, span.end_char
        inside = [(max(qs, first) - first, min(qe, last) - first)
                  for qs, qe in quotes if qs < last and first < qe]  # fmt: skip
        # A paragraph that is one unit is read as it stands; copying it would change nothing.
        whole = len(span) == len(doc) and first == 0 and last == len(text)
        if whole:
            unit = doc
        else:
            if columns is None:
                attributes = doc._get_array_attrs()
                columns = (attributes, doc.to_array(attributes))  # type: ignore[arg-type]
            unit = span_copy(span, columns[0], columns[1])
        # The unit's text is a slice of the paragraph's (with its last token's trailing
        # space), which spares spaCy joining it again token by token.
        remember_text(unit, text[first : span[-1].idx + len(span[-1].text_with_ws)])
        facts = paragraph_voice(unit, inside)
        line = own_line(text, start, end)
        if (
            line is not None
            and line.kind is LineKind.HEADING_FIRST
            and _names_own_view(facts, unit)
        ):
            line = replace(line, kind=LineKind.HEADING_ME)
        # A line that says something in note style ("Pt wants to go home") may look like
        # a heading; only one that says nothing announces a view.
        heading = line is not None and line.kind in _HEADINGS and not facts.clauses
        if is_heading(text[start:end]) or is_heading(_section_words(text, start, end)[0]):
            # "2. What Danny told me matters to him" names a section and states no view.
            facts = replace(facts, clauses=())
            heading = True
        words = text[start:end]
        if heading and len(words.strip(" \t:.-")) <= MAX_ANSWER_MARK:
            pass  # "A:" before an answer keeps the question's owner
        elif heading:
            # "Mr Cole's wishes: to go home", "Views of the person:" over what she said.
            announced = _announced_owner(unit)
            owner, in_their_words = (None, False) if announced is None else announced
            named = any(m.ref.kind is not RefKind.PRONOUN for m in facts.mentions)
            if owner is not None and owner.ref.kind is RefKind.FIRST and not named:
                # "What matters to Rhiannon" names whom the record is about.
                facts = replace(facts, mentions=(replace(owner, cue=True),))
            owner = owner.shifted(first) if owner is not None else None
        elif _QUESTION_TO_YOU.search(words):
            # "What would you like to happen?" and the answer below it, in a review's
            # questions and answers: the one asked is the person.
            owner, in_their_words = Mention(Ref(RefKind.YOU), at=first), True
        elif owner is not None:
            facts = _given_to(facts, owner, first, words, in_their_words=in_their_words)
            owner = None
        merged = merged + facts.shifted(first)
        line = _message_line(text, start, end) or line
        if line is not None:
            merged = merged + ParagraphVoice(lines=(line,))
    return merged


def _names_own_view(facts: ParagraphVoice, heading: Doc) -> bool:
    """Whether a first-person heading names what "I" like or want ("What I like", "What I
    want to change") or "my" views ("My goals"), as the person's plan does; "What I did"
    and the writer's marked opinion ("What I think and why") are the writer's."""
    if marker_matches(heading, "marked_opinion"):
        return False
    if any(
        c.kind in {"feeling", "wish"} and c.subject.ref.kind is RefKind.WRITER
        for c in facts.clauses
    ):
        return True
    # "My goals", "My wishes", "My priorities": what the person wants; "My view" and "My
    # opinion" may head the writer's assessment.
    lexicon = speech_lexicon()
    return any(
        _view_noun(token, lexicon)
        and token.lemma_.lower() not in _WRITERS_VIEW_NOUNS
        and any(c.dep_ == "poss" and c.lower_ == "my" for c in token.children)
        for token in heading
    )


_WRITERS_VIEW_NOUNS = frozenset({"view", "opinion"})


# Who a message copied into the record came from: "From: Ann Lee", "Email received from Mrs
# Lee, copied below", "Text message from Mr Reed 12/03".
_SENDER = re.compile(
    r"^\W*(?:from|sender)[ \t]*:[ \t]*(?P<line>[^\n]+)|"
    r"\b(?:e-?mail|message|text|letter)[ \t]+(?:received[ \t]+)?(?:[\d/.]+[ \t]+)?from[ \t]+"
    r"(?P<phrase>[^,:\n]+)",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"\w['’]s\b")
_END_OF_MESSAGE = re.compile(
    r"\bend[ \t]+of[ \t]+(?:e-?mail|message|letter)\b|^\W*-{3,}\W*$", re.IGNORECASE
)


def _message_line(text: str, start: int, end: int) -> OwnLine | None:
    """The line unit ``text[start:end]`` as the start of a message copied into the record,
    naming who sent it, or as its end; None for any other unit. A label is a unit of its
    own ("From: " before "Ann Lee"), so the whole line is read, from its first unit."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return None
    line_end = text.find("\n", end)
    words = text[line_start : len(text) if line_end < 0 else line_end]
    if _END_OF_MESSAGE.search(words):
        return OwnLine(start, end, LineKind.END_OF_MESSAGE)
    match = _SENDER.search(words)
    if match is None:
        return None
    who = match.group("line") or match.group("phrase") or ""
    if _POSSESSIVE.search(who):
        return None  # "Letter from Mrs Lee's daughter": somebody else's message
    name = next((m for m in titled_name().finditer(who) if names_somebody(m)), None)
    if name is not None:
        names = name.group("names").split()
        while len(names) > 1 and names[-1].isupper() and len(names[-1]) > 1:
            names.pop()
        title = name.group("title").lower()
        sender = Mention(Ref(RefKind.NAME, _clean(names[-1])), title=title)
    else:
        first = next(iter(who.split()), "")
        if not first[:1].isupper() or first.isupper():
            return None  # "From: accounts@...", "From: DoLS team"
        sender = Mention(Ref(RefKind.FIRST, _clean(first)))
    return OwnLine(start, end, LineKind.SENDER, sender=sender)


def sent_by_the_person(
    paragraph_facts: Sequence[ParagraphVoice], who_is: Callable[[Mention], str]
) -> list[tuple[int, int]]:
    """The first-person lines of a message from the person copied into the record: "Email
    received from Mrs Ann Lee, copied below. / I do not want the lunch call any more." A
    message from anyone else (a provider, a colleague) gives no voice of the person."""
    lines = sorted((line for facts in paragraph_facts for line in facts.lines),
                   key=lambda line: line.start)  # fmt: skip
    found: list[tuple[int, int]] = []
    theirs = False
    for line in lines:
        if line.kind is LineKind.SENDER and line.sender is not None:
            theirs = who_is(line.sender) == "person"
        elif line.kind is LineKind.END_OF_MESSAGE:
            theirs = False
        elif theirs and line.kind in {LineKind.FIRST_PERSON, LineKind.INTRODUCTION}:
            found.append((line.start, line.end))
    return found


_HEADINGS = frozenset({LineKind.HEADING_ME, LineKind.HEADING_FIRST, LineKind.HEADING})
MAX_ANSWER_MARK = 2  # "A:", "Q.", "Ans" is longer and a label of its own
_QUESTION_TO_YOU = re.compile(r"\byou\b[^\n]*\?\s*$", re.IGNORECASE)


def _announced_owner(unit: Doc) -> tuple[Mention, bool] | None:
    """Whose view the heading or label ``unit`` announces, if it names a view and its
    owner ("Mr Cole's wishes:", "Views of the person", "Her priorities"), and whether it
    announces their own words ("In her words:"), where "I" is the owner."""
    if not unit.has_annotation("DEP"):
        return None
    lexicon = speech_lexicon()
    names = _titled_names(unit, lexicon)
    for token in unit:
        if _view_noun(token, lexicon):
            owner = _view_owner(token, lexicon, names)
            if owner is not None and owner.ref.kind is not RefKind.OTHER:
                return owner, token.lemma_.lower() == "word"
        owner = _mattering_to(token, lexicon, names)
        if owner is not None:
            return owner, False
    return None


def _mattering_to(
    token: Token, lexicon: SpeechLexicon, names: dict[int, Mention]
) -> Mention | None:
    """Whom a heading says something matters to: "What matters to Leonard", "What is
    important to her". "To me" is a heading of the person's own, read elsewhere."""
    if token.lemma_.lower() not in lexicon.view_predicates:
        return None
    to = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    owner = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    if owner is None:
        return None
    pronoun = {"her": "f", "him": "m"}.get(owner.lower_)
    if pronoun is not None:
        return Mention(Ref(RefKind.PRONOUN), at=owner.idx, gender=pronoun)
    if owner.pos_ == "PRON":
        return None
    described = _describe(owner, token, lexicon, names)
    if described.ref.kind is RefKind.OTHER and owner.pos_ == "PROPN" and owner.text.istitle():
        # A first name after "to" is no subject, which is what the parse's mentions need.
        return Mention(Ref(RefKind.FIRST, _clean(owner.text)), at=owner.idx)
    return None if described.ref.kind is RefKind.OTHER else described


def _given_to(
    facts: ParagraphVoice, owner: Mention, first: int, words: str, *, in_their_words: bool
) -> ParagraphVoice:
    """The facts of a unit under a label, heading or question that says whose view it
    gives: "Views of the person: wants to go home", "Mrs Box's wishes: she wants to stay",
    "In her words: I want my own bed", a question to "you" and its answer. A summary
    without a voice of its own ("SU happy with care", "not recorded") gives none."""
    owner = replace(owner, at=owner.at - first if owner.at is not None else None)
    theirs = {RefKind.IMPLICIT, RefKind.PRONOUN}
    if in_their_words:
        theirs.add(RefKind.WRITER)
    clauses = tuple(replace(c, subject=owner) if c.subject.ref.kind in theirs else c
                    for c in facts.clauses)  # fmt: skip
    if not clauses and in_their_words and _in_their_own_words(words):
        clauses = (Clause(0, len(words.rstrip()), "speech", "", owner),)
    elif not clauses and _WISHED.match(words) and not _TO_BE_DONE.match(words):
        # "Mrs Lee's desired outcome: to feel safe at home": what the view names.
        clauses = (Clause(0, len(words.rstrip()), "wish", "", owner),)
    return replace(facts, clauses=clauses)


# "To feel safe at home", and what matters to somebody: "Staying together at home".
_WISHED = re.compile(r"^\W*(?:to[ \t]+[a-z]|[a-z]{2,}ing\b)", re.IGNORECASE)
# "Views of the person: to be sought" says what the worker has still to do.
_TO_BE_DONE = re.compile(r"^\W*to[ \t]+be[ \t]+\w+(?:ed|en|ght)\b", re.IGNORECASE)


# An answer that speaks of the person ("She is happy"), or gives none ("Not asked", "N/A"),
# is the writer's; one that does neither, under a question put to "you" or "In her words:",
# is the person's own: "A. Very happy, the girls are lovely."
_THIRD_PERSON = re.compile(
    r"\b(?:he|she|him|her|his|hers|they|them|their|mr|mrs|ms|miss|mx|pt|su)\b", re.IGNORECASE
)
_NO_ANSWER = re.compile(
    r"^\W*(?:not\b|n/?a\b|nil\b|unable\b|did\s*n[o'’]t\b|no\s+(?:answer|response|reply)\b|"
    r"declined\s+to\s+answer\b)",
    re.IGNORECASE,
)


def _in_their_own_words(words: str) -> bool:
    """Whether an answer under a question to "you" (or "In her words:") is the person's
    own words: in the first person, or in none and giving an answer."""
    if _FIRST_PERSON_WORD.search(words):
        return True
    text = _ANSWER_MARK.sub("", words).strip(" \t-•:.")
    return bool(text) and not _THIRD_PERSON.search(text) and not _NO_ANSWER.match(text)


_ANSWER_MARK = re.compile(r"^\W*(?:a|ans(?:wer)?)\s*[.:)]\s*", re.IGNORECASE)


_ME = re.compile(r"\bme\b", re.IGNORECASE)
_FIRST_PERSON_WORD = re.compile(
    r"\b(?:I|me|my|mine|myself)\b|\bI['’](?:m|ve|d|ll)\b", re.IGNORECASE
)
_INTRODUCTION = re.compile(
    r"^\W*(?i:my\s+name\s+is|my\s+name['’]s|i\s+am|i['’]m|call\s+me)\s+"
    r"(?P<name>" + CAPITAL + r"[^\W\d_]+)"
)


# What a plan writes before a section's name: its number ("1. About me") or the picture an
# easy read plan puts beside it ("[picture of heart] What I like").
_SECTION_NUMBER = re.compile(r"^[ \t]*\(?\d{1,2}[.)][ \t]+")
_PICTURE = re.compile(r"^[ \t]*\[[^\]\n]{1,60}\][ \t]*")
# "What Danny told me matters to him": "me" is whoever a named or third person spoke to.
_SOMEBODY_ELSE_BEFORE_ME = re.compile(
    r"^\W*\S+\s+(?:.*\s)?(?:[A-Z][a-z]+|he|she|they)\s+(?:.*\s)?me\b"
)


def _section_words(text: str, start: int, end: int) -> tuple[str, bool]:
    """The words of the line unit ``text[start:end]`` as a heading would name its section,
    and whether the unit is a whole line."""
    words = text[start:end]
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    whole_line = not text[line_start:start].strip() and not text[end:line_end].strip()
    if not whole_line:
        return words, False
    return _section_name(words, text[line_end + 1 :]), True


def _section_name(line: str, following: str) -> str:
    """A whole line without the number or picture a plan writes before a section's name. A
    numbered line followed by another is an item of a list ("1. I want to cook"), which
    says something, and keeps its number."""
    line = _PICTURE.sub("", line, count=1)
    numbered = _SECTION_NUMBER.match(line)
    if numbered is None or _SECTION_NUMBER.match(following.split("\n", 1)[0]):
        return line
    return line[numbered.end() :]


def own_line(text: str, start: int, end: int) -> OwnLine | None:
    """What the line unit ``text[start:end]`` does where a plan or profile speaks in the
    person's first person: a heading (about "me", in the first person, or neither), the
    person introducing themselves, or a line in the first person; None for anything else."""
    words = text[start:end]
    heading, whole_line = _section_words(text, start, end)
    if is_heading(words) or (whole_line and is_section_heading(heading)):
        if _ME.search(heading) and not _SOMEBODY_ELSE_BEFORE_ME.search(heading):
            return OwnLine(start, end, LineKind.HEADING_ME)
        kind = LineKind.HEADING_FIRST if _FIRST_PERSON_WORD.search(words) else LineKind.HEADING
        return OwnLine(start, end, kind)
    if _INTRODUCTION.match(words):
        lexicon = speech_lexicon()
        lowered = re.findall(r"[\w-]+", words.lower())
        roles = {*lowered, *(" ".join(pair) for pair in pairwise(lowered))}
        professional = any(_role_kind(role, lexicon) == "professional" for role in roles)
        return OwnLine(start, end, LineKind.INTRODUCTION, professional)
    if _FIRST_PERSON_WORD.search(words):
        return OwnLine(start, end, LineKind.FIRST_PERSON)
    return None


def voice_of(text: str, kind: RecordKind | str, model: str = DEFAULT_MODEL) -> VoiceSummary:
    """Whose voice each clause of ``text`` carries, and where the person's own voice is."""
    paragraphs = _voice_linter(model).paragraph_facts(text, kind)
    facts = [found[VOICE_FACTS].shifted(block.start)
             for block, found in paragraphs if VOICE_FACTS in found]  # fmt: skip
    return resolve_voice(facts, RecordKind(kind), _first_line(text), text)


@cache
def _voice_linter(model: str) -> Any:
    # Imported here: the engine imports the rules, not the other way round.
    from recordlint.api import Linter
    from recordlint.config import Config, options_from_mapping

    options = options_from_mapping({"select": ["RL801"], "model": model}, "voice")
    return Linter(Config(options))


def _first_line(text: str) -> tuple[int, int, str]:
    for match in re.finditer(r"[^\r\n]*\S[^\r\n]*", text):
        return match.start(), match.end(), match.group()
    return 0, 0, ""


@rule(
    code="RL801",
    name="no-voice-of-the-person",
    category=Category.PERSON_VOICE,
    standard="2.person-centred",
    severity=Severity.WARNING,
    needs=[Need.PARSE],
    gate=_worth_parsing,
    gated_needs=[Need.TOKENS],
    kinds=RECORD_KINDS,
)
def no_voice_of_the_person(ctx: ParagraphContext) -> None:
    """Finds case notes and assessments that never record what the person said, wants or feels.

    ## Why it matters
    Standard 2 asks that records capture the wishes, feelings, views and culture of the
    person, and Standard 1 that the person's voice can be seen in their records. Safeguarding
    adults reviews keep finding the adult's voice missing from records that are full of what
    professionals and family said. A note with no word from the person cannot show that
    decisions were made with them.

    ## Example
    Before:
    > Visited Mrs Tanner at home. Her daughter said she is not coping and needs more help.
    > The GP said her breathing is worse. Care package to be increased.

    After:
    > Visited Mrs Tanner at home. She told me she wants to stay at home and would like
    > help with her shopping. Her daughter said she is not coping. The GP said her breathing
    > is worse.

    ## What counts as the person's voice
    A clause in which the person says, feels or wants something ("Mrs Ahmed told me she wants
    to stay at home", "He said he feels lonely", "She would like to go to the day centre",
    "Mr Jones was clear that he does not want to move"), the person's quoted words, and
    records written to the person ("You told me you want to stay at home"). The speaker is
    read from the parse: the subject of a speech, feeling or wish verb from the speech
    lexicon, or of the verb it is joined to ("Mrs Lee was asked if she was happy and said
    yes"). The person is the titled name mentioned most (names introduced as someone's
    daughter or nurse excepted); "she" and "he" count as the person only when the nearest
    person they could refer to is the person. Whoever the writer rang or spoke to ("I rang
    Halina", "Tel to SU") is the nearest, and a note-style fragment ("Says she is fine")
    goes on with the last one who spoke, rang or was rung, however the parser reads its
    verb ("- Says wants to go home", "pt says would like", "Declined assessment",
    "declined by Mr Ruddock"), or with the person when they head a note after that one
    spoke and nobody rang ("Pt refusing pendant alarm. Says..."). A note's name before how
    somebody was speaks ("Danny uncooperative, said"). A full name closing a title after a
    dash ("Supported living tenancy - Kieran Walsh", not "Call with advocate - Chidi Obi")
    or given with an age ("RS: Danny Whelan, approx. 40s") names the person; a day ("Sun
    15/02") and a place after a name ("Mr Aaron Bell, 40, Ward 7") do not. Whom a call
    is about is the person though named as the caller's relative ("Dtr rang re her
    father Mr George Pemberton"); a role written
    before a name is a role ("Dtr Mrs Oduya"); a word capitalised only where a line opens
    ("Review visit") is no name; and in a list item that opens with whom it is about,
    who speaks follows the dash ("Mrs Ann Cole – daughter admits"). Namesakes are told
    apart by their first names ("Mr Paul Entwistle (son)", "Mr Harold Entwistle"), and
    what the person told the writer is theirs though the writer recounts it ("I explained
    that when I saw Mr Entwistle, he told me he wants to go home").

    Also the person's: a view noun they own ("Her priority is to get home", "Mrs Hill's
    desired outcome is"), what follows a label naming their views ("Views of the person:
    wants to go home", "Mrs Lee's desired outcome: to feel safe at home"), the answer to
    a question put to "you" ("Q. How do you feel about your care? A. Very happy"), what
    is written under a heading saying what matters to them ("What matters to Leonard /
    Staying together at home"), and the first-person lines of a plan or profile that
    speaks as them (a heading about "me" or naming what "I" like or want, numbered or
    beside a picture: "1. About me", "[picture of heart] What I like"; a heading naming
    "my" goals or wishes, "My goals"; or "My name is Ahmed"), but not under a heading
    about what somebody told the writer ("2. What Danny told me") or the writer's opinion
    ("What I think and why"). Their answer to an offer
    ("declined the pendant alarm", "opted for Tuesdays"), what they think, claim or deny,
    a sentence given on their word ("According to Mr Reed, ..."), and what a relative
    passes on that the person told them, likes or feels, or that the relative interpreted
    ("Samuel told me Shirley always hated being in bed", "Son translated and said his dad
    wants the radio on"), what a professional passes on that the person said ("The ward
    sister said Mrs Cole told her she wants to go home"), and the first-person lines of a
    message from the person copied into the record ("Email received from Mrs Lee, copied
    below"). The person may be named
    by a surname cut to its initial once given in full ("Mrs G"), or as the resident,
    tenant, young person or customer ("CUST", as contact-centre notes write it), also in
    a role phrase ending in one ("council tenant"); a name after a label ends at a gap
    before the next field ("Person: Joan Pickering    DOB"). A word where a title opens
    that the dictionary knows only as an ordinary word ("- Mosaic down", "- Case Note")
    is no name. A record of a carer's own needs ("Carer's assessment", "Carer's
    conversation", "Carers support note"), or one whose header gives the carer as whom it
    is with ("Carer: Mrs Lorraine Hebden", "Spoke with: Maureen Fairbrother (wife and carer
    of Derek)"), is about the carer: their wishes and views are the person's voice, the
    bare role included ("Carer wants a carer's assessment"), though not what they report
    ("Carer reports chest pain"). A person titled without a first name ("DSW visit - Mrs
    Kowalczyk") is also the one first name the record writes more than once that no role
    claims and that never comes with another surname ("Edna is a real character").
    Somebody the person was just said to do something with ("looks after her own
    mother"), or a thing or service nobody rang ("Bath board - refused"), does not stand
    between the person and the "she" or "he" after; a role with a name of its own in a
    list ("Joan, son Gary") is that name's, and how somebody was, written before what they
    say, names who speaks ("Martin very upset, says"). An object "her" or "him" that is
    the person names them again past its own verb's subject, who cannot be that object
    ("her neighbour found her and she has been ... she said"), unless that subject is of
    the pronoun's own gender ("her daughter found her").

    A wish, feeling or stance the person holds about their care or life is their voice
    without a speech verb ("Mrs Khan is happy with her care", "is adamant she will not
    move", "Pt keen to go home", "Unhappy about the carers coming late" after a mention of
    them), and so is a wish that opens a note's line with "would" ("Would like more
    visits", "Views of the person: would prefer mornings").

    The family word a record introduces its person with ("about his father, Mr Ramesh
    Chauhan", "Nan Mrs Pearl Dunstan") names the person when written again ("His father
    told me"). A word that opens a line of a form and is only an ordinary word
    ("Conditions met? Partly") is no one who was rung. A visit where the writer spoke to
    several of the people a home or scheme supports ("spoke to 3 residents") hears each
    of them: any of them named without a role is one whose voice the record gives.

    Not the person's voice: what professionals said ("the GP said"), what family and carers
    said ("her daughter said"), a relative's account of what a parent or partner named by a
    family word wants ("Ana said her mother wants a care home"; a wish passed on with the
    person named, "SW says Mr S wants a DP", is theirs), a relative's or professional's
    own feelings, questions and conditions ("I asked whether she would like"), a pattern
    the writer saw ("is declining the commode"), a feeling about nothing in particular
    ("was upset") or given on somebody else's word ("upset per dtr"), a feeling the
    opinion rules read as the writer's reading when nothing recorded shows it ("she is
    frightened of her son", RL601), a judgement of the person ("is confused"), the
    language they speak ("speaks Polish as first language"), what somebody says of them
    in a clause hung on their name ("about Mrs Hale who she says is aggressive"), and a
    relative's guess at how they would feel ("said her dad would hate a home").

    The record's metrics carry `person_voice` (clauses and quotes), `person_quotes`,
    `relevant_others_views` and `professional_views`, for every kind of record.

    ## Stays quiet on
    Records with at least one clause or quote in the person's voice; kinds of record not
    configured (letters and emails by default).

    ## Settings
    `voice.kinds` (default `["case_note", "assessment"]`).
    """
    if ctx.doc is None:
        return
    doc = ctx.doc
    if not _worth_parsing(ctx.text) and doc.has_annotation("DEP"):
        # Another rule had this paragraph parsed; read it as the gate asked, from the
        # tokens alone, so what is found never depends on which other rules are enabled.
        doc = _tokens_only(doc)
    ctx.record(VOICE_FACTS, units_voice(doc, ctx.quotes))


def _tokens_only(doc: Doc) -> Doc:
    from spacy.tokens import Doc

    copy = Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        sent_starts=[bool(t.is_sent_start) for t in doc],
    )
    # Same words and spaces, so the same text: spares spaCy joining it again.
    remember_text(copy, doc_text(doc))
    return copy


@document_step("RL801")
def _flag_a_record_without_voice(ctx: DocumentContext) -> None:
    facts = [voice.shifted(block.start) for block, voice in ctx.recorded(VOICE_FACTS)]
    summary = resolve_voice(facts, ctx.kind, _first_line(ctx.text), ctx.text)
    ctx.metrics.update(summary.metrics())
    if ctx.kind.value not in ctx.config.options.voice.kinds or summary.person_voice:
        return
    start, end = ctx.first_line_span()
    ctx.flag(
        start,
        end,
        "This record may not show the person's own voice; record what they said they want "
        "and how they feel, in their words where you can (for example: She told me she "
        'wants to stay at home, or "I want to stay here").',
    )
