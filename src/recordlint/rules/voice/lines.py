"""Lines in the person's own voice and what makes a line worth parsing: headings about
"me", answers to questions, messages the person sent, and the paragraph facts of short
units (:func:`units_voice`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from recordlint.doc_access import doc_text, remember_text, span_copy
from recordlint.evaluative import marker_matches
from recordlint.matching import literal_alternation
from recordlint.names import CAPITAL, names_somebody, titled_name
from recordlint.rules.voice.describing import describe, view_noun, view_owner
from recordlint.rules.voice.facts import (
    Clause,
    LineKind,
    Mention,
    OwnLine,
    ParagraphVoice,
    Ref,
    RefKind,
)
from recordlint.rules.voice.lexicon import SpeechLexicon, speech_lexicon
from recordlint.rules.voice.names import at, cued_first_names, serves_the_person, titled_names
from recordlint.rules.voice.paragraph import paragraph_voice
from recordlint.rules.voice.roles import clean, role_kind
from recordlint.segments import is_heading, is_section_heading, line_units
from recordlint.text import quote_spans

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

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


def worth_parsing(text: str) -> bool:
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
    label: int | None = None  # where a "Person:" or "Name:" unit before this one starts
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
        if label is not None:
            facts = _named_by_a_label(facts, text, label, first, end)
        label = start if _person_label(text[start:end]) else None
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
            owner, in_their_words, about = (None, False, False) if announced is None else announced
            named = any(m.ref.kind is not RefKind.PRONOUN for m in facts.mentions)
            if owner is not None and owner.ref.kind is RefKind.FIRST and about and not named:
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


# A label that gives whom the record is about, cut off as a unit of its own from the name
# after it: "Person: ", "Name: ", "Re: ".
_PERSON_LABEL = re.compile(
    r"[ \t]*(?:name|person|re|regarding|service\s+user|client|adult)[ \t]*:[ \t]*",
    re.IGNORECASE,
)


# "Resident: ", "Applicant: ": a label naming whom the record serves, for a name in
# capitals after it ("Applicant: Arjun NANDRA (Mrs P Nandra - appointee)").
_SERVED_LABEL = re.compile(r"[ \t]*(?P<word>[^\W\d_]+)[ \t]*:[ \t]*")


def _person_label(unit: str) -> bool:
    if _PERSON_LABEL.fullmatch(unit):
        return True
    served = _SERVED_LABEL.fullmatch(unit)
    return served is not None and serves_the_person(served.group("word"))


def _named_by_a_label(
    facts: ParagraphVoice, text: str, label: int, first: int, end: int
) -> ParagraphVoice:
    """A unit's facts with the name a label before it gives ("Person: Bogdan Nowak"): the
    label and the name, read apart, would not say whom the record is about."""
    taken = {m.at for m in facts.mentions}
    named = [
        replace(m, at=at(m) - (first - label))
        for m in cued_first_names(text[label:end])
        if at(m) >= first - label and at(m) - (first - label) not in taken
    ]
    if not named:
        return facts
    return replace(facts, mentions=tuple(sorted((*facts.mentions, *named), key=at)))


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
        view_noun(token, lexicon)
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
        sender = Mention(Ref(RefKind.NAME, clean(names[-1])), title=title)
    else:
        first = next(iter(who.split()), "")
        if not first[:1].isupper() or first.isupper():
            return None  # "From: accounts@...", "From: DoLS team"
        sender = Mention(Ref(RefKind.FIRST, clean(first)))
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


def _announced_owner(unit: Doc) -> tuple[Mention, bool, bool] | None:
    """Whose view the heading or label ``unit`` announces, if it names a view and its
    owner ("Mr Cole's wishes:", "Views of the person", "Her priorities"), whether it
    announces their own words ("In her words:"), where "I" is the owner, and whether it
    names whom the record is about ("What matters to Rhiannon")."""
    if not unit.has_annotation("DEP"):
        return None
    lexicon = speech_lexicon()
    names = titled_names(unit, lexicon)
    for token in unit:
        if view_noun(token, lexicon):
            owner = view_owner(token, lexicon, names)
            if owner is not None and owner.ref.kind is RefKind.OTHER:
                owner = _first_name_owner(token)
            if owner is not None and owner.ref.kind is not RefKind.OTHER:
                return owner, token.lemma_.lower() == "word", False
        owner = _mattering_to(token, lexicon, names)
        if owner is not None:
            return owner, False, True
    return None


def _first_name_owner(noun: Token) -> Mention | None:
    """The untitled name a heading gives as the owner of its view ("Daniel's views",
    "Janet's wishes"), which the parse alone reads as nobody it can follow. Whether that
    name is the record's person is left to the record-wide step: "Sadia's views" over
    what a daughter said stays hers."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PROPN" or not owner.text.istitle():
        return None
    return Mention(Ref(RefKind.FIRST, clean(owner.text)), at=owner.idx)


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
    described = describe(owner, token, lexicon, names)
    if described.ref.kind is RefKind.OTHER and owner.pos_ == "PROPN" and owner.text.istitle():
        # A first name after "to" is no subject, which is what the parse's mentions need.
        return Mention(Ref(RefKind.FIRST, clean(owner.text)), at=owner.idx)
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
        professional = any(role_kind(role, lexicon) == "professional" for role in roles)
        return OwnLine(start, end, LineKind.INTRODUCTION, professional)
    if _FIRST_PERSON_WORD.search(words):
        return OwnLine(start, end, LineKind.FIRST_PERSON)
    if _quoted_under_me(text, start, end):
        return OwnLine(start, end, LineKind.FIRST_PERSON)
    return None


# A line that is one quotation and nothing else, after a bullet perhaps: '"Getting back
# down the allotment."', '- "Not loads of people coming in and out."'.
_WHOLE_QUOTATION = re.compile(r"[ \t]*[-•*]?[ \t]*[\"“][^\"“”\n]+[\"”][ \t.]*")


def _quoted_under_me(text: str, start: int, end: int) -> bool:
    """Whether the line unit ``text[start:end]`` is a whole line that is only a quotation,
    straight under a heading about "me" ("What matters to me"): a form's box the person
    filled in their own words, though none of them is "I" or "my". A quotation that speaks
    of somebody in the third person ('"He is a kind lad"') is somebody else's of them."""
    words = text[start:end]
    if not _WHOLE_QUOTATION.fullmatch(words) or _THIRD_PERSON.search(words):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if (
        text[line_start:start].strip()
        or text[end : len(text) if line_end < 0 else line_end].strip()
    ):
        return False
    if line_start == 0:
        return False
    before = text[: line_start - 1].rsplit("\n", 1)[-1]
    if not before.strip():
        return False  # a blank line parts the quotation from any heading
    heading_start = line_start - 1 - len(before)
    heading = own_line(text, heading_start, heading_start + len(before.rstrip()))
    return heading is not None and heading.kind is LineKind.HEADING_ME
